//! Which extension an `extension` command names, and az's messages for the ones azr lacks.

use crate::error::{AzError, Result};

/// The one extension azr has built in: its flags are part of azr's `aks` commands.
pub const AKS_PREVIEW: &str = "aks-preview";

/// `extension add`: exactly one of `--name` and `--source` (az's validator); a source is a
/// wheel whose file name gives the extension's name (`aks_preview-1.0.0b1-py2.py3-none-any.whl`).
pub fn add_target(name: Option<&str>, source: Option<&str>) -> Result<String> {
    match (name, source) {
        (Some(n), None) => Ok(n.to_string()),
        (None, Some(s)) => wheel_name(s),
        _ => Err(AzError::validation(
            "usage error: --name NAME | --source SOURCE",
        )),
    }
}

fn wheel_name(source: &str) -> Result<String> {
    let file = source.rsplit(['/', '\\']).next().unwrap_or(source);
    let Some(stem) = file.strip_suffix(".whl") else {
        return Err(AzError::validation(
            "Unknown extension type. Only Python wheels are supported.",
        ));
    };
    match stem.split('-').next().filter(|n| !n.is_empty()) {
        Some(n) => Ok(n.replace('_', "-")),
        None => Err(AzError::validation(format!(
            "Unable to determine extension name from {source}. Is the file name correct?"
        ))),
    }
}

/// az's answer to `extension add` of a name its index does not have.
pub fn not_found(name: &str) -> AzError {
    AzError::validation(format!(
        "No extension found with name '{name}'\n\nUse --debug for more information"
    ))
}

/// az's answer to `extension show|remove|update` of an extension that is not installed.
pub fn not_installed(name: &str) -> AzError {
    AzError::validation(format!(
        "The extension {name} is not installed. Please install the extension via `az extension add -n {name}`."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_sources() {
        assert_eq!(add_target(Some("aks-preview"), None).unwrap(), AKS_PREVIEW);
        let whl = "https://example.invalid/x/aks_preview-19.0.0b1-py2.py3-none-any.whl";
        assert_eq!(add_target(None, Some(whl)).unwrap(), AKS_PREVIEW);
        for (n, s) in [(None, None), (Some("a"), Some("b.whl"))] {
            assert_eq!(
                add_target(n, s).unwrap_err().to_string(),
                "usage error: --name NAME | --source SOURCE"
            );
        }
        assert_eq!(
            add_target(None, Some("/tmp/x.tar.gz"))
                .unwrap_err()
                .to_string(),
            "Unknown extension type. Only Python wheels are supported."
        );
    }
}
