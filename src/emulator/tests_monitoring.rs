//! The resource types the monitoring add-on writes: workspaces, data collection rules,
//! endpoints and associations, and what the service refuses of them.

use super::*;

fn ws_url(rg: &str, name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.OperationalInsights/workspaces/{name}?api-version=2015-11-01-preview"
    )
}

fn insights_url(rg: &str, path: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.Insights/{path}?api-version=2022-06-01"
    )
}

fn rule_body(workspace_id: &str, endpoint: Option<&str>) -> Value {
    json!({
        "location": "eastus",
        "kind": "Linux",
        "properties": {
            "dataSources": {"extensions": [{"name": "ContainerInsightsExtension", "streams": ["Microsoft-ContainerInsights-Group-Default"], "extensionName": "ContainerInsights"}]},
            "dataFlows": [{"streams": ["Microsoft-ContainerInsights-Group-Default"], "destinations": ["la-workspace"]}],
            "destinations": {"logAnalytics": [{"workspaceResourceId": workspace_id, "name": "la-workspace"}]},
            "dataCollectionEndpointId": endpoint,
        }
    })
}

#[test]
fn workspace_rule_endpoint_and_association_live_and_die_as_arm_says() {
    let e = env(0);
    make_group(&e, "rg");
    // a workspace: created once with its service defaults, found by id, refused elsewhere
    let ws = e.put(
        &ws_url("rg", "wsp1"),
        &json!({"location": "East US", "properties": {"sku": {"name": "standalone"}}}),
    );
    assert_eq!(ws.status, 201, "{}", ws.body);
    assert_eq!(ws.body["location"], "eastus");
    assert_eq!(ws.body["properties"]["retentionInDays"], 30);
    let moved = e.put(&ws_url("rg", "wsp1"), &json!({"location": "westus"}));
    assert_eq!(
        (moved.status, moved.code()),
        (400, "InvalidResourceLocation")
    );
    assert_eq!(
        e.put(&ws_url("rg", "w"), &json!({"location": "eastus"}))
            .code(),
        "InvalidWorkspaceName"
    );
    let ws_id = ws.body["id"].as_str().unwrap().to_string();
    // a rule must send to a workspace that exists, through an endpoint that exists
    let missing = format!("{}x", ws_id);
    let r = e.put(
        &insights_url("rg", "dataCollectionRules/r1"),
        &rule_body(&missing, None),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidPayload"));
    let dce_path = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Insights/dataCollectionEndpoints/d1"
    );
    let r = e.put(
        &insights_url("rg", "dataCollectionRules/r1"),
        &rule_body(&ws_id, Some(&dce_path)),
    );
    assert_eq!(r.code(), "InvalidPayload");
    let d = e.put(
        &insights_url("rg", "dataCollectionEndpoints/d1"),
        &json!({"location": "eastus", "kind": "Linux"}),
    );
    assert_eq!(d.status, 201, "{}", d.body);
    assert_eq!(
        d.body["properties"]["networkAcls"]["publicNetworkAccess"],
        "Enabled"
    );
    let r = e.put(
        &insights_url("rg", "dataCollectionRules/r1"),
        &rule_body(&ws_id, Some(&dce_path)),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(
        r.body["properties"]["immutableId"]
            .as_str()
            .unwrap()
            .starts_with("dcr-")
    );
    let missing_rule = e.get(&insights_url("rg", "dataCollectionRules/nope"));
    assert_eq!(
        (missing_rule.status, missing_rule.code()),
        (404, "ResourceNotFound")
    );
    // an association: on a cluster that exists, naming a rule that exists; gone with the cluster
    let c = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    e.finish(&c);
    let cluster_id = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c"
    );
    let assoc = format!(
        "{cluster_id}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsExtension?api-version=2022-06-01"
    );
    let rule_id = r.body["id"].as_str().unwrap();
    let bad = e.put(&assoc, &json!({"location": "eastus", "properties": {"dataCollectionRuleId": format!("{rule_id}x")}}));
    assert_eq!(bad.code(), "InvalidPayload");
    let a = e.put(
        &assoc,
        &json!({"location": "eastus", "properties": {"dataCollectionRuleId": rule_id}}),
    );
    assert_eq!(a.status, 201, "{}", a.body);
    assert_eq!(e.get(&assoc).status, 200);
    let del = e.delete(&cluster_url("rg", "c"));
    e.finish(&del);
    assert_eq!(e.get(&assoc).status, 404);
    // the locations az reads before it writes a rule
    let l = e.get(&format!(
        "/subscriptions/{S}/locations?api-version=2019-11-01"
    ));
    assert!(
        l.body["value"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["displayName"] == "East US")
    );
}
