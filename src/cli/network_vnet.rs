//! `azr network vnet create|show|list|delete` and `network vnet subnet
//! create|update|show|list|delete`.

use clap::{Args, Subcommand};

use super::generic_update::GenericUpdateArgs;
use super::network::{DeleteArgs, ExpandNamedArgs, PagedListArgs, PagingArgs};
use crate::error::{AzError, Result};
use crate::spec::gateway_prefixes::summarized_gateway_prefixes;
use crate::spec::generic_update::GenericUpdate;
use crate::spec::ids::{self, IdArg, Part, Required, Targets};
use crate::spec::ipam_allocations::ipam_allocations;
use crate::spec::names::ResourceGroupName;
use crate::spec::network::{self, resource_name};
use crate::spec::paging::Paging;
use crate::spec::subnet_endpoints;
use crate::spec::tags;
use crate::spec::vnet::{
    DISABLE_PLE_WARNING, DISABLE_PLS_WARNING, NetworkRef, NewSubnet, SubnetCreate, SubnetProps,
    VnetCreate, aaz_bool, aaz_int, delegation_service, enum_arg,
};
use crate::spec::vnet_subnets;
use serde_json::Value;

const VNET_CREATE: &str = "network vnet create";
const SUBNET_CREATE: &str = "network vnet subnet create";
const SUBNET_UPDATE: &str = "network vnet subnet update";
const NSG_KIND: &str = "networkSecurityGroups";

#[derive(Debug, Args)]
pub struct VnetArgs {
    #[command(subcommand)]
    pub command: VnetCommand,
}

#[derive(Debug, Subcommand)]
pub enum VnetCommand {
    /// Create a virtual network.
    Create(Box<VnetCreateArgs>),
    /// Get the details of a virtual network.
    Show(ExpandNamedArgs),
    /// List virtual networks.
    List(PagedListArgs),
    /// Delete a virtual network.
    Delete(DeleteArgs),
    /// Manage subnets in an Azure Virtual Network.
    Subnet(Box<SubnetArgs>),
}

#[derive(Debug, Args)]
pub struct VnetCreateArgs {
    /// The virtual network (VNet) name.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// Resource location. Defaults to the resource group's location.
    #[arg(short = 'l', long)]
    pub location: Option<String>,
    /// Space-separated list of IP address prefixes for the VNet.  Default: 10.0.0.0/16.
    #[arg(long, num_args = 1..)]
    pub address_prefixes: Option<Vec<String>>,
    /// Name of a new subnet to create within the VNet.
    #[arg(long)]
    pub subnet_name: Option<String>,
    /// Space-separated list of address prefixes in CIDR format for the new subnet. If omitted,
    /// automatically reserves a /24 (or as large as available) block within the VNet address
    /// space.
    #[arg(long, num_args = 1..)]
    pub subnet_prefixes: Option<Vec<String>>,
    /// Name or ID of a network security group (NSG).
    #[arg(long = "nsg", visible_alias = "network-security-group")]
    pub nsg: Option<String>,
    /// A list of subnets (AAZ shorthand syntax or JSON); `--subnet-name` replaces it, as in az.
    #[arg(long, num_args = 1..)]
    pub subnets: Option<Vec<String>>,
    /// Space-separated list of DNS server IP addresses.
    #[arg(long, num_args = 1..)]
    pub dns_servers: Option<Vec<String>>,
    /// The BGP community associated with the virtual network.
    #[arg(long)]
    pub bgp_community: Option<String>,
    /// A configurable list of summarized gateway prefixes advertised for the virtual network
    /// (preview; AAZ shorthand syntax or JSON).
    #[arg(long, num_args = 1..)]
    pub sgp: Option<Vec<String>>,
    /// The long spelling of `--sgp` (az names the spelling used in its errors).
    #[arg(long, num_args = 1..)]
    pub summarized_gateway_prefixes: Option<Vec<String>>,
    /// A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID
    /// [0].number-of-ip-addresses=N`.
    #[arg(long, num_args = 1..)]
    pub ipam_allocations: Option<Vec<String>>,
    /// The long spelling of `--ipam-allocations` (az names the spelling used in its errors).
    #[arg(long, num_args = 1..)]
    pub ipam_pool_prefix_allocations: Option<Vec<String>>,
    /// Name or ID of a DDoS protection plan to associate with the VNet.
    #[arg(long)]
    pub ddos_protection_plan: Option<String>,
    /// Control whether DDoS protection is enabled.  Allowed values: false, true.  Default: false.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub ddos_protection: Option<String>,
    /// Enable VM protection for all subnets in the VNet.  Allowed values: false, true.
    /// Default: false.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub vm_protection: Option<String>,
    /// The FlowTimeout value (in minutes) for the Virtual Network.
    #[arg(long)]
    pub flowtimeout: Option<String>,
    /// Enable encryption on the virtual network.  Allowed values: false, true.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub enable_encryption: Option<String>,
    /// To control if the Virtual Machine without encryption is allowed in encrypted Virtual
    /// Network or not.  Allowed values: AllowUnencrypted, DropUnencrypted.
    #[arg(
        long = "encryption-enforcement-policy",
        visible_alias = "encryption-policy", value_parser = ["AllowUnencrypted", "DropUnencrypted"], ignore_case = true)]
    pub encryption_policy: Option<String>,
    /// Private Endpoint VNet Policies.  Allowed values: Basic, Disabled.
    #[arg(
        long = "private-endpoint-vnet-policies",
        visible_alias = "pe-vnet-policies", value_parser = ["Basic", "Disabled"], ignore_case = true)]
    pub pe_vnet_policies: Option<String>,
    /// The name of edge zone.
    #[arg(long)]
    pub edge_zone: Option<String>,
    /// Space-separated tags: key[=value] [key[=value] ...].
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// Both spellings of `--ipam-allocations`, applied in the order az applies them (the short
/// one's values, then the long one's).
fn ipam_values(
    short: Option<Vec<String>>,
    long: Option<Vec<String>>,
    nullable: bool,
) -> Result<Option<Option<Vec<Value>>>> {
    let mut out = None;
    for (option, values) in [
        ("--ipam-allocations", short),
        ("--ipam-pool-prefix-allocations", long),
    ] {
        if let Some(values) = values {
            out = ipam_allocations(option, &values, nullable)?.or(out);
        }
    }
    Ok(out)
}

fn opt_bool(command: &str, flag: &str, v: &Option<String>) -> Result<Option<bool>> {
    v.as_deref().map(|v| aaz_bool(command, flag, v)).transpose()
}

impl VnetCreateArgs {
    pub fn into_spec(self) -> Result<VnetCreate> {
        let c = VNET_CREATE;
        let ddos_protection = opt_bool(c, "--ddos-protection", &self.ddos_protection)?;
        let vm_protection = opt_bool(c, "--vm-protection", &self.vm_protection)?;
        let encryption = opt_bool(c, "--enable-encryption", &self.enable_encryption)?;
        let encryption_policy = enum_arg(
            c,
            "--encryption-enforcement-policy",
            self.encryption_policy.as_deref(),
            &["AllowUnencrypted", "DropUnencrypted"],
        )?;
        let pe_vnet_policies = enum_arg(
            c,
            "--pe-vnet-policies",
            self.pe_vnet_policies.as_deref(),
            &["Basic", "Disabled"],
        )?;
        let flow_timeout = self
            .flowtimeout
            .as_deref()
            .map(|v| aaz_int("--flowtimeout", v))
            .transpose()?;
        let mut gateway_prefixes = None;
        for (option, values) in [
            ("--sgp", &self.sgp),
            (
                "--summarized-gateway-prefixes",
                &self.summarized_gateway_prefixes,
            ),
        ] {
            if let Some(values) = values {
                let parsed = summarized_gateway_prefixes(option, values)?;
                // both spellings fill one object, field by field
                let merged = match (gateway_prefixes.take(), parsed) {
                    (Some(Value::Object(mut a)), Value::Object(b)) => {
                        a.extend(b);
                        Value::Object(a)
                    }
                    (_, b) => b,
                };
                gateway_prefixes = Some(merged);
            }
        }
        let ipam = ipam_values(
            self.ipam_allocations,
            self.ipam_pool_prefix_allocations,
            false,
        )?
        .flatten();
        let subnets = self
            .subnets
            .as_deref()
            .map(vnet_subnets::subnets)
            .transpose()?;
        let subnet = self.subnet_name.map(|name| NewSubnet {
            name,
            prefixes: self.subnet_prefixes,
            nsg: self
                .nsg
                .as_deref()
                .map(|v| NetworkRef::new("--nsg", NSG_KIND, v)),
        });
        Ok(VnetCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            name: resource_name(&self.name, "--name")?,
            location: self.location.filter(|l| !l.is_empty()),
            address_prefixes: self
                .address_prefixes
                .unwrap_or_else(|| vec!["10.0.0.0/16".into()]),
            subnet,
            subnets,
            dns_servers: self.dns_servers,
            bgp_community: self.bgp_community,
            summarized_gateway_prefixes: gateway_prefixes,
            ipam_allocations: ipam,
            ddos_protection_plan: self
                .ddos_protection_plan
                .as_deref()
                .map(|v| NetworkRef::new("--ddos-protection-plan", "ddosProtectionPlans", v)),
            ddos_protection: ddos_protection.unwrap_or(false),
            vm_protection: vm_protection.unwrap_or(false),
            flow_timeout,
            encryption,
            encryption_policy,
            pe_vnet_policies,
            edge_zone: self.edge_zone.filter(|z| !z.is_empty()),
            tags: self.tags.map(|t| tags::parse_tags(&t)),
            no_wait: self.no_wait,
        })
    }
}

#[derive(Debug, Args)]
pub struct SubnetArgs {
    #[command(subcommand)]
    pub command: SubnetCommand,
}

#[derive(Debug, Subcommand)]
pub enum SubnetCommand {
    /// Create a subnet and associate an existing NSG and route table.
    Create(SubnetCreateArgs),
    /// Update a subnet.
    Update(SubnetUpdateArgs),
    /// Show details of a subnet.
    Show(SubnetNamedArgs),
    /// List the subnets in a virtual network.
    List(SubnetListArgs),
    /// Delete a subnet.
    Delete(SubnetDeleteArgs),
}

/// The subnet properties `create` and `update` share.
#[derive(Debug, Args)]
pub struct SubnetPropArgs {
    /// Space-separated list of address prefixes in CIDR format.
    #[arg(long, num_args = 1..)]
    pub address_prefixes: Option<Vec<String>>,
    /// Name or ID of a network security group (NSG).
    #[arg(long = "nsg", visible_alias = "network-security-group")]
    pub nsg: Option<String>,
    /// Set this property to false to disable default outbound connectivity for all VMs in the
    /// subnet.  Allowed values: false, true.
    #[arg(long = "default-outbound-access", visible_alias = "default-outbound", num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub default_outbound: Option<String>,
    /// Manage network policies for private endpoint.  Allowed values: Disabled, Enabled,
    /// NetworkSecurityGroupEnabled, RouteTableEnabled.
    #[arg(
        long = "private-endpoint-network-policies",
        visible_alias = "ple-network-policies", value_parser = ["Disabled", "Enabled", "NetworkSecurityGroupEnabled", "RouteTableEnabled"], ignore_case = true)]
    pub ple_network_policies: Option<String>,
    /// Manage network policy for private link service.  Allowed values: Disabled, Enabled.
    #[arg(
        long = "private-link-service-network-policies",
        visible_alias = "pls-network-policies", value_parser = ["Disabled", "Enabled"], ignore_case = true)]
    pub pls_network_policies: Option<String>,
    /// Name or ID of a NAT gateway to attach.
    #[arg(long)]
    pub nat_gateway: Option<String>,
    /// Name or ID of a route table to associate with the subnet.
    #[arg(long)]
    pub route_table: Option<String>,
    /// Space-separated list of services to whom the subnet should be delegated, e.g.,
    /// Microsoft.Sql/servers.
    #[arg(long, num_args = 1..)]
    pub delegations: Option<Vec<String>>,
    /// Space-separated list of services allowed private access to this subnet.
    #[arg(long, num_args = 1..)]
    pub service_endpoints: Option<Vec<String>>,
    /// An array of service endpoints (AAZ shorthand syntax or JSON).
    #[arg(long, num_args = 1..)]
    pub endpoints: Option<Vec<String>>,
    /// Space-separated list of names or IDs of service endpoint policies to apply.
    #[arg(long, num_args = 1..)]
    pub service_endpoint_policy: Option<Vec<String>>,
    /// A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID
    /// [0].number-of-ip-addresses=N`.
    #[arg(long, num_args = 1..)]
    pub ipam_allocations: Option<Vec<String>>,
    /// The long spelling of `--ipam-allocations` (az names the spelling used in its errors).
    #[arg(long, num_args = 1..)]
    pub ipam_pool_prefix_allocations: Option<Vec<String>>,
    /// Set this property to Tenant to allow sharing subnet with other subscriptions in your
    /// AAD tenant.  Allowed values: DelegatedServices, Tenant.
    #[arg(long, value_parser = ["DelegatedServices", "Tenant"], ignore_case = true)]
    pub sharing_scope: Option<String>,
    /// Disable private endpoint network policies on the subnet.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub disable_private_endpoint_network_policies: Option<String>,
    /// Disable private link service network policies on the subnet.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"], ignore_case = true)]
    pub disable_private_link_service_network_policies: Option<String>,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// `--disable-*-network-policies`: true is `Disabled`, false `Enabled`.
fn disable_policies(command: &str, flag: &str, v: &Option<String>) -> Result<Option<&'static str>> {
    Ok(opt_bool(command, flag, v)?.map(|off| if off { "Disabled" } else { "Enabled" }))
}

/// A list flag of `update`, where `null` alone clears the property.
fn nullable_list(values: Option<Vec<String>>, nullable: bool) -> Option<Option<Vec<String>>> {
    let values = values?;
    if nullable && values.len() == 1 && values[0] == "null" {
        return Some(None);
    }
    Some(Some(values))
}

const PLE: &[&str] = &[
    "Disabled",
    "Enabled",
    "NetworkSecurityGroupEnabled",
    "RouteTableEnabled",
];

impl SubnetPropArgs {
    /// `update` is nullable: `--nsg null` detaches the NSG.
    fn into_props(self, command: &str, nullable: bool) -> Result<SubnetProps> {
        let reference = |flag: &str, kind: &'static str, v: Option<String>| {
            v.map(|v| (!(nullable && v == "null")).then(|| NetworkRef::new(flag, kind, &v)))
        };
        let nsg = reference("--nsg", NSG_KIND, self.nsg);
        let nat_gateway = reference("--nat-gateway", "natGateways", self.nat_gateway);
        let route_table = reference("--route-table", "routeTables", self.route_table);
        let disable_ple = disable_policies(
            command,
            "--disable-private-endpoint-network-policies",
            &self.disable_private_endpoint_network_policies,
        )?;
        let disable_pls = disable_policies(
            command,
            "--disable-private-link-service-network-policies",
            &self.disable_private_link_service_network_policies,
        )?;
        let ipam_allocations = ipam_values(
            self.ipam_allocations,
            self.ipam_pool_prefix_allocations,
            nullable,
        )?;
        let endpoints = self
            .endpoints
            .map(|values| subnet_endpoints::endpoints(&values, nullable))
            .transpose()?;
        // az's pre_operations, before its warnings
        if endpoints.is_some() && self.service_endpoints.is_some() {
            return Err(AzError::validation(
                "usage error: `--endpoints` and `--service-endpoints` cannot be used together, we prefer to use `endpoints` instead",
            ));
        }
        let mut warnings = Vec::new();
        if disable_ple.is_some() {
            warnings.push(DISABLE_PLE_WARNING);
        }
        if disable_pls.is_some() {
            warnings.push(DISABLE_PLS_WARNING);
        }
        Ok(SubnetProps {
            ipam_allocations,
            nat_gateway,
            route_table,
            delegations: nullable_list(self.delegations, nullable)
                .map(|d| d.map(|list| list.iter().map(|s| delegation_service(s)).collect())),
            service_endpoints: nullable_list(self.service_endpoints, nullable),
            endpoints,
            service_endpoint_policies: nullable_list(self.service_endpoint_policy, nullable).map(
                |list| {
                    list.map(|values| {
                        let flag = "--service-endpoint-policy";
                        let kind = "serviceEndpointPolicies";
                        let refs = values.iter().enumerate();
                        refs.map(|(i, v)| NetworkRef::new(&format!("{flag}[{i}]"), kind, v))
                            .collect()
                    })
                },
            ),
            sharing_scope: enum_arg(
                command,
                "--sharing-scope",
                self.sharing_scope.as_deref(),
                &["DelegatedServices", "Tenant"],
            )?,
            warnings,
            address_prefixes: self.address_prefixes,
            nsg,
            default_outbound: opt_bool(command, "--default-outbound", &self.default_outbound)?,
            // the `--disable-*` spellings win, as az assigns them last
            ple_policies: disable_ple.or(enum_arg(
                command,
                "--ple-network-policies",
                self.ple_network_policies.as_deref(),
                PLE,
            )?),
            pls_policies: disable_pls.or(enum_arg(
                command,
                "--pls-network-policies",
                self.pls_network_policies.as_deref(),
                &["Disabled", "Enabled"],
            )?),
        })
    }
}

#[derive(Debug, Args)]
pub struct SubnetCreateArgs {
    /// The subnet name.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// The virtual network (VNet) name.
    #[arg(long)]
    pub vnet_name: String,
    #[command(flatten)]
    pub props: SubnetPropArgs,
}

impl SubnetCreateArgs {
    pub fn into_spec(self) -> Result<SubnetCreate> {
        let no_wait = self.props.no_wait;
        let mut props = self.props.into_props(SUBNET_CREATE, false)?;
        // az's defaults on create
        props.ple_policies.get_or_insert("Disabled");
        props.pls_policies.get_or_insert("Enabled");
        Ok(SubnetCreate {
            resource_group: network::resource_group(&self.resource_group)?,
            vnet: resource_name(&self.vnet_name, "--vnet-name")?,
            name: resource_name(&self.name, "--name")?,
            props,
            no_wait,
        })
    }
}

/// `-g`, `--vnet-name` and `-n` of a subnet, or `--ids`.
#[derive(Debug, Args)]
pub struct SubnetTargetArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: Option<String>,
    /// The virtual network (VNet) name.
    #[arg(long)]
    pub vnet_name: Option<String>,
    /// The subnet name.
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// One or more resource IDs (space-delimited). It should be a complete resource ID
    /// containing all information of 'Resource Id' arguments. You should provide either --ids
    /// or other 'Resource Id' arguments.
    #[arg(long, num_args = 1.., value_name = "ID")]
    pub ids: Option<Vec<String>>,
}

impl SubnetTargetArgs {
    pub fn into_spec(self) -> Targets {
        child_targets(
            self.ids.as_deref(),
            self.resource_group.as_deref(),
            ("--vnet-name", self.vnet_name.as_deref()),
            self.name.as_deref(),
        )
    }
}

/// The targets of a command on a child resource (`--vnet-name`/`--nsg-name` and `-n`), in the
/// order az's AAZ command checks them.
pub fn child_targets(
    ids: Option<&[String]>,
    rg: Option<&str>,
    parent: (&'static str, Option<&str>),
    name: Option<&str>,
) -> Targets {
    let args = [
        IdArg {
            option: "--resource-group",
            part: Part::ResourceGroup,
            value: rg,
        },
        IdArg {
            option: "-n",
            part: Part::ChildName,
            value: name,
        },
        IdArg {
            option: parent.0,
            part: Part::Name,
            value: parent.1,
        },
    ];
    ids::targets(ids, &args, Required::Aaz)
}

#[derive(Debug, Args)]
pub struct SubnetNamedArgs {
    #[command(flatten)]
    pub target: SubnetTargetArgs,
    /// Expands referenced resources.
    #[arg(long)]
    pub expand: Option<String>,
}

#[derive(Debug, Args)]
pub struct SubnetDeleteArgs {
    #[command(flatten)]
    pub target: SubnetTargetArgs,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct SubnetUpdateArgs {
    #[command(flatten)]
    pub target: SubnetTargetArgs,
    #[command(flatten)]
    pub props: SubnetPropArgs,
    #[command(flatten)]
    pub generic: GenericUpdateArgs,
}

impl SubnetUpdateArgs {
    pub fn into_spec(self) -> Result<(Targets, SubnetProps, GenericUpdate, bool)> {
        let no_wait = self.props.no_wait;
        let props = self.props.into_props(SUBNET_UPDATE, true)?;
        Ok((self.target.into_spec(), props, self.generic.0, no_wait))
    }
}

#[derive(Debug, Args)]
pub struct SubnetListArgs {
    /// Name of resource group.
    #[arg(short = 'g', long)]
    pub resource_group: String,
    /// The virtual network (VNet) name.
    #[arg(long)]
    pub vnet_name: String,
    #[command(flatten)]
    pub paging: PagingArgs,
}

impl SubnetListArgs {
    pub fn into_spec(self) -> Result<(ResourceGroupName, String, Paging)> {
        let paging = self.paging.into_spec()?;
        Ok((
            network::resource_group(&self.resource_group)?,
            resource_name(&self.vnet_name, "--vnet-name")?,
            paging,
        ))
    }
}
