//! `provider register|show|unregister`

use std::time::Duration;

use serde_json::{Value, json};

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::output::models;

const API: &str = ApiVersion::Resources.as_str();
/// How often `--wait` reads the provider again (az sleeps 10 s).
const WAIT_POLL: Duration = Duration::from_secs(10);

/// Prints nothing: az returns `None`. Without `--wait`, a state that is not yet `Registered`
/// gets az's warning; with it, the provider is read every 10 s until it is.
pub async fn register(
    ctx: &CommandContext,
    namespace: &str,
    consent: bool,
    wait: bool,
) -> Result<Output> {
    let body =
        consent.then(|| json!({"thirdPartyProviderConsent": {"consentToAuthorization": true}}));
    update(ctx, namespace, "register", body, wait).await
}

pub async fn unregister(ctx: &CommandContext, namespace: &str, wait: bool) -> Result<Output> {
    update(ctx, namespace, "unregister", None, wait).await
}

async fn update(
    ctx: &CommandContext,
    namespace: &str,
    verb: &str,
    body: Option<Value>,
    wait: bool,
) -> Result<Output> {
    let registering = verb == "register";
    let target = if registering {
        "Registered"
    } else {
        "Unregistered"
    };
    let path = id::provider(&ctx.subscription, namespace);
    let resp = ctx
        .client
        .post(&format!("{path}/{verb}"), API, body.as_ref())
        .await?;
    let provider = resp
        .json_body()
        .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))?;
    if state(&provider) == target {
        return Ok(None);
    }
    if wait {
        loop {
            ctx.client.clock().sleep(WAIT_POLL).await;
            if state(&ctx.client.get(&path, API).await?) == target {
                return Ok(None);
            }
        }
    }
    let action = if registering {
        "Registering"
    } else {
        "Unregistering"
    };
    ctx.warn(&format!(
        "{action} is still on-going. You can monitor using 'az provider show -n {namespace}'"
    ));
    Ok(None)
}

fn state(provider: &Value) -> &str {
    provider
        .get("registrationState")
        .and_then(Value::as_str)
        .unwrap_or("")
}

pub async fn show(ctx: &CommandContext, namespace: &str, expand: Option<&str>) -> Result<Output> {
    let mut path = id::provider(&ctx.subscription, namespace);
    if let Some(e) = expand {
        path = format!("{path}?$expand={}", id::percent_encode(e));
    }
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::PROVIDER,
    ))
}
