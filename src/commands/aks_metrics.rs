//! Azure Monitor managed Prometheus around `aks create|update`, with az 2.91's calls
//! (acs `azuremonitormetrics/`, `ensure_azure_monitor_profile_prerequisites`): the resource
//! providers, the Azure Monitor workspace (the flag's, or the default one, found or made), the
//! data collection endpoint, rule and association, the Grafana link, the recording rule groups,
//! and on create the second PUT that turns metrics on. Turning metrics off deletes them.

use serde_json::{Map, Value, json};

use super::CommandContext;
use crate::arm::{ApiVersion, Method, cluster_metrics, id};
use crate::error::{AzError, ErrorKind, Result};
use crate::spec::cluster_metrics::{MetricsInput, sanitize_resource_id};

const AKS_CLUSTER_API: &str = "2023-01-01";
const MAC_API: &str = "2023-04-03";
const DC_API: &str = "2022-06-01";
const GRAFANA_API: &str = "2022-08-01";
const GRAFANA_ROLE_ASSIGNMENT_API: &str = "2022-04-01";
const RULES_API: &str = "2023-03-01";
const RP_API: &str = "2021-04-01";
const ALERTS_API: &str = "2023-01-01-preview";
const RP_LOCATION_API: &str = "2022-01-01";
const RESOURCES_API: &str = ApiVersion::Resources.as_str();
const CLUSTER_API: &str = ApiVersion::ContainerService.as_str();
const MONITORING_DATA_READER: &str = "b0d8363b-8ddd-447d-831f-62ca05bff136";

/// The cluster the prerequisites are for.
pub struct Target<'a> {
    pub resource_group: &'a str,
    pub name: &'a str,
    pub region: &'a str,
}

/// Whether az runs the prerequisites on update: either switch given.
pub fn update_needs_prerequisites(m: &MetricsInput) -> bool {
    m.enable || m.disable
}

/// `confirm_monitoring_disables` for metrics: turning them off also turns OpenTelemetry
/// metrics off, so without `--yes` az asks (no: nothing is sent). False: the user said no.
pub fn confirm_disable(mc: &Value, spec: &crate::spec::aks_update::AksUpdate) -> Result<bool> {
    spec.metrics
        .check_enable(cluster_metrics::is_msi_cluster(mc))?;
    if spec.yes || !cluster_metrics::disable_takes_opentelemetry(mc, &spec.metrics) {
        return Ok(true);
    }
    let question = "OpenTelemetry metrics are enabled on this cluster and are collected by Azure Monitor metrics. Disabling Azure Monitor metrics will also disable OpenTelemetry metrics. Do you want to continue?";
    crate::output::prompt::y_n_or_yes_flag(question, Some(false))
}

/// `update_azure_monitor_profile`'s calls, made before the cluster's PUT when either switch
/// is given.
pub async fn before_update_put(
    ctx: &CommandContext,
    existing: &Value,
    spec: &crate::spec::aks_update::AksUpdate,
) -> Result<()> {
    if !update_needs_prerequisites(&spec.metrics) {
        return Ok(());
    }
    let t = Target {
        resource_group: &spec.cluster.resource_group,
        name: &spec.cluster.name,
        region: existing["location"].as_str().unwrap_or_default(),
    };
    ensure_prerequisites(ctx, &t, &spec.metrics, false).await?;
    // az reads the control plane switches only after these calls
    spec.metrics
        .check_control_plane(cluster_metrics::enabled_on(existing))
}

/// `ensure_azure_monitor_profile_prerequisites`: unlink when metrics go off; else, unless
/// update finds them on already, register the providers and link the artifacts (and on
/// create turn metrics on with a second PUT).
pub async fn ensure_prerequisites(
    ctx: &CommandContext,
    t: &Target<'_>,
    m: &MetricsInput,
    create_flow: bool,
) -> Result<()> {
    let cluster_id = id::managed_cluster(&ctx.subscription, t.resource_group, t.name);
    if m.disable {
        return unlink(ctx, &cluster_id, t).await;
    }
    if !create_flow && already_enabled(ctx, &cluster_id).await? {
        crate::output::progress::write_stdout_line(
            "Azure Prometheus is already enabled : This command will only allow updates to the KSM parameters. All other parameters will be ignored",
        );
        return Ok(());
    }
    rp_registrations(ctx, m).await?;
    let (amw, amw_region) = workspace(ctx, t.region, m).await?;
    let dce = create_dce(ctx, t, &amw_region).await?;
    let dcr = create_dcr(ctx, t, &amw_region, &amw, &dce).await?;
    let body = json!({
        "location": t.region,
        "properties": {
            "dataCollectionRuleId": dcr,
            "description": "Promtheus data collection association between DCR, DCE and target AKS resource",
        },
    });
    let dcra = format!(
        "{cluster_id}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsMetricsExtension"
    );
    put_generic(ctx, &dcra, DC_API, &body)
        .await
        .map_err(cli_error)?;
    link_grafana(ctx, m, &amw).await?;
    create_rules(ctx, t, &cluster_id, &amw, &amw_region, m).await?;
    if create_flow {
        // `addon_put`: az reports its failures as an `UnknownError` (exit 1)
        let mc = ctx
            .client
            .get(&cluster_id, CLUSTER_API)
            .await
            .map_err(cli_error)?;
        let mut mc = crate::arm::bodies::managed_cluster_put(&mc);
        cluster_metrics::addon_put(&mut mc, m.enable_control_plane);
        ctx.client
            .put(&cluster_id, CLUSTER_API, &mc, crate::client::Wait::Yes)
            .await
            .map_err(cli_error)?;
    }
    Ok(())
}

/// az wraps most of these calls' failures in a `CLIError`: the same text, exit 1 (a missing
/// resource included).
fn cli_error(e: AzError) -> AzError {
    AzError {
        kind: ErrorKind::Validation,
        ..e
    }
}

/// A generic-resource PUT (`resources.begin_create_or_update_by_id`) as azure-core's poller
/// follows it: a 201 without a provisioning state is read again until one is terminal or
/// the answer is a plain 200 (az's poller starts even when az never waits for it).
async fn put_generic(ctx: &CommandContext, path: &str, api: &str, body: &Value) -> Result<Value> {
    let url = id::with_api_version(path, api);
    let resp = ctx
        .client
        .send(ctx.client.request(Method::PUT, url).with_json(body))
        .await?;
    let mut status = resp.status;
    let mut value: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    for _ in 0..100 {
        let done = match value
            .pointer("/properties/provisioningState")
            .and_then(Value::as_str)
        {
            Some(s) => ["succeeded", "failed", "canceled"].contains(&s.to_lowercase().as_str()),
            None => !matches!(status, 201 | 202),
        };
        if done {
            break;
        }
        value = ctx.client.get(path, api).await?;
        status = 200;
    }
    Ok(value)
}

/// `check_azuremonitormetrics_profile`: a raw GET.
async fn already_enabled(ctx: &CommandContext, cluster_id: &str) -> Result<bool> {
    let url = id::with_api_version(cluster_id, AKS_CLUSTER_API);
    let resp = ctx
        .client
        .send(ctx.client.request(Method::GET, url))
        .await?;
    let mc: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    Ok(cluster_metrics::enabled_on(&mc))
}

/// `rp_registrations`: the cluster's subscription, then the workspace's.
async fn rp_registrations(ctx: &CommandContext, m: &MetricsInput) -> Result<()> {
    register_rps(
        ctx,
        &ctx.subscription,
        &["microsoft.insights", "microsoft.alertsmanagement"],
    )
    .await?;
    let sub = m
        .workspace_id
        .as_deref()
        .filter(|w| !w.is_empty())
        .and_then(subscription_of)
        .unwrap_or_else(|| ctx.subscription.clone());
    register_rps(
        ctx,
        &sub,
        &[
            "microsoft.insights",
            "microsoft.alertsmanagement",
            "microsoft.monitor",
        ],
    )
    .await
}

/// `parse_resource_id(id)["subscription"]`.
fn subscription_of(resource_id: &str) -> Option<String> {
    let parts: Vec<&str> = resource_id.split('/').collect();
    let i = parts
        .iter()
        .position(|p| p.eq_ignore_ascii_case("subscriptions"))?;
    parts.get(i + 1).map(|s| s.to_string())
}

/// `register_rps`: one list of the subscription's providers, then a register of each of
/// `namespaces` not registered, in order.
async fn register_rps(ctx: &CommandContext, sub: &str, namespaces: &[&str]) -> Result<()> {
    let url = format!(
        "/subscriptions/{sub}/providers?api-version={RP_API}&$select=namespace,registrationstate"
    );
    let resp = ctx
        .client
        .send(ctx.client.request(Method::GET, url))
        .await?;
    let list: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let registered: Vec<String> = list["value"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| {
            p["registrationState"]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case("registered"))
        })
        .filter_map(|p| p["namespace"].as_str().map(str::to_lowercase))
        .collect();
    for ns in namespaces {
        if !registered.iter().any(|r| r == ns) {
            let path = format!("/subscriptions/{sub}/providers/{ns}/register");
            ctx.client.post(&path, RESOURCES_API, None).await?;
        }
    }
    Ok(())
}

/// `get_azure_monitor_workspace_resource`: (id, region without spaces, lower case).
async fn workspace(
    ctx: &CommandContext,
    cluster_region: &str,
    m: &MetricsInput,
) -> Result<(String, String)> {
    let (id, region) = match m.workspace_id.as_deref().filter(|w| !w.is_empty()) {
        None => default_workspace(ctx, cluster_region).await?,
        Some(given) => {
            let id = sanitize_resource_id(given);
            let w = ctx.client.get(&id, MAC_API).await?;
            let region: String = w["location"]
                .as_str()
                .unwrap_or_default()
                .to_lowercase()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            (id, region)
        }
    };
    crate::output::progress::write_stdout_line(&format!(
        "Using Azure Monitor Workspace (stores prometheus metrics) : {id}"
    ));
    Ok((id, region.to_lowercase()))
}

/// `create_default_mac`: `DefaultAzureMonitorWorkspace-<region>` in
/// `DefaultResourceGroup-<region>`, the region the cluster's if Microsoft.Monitor offers it.
async fn default_workspace(ctx: &CommandContext, cluster_region: &str) -> Result<(String, String)> {
    let sub = &ctx.subscription;
    let rp = ctx
        .client
        .get(
            &format!("/subscriptions/{sub}/providers/Microsoft.Monitor"),
            RP_LOCATION_API,
        )
        .await?;
    let supported: Vec<String> = rp["resourceTypes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["resourceType"] == "accounts")
        .flat_map(|t| t["locations"].as_array().cloned().unwrap_or_default())
        .filter_map(|l| l.as_str().map(|l| l.replace(' ', "").to_lowercase()))
        .collect();
    let region = if cluster_region == "centraluseuap" {
        "eastus2euap".to_string()
    } else if supported.iter().any(|l| l == cluster_region) {
        cluster_region.to_string()
    } else {
        supported
            .first()
            .cloned()
            .unwrap_or_else(|| "eastus".to_string())
    };
    let name: String = format!("DefaultAzureMonitorWorkspace-{region}")
        .chars()
        .take(43)
        .collect();
    let group = format!("DefaultResourceGroup-{region}");
    let amw = format!(
        "/subscriptions/{sub}/resourceGroups/{group}/providers/microsoft.monitor/accounts/{name}"
    );
    let group_path = format!("/subscriptions/{sub}/resourcegroups/{group}");
    let head = ctx
        .client
        .send_raw(ctx.client.request(
            Method::HEAD,
            id::with_api_version(&group_path, RESOURCES_API),
        ))
        .await?;
    if head.status == 204 {
        if let Some(w) = ctx.client.get_opt(&amw, MAC_API).await? {
            let location = w["location"].as_str().unwrap_or_default().to_string();
            return Ok((amw, location));
        }
    } else {
        ctx.client
            .put(
                &group_path,
                RESOURCES_API,
                &json!({"location": region}),
                crate::client::Wait::No,
            )
            .await?;
    }
    let body = json!({"location": region, "properties": {}});
    put_generic(ctx, &amw, MAC_API, &body)
        .await
        .map_err(cli_error)?;
    Ok((amw, region))
}

/// az's `sanitize_name`: cut to `max`, endpoints keep only letters, digits and `-`, then
/// trailing non-alphanumerics dropped.
fn sanitize_name(name: &str, max: usize, endpoint: bool) -> String {
    let mut n: String = name.chars().take(max).collect();
    if endpoint {
        n.retain(|c| c.is_alphanumeric() || c == '-');
    }
    n.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn insights_id(sub: &str, rg: &str, ty: &str, name: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Insights/{ty}/{name}")
}

async fn create_dce(ctx: &CommandContext, t: &Target<'_>, region: &str) -> Result<String> {
    let name = sanitize_name(&format!("MSProm-{region}-{}", t.name), 44, true);
    let dce = insights_id(
        &ctx.subscription,
        t.resource_group,
        "dataCollectionEndpoints",
        &name,
    );
    let body = json!({"location": region, "properties": {}, "kind": "Linux"});
    put_generic(ctx, &dce, DC_API, &body)
        .await
        .map_err(cli_error)?;
    Ok(dce)
}

async fn create_dcr(
    ctx: &CommandContext,
    t: &Target<'_>,
    region: &str,
    amw: &str,
    dce: &str,
) -> Result<String> {
    let name = sanitize_name(&format!("MSProm-{region}-{}", t.name), 64, false);
    let dcr = insights_id(
        &ctx.subscription,
        t.resource_group,
        "dataCollectionRules",
        &name,
    );
    let body = json!({
        "location": region,
        "kind": "Linux",
        "properties": {
            "dataCollectionEndpointId": dce,
            "dataSources": {"prometheusForwarder": [{
                "name": "PrometheusDataSource",
                "streams": ["Microsoft-PrometheusMetrics"],
                "labelIncludeFilter": {},
            }]},
            "dataFlows": [{"destinations": ["MonitoringAccount1"], "streams": ["Microsoft-PrometheusMetrics"]}],
            "description": "DCR description",
            "destinations": {"monitoringAccounts": [{"accountResourceId": amw, "name": "MonitoringAccount1"}]},
        },
    });
    put_generic(ctx, &dcr, DC_API, &body)
        .await
        .map_err(cli_error)?;
    Ok(dcr)
}

/// `link_grafana_instance`: the Grafana's identity gets Monitoring Data Reader on the
/// workspace, and the Grafana the workspace among its integrations (once).
async fn link_grafana(ctx: &CommandContext, m: &MetricsInput, amw: &str) -> Result<()> {
    let Some(grafana_id) = m.grafana_id.as_deref().filter(|g| !g.is_empty()) else {
        return Ok(());
    };
    let grafana_id = sanitize_resource_id(grafana_id);
    let grafana = ctx
        .client
        .get(&grafana_id, GRAFANA_API)
        .await
        .map_err(cli_error)?;
    let identity = &grafana["identity"];
    let principal = match identity["type"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase()
        .as_str()
    {
        "systemassigned" => identity["principalId"].as_str().map(str::to_string),
        "userassigned" => {
            let first = identity["userAssignedIdentities"]
                .as_object()
                .and_then(|m| m.values().next().cloned())
                .ok_or_else(|| AzError::validation("No user-assigned identities found."))?;
            Some(
                first["principalId"]
                    .as_str()
                    .ok_or_else(|| {
                        AzError::validation(
                            "Invalid user-assigned identity structure or missing principal_id.",
                        )
                    })?
                    .to_string(),
            )
        }
        _ => return Err(AzError::validation("Unsupported or missing identity type.")),
    }
    .filter(|p| !p.is_empty())
    .ok_or_else(|| {
        AzError::validation("No service principal ID found for the specified identity.")
    })?;
    let assignment = format!(
        "{amw}/providers/Microsoft.Authorization/roleAssignments/{}",
        uuid::Uuid::new_v4()
    );
    let body = json!({"properties": {
        "roleDefinitionId": format!("{amw}/providers/Microsoft.Authorization/roleDefinitions/{MONITORING_DATA_READER}"),
        "principalId": principal,
    }});
    if let Err(e) = put_generic(ctx, &assignment, GRAFANA_ROLE_ASSIGNMENT_API, &body).await {
        if matches!(&e.kind, ErrorKind::Arm { code, .. } if code == "RoleAssignmentExists") {
            ctx.warn("Monitoring Data Reader role assignment already exists on the Azure Monitor Workspace for the Grafana managed identity. Skipping role assignment.");
        } else {
            crate::output::progress::write_stdout_line(&format!(
                "Role Assignment failed. Please manually assign the `Monitoring Data Reader` role\nto the Azure Monitor Workspace ({amw}) for the Azure Managed Grafana\nSystem Assigned Managed Identity ({principal})"
            ));
        }
    }
    let mut body = generic_put_body(&grafana);
    let props = body
        .get_mut("properties")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| AzError::validation("Invalid grafana payload to add AMW integration"))?;
    let integrations = props
        .entry("grafanaIntegrations")
        .or_insert_with(|| json!({}));
    if !integrations.is_object() {
        *integrations = json!({});
    }
    let list = integrations
        .as_object_mut()
        .expect("an object")
        .entry("azureMonitorWorkspaceIntegrations")
        .or_insert_with(|| json!([]));
    if list.to_string().to_lowercase().contains(amw) {
        return Ok(());
    }
    if let Some(a) = list.as_array_mut() {
        a.push(json!({"azureMonitorWorkspaceResourceId": amw}));
    }
    put_generic(ctx, &grafana_id, GRAFANA_API, &body)
        .await
        .map_err(cli_error)?;
    Ok(())
}

/// A generic resource as read, as az's resources client serializes it back: its writable
/// fields only (no id, name, type, nor the identity's principal).
fn generic_put_body(r: &Value) -> Value {
    let mut out = Map::new();
    for k in [
        "location",
        "extendedLocation",
        "tags",
        "plan",
        "properties",
        "kind",
        "managedBy",
        "sku",
    ] {
        if let Some(v) = r.get(k).filter(|v| !v.is_null()) {
            out.insert(k.into(), v.clone());
        }
    }
    if let Some(identity) = r.get("identity").filter(|i| i.is_object()) {
        let mut i = Map::new();
        if let Some(t) = identity.get("type") {
            i.insert("type".into(), t.clone());
        }
        if let Some(u) = identity
            .get("userAssignedIdentities")
            .and_then(Value::as_object)
        {
            let keys: Map<String, Value> = u.keys().map(|k| (k.clone(), json!({}))).collect();
            i.insert("userAssignedIdentities".into(), Value::Object(keys));
        }
        out.insert("identity".into(), Value::Object(i));
    }
    Value::Object(out)
}

/// `create_rules`: one rule group per recommended template whose rules are all recording
/// rules; Windows groups stay disabled without `--enable-windows-recording-rules`.
async fn create_rules(
    ctx: &CommandContext,
    t: &Target<'_>,
    cluster_id: &str,
    amw: &str,
    amw_region: &str,
    m: &MetricsInput,
) -> Result<()> {
    let path = format!("{amw}/providers/microsoft.alertsManagement/alertRuleRecommendations");
    let resp = ctx
        .client
        .send(
            ctx.client
                .request(Method::GET, id::with_api_version(&path, ALERTS_API)),
        )
        .await?;
    let data: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    for template in data["value"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| is_recording_template(t))
    {
        let name = template["name"].as_str().unwrap_or_default();
        let windows = name.to_lowercase().contains("win");
        let group: String = format!("{name}-{}", t.name).chars().take(260).collect();
        let group_id = format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/{group}",
            ctx.subscription, t.resource_group
        );
        let rules = template
            .pointer("/properties/rulesArmTemplate/resources/0/properties/rules")
            .cloned()
            .unwrap_or(Value::Null);
        let body = json!({
            "location": amw_region,
            "properties": {
                "scopes": [amw, cluster_id],
                "enabled": !windows || m.windows_recording_rules,
                "clusterName": t.name,
                "interval": "PT1M",
                "rules": rules,
            },
        });
        put_generic(ctx, &group_id, RULES_API, &body)
            .await
            .map_err(cli_error)?;
    }
    Ok(())
}

/// az's filter of the recommendations: Prometheus rule groups made only of recording rules.
fn is_recording_template(t: &Value) -> bool {
    let props = &t["properties"];
    let rule_type = props["alertRuleType"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase();
    let Some(resources) = props
        .pointer("/rulesArmTemplate/resources")
        .and_then(Value::as_array)
    else {
        return false;
    };
    rule_type == "microsoft.alertsmanagement/prometheusrulegroups"
        && resources
            .iter()
            .filter(|r| {
                r["type"].as_str().unwrap_or_default().to_lowercase()
                    == "microsoft.alertsmanagement/prometheusrulegroups"
            })
            .flat_map(|r| {
                r.pointer("/properties/rules")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
            })
            .all(|rule| rule.get("record").is_some() && rule.get("expression").is_some())
}

/// `unlink_azure_monitor_profile_artifacts`: the Prometheus rule associations (with their
/// rule and endpoint) and the default rule groups, deleted without waiting.
async fn unlink(ctx: &CommandContext, cluster_id: &str, t: &Target<'_>) -> Result<()> {
    ctx.warn("Deleting all custom resources for the `azmonitoring.coreos.com` custom resource defintion created by the Managed Prometheus addon");
    let list_path =
        format!("{cluster_id}/providers/Microsoft.Insights/dataCollectionRuleAssociations");
    let resp = ctx
        .client
        .send(
            ctx.client
                .request(Method::GET, id::with_api_version(&list_path, DC_API)),
        )
        .await?;
    let data: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let mut objects = Vec::new();
    for item in data["value"].as_array().into_iter().flatten() {
        let Some(dcr) = item
            .pointer("/properties/dataCollectionRuleId")
            .and_then(Value::as_str)
        else {
            continue;
        };
        let rule = ctx
            .client
            .send(
                ctx.client
                    .request(Method::GET, id::with_api_version(dcr, DC_API)),
            )
            .await?;
        let rule: Value = serde_json::from_slice(&rule.body).unwrap_or(Value::Null);
        let dce = rule
            .pointer("/properties/dataCollectionEndpointId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let name = item["name"].as_str().unwrap_or_default().to_string();
        objects.push((name, dcr.to_string(), dce));
    }
    for (name, dcr, dce) in &objects {
        let rule = ctx.client.get(dcr, DC_API).await?;
        let prometheus = rule
            .pointer("/properties/dataFlows/0/streams")
            .and_then(Value::as_array)
            .is_some_and(|s| {
                s.iter().any(|s| {
                    s.as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case("microsoft-prometheusmetrics"))
                })
            });
        if prometheus {
            let dcra = format!(
                "{cluster_id}/providers/Microsoft.Insights/dataCollectionRuleAssociations/{name}"
            );
            for path in [dcra.as_str(), dcr.as_str(), dce.as_str()] {
                ctx.client
                    .delete(path, DC_API, crate::client::Wait::No)
                    .await?;
            }
        }
    }
    for group in [
        format!("NodeRecordingRulesRuleGroup-{}", t.name),
        format!("KubernetesRecordingRulesRuleGroup-{}", t.name),
        format!("NodeRecordingRulesRuleGroup-Win-{}", t.name),
        format!("NodeAndKubernetesRecordingRulesRuleGroup-Win-{}", t.name),
        format!("UXRecordingRulesRuleGroup - {}", t.name),
        format!("UXRecordingRulesRuleGroup-Win - {}", t.name),
    ] {
        let group: String = group.chars().take(260).collect();
        let path = format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/{group}",
            ctx.subscription, t.resource_group
        );
        ctx.client
            .delete(&path, RULES_API, crate::client::Wait::No)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_as_az_cuts_them() {
        assert_eq!(
            sanitize_name("MSProm-eastus-my_cluster", 44, true),
            "MSProm-eastus-mycluster"
        );
        assert_eq!(
            sanitize_name("MSProm-eastus-c--", 64, false),
            "MSProm-eastus-c"
        );
        let long = format!("MSProm-eastus-{}", "a".repeat(40));
        assert_eq!(sanitize_name(&long, 44, true).len(), 44);
    }
}
