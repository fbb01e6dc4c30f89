//! Validated inputs of the `network` commands, with az's messages.

use super::names::{self, ResourceGroupName};
use super::tags::Tags;
use crate::error::{AzError, Result};

/// `az network public-ip prefix create`
#[derive(Debug, Clone, PartialEq)]
pub struct PublicIpPrefixCreate {
    pub resource_group: ResourceGroupName,
    pub name: String,
    pub location: Option<String>,
    pub length: Option<u32>,
    /// `IPv4` (default) or `IPv6`.
    pub version: &'static str,
    /// `Standard` (default) or `StandardV2`.
    pub sku: &'static str,
    /// `Regional` or `Global`.
    pub tier: Option<&'static str>,
    pub zones: Vec<String>,
    pub tags: Option<Tags>,
    /// `--ip-tags`: `(ipTagType, tag)` pairs, e.g. `RoutingPreference=Internet`.
    pub ip_tags: Option<Tags>,
    /// `--edge-zone`: the prefix lives in this edge zone (`extendedLocation`).
    pub edge_zone: Option<String>,
    /// `--fpst-id`: set on the one `--ip-tags` entry.
    pub first_party_service_tag: Option<super::vnet::NetworkRef>,
    /// `--custom-ip-prefix-name`: the custom (BYOIP) prefix the block is drawn from.
    pub custom_ip_prefix: Option<super::vnet::NetworkRef>,
    pub no_wait: bool,
}

/// `az network asg create`
#[derive(Debug, Clone, PartialEq)]
pub struct AsgCreate {
    pub resource_group: ResourceGroupName,
    pub name: String,
    pub location: Option<String>,
    pub tags: Option<Tags>,
    pub no_wait: bool,
}

/// An AAZ enum argument: matched case-insensitively, stored in its canonical spelling; a value
/// outside the list fails with az's usage message.
pub fn choice(
    command: &str,
    flag: &str,
    value: &str,
    allowed: &[&'static str],
) -> Result<&'static str> {
    allowed
        .iter()
        .find(|a| a.eq_ignore_ascii_case(value))
        .copied()
        .ok_or_else(|| AzError::invalid_choice(&format!("az {command}"), flag, value, allowed))
}

/// A resource name: az leaves the rules to ARM, but an empty one cannot form a URL.
pub fn resource_name(value: &str, flag: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Err(AzError::validation(format!("{flag} has no value")));
    }
    if value.contains(['/', '?', '#']) {
        return Err(AzError::validation(format!(
            "{flag} '{value}' is not a valid resource name: it must not contain '/', '?' or '#'"
        )));
    }
    Ok(value.to_string())
}

/// `--ip-tags TYPE=VAL [TYPE=VAL ...]`, an AAZ dict argument: every word needs its `=` (a later
/// duplicate replaces the earlier value).
pub fn ip_tags(items: &[String]) -> Result<Tags> {
    let mut tags = Tags::default();
    for item in items {
        let Some((kind, tag)) = item.split_once('=') else {
            return Err(AzError::validation(format!(
                "Failed to parse '--ip-tags' argument: dict type value expected, got '{item}'(<class 'str'>)"
            )));
        };
        tags.insert(kind, tag);
    }
    Ok(tags)
}

/// `--length`: an integer (az's message when it is not), within the address family's width
/// (checked before sending, where az leaves it to the server).
pub fn prefix_length(value: &str, version: &str) -> Result<u32> {
    let n: i64 = value.trim().parse().map_err(|_| {
        AzError::validation(format!(
            "Failed to parse '--length' argument: invalid literal for int() with base 10: '{value}'"
        ))
    })?;
    let max = if version == "IPv6" { 128 } else { 32 };
    if !(0..=max).contains(&n) {
        return Err(AzError::validation(format!(
            "--length {n} is not a valid {version} prefix length: it must be between 0 and {max}"
        )));
    }
    Ok(n as u32)
}

pub fn resource_group(value: &str) -> Result<ResourceGroupName> {
    names::resource_group(value, "--resource-group")
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `--ip-tags`: accepted exactly when every word has its `=`; the type is what comes
        /// before the first one.
        #[test]
        fn ip_tags_need_an_equals_in_every_word(words in proptest::collection::vec("[a-zA-Z=/ ]{0,10}", 0..6)) {
            let all_have_equals = words.iter().all(|w| w.contains('='));
            match ip_tags(&words) {
                Ok(tags) => {
                    proptest::prop_assert!(all_have_equals);
                    for (kind, _) in &tags.0 {
                        proptest::prop_assert!(words.iter().any(|w| w.split_once('=').map(|(k, _)| k) == Some(kind.as_str())));
                    }
                }
                Err(e) => {
                    proptest::prop_assert!(!all_have_equals);
                    proptest::prop_assert!(e.message.starts_with("Failed to parse '--ip-tags' argument: dict type value expected"));
                }
            }
        }
    }

    #[test]
    fn choices_are_case_insensitive_with_az_message() {
        let cmd = "network public-ip prefix create";
        assert_eq!(
            choice(cmd, "--version", "ipv6", &["IPv4", "IPv6"]).unwrap(),
            "IPv6"
        );
        let e = choice(cmd, "--version", "ipv7", &["IPv4", "IPv6"]).unwrap_err();
        assert_eq!(
            e.message,
            "az network public-ip prefix create: 'ipv7' is not a valid value for '--version'. Allowed values: IPv4, IPv6."
        );
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn prefix_lengths() {
        assert_eq!(prefix_length("28", "IPv4").unwrap(), 28);
        assert_eq!(prefix_length("124", "IPv6").unwrap(), 124);
        assert_eq!(
            prefix_length("abc", "IPv4").unwrap_err().message,
            "Failed to parse '--length' argument: invalid literal for int() with base 10: 'abc'"
        );
        assert!(prefix_length("33", "IPv4").is_err());
        assert!(prefix_length("-1", "IPv4").is_err());
    }

    #[test]
    fn names() {
        assert!(resource_name("", "--name").is_err());
        assert!(resource_name("a/b", "--name").is_err());
        assert_eq!(resource_name("pfx", "--name").unwrap(), "pfx");
    }
}
