//! Scaling, updating and reading a node-public-IP cluster through the binary against the
//! built-in emulator: `aks scale`, `aks nodepool scale`, `aks update`, `aks machine`, and
//! azr's own `aks node-ips` (issues 17 and 18).

use serde_json::Value;

use crate::common::Sandbox;

const SUB: &str = "00000000-0000-0000-0000-000000000001";

struct Local(Sandbox);

impl Local {
    fn new() -> Local {
        Local(Sandbox::new())
    }
    /// (exit code, stdout, stderr)
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self
            .0
            .azr()
            .env("AZR_CLOUD", "local")
            .args(args)
            .output()
            .expect("run azr");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
    fn ok(&self, line: &str) -> String {
        let args: Vec<&str> = line.split_whitespace().collect();
        let (code, out, err) = self.run(&args);
        assert_eq!(code, 0, "{line}: {err}");
        out
    }
    fn json(&self, line: &str) -> Value {
        serde_json::from_str(&self.ok(&format!("{line} -o json"))).expect("json")
    }
}

fn prefix_id(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/{name}"
    )
}

/// A cluster of 2 nodes whose public IPs come from a /30 (4 addresses) with an IP tag, and
/// allowed host ports on its pool.
fn cluster_on_small_prefix() -> Local {
    let l = Local::new();
    l.ok("group create -n rg -l eastus -o none");
    l.ok("network public-ip prefix create -g rg -n pfx --length 30 -l eastus -o none");
    l.ok(&format!(
        "aks create -g rg -n c -c 2 --enable-node-public-ip --node-public-ip-prefix-id {} \
         --node-public-ip-tags RoutingPreference=Internet --nodepool-allowed-host-ports 80/tcp,53/udp \
         --generate-ssh-keys -o none",
        prefix_id("pfx")
    ));
    l
}

fn node_ips(l: &Local) -> Vec<String> {
    l.json("aks node-ips -g rg -n c")
        .as_array()
        .expect("list")
        .iter()
        .map(|n| n["publicIp"].as_str().expect("public ip").to_string())
        .collect()
}

#[test]
fn scaling_draws_and_returns_prefix_addresses() {
    let l = cluster_on_small_prefix();
    let block = l.ok("network public-ip prefix show -g rg -n pfx --query ipPrefix -o tsv");
    let base = block
        .trim()
        .trim_end_matches("/30")
        .rsplit_once('.')
        .unwrap()
        .0
        .to_string();
    assert_eq!(node_ips(&l).len(), 2);

    let scaled = l.json("aks scale -g rg -n c -c 4");
    assert_eq!(scaled["agentPoolProfiles"][0]["count"], 4);
    let ips = node_ips(&l);
    assert_eq!(ips.len(), 4);
    assert!(
        ips.iter().all(|ip| ip.starts_with(&base)),
        "{ips:?} not in {block}"
    );
    let machines = l.json("aks machine list -g rg --cluster-name c --nodepool-name nodepool1");
    assert_eq!(machines.as_array().unwrap().len(), 4);
    assert_eq!(
        machines[3]["properties"]["network"]["ipAddresses"][1]["ip"].as_str(),
        Some(ips[3].as_str())
    );

    // A fifth node finds the prefix exhausted: the operation fails, the nodes stay as they were.
    let (code, out, err) = l.run(&["aks", "scale", "-g", "rg", "-n", "c", "-c", "5"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("ERROR: (PublicIpPrefixOutOfIpAddressesForVMScaleSet) IpPrefix "),
        "{err}"
    );
    assert_eq!(node_ips(&l), ips);

    // Scaling down gives the addresses back: a new pool takes three of them.
    l.ok("aks nodepool scale -g rg --cluster-name c -n nodepool1 -c 1 -o none");
    assert_eq!(node_ips(&l), ips[..1].to_vec());
    l.ok(&format!(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 3 --enable-node-public-ip \
         --node-public-ip-prefix-id {} -o none",
        prefix_id("pfx")
    ));
    let np2 = l.json("aks node-ips -g rg -n c --nodepool-name np2");
    assert_eq!(np2.as_array().unwrap().len(), 3);
    assert!(
        np2.as_array()
            .unwrap()
            .iter()
            .all(|n| n["nodepool"] == "np2")
    );
}

#[test]
fn node_ips_in_every_format() {
    let l = cluster_on_small_prefix();
    let rows = l.json("aks node-ips -g rg -n c");
    let first = &rows[0];
    assert_eq!(first["nodepool"], "nodepool1");
    assert_eq!(first["publicIpPrefix"], prefix_id("pfx"));
    assert_eq!(
        first["ipTags"],
        serde_json::json!([{"ipTagType": "RoutingPreference", "tag": "Internet"}])
    );
    assert_eq!(
        first["allowedHostPorts"],
        serde_json::json!(["80/tcp", "53/udp"])
    );
    let name = first["name"].as_str().unwrap().to_string();
    assert!(
        name.starts_with("aks-nodepool1-") && name.ends_with("-vmss000000"),
        "{name}"
    );

    let table = l.ok("aks node-ips -g rg -n c -o table");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("Name "), "{table}");
    assert!(lines[0].contains("IpTags") && lines[0].contains("AllowedHostPorts"));
    assert!(lines[2].contains("RoutingPreference=Internet") && lines[2].contains("80/tcp 53/udp"));
    assert_eq!(lines.len(), 4);

    let ips = l.ok("aks node-ips -g rg -n c --query [].publicIp -o tsv");
    assert_eq!(ips.lines().count(), 2);
    let yaml = l.ok("aks node-ips -g rg -n c -o yaml");
    assert!(yaml.contains(&format!("name: {name}")), "{yaml}");

    let (code, _, err) = l.run(&[
        "aks",
        "node-ips",
        "-g",
        "rg",
        "-n",
        "c",
        "--nodepool-name",
        "np9",
    ]);
    assert_eq!(
        (code, err.as_str()),
        (1, "ERROR: The nodepool \"np9\" was not found.\n")
    );
}

#[test]
fn a_pool_without_node_public_ips_is_explained() {
    let l = Local::new();
    l.ok("group create -n rg -l eastus -o none");
    l.ok("aks create -g rg -n c -c 1 --generate-ssh-keys -o none");
    let vmss = l.ok("vmss list -g MC_rg_c_eastus --query [0].name -o tsv");
    let (code, out, err) = l.run(&[
        "vmss",
        "list-instance-public-ips",
        "-g",
        "MC_rg_c_eastus",
        "-n",
        vmss.trim(),
    ]);
    assert_eq!((code, out.as_str()), (0, "[]\n"));
    assert!(
        err.starts_with(&format!(
            "WARNING: Scale set '{}' (AKS node pool 'nodepool1') gives its instances no public IPs",
            vmss.trim()
        )),
        "{err}"
    );
    let (code, out, err) = l.run(&["aks", "node-ips", "-g", "rg", "-n", "c", "-o", "tsv"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    assert!(
        err.starts_with("WARNING: Node pool 'nodepool1' has no node public IPs"),
        "{err}"
    );
}

#[test]
fn update_keeps_the_kubelet_identity_and_applies_flags() {
    let l = cluster_on_small_prefix();
    let before = l.json("aks show -g rg -n c");
    let kubelet = &before["identityProfile"]["kubeletidentity"];
    assert!(
        kubelet["resourceId"]
            .as_str()
            .unwrap()
            .ends_with("/resourcegroups/MC_rg_c_eastus/providers/Microsoft.ManagedIdentity/userAssignedIdentities/c-agentpool")
    );
    let after = l.json("aks update -g rg -n c --tags env=prod --tier standard");
    assert_eq!(after["tags"], serde_json::json!({"env": "prod"}));
    assert_eq!(after["sku"]["tier"], "Standard");
    assert_eq!(after["identityProfile"], before["identityProfile"]);
    assert_eq!(node_ips(&l).len(), 2);

    let (code, out, err) = l.run(&["aks", "update", "-g", "rg", "-n", "c"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("ERROR: Please specify one or more of \"--tags\" or "),
        "{err}"
    );
}
