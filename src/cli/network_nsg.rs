//! `azr network nsg create` and `network nsg rule create|update|show|delete`.

use clap::Args;

use super::generic_update::GenericUpdateArgs;
use super::network_vnet::child_targets;
use crate::error::Result;
use crate::spec::generic_update::GenericUpdate;
use crate::spec::ids::Targets;
use crate::spec::network::{self, resource_name};
use crate::spec::tags;
use crate::spec::vnet::{
    ACCESS, DIRECTION, NetworkRef, NsgCreate, PROTOCOL, RuleCreate, RuleProps, aaz_int, enum_arg,
};

const RULE_CREATE: &str = "network nsg rule create";
const RULE_UPDATE: &str = "network nsg rule update";
const ASG_KIND: &str = "applicationSecurityGroups";

#[derive(Debug, Args)]
pub struct NsgCreateArgs {
    /// Name of the network security group.
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

impl NsgCreateArgs {
    pub fn into_spec(self) -> Result<NsgCreate> {
        Ok(NsgCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            name: resource_name(&self.name, "--name")?,
            location: self.location.filter(|l| !l.is_empty()),
            tags: self.tags.map(|t| tags::parse_tags(&t)),
            no_wait: self.no_wait,
        })
    }
}

/// The rule properties `create` and `update` share.
#[derive(Debug, Args)]
pub struct RulePropArgs {
    /// Network traffic is allowed or denied.  Allowed values: Allow, Deny.
    #[arg(long, value_parser = ["Allow", "Deny"], ignore_case = true)]
    pub access: Option<String>,
    /// Description for this rule. Restricted to 140 chars.
    #[arg(long)]
    pub description: Option<String>,
    /// Direction of the rule.  Allowed values: Inbound, Outbound.
    #[arg(long, value_parser = ["Inbound", "Outbound"], ignore_case = true)]
    pub direction: Option<String>,
    /// Network protocol this rule applies to.  Allowed values: *, Ah, Esp, Icmp, Tcp, Udp.
    #[arg(long, value_parser = ["*", "Ah", "Esp", "Icmp", "Tcp", "Udp"], ignore_case = true)]
    pub protocol: Option<String>,
    /// Space-separated list of CIDR prefixes or IP ranges, or one of 'VirtualNetwork',
    /// 'AzureLoadBalancer', 'Internet' or '*', or a service tag.
    #[arg(long, num_args = 1..)]
    pub source_address_prefixes: Option<Vec<String>>,
    /// Space-separated list of ports or port ranges between 0-65535. Use '*' to match all ports.
    #[arg(long, num_args = 1..)]
    pub source_port_ranges: Option<Vec<String>>,
    /// Space-separated list of application security group names or IDs.
    #[arg(long, num_args = 1..)]
    pub source_asgs: Option<Vec<String>>,
    /// Space-separated list of CIDR prefixes or IP ranges, or one of 'VirtualNetwork',
    /// 'AzureLoadBalancer', 'Internet' or '*', or a service tag.
    #[arg(long, num_args = 1..)]
    pub destination_address_prefixes: Option<Vec<String>>,
    /// Space-separated list of ports or port ranges between 0-65535. Use '*' to match all ports.
    #[arg(long, num_args = 1..)]
    pub destination_port_ranges: Option<Vec<String>>,
    /// Space-separated list of application security group names or IDs.
    #[arg(long, num_args = 1..)]
    pub destination_asgs: Option<Vec<String>>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// `--source-asgs`/`--destination-asgs`: names or ids; `null` clears them on update.
fn asgs(
    flag: &'static str,
    values: Option<Vec<String>>,
    nullable: bool,
) -> Option<Option<Vec<NetworkRef>>> {
    let values = values?;
    if nullable && values.len() == 1 && values[0] == "null" {
        return Some(None);
    }
    Some(Some(
        values
            .iter()
            .enumerate()
            .map(|(i, v)| NetworkRef::new(&format!("{flag}[{i}]"), ASG_KIND, v))
            .collect(),
    ))
}

impl RulePropArgs {
    fn into_props(
        self,
        command: &str,
        priority: Option<&str>,
        nullable: bool,
    ) -> Result<RuleProps> {
        let description = self
            .description
            .map(|d| (!(nullable && d == "null")).then_some(d));
        Ok(RuleProps {
            priority: priority.map(|p| aaz_int("--priority", p)).transpose()?,
            access: enum_arg(command, "--access", self.access.as_deref(), ACCESS)?,
            direction: enum_arg(command, "--direction", self.direction.as_deref(), DIRECTION)?,
            protocol: enum_arg(command, "--protocol", self.protocol.as_deref(), PROTOCOL)?,
            description,
            source_address_prefixes: self.source_address_prefixes,
            destination_address_prefixes: self.destination_address_prefixes,
            source_port_ranges: self.source_port_ranges,
            destination_port_ranges: self.destination_port_ranges,
            source_asgs: asgs("--source-asgs", self.source_asgs, nullable),
            destination_asgs: asgs("--destination-asgs", self.destination_asgs, nullable),
        })
    }
}

#[derive(Debug, Args)]
pub struct RuleCreateArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// Name of the network security group.
    #[arg(long)]
    pub nsg_name: String,
    /// Name of the network security group rule.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Priority of the rule. The value can be between 100 and 4096. The priority number must
    /// be unique for each rule in the collection. The lower the priority number, the higher
    /// the priority of the rule.
    #[arg(long)]
    pub priority: String,
    #[command(flatten)]
    pub props: RulePropArgs,
}

impl RuleCreateArgs {
    pub fn into_spec(self) -> Result<RuleCreate> {
        let no_wait = self.props.no_wait;
        let mut props = self
            .props
            .into_props(RULE_CREATE, Some(&self.priority), false)?;
        // az's defaults on create
        props.access.get_or_insert("Allow");
        props.direction.get_or_insert("Inbound");
        props.protocol.get_or_insert("*");
        props
            .source_address_prefixes
            .get_or_insert_with(|| vec!["*".into()]);
        props
            .destination_address_prefixes
            .get_or_insert_with(|| vec!["*".into()]);
        props
            .source_port_ranges
            .get_or_insert_with(|| vec!["*".into()]);
        props
            .destination_port_ranges
            .get_or_insert_with(|| vec!["80".into()]);
        Ok(RuleCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            nsg: resource_name(&self.nsg_name, "--nsg-name")?,
            name: resource_name(&self.name, "--name")?,
            props,
            no_wait,
        })
    }
}

/// `-g`, `--nsg-name` and `-n` of a rule, or `--ids`.
#[derive(Debug, Args)]
pub struct RuleTargetArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
    /// Name of the network security group.
    #[arg(long)]
    pub nsg_name: Option<String>,
    /// Name of the network security group rule.
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// One or more resource IDs (space-delimited). It should be a complete resource ID
    /// containing all information of 'Resource Id' arguments. You should provide either --ids
    /// or other 'Resource Id' arguments.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub ids: Option<Vec<String>>,
}

impl RuleTargetArgs {
    pub fn into_spec(self) -> Targets {
        child_targets(
            self.ids.as_deref(),
            self.resource_group.as_deref(),
            ("--nsg-name", self.nsg_name.as_deref()),
            self.name.as_deref(),
        )
    }
}

#[derive(Debug, Args)]
pub struct RuleShowArgs {
    #[command(flatten)]
    pub target: RuleTargetArgs,
}

#[derive(Debug, Args)]
pub struct RuleDeleteArgs {
    #[command(flatten)]
    pub target: RuleTargetArgs,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct RuleUpdateArgs {
    #[command(flatten)]
    pub target: RuleTargetArgs,
    /// Priority of the rule. The value can be between 100 and 4096.
    #[arg(long)]
    pub priority: Option<String>,
    #[command(flatten)]
    pub props: RulePropArgs,
    #[command(flatten)]
    pub generic: GenericUpdateArgs,
}

impl RuleUpdateArgs {
    pub fn into_spec(self) -> Result<(Targets, RuleProps, GenericUpdate, bool)> {
        let no_wait = self.props.no_wait;
        let props = self
            .props
            .into_props(RULE_UPDATE, self.priority.as_deref(), true)?;
        Ok((self.target.into_spec(), props, self.generic.0, no_wait))
    }
}
