//! The cluster-profile flags of `aks create` and `aks update`: the cluster autoscaler profile
//! and the storage profile's drivers (spec: `spec::cluster_profile`).

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
        }
    }
}
