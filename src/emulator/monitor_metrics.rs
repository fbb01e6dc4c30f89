//! What az's managed Prometheus (`aks create|update --enable-azure-monitor-metrics`) reads and
//! writes beside the cluster: Azure Monitor workspaces (`Microsoft.Monitor/accounts`) and the
//! recording-rule recommendations the service offers on one, Prometheus rule groups
//! (`Microsoft.AlertsManagement/prometheusRuleGroups`) and Managed Grafana
//! (`Microsoft.Dashboard/grafana`). PUTs answer synchronously; a rule group must name
//! scopes that exist; a Grafana with a system-assigned identity gets a principal.

use serde_json::{Value, json};

use super::TENANT_ID;
use super::resources::required_location;
use super::router::{
    Req, RequestContext, Scope, delete_resource, list_in_group, method_not_allowed, ok,
};
use super::store;
use super::util::{ApiError, R, det_guid, det_hex, rfc3339};
use crate::arm::{ArmResponse, Method};

const ACCOUNT_KIND: &str = "microsoft.monitor/accounts";
const ACCOUNT_TYPE: &str = "Microsoft.Monitor/accounts";
const RULE_GROUP_KIND: &str = "microsoft.alertsmanagement/prometheusrulegroups";
const RULE_GROUP_TYPE: &str = "Microsoft.AlertsManagement/prometheusRuleGroups";
const GRAFANA_KIND: &str = "microsoft.dashboard/grafana";
const GRAFANA_TYPE: &str = "Microsoft.Dashboard/grafana";

/// `.../resourceGroups/<g>/providers/<ns>/<rest>` for the three namespaces, or `None`.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    ns: &str,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match (ns, rest) {
        ("microsoft.monitor", ["accounts"]) => Some(list_in_group(ctx, req, scope, ACCOUNT_KIND)),
        ("microsoft.monitor", ["accounts", _]) => Some(account(ctx, req, scope, segs[1])),
        (
            "microsoft.monitor",
            [
                "accounts",
                _,
                "providers",
                "microsoft.alertsmanagement",
                "alertrulerecommendations",
            ],
        ) => Some(recommendations(ctx, req, scope, segs[1])),
        ("microsoft.alertsmanagement", ["prometheusrulegroups"]) => {
            Some(list_in_group(ctx, req, scope, RULE_GROUP_KIND))
        }
        ("microsoft.alertsmanagement", ["prometheusrulegroups", _]) => {
            Some(rule_group(ctx, req, scope, segs[1]))
        }
        ("microsoft.dashboard", ["grafana"]) => Some(list_in_group(ctx, req, scope, GRAFANA_KIND)),
        ("microsoft.dashboard", ["grafana", _]) => Some(grafana(ctx, req, scope, segs[1])),
        _ => None,
    }
}

/// The resource's existing location must match a PUT's (ARM's rule for a name in a group).
fn same_location(existing: Option<&Value>, name: &str, location: &str, rg: &str) -> R<()> {
    match existing.and_then(|o| o["location"].as_str()) {
        Some(old) if old != location => Err(ApiError::bad_request(
            "InvalidResourceLocation",
            format!(
                "The resource '{name}' already exists in location '{old}' in resource group '{rg}'. A resource with the same name cannot be created in location '{location}'. Please select a new resource name."
            ),
        )),
        _ => Ok(()),
    }
}

fn given_props(body: &Value) -> Value {
    body.get("properties")
        .filter(|p| p.is_object())
        .cloned()
        .unwrap_or_else(|| json!({}))
}

fn copy_tags(from: &Value, to: &mut Value) {
    if let Some(t) = from.get("tags").filter(|v| !v.is_null()) {
        to["tags"] = t.clone();
    }
}

/// An Azure Monitor workspace: its account id and Prometheus query endpoint, named after it.
fn account(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(ACCOUNT_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|a| ok(200, &a))
            .ok_or_else(|| ApiError::not_found(ACCOUNT_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, ACCOUNT_TYPE)?;
            same_location(existing.as_ref(), name, &location, &scope.rg)?;
            let key = id.to_lowercase();
            let account_id = det_guid(&format!("amw:{key}"));
            let host = format!("{}-{}", name.to_lowercase(), det_hex(&key, 10));
            let mut props = given_props(&body);
            props["accountId"] = json!(account_id);
            props["metrics"] = json!({
                "prometheusQueryEndpoint":
                    format!("https://{host}.{location}.prometheus.monitor.azure.com"),
                "internalId": format!("mac_{account_id}"),
            });
            props["provisioningState"] = json!("Succeeded");
            if props.get("publicNetworkAccess").is_none() {
                props["publicNetworkAccess"] = json!("Enabled");
            }
            let mut a = json!({
                "id": id, "name": name, "type": ACCOUNT_TYPE, "location": location,
                "etag": format!("\"{}\"", det_guid(&format!("amw-etag:{key}:{}", ctx.now))),
                "properties": props,
            });
            copy_tags(&body, &mut a);
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, ACCOUNT_KIND, &scope.sub, &scope.rg, &id, &a)?;
            Ok(ok(status, &a))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// The recording-rule groups the service recommends for a workspace's clusters (the default
/// Linux and Windows node and Kubernetes groups, a few of their rules each).
fn recommendations(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let account = scope.provider_id(ACCOUNT_TYPE, name);
    if store::get(ctx.tx, &account)?.is_none() {
        return Err(ApiError::not_found(ACCOUNT_TYPE, name, &scope.rg));
    }
    let value: Vec<Value> = RECOMMENDED
        .iter()
        .map(|(group, rules)| recommendation(&account, group, rules))
        .collect();
    Ok(ok(200, &json!({ "value": value })))
}

type Rule = (&'static str, &'static str);

/// (group, [(record, expression)]): from the managed Prometheus default recording rules.
const RECOMMENDED: &[(&str, &[Rule])] = &[
    (
        "NodeRecordingRulesRuleGroup",
        &[
            (
                "instance:node_num_cpu:sum",
                "count without (cpu, mode) (  node_cpu_seconds_total{job=\"node\",mode=\"idle\"})",
            ),
            (
                "instance:node_cpu_utilisation:rate5m",
                "1 - avg without (cpu) (  sum without (mode) (rate(node_cpu_seconds_total{job=\"node\", mode=~\"idle|iowait|steal\"}[5m])))",
            ),
            (
                "instance:node_memory_utilisation:ratio",
                "1 - (  (    node_memory_MemAvailable_bytes{job=\"node\"}    or    (      node_memory_Buffers_bytes{job=\"node\"}      +      node_memory_Cached_bytes{job=\"node\"}      +      node_memory_MemFree_bytes{job=\"node\"}      +      node_memory_Slab_bytes{job=\"node\"}    )  )/  node_memory_MemTotal_bytes{job=\"node\"})",
            ),
        ],
    ),
    (
        "KubernetesRecordingRulesRuleGroup",
        &[
            (
                "node_namespace_pod_container:container_cpu_usage_seconds_total:sum_irate",
                "sum by (cluster, namespace, pod, container) (  irate(container_cpu_usage_seconds_total{job=\"cadvisor\", image!=\"\"}[5m])) * on (cluster, namespace, pod) group_left(node) topk by (cluster, namespace, pod) (  1, max by(cluster, namespace, pod, node) (kube_pod_info{node!=\"\"}))",
            ),
            (
                "node_namespace_pod_container:container_memory_working_set_bytes",
                "container_memory_working_set_bytes{job=\"cadvisor\", image!=\"\"}* on (namespace, pod) group_left(node) topk by(namespace, pod) (1,  max by(namespace, pod, node) (kube_pod_info{node!=\"\"}))",
            ),
        ],
    ),
    (
        "NodeRecordingRulesRuleGroup-Win",
        &[
            (
                "node:windows_node:sum",
                "count (windows_system_system_up_time{job=\"windows-exporter\"})",
            ),
            (
                "node:windows_node_num_cpu:sum",
                "count by (instance) (sum by (instance, core) (windows_cpu_time_total{job=\"windows-exporter\"}))",
            ),
        ],
    ),
    (
        "NodeAndKubernetesRecordingRulesRuleGroup-Win",
        &[(
            "node:windows_node_filesystem_usage:",
            "max by (instance,volume)((windows_logical_disk_size_bytes{job=\"windows-exporter\"} - windows_logical_disk_free_bytes{job=\"windows-exporter\"}) / windows_logical_disk_size_bytes{job=\"windows-exporter\"})",
        )],
    ),
];

fn recommendation(account: &str, group: &str, rules: &[Rule]) -> Value {
    let rules: Vec<Value> = rules
        .iter()
        .map(|(record, expression)| json!({"record": record, "expression": expression}))
        .collect();
    json!({
        "id": format!("{account}/providers/Microsoft.AlertsManagement/alertRuleRecommendations/{group}"),
        "name": group,
        "type": "Microsoft.AlertsManagement/alertRuleRecommendations",
        "properties": {
            "alertRuleType": RULE_GROUP_TYPE,
            "displayInformation": {},
            "rulesArmTemplate": {
                "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                "contentVersion": "1.0.0.0",
                "parameters": {},
                "variables": {},
                "resources": [{
                    "type": RULE_GROUP_TYPE,
                    "apiVersion": "2023-03-01",
                    "name": format!("[concat('{group}-', parameters('clusterName'))]"),
                    "location": "[parameters('location')]",
                    "properties": {"interval": "PT1M", "rules": rules},
                }],
            },
        },
    })
}

/// A rule group: scopes that exist, at least one rule, each a record or an alert with an
/// expression.
fn rule_group(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(RULE_GROUP_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|g| ok(200, &g))
            .ok_or_else(|| ApiError::not_found(RULE_GROUP_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, RULE_GROUP_TYPE)?;
            same_location(existing.as_ref(), name, &location, &scope.rg)?;
            let props = given_props(&body);
            check_rule_group(ctx, &props)?;
            let mut g = json!({
                "id": id, "name": name, "type": RULE_GROUP_TYPE, "location": location,
                "properties": props,
            });
            copy_tags(&body, &mut g);
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, RULE_GROUP_KIND, &scope.sub, &scope.rg, &id, &g)?;
            Ok(ok(status, &g))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn check_rule_group(ctx: &RequestContext, props: &Value) -> R<()> {
    let bad = |m: String| ApiError::bad_request("BadRequest", m);
    let scopes = props["scopes"].as_array().cloned().unwrap_or_default();
    if scopes.is_empty() {
        return Err(bad("The rule group must have at least one scope.".into()));
    }
    for s in &scopes {
        let s = s.as_str().unwrap_or_default();
        if store::get(ctx.tx, s)?.is_none() {
            return Err(bad(format!(
                "The scope '{s}' of the rule group was not found."
            )));
        }
    }
    let rules = props["rules"].as_array().cloned().unwrap_or_default();
    if rules.is_empty() {
        return Err(bad("The rule group must have at least one rule.".into()));
    }
    for r in &rules {
        let named = r.get("record").or_else(|| r.get("alert")).is_some();
        if !named || r["expression"].as_str().is_none_or(str::is_empty) {
            return Err(bad(
                "Each rule must have a 'record' or an 'alert' and an 'expression'.".into(),
            ));
        }
    }
    Ok(())
}

/// A Managed Grafana: its endpoint, its system-assigned identity's principal (kept across
/// PUTs), its integrations as given.
fn grafana(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(GRAFANA_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|g| ok(200, &g))
            .ok_or_else(|| ApiError::not_found(GRAFANA_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, GRAFANA_TYPE)?;
            same_location(existing.as_ref(), name, &location, &scope.rg)?;
            let key = id.to_lowercase();
            let mut props = given_props(&body);
            let defaults = [
                ("zoneRedundancy", "Disabled"),
                ("publicNetworkAccess", "Enabled"),
                ("apiKey", "Disabled"),
                ("deterministicOutboundIP", "Disabled"),
                ("autoGeneratedDomainNameLabelScope", "TenantReuse"),
                ("grafanaMajorVersion", "11"),
            ];
            for (k, v) in defaults {
                if props.get(k).is_none_or(Value::is_null) {
                    props[k] = json!(v);
                }
            }
            props["provisioningState"] = json!("Succeeded");
            props["endpoint"] = json!(format!(
                "https://{}-{}.{location}.grafana.azure.com",
                name.to_lowercase(),
                det_hex(&key, 8)
            ));
            let sku = body
                .get("sku")
                .filter(|s| !s.is_null())
                .cloned()
                .unwrap_or_else(|| json!({"name": "Standard"}));
            let mut g = json!({
                "id": id, "name": name, "type": GRAFANA_TYPE, "location": location,
                "sku": sku, "properties": props,
            });
            let identity_type = body
                .pointer("/identity/type")
                .and_then(Value::as_str)
                .unwrap_or("None");
            if identity_type.eq_ignore_ascii_case("SystemAssigned") {
                g["identity"] = json!({
                    "type": "SystemAssigned",
                    "principalId": det_guid(&format!("grafana-principal:{key}")),
                    "tenantId": TENANT_ID,
                });
            }
            copy_tags(&body, &mut g);
            let created = existing
                .as_ref()
                .and_then(|o| o.pointer("/systemData/createdAt").cloned())
                .unwrap_or_else(|| json!(rfc3339(ctx.now)));
            g["systemData"] = json!({"createdAt": created, "lastModifiedAt": rfc3339(ctx.now)});
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, GRAFANA_KIND, &scope.sub, &scope.rg, &id, &g)?;
            Ok(ok(status, &g))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}
