//! The pool feature flags (issues 12, 18): upgrade settings, node config files, message of the
//! day, GPU, security profile, artifact streaming, DRANET, Windows outbound NAT, gateway
//! prefix, local DNS, host group, capacity reservation group, `nodepool delete --ignore-pdb`.
//! End to end against the built-in emulator: the requests that go out (recorded to a
//! cassette), what the user sees, and what the emulator keeps.

use std::path::PathBuf;

use azr::transport::cassette::Cassette;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, fixture};

fn cfg(name: &str) -> String {
    fixture(&format!("pool-config/{name}"))
        .to_string_lossy()
        .into_owned()
}

/// Runs `line` (its `{cfg}` replaced by the fixtures' folder) against the built-in emulator,
/// recording what it sends: (exit code, stdout, stderr, the requests as method, uri, body).
fn record(sb: &Sandbox, line: &str) -> (i32, String, String, Vec<(String, String, Value)>) {
    let cassette: PathBuf = sb.dir.path().join("rec.yaml");
    let _ = std::fs::remove_file(&cassette);
    let dir = fixture("pool-config").to_string_lossy().into_owned();
    let line = line.replace("{cfg}", &dir);
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .env("AZR_CASSETTE", &cassette)
        .env("AZR_RECORD_MODE", "all")
        .args(line.split_whitespace())
        .output()
        .expect("run azr");
    let requests = if cassette.exists() {
        Cassette::load(&cassette)
            .expect("cassette")
            .interactions
            .into_iter()
            .map(|i| {
                let body = i
                    .request
                    .body
                    .as_deref()
                    .map_or(Value::Null, |b| serde_json::from_str(b).unwrap_or(json!(b)));
                (i.request.method, i.request.uri, body)
            })
            .collect()
    } else {
        Vec::new()
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        requests,
    )
}

fn put_body(requests: &[(String, String, Value)]) -> Value {
    requests
        .iter()
        .find(|(m, _, _)| m == "PUT")
        .map(|(_, _, b)| b.clone())
        .expect("a PUT went out")
}

fn file_json(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(cfg(name)).unwrap()).unwrap()
}

fn cluster(sb: &Sandbox) -> Value {
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, _, err, requests) = record(
        sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --kubelet-config {cfg}/kubelet.json \
         --linux-os-config {cfg}/linuxos.json --message-of-the-day {cfg}/motd.txt --enable-vtpm \
         --gpu-instance-profile mig1g --workload-runtime katavmisolation -o none",
    );
    assert_eq!(code, 0, "{err}");
    put_body(&requests)["properties"]["agentPoolProfiles"][0].clone()
}

#[test]
fn create_sends_the_first_pools_features() {
    let sb = Sandbox::new();
    let pool = cluster(&sb);
    assert_eq!(pool["kubeletConfig"], file_json("kubelet.json"));
    assert_eq!(pool["linuxOSConfig"], file_json("linuxos.json"));
    assert_eq!(
        pool["messageOfTheDay"],
        "V2VsY29tZSB0byBhIG5vZGUgb2YgdGhpcyBwb29sLgpBdXRob3JpemVkIHVzZSBvbmx5Lgo=",
        "base64 of the file's text"
    );
    assert_eq!(pool["securityProfile"], json!({"enableVTPM": true}));
    assert_eq!(pool["gpuInstanceProfile"], "MIG1g");
    assert_eq!(pool["workloadRuntime"], "KataVmIsolation");
    assert_eq!(
        pool["upgradeSettings"],
        json!({}),
        "aks create has no upgrade flags"
    );
    let shown = serde_json::from_slice::<Value>(
        &sb.local_ok(&argv("aks show -g rg -n c --query agentPoolProfiles[0]"))
            .stdout,
    )
    .unwrap();
    assert_eq!(shown["kubeletConfig"]["cpuManagerPolicy"], "static");
    assert_eq!(shown["securityProfile"]["enableVtpm"], true);
}

#[test]
fn nodepool_add_sends_the_features_and_the_emulator_keeps_them() {
    let sb = Sandbox::new();
    cluster(&sb);
    let crg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/capacityReservationGroups/crg1";
    let line = format!(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 1 --max-unavailable 1 \
         --undrainable-node-behavior Cordon --kubelet-config {{cfg}}/kubelet.json \
         --gpu-driver none --enable-secure-boot --enable-artifact-streaming --enable-managed-dranet \
         --pod-ip-allocation-mode StaticBlock --localdns-config {{cfg}}/localdns.json --crg-id {crg} -o json"
    );
    let (code, out, err, requests) = record(&sb, &line);
    assert_eq!(code, 0, "{err}");
    let methods: Vec<&str> = requests.iter().map(|(m, _, _)| m.as_str()).collect();
    assert_eq!(&methods[..2], ["GET", "PUT"], "the pool list, then the PUT");
    let p = &put_body(&requests)["properties"];
    assert_eq!(
        p["upgradeSettings"],
        json!({"maxUnavailable": "1", "undrainableNodeBehavior": "Cordon"})
    );
    assert_eq!(p["kubeletConfig"], file_json("kubelet.json"));
    assert_eq!(p["gpuProfile"], json!({"driver": "None"}));
    assert_eq!(p["securityProfile"], json!({"enableSecureBoot": true}));
    assert_eq!(p["artifactStreamingProfile"], json!({"enabled": true}));
    assert_eq!(p["networkProfile"], json!({"dranet": {"mode": "Managed"}}));
    assert_eq!(p["podIPAllocationMode"], "StaticBlock");
    assert_eq!(p["capacityReservationGroupID"], crg);
    // az's local DNS profile: known keys only, snake_case made camelCase, nulls dropped
    assert_eq!(
        p["localDNSProfile"],
        json!({
            "mode": "Preferred",
            "kubeDNSOverrides": {".": {"queryLogging": "Log", "protocol": "PreferUDP",
                "forwardDestination": "ClusterCoreDNS", "forwardPolicy": "Sequential",
                "maxConcurrent": 1000, "cacheDurationInSeconds": 3600,
                "serveStaleDurationInSeconds": 3600, "serveStale": "Verify"}},
            "vnetDNSOverrides": {".": {"queryLogging": "Error", "forwardDestination": "VnetDNS"}}
        })
    );
    let shown: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        shown["upgradeSettings"]["undrainableNodeBehavior"],
        "Cordon"
    );
    // A later process reads what the emulator stored.
    let kept: Value = serde_json::from_slice(
        &sb.local_ok(&argv("aks nodepool show -g rg --cluster-name c -n np2"))
            .stdout,
    )
    .unwrap();
    assert_eq!(kept["capacityReservationGroupId"], crg);
    assert_eq!(kept["localDnsProfile"]["mode"], "Preferred");
    assert_eq!(kept["gpuProfile"]["driver"], "None");
}

#[test]
fn nodepool_update_changes_the_features_and_keeps_the_rest() {
    let sb = Sandbox::new();
    cluster(&sb);
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 1 --enable-vtpm --enable-secure-boot --max-surge 2 -o none",
    ));
    let (code, _, err, requests) = record(
        &sb,
        "aks nodepool update -g rg --cluster-name c -n np2 --max-unavailable 10% --disable-vtpm \
         --enable-artifact-streaming --gpu-driver Install --localdns-config {cfg}/localdns-required.json -o none",
    );
    assert_eq!(code, 0, "{err}");
    let p = &put_body(&requests)["properties"];
    assert_eq!(
        p["upgradeSettings"],
        json!({"maxSurge": "2", "maxUnavailable": "10%", "undrainableNodeBehavior": "Schedule"})
    );
    assert_eq!(
        p["securityProfile"],
        json!({"enableVTPM": false, "enableSecureBoot": true})
    );
    assert_eq!(p["artifactStreamingProfile"], json!({"enabled": true}));
    assert_eq!(p["gpuProfile"], json!({"driver": "Install"}));
    assert_eq!(
        p["localDNSProfile"],
        json!({"mode": "Required", "kubeDNSOverrides": {}})
    );
}

#[test]
fn delete_ignore_pdb_asks_aks_to_ignore_the_budgets() {
    let sb = Sandbox::new();
    cluster(&sb);
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 1 -o none",
    ));
    let (code, _, err, requests) =
        record(&sb, "aks nodepool delete -g rg --cluster-name c -n np2 -i");
    assert_eq!(code, 0, "{err}");
    let delete = requests
        .iter()
        .find(|(m, _, _)| m == "DELETE")
        .expect("a DELETE");
    assert!(
        delete.1.contains("ignore-pod-disruption-budget=true"),
        "{}",
        delete.1
    );
    let names = sb.local_ok(&argv(
        "aks nodepool list -g rg --cluster-name c --query [].name -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&names.stdout), "nodepool1\n");
}

/// Gateway pools: az's checks, then AKS's default /31 prefix and its one-address-per-node cap.
#[test]
fn gateway_pools_as_aks_sizes_them() {
    let sb = Sandbox::new();
    cluster(&sb);
    let (code, out, err, _) = record(
        &sb,
        "aks nodepool add -g rg --cluster-name c -n gw -c 2 --mode Gateway --query gatewayProfile -o json",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap(),
        json!({"publicIpPrefixSize": 31})
    );
    let (code, _, err, _) = record(
        &sb,
        "aks nodepool add -g rg --cluster-name c -n gw2 -c 3 --mode Gateway",
    );
    assert_eq!(code, 1);
    assert!(err.contains("at most 2 nodes, not 3"), "{err}");
}

/// az's messages and exit codes; nothing is created (and, for the argument validators,
/// nothing is sent).
#[test]
fn bad_feature_flags_fail_with_azs_messages() {
    let sb = Sandbox::new();
    cluster(&sb);
    let add = "aks nodepool add -g rg --cluster-name c -n np9";
    let cases: &[(&str, i32, &str, bool)] = &[
        (
            "--max-unavailable 1.5",
            1,
            "ERROR: --max-unavailable should be an int or percentage\n",
            false,
        ),
        (
            "--disable-windows-outbound-nat",
            1,
            "ERROR: --disable-windows-outbound-nat can only be set for Windows nodepools\n",
            false,
        ),
        (
            "--os-type Windows --message-of-the-day {cfg}/motd.txt",
            1,
            "ERROR: --message-of-the-day can only be set for linux nodepools\n",
            false,
        ),
        (
            "--gateway-prefix-size 30",
            1,
            "ERROR: --gateway-prefix-size can only be set for Gateway-mode nodepools\n",
            false,
        ),
        (
            "--mode Gateway --gateway-prefix-size 32",
            1,
            "ERROR: --gateway-prefix-size must be in the range [28, 31]\n",
            false,
        ),
        (
            "--crg-id x",
            1,
            "ERROR: --crg-id is not a valid Azure resource ID.\n",
            false,
        ),
        (
            "--gpu-driver Maybe",
            2,
            "ERROR: az aks nodepool add: 'Maybe' is not a valid value for '--gpu-driver'. Allowed values: Install, None.\n",
            false,
        ),
        (
            "--kubelet-config /nonexistent/k.json",
            1,
            "ERROR: /nonexistent/k.json is not valid file, or not accessable.\n",
            true,
        ),
        (
            "--localdns-config {cfg}/localdns-bad-override.json",
            1,
            "ERROR: Expected a dictionary for DNS override settings, but got str: VnetDNS\n",
            true,
        ),
    ];
    for (flags, code, stderr, lists_first) in cases {
        let (got, out, err, requests) = record(&sb, &format!("{add} {flags}"));
        assert_eq!(got, *code, "{flags}: {err}");
        assert!(err.starts_with(stderr), "{flags}: {err}");
        assert!(out.is_empty(), "{flags}");
        let methods: Vec<&str> = requests.iter().map(|(m, _, _)| m.as_str()).collect();
        let expected: &[&str] = if *lists_first { &["GET"] } else { &[] };
        assert_eq!(methods, expected, "{flags}");
    }
    let kubelet_list = record(&sb, &format!("{add} --kubelet-config {{cfg}}/list.json"));
    assert_eq!(
        kubelet_list.2,
        format!(
            "ERROR: Error reading kubelet configuration from {}. Please see https://aka.ms/CustomNodeConfig for correct format.\n",
            cfg("list.json")
        )
    );
    let up = "aks nodepool update -g rg --cluster-name c -n nodepool1";
    let (code, _, err, requests) = record(&sb, &format!("{up} --enable-vtpm --disable-vtpm"));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "ERROR: Cannot specify --enable-vtpm and --disable-vtpm at the same time.\n"
    );
    assert_eq!(
        requests.len(),
        1,
        "the pool is read first, nothing is written"
    );
}

/// `--snapshot-id`: az's id check (nothing sent), its parse of the id, and its answer when the
/// snapshot is missing (the pool list, the snapshot GET, exit 3, nothing created).
#[test]
fn snapshot_ids_as_az_reads_them() {
    let sb = Sandbox::new();
    cluster(&sb);
    let add = "aks nodepool add -g rg --cluster-name c -n np9 --snapshot-id";
    let (code, _, err, requests) = record(&sb, &format!("{add} notanid"));
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: --snapshot-id is not a valid Azure resource ID.\n"
        )
    );
    assert!(requests.is_empty());
    let sub = sb.local_ok(&argv("account show --query id -o tsv")).stdout;
    let rg = format!(
        "/subscriptions/{}/resourceGroups/rg/providers",
        String::from_utf8_lossy(&sub).trim()
    );
    let (code, _, err, _) = record(
        &sb,
        &format!("{add} {rg}/Microsoft.Compute/snapshots/Disk1"),
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "ERROR: Cannot parse snapshot name from provided resource id '{}/microsoft.compute/snapshots/disk1'.\n",
            rg.to_lowercase()
        )
    );
    let (code, _, err, requests) = record(
        &sb,
        &format!("{add} {rg}/Microsoft.ContainerService/snapshots/Snap1"),
    );
    assert_eq!(
        (code, err.as_str()),
        (3, "ERROR: Snapshot 'snap1' not found.\n")
    );
    let calls: Vec<(&str, bool)> = requests
        .iter()
        .map(|(m, u, _)| (m.as_str(), u.contains("/snapshots/snap1")))
        .collect();
    assert_eq!(
        calls,
        [("GET", false), ("GET", true)],
        "the pool list, then the snapshot"
    );
}

/// `--vm-sizes`: a VirtualMachines pool is scaled by its profile, not the VMSS fields; az's
/// checks of the flag come once the pool list is read.
#[test]
fn virtual_machines_pools_are_scaled_by_their_profile() {
    let sb = Sandbox::new();
    cluster(&sb);
    let (code, _, err, requests) = record(
        &sb,
        "aks nodepool add -g rg --cluster-name c -n vms -c 2 --vm-set-type VirtualMachines --vm-sizes Standard_D2s_v5 -o none",
    );
    assert_eq!(code, 0, "{err}");
    let p = &put_body(&requests)["properties"];
    assert_eq!(
        p["virtualMachinesProfile"],
        json!({"scale": {"manual": [{"size": "Standard_D2s_v5", "count": 2}]}})
    );
    assert!(p.get("count").is_none() && p.get("vmSize").is_none(), "{p}");
    assert_eq!(p["enableAutoScaling"], false);
    let kept = sb.local_ok(&argv(
        "aks nodepool show -g rg --cluster-name c -n vms --query [typePropertiesType,count] -o json",
    ));
    assert_eq!(
        serde_json::from_slice::<Value>(&kept.stdout).unwrap(),
        json!(["VirtualMachines", 2])
    );
    let (code, _, err, requests) = record(
        &sb,
        "aks nodepool add -g rg --cluster-name c -n vms2 --vm-set-type VirtualMachines --vm-sizes a,b",
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "ERROR: We only accept single sku size for scale profile. ['a', 'b'] is invalid.\n"
    );
    assert_eq!(requests.len(), 1, "the pool list only");
}
