//! `feature register|show|list|unregister`

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::output::models;

const API: &str = ApiVersion::Features.as_str();

/// POST `.../features/{name}/register` (no body, no prior GET), after az's warning.
pub async fn register(ctx: &CommandContext, namespace: &str, name: &str) -> Result<Output> {
    ctx.warn(&format!(
        "Once the feature '{name}' is registered, invoking 'az provider register -n {namespace}' is required to get the change propagated"
    ));
    action(ctx, namespace, name, "register").await
}

pub async fn unregister(ctx: &CommandContext, namespace: &str, name: &str) -> Result<Output> {
    ctx.warn(&format!(
        "Once the feature '{name}' is unregistered, invoking 'az provider register -n {namespace}' is required to get the change propagated"
    ));
    action(ctx, namespace, name, "unregister").await
}

async fn action(ctx: &CommandContext, namespace: &str, name: &str, verb: &str) -> Result<Output> {
    let path = format!("{}/{verb}", id::feature(&ctx.subscription, namespace, name));
    let resp = ctx.client.post(&path, API, None).await?;
    let value = resp
        .json_body()
        .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))?;
    Ok(WireResult::model(value, models::FEATURE))
}

pub async fn show(ctx: &CommandContext, namespace: &str, name: &str) -> Result<Output> {
    let path = id::feature(&ctx.subscription, namespace, name);
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::FEATURE,
    ))
}

pub async fn list(ctx: &CommandContext, namespace: Option<&str>) -> Result<Output> {
    let path = id::features(&ctx.subscription, namespace);
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::FEATURE,
    ))
}
