//! `aks create --sku automatic` and the hosted system flags (issue 18), end to end against the
//! built-in emulator: the defaults az fills for an Automatic cluster, the hosted system
//! profile and its subnet trio, the calls around the PUT, what the cluster keeps, and az's
//! refusals with nothing written.

use serde_json::{Value, json};

use crate::common::{Sandbox, Sent, SentFirst, argv};

const SUB: &str = "00000000-0000-0000-0000-000000000001";

fn writes(sent: &[Sent]) -> Vec<String> {
    sent.iter()
        .filter(|s| s.method != "GET" && s.method != "HEAD")
        .map(|s| {
            let path = s.path.trim_start_matches("https://management.azure.com");
            format!("{} {path}", s.method)
        })
        .collect()
}

fn cluster_puts(sent: &[Sent]) -> Vec<&Value> {
    sent.iter()
        .filter(|s| s.method == "PUT" && s.path.ends_with("/managedClusters/c"))
        .map(|s| &s.body)
        .collect()
}

fn show(sb: &Sandbox) -> Value {
    let out = sb.local_ok(&argv("aks show -g rg -n c"));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn group(sb: &Sandbox) {
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
}

/// The local cloud has no signed-in user: Graph answers `/me` as it does an application.
const GRAPH_WARNING: &str = "WARNING: Could not get signed in user: /me request is only valid with delegated authentication flow.";

#[test]
fn automatic_sends_azs_defaults_and_the_cluster_keeps_them() {
    let sb = Sandbox::new();
    group(&sb);
    let (out, sent) = sb.local_recorded(&argv("aks create -g rg -n c --sku automatic -o none"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains(GRAPH_WARNING), "{stderr}");
    let puts = cluster_puts(&sent);
    assert_eq!(puts.len(), 2, "the create and metrics' second PUT");
    let first = puts[0];
    assert_eq!(
        first["sku"],
        json!({"name": "Automatic", "tier": "Standard"})
    );
    let p = &first["properties"];
    assert!(p.get("linuxProfile").is_none(), "no SSH key: {p}");
    assert_eq!(p["disableLocalAccounts"], true);
    assert_eq!(p["networkProfile"]["outboundType"], "managedNATGateway");
    assert_eq!(p["addonProfiles"]["omsagent"]["enabled"], true);
    assert_eq!(
        p["addonProfiles"]["omsagent"]["config"]["useAADAuth"],
        "true"
    );
    assert_eq!(p["azureMonitorProfile"]["metrics"]["enabled"], false);
    assert_eq!(p["agentPoolProfiles"][0]["vmSize"], "");
    assert_eq!(
        puts[1]["properties"]["azureMonitorProfile"]["metrics"]["enabled"],
        true
    );
    // the monitoring add-on is the SKU's default, not asked for: no rule association for it
    let w = writes(&sent);
    assert!(
        !w.iter().any(|x| x.ends_with("/ContainerInsightsExtension")),
        "{w:#?}"
    );
    assert!(
        w.iter()
            .any(|x| x.ends_with("/dataCollectionRules/MSCI-eastus-c")),
        "{w:#?}"
    );
    let kept = show(&sb);
    assert_eq!(
        kept["sku"],
        json!({"name": "Automatic", "tier": "Standard"})
    );
    assert_eq!(kept["disableLocalAccounts"], true);
    assert_eq!(kept["networkProfile"]["outboundType"], "managedNATGateway");
    assert_eq!(kept["azureMonitorProfile"]["metrics"]["enabled"], true);
    assert!(kept["linuxProfile"].is_null());
}

#[test]
fn automatic_refuses_a_key_and_a_second_monitoring_with_nothing_written() {
    let sb = Sandbox::new();
    group(&sb);
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c --sku automatic --generate-ssh-keys",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: SSH key configuration is not supported for the Automatic SKU. Do not specify \"--ssh-key-value\" or \"--generate-ssh-keys\" when using \"--sku automatic\".\n"
    );
    assert!(sent.is_empty());
    assert!(!sb.home().join(".ssh").exists(), "no key generated");
    let (out, sent) =
        sb.local_recorded(&argv("aks create -g rg -n c --sku automatic -a monitoring"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Duplicate addon 'monitoring' found in option --enable-addons.\n"
    );
    assert!(writes(&sent).is_empty(), "{:#?}", writes(&sent));
}

#[test]
fn hosted_system_sends_no_pool_and_the_cluster_keeps_the_profile() {
    let sb = Sandbox::new();
    group(&sb);
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks create -g rg -n c --sku automatic --enable-hosted-system --tier premium -o none",
    ));
    let first = cluster_puts(&sent)[0];
    assert_eq!(
        first["sku"],
        json!({"name": "Automatic", "tier": "Premium"})
    );
    assert!(first["properties"].get("agentPoolProfiles").is_none());
    assert_eq!(
        first["properties"]["hostedSystemProfile"],
        json!({"enabled": true})
    );
    let kept = show(&sb);
    assert_eq!(kept["hostedSystemProfile"]["enabled"], true);
    assert!(kept["hostedSystemProfile"]["nodeSubnetId"].is_null());
    // a user pool joins it: AKS runs the system pool
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n user1 -c 1 -o none",
    ));
}

/// VNet `v` in group `rg` with the subnets of an Automatic cluster's trio: `sys`, `nodes`, `api`.
pub fn trio_vnet(sb: &Sandbox) {
    sb.local_ok(&argv(
        "network vnet create -g rg -n v --address-prefixes 10.0.0.0/16 --subnet-name sys --subnet-prefixes 10.0.1.0/24 -o none",
    ));
    for (name, prefix) in [("nodes", "10.0.2.0/24"), ("api", "10.0.3.0/24")] {
        let line = format!(
            "network vnet subnet create -g rg --vnet-name v -n {name} --address-prefixes {prefix} -o none"
        );
        sb.local_ok(&line.split(' ').collect::<Vec<_>>());
    }
}

#[test]
fn subnet_trio_grants_network_contributor_on_each_subnet_after_the_put() {
    let sb = Sandbox::new();
    group(&sb);
    trio_vnet(&sb);
    let net = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets"
    );
    let (sys, nodes, api) = (
        format!("{net}/sys"),
        format!("{net}/nodes"),
        format!("{net}/api"),
    );
    let (_, sent) = sb.local_recorded_ok(&[
        "aks",
        "create",
        "-g",
        "rg",
        "-n",
        "c",
        "--sku",
        "automatic",
        "-o",
        "none",
        "--system-node-subnet-id",
        &sys,
        "--node-subnet-id",
        &nodes,
        "--apiserver-subnet-id",
        &api,
    ]);
    // a recording names the zero subscription
    let rec = |id: &str| id.replace(SUB, "00000000-0000-0000-0000-000000000000");
    let p = &cluster_puts(&sent)[0]["properties"];
    assert_eq!(
        p["hostedSystemProfile"],
        json!({"enabled": true, "systemNodeSubnetID": rec(&sys), "nodeSubnetID": rec(&nodes)})
    );
    assert_eq!(
        p["apiServerAccessProfile"],
        json!({"enableVnetIntegration": true, "subnetId": rec(&api)})
    );
    // the user's own network: no managed NAT gateway default
    assert_eq!(p["networkProfile"]["outboundType"], "loadBalancer");
    let granted: Vec<String> = writes(&sent)
        .into_iter()
        .filter(|w| w.contains("/roleAssignments/"))
        .map(|w| {
            w.split("/providers/Microsoft.Authorization")
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let subnet = |s: &str| format!("PUT {}", rec(s));
    assert_eq!(granted, vec![subnet(&sys), subnet(&nodes), subnet(&api)]);
    // ... after the cluster's PUT
    let w = writes(&sent);
    let put = w
        .iter()
        .position(|x| x.ends_with("/managedClusters/c"))
        .unwrap();
    let grant = w
        .iter()
        .position(|x| x.contains("/roleAssignments/"))
        .unwrap();
    assert!(put < grant, "{w:#?}");
    let kept = show(&sb);
    assert_eq!(
        kept["hostedSystemProfile"]["systemNodeSubnetId"],
        json!(sys)
    );
    assert_eq!(kept["hostedSystemProfile"]["nodeSubnetId"], json!(nodes));
}

#[test]
fn hosted_system_refusals_write_nothing() {
    let sb = Sandbox::new();
    group(&sb);
    let s = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"
    );
    let cases: Vec<(Vec<&str>, i32, String)> = vec![
        (
            vec!["--no-ssh-key", "--enable-hosted-system"],
            1,
            "ERROR: \"--enable-hosted-system\" requires \"--sku automatic\".\n".into(),
        ),
        (
            vec!["--sku", "automatic", "--system-node-subnet-id", &s],
            1,
            "ERROR: BYO VNet for a Managed System Pool (Automatic cluster) requires all three subnets. Missing: --node-subnet-id, --apiserver-subnet-id.\n".into(),
        ),
        (
            vec!["--no-ssh-key", "--system-node-subnet-id", &s, "--node-subnet-id", &s, "--apiserver-subnet-id", &s],
            1,
            "ERROR: \"--system-node-subnet-id\" / \"--node-subnet-id\" require \"--sku automatic\".\n".into(),
        ),
        (
            vec!["--sku", "automatic", "--node-subnet-id", "foo"],
            1,
            "ERROR: --node-subnet-id is not a valid Azure resource ID.\n".into(),
        ),
    ];
    for (flags, code, stderr) in cases {
        // argument errors send nothing; az's getters read first
        let first = if code == 2 || stderr.contains("valid Azure resource ID") {
            SentFirst::Nothing
        } else {
            SentFirst::Reads
        };
        let line = format!("aks create -g rg -n c {}", flags.join(" "));
        sb.assert_refused(&line, code, &stderr, first);
    }
    let out = sb.local_ok(&argv("aks list -g rg"));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        json!([])
    );
}
