//! The resource types managed Prometheus writes: Azure Monitor workspaces and their rule
//! recommendations, Prometheus rule groups, Managed Grafana, and a data collection rule sending
//! to a workspace; what the services refuse of them.

use super::*;

fn url(rg: &str, ns_type: &str, name: &str, api: &str) -> String {
    format!("/subscriptions/{S}/resourceGroups/{rg}/providers/{ns_type}/{name}?api-version={api}")
}

fn amw_url(name: &str) -> String {
    url("rg", "Microsoft.Monitor/accounts", name, "2023-04-03")
}

fn group_url(name: &str) -> String {
    url(
        "rg",
        "Microsoft.AlertsManagement/prometheusRuleGroups",
        name,
        "2023-03-01",
    )
}

#[test]
fn workspace_recommendations_and_rule_groups() {
    let e = env(0);
    make_group(&e, "rg");
    let w = e.put(
        &amw_url("amw1"),
        &json!({"location": "East US", "properties": {}}),
    );
    assert_eq!(w.status, 201, "{}", w.body);
    assert_eq!(w.body["location"], "eastus");
    assert_eq!(w.body["properties"]["provisioningState"], "Succeeded");
    let query = w.body["properties"]["metrics"]["prometheusQueryEndpoint"]
        .as_str()
        .unwrap();
    assert!(
        query.starts_with("https://amw1-")
            && query.ends_with(".eastus.prometheus.monitor.azure.com")
    );
    // the account id stays across PUTs
    let again = e.put(&amw_url("amw1"), &json!({"location": "eastus"}));
    assert_eq!(again.status, 200);
    assert_eq!(
        again.body["properties"]["accountId"],
        w.body["properties"]["accountId"]
    );
    let moved = e.put(&amw_url("amw1"), &json!({"location": "westus"}));
    assert_eq!(
        (moved.status, moved.code()),
        (400, "InvalidResourceLocation")
    );
    let amw = w.body["id"].as_str().unwrap().to_string();

    // recommendations: recording-rule groups, Linux and Windows; none for a missing workspace
    let recs = e.get(&format!(
        "{amw}/providers/microsoft.alertsManagement/alertRuleRecommendations?api-version=2023-01-01-preview"
    ));
    let names: Vec<&str> = recs.body["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().any(|n| n.contains("Win")));
    let missing = e.get(&format!(
        "{}x/providers/microsoft.alertsManagement/alertRuleRecommendations?api-version=2023-01-01-preview",
        amw.trim_end_matches('/')
    ));
    assert_eq!(missing.status, 404);

    // a rule group needs scopes that exist and recording or alert rules with expressions
    let rules = &recs.body["value"][0]["properties"]["rulesArmTemplate"]["resources"][0]["properties"]
        ["rules"];
    let body = |scopes: Value, rules: &Value| json!({"location": "eastus", "properties": {"scopes": scopes, "enabled": true, "interval": "PT1M", "rules": rules}});
    let g = e.put(&group_url("g1"), &body(json!([amw]), rules));
    assert_eq!(g.status, 201, "{}", g.body);
    assert_eq!(e.get(&group_url("g1")).body["properties"]["rules"], *rules);
    let bad_scope = e.put(&group_url("g2"), &body(json!([format!("{amw}x")]), rules));
    assert_eq!((bad_scope.status, bad_scope.code()), (400, "BadRequest"));
    let no_rules = e.put(&group_url("g2"), &body(json!([amw]), &json!([])));
    assert_eq!(no_rules.status, 400);
    let bad_rule = e.put(
        &group_url("g2"),
        &body(json!([amw]), &json!([{"record": "r"}])),
    );
    assert_eq!(bad_rule.status, 400);
    assert_eq!(e.get(&group_url("g2")).status, 404);
    // deleting twice: the second finds nothing, as ARM answers
    assert_eq!(e.delete(&group_url("g1")).status, 200);
    assert_eq!(e.delete(&group_url("g1")).status, 204);
    assert!(e.check().is_ok());
}

#[test]
fn grafana_keeps_its_principal_and_integrations() {
    let e = env(0);
    make_group(&e, "rg");
    let gurl = url("rg", "Microsoft.Dashboard/grafana", "graf1", "2022-08-01");
    let g = e.put(
        &gurl,
        &json!({"location": "eastus", "sku": {"name": "Standard"}, "identity": {"type": "SystemAssigned"}, "properties": {}}),
    );
    assert_eq!(g.status, 201, "{}", g.body);
    let principal = g.body["identity"]["principalId"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(g.body["properties"]["publicNetworkAccess"], "Enabled");
    let integrations =
        json!({"azureMonitorWorkspaceIntegrations": [{"azureMonitorWorkspaceResourceId": "/x"}]});
    let again = e.put(
        &gurl,
        &json!({"location": "eastus", "identity": {"type": "SystemAssigned"},
                "properties": {"grafanaIntegrations": integrations}}),
    );
    assert_eq!(again.status, 200);
    assert_eq!(again.body["identity"]["principalId"], principal.as_str());
    assert_eq!(
        e.get(&gurl).body["properties"]["grafanaIntegrations"],
        integrations
    );
    // without an identity there is no principal
    let none = e.put(
        &url("rg", "Microsoft.Dashboard/grafana", "graf2", "2022-08-01"),
        &json!({"location": "eastus"}),
    );
    assert!(none.body.get("identity").is_none());
}

#[test]
fn a_prometheus_rule_must_send_to_a_workspace_that_exists() {
    let e = env(0);
    make_group(&e, "rg");
    let amw = e.put(&amw_url("amw1"), &json!({"location": "eastus"})).body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let rule = |account: &str| {
        json!({"location": "eastus", "kind": "Linux", "properties": {
            "dataSources": {"prometheusForwarder": [{"name": "PrometheusDataSource", "streams": ["Microsoft-PrometheusMetrics"], "labelIncludeFilter": {}}]},
            "dataFlows": [{"destinations": ["MonitoringAccount1"], "streams": ["Microsoft-PrometheusMetrics"]}],
            "destinations": {"monitoringAccounts": [{"accountResourceId": account, "name": "MonitoringAccount1"}]}}})
    };
    let rurl = url(
        "rg",
        "Microsoft.Insights/dataCollectionRules",
        "r1",
        "2022-06-01",
    );
    let missing = e.put(&rurl, &rule(&format!("{amw}x")));
    assert_eq!((missing.status, missing.code()), (400, "InvalidPayload"));
    // az sends the workspace id in lower case: ids match whatever their case
    let ok = e.put(&rurl, &rule(&amw.to_lowercase()));
    assert_eq!(ok.status, 201, "{}", ok.body);
}
