//! The identity and access flags of `aks create` and `aks update` (Entra ID, Kubernetes RBAC,
//! local accounts, OIDC issuer, workload identity). az checks most of them in its decorator's
//! getters, against the cluster it read: `src/arm/cluster_sec.rs` applies them there.

use super::resource_id::is_valid_resource_id;
use crate::error::{AzError, Result};

/// az's `validate_assign_identity` (an argument validator: it runs before anything else).
fn identity_id(raw: Option<String>, flag: &str) -> Result<Option<String>> {
    match raw {
        Some(id) if !id.is_empty() && !is_valid_resource_id(&id) => Err(AzError::validation(
            format!("{flag} is not a valid Azure resource ID."),
        )),
        other => Ok(other),
    }
}

/// `--azure-keyvault-kms-key-vault-network-access` choices.
pub const KMS_NETWORK_ACCESS: &[&str] = &["Public", "Private"];

/// The Azure Key Vault KMS flags as given (both commands).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KmsInput {
    pub enable: bool,
    pub disable: bool,
    pub key_id: Option<String>,
    pub network_access: Option<String>,
    pub key_vault_resource_id: Option<String>,
}

impl KmsInput {
    /// az's argument validators `validate_azure_keyvault_kms_key_id` and
    /// `validate_azure_keyvault_kms_key_vault_resource_id`.
    pub fn validate(self) -> Result<KmsInput> {
        if let Some(key) = self.key_id.as_deref().filter(|k| !k.is_empty()) {
            let segments: Vec<&str> = key
                .strip_prefix("https://")
                .map(|rest| rest.split('/').collect())
                .unwrap_or_default();
            if segments.len() != 4 || segments[1] != "keys" {
                return Err(AzError::validation(
                    "--azure-keyvault-kms-key-id is not a valid Key Vault key ID. See https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#vault-name-and-object-name",
                ));
            }
        }
        let vault = identity_id(
            self.key_vault_resource_id.clone(),
            "--azure-keyvault-kms-key-vault-resource-id",
        )?;
        let network_access = self.network_access.map(|n| {
            KMS_NETWORK_ACCESS
                .iter()
                .find(|c| c.eq_ignore_ascii_case(&n))
                .map_or(n, |c| c.to_string())
        });
        Ok(KmsInput {
            network_access,
            key_vault_resource_id: vault,
            ..self
        })
    }

    fn changes_anything(&self) -> bool {
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        self.enable
            || self.disable
            || given(&self.key_id)
            || given(&self.network_access)
            || given(&self.key_vault_resource_id)
    }
}

/// The Windows profile flags as given (`--enable-ahub`, gMSA, the admin account).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WindowsInput {
    pub admin_username: Option<String>,
    /// Write-only: sent, never printed, never kept by the emulator.
    pub admin_password: Option<String>,
    pub enable_ahub: bool,
    pub disable_ahub: bool,
    pub enable_gmsa: bool,
    pub disable_gmsa: bool,
    pub gmsa_dns_server: Option<String>,
    pub gmsa_root_domain_name: Option<String>,
}

impl WindowsInput {
    /// az's `__validate_gmsa_options`; `Ok(true)`: it would ask whether the vnet's DNS server
    /// is set (`--enable-windows-gmsa` without the DNS server and root domain).
    pub fn check_gmsa(&self) -> Result<bool> {
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        let (dns, root) = (
            given(&self.gmsa_dns_server),
            given(&self.gmsa_root_domain_name),
        );
        let mut asks = false;
        if self.enable_gmsa {
            if self.disable_gmsa {
                return Err(AzError::validation(
                    "You should not set --disable-windows-gmsa when setting --enable-windows-gmsa.",
                ));
            }
            if self.gmsa_dns_server.is_none() && self.gmsa_root_domain_name.is_none() {
                asks = true;
            } else if !(dns && root) {
                return Err(AzError::validation(
                    "You must set or not set --gmsa-dns-server and --gmsa-root-domain-name at the same time.",
                ));
            }
        } else if !self.disable_gmsa && (dns || root) {
            return Err(AzError::validation(
                "You only can set --gmsa-dns-server and --gmsa-root-domain-name when setting --enable-windows-gmsa.",
            ));
        }
        if self.disable_gmsa && (dns || root) {
            return Err(AzError::validation(
                "You should not set --gmsa-dns-server nor --gmsa-root-domain-name when setting --disable-windows-gmsa.",
            ));
        }
        Ok(asks)
    }

    fn changes_anything(&self) -> bool {
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        self.enable_ahub
            || self.disable_ahub
            || self.enable_gmsa
            || self.disable_gmsa
            || given(&self.admin_password)
            || given(&self.gmsa_dns_server)
            || given(&self.gmsa_root_domain_name)
    }
}

/// az's question before enabling gMSA without a DNS server (`yes` answers it).
pub const GMSA_QUESTION: &str = "Please assure that you have set the DNS server in the vnet used by the cluster when not specifying --gmsa-dns-server and --gmsa-root-domain-name";

/// The flags of `aks create` this area adds, as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateSecInput {
    pub aad_tenant_id: Option<String>,
    pub aad_admin_group_object_ids: Option<String>,
    pub disable_rbac: bool,
    pub assign_identity: Option<String>,
    pub kms: KmsInput,
    pub node_osdisk_diskencryptionset_id: Option<String>,
    /// `--enable-managed-identity` as given (az's default is true unless a service principal is).
    pub enable_managed_identity: bool,
    pub service_principal: Option<String>,
    pub client_secret: Option<String>,
    pub windows: WindowsInput,
    /// `--yes`: answers az's questions.
    pub yes: bool,
}

/// The validated create flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateSec {
    pub aad_tenant_id: Option<String>,
    /// az's `split(',')`, `""` an empty list.
    pub aad_admin_group_object_ids: Option<Vec<String>>,
    pub disable_rbac: bool,
    /// `--assign-identity`: a user-assigned control-plane identity (`""` is none).
    pub assign_identity: Option<String>,
    pub kms: KmsInput,
    /// `diskEncryptionSetID`, sent as given.
    pub node_osdisk_diskencryptionset_id: Option<String>,
    pub enable_managed_identity_given: bool,
    /// `--service-principal` and `--client-secret` (the secret is write-only: never printed).
    pub service_principal: Option<String>,
    pub client_secret: Option<String>,
    pub windows: WindowsInput,
    /// `--yes`: answers az's questions.
    pub yes: bool,
}

impl CreateSecInput {
    pub fn validate(self) -> Result<CreateSec> {
        Ok(CreateSec {
            aad_tenant_id: self.aad_tenant_id,
            aad_admin_group_object_ids: split_ids(self.aad_admin_group_object_ids),
            disable_rbac: self.disable_rbac,
            assign_identity: identity_id(self.assign_identity, "--assign-identity")?
                .filter(|i| !i.is_empty()),
            kms: self.kms.validate()?,
            node_osdisk_diskencryptionset_id: self.node_osdisk_diskencryptionset_id,
            enable_managed_identity_given: self.enable_managed_identity,
            service_principal: self.service_principal,
            client_secret: self.client_secret,
            windows: self.windows,
            yes: self.yes,
        })
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
        // `set_up_windows_profile`: a missing half of the admin account is asked for (no tty:
        // az's NoTTYError), gMSA needs the account
        let w = &self.windows;
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        if w.admin_username.is_none() && given(&w.admin_password) {
            return Err(AzError::validation(
                "Please specify username for Windows in non-interactive mode.",
            ));
        }
        if w.admin_password.is_none() && given(&w.admin_username) {
            return Err(AzError::validation(
                "Please specify both username and password in non-interactive mode.",
            ));
        }
        let account = given(&w.admin_username) || given(&w.admin_password);
        if !account
            && (w.enable_gmsa || given(&w.gmsa_dns_server) || given(&w.gmsa_root_domain_name))
        {
            return Err(AzError::validation(
                "Please set windows admin username and password before setting gmsa related configs.",
            ));
        }
        if account && w.check_gmsa()? && !self.yes {
            return Err(AzError::validation(format!(
                "{GMSA_QUESTION}: unable to prompt for confirmation as no tty available. Use --yes."
            )));
        }
        // `set_up_service_principal_profile`
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        let (sp, secret) = (given(&self.service_principal), given(&self.client_secret));
        if (sp || secret) && !(sp && secret) {
            return Err(AzError::validation(
                "Please provide both --service-principal and --client-secret to use sp as the cluster identity. An sp can be created using the 'az ad sp create-for-rbac' command.",
            ));
        }
        if (sp || secret) && self.enable_managed_identity_given {
            return Err(AzError::validation(
                "Cannot specify --enable-managed-identity and --service-principal/--client-secret at same time",
            ));
        }
        Ok(())
    }

    /// az's `get_enable_managed_identity` (create): given, or true without a service principal.
    pub fn enable_managed_identity(&self) -> bool {
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        self.enable_managed_identity_given
            || !(given(&self.service_principal) || given(&self.client_secret))
    }

    /// The client id of the cluster's service principal (`servicePrincipalProfile`), once
    /// `check_decorator_rules` has let it through: both flags, no managed identity.
    pub fn service_principal(&self) -> Option<&str> {
        fn given(v: &Option<String>) -> Option<&str> {
            v.as_deref().filter(|v| !v.is_empty())
        }
        given(&self.client_secret)?;
        given(&self.service_principal).filter(|_| !self.enable_managed_identity_given)
    }

    /// `get_assign_identity` of `set_up_identity`: a user-assigned identity is a managed one.
    pub fn check_identity(&self) -> Result<()> {
        if self.assign_identity.is_some() && !self.enable_managed_identity() {
            return Err(AzError::validation(
                "--assign-identity can only be specified when --enable-managed-identity is specified",
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
    pub enable_managed_identity: bool,
    pub assign_identity: Option<String>,
    pub kms: KmsInput,
    pub windows: WindowsInput,
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
    pub enable_managed_identity: bool,
    /// `--assign-identity` as given (`""` is none, as az reads it).
    pub assign_identity: Option<String>,
    pub kms: KmsInput,
    pub windows: WindowsInput,
}

impl UpdateSecInput {
    pub fn validate(self) -> Result<UpdateSec> {
        Ok(UpdateSec {
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
            enable_managed_identity: self.enable_managed_identity,
            assign_identity: identity_id(self.assign_identity, "--assign-identity")?,
            kms: self.kms.validate()?,
            windows: self.windows,
        })
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
            || self.enable_managed_identity
            || self.assign_identity.as_ref().is_some_and(|i| !i.is_empty())
            || self.kms.changes_anything()
            || self.windows.changes_anything()
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
        .validate()
        .unwrap();
        assert!(s.check_decorator_rules(false).is_ok());
        assert_eq!(
            s.check_decorator_rules(true).unwrap_err().message,
            "--enable-azure-rbac cannot be used together with --disable-rbac"
        );
    }

    #[test]
    fn identity_ids_as_az_checks_them() {
        let bad = UpdateSecInput {
            assign_identity: Some("myid".into()),
            ..Default::default()
        };
        assert_eq!(
            bad.validate().unwrap_err().message,
            "--assign-identity is not a valid Azure resource ID."
        );
        let empty = CreateSecInput {
            assign_identity: Some(String::new()),
            ..Default::default()
        };
        assert_eq!(empty.validate().unwrap().assign_identity, None);
    }

    #[test]
    fn what_counts_as_a_change() {
        let none = UpdateSecInput::default().validate().unwrap();
        assert!(!none.changes_anything());
        let empty_ids = UpdateSecInput {
            aad_admin_group_object_ids: Some(String::new()),
            aad_tenant_id: Some(String::new()),
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert!(!empty_ids.changes_anything());
        let oidc = UpdateSecInput {
            enable_oidc_issuer: true,
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert!(oidc.changes_anything());
    }
}
