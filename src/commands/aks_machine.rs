//! `aks machine list|show`: the Machines API of a pool (az's `aks_machine_list|show`).

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::Result;
use crate::output::models;
use crate::spec::aks::PoolRef;

const API: &str = ApiVersion::ContainerService.as_str();

pub async fn list(ctx: &CommandContext, pool: &PoolRef) -> Result<Output> {
    let path = id::machines(
        &ctx.subscription,
        &pool.resource_group,
        &pool.cluster_name,
        &pool.name,
        None,
    );
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::MACHINE,
    ))
}

pub async fn show(ctx: &CommandContext, pool: &PoolRef, machine: &str) -> Result<Output> {
    let path = id::machines(
        &ctx.subscription,
        &pool.resource_group,
        &pool.cluster_name,
        &pool.name,
        Some(machine),
    );
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::MACHINE,
    ))
}
