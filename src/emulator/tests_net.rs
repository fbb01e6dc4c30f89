//! A cluster's load balancer outbound IPs: AKS's managed public IPs in the node resource group,
//! listed in `effectiveOutboundIPs` and following the managed count.

use super::*;

fn effective(cluster: &Value) -> Vec<String> {
    cluster["properties"]["networkProfile"]["loadBalancerProfile"]["effectiveOutboundIPs"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn node_rg_ips(e: &Env) -> Vec<Value> {
    let r = e.get(&format!(
        "/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/publicIPAddresses?api-version=2025-09-01"
    ));
    assert_eq!(r.status, 200, "{}", r.body);
    r.body["value"].as_array().cloned().unwrap_or_default()
}

#[test]
fn managed_outbound_ips_are_public_ips_in_the_node_resource_group() {
    let e = env(0);
    make_group(&e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
    let c = e.get(&cluster_url("rg", "c")).body;
    let ids = effective(&c);
    assert_eq!(ids.len(), 1);
    assert!(
        ids[0].contains(
            "/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/publicIPAddresses/"
        )
    );
    let ip = e.get(&format!("{}?api-version=2025-09-01", ids[0]));
    assert_eq!(ip.status, 200, "{}", ip.body);
    assert_eq!(ip.body["properties"]["publicIPAddressVersion"], "IPv4");
    assert!(
        ip.body["properties"]["ipAddress"]
            .as_str()
            .is_some_and(|a| a.starts_with("20."))
    );

    // two IPv4 and one IPv6: three addresses, the first one kept
    let mut body = c.clone();
    body["properties"]["networkProfile"]["loadBalancerProfile"]["managedOutboundIPs"] =
        json!({"count": 2, "countIPv6": 1});
    body["properties"]["networkProfile"]["ipFamilies"] = json!(["IPv4", "IPv6"]);
    let r = e.put(&cluster_url("rg", "c"), &body);
    assert_eq!(r.status, 200, "{}", r.body);
    e.finish(&r);
    let c = e.get(&cluster_url("rg", "c")).body;
    let now = effective(&c);
    assert_eq!(now.len(), 3);
    assert_eq!(now[0], ids[0]);
    assert_eq!(node_rg_ips(&e).len(), 3);

    // outbound IPs of the user's own: the managed ones go
    let mut body = c.clone();
    body["properties"]["networkProfile"]["loadBalancerProfile"] = json!({"outboundIPs": {"publicIPs": [{"id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/mine"}]}});
    let r = e.put(&cluster_url("rg", "c"), &body);
    e.finish(&r);
    let c = e.get(&cluster_url("rg", "c")).body;
    assert_eq!(
        effective(&c),
        vec![
            "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/mine"
                .to_string()
        ]
    );
    assert!(node_rg_ips(&e).is_empty());
    let gone = e.get(&format!("{}?api-version=2025-09-01", ids[0]));
    assert_eq!((gone.status, gone.code()), (404, "ResourceNotFound"));
    assert!(e.check().is_ok());
}
