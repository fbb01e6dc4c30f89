//! The Network Contributor grants of `aks create` on the user's own subnets (issue 18), end to
//! end against the built-in emulator: with `--assign-identity` the identity is read and granted
//! on `--vnet-subnet-id` and on the hosted system trio before the cluster's PUT, a subnet that
//! holds the role is skipped, nothing is granted after the PUT; a service principal's grant
//! (Microsoft Graph), on subnets or for an add-on, is refused with nothing sent; ARM refuses a
//! principal that is no GUID.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::json;

use crate::common::{Sandbox, Sent, argv, emulator};

const NETWORK_CONTRIBUTOR: &str = "4d97b98b-1d4f-4787-a291-c67834d212e7";

fn subnet(name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/{name}"
    )
}

fn identity_id(name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{name}"
    )
}

/// The group, a virtual network with subnets `sys`, `nodes`, `api`, and identity `id1`:
/// returns the identity's principal id.
fn seed(sb: &Sandbox) -> String {
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    crate::auto_flags::trio_vnet(sb);
    let url = format!("{}?api-version=2023-01-31", identity_id("id1"));
    let (status, body) = emulator(sb, Method::PUT, &url, Some(json!({"location": "eastus"})));
    assert!(status == 200 || status == 201, "{status}: {body}");
    body["properties"]["principalId"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The Network Contributor assignments at the scope: their principal ids.
fn holders(sb: &Sandbox, scope: &str) -> Vec<String> {
    let url = format!(
        "{scope}/providers/Microsoft.Authorization/roleAssignments?$filter=atScope()&api-version=2022-04-01"
    );
    let (_, list) = emulator(sb, Method::GET, &url, None);
    list["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["properties"])
        .filter(|p| {
            p["roleDefinitionId"]
                .as_str()
                .unwrap()
                .ends_with(NETWORK_CONTRIBUTOR)
        })
        .map(|p| p["principalId"].as_str().unwrap().to_string())
        .collect()
}

/// Each request as `METHOD path`, the ARM host and query string left out, the subscription
/// the recording scrubs put back.
fn calls(sent: &[Sent]) -> Vec<String> {
    sent.iter()
        .map(|s| {
            let path = s
                .path
                .trim_start_matches("https://management.azure.com")
                .replace("/00000000-0000-0000-0000-000000000000/", &format!("/{S}/"));
            format!("{} {path}", s.method)
        })
        .collect()
}

fn assignment_puts(sent: &[Sent]) -> Vec<&Sent> {
    sent.iter()
        .filter(|s| s.method == "PUT" && s.path.contains("/roleAssignments/"))
        .collect()
}

fn cluster_put_index(sent: &[Sent]) -> usize {
    sent.iter()
        .position(|s| s.method == "PUT" && s.path.ends_with("/managedClusters/c"))
        .expect("the cluster's PUT")
}

fn run(sb: &Sandbox, args: &[&str]) -> (std::process::Output, Vec<Sent>) {
    let mut line = vec!["aks", "create", "-g", "rg", "-n", "c", "-o", "none"];
    line.extend_from_slice(args);
    sb.local_recorded(&line)
}

#[test]
fn a_user_assigned_identity_is_granted_the_vnet_subnet_before_the_put() {
    let sb = Sandbox::new();
    let principal = seed(&sb);
    let (s, id) = (subnet("sys"), identity_id("id1"));
    let (out, sent) = run(
        &sb,
        &[
            "-c",
            "1",
            "--no-ssh-key",
            "--vnet-subnet-id",
            &s,
            "--assign-identity",
            &id,
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("WARNING"), "{stderr}");
    let seq = calls(&sent);
    let assignments = format!("{s}/providers/Microsoft.Authorization/roleAssignments");
    // az's order: the check at the subnet, the identity, the role by name, the assignment
    let at = seq
        .iter()
        .position(|c| c == &format!("GET {assignments}"))
        .unwrap_or_else(|| panic!("{seq:#?}"));
    assert_eq!(seq[at + 1], format!("GET {id}"), "{seq:#?}");
    assert_eq!(
        seq[at + 2],
        format!("GET {s}/providers/Microsoft.Authorization/roleDefinitions"),
        "{seq:#?}"
    );
    assert!(
        seq[at + 3].starts_with(&format!("PUT {assignments}/")),
        "{seq:#?}"
    );
    let puts = assignment_puts(&sent);
    assert_eq!(puts.len(), 1, "{seq:#?}");
    assert!(
        puts[0].body["properties"]["roleDefinitionId"]
            .as_str()
            .unwrap()
            .ends_with(NETWORK_CONTRIBUTOR)
    );
    assert_eq!(
        puts[0].body["properties"]["principalId"],
        principal.as_str()
    );
    assert_eq!(
        puts[0].body["properties"]["principalType"],
        "ServicePrincipal"
    );
    assert!(
        at + 3 < cluster_put_index(&sent),
        "granted before the PUT: {seq:#?}"
    );
    assert_eq!(holders(&sb, &s), vec![principal.clone()]);

    // the subnet holds the role now: a second cluster neither reads the identity nor grants
    let (out, sent) = sb.local_recorded(&[
        "aks",
        "create",
        "-g",
        "rg",
        "-n",
        "c2",
        "-c",
        "1",
        "--no-ssh-key",
        "--vnet-subnet-id",
        &s,
        "--assign-identity",
        &id,
        "-o",
        "none",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let seq = calls(&sent);
    assert!(!seq.contains(&format!("GET {id}")), "{seq:#?}");
    assert!(assignment_puts(&sent).is_empty(), "{seq:#?}");
    assert_eq!(holders(&sb, &s), vec![principal]);
}

#[test]
fn a_user_assigned_identity_is_granted_the_missing_subnets_of_the_trio() {
    let sb = Sandbox::new();
    let principal = seed(&sb);
    let (sys, nodes, api, id) = (
        subnet("sys"),
        subnet("nodes"),
        subnet("api"),
        identity_id("id1"),
    );
    // `nodes` already holds the role (someone else's grant): az skips it
    let other = "11111111-2222-3333-4444-555555555555";
    let url = format!(
        "{nodes}/providers/Microsoft.Authorization/roleAssignments/{}?api-version=2022-04-01",
        uuid::Uuid::new_v4()
    );
    let role = format!(
        "/subscriptions/{S}/providers/Microsoft.Authorization/roleDefinitions/{NETWORK_CONTRIBUTOR}"
    );
    let body = json!({"properties": {"roleDefinitionId": role, "principalId": other}});
    assert_eq!(emulator(&sb, Method::PUT, &url, Some(body)).0, 201);
    let (out, sent) = run(
        &sb,
        &[
            "--sku",
            "automatic",
            "--system-node-subnet-id",
            &sys,
            "--node-subnet-id",
            &nodes,
            "--apiserver-subnet-id",
            &api,
            "--assign-identity",
            &id,
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains("Could not create a role assignment"),
        "{stderr}"
    );
    let seq = calls(&sent);
    let check = |s: &str| format!("GET {s}/providers/Microsoft.Authorization/roleAssignments");
    let grant = |s: &str| format!("PUT {s}/providers/Microsoft.Authorization/roleAssignments/");
    // the identity once, then per subnet: the check, and the grant when missing
    let first = seq
        .iter()
        .position(|c| c == &format!("GET {id}"))
        .unwrap_or_else(|| panic!("{seq:#?}"));
    let steps: Vec<&String> = seq[first..]
        .iter()
        .filter(|c| c.contains("/roleAssignments") || c.ends_with("/userAssignedIdentities/id1"))
        .take(6)
        .collect();
    assert_eq!(steps[0], &format!("GET {id}"));
    assert_eq!(steps[1], &check(&sys));
    assert!(steps[2].starts_with(&grant(&sys)), "{steps:#?}");
    assert_eq!(steps[3], &check(&nodes));
    assert_eq!(steps[4], &check(&api));
    assert!(steps[5].starts_with(&grant(&api)), "{steps:#?}");
    let puts = assignment_puts(&sent);
    assert_eq!(puts.len(), 2, "{seq:#?}");
    let last_grant = sent
        .iter()
        .rposition(|s| s.method == "PUT" && s.path.contains("/roleAssignments/"))
        .unwrap();
    assert!(last_grant < cluster_put_index(&sent), "{seq:#?}");
    for p in &puts {
        assert_eq!(p.body["properties"]["principalId"], principal.as_str());
        assert_eq!(p.body["properties"]["principalType"], "ServicePrincipal");
    }
    assert_eq!(holders(&sb, &sys), vec![principal.clone()]);
    assert_eq!(holders(&sb, &nodes), vec![other.to_string()]);
    assert_eq!(holders(&sb, &api), vec![principal]);
}

const SERVICE_PRINCIPAL: [&str; 4] = [
    "--service-principal",
    "22222222-2222-2222-2222-222222222222",
    "--client-secret",
    "s3cret",
];

/// `aks create FLAGS` with the service principal, which succeeds: the requests it sent.
fn create_as_service_principal(sb: &Sandbox, flags: &[&str]) -> Vec<Sent> {
    let mut line = flags.to_vec();
    line.extend(SERVICE_PRINCIPAL);
    let (out, sent) = run(sb, &line);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{line:?}: {stderr}");
    sent
}

/// Each grant in az's order, all before the cluster's PUT (if any): the role by name, the
/// service principal's object id from Microsoft Graph, the assignment.
fn assert_graph_grants(sent: &[Sent], grants: usize) {
    let seq = calls(sent);
    let put = sent
        .iter()
        .position(|s| s.method == "PUT" && s.path.ends_with("/managedClusters/c"));
    let steps: Vec<&str> = seq[..put.unwrap_or(seq.len())]
        .iter()
        .filter_map(|c| {
            if c.contains("/roleDefinitions") {
                Some("role")
            } else if c.contains("/v1.0/servicePrincipals") {
                Some("graph")
            } else if c.starts_with("PUT ") && c.contains("/roleAssignments/") {
                Some("assign")
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        steps,
        ["role", "graph", "assign"].repeat(grants),
        "{seq:#?}"
    );
}

#[test]
fn a_service_principal_is_granted_its_subnets_through_graph_before_the_put() {
    let sb = Sandbox::new();
    seed(&sb);
    let object_id = crate::graph_flags::sp_object_id(SERVICE_PRINCIPAL[1]);
    let sys = subnet("sys");
    // a service principal without a secret is az's own error, before anything is granted
    let (out, sent) = run(
        &sb,
        &[
            "--no-ssh-key",
            "--vnet-subnet-id",
            &sys,
            "--service-principal",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("ERROR: Please provide both --service-principal and --client-secret")
    );
    assert!(assignment_puts(&sent).is_empty());
    let sent = create_as_service_principal(&sb, &["--no-ssh-key", "--vnet-subnet-id", &sys]);
    assert_graph_grants(&sent, 1);
    assert_eq!(holders(&sb, &sys), vec![object_id.clone()]);

    // the trio: `sys` is held already, the other two are granted
    let trio = Sandbox::new();
    seed(&trio);
    let (nodes, api) = (subnet("nodes"), subnet("api"));
    emulator_grant(&trio, &sys, &object_id);
    // (az grants them, then finds an Automatic cluster's metrics need a managed identity)
    let mut line = vec![
        "--sku",
        "automatic",
        "--system-node-subnet-id",
        &sys,
        "--node-subnet-id",
        &nodes,
        "--apiserver-subnet-id",
        &api,
    ];
    line.extend(SERVICE_PRINCIPAL);
    let (out, sent) = run(&trio, &line);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with(
        "ERROR: --enable-azure-monitor-metrics can only be specified for clusters with managed identity enabled\n"
    ));
    assert_graph_grants(&sent, 2);
    for s in [&sys, &nodes, &api] {
        assert_eq!(holders(&trio, s), vec![object_id.clone()], "{s}");
    }
}

#[test]
fn a_service_principal_add_on_grant_goes_to_its_graph_object_id() {
    let sb = Sandbox::new();
    seed(&sb);
    let sys = subnet("sys");
    let sent = create_as_service_principal(
        &sb,
        &[
            "-c",
            "1",
            "--no-ssh-key",
            "-a",
            "ingress-appgw",
            "--appgw-subnet-id",
            &sys,
        ],
    );
    let graph = sent
        .iter()
        .position(|s| s.path.contains("/v1.0/servicePrincipals"))
        .expect("the Graph lookup");
    assert!(
        graph > cluster_put_index(&sent),
        "after the cluster: {:#?}",
        calls(&sent)
    );
    let object_id = crate::graph_flags::sp_object_id(SERVICE_PRINCIPAL[1]);
    assert_eq!(holders(&sb, &sys), [object_id]);
}

/// Network Contributor on `scope` for `principal`, straight into the emulator.
fn emulator_grant(sb: &Sandbox, scope: &str, principal: &str) {
    let url = format!(
        "{scope}/providers/Microsoft.Authorization/roleAssignments/{}?api-version=2022-04-01",
        uuid::Uuid::new_v4()
    );
    let role = format!(
        "/subscriptions/{S}/providers/Microsoft.Authorization/roleDefinitions/{NETWORK_CONTRIBUTOR}"
    );
    let body = json!({"properties": {"roleDefinitionId": role, "principalId": principal}});
    let (status, body) = emulator(sb, Method::PUT, &url, Some(body));
    assert_eq!(status, 201, "{body}");
}

#[test]
fn arm_refuses_a_role_assignment_whose_principal_is_no_guid() {
    let sb = Sandbox::new();
    seed(&sb);
    let scope = subnet("sys");
    let role = format!(
        "/subscriptions/{S}/providers/Microsoft.Authorization/roleDefinitions/{NETWORK_CONTRIBUTOR}"
    );
    for (principal, message) in [
        (
            "",
            "A valid principal ID must be provided for role assignment.".to_string(),
        ),
        (
            "not-a-guid",
            "The Principal ID 'not-a-guid' is not valid. Principal ID must be a GUID.".to_string(),
        ),
    ] {
        let url = format!(
            "{scope}/providers/Microsoft.Authorization/roleAssignments/{}?api-version=2022-04-01",
            uuid::Uuid::new_v4()
        );
        let body = json!({"properties": {"roleDefinitionId": role, "principalId": principal}});
        let (status, err) = emulator(&sb, Method::PUT, &url, Some(body));
        assert_eq!(status, 400, "{err}");
        assert_eq!(err["error"]["code"], "InvalidPrincipalId", "{principal:?}");
        assert_eq!(err["error"]["message"], message.as_str(), "{principal:?}");
    }
    assert_eq!(holders(&sb, &scope), Vec::<String>::new());
}

/// A role assignment that fails is tried ten times, as az waits for a new principal to reach
/// the directory: 2, 4, ... 20 seconds after each failure, ARM's error at INFO each time, then
/// az's end of the progress line.
#[tokio::test]
async fn a_failing_role_assignment_is_tried_ten_times_with_az_waits() {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use azr::arm::ArmResponse;
    use azr::client::clock::RecordingClock;
    use azr::commands::role_assignments::add_role_assignment;

    let scope = subnet("sys");
    let role = || {
        ArmResponse::json(
            200,
            &json!({"value": [{"id": format!("/subscriptions/{S}/providers/Microsoft.Authorization/roleDefinitions/{NETWORK_CONTRIBUTOR}")}]}),
        )
    };
    let not_found = || {
        ArmResponse::json(
            400,
            &json!({"error": {"code": "PrincipalNotFound", "message": "Principal p does not exist in the directory t."}}),
        )
    };
    let run = async |script: Vec<ArmResponse>| {
        let t = crate::scripted::Scripted::new(script);
        let clock = Arc::new(RecordingClock::default());
        let lines = Arc::new(Mutex::new(Vec::new()));
        let ctx = crate::scripted::logged_ctx(&t, clock.clone(), lines.clone());
        let granted = add_role_assignment(&ctx, "Network Contributor", "p", &scope).await;
        assert_eq!(t.left(), 0);
        let lines = lines.lock().unwrap().clone();
        (granted, clock.sleeps(), lines)
    };

    let script = (0..10).flat_map(|_| [role(), not_found()]).collect();
    let (granted, sleeps, lines) = run(script).await;
    assert!(!granted);
    let waits: Vec<Duration> = (1..=10).map(|x| Duration::from_secs(2 * x)).collect();
    assert_eq!(sleeps, waits);
    let (end, tries) = lines.split_last().unwrap();
    assert_eq!(
        tries,
        vec![
            "INFO: (PrincipalNotFound) Principal p does not exist in the directory t.\n\
             Code: PrincipalNotFound\n\
             Message: Principal p does not exist in the directory t.";
            10
        ]
    );
    assert!(
        end.starts_with("\rAAD role propagation failed[#"),
        "{end:?}"
    );

    // the directory catches up on the second try
    let created = ArmResponse::json(201, &json!({"id": "a", "properties": {}}));
    let (granted, sleeps, lines) = run(vec![role(), not_found(), role(), created]).await;
    assert!(granted);
    assert_eq!(sleeps, vec![Duration::from_secs(2)]);
    assert!(
        lines[1].starts_with("\rAAD role propagation done[#"),
        "{lines:?}"
    );
}
