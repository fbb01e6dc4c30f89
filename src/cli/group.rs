//! `azr group ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::group::GroupCreate;
use crate::spec::{names, tags};

#[derive(Debug, Args)]
pub struct GroupArgs {
    #[command(subcommand)]
    pub command: GroupCommand,
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a new resource group.
    Create(GroupCreateArgs),
    /// Gets a resource group.
    Show(GroupNameArgs),
    /// List resource groups.
    List(GroupListArgs),
    /// Delete a resource group.
    Delete(GroupDeleteArgs),
}

#[derive(Debug, Args)]
pub struct GroupCreateArgs {
    /// Name of the new resource group.
    #[arg(
        short = 'n',
        long = "name",
        visible_alias = "resource-group",
        short_alias = 'g'
    )]
    pub name: String,
    /// Location. Values from: `az account list-locations`.
    #[arg(short = 'l', long)]
    pub location: String,
    /// Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags.
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// The ID of the resource that manages this resource group.
    #[arg(long)]
    pub managed_by: Option<String>,
}

impl GroupCreateArgs {
    pub fn into_spec(self) -> Result<GroupCreate> {
        Ok(GroupCreate {
            name: names::resource_group(&self.name, "--name")?,
            location: self.location,
            tags: self.tags.map(|t| tags::parse_tags(&t)),
            managed_by: self.managed_by,
        })
    }
}

#[derive(Debug, Args)]
pub struct GroupNameArgs {
    /// Name of resource group.
    #[arg(
        short = 'n',
        long = "name",
        visible_alias = "resource-group",
        short_alias = 'g'
    )]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct GroupListArgs {
    /// Filter by tag: key[=value].
    #[arg(long)]
    pub tag: Option<String>,
}

#[derive(Debug, Args)]
pub struct GroupDeleteArgs {
    /// Name of resource group.
    #[arg(
        short = 'n',
        long = "name",
        visible_alias = "resource-group",
        short_alias = 'g'
    )]
    pub name: String,
    /// Do not prompt for confirmation.
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// The resource types you want to force delete.
    #[arg(short = 'f', long, value_parser = ["Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets", "Microsoft.Databricks/workspaces"])]
    pub force_deletion_types: Option<String>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}
