//! `--attach-acr`, `--detach-acr` and `--assignee-principal-type` of `aks create|update`:
//! the AcrPull role assignment on a registry for the kubelet identity (az's `ensure_aks_acr`).
//! None of them is part of the cluster body.

use super::resource_id::{az_id_parts, is_valid_resource_id};
use crate::error::{AzError, Result};

/// The principal types `--assignee-principal-type` takes (az's `validate_acr`).
const PRINCIPAL_TYPES: &[&str] = &["User", "ServicePrincipal", "Group"];

/// How az finds the registry: by resource id (a GET) or by name (the subscription's resource list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registry {
    Id {
        subscription: String,
        resource_group: String,
        name: String,
    },
    Name(String),
}

impl Registry {
    /// az's `ensure_aks_acr`: a valid resource id is read by id, anything else is a name.
    pub fn parse(given: &str) -> Registry {
        if is_valid_resource_id(given)
            && let Some(p) = az_id_parts(given)
            && let (Some(rg), Some(name)) = (p.resource_group, p.name)
        {
            return Registry::Id {
                subscription: p.subscription,
                resource_group: rg,
                name,
            };
        }
        Registry::Name(given.to_string())
    }
}

/// The update flags as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcrUpdateInput {
    pub attach_acr: Option<String>,
    pub detach_acr: Option<String>,
    pub assignee_principal_type: Option<String>,
}

/// The validated update flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcrUpdate {
    pub attach: Option<String>,
    pub detach: Option<String>,
    /// `principalType` of the assignment `--attach-acr` creates (az's default: ServicePrincipal).
    pub principal_type: Option<String>,
}

/// az reads `''` as not given (`if namespace.attach_acr`).
fn given(v: Option<String>) -> Option<String> {
    v.filter(|v| !v.is_empty())
}

impl AcrUpdateInput {
    /// az's `validate_acr` (a CLIError: exit 1).
    pub fn validate(self) -> Result<AcrUpdate> {
        let attach = given(self.attach_acr);
        let detach = given(self.detach_acr);
        let principal_type = given(self.assignee_principal_type);
        if attach.is_some() && detach.is_some() {
            return Err(AzError::validation(
                "Cannot specify \"--attach-acr\" and \"--detach-acr\" at the same time.",
            ));
        }
        if principal_type.is_some() && attach.is_none() {
            return Err(AzError::validation(
                "The \"--assignee-principal-type\" argument can only be used with \"--attach-acr\".",
            ));
        }
        if let Some(t) = &principal_type
            && !PRINCIPAL_TYPES.contains(&t.as_str())
        {
            return Err(AzError::validation(format!(
                "Invalid value for --assignee_principal_type. Allowed values are: {}",
                PRINCIPAL_TYPES.join(", ")
            )));
        }
        Ok(AcrUpdate {
            attach,
            detach,
            principal_type,
        })
    }
}

impl AcrUpdate {
    pub fn changes_anything(&self) -> bool {
        self.attach.is_some() || self.detach.is_some()
    }
}

/// `get_attach_acr` in create mode: with a managed identity the grant follows the cluster's
/// creation, which `--no-wait` would skip.
pub fn check_create(attach: Option<&str>, managed_identity: bool, no_wait: bool) -> Result<()> {
    if attach.is_some_and(|a| !a.is_empty()) && managed_identity && no_wait {
        return Err(AzError::validation(
            "When --attach-acr and --enable-managed-identity are both specified, --no-wait is not allowed, please wait until the whole operation succeeds.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_read_by_id_and_anything_else_is_a_name() {
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/myacr";
        assert_eq!(
            Registry::parse(id),
            Registry::Id {
                subscription: "s".into(),
                resource_group: "rg".into(),
                name: "myacr".into()
            }
        );
        assert_eq!(Registry::parse("myacr"), Registry::Name("myacr".into()));
    }

    #[test]
    fn principal_type_needs_attach_and_a_known_value() {
        let input = |a: Option<&str>, d: Option<&str>, t: Option<&str>| AcrUpdateInput {
            attach_acr: a.map(str::to_string),
            detach_acr: d.map(str::to_string),
            assignee_principal_type: t.map(str::to_string),
        };
        let err = |i: AcrUpdateInput| i.validate().unwrap_err().message;
        assert!(err(input(Some("a"), Some("b"), None)).contains("at the same time"));
        assert!(err(input(None, None, Some("User"))).contains("can only be used with"));
        assert!(err(input(Some("a"), None, Some("user"))).contains("Allowed values are: User"));
        assert!(input(Some("a"), None, Some("Group")).validate().is_ok());
    }
}
