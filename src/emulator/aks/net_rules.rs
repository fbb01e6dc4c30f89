//! AKS's rules for a cluster's network profile and API server access profile on PUT: the
//! migrations it allows (kubenet to Azure CNI Overlay, the Azure dataplane to Cilium, IPv4 to
//! dual stack), the fields it keeps immutable, and what it fills in for a private cluster
//! (private DNS zone `system`, the public FQDN on, `privateFQDN`).

use serde_json::{Map, Value, json};

use super::super::public_ips;
use super::super::router::RequestContext;
use super::super::util::{ApiError, R, det_guid, det_hex};
use super::ClusterInfo;

fn field<'a>(m: Option<&'a Map<String, Value>>, k: &str) -> Option<&'a str> {
    m.and_then(|m| m.get(k)).and_then(Value::as_str)
}

fn not_allowed(property: &str) -> ApiError {
    ApiError::bad_request(
        "PropertyChangeNotAllowed",
        format!("Changing property '{property}' is not allowed."),
    )
    .with_target(property)
}

/// The checks and defaults of both profiles; `old` is the stored cluster's `properties`
/// (none on create).
pub(super) fn check_and_default(
    props: &mut Map<String, Value>,
    old: Option<&Value>,
    location: &str,
    id: &str,
) -> R<()> {
    let old_net = old
        .and_then(|p| p.get("networkProfile"))
        .and_then(Value::as_object);
    if let Some(net) = props
        .get_mut("networkProfile")
        .and_then(Value::as_object_mut)
    {
        check_dataplane(net)?;
        if let Some(old_net) = old_net {
            check_network_update(old_net, net)?;
        }
        address_lists(net, old_net.is_none());
    }
    effective_outbound_ips(props, id);
    let old_access = old
        .and_then(|p| p.get("apiServerAccessProfile"))
        .and_then(Value::as_object);
    api_server_access(props, old_access, location, id)
}

/// Cilium's dataplane enforces policy with Cilium only; AKS fills it in when none is given.
fn check_dataplane(net: &mut Map<String, Value>) -> R<()> {
    if field(Some(net), "networkDataplane") != Some("cilium") {
        return Ok(());
    }
    match field(Some(net), "networkPolicy") {
        None => {
            net.insert("networkPolicy".into(), json!("cilium"));
            Ok(())
        }
        Some("cilium" | "none") => Ok(()),
        Some(p) => Err(ApiError::invalid_parameter(
            "networkProfile.networkPolicy",
            format!(
                "Network policy '{p}' is not supported with network dataplane 'cilium'. Use network policy 'cilium'."
            ),
        )),
    }
}

fn count(v: Option<&Value>) -> usize {
    v.and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
}

/// `loadBalancerProfile.effectiveOutboundIPs`: the public IPs given, or the managed ones AKS
/// makes in the node resource group (IPv4 first, then IPv6), named by GUIDs.
fn effective_outbound_ips(props: &mut Map<String, Value>, id: &str) {
    let node_rg = field(Some(props), "nodeResourceGroup")
        .unwrap_or_default()
        .to_string();
    let sub = id.split('/').nth(2).unwrap_or_default().to_string();
    let Some(net) = props
        .get_mut("networkProfile")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let load_balancer = field(Some(net), "outboundType") == Some("loadBalancer");
    let Some(lb) = net
        .get_mut("loadBalancerProfile")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    lb.remove("effectiveOutboundIPs");
    if !load_balancer || lb.contains_key("outboundIPPrefixes") {
        return;
    }
    let ids: Vec<String> = match lb
        .get("outboundIPs")
        .and_then(|o| o.get("publicIPs"))
        .and_then(Value::as_array)
    {
        Some(given) => given
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_string))
            .collect(),
        None => managed_outbound_ids(lb, id, &sub, &node_rg)
            .into_iter()
            .map(|(ip, _)| ip)
            .collect(),
    };
    let refs: Vec<Value> = ids.iter().map(|i| json!({"id": i})).collect();
    lb.insert("effectiveOutboundIPs".into(), Value::Array(refs));
}

/// The managed outbound IPs a load balancer profile asks for: (id, IP version).
fn managed_outbound_ids(
    lb: &Map<String, Value>,
    cluster_id: &str,
    sub: &str,
    node_rg: &str,
) -> Vec<(String, &'static str)> {
    let managed = lb.get("managedOutboundIPs").and_then(Value::as_object);
    let Some(managed) = managed else {
        return Vec::new();
    };
    let v4 = count(managed.get("count")).max(1);
    let v6 = count(managed.get("countIPv6"));
    let lower = cluster_id.to_lowercase();
    let id = |seed: String| {
        format!(
            "/subscriptions/{sub}/resourceGroups/{node_rg}/providers/Microsoft.Network/publicIPAddresses/{}",
            det_guid(&seed)
        )
    };
    (0..v4)
        .map(|i| (id(format!("outbound:{lower}:{i}")), "IPv4"))
        .chain((0..v6).map(|i| (id(format!("outbound6:{lower}:{i}")), "IPv6")))
        .collect()
}

/// Makes the managed outbound IPs the cluster lists and drops those it no longer does, once
/// its node resource group exists.
pub(super) fn put_outbound_ips(ctx: &RequestContext, info: &ClusterInfo, cluster: &Value) -> R<()> {
    if info.node_rg.is_empty()
        || !super::super::store::group_exists(ctx.tx, &info.sub, &info.node_rg)?
    {
        return Ok(());
    }
    let lb = cluster
        .pointer("/properties/networkProfile/loadBalancerProfile")
        .and_then(Value::as_object);
    let byo =
        lb.is_some_and(|l| l.contains_key("outboundIPs") || l.contains_key("outboundIPPrefixes"));
    let load_balancer =
        cluster.pointer("/properties/networkProfile/outboundType") == Some(&json!("loadBalancer"));
    let wanted = match lb {
        Some(lb) if load_balancer && !byo => {
            managed_outbound_ids(lb, &info.id, &info.sub, &info.node_rg)
        }
        _ => Vec::new(),
    };
    for (id, version) in &wanted {
        public_ips::put_managed(ctx, id, version, &info.id, &info.location)?;
    }
    let keep: Vec<String> = wanted.into_iter().map(|(id, _)| id).collect();
    public_ips::drop_unlisted(ctx, &info.sub, &info.node_rg, &keep)
}

/// A cluster's edge zone (`extendedLocation`): set on create, kept after, never changed.
pub(super) fn extended_location(
    cluster: &mut Value,
    body: &Value,
    existing: Option<&Value>,
) -> R<()> {
    let given = body.get("extendedLocation").filter(|e| e.is_object());
    let stored = existing
        .and_then(|c| c.get("extendedLocation"))
        .filter(|e| e.is_object());
    let name = |e: Option<&Value>| {
        e.and_then(|e| e.get("name"))
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase)
    };
    if existing.is_some() && given.is_some() && name(given) != name(stored) {
        return Err(not_allowed("extendedLocation"));
    }
    if let Some(e) = stored.or(given) {
        cluster["extendedLocation"] = e.clone();
    }
    Ok(())
}

/// `podCidrs`/`serviceCidrs` follow `podCidr` and the IP families: a dual-stack cluster gets
/// AKS's default IPv6 ranges and one managed outbound IPv6 address.
fn address_lists(net: &mut Map<String, Value>, create: bool) {
    if create {
        // the lists given on create name the first (IPv4) ranges
        for (single, list) in [("podCidr", "podCidrs"), ("serviceCidr", "serviceCidrs")] {
            let first = net
                .get(list)
                .and_then(Value::as_array)
                .and_then(|l| l.first())
                .cloned();
            if let (Some(first), true) = (first, net.contains_key(single)) {
                net.insert(single.into(), first);
            }
        }
    } else if let Some(pod) = net.get("podCidr").cloned().filter(Value::is_string)
        && let Some(first) = net
            .get_mut("podCidrs")
            .and_then(Value::as_array_mut)
            .and_then(|l| l.first_mut())
    {
        *first = pod;
    }
    let dual = net
        .get("ipFamilies")
        .and_then(Value::as_array)
        .is_some_and(|f| f.iter().any(|x| x == "IPv6"));
    if !dual {
        return;
    }
    for (k, v6) in [
        ("podCidrs", "fd12:3456:789a::/64"),
        ("serviceCidrs", "fd12:3456:789a:1::/108"),
    ] {
        if let Some(list) = net.get_mut(k).and_then(Value::as_array_mut)
            && list.len() == 1
        {
            list.push(json!(v6));
        }
    }
    if let Some(managed) = net
        .get_mut("loadBalancerProfile")
        .and_then(|lb| lb.get_mut("managedOutboundIPs"))
        .and_then(Value::as_object_mut)
    {
        managed.entry("countIPv6").or_insert(json!(1));
    }
}

/// What an update may change in the network profile.
fn check_network_update(old: &Map<String, Value>, new: &Map<String, Value>) -> R<()> {
    let (o, n) = (Some(old), Some(new));
    let same = |k: &str| {
        field(o, k).map(str::to_ascii_lowercase) == field(n, k).map(str::to_ascii_lowercase)
    };
    for k in ["serviceCidr", "dnsServiceIP"] {
        if field(o, k).is_some() && !same(k) {
            return Err(not_allowed(&format!("networkProfile.{k}")));
        }
    }
    let plugin = (field(o, "networkPlugin"), field(n, "networkPlugin"));
    let overlay_now = field(n, "networkPluginMode") == Some("overlay");
    let migrating = match plugin {
        (Some(a), Some(b)) if a == b => false,
        (Some("kubenet"), Some("azure")) if overlay_now => true,
        (Some(a), Some(b)) => {
            return Err(ApiError::invalid_parameter(
                "networkProfile.networkPlugin",
                format!(
                    "Network plugin migration from '{a}' to '{b}' is not supported. Only kubenet to azure with network plugin mode overlay is supported."
                ),
            ));
        }
        _ => false,
    };
    let was_overlay = field(o, "networkPluginMode") == Some("overlay");
    if was_overlay && !overlay_now {
        return Err(not_allowed("networkProfile.networkPluginMode"));
    }
    let to_overlay = migrating || (!was_overlay && overlay_now);
    if !same("podCidr") && !to_overlay {
        return Err(not_allowed("networkProfile.podCidr"));
    }
    if field(o, "networkDataplane") == Some("cilium")
        && field(n, "networkDataplane") != Some("cilium")
    {
        return Err(not_allowed("networkProfile.networkDataplane"));
    }
    let was_standard =
        field(o, "loadBalancerSku").is_some_and(|s| s.eq_ignore_ascii_case("standard"));
    if was_standard && !same("loadBalancerSku") {
        return Err(not_allowed("networkProfile.loadBalancerSku"));
    }
    let families = |m: &Map<String, Value>| -> Vec<String> {
        m.get("ipFamilies")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let now = families(new);
    if families(old).iter().any(|f| !now.contains(f)) {
        return Err(not_allowed("networkProfile.ipFamilies"));
    }
    Ok(())
}

/// The API server access profile: a private cluster gets AKS's defaults and its private FQDN
/// (its public FQDN only while `enablePrivateClusterPublicFQDN` holds); switching private on
/// or off needs API server VNet integration; authorized IP ranges are for public clusters.
fn api_server_access(
    props: &mut Map<String, Value>,
    old: Option<&Map<String, Value>>,
    location: &str,
    id: &str,
) -> R<()> {
    let Some(access) = props
        .get_mut("apiServerAccessProfile")
        .and_then(Value::as_object_mut)
    else {
        props.remove("privateFQDN");
        return Ok(());
    };
    let flag = |m: Option<&Map<String, Value>>, k: &str| {
        m.and_then(|m| m.get(k)).and_then(Value::as_bool) == Some(true)
    };
    let private = flag(Some(access), "enablePrivateCluster");
    let vnet_integration = flag(Some(access), "enableVnetIntegration");
    if let Some(old) = old
        && flag(Some(old), "enablePrivateCluster") != private
        && !vnet_integration
    {
        return Err(ApiError::bad_request(
            "OperationNotAllowed",
            "Updating enablePrivateCluster is only supported for clusters with API server VNet integration enabled.",
        ));
    }
    if vnet_integration && field(Some(access), "subnetId").is_none() && old.is_some() {
        return Err(ApiError::invalid_parameter(
            "apiServerAccessProfile.subnetId",
            "Enabling API server VNet integration on an existing cluster requires apiServerAccessProfile.subnetId.",
        ));
    }
    let ranges = access
        .get("authorizedIPRanges")
        .and_then(Value::as_array)
        .is_some_and(|r| !r.is_empty());
    if private && ranges {
        return Err(ApiError::invalid_parameter(
            "apiServerAccessProfile.authorizedIPRanges",
            "Authorized IP ranges are not supported for private clusters.",
        ));
    }
    if !private {
        props.remove("privateFQDN");
        return Ok(());
    }
    access
        .entry("privateDNSZone")
        .or_insert_with(|| json!("system"));
    access
        .entry("enablePrivateClusterPublicFQDN")
        .or_insert(json!(true));
    let public_fqdn = flag(Some(access), "enablePrivateClusterPublicFQDN");
    let dns_prefix = props
        .get("dnsPrefix")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let lower = id.to_lowercase();
    let private_fqdn = format!(
        "{dns_prefix}-{}.{}.privatelink.{location}.azmk8s.io",
        det_hex(&format!("private:{lower}"), 8),
        det_hex(&format!("zone:{lower}"), 32),
    );
    props.insert("privateFQDN".into(), json!(private_fqdn));
    if !public_fqdn {
        props.remove("fqdn");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn migrations_aks_allows_and_refuses() {
        let kubenet = net(
            json!({"networkPlugin": "kubenet", "podCidr": "10.244.0.0/16",
            "serviceCidr": "10.0.0.0/16", "ipFamilies": ["IPv4"], "loadBalancerSku": "standard"}),
        );
        let mut overlay = kubenet.clone();
        overlay.insert("networkPlugin".into(), json!("azure"));
        overlay.insert("networkPluginMode".into(), json!("overlay"));
        overlay.insert("podCidr".into(), json!("10.246.0.0/16"));
        assert!(check_network_update(&kubenet, &overlay).is_ok());
        let mut no_mode = overlay.clone();
        no_mode.remove("networkPluginMode");
        assert!(check_network_update(&kubenet, &no_mode).is_err());
        let mut service = kubenet.clone();
        service.insert("serviceCidr".into(), json!("10.1.0.0/16"));
        let e = check_network_update(&kubenet, &service).unwrap_err();
        assert_eq!(e.code, "PropertyChangeNotAllowed");
        let mut pod = kubenet.clone();
        pod.insert("podCidr".into(), json!("10.250.0.0/16"));
        assert!(check_network_update(&kubenet, &pod).is_err());
        let mut single = overlay.clone();
        single.insert("ipFamilies".into(), json!(["IPv4", "IPv6"]));
        assert!(check_network_update(&overlay, &single).is_ok());
        assert!(check_network_update(&single, &overlay).is_err());
    }

    #[test]
    fn cilium_dataplane_takes_cilium_policy() {
        let mut n = net(json!({"networkDataplane": "cilium"}));
        check_dataplane(&mut n).unwrap();
        assert_eq!(n["networkPolicy"], "cilium");
        let mut n = net(json!({"networkDataplane": "cilium", "networkPolicy": "calico"}));
        assert!(check_dataplane(&mut n).is_err());
    }

    #[test]
    fn private_cluster_fields() {
        let mut props = net(json!({"dnsPrefix": "p", "fqdn": "p-1.hcp.eastus.azmk8s.io",
            "apiServerAccessProfile": {"enablePrivateCluster": true,
                                       "enablePrivateClusterPublicFQDN": false}}));
        api_server_access(&mut props, None, "eastus", "/x").unwrap();
        assert_eq!(props["apiServerAccessProfile"]["privateDNSZone"], "system");
        assert!(
            props["privateFQDN"]
                .as_str()
                .unwrap()
                .ends_with(".privatelink.eastus.azmk8s.io")
        );
        assert!(!props.contains_key("fqdn"));
        let old = net(json!({}));
        let e = api_server_access(&mut props, Some(&old), "eastus", "/x").unwrap_err();
        assert_eq!(e.code, "OperationNotAllowed");
    }
}
