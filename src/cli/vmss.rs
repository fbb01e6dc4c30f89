//! `azr vmss ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::names::ResourceGroupName;
use crate::spec::network::{resource_group, resource_name};

#[derive(Debug, Args)]
pub struct VmssArgs {
    #[command(subcommand)]
    pub command: VmssCommand,
}

#[derive(Debug, Subcommand)]
pub enum VmssCommand {
    /// List all VMSS under a resource group.
    List(VmssListArgs),
    /// List public IP addresses of VM instances within a set.
    ListInstancePublicIps(VmssNamedArgs),
}

#[derive(Debug, Args)]
pub struct VmssListArgs {
    /// Name of resource group. Lists the whole subscription when omitted.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
}

impl VmssListArgs {
    pub fn into_spec(self) -> Result<Option<ResourceGroupName>> {
        self.resource_group
            .as_deref()
            .map(resource_group)
            .transpose()
    }
}

#[derive(Debug, Args)]
pub struct VmssNamedArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// Scale set name.
    #[arg(short = 'n', long)]
    pub name: String,
}

impl VmssNamedArgs {
    pub fn into_spec(self) -> Result<(ResourceGroupName, String)> {
        Ok((
            resource_group(&self.resource_group)?,
            resource_name(&self.name, "--name")?,
        ))
    }
}
