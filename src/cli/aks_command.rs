//! `azr aks command invoke|result` (az's run-command client) and `azr aks hostport check`.
//! Registered in `aks.rs` through one flattened variant.

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::aks_command::{self, CommandInvoke};
use crate::spec::names::{self, ResourceGroupName};

/// The `aks` subcommands defined here.
#[derive(Debug, Subcommand)]
pub enum AksExtraCommand {
    /// See detail usage in 'az aks command invoke', 'az aks command result'.
    Command(AksCommandArgs),
    /// Check which auto-assigned host ports the node pools' allowed host ports leave blocked.
    Hostport(AksHostportArgs),
    /// azr's own: each node's name, pool, public IP, the prefix it came from, its IP tags and
    /// the pool's allowed host ports.
    NodeIps(NodeIpsArgs),
}

#[derive(Debug, Args)]
pub struct NodeIpsArgs {
    #[command(flatten)]
    pub cluster: ClusterArgs,
    /// Only the nodes of this node pool.
    #[arg(long)]
    pub nodepool_name: Option<String>,
}

impl NodeIpsArgs {
    /// The cluster and the pool, if one was named.
    pub fn into_spec(self) -> Result<(crate::spec::aks::ClusterRef, Option<String>)> {
        let rg = self.cluster.group()?;
        let cluster = crate::spec::aks::ClusterRef {
            resource_group: rg.0,
            name: names::cluster_name(&self.cluster.name, "--name")?,
        };
        let pool = self
            .nodepool_name
            .map(|p| names::nodepool_name(&p, "--nodepool-name"))
            .transpose()?;
        Ok((cluster, pool))
    }
}

#[derive(Debug, Args)]
pub struct AksCommandArgs {
    #[command(subcommand)]
    pub command: AksRunCommand,
}

#[derive(Debug, Subcommand)]
pub enum AksRunCommand {
    /// Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well.
    Invoke(CommandInvokeArgs),
    /// Fetch result from previously triggered 'aks command invoke'.
    Result(CommandResultArgs),
}

#[derive(Debug, Args)]
pub struct ClusterArgs {
    /// Name of resource group. You can configure the default group using `az configure --defaults group=<name>`.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long = "name")]
    pub name: String,
}

impl ClusterArgs {
    pub fn group(&self) -> Result<ResourceGroupName> {
        names::resource_group(&self.resource_group, "--resource-group")
    }
}

#[derive(Debug, Args)]
pub struct CommandInvokeArgs {
    #[command(flatten)]
    pub cluster: ClusterArgs,
    /// Command or shell script you want to run.
    #[arg(short = 'c', long = "command")]
    pub command: Option<String>,
    /// Files to be used by the command, use '.' to attach the current folder.
    #[arg(short = 'f', long = "file", action = clap::ArgAction::Append)]
    pub file: Vec<String>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl CommandInvokeArgs {
    pub fn into_spec(self) -> Result<CommandInvoke> {
        let rg = self.cluster.group()?;
        aks_command::command_invoke(rg, self.cluster.name, self.command, self.file, self.no_wait)
    }
}

#[derive(Debug, Args)]
pub struct CommandResultArgs {
    #[command(flatten)]
    pub cluster: ClusterArgs,
    /// commandId returned from 'aks command invoke'.
    #[arg(short = 'i', long = "command-id")]
    pub command_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct AksHostportArgs {
    #[command(subcommand)]
    pub command: AksHostportCommand,
}

#[derive(Debug, Subcommand)]
pub enum AksHostportCommand {
    /// List pods whose host ports the node pool's allowed host ports do not open, and the
    /// --allowed-host-ports value that would open them (runs kubectl through run command).
    Check(ClusterArgs),
}
