//! What the coverage scenarios of the differential suite (`-k cov:`, issues 12 and 18 item 5)
//! found azr doing unlike az, end to end against the built-in emulator: `group list --tag`'s
//! filter, `provider unregister --wait`, and the zip `aks command invoke --file` sends.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, UNIX_EPOCH};

use azr::arm::run_command::{ContextFile, encode_files};
use serde_json::Value;

use crate::common::{Sandbox, argv};

fn names(out: std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The URIs of the requests `args` sent, query strings kept.
fn uris(sb: &Sandbox, args: &[&str]) -> Vec<String> {
    let (out, sent) = sb.local_recorded(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    sent.into_iter().map(|s| s.uri).collect()
}

#[test]
fn group_list_tag_sends_azs_filter_and_the_emulator_applies_it() {
    let sb = Sandbox::new();
    sb.local_ok(&argv(
        "group create -n rga -l eastus --tags team=cov env -o none",
    ));
    sb.local_ok(&argv(
        "group create -n rgb -l eastus --tags team=other -o none",
    ));
    sb.local_ok(&argv("group create -n rgc -l eastus -o none"));
    let q = ["--query", "[].name"];
    let list = |tag: &str| names(sb.local_ok(&[&["group", "list", "--tag", tag][..], &q].concat()));
    assert_eq!(list("team=cov"), serde_json::json!(["rga"]));
    assert_eq!(list("team"), serde_json::json!(["rga", "rgb"]));
    assert_eq!(list("env"), serde_json::json!(["rga"]));
    // az's `list_resource_groups`: lower-case names, no value condition for a bare key
    let sent = uris(&sb, &argv("group list --tag team=cov"));
    assert!(
        sent[0].contains("$filter=tagname%20eq%20%27team%27%20and%20tagvalue%20eq%20%27cov%27"),
        "{sent:?}"
    );
    let sent = uris(&sb, &argv("group list --tag env"));
    assert!(
        sent[0].contains("$filter=tagname%20eq%20%27env%27"),
        "{sent:?}"
    );
    assert!(!sent[0].contains("tagvalue"), "{sent:?}");
}

#[test]
fn provider_unregister_wait_ends_unregistered() {
    let sb = Sandbox::new();
    let out = sb.local_ok(&argv(
        "provider unregister --namespace Microsoft.Compute --wait",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let out = sb.local_ok(&argv(
        "provider show -n Microsoft.Compute --query registrationState -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Unregistered\n");
    sb.local_ok(&argv(
        "provider register --namespace Microsoft.Compute --wait",
    ));
    let out = sb.local_ok(&argv(
        "provider show -n Microsoft.Compute --query registrationState -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Registered\n");
}

#[test]
fn command_invoke_file_zips_the_files_time_and_mode_as_az_does() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let path = sb.dir.path().join("cm.yaml");
    let data = b"kind: ConfigMap\n".to_vec();
    std::fs::write(&path, &data).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let modified = 1_796_618_464;
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(UNIX_EPOCH + Duration::from_secs(modified))
        .unwrap();
    let (_, sent) = sb.local_recorded_ok(&[
        "aks",
        "command",
        "invoke",
        "-g",
        "rg",
        "-n",
        "c",
        "--command",
        "kubectl get cm",
        "--file",
        path.to_str().unwrap(),
    ]);
    let run = sent
        .iter()
        .find(|s| s.method == "POST" && s.path.ends_with("/runCommand"))
        .expect("runCommand sent");
    let want = encode_files(&[ContextFile {
        name: "cm.yaml".into(),
        data,
        modified: modified as i64,
        mode: 0o100600,
    }]);
    assert_eq!(run.body["context"], want.as_str());
}
