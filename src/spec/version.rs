//! `--kubernetes-version`: az's `validate_k8s_version` (`^[v|V]?(\d+\.\d+(?:\.\d+)?)$`, the
//! prefix dropped), and the minimum version of the node public IP features.

use crate::error::{AzError, Result};

/// A Kubernetes version as the user gave it, without az's optional `v` prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubernetesVersion {
    pub text: String,
    pub major: u64,
    pub minor: u64,
}

impl KubernetesVersion {
    /// True when the version is below `major.minor`.
    pub fn is_below(&self, major: u64, minor: u64) -> bool {
        (self.major, self.minor) < (major, minor)
    }
}

fn az_error() -> AzError {
    AzError::validation(
        "--kubernetes-version should be the full version number or major.minor version number, such as \"1.7.12\" or \"1.7\"",
    )
}

/// Parses `1.29`, `1.29.2`, `v1.29.2` (az's `[v|V]` also admits a literal `|`).
/// The empty string means "the server's default" and gives `None`.
pub fn parse(value: &str) -> Result<Option<KubernetesVersion>> {
    if value.is_empty() {
        return Ok(None);
    }
    let body = value.strip_prefix(['v', 'V', '|']).unwrap_or(value);
    let parts: Vec<&str> = body.split('.').collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(parts.len() == 2 || parts.len() == 3) || !parts.iter().all(|p| digits(p)) {
        return Err(az_error());
    }
    // Digit strings too long for u64 are still versions to az; saturate for comparisons.
    let num = |s: &str| s.parse::<u64>().unwrap_or(u64::MAX);
    Ok(Some(KubernetesVersion {
        text: body.to_string(),
        major: num(parts[0]),
        minor: num(parts[1]),
    }))
}

/// Node public IP tags and allowed host ports exist from Kubernetes 1.24 on; az leaves the
/// mismatch to the server. `features` names the flags given (e.g. `--node-public-ip-tags`).
pub fn require_node_public_ip_features(
    version: Option<&KubernetesVersion>,
    features: &[&str],
) -> Result<()> {
    match version {
        Some(v) if v.is_below(1, 24) && !features.is_empty() => Err(AzError::validation(format!(
            "--kubernetes-version {} is too old for {}: node public IP tags and allowed host ports need Kubernetes 1.24 or later.",
            v.text,
            features.join(" and ")
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn az_forms() {
        assert_eq!(parse("").unwrap(), None);
        let v = parse("v1.24.3").unwrap().unwrap();
        assert_eq!((v.text.as_str(), v.major, v.minor), ("1.24.3", 1, 24));
        assert_eq!(parse("V1.29").unwrap().unwrap().text, "1.29");
        for bad in ["1", "1.", "1.2.3.4", "x", "1.2x", "vv1.2", " 1.2", "1..2"] {
            assert_eq!(parse(bad).unwrap_err().message, az_error().message, "{bad}");
        }
    }

    #[test]
    fn old_versions_refuse_ip_tags_and_host_ports() {
        let old = parse("1.23.12").unwrap();
        assert_eq!(
            require_node_public_ip_features(old.as_ref(), &["--node-public-ip-tags"])
                .unwrap_err()
                .message,
            "--kubernetes-version 1.23.12 is too old for --node-public-ip-tags: node public IP tags and allowed host ports need Kubernetes 1.24 or later."
        );
        assert!(require_node_public_ip_features(old.as_ref(), &[]).is_ok());
        let new = parse("1.24").unwrap();
        assert!(require_node_public_ip_features(new.as_ref(), &["--allowed-host-ports"]).is_ok());
        assert!(require_node_public_ip_features(None, &["--allowed-host-ports"]).is_ok());
    }

    proptest! {
        #[test]
        fn round_trip(major in 0u64..100, minor in 0u64..100, patch in proptest::option::of(0u64..100)) {
            let text = match patch { Some(p) => format!("{major}.{minor}.{p}"), None => format!("{major}.{minor}") };
            let v = parse(&format!("v{text}")).unwrap().unwrap();
            prop_assert_eq!(v.text, text);
            prop_assert_eq!((v.major, v.minor), (major, minor));
        }

        #[test]
        fn never_panics(s in ".*") {
            let _ = parse(&s);
        }
    }
}
