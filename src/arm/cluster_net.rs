//! The networking flags of `aks update` applied to the cluster as read (wire JSON), as az's
//! `AKSManagedClusterUpdateDecorator` does: `update` is its steps from
//! `update_outbound_type_in_network_profile` to `update_network_profile` (with the getters'
//! checks against the cluster), `update_static_egress_gateway` its late step of that name.

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_net::{NatGateway, NetCreate, NetUpdate};

const LOAD_BALANCER: &str = "loadBalancer";
const MANAGED_NAT_GATEWAY: &str = "managedNATGateway";

fn text<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

fn truthy(v: Option<i64>) -> bool {
    v.is_some_and(|n| n != 0)
}

/// The object at `key`, made (or replaced, when not an object) as the SDK's model
/// constructor would.
fn object_at<'a>(parent: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let slot = parent.entry(key).or_insert_with(|| json!({}));
    if !slot.is_object() {
        *slot = json!({});
    }
    match slot {
        Value::Object(m) => m,
        _ => unreachable!("made an object above"),
    }
}

fn network_profile(mc: &mut Value) -> Option<&mut Map<String, Value>> {
    mc.pointer_mut("/properties/networkProfile")
        .and_then(Value::as_object_mut)
}

/// The steps of az's update decorator from the outbound type to the network profile.
pub fn update(mc: &mut Value, net: &NetUpdate) -> Result<()> {
    // AKS always returns a network profile; az fails on one without it only when it has to
    // write into it, as here when a networking flag is given.
    if network_profile(mc).is_none() && !net.changes_anything() {
        return Ok(());
    }
    let outbound = outbound_type(mc, net)?;
    if let (Some(t), Some(np)) = (&outbound, network_profile(mc)) {
        np.insert("outboundType".into(), json!(t));
    }
    update_load_balancer_profile(mc, net, outbound.as_deref())?;
    update_nat_gateway_profile(mc, &net.nat, outbound.as_deref())?;
    update_api_server_access_profile(mc, net)?;
    update_network_plugin_settings(mc, net)?;
    update_ip_families_and_sku(mc, net)?;
    Ok(())
}

/// az's `_get_outbound_type` in update mode: the flag, else the cluster's; its checks against
/// the load balancer SKU, the first pool's subnet and the other outbound flags.
fn outbound_type(mc: &Value, net: &NetUpdate) -> Result<Option<String>> {
    let from_cluster = text(mc, "/properties/networkProfile/outboundType");
    let read_from_mc = net.outbound_type.is_none() && from_cluster.is_some();
    let mut outbound = net
        .outbound_type
        .clone()
        .or_else(|| from_cluster.map(str::to_string));
    let basic = lb_sku(mc, net).as_deref() == Some("basic");
    if !read_from_mc && !basic && outbound.is_none() {
        outbound = Some(LOAD_BALANCER.into());
    }
    let subnet = text(mc, "/properties/agentPoolProfiles/0/vnetSubnetID").filter(|s| !s.is_empty());
    let automatic = text(mc, "/sku/name").is_some_and(|n| n.eq_ignore_ascii_case("automatic"));
    if automatic && subnet.is_none() && !read_from_mc && outbound.as_deref() == Some(LOAD_BALANCER)
    {
        outbound = Some(MANAGED_NAT_GATEWAY.into());
    }
    if basic {
        if let (false, Some(t)) = (read_from_mc, &outbound) {
            return Err(AzError::validation(format!(
                "{t} doesn't support basic load balancer sku"
            )));
        }
        return Ok(outbound);
    }
    let t = outbound.as_deref().unwrap_or_default();
    if ["userDefinedRouting", "userAssignedNATGateway"].contains(&t)
        && !read_from_mc
        && subnet.is_none()
    {
        return Err(AzError::validation(format!(
            "Updating outbound type to {t} is only supported for clusters using a custom (BYO) virtual network. Managed VNet clusters cannot be updated to {t}. Please refer to https://learn.microsoft.com/en-us/azure/aks/egress-outboundtype#updating-outboundtype-after-cluster-creation for supported migration paths."
        )));
    }
    if t == MANAGED_NAT_GATEWAY && subnet.is_some() {
        return Err(AzError::validation(
            "--vnet-subnet-id, --system-node-subnet-id and --node-subnet-id cannot be specified for managedNATGateway",
        ));
    }
    if t != LOAD_BALANCER {
        if truthy(net.lb_managed_ip_count)
            || truthy(net.lb_managed_ipv6_count)
            || net.lb_outbound_ips.is_some()
            || net.lb_outbound_ip_prefixes.is_some()
        {
            return Err(AzError::validation(format!(
                "{t} type doesn't support customizing the standard load balancer ips"
            )));
        }
        if truthy(net.lb_idle_timeout) || truthy(net.lb_outbound_ports) {
            return Err(AzError::validation(format!(
                "{t} type doesn't support customizing the standard load balancer config"
            )));
        }
    }
    if t != MANAGED_NAT_GATEWAY
        && (truthy(net.nat.managed_ip_count) || truthy(net.nat.idle_timeout))
    {
        return Err(AzError::validation(format!(
            "{t} type doesn't support customizing the standard nat gateway ips"
        )));
    }
    Ok(outbound)
}

/// az's `_get_load_balancer_sku` (lower case): the flag, else the cluster's.
fn lb_sku(mc: &Value, net: &NetUpdate) -> Option<String> {
    net.load_balancer_sku
        .clone()
        .or_else(|| text(mc, "/properties/networkProfile/loadBalancerSku").map(str::to_lowercase))
}

/// `update_load_balancer_profile`: dropped for another outbound type, else az's
/// `_loadbalancer.update_load_balancer_profile`.
fn update_load_balancer_profile(
    mc: &mut Value,
    net: &NetUpdate,
    outbound: Option<&str>,
) -> Result<()> {
    let Some(np) = network_profile(mc) else {
        return Err(AzError::validation(
            "Encounter an unexpected error while getting network profile from the cluster in the process of updating its load balancer profile.",
        ));
    };
    if outbound.is_some_and(|t| t != LOAD_BALANCER) {
        np.remove("loadBalancerProfile");
        return Ok(());
    }
    let ips_given = net.lb_managed_ip_count.is_some()
        || net.lb_managed_ipv6_count.is_some()
        || net.lb_outbound_ips.is_some()
        || net.lb_outbound_ip_prefixes.is_some();
    let provided = ips_given
        || net.lb_outbound_ports.is_some()
        || truthy(net.lb_idle_timeout)
        || net.lb_backend_pool_type.is_some();
    if !provided {
        return Ok(());
    }
    let lb = object_at(np, "loadBalancerProfile");
    if ips_given {
        configure_outbound_ips(lb, net);
    }
    if let Some(p) = net.lb_outbound_ports {
        lb.insert("allocatedOutboundPorts".into(), json!(p));
    }
    if let Some(t) = net.lb_idle_timeout.filter(|&t| t != 0) {
        lb.insert("idleTimeoutInMinutes".into(), json!(t));
    }
    if let Some(t) = &net.lb_backend_pool_type {
        lb.insert("backendPoolType".into(), json!(t));
    }
    Ok(())
}

/// `configure_load_balancer_profile`'s IP part: the given kind of outbound IPs replaces the
/// others (ids, prefixes, managed count).
fn configure_outbound_ips(lb: &mut Map<String, Value>, net: &NetUpdate) {
    let refs = |ids: &[String]| -> Value { ids.iter().map(|id| json!({"id": id})).collect() };
    match &net.lb_outbound_ips {
        Some(ids) => {
            lb.insert("outboundIPs".into(), json!({"publicIPs": refs(ids)}));
        }
        None => {
            lb.remove("outboundIPs");
        }
    }
    match &net.lb_outbound_ip_prefixes {
        Some(ids) => {
            lb.insert(
                "outboundIPPrefixes".into(),
                json!({"publicIPPrefixes": refs(ids)}),
            );
        }
        None => {
            lb.remove("outboundIPPrefixes");
        }
    }
    if net.lb_managed_ip_count.is_none() && net.lb_managed_ipv6_count.is_none() {
        lb.remove("managedOutboundIPs");
        return;
    }
    let managed = lb.entry("managedOutboundIPs").or_insert_with(|| json!({}));
    if !managed.is_object() {
        *managed = json!({});
    }
    let count = net
        .lb_managed_ip_count
        .map(Value::from)
        .or_else(|| managed.get("count").filter(|c| !c.is_null()).cloned())
        .unwrap_or(json!(1));
    managed["count"] = count;
    if let Some(n) = net.lb_managed_ipv6_count {
        managed["countIPv6"] = json!(n);
    }
}

/// `update_nat_gateway_profile`: the V2-only flags need the NAT gateway outbound type; another
/// outbound type drops the profile; else az's `_natgateway.update_nat_gateway_profile`.
fn update_nat_gateway_profile(
    mc: &mut Value,
    nat: &NatGateway,
    outbound: Option<&str>,
) -> Result<()> {
    let Some(np) = network_profile(mc) else {
        return Err(AzError::validation(
            "Unexpectedly get an empty network profile in the process of updating nat gateway profile.",
        ));
    };
    let v2_given = nat.sku.is_some()
        || nat.managed_ipv6_count.is_some()
        || nat.outbound_ips.is_some()
        || nat.outbound_ip_prefixes.is_some();
    if outbound != Some(MANAGED_NAT_GATEWAY) && v2_given {
        return Err(AzError::validation(
            "--outbound-type-sku, --nat-gateway-managed-outbound-ipv6-count, --nat-gateway-outbound-ips and --nat-gateway-outbound-ip-prefixes are only valid when the cluster's outbound type is managedNATGateway; set --outbound-type managedNATGateway to change the outbound type.",
        ));
    }
    if outbound.is_some_and(|t| t != MANAGED_NAT_GATEWAY) {
        np.remove("natGatewayProfile");
    } else if nat.provided() {
        configure_nat_gateway(object_at(np, "natGatewayProfile"), nat);
    }
    Ok(())
}

/// az's `configure_nat_gateway_profile`.
fn configure_nat_gateway(profile: &mut Map<String, Value>, nat: &NatGateway) {
    if nat.managed_ip_count.is_some() || nat.managed_ipv6_count.is_some() {
        let managed = object_at(profile, "managedOutboundIPProfile");
        match nat.managed_ip_count {
            Some(n) => {
                managed.insert("count".into(), json!(n));
            }
            None => {
                if managed.get("count").is_none_or(Value::is_null) {
                    managed.insert("count".into(), json!(1));
                }
            }
        }
        if let Some(n) = nat.managed_ipv6_count {
            managed.insert("countIPv6".into(), json!(n));
        }
    }
    if let Some(t) = nat.idle_timeout.filter(|&t| t != 0) {
        profile.insert("idleTimeoutInMinutes".into(), json!(t));
    }
    if let Some(ids) = &nat.outbound_ips {
        profile.insert("outboundIPs".into(), json!({"publicIPs": ids}));
    }
    if let Some(ids) = &nat.outbound_ip_prefixes {
        profile.insert(
            "outboundIPPrefixes".into(),
            json!({"publicIPPrefixes": ids}),
        );
    }
    if let Some(s) = &nat.sku {
        profile.insert("sku".into(), json!(s));
    }
}

/// `update_api_server_access_profile`, after the getters' checks in the order az calls them.
fn update_api_server_access_profile(mc: &mut Value, net: &NetUpdate) -> Result<()> {
    let existing = mc
        .pointer("/properties/apiServerAccessProfile")
        .filter(|p| p.is_object())
        .cloned();
    let flag = |k: &str| {
        existing
            .as_ref()
            .and_then(|p| p.get(k))
            .and_then(Value::as_bool)
            == Some(true)
    };
    let (private, vnet_integration) = (flag("enablePrivateCluster"), flag("enableVnetIntegration"));
    let ranges_given = net
        .api_server_authorized_ip_ranges
        .as_ref()
        .is_some_and(|r| !r.is_empty());
    let not_for_private = || {
        AzError::validation(
            "--api-server-authorized-ip-ranges is not supported for private cluster",
        )
    };
    let only_private =
        |f: &str| AzError::validation(format!("{f} can only be used for private cluster"));
    let both_fqdn = || {
        AzError::validation(
            "Cannot specify '--enable-public-fqdn' and '--disable-public-fqdn' at the same time",
        )
    };
    let none_zone = || {
        AzError::validation(
            "--disable-public-fqdn cannot be applied for none mode private dns zone cluster",
        )
    };
    if ranges_given && private {
        return Err(not_for_private());
    }
    if net.disable_public_fqdn {
        if net.enable_public_fqdn {
            return Err(both_fqdn());
        }
        if net
            .private_dns_zone
            .as_deref()
            .is_some_and(|z| z.eq_ignore_ascii_case("none"))
        {
            return Err(none_zone());
        }
        if !private {
            return Err(only_private("--disable-public-fqdn"));
        }
    }
    if net.enable_public_fqdn {
        if net.disable_public_fqdn {
            return Err(both_fqdn());
        }
        if !private {
            return Err(only_private("--enable-public-fqdn"));
        }
    }
    let zone = existing
        .as_ref()
        .and_then(|p| p.get("privateDNSZone"))
        .and_then(Value::as_str);
    if zone == Some("none") && net.disable_public_fqdn {
        return Err(none_zone());
    }
    let subnet = net.apiserver_subnet_id.as_deref().filter(|s| !s.is_empty());
    if net.enable_apiserver_vnet_integration
        && !vnet_integration
        && net.apiserver_subnet_id.is_none()
    {
        return Err(AzError::validation(
            "--apiserver-subnet-id is required for update with --enable-apiserver-vnet-integration.",
        ));
    }
    let automatic = text(mc, "/sku/name").is_some_and(|n| n.eq_ignore_ascii_case("automatic"));
    if subnet.is_some() && !net.enable_apiserver_vnet_integration && !automatic {
        return Err(AzError::validation(
            "\"--apiserver-subnet-id\" requires \"--enable-apiserver-vnet-integration\".",
        ));
    }
    if private || net.enable_private_cluster {
        if ranges_given {
            return Err(not_for_private());
        }
    } else if net.disable_public_fqdn {
        return Err(only_private("--disable-public-fqdn"));
    } else if net.enable_public_fqdn {
        return Err(only_private("--enable-public-fqdn"));
    }
    if net.enable_private_cluster && !net.enable_apiserver_vnet_integration && !vnet_integration {
        return Err(AzError::validation(
            "EEnabling private cluster requires enabling apiserver vnet integration(--enable-apiserver-vnet-integration).",
        ));
    }
    if net.disable_private_cluster {
        if net.disable_public_fqdn {
            return Err(only_private("--disable-public-fqdn"));
        }
        if net.enable_public_fqdn {
            return Err(only_private("--enable-public-fqdn"));
        }
        if !net.enable_apiserver_vnet_integration && !vnet_integration {
            return Err(AzError::validation(
                "DDisabling private cluster requires enabling apiserver vnet integration(--enable-apiserver-vnet-integration).",
            ));
        }
    }
    let mut holder = existing.clone().unwrap_or_else(|| json!({}));
    let mut set = |k: &str, v: Value| holder[k] = v;
    if let Some(r) = &net.api_server_authorized_ip_ranges {
        set("authorizedIPRanges", json!(r));
    }
    if net.disable_public_fqdn {
        set("enablePrivateClusterPublicFQDN", json!(false));
    }
    if net.enable_public_fqdn {
        set("enablePrivateClusterPublicFQDN", json!(true));
    }
    if let Some(z) = &net.private_dns_zone {
        set("privateDNSZone", json!(z));
    }
    if net.enable_apiserver_vnet_integration {
        set("enableVnetIntegration", json!(true));
    }
    if let Some(s) = subnet {
        set("subnetId", json!(s));
    }
    if net.enable_private_cluster {
        set("enablePrivateCluster", json!(true));
    }
    if net.disable_private_cluster {
        set("enablePrivateCluster", json!(false));
    }
    // az keeps the profile away when the cluster had none and no flag set anything
    let untouched_empty = existing.is_none() && holder.as_object().is_some_and(Map::is_empty);
    if let (false, Some(props)) = (untouched_empty, mc["properties"].as_object_mut()) {
        props.insert("apiServerAccessProfile".into(), holder);
    }
    Ok(())
}

/// `update_network_plugin_settings`: the getters' checks, then each given setting.
fn update_network_plugin_settings(mc: &mut Value, net: &NetUpdate) -> Result<()> {
    let given = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
    let from_cluster =
        |k: &str| text(mc, &format!("/properties/networkProfile/{k}")).map(str::to_string);
    let mode = given(&net.network_plugin_mode).or_else(|| from_cluster("networkPluginMode"));
    let plugin = given(&net.network_plugin).or_else(|| from_cluster("networkPlugin"));
    let pod_cidr = given(&net.pod_cidr);
    if plugin.as_deref() == Some("azure")
        && pod_cidr.is_some()
        && mode.as_deref() != Some("overlay")
    {
        return Err(AzError::validation(
            "Please specify network plugin mode `overlay` when using --pod-cidr or use network plugin `kubenet`. For more information about Azure CNI Overlay please see https://aka.ms/aks/azure-cni-overlay",
        ));
    }
    let policy = from_cluster("networkPolicy").or_else(|| net.network_policy.clone());
    if plugin.is_none() && policy.as_deref().is_some_and(|p| !p.is_empty()) {
        return Err(AzError::validation(
            "Please explicitly specify the network plugin type",
        ));
    }
    let Some(np) = network_profile(mc) else {
        return Ok(());
    };
    for (key, value) in [
        ("networkPluginMode", mode),
        ("networkPlugin", plugin),
        ("networkDataplane", given(&net.network_dataplane)),
        ("podCidr", pod_cidr),
        ("networkPolicy", given(&net.network_policy)),
    ] {
        if let Some(v) = value {
            np.insert(key.into(), json!(v));
        }
    }
    Ok(())
}

/// The rest of `update_network_profile`: IP families, then the load balancer SKU (lower case,
/// the flag's or the cluster's) after `get_load_balancer_sku`'s checks.
fn update_ip_families_and_sku(mc: &mut Value, net: &NetUpdate) -> Result<()> {
    let sku = lb_sku(mc, net);
    if sku.as_deref() == Some("basic") {
        if net
            .api_server_authorized_ip_ranges
            .as_ref()
            .is_some_and(|r| !r.is_empty())
        {
            return Err(AzError::validation(
                "--api-server-authorized-ip-ranges can only be used with standard load balancer",
            ));
        }
        if net.enable_private_cluster {
            return Err(AzError::validation(
                "Please use standard load balancer for private cluster",
            ));
        }
    }
    let Some(np) = network_profile(mc) else {
        return Ok(());
    };
    if let Some(f) = &net.ip_families {
        np.insert("ipFamilies".into(), json!(f));
    }
    if let Some(s) = sku.filter(|s| !s.is_empty()) {
        np.insert("loadBalancerSku".into(), json!(s));
    }
    Ok(())
}

/// `update_static_egress_gateway`.
pub fn update_static_egress_gateway(mc: &mut Value, net: &NetUpdate) -> Result<()> {
    let (enable, disable) = (
        net.enable_static_egress_gateway,
        net.disable_static_egress_gateway,
    );
    if enable && disable {
        return Err(AzError::validation(
            "Cannot specify --enable-static-egress-gateway and --disable-static-egress-gateway at the same time. ",
        ));
    }
    if !enable && !disable {
        return Ok(());
    }
    let Some(np) = network_profile(mc) else {
        return Err(AzError::validation(
            "Unexpectedly get an empty network profile in the process of updating static-egress-gateway config.",
        ));
    };
    let mut profile = np
        .remove("staticEgressGatewayProfile")
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    profile["enabled"] = json!(enable);
    np.insert("staticEgressGatewayProfile".into(), profile);
    Ok(())
}

/// The create side (`set_up_network_profile`'s load balancer profile beyond the managed IPv4
/// count, `set_up_api_server_access_profile`, `set_up_static_egress_gateway`) on the body's
/// `properties`. `lb_profile_allowed` is false where az leaves the profile out (a basic load
/// balancer without other network settings).
pub fn create(
    props: &mut Map<String, Value>,
    net: &NetCreate,
    network_settings: bool,
    basic_lb: bool,
) {
    let lb_profile_allowed_nat = !basic_lb;
    // the address lists join az's `any([...])` that makes the full network profile
    let lists = [
        ("ipFamilies", &net.ip_families),
        ("podCidrs", &net.pod_cidrs),
        ("serviceCidrs", &net.service_cidrs),
    ];
    let lists_given = lists
        .iter()
        .any(|(_, l)| l.as_ref().is_some_and(|l| !l.is_empty()));
    let full_profile = network_settings || lists_given;
    if let (true, Some(np)) = (
        full_profile,
        props
            .get_mut("networkProfile")
            .and_then(Value::as_object_mut),
    ) {
        for (key, list) in lists {
            if let Some(l) = list {
                np.insert(key.into(), json!(l));
            }
        }
    }
    let lb_profile_allowed = full_profile || !basic_lb;
    let lb_given = net.lb_managed_ipv6_count.is_some()
        || net.lb_outbound_ips.is_some()
        || net.lb_outbound_ip_prefixes.is_some()
        || net.lb_outbound_ports.is_some()
        || truthy(net.lb_idle_timeout)
        || net.lb_backend_pool_type.is_some();
    if let (true, true, Some(np)) = (
        lb_given,
        lb_profile_allowed,
        props
            .get_mut("networkProfile")
            .and_then(Value::as_object_mut),
    ) {
        let lb = object_at(np, "loadBalancerProfile");
        let refs = |ids: &[String]| -> Value { ids.iter().map(|id| json!({"id": id})).collect() };
        if let Some(ids) = &net.lb_outbound_ips {
            lb.insert("outboundIPs".into(), json!({"publicIPs": refs(ids)}));
        }
        if let Some(ids) = &net.lb_outbound_ip_prefixes {
            lb.insert(
                "outboundIPPrefixes".into(),
                json!({"publicIPPrefixes": refs(ids)}),
            );
        }
        if let Some(n) = net.lb_managed_ipv6_count {
            let managed = object_at(lb, "managedOutboundIPs");
            managed.entry("count").or_insert(json!(1));
            managed.insert("countIPv6".into(), json!(n));
        }
        if let Some(p) = net.lb_outbound_ports {
            lb.insert("allocatedOutboundPorts".into(), json!(p));
        }
        if let Some(t) = net.lb_idle_timeout.filter(|&t| t != 0) {
            lb.insert("idleTimeoutInMinutes".into(), json!(t));
        }
        if let Some(t) = &net.lb_backend_pool_type {
            lb.insert("backendPoolType".into(), json!(t));
        }
    }
    let mut access = Map::new();
    let ranges = &net.api_server_authorized_ip_ranges;
    if !ranges.is_empty() || net.enable_private_cluster {
        access.insert("authorizedIPRanges".into(), json!(ranges));
        if net.enable_private_cluster {
            access.insert("enablePrivateCluster".into(), json!(true));
        }
        if net.disable_public_fqdn {
            access.insert("enablePrivateClusterPublicFQDN".into(), json!(false));
        }
        if let Some(z) = &net.private_dns_zone {
            access.insert("privateDNSZone".into(), json!(z));
        }
    }
    let vnet_integration = net.enable_apiserver_vnet_integration;
    if vnet_integration {
        access.insert("enableVnetIntegration".into(), json!(true));
    }
    if let Some(s) = net.apiserver_subnet_id.as_deref().filter(|s| !s.is_empty()) {
        access.insert("subnetId".into(), json!(s));
    }
    if !access.is_empty() || vnet_integration {
        props.insert("apiServerAccessProfile".into(), Value::Object(access));
    }
    let network_profile = props
        .get_mut("networkProfile")
        .and_then(Value::as_object_mut);
    if let (true, true, Some(np)) = (net.nat.provided(), lb_profile_allowed_nat, network_profile) {
        configure_nat_gateway(object_at(np, "natGatewayProfile"), &net.nat);
    }
    // az's create always has a network profile here (a standard or a basic load balancer)
    let network_profile = props
        .get_mut("networkProfile")
        .and_then(Value::as_object_mut);
    if let (true, Some(np)) = (net.enable_static_egress_gateway, network_profile) {
        object_at(np, "staticEgressGatewayProfile").insert("enabled".into(), json!(true));
    }
}

/// `set_up_extended_location`: `--edge-zone` puts the cluster in that edge zone.
pub fn create_extended_location(body: &mut Map<String, Value>, net: &NetCreate) {
    if let Some(zone) = &net.edge_zone {
        body.insert(
            "extendedLocation".into(),
            json!({"name": zone, "type": "EdgeZone"}),
        );
    }
}
