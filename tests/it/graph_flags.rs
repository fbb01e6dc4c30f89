//! Microsoft Graph (issue 18): what az reads from Graph and azr now reads the same way. After an
//! Automatic cluster's create, `/me` names the signed-in user, who gets Azure Kubernetes Service
//! RBAC Cluster Admin on the cluster as a `User` (a service principal's token gets Graph's
//! refusal and az's warning, and no assignment); `--attach-acr`/`--detach-acr` on a service
//! principal cluster resolve its client id to its object id through Graph. Against
//! `azr emulator start` (tokens for Graph's audience only) and the built-in emulator.

use std::path::Path;

use azr::arm::{ArmRequest, Method};
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::acr_flags::{acr_pulls, registry_id};
use crate::auth_user::{Client, Out, approve, log_entries};
use crate::common::{Sandbox, argv, emulator};
use crate::emulator_server::Server;

const TENANT: &str = "72f988bf-0000-0000-0000-000000000001";
const USER: &str = "user@azr.emulator";
const CLUSTER_ADMIN: &str = "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b";
const SP: &str = "44444444-4444-4444-4444-444444444444";
const WARNING: &str = "WARNING: Could not get signed in user: /me request is only valid with delegated authentication flow.\n";

/// The role assignments at `scope` as the server holds them (read with a service principal's
/// ARM token): (role definition id, principal id, principal type).
async fn assignments_at(s: &Server, scope: &str) -> Vec<(String, String, String)> {
    let token = s.sp_token().await;
    let url = format!(
        "{}{scope}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()&api-version=2022-04-01",
        s.base()
    );
    let r = s.client().get(url).bearer_auth(token).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let list: Value = r.json().await.unwrap();
    list["value"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["properties"]["scope"].as_str() == Some(scope))
        .map(|a| {
            let p = &a["properties"];
            let text = |k: &str| p[k].as_str().unwrap_or_default().to_string();
            (
                text("roleDefinitionId"),
                text("principalId"),
                text("principalType"),
            )
        })
        .collect()
}

/// GET `path` on the server's Graph with `token`: (status, body).
async fn graph_get(s: &Server, path: &str, token: &str) -> (u16, Value) {
    let r = s
        .client()
        .get(format!("{}{path}", s.base()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

/// A Log Analytics workspace in `rg` for the Automatic cluster's monitoring (outside the
/// Azure clouds az names no default one), PUT with a service principal's ARM token.
async fn seed_workspace(s: &Server, rg: &str) -> String {
    let id = format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.OperationalInsights/workspaces/wsgraph"
    );
    let r = s
        .client()
        .put(format!("{}{id}?api-version=2015-11-01-preview", s.base()))
        .bearer_auth(s.sp_token().await)
        .json(&json!({"location": "eastus", "properties": {"sku": {"name": "PerGB2018"}}}))
        .send()
        .await
        .unwrap();
    let status = r.status();
    assert!(
        status.is_success(),
        "{status} {}",
        r.text().await.unwrap_or_default()
    );
    id
}

/// `aks create -g rg -n c --sku automatic` in a new group with a seeded workspace: its
/// output, and how many requests the server had logged before it.
async fn create_automatic(c: &Client<'_>, s: &Server, log: &Path) -> (Out, usize) {
    c.ok(&argv("group create -n rg -l eastus -o none"));
    let ws = seed_workspace(s, "rg").await;
    let before = log_entries(log).len();
    let line =
        format!("aks create -g rg -n c --sku automatic --workspace-resource-id {ws} -o none");
    let args: Vec<&str> = line.split(' ').collect();
    let out = c.run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    (out, before)
}

fn cluster_id(rg: &str, name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}"
    )
}

#[tokio::test]
async fn a_service_principal_gets_azs_warning_and_no_cluster_admin_assignment() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap(), "--poll-ms", "20"]);
    let c = Client::new(&s, tmp.path());
    c.ok(&[
        "login",
        "--service-principal",
        "-u",
        "33333333-3333-3333-3333-333333333333",
        "-p",
        "s3cret",
        "--tenant",
        TENANT,
        "-o",
        "none",
    ]);
    let (out, before) = create_automatic(&c, &s, &log).await;
    assert_eq!(out.stderr, WARNING);
    let after = log_entries(&log);
    let me: Vec<&Value> = after[before..]
        .iter()
        .filter(|e| e["path"] == "/v1.0/me")
        .collect();
    assert_eq!(me.len(), 1, "{me:?}");
    assert_eq!(me[0]["method"], "GET");
    assert_eq!(me[0]["status"], 400);
    assert!(
        !after[before..].iter().any(
            |e| e["method"] == "PUT" && e["path"].as_str().unwrap().contains("roleAssignments")
        ),
        "no assignment is made"
    );
    assert!(
        assignments_at(&s, &cluster_id("rg", "c"))
            .await
            .iter()
            .all(|(role, _, _)| !role.ends_with(CLUSTER_ADMIN))
    );
}

#[tokio::test]
async fn graph_takes_graph_tokens_and_arm_takes_arm_tokens() {
    let s = Server::start(&[]);
    let graph_scope = format!("{}//.default", s.base());
    let graph_token = s.token_for(TENANT, &graph_scope).await;
    let arm_token = s.sp_token().await;
    // an ARM token on Graph: Graph's 401
    let (status, body) = graph_get(&s, "/v1.0/servicePrincipals", &arm_token).await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");
    assert_eq!(
        body["error"]["message"],
        "Access token validation failure. Invalid audience."
    );
    // no token at all
    let r = s
        .client()
        .get(format!("{}/v1.0/me", s.base()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // a Graph token on ARM: ARM's 401
    let r = s
        .client()
        .get(format!(
            "{}/subscriptions/{S}/resourcegroups?api-version=2024-11-01",
            s.base()
        ))
        .bearer_auth(&graph_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "InvalidAuthenticationTokenAudience");
    // a Graph token on Graph: the directory; an application has no `/me`
    let filter = format!("servicePrincipalNames/any(c:c eq '{SP}')");
    let (status, body) = graph_get(
        &s,
        &format!("/v1.0/servicePrincipals?$filter={}", urlencoding(&filter)),
        &graph_token,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["value"][0]["appId"], SP);
    let (status, body) = graph_get(&s, "/v1.0/me", &graph_token).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error"]["message"],
        "/me request is only valid with delegated authentication flow."
    );
    // the service principal's object id is the `oid` its own tokens carry
    let sp_token_oid = crate::emulator_server::jwt_claims(&graph_token)["oid"].clone();
    let filter = "servicePrincipalNames/any(c:c eq '22222222-2222-2222-2222-222222222222')";
    let (_, body) = graph_get(
        &s,
        &format!("/v1.0/servicePrincipals?$filter={}", urlencoding(filter)),
        &graph_token,
    )
    .await;
    assert_eq!(body["value"][0]["id"], sp_token_oid);
}

fn urlencoding(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn a_signed_in_user_gets_cluster_admin_as_user() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap(), "--poll-ms", "20"]);
    let c = Client::new(&s, tmp.path());
    let login = c.spawn_login(&["login", "--use-device-code", "-o", "none"], &[]);
    let code = login.device_code(&s.base());
    let (status, page) = approve(&s, &code, None).await;
    assert_eq!(status, 200, "{page}");
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);

    let (out, before) = create_automatic(&c, &s, &log).await;
    assert_eq!(out.stderr, "");
    // az's order at the end: `/me`, the role by name at the cluster, the assignment
    let calls: Vec<String> = log_entries(&log)[before..]
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["method"].as_str().unwrap(),
                e["path"].as_str().unwrap()
            )
        })
        .filter(|l| l.contains("/v1.0/") || l.contains("Microsoft.Authorization"))
        .collect();
    // the user, as Graph names them to anyone who asks
    let graph_token = s
        .token_for(TENANT, &format!("{}//.default", s.base()))
        .await;
    let filter = format!("userPrincipalName eq '{USER}'");
    let (_, users) = graph_get(
        &s,
        &format!("/v1.0/users?$filter={}", urlencoding(&filter)),
        &graph_token,
    )
    .await;
    let user_id = users["value"][0]["id"].as_str().unwrap().to_string();
    let cluster = cluster_id("rg", "c");
    let admins: Vec<_> = assignments_at(&s, &cluster)
        .await
        .into_iter()
        .filter(|(role, _, _)| role.ends_with(CLUSTER_ADMIN))
        .collect();
    assert_eq!(admins.len(), 1, "{admins:?}");
    assert_eq!(admins[0].1, user_id);
    assert_eq!(admins[0].2, "User");
    let tail: Vec<&str> = calls
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(tail[0], "GET /v1.0/me", "{calls:?}");
    assert!(
        tail[1].starts_with(&format!(
            "GET {cluster}/providers/Microsoft.Authorization/roleDefinitions"
        )),
        "{calls:?}"
    );
    assert!(
        tail[2].starts_with(&format!(
            "PUT {cluster}/providers/Microsoft.Authorization/roleAssignments/"
        )),
        "{calls:?}"
    );
}

/// The service principal's object id, as the emulator's Graph answers it.
pub(crate) fn sp_object_id(app_id: &str) -> String {
    let filter = urlencoding(&format!("servicePrincipalNames/any(c:c eq '{app_id}')"));
    let req = ArmRequest::new(
        Method::GET,
        format!("/v1.0/servicePrincipals?$filter={filter}"),
    );
    let r = azr::emulator::graph::handle(&req, &azr::emulator::graph::Caller::App, USER);
    let body: Value = serde_json::from_slice(&r.body).unwrap();
    body["value"][0]["id"].as_str().unwrap().to_string()
}

#[test]
fn attach_acr_with_a_service_principal_assigns_acrpull_to_its_object_id() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let url = format!("{}?api-version=2026-09-01-preview", registry_id("graphacr"));
    let (status, r) = emulator(
        &sb,
        Method::PUT,
        &url,
        Some(json!({"location": "eastus", "sku": {"name": "Basic"}})),
    );
    assert_eq!(status, 201, "{r}");
    let line = format!(
        "aks create -g rg -n c -c 1 --no-ssh-key --service-principal {SP} --client-secret s3cr3t --attach-acr graphacr -o none"
    );
    let args: Vec<&str> = line.split(' ').collect();
    let (_, sent) = sb.local_recorded_ok(&args);
    let object_id = sp_object_id(SP);
    assert_eq!(
        acr_pulls(&sb, "graphacr"),
        [(object_id.clone(), "ServicePrincipal".to_string())]
    );
    // before the cluster's PUT: the role, the principal from Graph, the assignment
    let calls: Vec<String> = sent
        .iter()
        .map(|s| format!("{} {}", s.method, s.path))
        .collect();
    let at = |needle: &str| {
        calls
            .iter()
            .position(|c| c.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {calls:?}"))
    };
    let role = at("roleDefinitions");
    let graph = at("/v1.0/servicePrincipals");
    let assign = at("PUT");
    let cluster = at(
        "PUT https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c",
    );
    assert!(
        role < graph && graph < assign && assign < cluster,
        "{calls:?}"
    );
    assert!(
        sent[graph].uri.contains(
            &urlencoding(&format!("servicePrincipalNames/any(c:c eq '{SP}')")).replace('+', "%20")
        ),
        "{}",
        sent[graph].uri
    );

    // update --detach-acr: the principal from Graph first, then its assignment goes
    let (out, sent) =
        sb.local_recorded(&argv("aks update -g rg -n c --detach-acr graphacr -o none"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(acr_pulls(&sb, "graphacr").is_empty());
    assert!(
        sent.iter()
            .any(|s| s.path.contains("/v1.0/servicePrincipals"))
    );
    // and --attach-acr again
    sb.local_recorded_ok(&argv("aks update -g rg -n c --attach-acr graphacr -o none"));
    assert_eq!(
        acr_pulls(&sb, "graphacr"),
        [(object_id, "ServicePrincipal".to_string())]
    );
}
