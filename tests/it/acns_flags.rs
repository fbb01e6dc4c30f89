//! The Advanced Container Networking Services flags of `aks create` and `aks update` (issue 18):
//! the PUT body az's update decorator would send (scripted transport), and end to end against
//! the built-in emulator what the cluster keeps and az's refusals with nothing changed.

use serde_json::{Value, json};

use crate::common::{Sandbox, argv};
use crate::scripted;

const CLUSTER: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c";

fn cluster(advanced_networking: Value) -> Value {
    json!({"id": CLUSTER, "name": "c", "location": "eastus", "sku": {"name": "Base", "tier": "Free"},
           "properties": {"provisioningState": "Succeeded", "fqdn": "f",
               "agentPoolProfiles": [{"name": "nodepool1", "count": 1, "mode": "System"}],
               "networkProfile": {"networkPlugin": "azure", "networkDataplane": "cilium",
                   "loadBalancerSku": "standard", "advancedNetworking": advanced_networking}}})
}

/// `aks update ARGS` on cluster `c` in `rg`: the requests sent.
async fn update(args: &str, existing: Value) -> azr::Result<Vec<(String, Value)>> {
    scripted::aks_update(args, existing, CLUSTER).await
}

fn sent_acns(sent: &[(String, Value)]) -> &Value {
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1].0, "PUT");
    &sent[1].1["properties"]["networkProfile"]["advancedNetworking"]
}

#[tokio::test]
async fn update_changes_only_the_named_fields_as_az() {
    let on = json!({"enabled": true, "observability": {"enabled": true},
                    "security": {"enabled": true, "advancedNetworkPolicies": "FQDN"}});
    // enabling keeps the policies, turns both parts on unless disabled
    let sent = update(
        "--enable-acns --disable-acns-observability --acns-datapath-acceleration-mode bpfveth",
        cluster(on.clone()),
    )
    .await
    .unwrap();
    assert_eq!(
        sent_acns(&sent),
        &json!({"enabled": true, "observability": {"enabled": false},
                "security": {"enabled": true, "advancedNetworkPolicies": "FQDN"},
                "performance": {"accelerationMode": "BpfVeth"}})
    );
    // disabling switches off what is there and sets no acceleration
    let sent = update("--disable-acns", cluster(on.clone())).await.unwrap();
    assert_eq!(
        sent_acns(&sent),
        &json!({"enabled": false, "observability": {"enabled": false},
                "security": {"enabled": false, "advancedNetworkPolicies": "FQDN"},
                "performance": {"accelerationMode": "None"}})
    );
    // transit encryption alone needs ACNS on the cluster
    let sent = update("--acns-transit-encryption-type WireGuard", cluster(on))
        .await
        .unwrap();
    assert_eq!(
        sent_acns(&sent)["security"],
        json!({"enabled": true, "advancedNetworkPolicies": "FQDN",
               "transitEncryption": {"type": "WireGuard"}})
    );
    let err = update(
        "--acns-transit-encryption-type WireGuard",
        cluster(Value::Null),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.message,
        "--acns-transit-encryption-type requires ACNS to be enabled on the cluster. Use --enable-acns together with --acns-transit-encryption-type."
    );
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

fn shown(sb: &Sandbox) -> Value {
    serde_json::from_slice(
        &sb.local_ok(&argv(
            "aks show -g rg -n c --query networkProfile.advancedNetworking",
        ))
        .stdout,
    )
    .unwrap()
}

#[test]
fn the_emulator_keeps_acns_and_az_refusals_change_nothing() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    for (args, err) in [
        (
            "--acns-transit-encryption-type WireGuard",
            "ERROR: --acns-transit-encryption-type requires --enable-acns.\n",
        ),
        (
            "--enable-acns --disable-acns-observability --disable-acns-security",
            "ERROR: Cannot disable observability, security, and performance acceleration when enabling ACNS. Please enable at least one of them or disable ACNS with --disable-acns.\n",
        ),
        (
            "--enable-acns --disable-acns-security --acns-advanced-networkpolicies L7",
            "ERROR: --disable-acns-security and --disable-acns cannot be used with  --acns-advanced-networkpolicies.\n",
        ),
        (
            "--enable-acns --disable-acns-security --acns-transit-encryption-type None",
            "ERROR: Cannot specify --acns-transit-encryption-type and --disable-acns-security at the same time.\n",
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
        "aks create -g rg -n c -c 1 --no-ssh-key --network-plugin azure --network-dataplane cilium \
         --enable-acns --disable-acns-observability --acns-advanced-networkpolicies l7 \
         --acns-datapath-acceleration-mode BpfVeth --acns-transit-encryption-type WireGuard -o none",
    ));
    // az's output model prints the security switch nobody set as null
    assert_eq!(
        shown(&sb),
        json!({"enabled": true, "observability": {"enabled": false},
               "security": {"enabled": null, "advancedNetworkPolicies": "L7", "transitEncryption": {"type": "WireGuard"}},
               "performance": {"accelerationMode": "BpfVeth"}})
    );
    for (args, err) in [
        (
            "--enable-acns --disable-acns",
            "ERROR: Cannot specify --enable-acns and --disable-acns at the same time.\n",
        ),
        (
            "--disable-acns --acns-datapath-acceleration-mode BpfVeth",
            "ERROR: --disable-acns cannot be used with --acns-performance-acceleration-mode.\n",
        ),
        (
            "--disable-acns --disable-acns-observability",
            "ERROR: --disable-acns does not use any additional acns arguments.\n",
        ),
        (
            "--disable-acns --acns-transit-encryption-type None",
            "ERROR: Cannot specify --acns-transit-encryption-type and --disable-acns at the same time.\n",
        ),
    ] {
        let (code, out, stderr) = local(&sb, &format!("aks update -g rg -n c {args}"));
        assert_eq!(
            (code, out.as_str(), stderr.as_str()),
            (1, "", err),
            "{args}"
        );
    }
    sb.local_ok(&argv("aks update -g rg -n c --disable-acns -o none"));
    assert_eq!(
        shown(&sb),
        json!({"enabled": false, "observability": {"enabled": false},
               "security": {"enabled": false, "advancedNetworkPolicies": "L7", "transitEncryption": {"type": "WireGuard"}},
               "performance": {"accelerationMode": "None"}})
    );
    let (code, _, err) = local(
        &sb,
        "aks update -g rg -n c --acns-transit-encryption-type None",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("requires ACNS to be enabled on the cluster"),
        "{err}"
    );
}
