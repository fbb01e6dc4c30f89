//! `azr network ...`: public IP prefixes, application security groups, network security groups,
//! virtual networks (`network_vnet.rs`); NSG and rule creation in `network_nsg.rs`.

use clap::{Args, Subcommand};

use crate::cli::split_list;
use crate::error::Result;
use crate::spec::ids::{self, IdArg, Part, Required, Targets};
use crate::spec::names::ResourceGroupName;
use crate::spec::network::{
    self, AsgCreate, PublicIpPrefixCreate, choice, prefix_length, resource_name,
};
use crate::spec::paging::Paging;
use crate::spec::tags;
use crate::spec::vnet::NetworkRef;

#[derive(Debug, Args)]
pub struct NetworkArgs {
    #[command(subcommand)]
    pub command: NetworkCommand,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Manage public IP addresses.
    PublicIp(PublicIpArgs),
    /// Manage application security groups (ASGs).
    Asg(AsgArgs),
    /// Manage Azure Network Security Groups (NSGs).
    Nsg(NsgArgs),
    /// Manage Azure Virtual Networks.
    Vnet(super::network_vnet::VnetArgs),
}

#[derive(Debug, Args)]
pub struct PublicIpArgs {
    #[command(subcommand)]
    pub command: PublicIpCommand,
}

#[derive(Debug, Subcommand)]
pub enum PublicIpCommand {
    /// Manage public IP prefix resources.
    Prefix(PrefixArgs),
}

#[derive(Debug, Args)]
pub struct PrefixArgs {
    #[command(subcommand)]
    pub command: PrefixCommand,
}

#[derive(Debug, Subcommand)]
pub enum PrefixCommand {
    /// Create a public IP prefix resource.
    // `--version` is az's IP version flag here, not the program version.
    #[command(disable_version_flag = true)]
    Create(Box<PrefixCreateArgs>),
    /// Get the details of a public IP prefix resource.
    Show(ExpandNamedArgs),
    /// List public IP prefix resources.
    List(PagedListArgs),
    /// Delete a public IP prefix resource.
    Delete(DeleteArgs),
}

/// `-g` and `-n` of a resource, or `--ids`.
#[derive(Debug, Args)]
pub struct NamedArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
    /// The name of the resource.
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// One or more resource IDs (space-delimited). It should be a complete resource ID
    /// containing all information of 'Resource Id' arguments. You should provide either --ids
    /// or other 'Resource Id' arguments.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub ids: Option<Vec<String>>,
}

impl NamedArgs {
    /// AAZ commands: az names these `-n` and `--resource-group` in its messages, in this order.
    pub fn into_spec(self) -> Targets {
        let args = [
            IdArg {
                option: "-n",
                part: Part::Name,
                value: self.name.as_deref(),
            },
            IdArg {
                option: "--resource-group",
                part: Part::ResourceGroup,
                value: self.resource_group.as_deref(),
            },
        ];
        ids::targets(self.ids.as_deref(), &args, Required::Aaz)
    }
}

/// `show` of a resource that takes az's `--expand`.
#[derive(Debug, Args)]
pub struct ExpandNamedArgs {
    #[command(flatten)]
    pub target: NamedArgs,
    /// Expands referenced resources.
    #[arg(long)]
    pub expand: Option<String>,
}

/// `list` with az's Pagination arguments.
#[derive(Debug, Args)]
pub struct PagedListArgs {
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub paging: PagingArgs,
}

/// `--max-items` and `--next-token` (AAZ's Pagination arguments).
#[derive(Debug, Args)]
pub struct PagingArgs {
    /// Total number of items to return in the command's output.
    #[arg(long)]
    pub max_items: Option<String>,
    /// Token to specify where to start paginating.
    #[arg(long)]
    pub next_token: Option<String>,
}

impl ExpandNamedArgs {
    pub fn into_spec(self) -> (Targets, Option<String>) {
        (self.target.into_spec(), self.expand)
    }
}

impl PagedListArgs {
    pub fn into_spec(self) -> Result<(Option<ResourceGroupName>, Paging)> {
        let paging = self.paging.into_spec()?;
        Ok((self.list.into_spec()?, paging))
    }
}

impl PagingArgs {
    pub fn into_spec(self) -> Result<Paging> {
        Paging::parse(self.max_items.as_deref(), self.next_token.as_deref())
    }
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub target: NamedArgs,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Name of resource group. Lists the whole subscription when omitted.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
}

impl ListArgs {
    pub fn into_spec(self) -> Result<Option<ResourceGroupName>> {
        self.resource_group
            .as_deref()
            .map(network::resource_group)
            .transpose()
    }
}

const PREFIX_CREATE: &str = "network public-ip prefix create";

#[derive(Debug, Args)]
pub struct PrefixCreateArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// The name of the public IP prefix.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Location. Defaults to the resource group's location.
    #[arg(short = 'l', long)]
    pub location: Option<String>,
    /// Length of the prefix (i.e. `XX.XX.XX.XX/<Length>`).
    #[arg(long)]
    pub length: Option<String>,
    /// IP address type.  Allowed values: IPv4, IPv6.  Default: IPv4.
    #[arg(long)]
    pub version: Option<String>,
    /// Name of a public IP prefix SKU.  Allowed values: Standard, StandardV2.  Default: Standard.
    #[arg(long)]
    pub sku: Option<String>,
    /// Tier of a public IP prefix SKU.  Allowed values: Global, Regional.
    #[arg(long)]
    pub tier: Option<String>,
    /// Space-separated list of availability zones into which to provision the resource.
    /// Allowed values: 1, 2, 3.
    #[arg(short = 'z', long, num_args = 1..)]
    pub zone: Option<Vec<String>>,
    /// Space-separated tags: key[=value] [key[=value] ...].
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// The list of tags associated with the public IP prefix in 'TYPE=VAL' format.
    #[arg(long, num_args = 1..)]
    pub ip_tags: Option<Vec<String>>,
    /// The name of edge zone.
    #[arg(long)]
    pub edge_zone: Option<String>,
    /// The resource ID of the first party service tag associated with the IP tag.
    #[arg(long = "first-party-service-tag-id", visible_alias = "fpst-id")]
    pub fpst_id: Option<String>,
    /// A custom prefix from which the public prefix derived.
    #[arg(long)]
    pub custom_ip_prefix_name: Option<String>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl PrefixCreateArgs {
    pub fn into_spec(self) -> Result<PublicIpPrefixCreate> {
        let version = match &self.version {
            Some(v) => choice(PREFIX_CREATE, "--version", v, &["IPv4", "IPv6"])?,
            None => "IPv4",
        };
        let sku = match &self.sku {
            Some(v) => choice(PREFIX_CREATE, "--sku", v, &["Standard", "StandardV2"])?,
            None => "Standard",
        };
        let tier = self
            .tier
            .as_deref()
            .map(|v| choice(PREFIX_CREATE, "--tier", v, &["Global", "Regional"]))
            .transpose()?;
        let zones = split_list(&self.zone.unwrap_or_default())
            .iter()
            .map(|z| choice(PREFIX_CREATE, "--zone", z, &["1", "2", "3"]).map(str::to_string))
            .collect::<Result<Vec<_>>>()?;
        Ok(PublicIpPrefixCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            name: resource_name(&self.name, "--name")?,
            location: self.location.filter(|l| !l.is_empty()),
            length: self
                .length
                .as_deref()
                .map(|l| prefix_length(l, version))
                .transpose()?,
            version,
            sku,
            tier,
            zones,
            tags: self.tags.map(|t| tags::parse_tags(&t)),
            ip_tags: self.ip_tags.as_deref().map(network::ip_tags).transpose()?,
            edge_zone: self.edge_zone.filter(|z| !z.is_empty()),
            first_party_service_tag: self.fpst_id.map(|v| {
                NetworkRef::new("--first-party-service-tag-id", "firstPartyServiceTags", &v)
            }),
            custom_ip_prefix: self
                .custom_ip_prefix_name
                .map(|v| NetworkRef::new("--custom-ip-prefix-name", "customIPPrefixes", &v)),
            no_wait: self.no_wait,
        })
    }
}

#[derive(Debug, Args)]
pub struct AsgArgs {
    #[command(subcommand)]
    pub command: AsgCommand,
}

#[derive(Debug, Subcommand)]
pub enum AsgCommand {
    /// Create an application security group.
    Create(AsgCreateArgs),
    /// Get details of an application security group.
    Show(NamedArgs),
    /// List all application security groups in a subscription.
    List(ListArgs),
    /// Delete an application security group.
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct AsgCreateArgs {
    /// Name of the new application security group resource.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// Location. Defaults to the resource group's location.
    #[arg(short = 'l', long)]
    pub location: Option<String>,
    /// Space-separated tags: key[=value] [key[=value] ...].
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl AsgCreateArgs {
    pub fn into_spec(self) -> Result<AsgCreate> {
        Ok(AsgCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            name: resource_name(&self.name, "--name")?,
            location: self.location.filter(|l| !l.is_empty()),
            tags: self.tags.map(|t| tags::parse_tags(&t)),
            no_wait: self.no_wait,
        })
    }
}

#[derive(Debug, Args)]
pub struct NsgArgs {
    #[command(subcommand)]
    pub command: NsgCommand,
}

#[derive(Debug, Subcommand)]
pub enum NsgCommand {
    /// Create a network security group.
    Create(super::network_nsg::NsgCreateArgs),
    /// Delete a network security group.
    Delete(DeleteArgs),
    /// List network security groups.
    List(ListArgs),
    /// Get information about a network security group.
    Show(ExpandNamedArgs),
    /// Manage network security group rules.
    Rule(Box<NsgRuleArgs>),
}

#[derive(Debug, Args)]
pub struct NsgRuleArgs {
    #[command(subcommand)]
    pub command: NsgRuleCommand,
}

#[derive(Debug, Subcommand)]
pub enum NsgRuleCommand {
    /// Create a network security group rule.
    Create(super::network_nsg::RuleCreateArgs),
    /// Update a network security group rule.
    Update(super::network_nsg::RuleUpdateArgs),
    /// Get the details of a network security group rule.
    Show(super::network_nsg::RuleShowArgs),
    /// Delete a network security group rule.
    Delete(super::network_nsg::RuleDeleteArgs),
    /// List all rules in a network security group.
    List(NsgRuleListArgs),
}

#[derive(Debug, Args)]
pub struct NsgRuleListArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// Name of the network security group.
    #[arg(long)]
    pub nsg_name: String,
    /// Include default security rules in the output.
    #[arg(long)]
    pub include_default: bool,
}

impl NsgRuleListArgs {
    pub fn into_spec(self) -> Result<(ResourceGroupName, String, bool)> {
        Ok((
            network::resource_group(&self.resource_group)?,
            resource_name(&self.nsg_name, "--nsg-name")?,
            self.include_default,
        ))
    }
}
