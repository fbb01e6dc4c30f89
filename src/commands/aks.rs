//! `aks create|show|list|delete`, with az 2.91's call sequences (reference/az-behaviour.md §2).

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, bodies, id};
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks::{AksCreate, ClusterRef, default_dns_prefix};
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
    spec: AksCreate,
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
    spec.pool.settings.check_decorator_rules(
        PoolContext::ClusterCreate,
        spec.pool.count,
        spec.pool.mode.as_wire(),
    )?;
    spec.cluster.check_decorator_rules()?;
    let dns_prefix = spec
        .dns_name_prefix
        .clone()
        .unwrap_or_else(|| default_dns_prefix(&spec.name, &spec.resource_group, &ctx.subscription));
    let body = bodies::managed_cluster(&spec, &location, &dns_prefix, ssh_key.as_deref());
    let result = ctx
        .client
        .put(&path, API, &body, wait(spec.no_wait))
        .await?;
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
