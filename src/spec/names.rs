//! Names of resources, with az's validators and messages.

use crate::error::{AzError, Result};

/// A resource group name: 1-90 characters of `[-\w._()]`, not ending in `.` (ARM's rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceGroupName(pub String);

pub fn resource_group(value: &str, flag: &str) -> Result<ResourceGroupName> {
    let ok = !value.is_empty()
        && value.chars().count() <= 90
        && !value.ends_with('.')
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '(' | ')'));
    if !ok {
        return Err(AzError::validation(format!(
            "{flag} '{value}' is not a valid resource group name: it must be 1-90 characters of letters, digits, '_', '-', '.', '(' or ')', and must not end with '.'"
        )));
    }
    Ok(ResourceGroupName(value.to_string()))
}

/// A managed cluster name, checked with az's `validate_linux_host_name`:
/// `^[a-zA-Z0-9]$|^[a-zA-Z0-9][-_a-zA-Z0-9]{0,61}[a-zA-Z0-9]$`. `flag` is `--name` for
/// `aks create` (az's message) and the flag used elsewhere (`--cluster-name`).
pub fn cluster_name(value: &str, flag: &str) -> Result<String> {
    let b = value.as_bytes();
    let alnum = |c: &u8| c.is_ascii_alphanumeric();
    let ok = match b.len() {
        1 => alnum(&b[0]),
        2..=63 => {
            alnum(&b[0])
                && alnum(&b[b.len() - 1])
                && b.iter().all(|c| alnum(c) || *c == b'-' || *c == b'_')
        }
        _ => false,
    };
    if !ok {
        return Err(AzError::validation(format!(
            "{flag} cannot exceed 63 characters and can only contain letters, numbers, underscores (_) or dashes (-)."
        )));
    }
    Ok(value.to_string())
}

/// az's `_validate_nodepool_name` alone: `""` passes, at most 12 characters, alphanumeric.
/// `aks scale --nodepool-name` has only this; a name no pool has is found missing after the GET.
pub fn az_nodepool_name(value: &str) -> Result<()> {
    // az: `len(name) > 12` counts code points; `str.isalnum()` is Unicode-aware.
    if !value.is_empty() {
        if value.chars().count() > 12 {
            return Err(AzError::validation(
                "--nodepool-name can contain at most 12 characters",
            ));
        }
        if !value.chars().all(char::is_alphanumeric) {
            return Err(AzError::validation(
                "--nodepool-name should contain only alphanumeric characters",
            ));
        }
    }
    Ok(())
}

/// A node pool name: az's checks first (its messages always say `--nodepool-name`), then the
/// server's pattern `^[a-z][a-z0-9]{0,11}$`, which az leaves to the server, naming `flag`.
pub fn nodepool_name(value: &str, flag: &str) -> Result<String> {
    az_nodepool_name(value)?;
    let b = value.as_bytes();
    let ok = !b.is_empty()
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !ok {
        return Err(AzError::validation(format!(
            "{flag} '{value}' is not a valid node pool name: it must start with a lowercase letter and contain only lowercase letters and digits, 1-12 characters."
        )));
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NAME_MSG: &str = "--name cannot exceed 63 characters and can only contain letters, numbers, underscores (_) or dashes (-).";

    #[test]
    fn cluster_names_as_az() {
        for good in ["c", "C", "9", "my-cluster_1", &"a".repeat(63)] {
            assert_eq!(cluster_name(good, "--name").unwrap(), good);
        }
        for bad in ["", "-a", "a-", "_", "a b", "bad!", "é", &"a".repeat(64)] {
            assert_eq!(
                cluster_name(bad, "--name").unwrap_err().message,
                NAME_MSG,
                "{bad}"
            );
        }
        assert!(
            cluster_name("x/y", "--cluster-name")
                .unwrap_err()
                .message
                .starts_with("--cluster-name cannot exceed")
        );
    }

    #[test]
    fn nodepool_names_az_messages_first() {
        assert_eq!(
            nodepool_name("toolongname12345", "--name")
                .unwrap_err()
                .message,
            "--nodepool-name can contain at most 12 characters"
        );
        assert_eq!(
            nodepool_name("np-1", "--name").unwrap_err().message,
            "--nodepool-name should contain only alphanumeric characters"
        );
        assert_eq!(
            nodepool_name("Np1", "--name").unwrap_err().message,
            "--name 'Np1' is not a valid node pool name: it must start with a lowercase letter and contain only lowercase letters and digits, 1-12 characters."
        );
        assert!(
            nodepool_name("1np", "--nodepool-name")
                .unwrap_err()
                .message
                .starts_with("--nodepool-name '1np'")
        );
        assert!(nodepool_name("", "--nodepool-name").is_err());
        assert_eq!(nodepool_name("nodepool1", "--name").unwrap(), "nodepool1");
    }

    proptest! {
        #[test]
        fn nodepool_accepts_exactly_the_server_pattern(s in ".{0,14}") {
            let server = regex_like_server(&s);
            prop_assert_eq!(nodepool_name(&s, "--name").is_ok(), server);
        }

        #[test]
        fn valid_pool_names_pass(s in "[a-z][a-z0-9]{0,11}") {
            prop_assert_eq!(nodepool_name(&s, "--name").unwrap(), s);
        }

        #[test]
        fn cluster_names_never_panic(s in ".*") {
            let _ = cluster_name(&s, "--name");
        }
    }

    fn regex_like_server(s: &str) -> bool {
        let mut c = s.chars();
        matches!(c.next(), Some('a'..='z'))
            && s.chars().count() <= 12
            && c.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit())
    }
}
