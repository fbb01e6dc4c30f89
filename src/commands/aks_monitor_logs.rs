//! `aks create --enable-azure-monitor-logs`, with az 2.91's calls: before the PUT the workspace
//! (the flag's, or the default one, found or made: `_setup_azure_monitor_logs`); after the
//! cluster is created, from the `containerInsights` profile AKS returns, the data collection
//! rule and its association (`_postprocess_monitoring` → `ensure_container_insights_for_monitoring`
//! with both `create_dcr` and `create_dcra`). The rule's pieces are the monitoring add-on's
//! (`aks_monitoring`).

use serde_json::Value;

use super::CommandContext;
use super::aks_monitoring as monitoring;
use crate::error::{AzError, Result};
use crate::spec::aks::AksCreate;
use crate::spec::cluster_addon_profiles::Monitoring;

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
    let region = monitoring::workspace_location(ctx, &workspace).await?;
    let (sub, rg) = (&ctx.subscription, &spec.resource_group);
    let dcr = monitoring::dcr_id(sub, rg, &region, &spec.name);
    let dce = m
        .high_log_scale
        .then(|| monitoring::dce_id(sub, rg, &region, &spec.name));
    monitoring::create_dcr(ctx, &dcr, dce.as_deref(), &region, &workspace, &m, settings).await?;
    monitoring::associate_dcr(ctx, cluster_path, location, &dcr).await
}
