//! Validated inputs of `network vnet`, `network vnet subnet`, `network nsg create` and
//! `network nsg rule`, with az's messages, and the AAZ argument kinds they use (booleans,
//! integers, names-or-ids).

use super::names::ResourceGroupName;
use super::network::choice;
use super::tags::Tags;
use crate::error::{AzError, Result};

/// An AAZ boolean argument (`--ddos-protection [true|false]`): a bare flag is true.
pub fn aaz_bool(command: &str, flag: &str, value: &str) -> Result<bool> {
    const ALLOWED: [&str; 10] = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"];
    let v = value.to_ascii_lowercase();
    match ALLOWED.iter().position(|a| *a == v) {
        Some(i) => Ok(i < 5),
        None => Err(AzError::invalid_choice(
            &format!("az {command}"),
            flag,
            value,
            &ALLOWED,
        )),
    }
}

/// An AAZ integer argument, with Python's `int()` message.
pub fn aaz_int(flag: &str, value: &str) -> Result<i64> {
    value.trim().parse().map_err(|_| {
        AzError::validation(format!(
            "Failed to parse '{flag}' argument: invalid literal for int() with base 10: '{value}'"
        ))
    })
}

/// A Microsoft.Network resource given by name (in the command's group and subscription) or by
/// id (`AAZResourceIdArgFormat`): `flag` names it in the error, `kind` is its type segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkRef {
    /// As az names it in the error: `--nsg`, `--destination-asgs[0]`.
    pub flag: String,
    pub kind: &'static str,
    pub value: String,
}

impl NetworkRef {
    pub fn new(flag: &str, kind: &'static str, value: &str) -> NetworkRef {
        NetworkRef {
            flag: flag.to_string(),
            kind,
            value: value.to_string(),
        }
    }

    fn template(&self) -> String {
        format!(
            "/subscriptions/{{subscription}}/resourceGroups/{{resource_group}}/providers/Microsoft.Network/{}/{{}}",
            self.kind
        )
    }

    /// The full id: a bare name fills the template; an id must have the template's segments.
    pub fn resolve(&self, subscription: &str, rg: &ResourceGroupName) -> Result<String> {
        let template = self.template();
        let expected: Vec<&str> = template.split('/').collect();
        let given: Vec<&str> = self.value.split('/').collect();
        if given.len() == 1 {
            return Ok(format!(
                "/subscriptions/{subscription}/resourceGroups/{}/providers/Microsoft.Network/{}/{}",
                rg.0, self.kind, self.value
            ));
        }
        let fits = given.len() == expected.len()
            && given
                .iter()
                .zip(&expected)
                .all(|(g, e)| e.starts_with('{') || g.eq_ignore_ascii_case(e));
        if !fits {
            return Err(AzError::validation(format!(
                "InvalidArgumentValue: {}: Invalid format: resource id should be in '{template}' format.",
                self.flag
            )));
        }
        Ok(self.value.clone())
    }
}

/// `az network vnet create`
#[derive(Debug, Clone, PartialEq)]
pub struct VnetCreate {
    pub resource_group: ResourceGroupName,
    pub name: String,
    pub location: Option<String>,
    pub address_prefixes: Vec<String>,
    pub subnet: Option<NewSubnet>,
    /// `--subnets` (ignored when `--subnet-name` is given: az's pre-operation replaces it).
    pub subnets: Option<Vec<super::vnet_subnets::SubnetElement>>,
    pub dns_servers: Option<Vec<String>>,
    /// `--bgp-community`: `bgpCommunities.virtualNetworkCommunity`.
    pub bgp_community: Option<String>,
    /// `--sgp`: `summarizedGatewayPrefixes`, an address space object (preview).
    pub summarized_gateway_prefixes: Option<serde_json::Value>,
    /// `--ipam-allocations`: `addressSpace.ipamPoolPrefixAllocations` (and then az sends
    /// `addressPrefixes: []`).
    pub ipam_allocations: Option<Vec<serde_json::Value>>,
    /// `--ddos-protection-plan`: `ddosProtectionPlan.id`.
    pub ddos_protection_plan: Option<NetworkRef>,
    pub ddos_protection: bool,
    pub vm_protection: bool,
    pub flow_timeout: Option<i64>,
    pub encryption: Option<bool>,
    /// `AllowUnencrypted` or `DropUnencrypted`.
    pub encryption_policy: Option<&'static str>,
    /// `Basic` or `Disabled`.
    pub pe_vnet_policies: Option<&'static str>,
    pub edge_zone: Option<String>,
    pub tags: Option<Tags>,
    pub no_wait: bool,
}

/// `--subnet-name` and its companions on `vnet create`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubnet {
    pub name: String,
    /// `--subnet-prefixes`; absent: a /24 (or the VNet's block when smaller) at the start of
    /// the first address prefix, as az computes it.
    pub prefixes: Option<Vec<String>>,
    pub nsg: Option<NetworkRef>,
}

impl NewSubnet {
    /// az's default subnet prefix: the first VNet prefix's address with /24, or its own mask
    /// when that is /24 or longer.
    pub fn default_prefix(vnet_prefix: &str) -> String {
        match vnet_prefix.split_once('/') {
            Some((address, mask)) => {
                let bits = mask.parse::<u32>().unwrap_or(24);
                if bits < 24 {
                    format!("{address}/24")
                } else {
                    format!("{address}/{mask}")
                }
            }
            None => vnet_prefix.to_string(),
        }
    }
}

/// The subnet properties `vnet subnet create|update` set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubnetProps {
    pub address_prefixes: Option<Vec<String>>,
    /// `Some(None)`: detach (`--nsg null` on update).
    pub nsg: Option<Option<NetworkRef>>,
    pub default_outbound: Option<bool>,
    pub ple_policies: Option<&'static str>,
    pub pls_policies: Option<&'static str>,
    /// `Some(None)`: detach (`--nat-gateway null` on update).
    pub nat_gateway: Option<Option<NetworkRef>>,
    pub route_table: Option<Option<NetworkRef>>,
    /// `--delegations`, as service names (`Microsoft.Sql/servers`); `Some(None)`: `null`.
    pub delegations: Option<Option<Vec<String>>>,
    /// `--service-endpoints`; `Some(None)`: `null` on update.
    pub service_endpoints: Option<Option<Vec<String>>>,
    /// `--endpoints`: whole `serviceEndpoints` elements; `Some(None)`: `null` on update.
    pub endpoints: Option<Option<Vec<serde_json::Value>>>,
    /// `--service-endpoint-policy` (names or ids); `Some(None)`: `null` on update.
    pub service_endpoint_policies: Option<Option<Vec<NetworkRef>>>,
    pub sharing_scope: Option<&'static str>,
    /// `--ipam-allocations`: `ipamPoolPrefixAllocations`; `Some(None)`: `null` on update.
    pub ipam_allocations: Option<Option<Vec<serde_json::Value>>>,
    /// What az warns about before it sends anything (the `--disable-*` spellings).
    pub warnings: Vec<&'static str>,
}

pub const DISABLE_PLE_WARNING: &str = "`--disable-private-endpoint-network-policies` will be deprecated in the future, if you wannadisable network policy for private endpoint, please use `--private-endpoint-network-policies Disabled` instead.";
pub const DISABLE_PLS_WARNING: &str = "`--disable-private-link-service-network-policies` will be deprecated in the future, if you wanna disable network policy for private link service, please use `--private-link-service-network-policies Disabled` instead.";

/// az's delegation name expansion: `Microsoft.Sql.servers` → `Microsoft.Sql/servers` (any
/// first part: az keeps only the second and third); anything with a `/` or another number of
/// dots is kept.
pub fn delegation_service(name: &str) -> String {
    let parts: Vec<&str> = name.split('.').collect();
    match parts.as_slice() {
        [_, service, kind] if !name.contains('/') => format!("Microsoft.{service}/{kind}"),
        _ => name.to_string(),
    }
}

/// `az network vnet subnet create`
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetCreate {
    pub resource_group: ResourceGroupName,
    pub vnet: String,
    pub name: String,
    pub props: SubnetProps,
    pub no_wait: bool,
}

/// `az network nsg create`
#[derive(Debug, Clone, PartialEq)]
pub struct NsgCreate {
    pub resource_group: ResourceGroupName,
    pub name: String,
    pub location: Option<String>,
    pub tags: Option<Tags>,
    pub no_wait: bool,
}

/// What `nsg rule create|update` set; on create the defaults are filled in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleProps {
    pub priority: Option<i64>,
    pub access: Option<&'static str>,
    pub direction: Option<&'static str>,
    pub protocol: Option<&'static str>,
    /// `Some(None)`: `--description null` on update.
    pub description: Option<Option<String>>,
    pub source_address_prefixes: Option<Vec<String>>,
    pub destination_address_prefixes: Option<Vec<String>>,
    pub source_port_ranges: Option<Vec<String>>,
    pub destination_port_ranges: Option<Vec<String>>,
    /// `Some(None)`: `--source-asgs null` on update.
    pub source_asgs: Option<Option<Vec<NetworkRef>>>,
    pub destination_asgs: Option<Option<Vec<NetworkRef>>>,
}

/// `az network nsg rule create`
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCreate {
    pub resource_group: ResourceGroupName,
    pub nsg: String,
    pub name: String,
    pub props: RuleProps,
    pub no_wait: bool,
}

pub const ACCESS: &[&str] = &["Allow", "Deny"];
pub const DIRECTION: &[&str] = &["Inbound", "Outbound"];
pub const PROTOCOL: &[&str] = &["*", "Ah", "Esp", "Icmp", "Tcp", "Udp"];

/// An AAZ enum argument, or `None` when absent.
pub fn enum_arg(
    command: &str,
    flag: &str,
    value: Option<&str>,
    allowed: &[&'static str],
) -> Result<Option<&'static str>> {
    value.map(|v| choice(command, flag, v, allowed)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bools_as_aaz() {
        assert!(aaz_bool("c", "--x", "Yes").unwrap());
        assert!(!aaz_bool("c", "--x", "0").unwrap());
        let e = aaz_bool("network vnet create", "--ddos-protection", "maybe").unwrap_err();
        assert_eq!(
            e.message,
            "az network vnet create: 'maybe' is not a valid value for '--ddos-protection'. Allowed values: true, t, yes, y, 1, false, f, no, n, 0."
        );
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn names_or_ids() {
        let rg = ResourceGroupName("rg".into());
        let r = NetworkRef::new("--nsg", "networkSecurityGroups", "n1");
        assert_eq!(
            r.resolve("s", &rg).unwrap(),
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n1"
        );
        let id = "/subscriptions/x/resourceGroups/other/providers/microsoft.network/networkSecurityGroups/n2";
        let r = NetworkRef::new("--nsg", "networkSecurityGroups", id);
        assert_eq!(r.resolve("s", &rg).unwrap(), id);
        let r = NetworkRef::new("--nsg", "networkSecurityGroups", "a/b");
        assert_eq!(
            r.resolve("s", &rg).unwrap_err().message,
            "InvalidArgumentValue: --nsg: Invalid format: resource id should be in '/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Network/networkSecurityGroups/{}' format."
        );
    }

    #[test]
    fn delegation_names_expand_as_az() {
        assert_eq!(
            delegation_service("Microsoft.Sql.servers"),
            "Microsoft.Sql/servers"
        );
        assert_eq!(
            delegation_service("x.Web.serverFarms"),
            "Microsoft.Web/serverFarms"
        );
        assert_eq!(
            delegation_service("Microsoft.Sql/servers"),
            "Microsoft.Sql/servers"
        );
        assert_eq!(delegation_service("Sql.servers"), "Sql.servers");
    }

    #[test]
    fn default_subnet_prefix() {
        assert_eq!(NewSubnet::default_prefix("10.0.0.0/16"), "10.0.0.0/24");
        assert_eq!(NewSubnet::default_prefix("10.0.0.0/26"), "10.0.0.0/26");
    }
}
