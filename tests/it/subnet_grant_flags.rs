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

/// `aks create FLAGS` with a service principal: exit 2, `stderr`, nothing sent.
fn assert_refused(sb: &Sandbox, flags: &[&str], stderr: &str) {
    let mut line = flags.to_vec();
    line.extend(SERVICE_PRINCIPAL);
    let (out, sent) = run(sb, &line);
    assert_eq!(out.status.code(), Some(2), "{line:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), stderr, "{line:?}");
    assert!(sent.is_empty(), "{line:?}: {:#?}", calls(&sent));
}

/// `aks create FLAGS` with a service principal, which succeeds: no role assignment made.
fn assert_made_without_grants(sb: &Sandbox, flags: &[&str]) {
    let mut line = vec!["-c", "1", "--no-ssh-key"];
    line.extend_from_slice(flags);
    line.extend(SERVICE_PRINCIPAL);
    let (out, sent) = run(sb, &line);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{line:?}: {stderr}");
    assert!(assignment_puts(&sent).is_empty(), "{:#?}", calls(&sent));
}

#[test]
fn a_service_principal_subnet_grant_is_refused_with_nothing_sent() {
    let sb = Sandbox::new();
    seed(&sb);
    let (sys, nodes, api) = (subnet("sys"), subnet("nodes"), subnet("api"));
    let refused = |named: &str| {
        format!(
            "ERROR: azr does not support {named} with --service-principal on 'az aks create' yet (az resolves the service principal through Microsoft Graph to grant it Network Contributor on the subnet; --skip-subnet-role-assignment leaves that grant to you); nothing was sent\n"
        )
    };
    assert_refused(
        &sb,
        &["--no-ssh-key", "--vnet-subnet-id", &sys],
        &refused("--vnet-subnet-id"),
    );
    let trio = [
        "--sku",
        "automatic",
        "--system-node-subnet-id",
        &sys,
        "--node-subnet-id",
        &nodes,
        "--apiserver-subnet-id",
        &api,
    ];
    assert_refused(
        &sb,
        &trio,
        &refused("--system-node-subnet-id, --node-subnet-id, --apiserver-subnet-id"),
    );
    // a service principal without a secret is az's own error, not this refusal
    let line = [
        "--no-ssh-key",
        "--vnet-subnet-id",
        &sys,
        "--service-principal",
        "x",
    ];
    let (out, sent) = run(&sb, &line);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("ERROR: Please provide both --service-principal and --client-secret")
    );
    assert!(assignment_puts(&sent).is_empty());
    // with the grant skipped there is nothing to refuse: the cluster is made, nothing granted
    assert_made_without_grants(
        &sb,
        &["--vnet-subnet-id", &sys, "--skip-subnet-role-assignment"],
    );
    assert!(holders(&sb, &sys).is_empty());
}

#[test]
fn a_service_principal_add_on_grant_is_refused_with_nothing_sent() {
    let sb = Sandbox::new();
    seed(&sb);
    let sys = subnet("sys");
    let refused = |addon: &str| {
        format!(
            "ERROR: azr does not support --enable-addons {addon} with --service-principal on 'az aks create' yet (az resolves the service principal through Microsoft Graph to grant it the add-on's role); nothing was sent\n"
        )
    };
    let gateway = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/gw"
    );
    let appgw = refused("ingress-appgw");
    let no_key = "--no-ssh-key";
    assert_refused(
        &sb,
        &[no_key, "-a", "ingress-appgw", "--appgw-subnet-id", &sys],
        &appgw,
    );
    assert_refused(
        &sb,
        &[no_key, "-a", "ingress-appgw", "--appgw-id", &gateway],
        &appgw,
    );
    let virtual_node = [
        no_key,
        "-a",
        "virtual-node",
        "--aci-subnet-name",
        "aci",
        "--vnet-subnet-id",
        &sys,
        "--skip-subnet-role-assignment",
    ];
    assert_refused(&sb, &virtual_node, &refused("virtual-node"));
    // a gateway by name only: az grants nothing for it, so nothing is refused
    assert_made_without_grants(&sb, &["-a", "ingress-appgw", "--appgw-name", "gw"]);
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
