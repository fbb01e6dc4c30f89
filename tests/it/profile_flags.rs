//! The cluster-profile flags of `aks create` and `aks update` (issue 18): the cluster
//! autoscaler profile and the storage profile's drivers, end to end against the built-in
//! emulator: the bodies that go out, the state left, and az's refusals.

use serde_json::{Value, json};

use crate::common::{Sandbox, SentFirst, argv};

/// Runs `args` against the local emulator, recording what it sends.
fn run(sb: &Sandbox, args: &[&str]) -> (i32, String, String, Vec<(String, String, Value)>) {
    let (out, sent) = sb.local_recorded(args);
    let sent = sent
        .into_iter()
        .map(|s| (s.method, s.path, s.body))
        .collect();
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
        sent,
    )
}

fn cluster_put(sent: &[(String, String, Value)]) -> &Value {
    sent.iter()
        .find(|(m, p, _)| m == "PUT" && p.contains("/managedClusters/"))
        .map(|(_, _, b)| b)
        .expect("a cluster PUT")
}

fn show(sb: &Sandbox, name: &str) -> Value {
    let out = sb.local_ok(&["aks", "show", "-g", "rg", "-n", name]);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn create_sends_the_profiles_and_the_emulator_keeps_them() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, _, err, sent) = run(
        &sb,
        &argv(
            "aks create -g rg -n c -c 1 --no-ssh-key --ca-profile scan-interval=30s,expander=least-waste \
             daemonset-eviction-for-empty-nodes=TRUE --disable-disk-driver --enable-blob-driver -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    let props = &cluster_put(&sent)["properties"];
    assert_eq!(
        props["autoScalerProfile"],
        json!({"scan-interval": "30s", "expander": "least-waste", "daemonset-eviction-for-empty-nodes": true})
    );
    assert_eq!(
        props["storageProfile"],
        json!({"diskCSIDriver": {"enabled": false}, "blobCSIDriver": {"enabled": true}})
    );
    let c = show(&sb, "c");
    // AKS's defaults fill what was not given; the drivers not named are on
    assert_eq!(c["autoScalerProfile"]["scanInterval"], "30s");
    assert_eq!(c["autoScalerProfile"]["expander"], "least-waste");
    assert_eq!(
        c["autoScalerProfile"]["daemonsetEvictionForEmptyNodes"],
        true
    );
    assert_eq!(c["autoScalerProfile"]["maxNodeProvisionTime"], "15m");
    assert_eq!(
        c["storageProfile"],
        json!({"diskCsiDriver": {"enabled": false}, "fileCsiDriver": {"enabled": true},
               "blobCsiDriver": {"enabled": true}, "snapshotController": {"enabled": true}})
    );
    // without the flags: `storageProfile: {}` out, the default drivers back, no autoscaler profile
    let (code, _, err, sent) = run(
        &sb,
        &argv("aks create -g rg -n d -c 1 --no-ssh-key -o none"),
    );
    assert_eq!(code, 0, "{err}");
    let props = &cluster_put(&sent)["properties"];
    assert_eq!(props["storageProfile"], json!({}));
    assert!(props.get("autoScalerProfile").is_none());
    let d = show(&sb, "d");
    assert_eq!(d["autoScalerProfile"], Value::Null);
    assert_eq!(
        d["storageProfile"]["diskCsiDriver"],
        json!({"enabled": true})
    );
}

#[test]
fn update_merges_the_autoscaler_profile_and_switches_drivers() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --ca-profile scan-interval=30s --disable-file-driver -o none",
    ));
    let (code, _, err, sent) = run(
        &sb,
        &argv(
            "aks update -g rg -n c --ca-profile expander=priority --enable-file-driver --disable-snapshot-controller --yes -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    let props = &cluster_put(&sent)["properties"];
    // the cluster's profile as read, the given key over it
    assert_eq!(props["autoScalerProfile"]["scan-interval"], "30s");
    assert_eq!(props["autoScalerProfile"]["expander"], "priority");
    // only the parts named by a flag go out: AKS keeps the others
    assert_eq!(
        props["storageProfile"],
        json!({"fileCSIDriver": {"enabled": true}, "snapshotController": {"enabled": false}})
    );
    let c = show(&sb, "c");
    assert_eq!(
        c["storageProfile"],
        json!({"diskCsiDriver": {"enabled": true}, "fileCsiDriver": {"enabled": true},
               "blobCsiDriver": null, "snapshotController": {"enabled": false}})
    );
    // `--ca-profile ""` clears the profile (AKS's defaults come back)
    let (code, _, err, sent) = run(
        &sb,
        &[
            "aks",
            "update",
            "-g",
            "rg",
            "-n",
            "c",
            "--ca-profile",
            "",
            "-o",
            "none",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        cluster_put(&sent)["properties"]["autoScalerProfile"],
        json!({})
    );
    assert_eq!(show(&sb, "c")["autoScalerProfile"]["expander"], "random");
    // an update that names no driver sends none
    let (code, _, err, sent) = run(&sb, &argv("aks update -g rg -n c --tags a=b -o none"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        cluster_put(&sent)["properties"]["storageProfile"],
        json!({})
    );
    assert_eq!(
        show(&sb, "c")["storageProfile"]["snapshotController"],
        json!({"enabled": false})
    );
}

#[test]
fn disabling_a_driver_without_yes_and_no_terminal_changes_nothing() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    // az's question goes unanswered: its early exit, after the GET, with nothing printed
    let (code, out, err, sent) = run(&sb, &argv("aks update -g rg -n c --disable-disk-driver"));
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert!(sent.iter().all(|(m, _, _)| m == "GET"), "{sent:?}");
    assert_eq!(
        show(&sb, "c")["storageProfile"]["diskCsiDriver"],
        json!({"enabled": true})
    );
}

#[test]
fn bad_profile_flags_fail_as_az() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    // create: az checks the profile while building the cluster, after its two GETs
    let cases: &[(&str, &str)] = &[
        (
            "--ca-profile scan_interval=1s",
            "ERROR: 'scan_interval' is an invalid key for cluster-autoscaler-profile. Valid keys are balance-similar-node-groups, daemonset-eviction-for-empty-nodes, daemonset-eviction-for-occupied-nodes, ignore-daemonsets-utilization, expander, max-empty-bulk-delete, max-graceful-termination-sec, max-node-provision-time, max-total-unready-percentage, new-pod-scale-up-delay, ok-total-unready-count, scan-interval, scale-down-delay-after-add, scale-down-delay-after-delete, scale-down-delay-after-failure, scale-down-unneeded-time, scale-down-unready-time, scale-down-utilization-threshold, skip-nodes-with-local-storage, skip-nodes-with-system-pods.\n",
        ),
        (
            "--cluster-autoscaler-profile ignore-daemonsets-utilization=1",
            "ERROR: Value '1' for cluster-autoscaler-profile key 'ignore-daemonsets-utilization' must be either 'true' or 'false'.\n",
        ),
        (
            "--ca-profile a=b=c",
            "ERROR: The format of 'a=b=c' in 'a=b=c' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'.\n",
        ),
    ];
    for (flags, stderr) in cases {
        let line = format!("aks create -g rg -n c --no-ssh-key {flags}");
        sb.assert_refused(&line, 1, stderr, SentFirst::Reads);
    }
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    // update: the profile is read before the GET; the switches after it
    let (code, _, err, sent) = run(&sb, &argv("aks update -g rg -n c --ca-profile foo=1"));
    assert_eq!(code, 1);
    assert!(err.starts_with("ERROR: 'foo' is an invalid key for cluster-autoscaler-profile."));
    assert!(sent.is_empty(), "{sent:?}");
    let (code, _, err, sent) = run(
        &sb,
        &argv("aks update -g rg -n c --enable-file-driver --disable-file-driver"),
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Cannot specify --enable-file-driver and --disable-file-driver at the same time.\n"
        )
    );
    assert!(sent.iter().all(|(m, _, _)| m == "GET"), "{sent:?}");
}

/// `--http-proxy-config` (a JSON file, sent as it is), `--enable/--disable-http-proxy`,
/// `--enable/--disable-force-upgrade` and `--upgrade-override-until`.
#[test]
fn http_proxy_and_upgrade_override() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let proxy = crate::common::fixture("http-proxy/config.json");
    let proxy = proxy.to_str().unwrap();
    let (code, _, err, sent) = run(
        &sb,
        &[
            "aks",
            "create",
            "-g",
            "rg",
            "-n",
            "c",
            "-c",
            "1",
            "--no-ssh-key",
            "--http-proxy-config",
            proxy,
            "-o",
            "none",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(proxy).unwrap()).unwrap();
    assert_eq!(cluster_put(&sent)["properties"]["httpProxyConfig"], file);
    assert_eq!(
        show(&sb, "c")["httpProxyConfig"]["httpsProxy"],
        "https://myproxy.server.com:8080/"
    );
    let (code, _, err, sent) = run(
        &sb,
        &argv(
            "aks update -g rg -n c --disable-http-proxy --enable-force-upgrade --upgrade-override-until 2030-01-02T03:04:05+02:00 -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    let props = &cluster_put(&sent)["properties"];
    assert_eq!(props["httpProxyConfig"]["enabled"], false);
    assert_eq!(
        props["httpProxyConfig"]["httpProxy"],
        "http://myproxy.server.com:8080/"
    );
    assert_eq!(
        props["upgradeSettings"],
        json!({"overrideSettings": {"forceUpgrade": true, "until": "2030-01-02T01:04:05Z"}})
    );
    let c = show(&sb, "c");
    assert_eq!(c["httpProxyConfig"]["enabled"], false);
    assert_eq!(
        c["upgradeSettings"]["overrideSettings"]["forceUpgrade"],
        true
    );
    // refusals: the two force switches before anything is sent; the rest after the GET
    let (code, _, err, sent) = run(
        &sb,
        &argv("aks update -g rg -n c --enable-force-upgrade --disable-force-upgrade"),
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Providing both --disable-force-upgrade and --enable-force-upgrade flags is invalid\n"
        )
    );
    assert!(sent.is_empty(), "{sent:?}");
    for (flags, stderr) in [
        (
            "--upgrade-override-until someday",
            "ERROR: someday is not a valid datatime format.\n".to_string(),
        ),
        (
            "--enable-http-proxy --disable-http-proxy",
            "ERROR: Cannot specify --enable-http-proxy and --disable-http-proxy at the same time.\n"
                .to_string(),
        ),
        (
            "--http-proxy-config /no/such/file.json",
            "ERROR: /no/such/file.json is not valid file, or not accessable.\n".to_string(),
        ),
    ] {
        let mut args = argv("aks update -g rg -n c");
        args.extend(flags.split(' '));
        let (code, _, err, sent) = run(&sb, &args);
        assert_eq!((code, err), (1, stderr), "{flags}");
        assert!(sent.iter().all(|(m, _, _)| m == "GET"), "{flags}: {sent:?}");
    }
}

/// `aks update --nodepool-labels/--nodepool-taints`: set on every pool of the cluster PUT;
/// `--nodepool-labels` alone and `--nodepool-taints ""` clear them; a bad label is refused
/// before anything is sent.
#[test]
fn update_sets_labels_and_taints_on_every_pool() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 1 -o none",
    ));
    let (code, _, err, sent) = run(
        &sb,
        &argv(
            "aks update -g rg -n c --nodepool-labels a=b --nodepool-taints k=v:NoSchedule -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    let pools = cluster_put(&sent)["properties"]["agentPoolProfiles"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(pools.len(), 2);
    for p in &pools {
        assert_eq!(
            (&p["nodeLabels"], &p["nodeTaints"]),
            (&json!({"a": "b"}), &json!(["k=v:NoSchedule"]))
        );
    }
    let listed = sb.local_ok(&argv("aks nodepool list -g rg --cluster-name c -o json"));
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    for p in listed.as_array().unwrap() {
        assert_eq!(p["nodeLabels"], json!({"a": "b"}), "{}", p["name"]);
        assert_eq!(p["nodeTaints"], json!(["k=v:NoSchedule"]), "{}", p["name"]);
    }
    let (code, _, err, sent) = run(
        &sb,
        &[
            "aks",
            "update",
            "-g",
            "rg",
            "-n",
            "c",
            "--nodepool-taints",
            "",
            "--nodepool-labels",
            "-o",
            "none",
        ],
    );
    assert_eq!(code, 0, "{err}");
    for p in cluster_put(&sent)["properties"]["agentPoolProfiles"]
        .as_array()
        .unwrap()
    {
        assert_eq!(
            (&p["nodeLabels"], &p["nodeTaints"]),
            (&json!({}), &json!([]))
        );
    }
    let (code, _, err, sent) = run(&sb, &argv("aks update -g rg -n c --nodepool-labels a=b=c"));
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Invalid label: a=b=c. Label definition must be of format name=value.\n"
        )
    );
    assert!(sent.is_empty(), "{sent:?}");
}
