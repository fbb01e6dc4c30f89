//! The cluster-profile flags of `aks create` and `aks update`: the cluster autoscaler profile
//! the storage profile's drivers, the HTTP proxy and the upgrade override (spec:
//! `spec::cluster_profile`).

use clap::Args;

use crate::spec::cluster_profile::{ProfileInput, Switch};

/// Comma-separated `key=value` pairs for the cluster autoscaler; `""` clears the profile.
#[derive(Debug, Args)]
pub struct CreateProfileArgs {
    /// Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty
    /// string to clear the profile.
    #[arg(long, alias = "ca-profile", num_args = 1..)]
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    /// Disable AzureDisk CSI Driver.
    #[arg(long)]
    pub disable_disk_driver: bool,
    /// Disable AzureFile CSI Driver.
    #[arg(long)]
    pub disable_file_driver: bool,
    /// Enable AzureBlob CSI Driver.
    #[arg(long)]
    pub enable_blob_driver: bool,
    /// Disable CSI Snapshot Controller.
    #[arg(long)]
    pub disable_snapshot_controller: bool,
    /// HTTP Proxy configuration for this cluster: the path of a JSON file.
    #[arg(long)]
    pub http_proxy_config: Option<String>,
}

impl CreateProfileArgs {
    pub fn into_input(self) -> ProfileInput {
        let off = |disable| Switch {
            enable: false,
            disable,
        };
        ProfileInput {
            cluster_autoscaler_profile: self.cluster_autoscaler_profile,
            storage: [
                off(self.disable_disk_driver),
                off(self.disable_file_driver),
                Switch {
                    enable: self.enable_blob_driver,
                    disable: false,
                },
                off(self.disable_snapshot_controller),
            ],
            http_proxy_config: self.http_proxy_config,
            ..Default::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct UpdateProfileArgs {
    /// Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty
    /// string to clear the profile.
    #[arg(long, alias = "ca-profile", num_args = 1..)]
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    /// Enable AzureDisk CSI Driver.
    #[arg(long)]
    pub enable_disk_driver: bool,
    /// Disable AzureDisk CSI Driver.
    #[arg(long)]
    pub disable_disk_driver: bool,
    /// Enable AzureFile CSI Driver.
    #[arg(long)]
    pub enable_file_driver: bool,
    /// Disable AzureFile CSI Driver.
    #[arg(long)]
    pub disable_file_driver: bool,
    /// Enable AzureBlob CSI Driver.
    #[arg(long)]
    pub enable_blob_driver: bool,
    /// Disable AzureBlob CSI Driver.
    #[arg(long)]
    pub disable_blob_driver: bool,
    /// Enable Snapshot Controller.
    #[arg(long)]
    pub enable_snapshot_controller: bool,
    /// Disable CSI Snapshot Controller.
    #[arg(long)]
    pub disable_snapshot_controller: bool,
    /// HTTP Proxy configuration for this cluster: the path of a JSON file.
    #[arg(long)]
    pub http_proxy_config: Option<String>,
    /// Disable HTTP Proxy Configuration on the cluster.
    #[arg(long)]
    pub disable_http_proxy: bool,
    /// Enable HTTP Proxy Configuration on the cluster.
    #[arg(long)]
    pub enable_http_proxy: bool,
    /// Enable forceUpgrade cluster upgrade settings override.
    #[arg(long)]
    pub enable_force_upgrade: bool,
    /// Disable forceUpgrade cluster upgrade settings override.
    #[arg(long)]
    pub disable_force_upgrade: bool,
    /// Until when the cluster upgradeSettings overrides are effective.
    #[arg(long)]
    pub upgrade_override_until: Option<String>,
    /// The node labels for all node pools in this cluster: space-separated key=value.
    #[arg(long, num_args = 0..)]
    pub nodepool_labels: Option<Vec<String>>,
    /// The node taints for all node pools in this cluster: comma-separated key=value:effect.
    #[arg(long)]
    pub nodepool_taints: Option<String>,
}

impl UpdateProfileArgs {
    pub fn into_input(self) -> ProfileInput {
        let switch = |enable, disable| Switch { enable, disable };
        ProfileInput {
            cluster_autoscaler_profile: self.cluster_autoscaler_profile,
            storage: [
                switch(self.enable_disk_driver, self.disable_disk_driver),
                switch(self.enable_file_driver, self.disable_file_driver),
                switch(self.enable_blob_driver, self.disable_blob_driver),
                switch(
                    self.enable_snapshot_controller,
                    self.disable_snapshot_controller,
                ),
            ],
            http_proxy_config: self.http_proxy_config,
            http_proxy: switch(self.enable_http_proxy, self.disable_http_proxy),
            force_upgrade: switch(self.enable_force_upgrade, self.disable_force_upgrade),
            upgrade_override_until: self.upgrade_override_until,
            nodepool_labels: self.nodepool_labels,
            nodepool_taints: self.nodepool_taints,
        }
    }
}
