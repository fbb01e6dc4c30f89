//! `aks create --enable-azure-monitor-logs`, with az 2.91's calls: before the PUT the workspace
//! (the flag's, or the default one, found or made: `_setup_azure_monitor_logs`); after the
//! cluster is created, from the `containerInsights` profile AKS returns, the data collection
//! rule and its association (`_postprocess_monitoring` → `ensure_container_insights_for_monitoring`
//! with both `create_dcr` and `create_dcra`). The rule's pieces are the monitoring add-on's
//! (`aks_monitoring`).

use serde_json::{Value, json};

use super::CommandContext;
use super::aks_ampls::{self, AmplsLink};
use super::aks_monitoring::{self as monitoring, ExistingRule};
use crate::arm::cluster_monitor_logs::{
    monitoring_aad_auth, monitoring_enabled, shim_workspace, update_msi_auth,
};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::spec::aks::{AksCreate, ClusterRef};
use crate::spec::cluster_addon_profiles::Monitoring;
use crate::spec::cluster_monitor_logs::MonitorLogsUpdate;

const API: &str = ApiVersion::ContainerService.as_str();

/// Before the PUT: the service principal check, then the workspace into `spec.monitor_logs`.
pub async fn prepare(ctx: &CommandContext, spec: &mut AksCreate, cloud: &str) -> Result<()> {
    if !spec.monitor_logs.enable {
        return Ok(());
    }
    if spec
        .sec
        .service_principal
        .as_deref()
        .is_some_and(|sp| !sp.is_empty() && !sp.eq_ignore_ascii_case("msi"))
    {
        return Err(AzError::validation(
            "'--enable-azure-monitor-logs' cannot be used on clusters with service principal authentication. Azure Monitor logs onboards through the Azure Monitor profile, which requires the cluster to use a managed identity. Update the cluster to use a managed identity with 'az aks update --enable-managed-identity', then retry.",
        ));
    }
    let workspace = match spec
        .addon_profiles
        .workspace_resource_id
        .as_deref()
        .filter(|w| !w.is_empty())
    {
        Some(w) => w.to_string(),
        None => monitoring::default_workspace(ctx, &spec.resource_group, cloud).await?,
    };
    spec.monitor_logs.workspace = Some(format!(
        "/{}",
        workspace.trim_matches(|c| c == ' ' || c == '/')
    ));
    Ok(())
}

/// After the cluster is created: the rule (in the workspace's region) and the association.
pub async fn finish(
    ctx: &CommandContext,
    spec: &AksCreate,
    cluster: &Value,
    cluster_path: &str,
    location: &str,
) -> Result<()> {
    if !spec.monitor_logs.enable {
        return Ok(());
    }
    let ci = cluster.pointer("/properties/azureMonitorProfile/containerInsights");
    let enabled = ci
        .and_then(|c| c.get("enabled"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let Some(workspace) = ci
        .and_then(|c| c.get("logAnalyticsWorkspaceResourceId"))
        .and_then(Value::as_str)
        .filter(|w| enabled && !w.is_empty())
    else {
        return Ok(());
    };
    // acs `sanitize_loganalytics_ws_resource_id`
    let workspace = format!("/{}", workspace.trim().trim_start_matches('/'))
        .trim_end_matches('/')
        .to_string();
    let a = &spec.addon_profiles;
    let m = Monitoring {
        workspace_resource_id: Some(workspace.clone()),
        msi_auth: true,
        enable_syslog: a.enable_syslog,
        data_collection_settings: a.data_collection_settings.clone(),
        high_log_scale: a.high_log_scale,
    };
    let settings = monitoring::read_data_collection_settings(&m)?;
    let cluster = ClusterRef {
        resource_group: spec.resource_group.clone(),
        name: spec.name.clone(),
    };
    let ampls = Ampls {
        scope: spec.addon_profiles.ampls_resource_id.as_deref(),
        private_cluster: spec.net.enable_private_cluster,
    };
    provision(
        ctx,
        &m,
        &workspace,
        &cluster,
        (cluster_path, location),
        settings,
        ampls,
    )
    .await
}

/// `--ampls-resource-id` and whether the cluster is private (its guard reads both).
#[derive(Clone, Copy)]
struct Ampls<'a> {
    scope: Option<&'a str>,
    private_cluster: bool,
}

/// `aks update`: the calls az's decorator makes before the PUT. Switching on: the workspace
/// (into `body`), then the rule and its association (`_provision_azure_monitor_logs_dcr`).
/// Switching off a managed-identity onboarding: a fresh read of the cluster, then the
/// association's removal.
pub async fn before_update_put(
    ctx: &CommandContext,
    existing: &Value,
    body: &mut Value,
    spec: &MonitorLogsUpdate,
    cluster: &ClusterRef,
) -> Result<()> {
    let path = id::managed_cluster(&ctx.subscription, &cluster.resource_group, &cluster.name);
    // az's getter checks the file in the decorator, before anything is written
    let given = Monitoring {
        workspace_resource_id: None,
        msi_auth: true,
        enable_syslog: spec.enable_syslog.unwrap_or(false),
        data_collection_settings: spec.data_collection_settings.clone(),
        high_log_scale: spec.high_log_scale().unwrap_or(false),
    };
    let settings = monitoring::read_data_collection_settings(&given)?;
    if spec.common.enable_azure_monitor_logs {
        let workspace = match spec
            .workspace_resource_id
            .as_deref()
            .filter(|w| !w.is_empty())
        {
            Some(w) => w.to_string(),
            None => {
                monitoring::default_workspace(ctx, &cluster.resource_group, &spec.cloud).await?
            }
        };
        let workspace = format!("/{}", workspace.trim_matches(|c| c == ' ' || c == '/'));
        body["properties"]["azureMonitorProfile"]["containerInsights"]["logAnalyticsWorkspaceResourceId"] =
            json!(workspace);
        let m = Monitoring {
            workspace_resource_id: Some(workspace.clone()),
            ..given
        };
        let location = existing["location"].as_str().unwrap_or_default();
        let ampls = Ampls {
            scope: spec.ampls_resource_id.as_deref(),
            private_cluster: aks_ampls::private_cluster(body),
        };
        provision(
            ctx,
            &m,
            &workspace,
            cluster,
            (&path, location),
            settings,
            ampls,
        )
        .await?;
    }
    if spec.disable_azure_monitor_logs
        && monitoring_enabled(existing)
        && monitoring_aad_auth(existing)
    {
        let current = ctx.client.get(&path, API).await?;
        if monitoring_enabled(&current) {
            let dcra = format!(
                "{path}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsExtension"
            );
            ctx.client
                .delete(&dcra, monitoring::INSIGHTS_API, crate::client::Wait::No)
                .await?;
        }
    }
    Ok(())
}

/// `ensure_container_insights_for_monitoring` with both `create_dcr` and `create_dcra`: the
/// scope's guard, the workspace's region, the rule there (with its ingestion endpoint in high
/// log scale mode, and the config endpoint with a scope), the cluster's association with it,
/// then the scope's links. The cluster's path and region come as a pair.
async fn provision(
    ctx: &CommandContext,
    m: &Monitoring,
    workspace: &str,
    cluster: &ClusterRef,
    (cluster_path, location): (&str, &str),
    settings: Option<serde_json::Map<String, Value>>,
    ampls: Ampls<'_>,
) -> Result<()> {
    crate::spec::cluster_ampls::check_private_msi(ampls.scope, ampls.private_cluster, true)?;
    let region = monitoring::workspace_location(ctx, workspace).await?;
    let (sub, rg) = (&ctx.subscription, &cluster.resource_group);
    let link = AmplsLink::new(ampls.scope, sub, rg, location, &cluster.name);
    let dcr = monitoring::dcr_id(sub, rg, &region, &cluster.name);
    let dce = m
        .high_log_scale
        .then(|| monitoring::dce_id(sub, rg, &region, &cluster.name));
    let rule = monitoring::Rule {
        id: &dcr,
        dce: dce.as_deref(),
        location: &region,
        workspace_id: workspace,
        ampls: link.as_ref(),
    };
    monitoring::create_dcr(ctx, &rule, m, settings, ExistingRule::Replace).await?;
    monitoring::associate_dcr(ctx, cluster_path, location, &dcr).await?;
    if let Some(link) = &link {
        aks_ampls::link(ctx, link, cluster_path, workspace, dce.as_deref()).await?;
    }
    Ok(())
}

/// az's `check_is_postprocessing_required` for these flags: switching on, or
/// `--enable-high-log-scale-mode` (any value), makes `aks update` wait for the PUT.
pub fn update_waits(spec: &MonitorLogsUpdate) -> bool {
    spec.common.enable_azure_monitor_logs || spec.rebuilds_rule()
}

/// `aks update`'s `postprocessing_after_mc_created` for monitoring, once the PUT is done. With
/// monitoring on (switched on now, or the legacy add-on): without managed-identity auth the
/// Monitoring Metrics Publisher role (public cloud only); with `--enable-high-log-scale-mode`,
/// the rule rebuilt keeping what the command does not name, and (with managed-identity auth)
/// its association.
pub async fn after_update(
    ctx: &CommandContext,
    existing: &Value,
    mc: &Value,
    cluster: &Value,
    spec: &MonitorLogsUpdate,
    cluster_ref: &ClusterRef,
) -> Result<()> {
    let addon_on = crate::arm::cluster_monitor_logs::monitoring_addon_enabled(existing);
    if !spec.common.enable_azure_monitor_logs && !addon_on {
        return Ok(());
    }
    let path = id::managed_cluster(
        &ctx.subscription,
        &cluster_ref.resource_group,
        &cluster_ref.name,
    );
    let msi = update_msi_auth(mc, spec);
    if !msi && monitoring::is_public_cloud(&spec.cloud) {
        super::aks_monitoring::grant_monitoring_publisher(ctx, cluster, &path).await?;
    }
    if !spec.rebuilds_rule() {
        return Ok(());
    }
    let Some((true, Some(workspace))) = shim_workspace(cluster) else {
        return Ok(());
    };
    let workspace = format!("/{}", workspace.trim().trim_start_matches('/'))
        .trim_end_matches('/')
        .to_string();
    let m = Monitoring {
        workspace_resource_id: Some(workspace.clone()),
        msi_auth: true,
        enable_syslog: false,
        data_collection_settings: spec.data_collection_settings.clone(),
        high_log_scale: false,
    };
    let settings = monitoring::read_data_collection_settings(&m)?;
    let scope = spec.ampls_resource_id.as_deref();
    let private = aks_ampls::private_cluster(cluster);
    crate::spec::cluster_ampls::check_private_msi(scope, private, true)?;
    let location = mc["location"].as_str().unwrap_or_default();
    let region = monitoring::workspace_location(ctx, &workspace).await?;
    let (sub, rg) = (&ctx.subscription, &cluster_ref.resource_group);
    let link = AmplsLink::new(scope, sub, rg, location, &cluster_ref.name);
    let dcr = monitoring::dcr_id(sub, rg, &region, &cluster_ref.name);
    let dce = monitoring::dce_id(sub, rg, &region, &cluster_ref.name);
    let rule = monitoring::Rule {
        id: &dcr,
        dce: Some(&dce),
        location: &region,
        workspace_id: &workspace,
        ampls: link.as_ref(),
    };
    let keep = ExistingRule::Keep {
        syslog: spec.enable_syslog,
        high_log_scale: spec.high_log_scale(),
    };
    let high_log_scale = monitoring::create_dcr(ctx, &rule, &m, settings, keep).await?;
    if msi {
        monitoring::associate_dcr(ctx, &path, location, &dcr).await?;
        if let Some(link) = &link {
            let ingestion = high_log_scale.then_some(dce.as_str());
            aks_ampls::link(ctx, link, &path, &workspace, ingestion).await?;
        }
    }
    Ok(())
}
