//! The identity and access flags of `aks create` and `aks update` (Entra ID, Kubernetes RBAC,
//! local accounts, OIDC issuer, workload identity). az checks most of them in its decorator's
//! getters, against the cluster it read: `src/arm/cluster_sec.rs` applies them there.

use crate::error::{AzError, Result};

/// The flags of `aks create` this area adds, as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateSecInput {
    pub aad_tenant_id: Option<String>,
    pub aad_admin_group_object_ids: Option<String>,
    pub disable_rbac: bool,
}

/// The validated create flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateSec {
    pub aad_tenant_id: Option<String>,
    /// az's `split(',')`, `""` an empty list.
    pub aad_admin_group_object_ids: Option<Vec<String>>,
    pub disable_rbac: bool,
}

impl CreateSecInput {
    pub fn validate(self) -> CreateSec {
        CreateSec {
            aad_tenant_id: self.aad_tenant_id,
            aad_admin_group_object_ids: split_ids(self.aad_admin_group_object_ids),
            disable_rbac: self.disable_rbac,
        }
    }
}

impl CreateSec {
    /// `get_disable_rbac` of `set_up_mc_properties`: it runs before the network and AAD
    /// profiles are set up, so before their checks.
    pub fn check_decorator_rules(&self, enable_azure_rbac: bool) -> Result<()> {
        if self.disable_rbac && enable_azure_rbac {
            return Err(AzError::validation(
                "--enable-azure-rbac cannot be used together with --disable-rbac",
            ));
        }
        Ok(())
    }
}

/// `--aad-admin-group-object-ids`: None stays None, `""` is an empty list.
fn split_ids(raw: Option<String>) -> Option<Vec<String>> {
    raw.map(|r| {
        if r.is_empty() {
            Vec::new()
        } else {
            r.split(',').map(str::to_string).collect()
        }
    })
}

/// The flags of `aks update` this area adds, as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateSecInput {
    pub enable_aad: bool,
    pub enable_azure_rbac: bool,
    pub disable_azure_rbac: bool,
    pub aad_tenant_id: Option<String>,
    pub aad_admin_group_object_ids: Option<String>,
    pub disable_local_accounts: bool,
    pub enable_local_accounts: bool,
    pub enable_oidc_issuer: bool,
    pub enable_workload_identity: bool,
    pub disable_workload_identity: bool,
}

/// The update flags; az checks them against the cluster it read (`cluster_sec::update_*`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateSec {
    pub enable_aad: bool,
    pub enable_azure_rbac: bool,
    pub disable_azure_rbac: bool,
    pub aad_tenant_id: Option<String>,
    pub aad_admin_group_object_ids: Option<Vec<String>>,
    pub disable_local_accounts: bool,
    pub enable_local_accounts: bool,
    pub enable_oidc_issuer: bool,
    pub enable_workload_identity: bool,
    pub disable_workload_identity: bool,
}

impl UpdateSecInput {
    pub fn validate(self) -> UpdateSec {
        UpdateSec {
            enable_aad: self.enable_aad,
            enable_azure_rbac: self.enable_azure_rbac,
            disable_azure_rbac: self.disable_azure_rbac,
            aad_tenant_id: self.aad_tenant_id,
            aad_admin_group_object_ids: split_ids(self.aad_admin_group_object_ids),
            disable_local_accounts: self.disable_local_accounts,
            enable_local_accounts: self.enable_local_accounts,
            enable_oidc_issuer: self.enable_oidc_issuer,
            enable_workload_identity: self.enable_workload_identity,
            disable_workload_identity: self.disable_workload_identity,
        }
    }
}

impl UpdateSec {
    /// az's `check_raw_parameters`: a flag counts when its value is truthy in Python.
    pub fn changes_anything(&self) -> bool {
        self.enable_aad
            || self.enable_azure_rbac
            || self.disable_azure_rbac
            || self.aad_tenant_id.as_ref().is_some_and(|t| !t.is_empty())
            || self
                .aad_admin_group_object_ids
                .as_ref()
                .is_some_and(|ids| !ids.is_empty())
            || self.disable_local_accounts
            || self.enable_local_accounts
            || self.enable_oidc_issuer
            || self.enable_workload_identity
            || self.disable_workload_identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_ids_as_az_splits_them() {
        let ids = |r: Option<&str>| split_ids(r.map(str::to_string));
        assert_eq!(ids(None), None);
        assert_eq!(ids(Some("")), Some(vec![]));
        assert_eq!(
            ids(Some("a,b, c")),
            Some(vec!["a".into(), "b".into(), " c".into()])
        );
    }

    #[test]
    fn disable_rbac_refuses_azure_rbac() {
        let s = CreateSecInput {
            disable_rbac: true,
            ..Default::default()
        }
        .validate();
        assert!(s.check_decorator_rules(false).is_ok());
        assert_eq!(
            s.check_decorator_rules(true).unwrap_err().message,
            "--enable-azure-rbac cannot be used together with --disable-rbac"
        );
    }

    #[test]
    fn what_counts_as_a_change() {
        let none = UpdateSecInput::default().validate();
        assert!(!none.changes_anything());
        let empty_ids = UpdateSecInput {
            aad_admin_group_object_ids: Some(String::new()),
            aad_tenant_id: Some(String::new()),
            ..Default::default()
        }
        .validate();
        assert!(!empty_ids.changes_anything());
        let oidc = UpdateSecInput {
            enable_oidc_issuer: true,
            ..Default::default()
        }
        .validate();
        assert!(oidc.changes_anything());
    }
}
