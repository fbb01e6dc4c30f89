//! `--attach-acr`, `--detach-acr` and `--assignee-principal-type` of `aks create|update`
//! (issue 18), end to end against the built-in emulator: the calls that go out (the registry
//! found by name or id, the AcrPull assignment made or deleted), the assignments left, and
//! az's refusals with nothing sent.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::json;

use crate::common::{Sandbox, argv, emulator};

const ACRPULL: &str = "7f951dda-4ed3-4680-a7ca-43fe172d538d";

pub(crate) fn registry_id(name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/{name}"
    )
}

fn seed_registry(sb: &Sandbox, name: &str) {
    let url = format!("{}?api-version=2026-09-01-preview", registry_id(name));
    let body = json!({"location": "eastus", "sku": {"name": "Basic"}});
    let (status, r) = emulator(sb, Method::PUT, &url, Some(body));
    assert_eq!(status, 201, "{r}");
}

/// The AcrPull assignments at the registry: (principal id, principal type).
pub(crate) fn acr_pulls(sb: &Sandbox, name: &str) -> Vec<(String, String)> {
    let url = format!(
        "{}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()&api-version=2022-04-01",
        registry_id(name)
    );
    let (_, list) = emulator(sb, Method::GET, &url, None);
    list["value"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| {
            a["properties"]["roleDefinitionId"]
                .as_str()
                .unwrap()
                .ends_with(ACRPULL)
        })
        .map(|a| {
            let p = &a["properties"];
            (
                p["principalId"].as_str().unwrap().to_string(),
                p["principalType"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Runs `line` locally, recording it: (exit code, stderr, "METHOD path" of each request).
fn run(sb: &Sandbox, line: &str) -> (i32, String, Vec<String>) {
    let args: Vec<&str> = line.split(' ').collect();
    let (out, sent) = sb.local_recorded(&args);
    let sent = sent
        .into_iter()
        .map(|s| {
            let path = s
                .path
                .split(".com")
                .last()
                .unwrap_or_default()
                .to_lowercase();
            // the recorder scrubs the subscription id
            let path = path.replace("00000000-0000-0000-0000-000000000000", S);
            format!("{} {path}", s.method)
        })
        .collect();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        sent,
    )
}

fn kubelet_object_id(sb: &Sandbox, cluster: &str) -> String {
    let out = sb.local_ok(&[
        "aks",
        "show",
        "-g",
        "rg",
        "-n",
        cluster,
        "--query",
        "identityProfile.kubeletidentity.objectId",
        "-o",
        "tsv",
    ]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    seed_registry(&sb, "azracr1");
    sb
}

#[test]
fn create_attaches_the_registry_by_name_to_the_kubelet_identity() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --attach-acr azracr1 -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("AAD role propagation done"), "{err}");
    let registry = registry_id("azracr1").to_lowercase();
    let tail: Vec<&str> = sent
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(tail[0], format!("GET /subscriptions/{S}/resources"));
    assert_eq!(
        tail[1],
        format!("GET {registry}/providers/microsoft.authorization/roledefinitions")
    );
    assert!(
        tail[2].starts_with(&format!(
            "PUT {registry}/providers/microsoft.authorization/roleassignments/"
        )),
        "{sent:?}"
    );
    let kubelet = kubelet_object_id(&sb, "c");
    assert_eq!(
        acr_pulls(&sb, "azracr1"),
        vec![(kubelet, "ServicePrincipal".to_string())]
    );
}

#[test]
fn update_attaches_by_id_with_a_principal_type_and_detaches_by_name() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let kubelet = kubelet_object_id(&sb, "c");
    let line = format!(
        "aks update -g rg -n c --attach-acr {} -t Group -o none",
        registry_id("azracr1")
    );
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    // read by id, not searched by name
    assert!(
        sent.contains(&format!("GET {}", registry_id("azracr1").to_lowercase())),
        "{sent:?}"
    );
    assert!(!sent.iter().any(|s| s.ends_with("/resources")), "{sent:?}");
    assert_eq!(
        acr_pulls(&sb, "azracr1"),
        vec![(kubelet.clone(), "Group".to_string())]
    );
    let (code, err, _) = run(&sb, "aks update -g rg -n c --detach-acr azracr1 -o none");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("AAD role deletion done"), "{err}");
    assert!(acr_pulls(&sb, "azracr1").is_empty());
}

#[test]
fn a_registry_that_does_not_exist_is_az_error() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (code, err, _) = run(&sb, "aks update -g rg -n c --attach-acr nosuchacr");
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ERROR: The resource with name 'nosuchacr' and type 'Microsoft.ContainerRegistry/registries' could not be found in "),
        "{err}"
    );
    let line = format!(
        "aks update -g rg -n c --attach-acr {}",
        registry_id("nosuchacr")
    );
    let (code, err, _) = run(&sb, &line);
    assert_eq!(code, 1);
    assert!(err.starts_with("ERROR: (ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/nosuchacr' under resource group 'rg' was not found."), "{err}");
}

#[test]
fn az_refusals_send_nothing() {
    let sb = sandbox();
    let cases = [
        (
            "aks update -g rg -n c --attach-acr a --detach-acr b",
            "ERROR: Cannot specify \"--attach-acr\" and \"--detach-acr\" at the same time.\n",
        ),
        (
            "aks update -g rg -n c -t User",
            "ERROR: The \"--assignee-principal-type\" argument can only be used with \"--attach-acr\".\n",
        ),
        (
            "aks update -g rg -n c --attach-acr a --assignee-principal-type user",
            "ERROR: Invalid value for --assignee_principal_type. Allowed values are: User, ServicePrincipal, Group\n",
        ),
        (
            "aks create -g rg -n c --no-ssh-key --attach-acr azracr1 --no-wait",
            "ERROR: When --attach-acr and --enable-managed-identity are both specified, --no-wait is not allowed, please wait until the whole operation succeeds.\n",
        ),
    ];
    for (line, want) in cases {
        let (code, err, sent) = run(&sb, line);
        assert_eq!((code, err.as_str()), (1, want), "{line}");
        assert!(
            sent.iter().all(|s| s.starts_with("GET")),
            "{line}: {sent:?}"
        );
    }
}

#[test]
fn the_emulator_keeps_registries_with_arm_semantics() {
    let sb = sandbox();
    let (status, r) = emulator(
        &sb,
        Method::GET,
        &format!("{}?api-version=2026-09-01-preview", registry_id("azracr1")),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(r["properties"]["loginServer"], "azracr1.azurecr.io");
    assert_eq!(r["sku"]["name"], "Basic");
    let (status, r) = emulator(
        &sb,
        Method::PUT,
        &format!("{}?api-version=2026-09-01-preview", registry_id("ab")),
        Some(json!({"location": "eastus", "sku": {"name": "Basic"}})),
    );
    assert_eq!(
        (status, r["error"]["code"].as_str()),
        (400, Some("InvalidResourceName"))
    );
    let url = format!(
        "/subscriptions/{S}/resources?$filter=resourceType%20eq%20%27Microsoft.ContainerRegistry%2Fregistries%27&api-version=2024-11-01"
    );
    let (_, list) = emulator(&sb, Method::GET, &url, None);
    assert_eq!(list["value"].as_array().unwrap().len(), 1);
    assert!(list["value"][0].get("properties").is_none());
    let del = format!("{}?api-version=2026-09-01-preview", registry_id("azracr1"));
    assert_eq!(emulator(&sb, Method::DELETE, &del, None).0, 200);
    let (status, r) = emulator(&sb, Method::GET, &del, None);
    assert_eq!(
        (status, r["error"]["code"].as_str()),
        (404, Some("ResourceNotFound"))
    );
}
