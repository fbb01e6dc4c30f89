//! The pool and cluster settings of `aks create|nodepool add|update`'s flags: AKS's defaults
//! and refusals as the emulator applies them.

use super::*;

fn cluster(e: &Env, name: &str, edit: impl FnOnce(&mut Value)) -> Value {
    let mut body = cluster_body(None, 1);
    edit(&mut body);
    let r = e.put(&cluster_url("rg", name), &body);
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    e.get(&cluster_url("rg", name)).body
}

fn add_pool(e: &Env, name: &str, props: Value) -> Resp {
    e.put(&pool_url("rg", "c", name), &json!({ "properties": props }))
}

#[test]
fn spot_pools_get_aks_defaults_label_and_taint() {
    let e = env(0);
    make_group(&e, "rg");
    cluster(&e, "c", |_| {});
    let r = add_pool(
        &e,
        "spot",
        json!({"count": 1, "mode": "User", "scaleSetPriority": "Spot", "nodeTaints": ["a=b:NoExecute"]}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
    let p = &e.get(&pool_url("rg", "c", "spot")).body["properties"];
    assert_eq!(p["scaleSetEvictionPolicy"], "Delete");
    assert_eq!(p["spotMaxPrice"], -1);
    assert_eq!(
        p["nodeLabels"],
        json!({"kubernetes.azure.com/scalesetpriority": "spot"})
    );
    assert_eq!(
        p["nodeTaints"],
        json!([
            "a=b:NoExecute",
            "kubernetes.azure.com/scalesetpriority=spot:NoSchedule"
        ])
    );
    assert_eq!(
        p["nodeImageVersion"],
        "AKSUbuntu-2204gen2containerd-202510.03.0"
    );
    // A System pool cannot be Spot.
    let r = add_pool(
        &e,
        "sys",
        json!({"count": 1, "mode": "System", "scaleSetPriority": "Spot"}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
}

#[test]
fn autoscaler_counts_and_create_only_settings_are_enforced() {
    let e = env(0);
    make_group(&e, "rg");
    cluster(&e, "c", |_| {});
    let r = add_pool(
        &e,
        "np2",
        json!({"count": 1, "mode": "User", "enableAutoScaling": true, "minCount": 3, "maxCount": 2}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
    let r = add_pool(
        &e,
        "np2",
        json!({"count": 5, "mode": "User", "enableAutoScaling": true, "minCount": 1, "maxCount": 2}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
    // az passes `--zones 1,2` on as one zone "1,2"
    let r = add_pool(
        &e,
        "np2",
        json!({"count": 1, "mode": "User", "availabilityZones": ["1,2"]}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
    let r = add_pool(
        &e,
        "np2",
        json!({"count": 1, "mode": "User", "vmSize": "Standard_D4s_v5", "availabilityZones": ["1", "2"], "osSKU": "AzureLinux"}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
    let pool = e.get(&pool_url("rg", "c", "np2")).body;
    assert_eq!(
        pool["properties"]["nodeImageVersion"],
        "AKSAzureLinux-V3gen2-202510.03.0"
    );
    for (key, value) in [
        ("vmSize", json!("Standard_D2s_v3")),
        ("availabilityZones", json!(["1"])),
        ("maxPods", json!(30)),
        ("osDiskSizeGB", json!(64)),
    ] {
        let mut changed = pool.clone();
        changed["properties"][key] = value;
        let r = e.put(&pool_url("rg", "c", "np2"), &changed);
        assert_eq!(
            (r.status, r.code()),
            (400, "PropertyChangeNotAllowed"),
            "{key}"
        );
        assert_eq!(
            r.body["error"]["message"],
            format!("Changing property 'agentPoolProfile.{key}' is not allowed")
        );
    }
    // Labels, taints and the autoscaler change freely.
    let mut changed = pool.clone();
    changed["properties"]["nodeLabels"] = json!({"x": "y"});
    changed["properties"]["enableAutoScaling"] = json!(true);
    changed["properties"]["minCount"] = json!(1);
    changed["properties"]["maxCount"] = json!(3);
    let r = e.put(&pool_url("rg", "c", "np2"), &changed);
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn network_profile_defaults_follow_plugin_and_outbound_type() {
    let e = env(0);
    make_group(&e, "rg");
    let net = |name: &str, profile: Value| {
        cluster(&e, name, |b| b["properties"]["networkProfile"] = profile)["properties"]
            ["networkProfile"]
            .clone()
    };
    let default = net(
        "c",
        json!({"loadBalancerSku": "standard", "outboundType": "loadBalancer"}),
    );
    assert_eq!(default["networkPlugin"], "azure");
    assert_eq!(default["networkPluginMode"], "overlay");
    assert_eq!(default["podCidr"], "10.244.0.0/16");
    assert_eq!(
        default["loadBalancerProfile"]["managedOutboundIPs"]["count"],
        1
    );
    let kubenet = net(
        "c2",
        json!({"networkPlugin": "kubenet", "podCidr": "10.245.0.0/16"}),
    );
    assert!(kubenet.get("networkPluginMode").is_none());
    assert_eq!(kubenet["podCidrs"], json!(["10.245.0.0/16"]));
    let cni = net("c3", json!({"networkPlugin": "azure"}));
    assert!(cni.get("podCidr").is_none() && cni.get("networkPluginMode").is_none());
    let basic = net("c4", json!({"loadBalancerSku": "basic"}));
    assert!(basic.get("loadBalancerProfile").is_none());
    let nat = net("c5", json!({"outboundType": "managedNATGateway"}));
    assert!(nat.get("loadBalancerProfile").is_none());
    assert_eq!(
        nat["natGatewayProfile"]["managedOutboundIPProfile"]["count"],
        1
    );
}

#[test]
fn an_enabled_oidc_issuer_has_its_url() {
    let e = env(0);
    make_group(&e, "rg");
    let c = cluster(&e, "c", |b| {
        b["properties"]["oidcIssuerProfile"] = json!({"enabled": true})
    });
    let url = c["properties"]["oidcIssuerProfile"]["issuerURL"]
        .as_str()
        .unwrap();
    assert!(
        url.starts_with("https://eastus.oic.prod-aks.azure.com/") && url.ends_with('/'),
        "{url}"
    );
}
