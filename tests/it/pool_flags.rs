//! The pool-profile flags of `aks create` and `aks nodepool add` (issues 12, 18), end to end
//! against the built-in emulator: what the user sees, and what the emulator keeps.

use serde_json::{Value, json};

use crate::common::{Sandbox, argv};

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn cluster(sb: &Sandbox) {
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let out = sb.local_ok(&argv(
        "aks create -g rg -n c --no-ssh-key -c 2 -s Standard_D4s_v5 --os-sku azurelinux -z 1 2 3 -m 50 \
         --node-osdisk-size 64 --node-osdisk-type Managed --nodepool-labels a=b c=d \
         --nodepool-taints k=v:NoSchedule --nodepool-tags env=prod team --enable-cluster-autoscaler \
         --min-count 1 --max-count 4 --enable-fips-image --query agentPoolProfiles[0]",
    ));
    let p = json_of(&out);
    assert_eq!(p["osSku"], "AzureLinux", "az's spelling of the choice");
    assert_eq!(p["availabilityZones"], json!(["1", "2", "3"]));
    assert_eq!(p["maxPods"], 50);
    assert_eq!(p["osDiskSizeGb"], 64);
    assert_eq!(p["nodeLabels"], json!({"a": "b", "c": "d"}));
    assert_eq!(p["nodeTaints"], json!(["k=v:NoSchedule"]));
    assert_eq!(p["tags"], json!({"env": "prod", "team": ""}));
    assert_eq!(
        (&p["enableAutoScaling"], &p["minCount"], &p["maxCount"]),
        (&json!(true), &json!(1), &json!(4))
    );
    assert_eq!(p["enableFips"], true);
    assert_eq!(p["mode"], "System");
}

#[test]
fn create_and_add_keep_every_pool_setting() {
    let sb = Sandbox::new();
    cluster(&sb);
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 2 --labels x=y --node-taints a=b:NoExecute,c=d:NoSchedule \
         --tags t=1 -e --min-count 0 --max-count 3 --max-surge 33% --drain-timeout 30 --node-soak-duration 5 \
         --scale-down-mode deallocate --enable-ultra-ssd --node-osdisk-type Ephemeral -o none",
    ));
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n spot -c 1 --priority Spot --eviction-policy Deallocate --spot-max-price 0.5 -o none",
    ));
    // A later process reads what the emulator stored.
    let p = json_of(&sb.local_ok(&argv("aks nodepool show -g rg --cluster-name c -n np2")));
    assert_eq!(p["nodeLabels"], json!({"x": "y"}));
    assert_eq!(p["nodeTaints"], json!(["a=b:NoExecute", "c=d:NoSchedule"]));
    assert_eq!(
        p["upgradeSettings"],
        json!({"drainTimeoutInMinutes": 30, "maxSurge": "33%", "maxUnavailable": null,
               "nodeSoakDurationInMinutes": 5, "undrainableNodeBehavior": "Schedule"})
    );
    assert_eq!(p["scaleDownMode"], "Deallocate");
    assert_eq!(p["osDiskType"], "Ephemeral");
    assert_eq!((&p["minCount"], &p["maxCount"]), (&json!(0), &json!(3)));
    let s = json_of(&sb.local_ok(&argv(
        "aks nodepool show -g rg --cluster-name c -n spot --query [scaleSetPriority,scaleSetEvictionPolicy,spotMaxPrice]",
    )));
    assert_eq!(s, json!(["Spot", "Deallocate", 0.5]));
}

/// az's messages and exit codes; nothing is created.
#[test]
fn bad_pool_flags_fail_before_anything_is_created() {
    let sb = Sandbox::new();
    cluster(&sb);
    let cases: &[(&str, i32, &str)] = &[
        (
            "--labels a",
            1,
            "ERROR: Invalid label: a. Label definition must be of format name=value.\n",
        ),
        ("--node-taints k=v", 1, "ERROR: Invalid node taint: k=v\n"),
        (
            "-e --min-count 1",
            1,
            "ERROR: Please specify both min-count and max-count when --enable-cluster-autoscaler enabled\n",
        ),
        (
            "-c 5 -e --min-count 1 --max-count 2",
            1,
            "ERROR: node-count is not in the range of min-count and max-count\n",
        ),
        (
            "--spot-max-price 0.5",
            1,
            "ERROR: --spot_max_price can only be set when --priority is Spot\n",
        ),
        (
            "--max-surge 1.5",
            1,
            "ERROR: --max-surge should be an int or percentage\n",
        ),
        (
            "--os-sku Windows2022",
            1,
            "ERROR: OS SKU is invalid for Linux OS Type. Please specify '--os-type Windows' for Windows SKUs\n",
        ),
        (
            "--spot-max-price x",
            2,
            "ERROR: argument --spot-max-price: invalid float value: 'x'\n",
        ),
    ];
    for (flags, code, stderr) in cases {
        let mut args = argv("aks nodepool add -g rg --cluster-name c -n np9");
        args.extend(flags.split(' '));
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{flags}: {err}");
        assert!(err.starts_with(stderr), "{flags}: {err}");
        assert!(out.stdout.is_empty(), "{flags}");
    }
    let names = sb.local_ok(&argv(
        "aks nodepool list -g rg --cluster-name c --query [].name -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&names.stdout), "nodepool1\n");
}

#[test]
fn retired_os_sku_names_warn_as_az_does() {
    let sb = Sandbox::new();
    cluster(&sb);
    let out = sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n mar -c 1 --os-sku mariner --query osSku -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Mariner\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "WARNING: The osSKU \"AzureLinux\" should be used going forward instead of \"CBLMariner\" or \"Mariner\". The osSKUs \"CBLMariner\" and \"Mariner\" will eventually be deprecated.\n"
    );
}

/// `aks nodepool update`: the autoscaler's three switches against the pool's state, and the
/// other settings replacing what the pool had, kept by the emulator.
#[test]
fn update_changes_settings_and_follows_the_autoscaler_state() {
    let sb = Sandbox::new();
    cluster(&sb);
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -c 1 --labels a=b --node-taints k=v:NoSchedule -o none",
    ));
    let run = |line: &str| {
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args(line.split(' '))
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let up = "aks nodepool update -g rg --cluster-name c -n np2";
    let (code, _, err) = run(&format!("{up} -u --min-count 1 --max-count 3"));
    assert_eq!(code, 1);
    assert!(err.starts_with("ERROR: Cluster autoscaler is not enabled for this node pool.\n"));
    let (code, out, _) = run(&format!(
        "{up} -e --min-count 1 --max-count 3 --labels x=y --node-taints  --tags t=1 --max-surge 2 --scale-down-mode Deallocate -o json"
    ));
    assert_eq!(code, 0);
    let p: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (&p["enableAutoScaling"], &p["minCount"], &p["maxCount"]),
        (&json!(true), &json!(1), &json!(3))
    );
    assert_eq!(p["nodeLabels"], json!({"x": "y"}));
    assert_eq!(
        p["nodeTaints"],
        json!([]),
        "an empty --node-taints clears them"
    );
    assert_eq!(p["tags"], json!({"t": "1"}));
    assert_eq!(p["upgradeSettings"]["maxSurge"], "2");
    assert_eq!(p["scaleDownMode"], "Deallocate");
    // Already on: a warning, exit 0, nothing printed, nothing changed.
    let (code, out, err) = run(&format!("{up} -e --min-count 2 --max-count 4"));
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(err.starts_with("WARNING: Cluster autoscaler is already enabled for this node pool."));
    let (code, out, _) = run(&format!(
        "{up} -d --query [enableAutoScaling,minCount,maxCount]"
    ));
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap(),
        json!([false, null, null])
    );
    let (code, _, err) = run(&format!("{up} -e -u"));
    assert_eq!(code, 1);
    assert!(err.starts_with("ERROR: Can only specify one of --enable-cluster-autoscaler"));
}
