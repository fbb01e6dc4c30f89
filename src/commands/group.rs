//! `group create|show|list|delete`

use serde_json::{Value, json};

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::client::Wait;
use crate::encoding::percent_encode;
use crate::error::Result;
use crate::output::models;
use crate::spec::group::GroupCreate;

const API: &str = ApiVersion::Resources.as_str();

pub async fn create(ctx: &CommandContext, spec: GroupCreate) -> Result<Output> {
    let mut body = json!({"location": spec.location});
    if let Some(tags) = &spec.tags {
        body["tags"] = tags.to_json_object();
    }
    if let Some(m) = &spec.managed_by {
        body["managedBy"] = Value::String(m.clone());
    }
    let path = id::resource_group(&ctx.subscription, &spec.name.0);
    let resp = ctx.client.put(&path, API, &body, Wait::No).await?;
    Ok(WireResult::model(resp, models::RESOURCE_GROUP))
}

pub async fn show(ctx: &CommandContext, name: &str) -> Result<Output> {
    Ok(WireResult::model(
        ctx.client
            .get(&id::resource_group(&ctx.subscription, name), API)
            .await?,
        models::RESOURCE_GROUP,
    ))
}

pub async fn list(ctx: &CommandContext, tag: Option<&str>) -> Result<Output> {
    let mut path = id::resource_groups(&ctx.subscription);
    if let Some(t) = tag {
        let (k, v) = t.split_once('=').unwrap_or((t, ""));
        // az's filter (`list_resource_groups`), sent as one encoded query value: lower-case
        // names, and no value condition for a bare key
        let mut filter = format!("tagname eq '{k}'");
        if !v.is_empty() {
            filter.push_str(&format!(" and tagvalue eq '{v}'"));
        }
        path = format!("{path}?$filter={}", id::percent_encode(&filter));
    }
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::RESOURCE_GROUP,
    ))
}

/// `--force-deletion-types` goes out as ARM's `forceDeletionTypes` query parameter.
pub async fn delete(
    ctx: &CommandContext,
    name: &str,
    force_deletion_types: Option<&str>,
    no_wait: bool,
) -> Result<Output> {
    let wait = if no_wait { Wait::No } else { Wait::Yes };
    let mut path = id::resource_group(&ctx.subscription, name);
    if let Some(types) = force_deletion_types {
        path = format!("{path}?forceDeletionTypes={}", percent_encode(types));
    }
    ctx.client.delete(&path, API, wait).await?;
    Ok(None)
}
