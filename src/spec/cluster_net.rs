//! The networking flags of `aks update`: network profile (plugin, mode, dataplane, policy, pod
//! CIDR, IP families, outbound type, load balancer SKU and profile), the API server's access
//! profile and the static egress gateway. `validate` is az's argument validators
//! (`_validators.py`); the getters' checks that need the cluster run in `arm::cluster_net`.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::pool_settings::canonical_choice;
use super::resource_id::is_valid_resource_id;
use crate::error::{AzError, Result};

pub const NETWORK_POLICIES_UPDATE: &[&str] = &["azure", "calico", "cilium", "none"];
pub const LOAD_BALANCER_SKUS_UPDATE: &[&str] = &["standard"];
pub const BACKEND_POOL_TYPES: &[&str] = &["nodeIP", "nodeIPConfiguration"];

/// The load balancer profile flags `aks create` and `aks update` share, as given.
#[derive(Debug, Clone, Default)]
pub struct LoadBalancerInput {
    pub managed_ipv6_count: Option<i64>,
    pub outbound_ips: Option<String>,
    pub outbound_ip_prefixes: Option<String>,
    pub outbound_ports: Option<i64>,
    pub idle_timeout: Option<i64>,
    pub backend_pool_type: Option<String>,
}

/// The networking flags of `aks update` as given (choices already checked by clap).
#[derive(Debug, Clone, Default)]
pub struct NetUpdateInput {
    pub ip_families: Option<String>,
    pub network_plugin: Option<String>,
    pub network_plugin_mode: Option<String>,
    pub network_dataplane: Option<String>,
    pub network_policy: Option<String>,
    pub pod_cidr: Option<String>,
    pub lb_managed_ip_count: Option<i64>,
    pub lb: LoadBalancerInput,
    pub load_balancer_sku: Option<String>,
    pub outbound_type: Option<String>,
    pub nat: NatGatewayInput,
    pub api_server_authorized_ip_ranges: Option<String>,
    pub enable_public_fqdn: bool,
    pub disable_public_fqdn: bool,
    pub private_dns_zone: Option<String>,
    pub enable_apiserver_vnet_integration: bool,
    pub apiserver_subnet_id: Option<String>,
    pub enable_private_cluster: bool,
    pub disable_private_cluster: bool,
    pub enable_static_egress_gateway: bool,
    pub disable_static_egress_gateway: bool,
}

/// The validated networking flags of `aks update`, in az's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetUpdate {
    pub ip_families: Option<Vec<String>>,
    pub network_plugin: Option<String>,
    pub network_plugin_mode: Option<String>,
    pub network_dataplane: Option<String>,
    pub network_policy: Option<String>,
    pub pod_cidr: Option<String>,
    pub lb_managed_ip_count: Option<i64>,
    pub lb_managed_ipv6_count: Option<i64>,
    /// `--load-balancer-outbound-ips`: the ids, split on commas and stripped.
    pub lb_outbound_ips: Option<Vec<String>>,
    pub lb_outbound_ip_prefixes: Option<Vec<String>>,
    pub lb_outbound_ports: Option<i64>,
    pub lb_idle_timeout: Option<i64>,
    pub lb_backend_pool_type: Option<String>,
    /// Lower case, as az's `get_load_balancer_sku` returns it.
    pub load_balancer_sku: Option<String>,
    pub outbound_type: Option<String>,
    pub nat: NatGateway,
    /// `--api-server-authorized-ip-ranges` split on commas (`""` gives an empty list: open).
    pub api_server_authorized_ip_ranges: Option<Vec<String>>,
    pub enable_public_fqdn: bool,
    pub disable_public_fqdn: bool,
    pub private_dns_zone: Option<String>,
    pub enable_apiserver_vnet_integration: bool,
    pub apiserver_subnet_id: Option<String>,
    pub enable_private_cluster: bool,
    pub disable_private_cluster: bool,
    pub enable_static_egress_gateway: bool,
    pub disable_static_egress_gateway: bool,
}

fn id_list(flag: &str, raw: Option<String>) -> Result<Option<Vec<String>>> {
    let Some(raw) = raw else { return Ok(None) };
    let ids: Vec<String> = raw.split(',').map(|x| x.trim().to_string()).collect();
    if ids.iter().any(String::is_empty) {
        return Err(AzError::validation(format!(
            "{flag} cannot contain whitespace"
        )));
    }
    Ok(Some(ids))
}

/// az's `extract_comma_separated_string` (no strip): `[]` for an empty string.
fn comma_list(raw: &str) -> Vec<String> {
    if raw.is_empty() {
        return Vec::new();
    }
    raw.split(',').map(str::to_string).collect()
}

/// Python's `str.split(",")` then `strip()` of each item, `[]` for an empty string.
fn split_stripped(raw: &str) -> Vec<String> {
    if raw.is_empty() {
        return Vec::new();
    }
    raw.split(',').map(|x| x.trim().to_string()).collect()
}

impl NetUpdateInput {
    /// az's argument validators for these flags, in `aks_update`'s signature order.
    pub fn validate(self) -> Result<NetUpdate> {
        let lb_outbound_ips = id_list("--load-balancer-outbound-ips", self.lb.outbound_ips)?;
        let nat = self.nat.validate(self.outbound_type.as_deref(), false)?;
        let lb_outbound_ip_prefixes = id_list(
            "--load-balancer-outbound-ip-prefixes",
            self.lb.outbound_ip_prefixes,
        )?;
        if let Some(p) = self.lb.outbound_ports {
            if p % 8 != 0 {
                return Err(AzError::validation(
                    "--load-balancer-allocated-ports must be a multiple of 8",
                ));
            }
            if !(0..=64000).contains(&p) {
                return Err(AzError::validation(
                    "--load-balancer-allocated-ports must be in the range [0,64000]",
                ));
            }
        }
        if self
            .lb
            .idle_timeout
            .is_some_and(|t| !(4..=100).contains(&t))
        {
            return Err(AzError::validation(
                "--load-balancer-idle-timeout must be in the range [4,100]",
            ));
        }
        if let Some(ranges) = self.api_server_authorized_ip_ranges.as_deref() {
            validate_ip_ranges(ranges)?;
        }
        if let Some(id) = self.apiserver_subnet_id.as_deref()
            && !id.is_empty()
            && !is_valid_resource_id(id)
        {
            return Err(AzError::validation(
                "--apiserver-subnet-id is not a valid Azure resource ID.",
            ));
        }
        let choice = |v: Option<String>, choices: &[&'static str]| {
            v.map(|v| canonical_choice(&v, choices).map_or(v, str::to_string))
        };
        Ok(NetUpdate {
            ip_families: self
                .ip_families
                .filter(|f| !f.is_empty())
                .map(|f| f.split(',').map(str::to_string).collect()),
            network_plugin: choice(
                self.network_plugin,
                super::cluster_settings::NETWORK_PLUGINS,
            ),
            network_plugin_mode: self.network_plugin_mode,
            network_dataplane: choice(
                self.network_dataplane,
                super::cluster_settings::NETWORK_DATAPLANES,
            ),
            network_policy: choice(self.network_policy, NETWORK_POLICIES_UPDATE),
            pod_cidr: self.pod_cidr,
            lb_managed_ip_count: self.lb_managed_ip_count,
            lb_managed_ipv6_count: self.lb.managed_ipv6_count,
            lb_outbound_ips,
            lb_outbound_ip_prefixes,
            lb_outbound_ports: self.lb.outbound_ports,
            lb_idle_timeout: self.lb.idle_timeout,
            lb_backend_pool_type: choice(self.lb.backend_pool_type, BACKEND_POOL_TYPES),
            load_balancer_sku: self
                .load_balancer_sku
                .map(|s| s.to_lowercase())
                .filter(|s| !s.is_empty()),
            outbound_type: choice(self.outbound_type, super::cluster_settings::OUTBOUND_TYPES),
            nat,
            api_server_authorized_ip_ranges: self
                .api_server_authorized_ip_ranges
                .as_deref()
                .map(split_stripped),
            enable_public_fqdn: self.enable_public_fqdn,
            disable_public_fqdn: self.disable_public_fqdn,
            private_dns_zone: self.private_dns_zone,
            enable_apiserver_vnet_integration: self.enable_apiserver_vnet_integration,
            apiserver_subnet_id: self.apiserver_subnet_id,
            enable_private_cluster: self.enable_private_cluster,
            disable_private_cluster: self.disable_private_cluster,
            enable_static_egress_gateway: self.enable_static_egress_gateway,
            disable_static_egress_gateway: self.disable_static_egress_gateway,
        })
    }
}

impl NetUpdate {
    /// az's `check_raw_parameters` for these flags: a truthy value, or (for the counts,
    /// timeouts, ports and authorized ranges) any given value.
    pub fn changes_anything(&self) -> bool {
        let truthy = |s: &Option<String>| s.as_ref().is_some_and(|s| !s.is_empty());
        self.ip_families.is_some()
            || truthy(&self.network_plugin)
            || truthy(&self.network_plugin_mode)
            || truthy(&self.network_dataplane)
            || truthy(&self.network_policy)
            || truthy(&self.pod_cidr)
            || self.lb_managed_ip_count.is_some()
            || self.lb_managed_ipv6_count.is_some()
            || self.lb_outbound_ips.is_some()
            || self.lb_outbound_ip_prefixes.is_some()
            || self.lb_outbound_ports.is_some()
            || self.lb_idle_timeout.is_some()
            || truthy(&self.lb_backend_pool_type)
            || self.load_balancer_sku.is_some()
            || truthy(&self.outbound_type)
            || self.nat.managed_ip_count.is_some()
            || self.nat.idle_timeout.is_some()
            || self.nat.managed_ipv6_count.is_some()
            || truthy(&self.nat.sku)
            || self.nat.outbound_ips.is_some()
            || self.nat.outbound_ip_prefixes.is_some()
            || self.api_server_authorized_ip_ranges.is_some()
            || self.enable_public_fqdn
            || self.disable_public_fqdn
            || truthy(&self.private_dns_zone)
            || self.enable_apiserver_vnet_integration
            || truthy(&self.apiserver_subnet_id)
            || self.enable_private_cluster
            || self.disable_private_cluster
            || self.enable_static_egress_gateway
            || self.disable_static_egress_gateway
    }
}

pub const NAT_GATEWAY_SKUS: &[&str] = &["Standard", "StandardV2"];

/// The NAT gateway flags of `aks create` and `aks update`, as given.
#[derive(Debug, Clone, Default)]
pub struct NatGatewayInput {
    pub managed_ip_count: Option<i64>,
    pub managed_ipv6_count: Option<i64>,
    pub idle_timeout: Option<i64>,
    pub sku: Option<String>,
    pub outbound_ips: Option<String>,
    pub outbound_ip_prefixes: Option<String>,
}

/// The NAT gateway flags, validated; the id lists split on commas, stripped, empties dropped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NatGateway {
    pub managed_ip_count: Option<i64>,
    pub managed_ipv6_count: Option<i64>,
    pub idle_timeout: Option<i64>,
    pub sku: Option<String>,
    pub outbound_ips: Option<Vec<String>>,
    pub outbound_ip_prefixes: Option<Vec<String>>,
}

const NAT_V2_ONLY: &str = "--nat-gateway-managed-outbound-ipv6-count, --nat-gateway-outbound-ips and --nat-gateway-outbound-ip-prefixes are only valid with --outbound-type managedNATGateway and --outbound-type-sku StandardV2";

impl NatGatewayInput {
    /// az's validators of the NAT gateway flags and of `--outbound-type` (its V2 checks),
    /// create's or update's.
    pub fn validate(self, outbound_type: Option<&str>, create: bool) -> Result<NatGateway> {
        for (flag, v, low, high) in [
            (
                "--nat-gateway-managed-outbound-ip-count",
                self.managed_ip_count,
                1,
                16,
            ),
            (
                "--nat-gateway-managed-outbound-ipv6-count",
                self.managed_ipv6_count,
                1,
                16,
            ),
            ("--nat-gateway-idle-timeout", self.idle_timeout, 4, 120),
        ] {
            if v.is_some_and(|v| !(low..=high).contains(&v)) {
                return Err(AzError::validation(format!(
                    "{flag} must be in the range [{low},{high}]"
                )));
            }
        }
        let nat_type = outbound_type.is_some_and(|t| t.eq_ignore_ascii_case("managedNATGateway"));
        let sku = self
            .sku
            .map(|s| canonical_choice(&s, NAT_GATEWAY_SKUS).map_or(s, str::to_string));
        if sku.is_some() {
            if create && !nat_type {
                return Err(AzError::validation(
                    "--outbound-type-sku is only valid with --outbound-type managedNATGateway; specify --outbound-type managedNATGateway explicitly.",
                ));
            }
            if !create && outbound_type.is_some() && !nat_type {
                return Err(AzError::validation(
                    "--outbound-type-sku is only valid with --outbound-type managedNATGateway.",
                ));
            }
        }
        let managed = self.managed_ip_count.is_some() || self.managed_ipv6_count.is_some();
        let byo = self.outbound_ips.is_some() || self.outbound_ip_prefixes.is_some();
        if managed && byo {
            return Err(AzError::validation(
                "--nat-gateway-managed-outbound-ip-count / --nat-gateway-managed-outbound-ipv6-count cannot be combined with --nat-gateway-outbound-ips / --nat-gateway-outbound-ip-prefixes. Choose either AKS-managed outbound IPs or your own outbound IPs/IP prefixes.",
            ));
        }
        if self.managed_ipv6_count.is_some() || byo {
            if create && (!nat_type || sku.as_deref() == Some("Standard")) {
                return Err(AzError::validation(format!(
                    "{NAT_V2_ONLY}; specify --outbound-type managedNATGateway explicitly."
                )));
            }
            let v2 = sku.as_deref() == Some("StandardV2");
            if !create && ((outbound_type.is_some() && !nat_type) || !v2) {
                return Err(AzError::validation(format!("{NAT_V2_ONLY}.")));
            }
        }
        let ids = |raw: Option<String>| {
            raw.map(|r| {
                r.split(',')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            })
        };
        Ok(NatGateway {
            managed_ip_count: self.managed_ip_count,
            managed_ipv6_count: self.managed_ipv6_count,
            idle_timeout: self.idle_timeout,
            sku,
            outbound_ips: ids(self.outbound_ips),
            outbound_ip_prefixes: ids(self.outbound_ip_prefixes),
        })
    }
}

impl NatGateway {
    /// az's `is_nat_gateway_profile_provided`.
    pub fn provided(&self) -> bool {
        self.managed_ip_count.is_some()
            || self.idle_timeout.is_some_and(|t| t != 0)
            || self.managed_ipv6_count.is_some()
            || self.outbound_ips.is_some()
            || self.outbound_ip_prefixes.is_some()
            || self.sku.is_some()
    }
}

/// The networking flags of `aks create` this module adds to the cluster-level ones
/// (`spec::cluster_settings`): the load balancer profile beyond the managed IPv4 count, the API
/// server access profile and the static egress gateway.
#[derive(Debug, Clone, Default)]
pub struct NetCreateInput {
    pub lb: LoadBalancerInput,
    pub nat: NatGatewayInput,
    pub ip_families: Option<String>,
    pub pod_cidrs: Option<String>,
    pub service_cidrs: Option<String>,
    pub api_server_authorized_ip_ranges: Option<String>,
    pub enable_private_cluster: bool,
    pub disable_public_fqdn: bool,
    pub private_dns_zone: Option<String>,
    pub enable_apiserver_vnet_integration: bool,
    pub apiserver_subnet_id: Option<String>,
    pub enable_static_egress_gateway: bool,
    pub edge_zone: Option<String>,
}

/// The validated networking flags of `aks create` (see `NetCreateInput`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetCreate {
    pub lb_managed_ipv6_count: Option<i64>,
    pub lb_outbound_ips: Option<Vec<String>>,
    pub lb_outbound_ip_prefixes: Option<Vec<String>>,
    pub lb_outbound_ports: Option<i64>,
    pub lb_idle_timeout: Option<i64>,
    pub lb_backend_pool_type: Option<String>,
    pub nat: NatGateway,
    /// `--ip-families`, `--pod-cidrs`, `--service-cidrs` split on commas (`""` gives `[]`).
    pub ip_families: Option<Vec<String>>,
    pub pod_cidrs: Option<Vec<String>>,
    pub service_cidrs: Option<Vec<String>>,
    /// Split on commas; `[]` when not given (az's create getter).
    pub api_server_authorized_ip_ranges: Vec<String>,
    pub enable_private_cluster: bool,
    pub disable_public_fqdn: bool,
    pub private_dns_zone: Option<String>,
    pub enable_apiserver_vnet_integration: bool,
    pub apiserver_subnet_id: Option<String>,
    pub enable_static_egress_gateway: bool,
    /// `--edge-zone` when not empty: the cluster's `extendedLocation`.
    pub edge_zone: Option<String>,
}

impl NetCreateInput {
    /// az's argument validators for these flags (the same as `aks update`'s, and create's
    /// for the NAT gateway); `outbound_type` is `--outbound-type` as given.
    pub fn validate(self, outbound_type: Option<&str>) -> Result<NetCreate> {
        let nat = self.nat.validate(outbound_type, true)?;
        let managed_ipv6_count = self.lb.managed_ipv6_count;
        let shared = NetUpdateInput {
            lb: self.lb,
            api_server_authorized_ip_ranges: self.api_server_authorized_ip_ranges,
            apiserver_subnet_id: self.apiserver_subnet_id,
            ..Default::default()
        }
        .validate()?;
        Ok(NetCreate {
            lb_managed_ipv6_count: managed_ipv6_count,
            lb_outbound_ips: shared.lb_outbound_ips,
            lb_outbound_ip_prefixes: shared.lb_outbound_ip_prefixes,
            lb_outbound_ports: shared.lb_outbound_ports,
            lb_idle_timeout: shared.lb_idle_timeout,
            lb_backend_pool_type: shared.lb_backend_pool_type,
            nat,
            ip_families: self.ip_families.as_deref().map(comma_list),
            pod_cidrs: self.pod_cidrs.as_deref().map(comma_list),
            service_cidrs: self.service_cidrs.as_deref().map(comma_list),
            api_server_authorized_ip_ranges: shared
                .api_server_authorized_ip_ranges
                .unwrap_or_default(),
            enable_private_cluster: self.enable_private_cluster,
            disable_public_fqdn: self.disable_public_fqdn,
            private_dns_zone: self.private_dns_zone,
            enable_apiserver_vnet_integration: self.enable_apiserver_vnet_integration,
            apiserver_subnet_id: shared.apiserver_subnet_id,
            enable_static_egress_gateway: self.enable_static_egress_gateway,
            edge_zone: self.edge_zone.filter(|z| !z.is_empty()),
        })
    }
}

impl NetCreate {
    /// The create getters' checks, in `set_up_network_profile` then
    /// `set_up_api_server_access_profile` order: the outbound type against the load balancer
    /// flags (`_get_outbound_type`), then the API server's flags. `outbound` is the outbound
    /// type az settles on (none for a basic load balancer).
    pub fn check_decorator_rules(
        &self,
        outbound: Option<&str>,
        basic_lb: bool,
        vnet_subnet_id: Option<&str>,
    ) -> Result<()> {
        if let (false, Some(t)) = (basic_lb, outbound)
            && t != "loadBalancer"
        {
            if self.lb_managed_ipv6_count.is_some_and(|n| n != 0)
                || self.lb_outbound_ips.is_some()
                || self.lb_outbound_ip_prefixes.is_some()
            {
                return Err(AzError::validation(format!(
                    "{t} type doesn't support customizing the standard load balancer ips"
                )));
            }
            if self.lb_idle_timeout.is_some_and(|n| n != 0)
                || self.lb_outbound_ports.is_some_and(|n| n != 0)
            {
                return Err(AzError::validation(format!(
                    "{t} type doesn't support customizing the standard load balancer config"
                )));
            }
        }
        let nat_tuned = self.nat.managed_ip_count.is_some_and(|n| n != 0)
            || self.nat.idle_timeout.is_some_and(|n| n != 0);
        if let (false, Some(t)) = (basic_lb, outbound)
            && t != "managedNATGateway"
            && nat_tuned
        {
            return Err(AzError::validation(format!(
                "{t} type doesn't support customizing the standard nat gateway ips"
            )));
        }
        let ranges = !self.api_server_authorized_ip_ranges.is_empty();
        let private = self.enable_private_cluster;
        let not_for_private =
            "--api-server-authorized-ip-ranges is not supported for private cluster";
        if ranges && basic_lb {
            return Err(AzError::validation(
                "--api-server-authorized-ip-ranges can only be used with standard load balancer",
            ));
        }
        if ranges && private {
            return Err(AzError::validation(not_for_private));
        }
        let zone = self.private_dns_zone.as_deref().filter(|z| !z.is_empty());
        if private {
            if basic_lb {
                return Err(AzError::validation(
                    "Please use standard load balancer for private cluster",
                ));
            }
        } else {
            if self.disable_public_fqdn {
                return Err(AzError::validation(
                    "--disable-public-fqdn should only be used with --enable-private-cluster",
                ));
            }
            if zone.is_some() {
                return Err(AzError::validation(
                    "Invalid private dns zone for public cluster. It should always be empty for public cluster",
                ));
            }
        }
        if let Some(z) = zone {
            let mode = z.eq_ignore_ascii_case("system") || z.eq_ignore_ascii_case("none");
            if !mode && !is_valid_resource_id(z) {
                return Err(AzError::validation(format!(
                    "{z} is not a valid Azure resource ID."
                )));
            }
        }
        if self
            .apiserver_subnet_id
            .as_deref()
            .is_some_and(|s| !s.is_empty())
        {
            if vnet_subnet_id.is_none() {
                return Err(AzError::validation(
                    "\"--apiserver-subnet-id\" requires \"--vnet-subnet-id\".",
                ));
            }
            if !self.enable_apiserver_vnet_integration {
                return Err(AzError::validation(
                    "\"--apiserver-subnet-id\" requires \"--enable-apiserver-vnet-integration\".",
                ));
            }
        }
        Ok(())
    }
}

/// az's `validate_ip_ranges`: IPv4 addresses or CIDRs (strict: no host bits), global ones,
/// `0.0.0.0/32` (agent nodes only) or `""` (open) each alone.
fn validate_ip_ranges(raw: &str) -> Result<()> {
    if raw.is_empty() {
        return Ok(());
    }
    let ranges: Vec<&str> = raw.split(',').map(str::trim).collect();
    if ranges.contains(&"0.0.0.0/32") && ranges.len() > 1 {
        return Err(AzError::validation(
            "Setting --api-server-authorized-ip-ranges to 0.0.0.0/32 is not allowed with other IP ranges.Refer to https://aka.ms/aks/whitelist for more details",
        ));
    }
    if ranges.contains(&"") && ranges.len() > 1 {
        return Err(AzError::validation(
            "--api-server-authorized-ip-ranges cannot be disabled and simultaneously enabled",
        ));
    }
    for r in ranges {
        if r == "0.0.0.0/32" || r.is_empty() {
            continue;
        }
        match parse_network(r) {
            Some(Network::V4(addr, len)) if !is_global_v4(addr, len) => {
                return Err(AzError::validation(
                    "--api-server-authorized-ip-ranges must be global non-reserved addresses or CIDRs",
                ));
            }
            Some(Network::V4(..)) => {}
            Some(Network::V6(addr)) if !is_global_v6(addr) => {
                return Err(AzError::validation(
                    "--api-server-authorized-ip-ranges must be global non-reserved addresses or CIDRs",
                ));
            }
            Some(Network::V6(_)) => {
                return Err(AzError::validation(
                    "--api-server-authorized-ip-ranges cannot be IPv6 addresses",
                ));
            }
            None => {
                return Err(AzError::validation(
                    "--api-server-authorized-ip-ranges should be a list of IPv4 addresses or CIDRs",
                ));
            }
        }
    }
    Ok(())
}

enum Network {
    V4(u32, u32),
    V6(Ipv6Addr),
}

/// Python's `ip_network(text)` (strict): an address, or an address with a prefix length and
/// no host bits set.
fn parse_network(text: &str) -> Option<Network> {
    let (addr, len) = match text.split_once('/') {
        Some((a, l)) if !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()) => {
            (a, Some(l.parse::<u32>().ok()?))
        }
        Some(_) => return None,
        None => (text, None),
    };
    if let Ok(v4) = addr.parse::<Ipv4Addr>() {
        let len = len.unwrap_or(32);
        if len > 32 {
            return None;
        }
        let bits = u32::from(v4);
        let host_mask = if len == 32 { 0 } else { u32::MAX >> len };
        return (bits & host_mask == 0).then_some(Network::V4(bits, len));
    }
    let v6 = addr.parse::<Ipv6Addr>().ok()?;
    let len = len.unwrap_or(128);
    if len > 128 {
        return None;
    }
    let bits = u128::from(v6);
    let host_mask = if len == 128 { 0 } else { u128::MAX >> len };
    (bits & host_mask == 0).then_some(Network::V6(v6))
}

/// Python 3.11's `IPv4Network.is_global`: outside 100.64.0.0/10 and not private (both ends of
/// the block inside one of the private ranges).
fn is_global_v4(net: u32, len: u32) -> bool {
    const PRIVATE: &[(u32, u32)] = &[
        (0x0000_0000, 8),
        (0x0A00_0000, 8),
        (0x7F00_0000, 8),
        (0xA9FE_0000, 16),
        (0xAC10_0000, 12),
        (0xC000_0000, 29),
        (0xC000_00AA, 31),
        (0xC000_0200, 24),
        (0xC0A8_0000, 16),
        (0xC612_0000, 15),
        (0xC633_6400, 24),
        (0xCB00_7100, 24),
        (0xF000_0000, 4),
        (0xFFFF_FFFF, 32),
    ];
    let inside = |a: u32, (base, l): (u32, u32)| {
        let mask = if l == 0 { 0 } else { u32::MAX << (32 - l) };
        a & mask == base
    };
    let last = net | if len == 32 { 0 } else { u32::MAX >> len };
    let private = |a: u32| PRIVATE.iter().any(|&p| inside(a, p));
    let shared = inside(net, (0x6440_0000, 10)) && len >= 10;
    let private_block = private(net) && private(last);
    !shared && !private_block
}

/// The IPv6 ranges Python does not call global (loopback, unspecified, link-local, unique
/// local, documentation, IPv4-mapped).
fn is_global_v6(a: Ipv6Addr) -> bool {
    let s = a.segments();
    !(a.is_loopback()
        || a.is_unspecified()
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] & 0xfe00) == 0xfc00
        || (s[0] == 0x2001 && s[1] == 0x0db8)
        || a.to_ipv4_mapped().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(f: impl FnOnce(&mut NetUpdateInput)) -> String {
        let mut i = NetUpdateInput::default();
        f(&mut i);
        i.validate().unwrap_err().message
    }

    #[test]
    fn az_argument_validators() {
        assert_eq!(
            err(|i| i.lb.outbound_ips = Some("a,,b".into())),
            "--load-balancer-outbound-ips cannot contain whitespace"
        );
        assert_eq!(
            err(|i| i.lb.outbound_ports = Some(9)),
            "--load-balancer-allocated-ports must be a multiple of 8"
        );
        assert_eq!(
            err(|i| i.lb.outbound_ports = Some(64008)),
            "--load-balancer-allocated-ports must be in the range [0,64000]"
        );
        assert_eq!(
            err(|i| i.lb.idle_timeout = Some(101)),
            "--load-balancer-idle-timeout must be in the range [4,100]"
        );
        assert_eq!(
            err(|i| i.apiserver_subnet_id = Some("subnet".into())),
            "--apiserver-subnet-id is not a valid Azure resource ID."
        );
    }

    #[test]
    fn authorized_ranges_as_python_reads_them() {
        for ok in [
            "",
            "20.1.2.3",
            "20.1.2.0/24",
            "0.0.0.0/32",
            " 20.1.2.3 ,52.0.0.0/8",
        ] {
            assert!(validate_ip_ranges(ok).is_ok(), "{ok}");
        }
        let msg = |r: &str| validate_ip_ranges(r).unwrap_err().message;
        assert!(msg("10.0.0.0/8").ends_with("must be global non-reserved addresses or CIDRs"));
        assert!(msg("20.1.2.3/24").ends_with("should be a list of IPv4 addresses or CIDRs"));
        assert!(msg("nope").ends_with("should be a list of IPv4 addresses or CIDRs"));
        assert!(msg("2603:1000::/32").ends_with("cannot be IPv6 addresses"));
        assert!(msg("0.0.0.0/32,20.1.2.3").starts_with("Setting --api-server"));
        assert!(msg("20.1.2.3,").ends_with("cannot be disabled and simultaneously enabled"));
    }

    #[test]
    fn spelling_and_changes() {
        let n = NetUpdateInput {
            network_policy: Some("Cilium".into()),
            ip_families: Some("IPv4,IPv6".into()),
            api_server_authorized_ip_ranges: Some(String::new()),
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert_eq!(n.network_policy.as_deref(), Some("cilium"));
        assert_eq!(n.ip_families, Some(vec!["IPv4".into(), "IPv6".into()]));
        assert_eq!(n.api_server_authorized_ip_ranges, Some(vec![]));
        assert!(n.changes_anything());
        assert!(!NetUpdate::default().changes_anything());
    }
}
