//! `aks nodepool add|update|show|list|delete`, with az 2.91's call sequences.

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, bodies, id};
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks::{NodepoolAdd, NodepoolUpdate, PoolRef};

const API: &str = ApiVersion::ContainerService.as_str();

fn wait(no_wait: bool) -> Wait {
    if no_wait { Wait::No } else { Wait::Yes }
}

fn pool_names(pools: &[Value]) -> impl Iterator<Item = &str> {
    pools
        .iter()
        .filter_map(|p| p.get("name").and_then(Value::as_str))
}

/// List the pools (following `nextLink`; the name must be free, compared as az does, case
/// sensitively) → PUT → poll → GET.
pub async fn add(ctx: &CommandContext, spec: NodepoolAdd) -> Result<Output> {
    let sub = &ctx.subscription;
    let pools = ctx
        .client
        .list(
            &id::agent_pools(sub, &spec.resource_group, &spec.cluster_name),
            API,
        )
        .await?;
    if pool_names(&pools).any(|n| n == spec.pool.name) {
        return Err(AzError::validation(format!(
            "Node pool {} already exists, please try a different name, use 'aks nodepool list' to get current list of node pool",
            spec.pool.name
        )));
    }
    let path = id::agent_pool(
        sub,
        &spec.resource_group,
        &spec.cluster_name,
        &spec.pool.name,
    );
    let body = bodies::agent_pool_add(&spec);
    let result = ctx
        .client
        .put(&path, API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::AGENT_POOL))
}

/// GET the pool → PUT it back whole with the new network profile → poll → GET.
pub async fn update(ctx: &CommandContext, spec: NodepoolUpdate) -> Result<Output> {
    let path = id::agent_pool(
        &ctx.subscription,
        &spec.resource_group,
        &spec.cluster_name,
        &spec.name,
    );
    let existing = ctx.client.get(&path, API).await?;
    let body = bodies::agent_pool_update(&existing, &spec);
    let result = ctx
        .client
        .put(&path, API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::AGENT_POOL))
}

pub async fn show(ctx: &CommandContext, pool: &PoolRef) -> Result<Output> {
    let path = id::agent_pool(
        &ctx.subscription,
        &pool.resource_group,
        &pool.cluster_name,
        &pool.name,
    );
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::AGENT_POOL,
    ))
}

pub async fn list(
    ctx: &CommandContext,
    resource_group: &str,
    cluster_name: &str,
) -> Result<Output> {
    let path = id::agent_pools(&ctx.subscription, resource_group, cluster_name);
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::AGENT_POOL,
    ))
}

/// List the pools (the name must exist, compared case-insensitively as az does) → DELETE.
pub async fn delete(ctx: &CommandContext, pool: &PoolRef, no_wait: bool) -> Result<Output> {
    let sub = &ctx.subscription;
    let pools = ctx
        .client
        .list(
            &id::agent_pools(sub, &pool.resource_group, &pool.cluster_name),
            API,
        )
        .await?;
    if !pool_names(&pools).any(|n| n.eq_ignore_ascii_case(&pool.name)) {
        return Err(AzError::validation(format!(
            "Node pool {} doesnt exist, use 'aks nodepool list' to get current node pool list",
            pool.name
        )));
    }
    let path = id::agent_pool(sub, &pool.resource_group, &pool.cluster_name, &pool.name);
    ctx.client.delete(&path, API, wait(no_wait)).await?;
    Ok(None)
}
