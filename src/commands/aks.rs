//! `aks create|show|list|delete`, with az 2.91's call sequences (reference/az-behaviour.md §2).

use serde_json::Value;

use super::{CommandContext, Output, WireResult, subnet_role};
use crate::arm::{ApiVersion, bodies, id};
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks::{AksCreate, ClusterRef, GetCredentials, default_dns_prefix};
use crate::spec::pool_settings::PoolContext;

const API: &str = ApiVersion::ContainerService.as_str();
const RESOURCES_API: &str = ApiVersion::Resources.as_str();

fn wait(no_wait: bool) -> Wait {
    if no_wait { Wait::No } else { Wait::Yes }
}

/// GET the cluster (it must not exist) → GET the group when `--location` is absent → PUT →
/// poll → GET. `ssh_key` comes from `ssh_keys::resolve`, done before any request.
pub async fn create(
    ctx: &CommandContext,
    mut spec: AksCreate,
    ssh_key: Option<String>,
) -> Result<Output> {
    let path = id::managed_cluster(&ctx.subscription, &spec.resource_group, &spec.name);
    // az ignores every failure of this check (it only logs it); only an existing cluster stops it.
    if let Ok(Some(_)) = ctx.client.get_opt(&path, API).await {
        return Err(AzError::validation(format!(
            "The cluster '{}' under resource group '{}' already exists. Please use command 'az aks update' to update the existing cluster, or select a different cluster name to create a new cluster.",
            spec.name, spec.resource_group
        )));
    }
    let location = match &spec.location {
        Some(l) => l.clone(),
        None => {
            let group = ctx
                .client
                .get(
                    &id::resource_group(&ctx.subscription, &spec.resource_group),
                    RESOURCES_API,
                )
                .await?;
            group
                .get("location")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        }
    };
    super::pool_snapshot::apply(ctx, &mut spec.pool, &mut spec.kubernetes_version).await?;
    spec.pool.settings.check_decorator_rules(
        PoolContext::ClusterCreate,
        spec.pool.count,
        spec.pool.mode.as_wire(),
    )?;
    super::pool_files::load(&mut spec.pool)?;
    spec.sec
        .check_decorator_rules(spec.cluster.enable_azure_rbac)?;
    spec.cluster.check_decorator_rules()?;
    spec.addons.check_decorator_rules(spec.cluster.tier)?;
    spec.sec.check_identity()?;
    spec.misc
        .check_create_kubelet_identity(spec.sec.assign_identity.as_deref())?;
    crate::arm::cluster_sec::check_create_workload_identity(
        spec.cluster.enable_workload_identity,
        spec.cluster.enable_oidc_issuer,
    )?;
    crate::arm::cluster_sec::check_create_kms(&spec.sec.kms)?;
    spec.profile.check_decorator_rules()?;
    spec.misc.check_bootstrap()?;
    spec.net.check_decorator_rules(
        spec.cluster.effective_outbound_type(),
        spec.cluster.load_balancer_sku == "basic",
        // the hosted system pool's subnets stand in for `--vnet-subnet-id` there
        (spec.pool.vnet_subnet_id.as_deref()).or(spec.automatic.byo_subnets().then_some("")),
    )?;
    spec.acns
        .validate(crate::spec::cluster_acns::Mode::Create)?;
    spec.misc.check_fqdn_subdomain(
        spec.dns_name_prefix.as_deref(),
        spec.net.private_dns_zone.as_deref(),
    )?;
    // with a subdomain az derives no prefix (`""`: none is sent)
    let dns_prefix = match (&spec.dns_name_prefix, spec.misc.subdomain()) {
        (Some(p), _) => p.clone(),
        (None, Some(_)) => String::new(),
        (None, None) => default_dns_prefix(&spec.name, &spec.resource_group, &ctx.subscription),
    };
    spec.automatic.check_subnets()?;
    // the user's own subnets: az checks Network Contributor on them before the PUT ...
    let grant_to = subnet_role::before_create(ctx, &spec).await?;
    super::aks_acr::check_create(&spec)?;
    super::aks_acr::attach_before_create(ctx, &spec).await?;
    // the add-ons after the network (az's `set_up_addon_profiles`): monitoring's workspace
    // and data collection rule come before the PUT, its association after it
    spec.addon_profiles
        .check_decorator_rules(spec.pool.vnet_subnet_id.as_deref())?;
    let cloud = spec.addon_profiles.cloud.clone();
    let monitoring = super::aks_monitoring::prepare(ctx, &mut spec, &cloud, &location).await?;
    super::aks_kubelet_identity::set_up_create(ctx, &mut spec).await?;
    super::aks_defender::set_up_create(ctx, &mut spec.addons, &spec.resource_group, &cloud).await?;
    spec.monitor_logs.check_decorator_rules()?;
    super::aks_monitor_logs::prepare(ctx, &mut spec, &cloud).await?;
    crate::arm::cluster_metrics::check_create(&spec.metrics, spec.sec.enable_managed_identity())?;
    // az's `set_up_azure_container_storage`, near the end of its decorator
    spec.storage.check_create()?;
    let storage_v1 = super::aks_storage_v1::set_up_create(ctx, &mut spec, &location).await?;
    let body = bodies::managed_cluster(&spec, &location, &dns_prefix, ssh_key.as_deref());
    let roles_after = super::aks_addon_roles::needed(&spec.addon_profiles);
    let acr_after = spec.attach_acr.is_some();
    let logs_after = spec.monitor_logs.enable;
    let metrics_after = spec.metrics.enable;
    let storage_after = spec.storage.enable.is_some();
    if grant_to.is_empty()
        && monitoring.is_none()
        && !roles_after
        && !acr_after
        && !logs_after
        && !metrics_after
        && !storage_after
    {
        let result = ctx
            .client
            .put(&path, API, &body, wait(spec.no_wait))
            .await?;
        if spec.no_wait {
            return Ok(None);
        }
        return Ok(WireResult::model(result, models::MANAGED_CLUSTER));
    }
    // ... and grants the missing ones to the cluster's identity right after the PUT, then waits for the cluster, `--no-wait` or not
    let first = ctx.client.put_begin(&path, API, &body).await?;
    subnet_role::grant(ctx, &path, &grant_to).await?;
    let result = ctx.client.put_finish(&first, &path, API).await?;
    if let Some(m) = monitoring
        .as_ref()
        .filter(|_| !spec.automatic.implicit_monitoring)
    {
        super::aks_monitoring::finish(ctx, m, &result, &path, &location, &cloud).await?;
    }
    super::aks_monitor_logs::finish(ctx, &spec, &result, &path, &location).await?;
    super::aks_addon_roles::after_create(
        ctx,
        &spec.addon_profiles,
        &result,
        spec.pool.vnet_subnet_id.as_deref(),
    )
    .await?;
    super::aks_acr::after_create(ctx, &spec, &result).await?;
    if metrics_after {
        let t = super::aks_metrics::Target {
            resource_group: &spec.resource_group,
            name: &spec.name,
            region: &location,
        };
        super::aks_metrics::ensure_prerequisites(ctx, &t, &spec.metrics, true).await?;
    }
    super::aks_storage::after_create(ctx, &path, &result, &spec.storage, storage_v1.as_ref())
        .await?;
    super::aks_automatic::after_create(ctx, &result).await?;
    // az waited for the work after the PUT; with `--no-wait` it still prints nothing
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::MANAGED_CLUSTER))
}

pub async fn show(ctx: &CommandContext, cluster: &ClusterRef) -> Result<Output> {
    let path = id::managed_cluster(&ctx.subscription, &cluster.resource_group, &cluster.name);
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::MANAGED_CLUSTER,
    ))
}

/// Every cluster of the group, or of the subscription without `-g`.
pub async fn list(ctx: &CommandContext, resource_group: Option<&str>) -> Result<Output> {
    let path = id::managed_clusters(&ctx.subscription, resource_group);
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::MANAGED_CLUSTER,
    ))
}

/// DELETE (az asks for confirmation first; `app` does that). Prints nothing.
pub async fn delete(ctx: &CommandContext, cluster: &ClusterRef, no_wait: bool) -> Result<Output> {
    let path = id::managed_cluster(&ctx.subscription, &cluster.resource_group, &cluster.name);
    ctx.client.delete(&path, API, wait(no_wait)).await?;
    Ok(None)
}

/// POST `listClusterUserCredential` (or `listClusterAdminCredential` with `--admin`) and
/// decode the first kubeconfig of the answer (base64 YAML), as az does.
pub async fn credentials(ctx: &CommandContext, spec: &GetCredentials) -> Result<String> {
    let cluster = &spec.cluster;
    let action = if spec.admin {
        "listClusterAdminCredential"
    } else {
        "listClusterUserCredential"
    };
    let mut url = format!(
        "{}/{action}?api-version={API}",
        id::managed_cluster(&ctx.subscription, &cluster.resource_group, &cluster.name)
    );
    if spec.public_fqdn {
        url.push_str("&server-fqdn=public");
    }
    if let Some(f) = &spec.format {
        url.push_str("&format=");
        url.push_str(f);
    }
    let resp = ctx
        .client
        .send(ctx.client.request(crate::arm::Method::POST, url))
        .await?;
    let body: Value = resp.json_body().unwrap_or(Value::Null);
    let missing = || AzError::validation("Fail to find kubeconfig file.");
    let value = body
        .pointer("/kubeconfigs/0/value")
        .and_then(Value::as_str)
        .ok_or_else(missing)?;
    let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, value)
        .map_err(|_| missing())?;
    String::from_utf8(bytes).map_err(|_| missing())
}
