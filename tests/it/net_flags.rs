//! The networking flags of `aks update` (issue 18): the PUT body az's update decorator would
//! send (scripted transport), and end to end against the built-in emulator what the cluster
//! keeps, what AKS refuses, and az's own refusals with nothing sent.

use std::sync::{Arc, Mutex};

use azr::cli::aks::AksCommand;
use azr::cli::{Cli, Command};
use clap::Parser;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv};
use crate::scripted::{self, Scripted, ok};

const CLUSTER: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c";

/// A kubenet cluster as the emulator returns it (read-only fields included).
fn kubenet_cluster() -> Value {
    json!({"id": CLUSTER, "name": "c", "location": "eastus", "sku": {"name": "Base", "tier": "Free"},
           "properties": {"provisioningState": "Succeeded", "fqdn": "f",
               "agentPoolProfiles": [{"name": "nodepool1", "count": 1, "mode": "System"}],
               "networkProfile": {"networkPlugin": "kubenet", "podCidr": "10.244.0.0/16",
                   "serviceCidr": "10.0.0.0/16", "outboundType": "loadBalancer", "loadBalancerSku": "Standard",
                   "loadBalancerProfile": {"managedOutboundIPs": {"count": 1},
                       "outboundIPs": {"publicIPs": [{"id": "ip1"}]},
                       "effectiveOutboundIPs": [{"id": "ip1"}]},
                   "natGatewayProfile": {"idleTimeoutInMinutes": 4}}}})
}

/// `aks update ARGS` on cluster `c` in `rg`: the requests sent.
async fn update(args: &str, existing: Value) -> azr::Result<Vec<(String, Value)>> {
    scripted::aks_update(args, existing, CLUSTER).await
}

#[tokio::test]
async fn migration_to_overlay_puts_the_network_profile_as_az() {
    let sent = update(
        "--network-plugin azure --network-plugin-mode overlay --pod-cidr 10.246.0.0/16 \
         --network-dataplane cilium --network-policy Cilium --ip-families IPv4,IPv6",
        kubenet_cluster(),
    )
    .await
    .unwrap();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].0, "PUT");
    assert_eq!(
        sent[1].1["properties"]["networkProfile"],
        json!({"networkPlugin": "azure", "networkPluginMode": "overlay", "podCidr": "10.246.0.0/16",
               "serviceCidr": "10.0.0.0/16", "outboundType": "loadBalancer", "loadBalancerSku": "standard",
               "networkDataplane": "cilium", "networkPolicy": "cilium", "ipFamilies": ["IPv4", "IPv6"],
               "loadBalancerProfile": {"managedOutboundIPs": {"count": 1},
                   "outboundIPs": {"publicIPs": [{"id": "ip1"}]}}})
    );
}

#[tokio::test]
async fn load_balancer_profile_and_api_server_as_az() {
    let sent = update(
        "--load-balancer-managed-outbound-ip-count 2 --load-balancer-managed-outbound-ipv6-count 1 \
         --load-balancer-outbound-ports 64 --load-balancer-idle-timeout 10 --load-balancer-backend-pool-type nodeip \
         --api-server-authorized-ip-ranges 20.1.2.3,52.0.0.0/8 --enable-static-egress-gateway",
        kubenet_cluster(),
    )
    .await
    .unwrap();
    let props = &sent[1].1["properties"];
    // the managed count replaces the outbound IPs given before; the NAT gateway profile goes
    assert_eq!(
        props["networkProfile"]["loadBalancerProfile"],
        json!({"managedOutboundIPs": {"count": 2, "countIPv6": 1}, "allocatedOutboundPorts": 64,
               "idleTimeoutInMinutes": 10, "backendPoolType": "nodeIP"})
    );
    assert!(props["networkProfile"].get("natGatewayProfile").is_none());
    assert_eq!(
        props["networkProfile"]["staticEgressGatewayProfile"],
        json!({"enabled": true})
    );
    assert_eq!(
        props["apiServerAccessProfile"],
        json!({"authorizedIPRanges": ["20.1.2.3", "52.0.0.0/8"]})
    );

    let sent = update(
        "--outbound-type managedNATGateway --load-balancer-outbound-ip-prefixes p1",
        kubenet_cluster(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        sent.message,
        "managedNATGateway type doesn't support customizing the standard load balancer ips"
    );
    let sent = update("--outbound-type managedNATGateway", kubenet_cluster())
        .await
        .unwrap();
    let net = &sent[1].1["properties"]["networkProfile"];
    assert_eq!(net["outboundType"], "managedNATGateway");
    assert!(net.get("loadBalancerProfile").is_none());
    assert_eq!(net["natGatewayProfile"], json!({"idleTimeoutInMinutes": 4}));
}

#[tokio::test]
async fn checks_against_the_cluster_send_only_the_get() {
    let mut private = kubenet_cluster();
    private["properties"]["apiServerAccessProfile"] = json!({"enablePrivateCluster": true});
    let cases: &[(&str, &Value, &str)] = &[
        (
            "--api-server-authorized-ip-ranges 20.1.2.3",
            &private,
            "--api-server-authorized-ip-ranges is not supported for private cluster",
        ),
        (
            "--enable-public-fqdn",
            &kubenet_cluster(),
            "--enable-public-fqdn can only be used for private cluster",
        ),
        (
            "--disable-private-cluster",
            &private,
            "DDisabling private cluster requires enabling apiserver vnet integration(--enable-apiserver-vnet-integration).",
        ),
        (
            "--outbound-type userAssignedNATGateway",
            &kubenet_cluster(),
            "Updating outbound type to userAssignedNATGateway is only supported for clusters using a custom (BYO) virtual network.",
        ),
        (
            "--network-plugin azure --pod-cidr 10.246.0.0/16",
            &kubenet_cluster(),
            "Please specify network plugin mode `overlay` when using --pod-cidr",
        ),
    ];
    for (args, cluster, message) in cases {
        let t = Scripted::new(vec![ok((*cluster).clone())]);
        let ctx = scripted::ctx(&t, Arc::new(Mutex::new(Vec::new())));
        let mut line = vec!["azr", "aks", "update", "-g", "rg", "-n", "c"];
        line.extend(args.split(' '));
        let Command::Aks(a) = Cli::try_parse_from(line).expect("parses").command else {
            panic!("not aks")
        };
        let AksCommand::Update(u) = a.command else {
            panic!("not aks update")
        };
        let e = azr::commands::aks_update::update(&ctx, u.into_spec().unwrap())
            .await
            .unwrap_err();
        assert!(e.message.starts_with(message), "{args}: {}", e.message);
        assert_eq!(e.exit_code(), 1, "{args}");
        assert_eq!(t.log().as_array().map(Vec::len), Some(1), "{args}");
    }
}

fn local(sb: &Sandbox, line: &str) -> (i32, String, String) {
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(line.split(' '))
        .output()
        .expect("run azr");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_emulator_keeps_migrations_and_refuses_what_aks_refuses() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --network-plugin kubenet --no-ssh-key -o none",
    ));
    // az's argument validators: exit 1, nothing sent, nothing changed
    for (args, err) in [
        (
            "--load-balancer-outbound-ports 12",
            "ERROR: --load-balancer-allocated-ports must be a multiple of 8\n",
        ),
        (
            "--api-server-authorized-ip-ranges 192.168.0.0/16",
            "ERROR: --api-server-authorized-ip-ranges must be global non-reserved addresses or CIDRs\n",
        ),
    ] {
        let (code, out, stderr) = local(&sb, &format!("aks update -g rg -n c {args}"));
        assert_eq!((code, out.as_str(), stderr.as_str()), (1, "", err));
    }
    // AKS: the service CIDR stays, kubenet goes to Azure CNI only with overlay
    let (code, _, err) = local(&sb, "aks update -g rg -n c --network-plugin azure");
    assert_eq!(code, 1);
    assert!(err.contains("(InvalidParameter)"), "{err}");
    let (code, _, err) = local(&sb, "aks update -g rg -n c --pod-cidr 10.250.0.0/16");
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "(PropertyChangeNotAllowed) Changing property 'networkProfile.podCidr' is not allowed."
        ),
        "{err}"
    );

    let (code, out, err) = local(
        &sb,
        "aks update -g rg -n c --network-plugin azure --network-plugin-mode overlay --pod-cidr 10.246.0.0/16 \
         --network-dataplane cilium --ip-families IPv4,IPv6 --load-balancer-outbound-ports 64 -o json",
    );
    assert_eq!(code, 0, "{err}");
    let c: Value = serde_json::from_str(&out).unwrap();
    let net = &c["networkProfile"];
    assert_eq!(
        (
            &net["networkPlugin"],
            &net["networkPluginMode"],
            &net["networkPolicy"]
        ),
        (&json!("azure"), &json!("overlay"), &json!("cilium"))
    );
    assert_eq!(
        net["podCidrs"],
        json!(["10.246.0.0/16", "fd12:3456:789a::/64"])
    );
    assert_eq!(
        net["loadBalancerProfile"]["managedOutboundIPs"],
        json!({"count": 1, "countIpv6": 1})
    );
    assert_eq!(net["loadBalancerProfile"]["allocatedOutboundPorts"], 64);
    let shown = sb.local_ok(&argv("aks show -g rg -n c --query networkProfile"));
    assert_eq!(
        serde_json::from_slice::<Value>(&shown.stdout).unwrap(),
        *net
    );
    // dual stack stays, and so does Cilium's dataplane
    let (code, _, err) = local(&sb, "aks update -g rg -n c --network-dataplane azure");
    assert_eq!(code, 1);
    assert!(err.contains("networkProfile.networkDataplane"), "{err}");
}

#[tokio::test]
async fn create_puts_the_load_balancer_and_api_server_profiles_as_az() {
    let t = Scripted::new(vec![
        scripted::not_found("ResourceNotFound"),
        ok(json!({"id": CLUSTER, "name": "c"})),
    ]);
    let ctx = scripted::ctx(&t, Arc::new(Mutex::new(Vec::new())));
    let line = argv(
        "azr aks create -g rg -n c -l eastus --no-wait --load-balancer-managed-outbound-ipv6-count 2 \
         --load-balancer-outbound-ports 1024 --load-balancer-idle-timeout 30 --load-balancer-backend-pool-type nodeip \
         --load-balancer-outbound-ip-prefixes p1,p2 --enable-private-cluster --disable-public-fqdn \
         --private-dns-zone System --enable-static-egress-gateway",
    );
    let Command::Aks(a) = Cli::try_parse_from(line).expect("parses").command else {
        panic!("not aks")
    };
    let AksCommand::Create(c) = a.command else {
        panic!("not aks create")
    };
    azr::commands::aks::create(&ctx, c.into_spec().unwrap(), None)
        .await
        .unwrap();
    let log = t.log();
    let put = &log[1];
    assert_eq!(put["method"], "PUT");
    let props = &put["body"]["properties"];
    assert_eq!(
        props["networkProfile"],
        json!({"loadBalancerSku": "standard", "outboundType": "loadBalancer",
               "loadBalancerProfile": {"managedOutboundIPs": {"count": 1, "countIPv6": 2},
                   "outboundIPPrefixes": {"publicIPPrefixes": [{"id": "p1"}, {"id": "p2"}]},
                   "allocatedOutboundPorts": 1024, "idleTimeoutInMinutes": 30, "backendPoolType": "nodeIP"},
               "staticEgressGatewayProfile": {"enabled": true}})
    );
    assert_eq!(
        props["apiServerAccessProfile"],
        json!({"authorizedIPRanges": [], "enablePrivateCluster": true,
               "enablePrivateClusterPublicFQDN": false, "privateDNSZone": "System"})
    );
}

#[test]
fn create_refusals_and_a_private_cluster_as_aks_returns_it() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    for (args, err) in [
        (
            "--disable-public-fqdn",
            "ERROR: --disable-public-fqdn should only be used with --enable-private-cluster\n",
        ),
        (
            "--enable-private-cluster --api-server-authorized-ip-ranges 20.1.2.3",
            "ERROR: --api-server-authorized-ip-ranges is not supported for private cluster\n",
        ),
        (
            "--outbound-type managedNATGateway --load-balancer-idle-timeout 10",
            "ERROR: managedNATGateway type doesn't support customizing the standard load balancer config\n",
        ),
    ] {
        let (code, out, stderr) = local(
            &sb,
            &format!("aks create -g rg -n c -c 1 --no-ssh-key {args}"),
        );
        assert_eq!(
            (code, out.as_str(), stderr.as_str()),
            (1, "", err),
            "{args}"
        );
    }
    assert_eq!(
        String::from_utf8_lossy(&sb.local_ok(&argv("aks list --query length(@)")).stdout).trim(),
        "0"
    );
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-private-cluster -o none",
    ));
    let c: Value =
        serde_json::from_slice(&sb.local_ok(&argv("aks show -g rg -n c")).stdout).unwrap();
    let access = &c["apiServerAccessProfile"];
    assert_eq!(
        (
            &access["enablePrivateCluster"],
            &access["privateDnsZone"],
            &access["enablePrivateClusterPublicFqdn"]
        ),
        (&json!(true), &json!("system"), &json!(true))
    );
    assert!(
        c["privateFqdn"]
            .as_str()
            .is_some_and(|f| f.ends_with(".privatelink.eastus.azmk8s.io"))
    );
    assert!(c["fqdn"].as_str().is_some());
    // the public FQDN goes when it is turned off
    let (code, out, err) = local(
        &sb,
        "aks update -g rg -n c --disable-public-fqdn --query [fqdn,privateFqdn] -o json",
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0], Value::Null);
    assert_eq!(v[1], c["privateFqdn"]);
}

#[tokio::test]
async fn nat_gateway_profile_as_az() {
    let mut nat_cluster = kubenet_cluster();
    nat_cluster["properties"]["networkProfile"]["outboundType"] = json!("managedNATGateway");
    let sent = update(
        "--nat-gateway-managed-outbound-ip-count 2 --nat-gateway-idle-timeout 10 --outbound-type-sku standard",
        nat_cluster.clone(),
    )
    .await
    .unwrap();
    let net = &sent[1].1["properties"]["networkProfile"];
    assert_eq!(
        net["natGatewayProfile"],
        json!({"idleTimeoutInMinutes": 10, "managedOutboundIPProfile": {"count": 2}, "sku": "Standard"})
    );
    let sent = update(
        "--outbound-type-sku StandardV2 --nat-gw-ips ip1,ip2 --nat-gw-prefixes p1",
        nat_cluster,
    )
    .await
    .unwrap();
    assert_eq!(
        sent[1].1["properties"]["networkProfile"]["natGatewayProfile"],
        json!({"idleTimeoutInMinutes": 4, "sku": "StandardV2", "outboundIPs": {"publicIPs": ["ip1", "ip2"]},
               "outboundIPPrefixes": {"publicIPPrefixes": ["p1"]}})
    );
    let e = update("--nat-gateway-idle-timeout 10", kubenet_cluster())
        .await
        .unwrap_err();
    assert_eq!(
        e.message,
        "loadBalancer type doesn't support customizing the standard nat gateway ips"
    );
    let e = update("--nat-gw-ipv6-count 1", kubenet_cluster())
        .await
        .unwrap_err();
    assert!(
        e.message.ends_with("--outbound-type-sku StandardV2."),
        "{}",
        e.message
    );
}

#[test]
fn an_edge_zone_is_kept_and_never_changes() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l westus -o none"));
    let out = sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --edge-zone losangeles --query extendedLocation",
    ));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        json!({"name": "losangeles", "type": "EdgeZone"})
    );
    let out = sb.local_ok(&argv(
        "aks update -g rg -n c --tags a=b --query extendedLocation.name -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "losangeles");
}
