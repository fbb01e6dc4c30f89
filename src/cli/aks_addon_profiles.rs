//! The add-on flags of `aks create`: `--enable-addons/-a`, the monitoring add-on's flags and
//! the config flags of the key vault and confcom add-ons.

use clap::Args;

use crate::spec::cluster_addon_profiles::{AddonsInput, AddonsUpdateInput};

/// A three-state flag as az's `get_three_state_flag` reads it: alone means true.
fn three_state(value: Option<String>) -> Option<bool> {
    value.map(|v| v.eq_ignore_ascii_case("true"))
}

#[derive(Debug, Args)]
pub struct CreateAddonProfileArgs {
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
    /// Enable High Log Scale Mode for Container Logs.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_high_log_scale_mode: Option<String>,
    #[command(flatten)]
    pub ampls: super::aks_ampls::AmplsArgs,
    /// The name of a subnet in an existing VNet into which to deploy the virtual nodes.
    #[arg(long)]
    pub aci_subnet_name: Option<String>,
    /// Name of the application gateway to create/use in the node resource group.
    #[arg(long)]
    pub appgw_name: Option<String>,
    /// Subnet CIDR to use for a new subnet created to deploy the Application Gateway.
    #[arg(long)]
    pub appgw_subnet_cidr: Option<String>,
    /// Resource Id of an existing Application Gateway to use with AGIC.
    #[arg(long)]
    pub appgw_id: Option<String>,
    /// Resource Id of an existing Subnet used to deploy the Application Gateway.
    #[arg(long)]
    pub appgw_subnet_id: Option<String>,
    /// Specify the namespace, which AGIC should watch.
    #[arg(long)]
    pub appgw_watch_namespace: Option<String>,
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

impl CreateAddonProfileArgs {
    /// knack's warning for the deprecated flag, printed as argparse reads it.
    pub fn deprecation_warning(&self) -> Option<&'static str> {
        self.enable_msi_auth_for_monitoring
            .is_some()
            .then_some(crate::spec::cluster_addon_profiles::MSI_AUTH_DEPRECATED)
    }

    pub fn into_input(self) -> AddonsInput {
        AddonsInput {
            enable_addons: self.enable_addons,
            workspace_resource_id: self.workspace_resource_id,
            enable_msi_auth_for_monitoring: three_state(self.enable_msi_auth_for_monitoring),
            enable_syslog: three_state(self.enable_syslog),
            data_collection_settings: self.data_collection_settings,
            enable_high_log_scale_mode: three_state(self.enable_high_log_scale_mode),
            ampls_resource_id: self.ampls.ampls_resource_id,
            aci_subnet_name: self.aci_subnet_name,
            appgw: crate::spec::cluster_addon_profiles::Appgw {
                name: self.appgw_name,
                subnet_cidr: self.appgw_subnet_cidr,
                id: self.appgw_id,
                subnet_id: self.appgw_subnet_id,
                watch_namespace: self.appgw_watch_namespace,
            },
            enable_sgxquotehelper: self.enable_sgxquotehelper,
            enable_secret_rotation: self.enable_secret_rotation,
            rotation_poll_interval: self.rotation_poll_interval,
        }
    }
}

/// The add-on config flags of `aks update`.
#[derive(Debug, Args)]
pub struct UpdateAddonProfileArgs {
    /// Enable secret rotation. Use with the azure-keyvault-secrets-provider addon.
    #[arg(long)]
    pub enable_secret_rotation: bool,
    /// Disable secret rotation. Use with the azure-keyvault-secrets-provider addon.
    #[arg(long)]
    pub disable_secret_rotation: bool,
    /// Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon.
    #[arg(long)]
    pub rotation_poll_interval: Option<String>,
}

impl UpdateAddonProfileArgs {
    pub fn into_input(self) -> AddonsUpdateInput {
        AddonsUpdateInput {
            enable_secret_rotation: self.enable_secret_rotation,
            disable_secret_rotation: self.disable_secret_rotation,
            rotation_poll_interval: self.rotation_poll_interval,
        }
    }
}
