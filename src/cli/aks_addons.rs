//! The add-on flags of `aks create`: `--enable-addons/-a`, the monitoring add-on's flags and
//! the config flags of the key vault and confcom add-ons.

use clap::Args;

use crate::spec::cluster_addons::AddonsInput;

/// A three-state flag as az's `get_three_state_flag` reads it: alone means true.
fn three_state(value: Option<String>) -> Option<bool> {
    value.map(|v| v.eq_ignore_ascii_case("true"))
}

#[derive(Debug, Args)]
pub struct CreateAddonArgs {
    /// Enable the Kubernetes addons in a comma-separated list.
    #[arg(short = 'a', long)]
    pub enable_addons: Option<String>,
    /// The resource ID of an existing Log Analytics Workspace to use for storing monitoring data.
    #[arg(long)]
    pub workspace_resource_id: Option<String>,
    /// Send monitoring data to Log Analytics using the cluster's assigned identity.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_msi_auth_for_monitoring: Option<String>,
    /// Enable syslog data collection for the Monitoring addon.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_syslog: Option<String>,
    /// Path to JSON file containing data collection settings for the Monitoring addon.
    #[arg(long)]
    pub data_collection_settings: Option<String>,
    /// Enable SGX quote helper for the confcom addon.
    #[arg(long)]
    pub enable_sgxquotehelper: bool,
    /// Enable secret rotation. Use with the azure-keyvault-secrets-provider addon.
    #[arg(long)]
    pub enable_secret_rotation: bool,
    /// Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon.
    #[arg(long)]
    pub rotation_poll_interval: Option<String>,
}

impl CreateAddonArgs {
    pub fn into_input(self) -> AddonsInput {
        AddonsInput {
            enable_addons: self.enable_addons,
            workspace_resource_id: self.workspace_resource_id,
            enable_msi_auth_for_monitoring: three_state(self.enable_msi_auth_for_monitoring),
            enable_syslog: three_state(self.enable_syslog),
            data_collection_settings: self.data_collection_settings,
            enable_sgxquotehelper: self.enable_sgxquotehelper,
            enable_secret_rotation: self.enable_secret_rotation,
            rotation_poll_interval: self.rotation_poll_interval,
        }
    }
}
