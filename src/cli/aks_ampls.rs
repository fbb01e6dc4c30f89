//! `--ampls-resource-id` of `aks create` and `aks update` (`spec::cluster_ampls`): the Azure
//! Monitor private link scope the monitoring calls link the cluster's endpoints to.

use clap::Args;

#[derive(Debug, Args)]
pub struct AmplsArgs {
    /// Resource ID of Azure Monitor Private Link scope for Monitoring Addon.
    #[arg(long)]
    pub ampls_resource_id: Option<String>,
}
