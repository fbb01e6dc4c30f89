//! `azr aks machine list|show`

use clap::{Args, Subcommand};

use crate::error::{AzError, Result};
use crate::spec::aks::{self as spec, PoolRef};
use crate::spec::names;

#[derive(Debug, Args)]
pub struct MachineArgs {
    #[command(subcommand)]
    pub command: MachineCommand,
}

#[derive(Debug, Subcommand)]
pub enum MachineCommand {
    /// Get information about IP Addresses, Hostname for all machines in an agentpool.
    List(MachineListArgs),
    /// Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster.
    Show(MachineShowArgs),
}

#[derive(Debug, Args)]
pub struct MachineListArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(long)]
    pub cluster_name: String,
    /// Name of the agentpool of a managed cluster.
    #[arg(long)]
    pub nodepool_name: String,
}

impl MachineListArgs {
    pub fn into_spec(self) -> Result<PoolRef> {
        pool(
            &self.resource_group,
            &self.cluster_name,
            &self.nodepool_name,
        )
    }
}

#[derive(Debug, Args)]
pub struct MachineShowArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(long)]
    pub cluster_name: String,
    /// Name of the agentpool of a managed cluster.
    #[arg(long)]
    pub nodepool_name: String,
    /// Name of the machine in the agentpool of a managed cluster.
    #[arg(long)]
    pub machine_name: String,
}

impl MachineShowArgs {
    /// The pool and the machine's name.
    pub fn into_spec(self) -> Result<(PoolRef, String)> {
        let pool = pool(
            &self.resource_group,
            &self.cluster_name,
            &self.nodepool_name,
        )?;
        if self.machine_name.is_empty() {
            return Err(AzError::validation(
                "--machine-name '' is not a valid machine name: it must not be empty.",
            ));
        }
        Ok((pool, self.machine_name))
    }
}

/// az checks `--nodepool-name` with `validate_nodepool_name`; the name also goes into the URL.
fn pool(resource_group: &str, cluster_name: &str, nodepool_name: &str) -> Result<PoolRef> {
    let name = names::nodepool_name(nodepool_name, "--nodepool-name")?;
    Ok(PoolRef {
        resource_group: spec::resource_group(resource_group)?,
        cluster_name: names::cluster_name(cluster_name, "--cluster-name")?,
        name,
    })
}
