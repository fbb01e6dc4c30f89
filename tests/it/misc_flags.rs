//! Small cluster flags of `aks create` and `aks update` (issue 18): the upstream kube-scheduler
//! configuration, the bootstrap profile and the node provisioning profile, end to end against
//! the built-in emulator: the bodies that go out, the state left, and az's refusals.

use serde_json::{Value, json};

use crate::common::{Sandbox, argv};

/// Runs `args` against the local emulator: exit code, stderr, and the bodies of the PUTs sent.
fn run(sb: &Sandbox, args: &[&str]) -> (i32, String, Vec<Value>) {
    let (out, sent) = sb.local_recorded(args);
    let puts = sent
        .into_iter()
        .filter(|s| s.method == "PUT" && !s.body.is_null())
        .map(|s| s.body)
        .collect();
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stderr).expect("utf-8"),
        puts,
    )
}

const PROFILES: &str = "[bootstrapProfile,nodeProvisioningProfile,schedulerProfile]";

fn profiles(sb: &Sandbox, name: &str) -> Value {
    let out = sb.local_ok(&["aks", "show", "-g", "rg", "-n", name, "--query", PROFILES]);
    serde_json::from_slice(&out.stdout).unwrap()
}

const ACR: &str =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr1";

#[test]
fn create_and_update_send_the_profiles_and_the_emulator_keeps_them() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, err, puts) = run(
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
            "-o",
            "none",
            "--enable-upstream-kubescheduler-user-configuration",
            "--bootstrap-artifact-source",
            "cache",
            "--bootstrap-container-registry-resource-id",
            ACR,
            "--node-provisioning-mode",
            "auto",
            "--node-provisioning-default-pools",
            "None",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let sent = json!([
        {"artifactSource": "Cache", "containerRegistryId": ACR},
        {"mode": "Auto", "defaultNodePools": "None"},
        {"upstream": {"schedulerConfigMode": "ManagedByCRD"}}
    ]);
    let props = &puts[0]["properties"];
    assert_eq!(
        json!([
            props["bootstrapProfile"],
            props["nodeProvisioningProfile"],
            props["schedulerProfile"]
        ]),
        sent
    );
    assert_eq!(profiles(&sb, "c"), sent);

    let (code, err, puts) = run(
        &sb,
        &argv(
            "aks update -g rg -n c --disable-upstream-kubescheduler-user-configuration \
             --bootstrap-artifact-source Direct --node-provisioning-mode Manual -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "WARNING: Argument '--node-provisioning-mode' is in preview and under development. \
         Reference and support levels: https://aka.ms/CLI_refstatus\n"
    );
    let after = json!([
        {"artifactSource": "Direct"},
        {"mode": "Manual", "defaultNodePools": "None"},
        {"upstream": {"schedulerConfigMode": "Default"}}
    ]);
    let props = &puts[0]["properties"];
    assert_eq!(
        json!([
            props["bootstrapProfile"],
            props["nodeProvisioningProfile"],
            props["schedulerProfile"]
        ]),
        after
    );
    // az prints every attribute of the model: the registry that was cleared shows as null
    let mut shown = after.clone();
    shown[0]["containerRegistryId"] = Value::Null;
    assert_eq!(profiles(&sb, "c"), shown);
}

#[test]
fn create_without_flags_sends_the_direct_source_only() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, err, puts) = run(
        &sb,
        &argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"),
    );
    assert_eq!(code, 0, "{err}");
    let props = &puts[0]["properties"];
    assert_eq!(
        props["bootstrapProfile"],
        json!({"artifactSource": "Direct"})
    );
    assert!(props.get("nodeProvisioningProfile").is_none());
    assert!(props.get("schedulerProfile").is_none());
    // az accepts --docker-bridge-address, warns, and sends the same cluster
    let (code, err, with_bridge) = run(
        &sb,
        &argv(
            "aks create -g rg -n c2 -c 1 --no-ssh-key --docker-bridge-address 172.17.0.1/16 -o none",
        ),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "WARNING: Option '--docker-bridge-address' has been deprecated and will be removed in a future release.\n"
    );
    let mut expected = puts[0].clone();
    let mut got = with_bridge[0].clone();
    for body in [&mut expected, &mut got] {
        body["properties"]["dnsPrefix"] = Value::Null;
    }
    assert_eq!(got, expected);
}

#[test]
fn bad_values_fail_as_az_does_with_nothing_sent() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, err, puts) = run(
        &sb,
        &argv("aks create -g rg -n c --no-ssh-key --bootstrap-container-registry-resource-id foo"),
    );
    assert_eq!((code, puts.len()), (1, 0));
    assert_eq!(
        err,
        "ERROR: --bootstrap-container-registry-resource-id is not a valid Azure resource ID.\n"
    );
    let (code, err, puts) = run(
        &sb,
        &[
            "aks",
            "create",
            "-g",
            "rg",
            "-n",
            "c",
            "--no-ssh-key",
            "--bootstrap-container-registry-resource-id",
            ACR,
        ],
    );
    assert_eq!((code, puts.len()), (1, 0));
    assert_eq!(
        err,
        "ERROR: Cannot specify --bootstrap-container-registry-resource-id when \
         --bootstrap-artifact-source is not Cache.\n"
    );
    let (code, err, puts) = run(
        &sb,
        &argv("aks create -g rg -n c --no-ssh-key --node-provisioning-mode Sometimes"),
    );
    assert_eq!((code, puts.len()), (2, 0));
    assert!(err.contains("--node-provisioning-mode"), "{err}");

    assert_eq!(
        run(
            &sb,
            &argv("aks create -g rg -n c -c 1 --no-ssh-key -o none")
        )
        .0,
        0
    );
    let (code, err, puts) = run(
        &sb,
        &argv(
            "aks update -g rg -n c --enable-upstream-kubescheduler-user-configuration \
             --disable-upstream-kubescheduler-user-configuration",
        ),
    );
    assert_eq!((code, puts.len()), (1, 0));
    assert_eq!(
        err,
        "ERROR: Cannot specify --enable-upstream-kubescheduler-user-configuration and \
         --disable-upstream-kubescheduler-user-configuration at the same time.\n"
    );
}
