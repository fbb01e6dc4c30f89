//! The identity and access flags of `aks create` and `aks update` (flattened into
//! `AksCreateArgs` / `AksUpdateArgs`).

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::cluster_sec::{
    CreateSecInput, KMS_NETWORK_ACCESS, KmsInput, UpdateSecInput, WindowsInput,
};

/// The gMSA values both commands take.
#[derive(Debug, Args)]
pub struct GmsaArgs {
    /// Enable Windows gmsa.
    #[arg(long)]
    pub enable_windows_gmsa: bool,
    /// Specify DNS server for Windows gmsa for this cluster.
    #[arg(long)]
    pub gmsa_dns_server: Option<String>,
    /// Specify root domain name for Windows gmsa for this cluster.
    #[arg(long)]
    pub gmsa_root_domain_name: Option<String>,
}

/// The Azure Key Vault KMS values both commands take.
#[derive(Debug, Args)]
pub struct KmsArgs {
    /// Identifier of Azure Key Vault key.
    #[arg(long)]
    pub azure_keyvault_kms_key_id: Option<String>,
    /// Network Access of Azure Key Vault.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(KMS_NETWORK_ACCESS))]
    pub azure_keyvault_kms_key_vault_network_access: Option<String>,
    /// Resource ID of Azure Key Vault.
    #[arg(long)]
    pub azure_keyvault_kms_key_vault_resource_id: Option<String>,
}

impl KmsArgs {
    fn into_input(self, enable: bool, disable: bool) -> KmsInput {
        KmsInput {
            enable,
            disable,
            key_id: self.azure_keyvault_kms_key_id,
            network_access: self.azure_keyvault_kms_key_vault_network_access,
            key_vault_resource_id: self.azure_keyvault_kms_key_vault_resource_id,
        }
    }
}

/// The identity and access flags of `aks create` (those of the first cut, `--enable-aad` and
/// its kin, are in `CreateClusterArgs`).
#[derive(Debug, Args)]
pub struct CreateSecArgs {
    /// The ID of an Azure Active Directory tenant.
    #[arg(long)]
    pub aad_tenant_id: Option<String>,
    /// Comma-separated list of aad group object IDs that will be set as cluster admin.
    #[arg(long)]
    pub aad_admin_group_object_ids: Option<String>,
    /// Disable Kubernetes Role-Based Access Control.
    #[arg(long)]
    pub disable_rbac: bool,
    /// Specify an existing user assigned identity for control plane's usage in order to
    /// manage cluster resource group.
    #[arg(long)]
    pub assign_identity: Option<String>,
    /// Enable Azure KeyVault Key Management Service.
    #[arg(long)]
    pub enable_azure_keyvault_kms: bool,
    #[command(flatten)]
    pub kms: KmsArgs,
    /// ResourceId of the disk encryption set to use for enabling encryption at rest on agent
    /// node os disk.
    #[arg(short = 'd', long)]
    pub node_osdisk_diskencryptionset_id: Option<String>,
    /// Service principal used for authentication to Azure APIs.
    #[arg(long)]
    pub service_principal: Option<String>,
    /// Secret associated with the service principal. This argument is required if
    /// `--service-principal` is specified.
    #[arg(long)]
    pub client_secret: Option<String>,
    /// User account to create on windows node VMs.
    #[arg(long)]
    pub windows_admin_username: Option<String>,
    /// User account password to use on windows node VMs.
    #[arg(long)]
    pub windows_admin_password: Option<String>,
    /// Enable Azure Hybrid User Benefits (AHUB) for Windows VMs.
    #[arg(long)]
    pub enable_ahub: bool,
    #[command(flatten)]
    pub gmsa: GmsaArgs,
}

impl CreateSecArgs {
    /// `enable_managed_identity`: `--enable-managed-identity` (declared with the first cut's
    /// cluster flags).
    pub fn into_input(self, enable_managed_identity: bool, yes: bool) -> CreateSecInput {
        CreateSecInput {
            aad_tenant_id: self.aad_tenant_id,
            aad_admin_group_object_ids: self.aad_admin_group_object_ids,
            disable_rbac: self.disable_rbac,
            assign_identity: self.assign_identity,
            kms: self.kms.into_input(self.enable_azure_keyvault_kms, false),
            node_osdisk_diskencryptionset_id: self.node_osdisk_diskencryptionset_id,
            enable_managed_identity,
            service_principal: self.service_principal,
            client_secret: self.client_secret,
            windows: WindowsInput {
                admin_username: self.windows_admin_username,
                admin_password: self.windows_admin_password,
                enable_ahub: self.enable_ahub,
                enable_gmsa: self.gmsa.enable_windows_gmsa,
                gmsa_dns_server: self.gmsa.gmsa_dns_server,
                gmsa_root_domain_name: self.gmsa.gmsa_root_domain_name,
                ..Default::default()
            },
            yes,
        }
    }
}

/// The identity and access flags of `aks update`.
#[derive(Debug, Args)]
pub struct UpdateSecArgs {
    /// Enable managed AAD feature for cluster.
    #[arg(long)]
    pub enable_aad: bool,
    /// Enable Azure RBAC to control authorization checks on cluster.
    #[arg(long)]
    pub enable_azure_rbac: bool,
    /// Disable Azure RBAC to control authorization checks on cluster.
    #[arg(long)]
    pub disable_azure_rbac: bool,
    /// The ID of an Azure Active Directory tenant.
    #[arg(long)]
    pub aad_tenant_id: Option<String>,
    /// Comma-separated list of aad group object IDs that will be set as cluster admin.
    #[arg(long)]
    pub aad_admin_group_object_ids: Option<String>,
    /// If set to true, getting static credentials will be disabled for this cluster.
    #[arg(long)]
    pub disable_local_accounts: bool,
    /// If set to true, will enable getting static credential for this cluster.
    #[arg(long)]
    pub enable_local_accounts: bool,
    /// Enable OIDC issuer.
    #[arg(long)]
    pub enable_oidc_issuer: bool,
    /// Enable workload identity addon.
    #[arg(long)]
    pub enable_workload_identity: bool,
    /// Disable workload identity addon.
    #[arg(long)]
    pub disable_workload_identity: bool,
    /// Update current cluster to use managed identity to manage cluster resource group.
    #[arg(long)]
    pub enable_managed_identity: bool,
    /// Specify an existing user assigned identity to manage cluster resource group.
    #[arg(long)]
    pub assign_identity: Option<String>,
    /// Enable Azure KeyVault Key Management Service.
    #[arg(long)]
    pub enable_azure_keyvault_kms: bool,
    /// Disable Azure KeyVault Key Management Service.
    #[arg(long)]
    pub disable_azure_keyvault_kms: bool,
    #[command(flatten)]
    pub kms: KmsArgs,
    /// User account password to use on windows node VMs.
    #[arg(long)]
    pub windows_admin_password: Option<String>,
    /// Enable Azure Hybrid User Benefits (AHUB) feature for cluster.
    #[arg(long)]
    pub enable_ahub: bool,
    /// Disable Azure Hybrid User Benefits (AHUB) feature for cluster.
    #[arg(long)]
    pub disable_ahub: bool,
    #[command(flatten)]
    pub gmsa: GmsaArgs,
    /// Disable Windows gmsa on cluster.
    #[arg(long)]
    pub disable_windows_gmsa: bool,
}

impl UpdateSecArgs {
    pub fn into_input(self) -> UpdateSecInput {
        UpdateSecInput {
            enable_aad: self.enable_aad,
            enable_azure_rbac: self.enable_azure_rbac,
            disable_azure_rbac: self.disable_azure_rbac,
            aad_tenant_id: self.aad_tenant_id,
            aad_admin_group_object_ids: self.aad_admin_group_object_ids,
            disable_local_accounts: self.disable_local_accounts,
            enable_local_accounts: self.enable_local_accounts,
            enable_oidc_issuer: self.enable_oidc_issuer,
            enable_workload_identity: self.enable_workload_identity,
            disable_workload_identity: self.disable_workload_identity,
            enable_managed_identity: self.enable_managed_identity,
            assign_identity: self.assign_identity,
            kms: self.kms.into_input(
                self.enable_azure_keyvault_kms,
                self.disable_azure_keyvault_kms,
            ),
            windows: WindowsInput {
                admin_username: None,
                admin_password: self.windows_admin_password,
                enable_ahub: self.enable_ahub,
                disable_ahub: self.disable_ahub,
                enable_gmsa: self.gmsa.enable_windows_gmsa,
                disable_gmsa: self.disable_windows_gmsa,
                gmsa_dns_server: self.gmsa.gmsa_dns_server,
                gmsa_root_domain_name: self.gmsa.gmsa_root_domain_name,
            },
        }
    }
}
