//! `azr vmss ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::ids::{self, IdArg, Part, Required, Targets};
use crate::spec::names::ResourceGroupName;
use crate::spec::network::resource_group;
use crate::spec::paging::Paging;

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
    #[command(flatten)]
    pub paging: super::network::PagingArgs,
}

impl VmssListArgs {
    pub fn into_spec(self) -> Result<(Option<ResourceGroupName>, Paging)> {
        let paging = self.paging.into_spec()?;
        let rg = self
            .resource_group
            .as_deref()
            .map(resource_group)
            .transpose()?;
        Ok((rg, paging))
    }
}

#[derive(Debug, Args)]
pub struct VmssNamedArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
    /// Scale set name.
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// One or more resource IDs (space-delimited). It should be a complete resource ID
    /// containing all information of 'Resource Id' arguments. You should provide either --ids
    /// or other 'Resource Id' arguments.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub ids: Option<Vec<String>>,
}

impl VmssNamedArgs {
    /// az names these `--resource-group` and `--name` in its messages, in this order.
    pub fn into_spec(self) -> Targets {
        let args = [
            IdArg {
                option: "--resource-group",
                part: Part::ResourceGroup,
                value: self.resource_group.as_deref(),
            },
            IdArg {
                option: "--name",
                part: Part::Name,
                value: self.name.as_deref(),
            },
        ];
        ids::targets(self.ids.as_deref(), &args, Required::Arm)
    }
}
