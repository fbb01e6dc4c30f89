//! `--ampls-resource-id` of `aks create` and `aks update` (issue 18), end to end against the
//! built-in emulator: the monitoring calls az 2.91 makes with an Azure Monitor private link
//! scope (private endpoints, the config endpoint and its association, the scope's links), in
//! az's order, with az's bodies; the scoped resources left; az's refusals.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::common::{Sandbox, Sent, argv, emulator};

fn scope() -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Insights/privateLinkScopes/pls"
    )
}

fn seed_scope(sb: &Sandbox) {
    let url = format!("{}?api-version=2021-07-01-preview", scope());
    let (status, r) = emulator(sb, Method::PUT, &url, Some(json!({"location": "global"})));
    assert_eq!(status, 201, "{r}");
}

/// The resources the scope links, by scoped resource name.
fn linked(sb: &Sandbox) -> Vec<(String, String)> {
    let url = format!("{}/scopedResources?api-version=2021-07-01-preview", scope());
    let (_, list) = emulator(sb, Method::GET, &url, None);
    let mut v: Vec<_> = list["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["properties"]["linkedResourceId"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

/// `METHOD path` (lower case) from the provider on (else its last segment), without the
/// operation polls.
fn calls_of(sent: &[Sent]) -> Vec<String> {
    sent.iter()
        .filter(|s| !(s.method == "GET" && s.path.contains("/operations/")))
        .map(|s| {
            let p = s.path.to_lowercase();
            let short = p.split_once("/providers/").map_or_else(
                || p.rsplit('/').next().unwrap_or("").to_string(),
                |(_, rest)| rest.to_string(),
            );
            format!("{} {short}", s.method)
        })
        .collect()
}

fn put_body<'a>(sent: &'a [Sent], path_end: &str) -> &'a Value {
    &sent
        .iter()
        .find(|s| s.method == "PUT" && s.path.ends_with(path_end))
        .unwrap_or_else(|| panic!("no PUT of {path_end}"))
        .body
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The command line with `--ampls-resource-id <scope named>` at its end.
fn with_scope(line: &'static str, name: &str) -> Vec<String> {
    let mut args: Vec<String> = argv(line).into_iter().map(String::from).collect();
    args.push("--ampls-resource-id".into());
    args.push(scope().replace("/pls", &format!("/{name}")));
    args
}

fn run(sb: &Sandbox, args: &[String]) -> (std::process::Output, Vec<Sent>) {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sb.local_recorded(&args)
}

/// `run` that must succeed: the requests and their calls.
fn run_ok(sb: &Sandbox, args: &[String]) -> (Vec<Sent>, Vec<String>) {
    let (out, sent) = run(sb, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    let calls = calls_of(&sent);
    (sent, calls)
}

/// A sandbox with the group `rg` in eastus and the scope `pls` in it.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    seed_scope(&sb);
    sb
}

/// The calls before and after the PUT of cluster `name`, each from its first call naming `from`.
fn around_put(calls: &[String], name: &str, from: &str) -> (Vec<String>, Vec<String>) {
    let put = calls
        .iter()
        .position(|c| *c == format!("PUT {CLUSTER}/{name}"))
        .unwrap_or_else(|| panic!("no PUT of {name}: {calls:?}"));
    let from_first = |part: &[String]| -> Vec<String> {
        part.iter()
            .skip_while(|c| !c.contains(from))
            .cloned()
            .collect()
    };
    (from_first(&calls[..put]), from_first(&calls[put..]))
}

const WS: &str = "defaultworkspace-00000000-0000-0000-0000-000000000001-eus";
const DCE: &str = "microsoft.insights/datacollectionendpoints";
const CLUSTER: &str = "microsoft.containerservice/managedclusters";
const SCOPED: &str = "microsoft.insights/privatelinkscopes/pls/scopedresources";

fn private_dce(region: &str) -> Value {
    json!({"location": region, "kind": "Linux",
           "properties": {"networkAcls": {"publicNetworkAccess": "Disabled"}}})
}

/// An id in group `rg` as a recording holds it (the subscription scrubbed).
fn id_of(kind: &str, name: &str) -> String {
    format!(
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/{kind}/{name}"
    )
}

#[test]
fn the_monitoring_addon_links_its_endpoints_and_workspace_to_the_scope() {
    let sb = sandbox();
    let (sent, calls) = run_ok(
        &sb,
        &with_scope(
            "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-private-cluster \
             --enable-addons monitoring --enable-high-log-scale-mode",
            "pls",
        ),
    );
    // before the cluster's PUT: the ingestion endpoint, then the config one, then the rule;
    // after it: both endpoints again, the rule's association, the config endpoint's, the links
    let (before, after) = around_put(&calls, "c", DCE);
    assert_eq!(
        before,
        [
            format!("PUT {DCE}/msci-ingest-eastus-c"),
            format!("PUT {DCE}/msci-config-eastus-c"),
            "GET locations".into(),
            "PUT microsoft.insights/datacollectionrules/msci-eastus-c".into(),
        ]
    );
    let assoc =
        format!("PUT {CLUSTER}/c/providers/microsoft.insights/datacollectionruleassociations");
    assert_eq!(
        after,
        [
            format!("PUT {DCE}/msci-ingest-eastus-c"),
            format!("PUT {DCE}/msci-config-eastus-c"),
            format!("{assoc}/containerinsightsextension"),
            format!("{assoc}/configurationaccessendpoint"),
            format!("GET {SCOPED}"),
            format!("PUT {SCOPED}/msci-config-eastus-c-connection"),
            format!("GET {SCOPED}"),
            format!("PUT {SCOPED}/{WS}-connection"),
            format!("GET {SCOPED}"),
            format!("PUT {SCOPED}/msci-ingest-eastus-c-connection"),
        ]
    );
    // both endpoints closed to the public network, neither read first
    assert_eq!(
        put_body(&sent, "/MSCI-ingest-eastus-c"),
        &private_dce("eastus")
    );
    assert_eq!(
        put_body(&sent, "/MSCI-config-eastus-c"),
        &private_dce("eastus")
    );
    assert!(
        !sent
            .iter()
            .any(|s| s.method == "GET" && s.path.contains("dataCollectionEndpoints"))
    );
    let config = id_of("dataCollectionEndpoints", "MSCI-config-eastus-c");
    assert_eq!(
        put_body(
            &sent,
            "/dataCollectionRuleAssociations/configurationAccessEndpoint"
        ),
        &json!({"location": "eastus", "properties": {
            "dataCollectionEndpointId": config,
            "description": "associates config dataCollectionEndpoint to AKS cluster resource"}})
    );
    assert_eq!(
        put_body(&sent, "/MSCI-config-eastus-c-connection"),
        &json!({"properties": {"linkedResourceId": config}})
    );
    // the rule writes through the ingestion endpoint
    let rule = put_body(&sent, "/dataCollectionRules/MSCI-eastus-c");
    assert_eq!(
        rule["properties"]["dataCollectionEndpointId"],
        id_of("dataCollectionEndpoints", "MSCI-ingest-eastus-c")
    );
    // what the emulator keeps: the endpoints closed, the cluster associated with the config one
    let rg = format!("/subscriptions/{S}/resourceGroups/rg/providers");
    for dce in ["MSCI-config-eastus-c", "MSCI-ingest-eastus-c"] {
        let url =
            format!("{rg}/Microsoft.Insights/dataCollectionEndpoints/{dce}?api-version=2022-06-01");
        let (status, e) = emulator(&sb, Method::GET, &url, None);
        assert_eq!(status, 200, "{e}");
        assert_eq!(
            e["properties"]["networkAcls"]["publicNetworkAccess"],
            "Disabled"
        );
    }
    let url = format!(
        "{rg}/Microsoft.ContainerService/managedClusters/c/providers/Microsoft.Insights/dataCollectionRuleAssociations/configurationAccessEndpoint?api-version=2022-06-01"
    );
    let (status, a) = emulator(&sb, Method::GET, &url, None);
    assert_eq!(status, 200, "{a}");
    assert!(
        a["properties"]["dataCollectionEndpointId"]
            .as_str()
            .is_some_and(|d| d.ends_with("/dataCollectionEndpoints/MSCI-config-eastus-c")),
        "{a}"
    );
    // what the scope links now
    let names: Vec<String> = linked(&sb)
        .into_iter()
        .map(|(n, _)| n.to_lowercase())
        .collect();
    assert_eq!(
        names,
        [
            format!("{WS}-connection"),
            "msci-config-eastus-c-connection".into(),
            "msci-ingest-eastus-c-connection".into(),
        ]
    );
}

/// Azure Monitor logs' calls for cluster `c` with the scope, from the config endpoint to the
/// check of the workspace's link.
fn logs_calls(c: &str) -> Vec<String> {
    let assoc =
        format!("PUT {CLUSTER}/{c}/providers/microsoft.insights/datacollectionruleassociations");
    vec![
        format!("PUT {DCE}/msci-config-eastus-{c}"),
        "GET locations".into(),
        format!("PUT microsoft.insights/datacollectionrules/msci-eastus-{c}"),
        format!("{assoc}/containerinsightsextension"),
        format!("{assoc}/configurationaccessendpoint"),
        format!("GET {SCOPED}"),
        format!("PUT {SCOPED}/msci-config-eastus-{c}-connection"),
        format!("GET {SCOPED}"),
    ]
}

#[test]
fn azure_monitor_logs_links_on_create_and_on_update_only_what_is_missing() {
    let sb = sandbox();
    let (_, calls) = run_ok(
        &sb,
        &with_scope(
            "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-private-cluster --enable-azure-monitor-logs",
            "pls",
        ),
    );
    // all of it after the cluster's PUT
    let (before, tail) = around_put(&calls, "c", DCE);
    assert!(before.is_empty(), "{before:?}");
    let mut expected = logs_calls("c");
    expected.push(format!("PUT {SCOPED}/{WS}-connection"));
    assert_eq!(tail, expected);
    // a second private cluster switched on by `aks update`: before its PUT, and the workspace
    // the scope links already is not linked again
    sb.local_ok(&argv(
        "aks create -g rg -n c2 -c 1 --no-ssh-key -o none --enable-private-cluster",
    ));
    let (_, calls) = run_ok(
        &sb,
        &with_scope(
            "aks update -g rg -n c2 -o none --enable-azure-monitor-logs",
            "pls",
        ),
    );
    let (tail, _) = around_put(&calls, "c2", DCE);
    assert_eq!(tail, logs_calls("c2"));
    assert_eq!(linked(&sb).len(), 3);
}

/// Alone on `aks update`, az reads the add-on's auth as shared key (the cluster's service
/// principal profile names `msi`): it makes the config endpoint and rebuilds the rule after the
/// PUT, and links nothing.
#[test]
fn alone_on_update_it_makes_the_config_endpoint_and_links_nothing() {
    let sb = sandbox();
    let create = with_scope(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-private-cluster --enable-addons monitoring",
        "pls",
    );
    run_ok(&sb, &create);
    let before = linked(&sb);
    let (_, calls) = run_ok(&sb, &with_scope("aks update -g rg -n c -o none", "pls"));
    let (_, tail) = around_put(&calls, "c", "workspaces");
    assert_eq!(
        tail,
        [
            format!("GET microsoft.operationalinsights/workspaces/{WS}"),
            "GET microsoft.insights/datacollectionrules/msci-eastus-c".into(),
            format!("PUT {DCE}/msci-config-eastus-c"),
            "GET locations".into(),
            "PUT microsoft.insights/datacollectionrules/msci-eastus-c".into(),
        ]
    );
    assert_eq!(linked(&sb), before);
}

#[test]
fn a_scope_needs_a_private_cluster_in_msi_mode() {
    let sb = sandbox();
    let msg = "ERROR: --ampls-resource-id can only be used with private cluster in MSI mode.\n";
    for line in [
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-addons monitoring",
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-addons monitoring --enable-private-cluster \
         --enable-msi-auth-for-monitoring false",
    ] {
        let (out, sent) = run(&sb, &with_scope(line, "pls"));
        assert_eq!(out.status.code(), Some(1), "{line}");
        assert!(stderr(&out).ends_with(msg), "{line}: {}", stderr(&out));
        // refused once the (default) workspace is known, before its region is read: no
        // endpoint, no rule, no cluster
        assert!(
            !sent.iter().any(|s| s.path.contains("/dataCollection")
                || (s.method == "PUT" && s.path.contains("/managedClusters/"))),
            "{line}"
        );
    }
    // on update, before anything is written for the cluster
    sb.local_ok(&argv("aks create -g rg -n pub -c 1 --no-ssh-key -o none"));
    let (out, sent) = run(
        &sb,
        &with_scope("aks update -g rg -n pub --enable-azure-monitor-logs", "pls"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), msg);
    assert!(
        !sent
            .iter()
            .any(|s| s.method == "PUT" && s.path.contains("/managedClusters/"))
    );
    assert!(linked(&sb).is_empty());
}

#[test]
fn a_scope_that_is_not_there_is_a_warning_then_arms_404() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-private-cluster",
    ));
    let (out, sent) = run(
        &sb,
        &with_scope(
            "aks update -g rg -n c -o none --enable-azure-monitor-logs",
            "nosuch",
        ),
    );
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.starts_with("WARNING: Error checking AMPLS scoped resources: Not Found({\"error\":{\"code\":\"ResourceNotFound\""),
        "{err}"
    );
    assert!(
        err.contains(
            "\nERROR: (ResourceNotFound) The Resource 'microsoft.insights/privatelinkscopes/nosuch'"
        ),
        "{err}"
    );
    // the cluster was not written
    assert!(
        !sent
            .iter()
            .any(|s| s.method == "PUT" && s.path.ends_with("/managedClusters/c"))
    );
}

/// Without monitoring az has no use for the scope (as az 2.91: the differential's `ampls:
/// private cluster`): the cluster is made, nothing is linked, no endpoint is made.
#[test]
fn without_monitoring_the_scope_is_not_used() {
    let sb = sandbox();
    let (sent, _) = run_ok(
        &sb,
        &with_scope(
            "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-private-cluster",
            "pls",
        ),
    );
    assert!(!sent.iter().any(|s| s.path.contains("/dataCollection")
        || s.path.to_lowercase().contains("privatelinkscopes")));
    assert!(linked(&sb).is_empty());
}
