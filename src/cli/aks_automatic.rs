//! The hosted system flags of `aks create` (a Managed System Pool for an Automatic cluster;
//! spec: `spec::cluster_automatic`).

use clap::Args;

use crate::spec::cluster_automatic::AutomaticInput;

#[derive(Debug, Args)]
pub struct CreateAutomaticArgs {
    /// Let AKS run the system node pool (Automatic clusters only).
    #[arg(long)]
    pub enable_hosted_system: bool,
    /// The subnet of the hosted system nodes, in the user's own virtual network.
    #[arg(long)]
    pub system_node_subnet_id: Option<String>,
    /// The subnet of the user's nodes, in the same virtual network.
    #[arg(long)]
    pub node_subnet_id: Option<String>,
}

impl CreateAutomaticArgs {
    pub fn into_input(self) -> AutomaticInput {
        AutomaticInput {
            enable_hosted_system: self.enable_hosted_system,
            system_node_subnet_id: self.system_node_subnet_id,
            node_subnet_id: self.node_subnet_id,
        }
    }
}
