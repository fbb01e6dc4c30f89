//! The monitoring add-on of `aks create` (`--enable-addons monitoring`), with az 2.91's calls
//! (acs `addonconfiguration.py`): before the cluster's PUT, the Log Analytics workspace (the
//! flag's, or the default one, found or made) and, with managed-identity auth, the data
//! collection rule; after the cluster is created, the rule's association with the cluster (or,
//! with the legacy auth in the public cloud, the Monitoring Metrics Publisher role).

use serde_json::{Map, Value, json};

use super::CommandContext;
use crate::arm::{ApiVersion, Method, id};
use crate::error::{AzError, Result};
use crate::spec::aks::AksCreate;
use crate::spec::cluster_addon_profiles::Monitoring;
use crate::spec::monitoring_regions::CLOUDS;

use super::aks_ampls::{self, AmplsLink};

/// The generic-resource api-version acs reads and writes workspaces with.
const WORKSPACE_API: &str = "2015-11-01-preview";
pub(super) const INSIGHTS_API: &str = "2022-06-01";
const LOCATIONS_API: &str = "2019-11-01";
const RESOURCES_API: &str = ApiVersion::Resources.as_str();

/// What the step before the PUT settled, for the step after it.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub workspace_id: String,
    pub workspace_location: String,
    /// The data collection rule, with managed-identity auth.
    pub dcr_id: Option<String>,
    pub msi_auth: bool,
    pub high_log_scale: bool,
    pub cluster_name: String,
    pub resource_group: String,
    /// `--ampls-resource-id`: the scope, and the cluster's config endpoint.
    pub ampls: Option<AmplsLink>,
}

/// `build_monitoring_addon_profile`: resolves the workspace into `spec.addon_profiles` (the PUT's
/// `omsagent` config reads it) and creates the data collection rule. `None` without monitoring.
pub async fn prepare(
    ctx: &CommandContext,
    spec: &mut AksCreate,
    cloud: &str,
    location: &str,
) -> Result<Option<Prepared>> {
    let Some(m) = spec.addon_profiles.monitoring() else {
        return Ok(None);
    };
    let workspace = match m.workspace_resource_id.as_deref() {
        Some(w) => w.to_string(),
        None => default_workspace(ctx, &spec.resource_group, cloud).await?,
    };
    let workspace_id = format!("/{}", workspace.trim_matches(|c| c == ' ' || c == '/'));
    spec.addon_profiles.workspace_resource_id = Some(workspace_id.clone());
    let dcs = read_data_collection_settings(&m)?;
    let ampls_id = spec.addon_profiles.ampls_resource_id.as_deref();
    crate::spec::cluster_ampls::check_private_msi(
        ampls_id,
        spec.net.enable_private_cluster,
        m.msi_auth,
    )?;
    let (sub, rg) = (&ctx.subscription, &spec.resource_group);
    let ampls = AmplsLink::new(ampls_id, sub, rg, location, &spec.name);
    let location = workspace_location(ctx, &workspace_id).await?;
    let dcr_id = if m.msi_auth {
        let id = dcr_id(sub, rg, &location, &spec.name);
        let dce = m
            .high_log_scale
            .then(|| dce_id(sub, rg, &location, &spec.name));
        let rule = Rule {
            id: &id,
            dce: dce.as_deref(),
            location: &location,
            workspace_id: &workspace_id,
            ampls: ampls.as_ref(),
        };
        create_dcr(ctx, &rule, &m, dcs, ExistingRule::Replace).await?;
        Some(id)
    } else {
        None
    };
    Ok(Some(Prepared {
        workspace_id,
        workspace_location: location,
        dcr_id,
        msi_auth: m.msi_auth,
        high_log_scale: m.high_log_scale,
        cluster_name: spec.name.clone(),
        resource_group: spec.resource_group.clone(),
        ampls,
    }))
}

/// `postprocessing_after_mc_created` for monitoring: the association with the rule (MSI), or
/// the legacy route's role (public cloud only, as az).
pub async fn finish(
    ctx: &CommandContext,
    p: &Prepared,
    cluster: &Value,
    cluster_path: &str,
    location: &str,
    cloud: &str,
) -> Result<()> {
    let Some(dcr) = &p.dcr_id else {
        if is_public_cloud(cloud) {
            grant_monitoring_publisher(ctx, cluster, cluster_path).await?;
        }
        return Ok(());
    };
    let workspace = cluster
        .pointer("/properties/addonProfiles/omsagent/config/logAnalyticsWorkspaceResourceID")
        .and_then(Value::as_str)
        .unwrap_or(&p.workspace_id)
        .to_string();
    // acs `sanitize_loganalytics_ws_resource_id`
    let workspace = format!("/{}", workspace.trim().trim_start_matches('/'))
        .trim_end_matches('/')
        .to_string();
    let region = workspace_location(ctx, &workspace).await?;
    let ingestion = p.high_log_scale.then(|| {
        dce_id(
            &ctx.subscription,
            &p.resource_group,
            &region,
            &p.cluster_name,
        )
    });
    if let Some(dce) = &ingestion {
        // az makes the ingestion endpoint again on this second pass
        ensure_dce(ctx, dce, &region, p.ampls.is_some()).await?;
    }
    if let Some(link) = &p.ampls {
        aks_ampls::ensure_config_dce(ctx, link).await?;
    }
    associate_dcr(ctx, cluster_path, location, dcr).await?;
    if let Some(link) = &p.ampls {
        aks_ampls::link(ctx, link, cluster_path, &workspace, ingestion.as_deref()).await?;
    }
    Ok(())
}

/// acs `create_or_delete_dcr_association`: the cluster's association with its rule.
pub(super) async fn associate_dcr(
    ctx: &CommandContext,
    cluster_path: &str,
    location: &str,
    dcr: &str,
) -> Result<()> {
    let body = json!({
        "location": location,
        "properties": {
            "dataCollectionRuleId": dcr,
            "description": "associates dataCollectionRule to the AKS",
        },
    });
    let path = format!(
        "{cluster_path}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsExtension"
    );
    ctx.client.put_begin(&path, INSIGHTS_API, &body).await?;
    Ok(())
}

/// az's `cli_ctx.cloud.name.lower() == "azurecloud"`; azr's built-in `local` cloud (that name
/// exactly: a registered `Local` is another cloud) answers as the public cloud.
pub(super) fn is_public_cloud(cloud: &str) -> bool {
    cloud.eq_ignore_ascii_case("azurecloud") || cloud == crate::config::cloud::LOCAL
}

/// `text` cut to `max` characters, then one trailing `-` dropped (az's name rule).
pub(super) fn cut(text: String, max: usize) -> String {
    let mut name: String = text.chars().take(max).collect();
    if name.ends_with('-') {
        name.pop();
    }
    name
}

/// `MSCI-<workspace region>-<cluster>`, cut to 64 characters.
pub(super) fn dcr_id(sub: &str, rg: &str, location: &str, cluster: &str) -> String {
    let name = cut(format!("MSCI-{location}-{cluster}"), 64);
    format!(
        "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Insights/dataCollectionRules/{name}"
    )
}

/// The ingestion endpoint of high log scale mode: `MSCI-ingest-<workspace region>-<cluster>`,
/// cut to 43 characters.
pub(super) fn dce_id(sub: &str, rg: &str, location: &str, cluster: &str) -> String {
    let name = cut(format!("MSCI-ingest-{location}-{cluster}"), 43);
    format!(
        "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Insights/dataCollectionEndpoints/{name}"
    )
}

/// acs `create_data_collection_endpoint`: with a private link scope (`private`) the endpoint is
/// closed to the public network; without one, an endpoint that is already private stays private.
async fn ensure_dce(ctx: &CommandContext, dce: &str, region: &str, private: bool) -> Result<()> {
    if private {
        return aks_ampls::put_private_dce(ctx, dce, region).await;
    }
    let existing = ctx.client.get_opt(dce, INSIGHTS_API).await?;
    let access = existing
        .as_ref()
        .and_then(|e| e.pointer("/properties/networkAcls/publicNetworkAccess"))
        .and_then(Value::as_str)
        .filter(|a| !a.is_empty())
        .unwrap_or("Enabled")
        .to_string();
    let body = json!({
        "location": region,
        "kind": "Linux",
        "properties": {"networkAcls": {"publicNetworkAccess": access}},
    });
    ctx.client.put_begin(dce, INSIGHTS_API, &body).await?;
    Ok(())
}

/// Container Insights' streams in high log scale mode (acs `ContainerInsightsStreams`).
const HIGH_SCALE_STREAMS: &[&str] = &[
    "Microsoft-ContainerLog",
    "Microsoft-ContainerLogV2-HighScale",
    "Microsoft-KubeEvents",
    "Microsoft-KubePodInventory",
    "Microsoft-KubeNodeInventory",
    "Microsoft-KubePVInventory",
    "Microsoft-KubeServices",
    "Microsoft-KubeMonAgentEvents",
    "Microsoft-InsightsMetrics",
    "Microsoft-ContainerInventory",
    "Microsoft-ContainerNodeInventory",
    "Microsoft-Perf",
    "Microsoft-ContainerNetworkLogs",
];

/// `ensure_default_log_analytics_workspace_for_monitoring`: the group's region picks the
/// workspace's; the default group is made when missing, the workspace when not found.
pub(super) async fn default_workspace(
    ctx: &CommandContext,
    rg: &str,
    cloud: &str,
) -> Result<String> {
    let group = ctx
        .client
        .get(&id::resource_group(&ctx.subscription, rg), RESOURCES_API)
        .await?;
    let rg_location = group["location"].as_str().unwrap_or_default();
    let lower = if cloud == crate::config::cloud::LOCAL {
        "azurecloud".to_string()
    } else {
        cloud.to_ascii_lowercase()
    };
    let known = CLOUDS.iter().find(|c| c.0 == lower);
    let (region, code) = match known {
        Some((_, regions, codes, default_region, default_code)) => {
            let region = lookup(regions, rg_location).unwrap_or(default_region);
            (Some(region), lookup(codes, region).unwrap_or(default_code))
        }
        None => {
            // az logs this error and goes on with the code EUS (and no region)
            ctx.progress(&format!(
                "ERROR: AKS Monitoring addon not supported in cloud : {cloud}\n"
            ));
            (None, "EUS")
        }
    };
    let group_name = format!("DefaultResourceGroup-{code}");
    let workspace = format!(
        "/subscriptions/{}/resourceGroups/{group_name}/providers/Microsoft.OperationalInsights/workspaces/DefaultWorkspace-{}-{code}",
        ctx.subscription, ctx.subscription
    );
    let group_path = id::resource_group(&ctx.subscription, &group_name);
    let head = ctx.client.request(
        Method::HEAD,
        format!("{group_path}?api-version={RESOURCES_API}"),
    );
    let exists = ctx.client.send_raw(head).await?.status == 204;
    if exists && let Some(w) = ctx.client.get_opt(&workspace, WORKSPACE_API).await? {
        return Ok(w["id"].as_str().unwrap_or(&workspace).to_string());
    }
    let Some(region) = region else {
        return Err(AzError::validation(format!(
            "azr cannot create the default Log Analytics workspace in cloud '{cloud}': az knows its region only in the Azure clouds. Pass --workspace-resource-id."
        )));
    };
    if !exists {
        ctx.client
            .put(
                &group_path,
                RESOURCES_API,
                &json!({"location": region}),
                crate::client::Wait::Yes,
            )
            .await?;
    }
    let body = json!({"location": region, "properties": {"sku": {"name": "standalone"}}});
    let made = ctx
        .client
        .put(&workspace, WORKSPACE_API, &body, crate::client::Wait::Yes)
        .await?;
    Ok(made["id"].as_str().unwrap_or(&workspace).to_string())
}

fn lookup<'a>(table: &'a [(&str, &'a str)], key: &str) -> Option<&'a str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The workspace's region, lower-cased without spaces (az reads it by id).
pub(super) async fn workspace_location(ctx: &CommandContext, workspace_id: &str) -> Result<String> {
    if workspace_id.split('/').nth(8).is_none() {
        return Err(AzError::validation(
            "Could not locate workspace name in --workspace-resource-id.",
        ));
    }
    let w = ctx.client.get(workspace_id, WORKSPACE_API).await?;
    Ok(w["location"]
        .as_str()
        .unwrap_or_default()
        .replace(' ', "")
        .to_lowercase())
}

/// `--data-collection-settings`: az's checks of the file and of its values.
pub(super) fn read_data_collection_settings(m: &Monitoring) -> Result<Option<Map<String, Value>>> {
    let Some(path) = m
        .data_collection_settings
        .as_deref()
        .filter(|p| !p.is_empty())
    else {
        return Ok(None);
    };
    let not_valid = || AzError::validation(format!("{path} is not valid file, or not accessable."));
    let meta = std::fs::metadata(path).map_err(|_| not_valid())?;
    if !meta.is_file() {
        return Err(not_valid());
    }
    let text = std::fs::read_to_string(path).map_err(|_| not_valid())?;
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        AzError::validation(format!(
            "Failed to parse file '{path}' with exception:\n{e}"
        ))
    })?;
    let Value::Object(settings) = value else {
        return Err(AzError::validation(
            "Error reading data_collection_settings.",
        ));
    };
    check_data_collection_settings(&settings)?;
    if !settings.contains_key("streams") {
        return Err(AzError::validation(format!(
            "--data-collection-settings {path} has no \"streams\" list: az reads the data collection rule's streams from it."
        )));
    }
    Ok(Some(settings))
}

/// acs `validate_data_collection_settings`.
fn check_data_collection_settings(s: &Map<String, Value>) -> Result<()> {
    let bad = |m: &str| Err(AzError::validation(m));
    if let Some(v) = s.get("interval") {
        let text = v.as_str().unwrap_or_default();
        let digits = text.strip_suffix('m').unwrap_or("");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return bad("interval format must be in <number>m");
        }
        let n: u64 = digits.parse().unwrap_or(u64::MAX);
        if n == 0 || n > 30 {
            return bad("interval value MUST be in the range from 1m to 30m");
        }
    }
    if let Some(v) = s.get("namespaceFilteringMode") {
        let mode = v.as_str().unwrap_or_default().to_lowercase();
        if !["off", "exclude", "include"].contains(&mode.as_str()) {
            return bad("namespaceFilteringMode value MUST be either Off or Exclude or Include");
        }
    }
    if s.get("namespaces").is_some_and(|v| !v.is_array()) {
        return bad("namespaces must be an array type");
    }
    if s.get("enableContainerLogV2")
        .is_some_and(|v| !v.is_boolean())
    {
        return bad("enableContainerLogV2Value value must be either true or false");
    }
    if s.get("streams").is_some_and(|v| !v.is_array()) {
        return bad("streams must be an array type");
    }
    Ok(())
}

/// GET the rule (its tags are kept), GET the subscription's locations (as az does), PUT it.
/// What a rule rebuilt over an existing one keeps of it: nothing but its tags, or (a
/// reconfigure, `preserve_existing_dcr_settings`) what the command does not name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ExistingRule {
    Replace,
    /// `syslog`: `--enable-syslog` as given.
    /// `high_log_scale`: `--enable-high-log-scale-mode` as given.
    Keep {
        syslog: Option<bool>,
        high_log_scale: Option<bool>,
    },
}

/// The rule to write: its id, its ingestion endpoint (high log scale mode), its region (the
/// workspace's) and the workspace it sends to.
#[derive(Clone, Copy)]
pub(super) struct Rule<'a> {
    pub id: &'a str,
    pub dce: Option<&'a str>,
    pub location: &'a str,
    pub workspace_id: &'a str,
    /// `--ampls-resource-id`: the endpoints are private, and the config one is made too.
    pub ampls: Option<&'a AmplsLink>,
}

/// Returns whether the rule is in high log scale mode (an existing rule's, when kept).
pub(super) async fn create_dcr(
    ctx: &CommandContext,
    rule: &Rule<'_>,
    m: &Monitoring,
    settings: Option<Map<String, Value>>,
    existing_rule: ExistingRule,
) -> Result<bool> {
    let Rule {
        id: dcr,
        dce,
        location,
        workspace_id,
        ampls,
    } = *rule;
    let existing = ctx.client.get_opt(dcr, INSIGHTS_API).await?;
    let tags = existing
        .as_ref()
        .and_then(|d| d.get("tags"))
        .filter(|t| t.is_object())
        .cloned()
        .unwrap_or_else(|| json!({}));
    // `preserve_existing_dcr_settings` (a reconfigure of an onboarded cluster): what the
    // command does not name is read off the rule there is (acs `_resolve_dcr_settings_...`)
    let high_log_scale = match existing_rule {
        ExistingRule::Replace => m.high_log_scale,
        ExistingRule::Keep {
            high_log_scale: Some(h),
            ..
        } => h,
        ExistingRule::Keep { .. } => existing_high_scale(existing.as_ref()),
    };
    // the caller names the endpoint high log scale mode would use
    let dce = dce.filter(|_| high_log_scale);
    let (enable_syslog, settings, inherited) = match (existing_rule, settings) {
        (ExistingRule::Keep { syslog, .. }, given) => {
            let (had_syslog, had_settings) = existing_settings(existing.as_ref());
            let syslog = syslog.unwrap_or(had_syslog);
            match given {
                Some(s) => (syslog, Some(s), false),
                None => (syslog, had_settings.clone(), had_settings.is_some()),
            }
        }
        (ExistingRule::Replace, given) => (m.enable_syslog, given, false),
    };
    if let Some(dce) = dce {
        ensure_dce(ctx, dce, location, ampls.is_some()).await?;
    }
    if let Some(link) = ampls {
        aks_ampls::ensure_config_dce(ctx, link).await?;
    }
    let locations = format!(
        "/subscriptions/{}/locations?api-version={LOCATIONS_API}",
        ctx.subscription
    );
    ctx.client
        .send(ctx.client.request(Method::GET, locations))
        .await?;
    let default_streams = if high_log_scale {
        json!(HIGH_SCALE_STREAMS)
    } else {
        json!(["Microsoft-ContainerInsights-Group-Default"])
    };
    // whether the stream list is the one inside the settings (the same Python list in az)
    let mut shared = false;
    let (mut streams, dcs) = match settings {
        Some(mut s) if inherited => {
            s.entry("enableContainerLogV2").or_insert(json!(true));
            let list = s
                .get("streams")
                .and_then(Value::as_array)
                .filter(|l| !l.is_empty());
            let streams = match list {
                Some(list) => {
                    shared = true;
                    let normal = |v: &Value| match v.as_str() {
                        Some("Microsoft-ContainerLogV2-HighScale") if !high_log_scale => {
                            json!("Microsoft-ContainerLogV2")
                        }
                        _ => v.clone(),
                    };
                    let l = json!(list.iter().map(normal).collect::<Vec<_>>());
                    s.insert("streams".into(), l.clone());
                    l
                }
                None => default_streams,
            };
            (streams, Value::Object(s))
        }
        Some(mut s) => {
            shared = true;
            s.entry("enableContainerLogV2").or_insert(json!(true));
            (s["streams"].clone(), Value::Object(s))
        }
        None => (default_streams, json!({"enableContainerLogV2": true})),
    };
    if high_log_scale {
        // az rewrites the list it also sends inside the settings (the same Python list)
        for s in streams.as_array_mut().into_iter().flatten() {
            if s == "Microsoft-ContainerLogV2" {
                *s = json!("Microsoft-ContainerLogV2-HighScale");
            }
        }
    }
    let mut dcs = dcs;
    if high_log_scale && shared {
        dcs["streams"] = streams.clone();
    }
    let extension = json!({
        "name": "ContainerInsightsExtension",
        "streams": streams,
        "extensionName": "ContainerInsights",
        "extensionSettings": {"dataCollectionSettings": dcs},
    });
    let mut sources = json!({"extensions": [extension]});
    let mut flows = vec![json!({"streams": streams, "destinations": ["la-workspace"]})];
    if enable_syslog {
        sources["syslog"] = json!([syslog_source()]);
        flows.push(json!({"streams": ["Microsoft-Syslog"], "destinations": ["la-workspace"]}));
    }
    let body = json!({
        "location": location,
        "tags": tags,
        "kind": "Linux",
        "properties": {
            "dataSources": sources,
            "dataFlows": flows,
            "destinations": {"logAnalytics": [
                {"workspaceResourceId": workspace_id, "name": "la-workspace"}
            ]},
            "dataCollectionEndpointId": dce,
        },
    });
    ctx.client.put_begin(dcr, INSIGHTS_API, &body).await?;
    Ok(high_log_scale)
}

/// Whether the rule there is writes the high-scale container log stream.
fn existing_high_scale(existing: Option<&Value>) -> bool {
    ci_extension(existing)
        .and_then(|x| x.get("streams"))
        .and_then(Value::as_array)
        .is_some_and(|s| s.contains(&json!("Microsoft-ContainerLogV2-HighScale")))
}

fn ci_extension(existing: Option<&Value>) -> Option<&Value> {
    existing?
        .pointer("/properties/dataSources/extensions")?
        .as_array()?
        .iter()
        .find(|x| x["extensionName"] == "ContainerInsights")
}

/// From the rule there is: whether it collects syslog, and the Container Insights extension's
/// data collection settings (none when empty).
fn existing_settings(existing: Option<&Value>) -> (bool, Option<Map<String, Value>>) {
    let sources = existing.and_then(|d| d.pointer("/properties/dataSources"));
    // Python's truth of the value
    let syslog = sources
        .and_then(|s| s.get("syslog"))
        .is_some_and(|v| match v {
            Value::Array(a) => !a.is_empty(),
            Value::Object(o) => !o.is_empty(),
            Value::String(s) => !s.is_empty(),
            Value::Bool(b) => *b,
            Value::Number(_) => true,
            Value::Null => false,
        });
    let settings = ci_extension(existing)
        .and_then(|x| x.pointer("/extensionSettings/dataCollectionSettings"))
        .and_then(Value::as_object)
        .filter(|s| !s.is_empty())
        .cloned();
    (syslog, settings)
}

/// az's syslog data source: every facility, every level.
fn syslog_source() -> Value {
    json!({
        "streams": ["Microsoft-Syslog"],
        "facilityNames": [
            "auth", "authpriv", "cron", "daemon", "mark", "kern", "local0", "local1", "local2",
            "local3", "local4", "local5", "local6", "local7", "lpr", "mail", "news", "syslog",
            "user", "uucp"
        ],
        "logLevels": [
            "Debug", "Info", "Notice", "Warning", "Error", "Critical", "Alert", "Emergency"
        ],
        "name": "sysLogsDataSource",
    })
}

/// The monitoring add-on's legacy (shared key) route in the public cloud: Monitoring Metrics
/// Publisher on the cluster for the add-on's identity (acs `add_monitoring_role_assignment`).
pub async fn grant_monitoring_publisher(
    ctx: &CommandContext,
    cluster: &Value,
    cluster_path: &str,
) -> Result<()> {
    let Some(principal) = cluster
        .pointer("/properties/addonProfiles/omsagent/identity/objectId")
        .and_then(Value::as_str)
    else {
        ctx.warn("Could not find service principal or user assigned MSI for role assignment");
        return Ok(());
    };
    if !super::role_assignments::add_role_assignment(
        ctx,
        "Monitoring Metrics Publisher",
        principal,
        cluster_path,
    )
    .await
    {
        ctx.warn(
            "Could not create a role assignment for Monitoring addon. Are you an Owner on this subscription?",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dcr_name_is_cut_as_az_cuts_it() {
        assert!(dcr_id("s", "g", "eastus", "c").ends_with("/dataCollectionRules/MSCI-eastus-c"));
        // 64 characters end on the cluster name's hyphen, which is dropped
        let long = "a".repeat(51);
        let id = dcr_id("s", "g", "eastus", &format!("{long}-bbbb"));
        assert!(id.ends_with(&format!("/MSCI-eastus-{long}")), "{id}");
    }

    #[test]
    fn settings_checks() {
        let s = |v: Value| {
            check_data_collection_settings(v.as_object().unwrap()).map_err(|e| e.message)
        };
        assert_eq!(
            s(json!({"interval": "5"})).unwrap_err(),
            "interval format must be in <number>m"
        );
        assert_eq!(
            s(json!({"interval": "31m"})).unwrap_err(),
            "interval value MUST be in the range from 1m to 30m"
        );
        assert!(
            s(json!({"interval": "1m", "namespaceFilteringMode": "Include", "streams": []}))
                .is_ok()
        );
        assert_eq!(
            s(json!({"namespaces": "x"})).unwrap_err(),
            "namespaces must be an array type"
        );
    }
}
