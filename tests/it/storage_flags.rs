//! The Azure Container Storage flags of `aks create|update` (issue 18), end to end against the
//! built-in emulator: the `acstor` cluster extension az 2.91 installs, changes and removes
//! through the k8s-extension CLI extension (which azr has built in), the requests that go out,
//! the extension left on the cluster, and az's refusals with nothing written.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::common::{Sandbox, SentFirst, argv, emulator};

fn cluster_id(name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/{name}"
    )
}

fn extension_id(cluster: &str, name: &str) -> String {
    format!(
        "{}/providers/Microsoft.KubernetesConfiguration/extensions/{name}",
        cluster_id(cluster)
    )
}

fn extension(sb: &Sandbox, cluster: &str) -> (u16, Value) {
    let url = format!("{}?api-version=2023-05-01", extension_id(cluster, "acstor"));
    emulator(sb, Method::GET, &url, None)
}

/// One request as sent: method, path and query (subscription restored), JSON body.
pub struct Sent {
    pub line: String,
    pub body: Value,
}

/// Runs `line` locally, recording it: exit code, stderr, the requests.
pub fn run(sb: &Sandbox, line: &str) -> (i32, String, Vec<Sent>) {
    let args: Vec<&str> = line.split(' ').collect();
    let (out, sent) = sb.local_recorded(&args);
    let sent = sent
        .into_iter()
        .map(|s| {
            let uri = s.uri.split(".com").last().unwrap_or_default();
            Sent {
                line: format!(
                    "{} {}",
                    s.method,
                    uri.replace("00000000-0000-0000-0000-000000000000", S)
                ),
                body: s.body,
            }
        })
        .collect();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        sent,
    )
}

pub fn lines(sent: &[Sent]) -> Vec<&str> {
    sent.iter().map(|s| s.line.as_str()).collect()
}

/// Each line fails with exit 1 and its message, having only read (GETs) before.
fn refused_after_reads(sb: &Sandbox, cases: &[(&str, &str)]) {
    for (line, message) in cases {
        sb.assert_refused(line, 1, message, SentFirst::Reads);
    }
}

pub fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb
}

const PROVIDER: &str = "/providers/Microsoft.KubernetesConfiguration?api-version=2025-04-01";

#[test]
fn create_installs_the_extension_after_the_cluster() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-azure-container-storage elasticSan EPHEMERALDISK -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "WARNING: Azure Container Storage successfully installed\n"
    );
    let l = lines(&sent);
    let put_cluster = l
        .iter()
        .position(|s| s.starts_with(&format!("PUT {}?", cluster_id("c"))))
        .expect("the cluster's PUT");
    let ext = extension_id("c", "acstor");
    assert_eq!(
        &l[l.len() - 2..],
        &[
            format!("GET /subscriptions/{S}{PROVIDER}").as_str(),
            format!("PUT {ext}?api-version=2023-05-01").as_str(),
        ]
    );
    assert!(put_cluster < l.len() - 2);
    // the cluster's body carries nothing of it
    let cluster_body = sent[put_cluster].body.to_string();
    assert!(!cluster_body.contains("acstor"), "{cluster_body}");
    assert_eq!(
        sent.last().unwrap().body,
        json!({"properties": {
            "extensionType": "microsoft.azurecontainerstoragev2",
            "autoUpgradeMinorVersion": true,
            "releaseTrain": "stable",
            "scope": {"cluster": {"releaseNamespace": "kube-system"}},
            "configurationSettings": {
                "csiDriverConfigs.local-csi-driver.enabled": "True",
                "csiDriverConfigs.azuresan-csi-driver.enabled": "True"
            },
            "configurationProtectedSettings": {}
        }})
    );
    let (status, e) = extension(&sb, "c");
    assert_eq!(status, 200, "{e}");
    assert_eq!(e["properties"]["provisioningState"], "Succeeded");
    assert_eq!(e["type"], "Microsoft.KubernetesConfiguration/extensions");
}

#[test]
fn the_bare_switch_installs_without_settings_and_no_wait_still_waits() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-azure-container-storage --no-wait",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        sent.last().unwrap().body["properties"]["configurationSettings"],
        json!({})
    );
    assert_eq!(extension(&sb, "c").0, 200);
}

#[test]
fn update_enables_changes_and_removes_the_extension() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let ext = extension_id("c", "acstor");
    let v1 = extension_id("c", "azurecontainerstorage");

    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --enable-azure-container-storage elasticSan -o none",
    );
    assert_eq!(code, 0, "{err}");
    let l = lines(&sent);
    assert_eq!(
        &l[..4],
        &[
            format!("GET {}?api-version=2026-06-01", cluster_id("c")).as_str(),
            format!("GET {v1}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("GET {v1}?api-version=2023-05-01").as_str(),
        ]
    );
    assert!(
        l[4].starts_with(&format!("PUT {}?", cluster_id("c"))),
        "{l:?}"
    );
    assert_eq!(
        l.last().unwrap(),
        &format!("PUT {ext}?api-version=2023-05-01")
    );
    assert!(
        err.contains("WARNING: Azure Container Storage successfully installed"),
        "{err}"
    );

    // a second type: the settings are patched, the first one kept
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --enable-azure-container-storage ephemeralDisk -o none",
    );
    assert_eq!(code, 0, "{err}");
    let l = lines(&sent);
    assert_eq!(
        &l[l.len() - 2..],
        &[
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("PATCH {ext}?api-version=2023-05-01").as_str(),
        ]
    );
    assert_eq!(
        sent.last().unwrap().body,
        json!({"properties": {
            "configurationSettings": {"csiDriverConfigs.local-csi-driver.enabled": "True"},
            "configurationProtectedSettings": {}
        }})
    );
    assert!(
        err.contains("WARNING: Azure Container Storage successfully updated"),
        "{err}"
    );
    let (_, e) = extension(&sb, "c");
    assert_eq!(
        e["properties"]["configurationSettings"],
        json!({
            "csiDriverConfigs.azuresan-csi-driver.enabled": "True",
            "csiDriverConfigs.local-csi-driver.enabled": "True"
        })
    );

    // one type off
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage elasticSan --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        sent.last().unwrap().body["properties"]["configurationSettings"],
        json!({"csiDriverConfigs.azuresan-csi-driver.enabled": "False"})
    );
    let (_, e) = extension(&sb, "c");
    assert_eq!(
        e["properties"]["configurationSettings"]["csiDriverConfigs.azuresan-csi-driver.enabled"],
        "False"
    );

    // all of it
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage all --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("WARNING: Azure Container Storage has been disabled."),
        "{err}"
    );
    let l = lines(&sent);
    assert_eq!(
        &l[l.len() - 2..],
        &[
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("DELETE {ext}?api-version=2023-05-01&forceDelete=false").as_str(),
        ]
    );
    assert_eq!(extension(&sb, "c").0, 404);
}

#[test]
fn refusals_before_any_request() {
    let sb = sandbox();
    for (line, code, message) in [
        (
            "aks create -g rg -n c --no-ssh-key --enable-azure-container-storage ephemeralDisk,elasticSan",
            1,
            "ERROR: Invalid value '['ephemeralDisk,elasticSan']'. Valid values are: azureDisk, ephemeralDisk, elasticSan\n",
        ),
        (
            "aks update -g rg -n c --disable-azure-container-storage foo",
            1,
            "ERROR: Invalid value '['foo']'. Valid values are: azureDisk, ephemeralDisk, elasticSan, all\n",
        ),
    ] {
        let (got, err, sent) = run(&sb, line);
        assert_eq!((got, err.as_str()), (code, message), "{line}");
        assert!(sent.is_empty(), "{line}: {:?}", lines(&sent));
    }
}

#[test]
fn az_checks_refuse_before_anything_is_written() {
    let sb = sandbox();
    refused_after_reads(
        &sb,
        &[(
            "aks create -g rg -n c --no-ssh-key --enable-azure-container-storage --storage-pool-size 1Ti",
            "ERROR: The latest version of Azure Container Storage does not require or support a --storage-pool-size value. Please remove --storage-pool-size 1Ti from the command and try again.\n",
        )],
    );

    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    refused_after_reads(
        &sb,
        &[
            (
                "aks update -g rg -n c --disable-azure-container-storage --yes",
                "ERROR: Cannot disable Azure Container Storage as it could not be found on the cluster.\n",
            ),
            (
                "aks update -g rg -n c --enable-azure-container-storage --disable-azure-container-storage",
                "ERROR: Conflicting flags. Cannot set --enable-azure-container-storage and --disable-azure-container-storage together.\n",
            ),
            (
                "aks update -g rg -n c --disable-azure-container-storage --container-storage-version 2",
                "ERROR: The --container-storage-version parameter is not required when disabling Azure Container Storage. Please remove this parameter and try again.\n",
            ),
        ],
    );

    sb.local_ok(&argv(
        "aks update -g rg -n c --enable-azure-container-storage ephemeralDisk -o none",
    ));
    refused_after_reads(
        &sb,
        &[
            (
                "aks update -g rg -n c --enable-azure-container-storage",
                "ERROR: Cannot enable Azure Container Storage as it is already enabled on the cluster.\n",
            ),
            (
                "aks update -g rg -n c --enable-azure-container-storage ephemeralDisk",
                "ERROR: Cannot enable the requested storage options ('ephemeralDisk') as they are already enabled on the cluster.\n",
            ),
            (
                "aks update -g rg -n c --disable-azure-container-storage elasticSan --yes",
                "ERROR: Cannot disable the requested storage options ('elasticSan') as they could not be found on the cluster.\n",
            ),
            (
                "aks update -g rg -n c --enable-azure-container-storage elasticSan --storage-pool-sku premium_lrs",
                "ERROR: The latest version of Azure Container Storage does not require or support a --storage-pool-sku value. Please remove --storage-pool-sku Premium_LRS from the command and try again.\n",
            ),
        ],
    );
}

#[test]
fn the_emulator_keeps_extensions_as_arm_does() {
    let sb = sandbox();
    let url = |c: &str, n: &str| format!("{}?api-version=2023-05-01", extension_id(c, n));
    let body = json!({"properties": {"extensionType": "microsoft.azurecontainerstoragev2",
        "configurationSettings": {"a": "1"}, "configurationProtectedSettings": {"secret": "s3cr3t"}}});
    // no cluster, no extension
    let (status, e) = emulator(&sb, Method::PUT, &url("c", "acstor"), Some(body.clone()));
    assert_eq!(
        (status, e["error"]["code"].as_str()),
        (404, Some("ResourceNotFound"))
    );

    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (status, e) = emulator(&sb, Method::PUT, &url("c", "acstor"), Some(body.clone()));
    assert_eq!(status, 201, "{e}");
    assert!(!e.to_string().contains("s3cr3t"), "{e}");
    assert_eq!(e["properties"]["autoUpgradeMinorVersion"], true);
    // the type is fixed, a pinned version needs auto-upgrade off
    let other = json!({"properties": {"extensionType": "microsoft.dapr"}});
    assert_eq!(
        emulator(&sb, Method::PUT, &url("c", "acstor"), Some(other)).0,
        400
    );
    let pinned = json!({"properties": {"version": "2.0.0"}});
    assert_eq!(
        emulator(&sb, Method::PATCH, &url("c", "acstor"), Some(pinned)).0,
        400
    );
    assert_eq!(
        emulator(
            &sb,
            Method::PUT,
            &url("c", "x"),
            Some(json!({"properties": {}}))
        )
        .0,
        400
    );
    // a patch merges settings, null removes one
    let patch = json!({"properties": {"configurationSettings": {"a": null, "b": "2"}}});
    let (status, e) = emulator(&sb, Method::PATCH, &url("c", "acstor"), Some(patch));
    assert_eq!(status, 200, "{e}");
    assert_eq!(e["properties"]["configurationSettings"], json!({"b": "2"}));
    let list = format!(
        "{}/providers/Microsoft.KubernetesConfiguration/extensions?api-version=2023-05-01",
        cluster_id("c")
    );
    let (_, l) = emulator(&sb, Method::GET, &list, None);
    assert_eq!(l["value"].as_array().unwrap().len(), 1);
    // the extension goes with its cluster
    sb.local_ok(&argv("aks delete -g rg -n c --yes"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    assert_eq!(emulator(&sb, Method::GET, &url("c", "acstor"), None).0, 404);
    assert_eq!(
        emulator(&sb, Method::DELETE, &url("c", "acstor"), None).0,
        204
    );
}

#[test]
fn a_failed_install_is_logged_and_cleaned_up_as_az_does() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    // another extension type already holds the name: the service refuses the PUT
    let url = format!("{}?api-version=2023-05-01", extension_id("c", "acstor"));
    let other = json!({"properties": {"extensionType": "microsoft.dapr"}});
    assert_eq!(emulator(&sb, Method::PUT, &url, Some(other)).0, 201);
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --enable-azure-container-storage ephemeralDisk -o none",
    );
    // az logs the failure, removes what is there and still ends well
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with(
            "ERROR: Azure Container Storage failed to install.\nError: (InvalidParameter) The extensionType of an extension cannot change (it is 'microsoft.dapr')."
        ),
        "{err}"
    );
    for warning in [
        "WARNING: Cleaning up the cluster by disabling Azure Container Storage\n",
        "WARNING: Azure Container Storage has been disabled.\n",
        "WARNING: Please retry enabling Azure Container Storage by running `az aks update` along with `--enable-azure-container-storage`\n",
    ] {
        assert!(err.contains(warning), "{err}");
    }
    let ext = extension_id("c", "acstor");
    let l = lines(&sent);
    assert_eq!(
        &l[l.len() - 3..],
        &[
            format!("PUT {ext}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("DELETE {ext}?api-version=2023-05-01&forceDelete=false").as_str(),
        ]
    );
    assert_eq!(extension(&sb, "c").0, 404);
}
