//! `azr cloud ...`

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct CloudArgs {
    #[command(subcommand)]
    pub command: CloudCommand,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process: size does not matter
pub enum CloudCommand {
    /// List registered clouds.
    List(CloudListArgs),
    /// Get the details of a registered cloud.
    Show(CloudNameArgs),
    /// Register a cloud.
    Register(CloudRegisterArgs),
    /// Set the active cloud.
    Set(CloudSetArgs),
    /// Unregister a cloud.
    Unregister(CloudUnregisterArgs),
}

#[derive(Debug, Args)]
pub struct CloudListArgs {}

#[derive(Debug, Args)]
pub struct CloudNameArgs {
    /// Name of a registered cloud.
    #[arg(short = 'n', long = "name")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloudUnregisterArgs {
    /// Name of a registered cloud.
    #[arg(short = 'n', long = "name")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct CloudSetArgs {
    /// Name of a registered cloud.
    #[arg(short = 'n', long = "name")]
    pub name: String,
    /// Profile to use. Only `latest` is supported.
    #[arg(long)]
    pub profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloudRegisterArgs {
    /// Name of a registered cloud.
    #[arg(short = 'n', long = "name")]
    pub name: String,
    /// JSON encoded cloud configuration. Use @{file} to load from a file.
    #[arg(long)]
    pub cloud_config: Option<String>,
    /// Profile to use for this cloud.
    #[arg(long)]
    pub profile: Option<String>,
    /// If set, endpoint discovery will not be attempted.
    #[arg(long)]
    pub skip_endpoint_discovery: bool,
    /// The resource management endpoint.
    #[arg(long)]
    pub endpoint_resource_manager: Option<String>,
    /// The Active Directory login endpoint.
    #[arg(long)]
    pub endpoint_active_directory: Option<String>,
    /// The resource ID to obtain AD tokens for.
    #[arg(long)]
    pub endpoint_active_directory_resource_id: Option<String>,
    /// The Active Directory resource ID.
    #[arg(long)]
    pub endpoint_active_directory_graph_resource_id: Option<String>,
    /// The Microsoft Graph resource ID.
    #[arg(long)]
    pub endpoint_microsoft_graph_resource_id: Option<String>,
    /// The Active Directory resource ID for data lake services.
    #[arg(long)]
    pub endpoint_active_directory_data_lake_resource_id: Option<String>,
    /// The endpoint for management.
    #[arg(long)]
    pub endpoint_management: Option<String>,
    /// The sql server management endpoint.
    #[arg(long)]
    pub endpoint_sql_management: Option<String>,
    /// The template gallery endpoint.
    #[arg(long)]
    pub endpoint_gallery: Option<String>,
    /// The uri of the document which caches commonly used virtual machine images.
    #[arg(long)]
    pub endpoint_vm_image_alias_doc: Option<String>,
    /// The dns suffix for sql servers.
    #[arg(long)]
    pub suffix_sql_server_hostname: Option<String>,
    /// The endpoint suffix for storage accounts.
    #[arg(long)]
    pub suffix_storage_endpoint: Option<String>,
    /// The dns suffix for Key Vault.
    #[arg(long)]
    pub suffix_keyvault_dns: Option<String>,
    /// The dns suffix for Azure Data Lake Store file system.
    #[arg(long)]
    pub suffix_azure_datalake_store_file_system_endpoint: Option<String>,
    /// The dns suffix for Azure Data Lake Analytics catalog and job.
    #[arg(long)]
    pub suffix_azure_datalake_analytics_catalog_and_job_endpoint: Option<String>,
    /// The Azure Container Registry login server suffix.
    #[arg(long)]
    pub suffix_acr_login_server_endpoint: Option<String>,
}

/// `(az's key name, value)` pairs.
pub type NamedValues = Vec<(&'static str, String)>;

impl CloudRegisterArgs {
    /// The endpoints and suffixes given as flags, under az's `cloud show` key names.
    pub fn flag_values(&self) -> (NamedValues, NamedValues) {
        let e = [
            ("resourceManager", &self.endpoint_resource_manager),
            ("activeDirectory", &self.endpoint_active_directory),
            (
                "activeDirectoryResourceId",
                &self.endpoint_active_directory_resource_id,
            ),
            (
                "activeDirectoryGraphResourceId",
                &self.endpoint_active_directory_graph_resource_id,
            ),
            (
                "microsoftGraphResourceId",
                &self.endpoint_microsoft_graph_resource_id,
            ),
            (
                "activeDirectoryDataLakeResourceId",
                &self.endpoint_active_directory_data_lake_resource_id,
            ),
            ("management", &self.endpoint_management),
            ("sqlManagement", &self.endpoint_sql_management),
            ("gallery", &self.endpoint_gallery),
            ("vmImageAliasDoc", &self.endpoint_vm_image_alias_doc),
        ];
        let s = [
            ("sqlServerHostname", &self.suffix_sql_server_hostname),
            ("storageEndpoint", &self.suffix_storage_endpoint),
            ("keyvaultDns", &self.suffix_keyvault_dns),
            (
                "azureDatalakeStoreFileSystemEndpoint",
                &self.suffix_azure_datalake_store_file_system_endpoint,
            ),
            (
                "azureDatalakeAnalyticsCatalogAndJobEndpoint",
                &self.suffix_azure_datalake_analytics_catalog_and_job_endpoint,
            ),
            (
                "acrLoginServerEndpoint",
                &self.suffix_acr_login_server_endpoint,
            ),
        ];
        let pick = |v: &[(&'static str, &Option<String>)]| {
            v.iter()
                .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v.clone())))
                .collect()
        };
        (pick(&e), pick(&s))
    }
}
