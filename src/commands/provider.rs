//! `provider register|show|unregister`

use std::time::Duration;

use serde_json::{Value, json};

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, Method, id, id::segment};
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::provider::ProviderRegister;

const API: &str = ApiVersion::Resources.as_str();
/// How often `--wait` reads the provider again (az sleeps 10 s).
const WAIT_POLL: Duration = Duration::from_secs(10);

/// Prints nothing: az returns `None`. Without `--wait`, a state that is not yet `Registered`
/// gets az's warning; with it, the provider is read every 10 s until it is.
pub async fn register(ctx: &CommandContext, spec: &ProviderRegister) -> Result<Output> {
    let namespace = spec.namespace.as_str();
    if spec.accept_terms {
        // what az's parser says of the flag, before anything is sent
        ctx.warn(
            "Argument 'accept_terms' has been deprecated and will be removed in a future release.",
        );
        ctx.warn("Argument '--accept-terms' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus");
    }
    // `-m`: one POST at the management group's scope; az prints nothing and does not wait
    if let Some(group) = &spec.management_group {
        let path = format!(
            "/providers/Microsoft.Management/managementGroups/{}/providers/{}/register",
            segment(group),
            segment(namespace)
        );
        ctx.client.post(&path, API, None).await?;
        return Ok(None);
    }
    let body = spec
        .consent
        .then(|| json!({"thirdPartyProviderConsent": {"consentToAuthorization": true}}));
    // RPaaS namespaces with terms: az waits for the registration, then accepts the terms
    let terms = rpaas_terms(namespace).filter(|_| spec.accept_terms);
    let wait = spec.wait || terms.is_some();
    let registered = update(ctx, namespace, "register", body, wait).await?;
    if let (Some(terms), true) = (terms, registered) {
        let path = terms.replace("{subscriptionId}", &ctx.subscription);
        let req = ctx
            .client
            .request(Method::PUT, path)
            .with_json(&json!({"properties": {"accepted": true}}));
        ctx.client.send(req).await?;
    }
    Ok(None)
}

/// az's `RPAAS_APIS`: the agreement each RPaaS namespace's terms are accepted at.
fn rpaas_terms(namespace: &str) -> Option<&'static str> {
    match namespace.to_ascii_lowercase().as_str() {
        "microsoft.datadog" => Some(
            "/subscriptions/{subscriptionId}/providers/Microsoft.Datadog/agreements/default?api-version=2020-02-01-preview",
        ),
        "microsoft.confluent" => Some(
            "/subscriptions/{subscriptionId}/providers/Microsoft.Confluent/agreements/default?api-version=2020-03-01-preview",
        ),
        _ => None,
    }
}

pub async fn unregister(ctx: &CommandContext, namespace: &str, wait: bool) -> Result<Output> {
    update(ctx, namespace, "unregister", None, wait).await?;
    Ok(None)
}

/// Registers or unregisters; true when the state was reached by waiting (az accepts RPaaS
/// terms only then: a provider already in the state returns at once).
async fn update(
    ctx: &CommandContext,
    namespace: &str,
    verb: &str,
    body: Option<Value>,
    wait: bool,
) -> Result<bool> {
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
        return Ok(false);
    }
    if wait {
        loop {
            ctx.client.clock().sleep(WAIT_POLL).await;
            if state(&ctx.client.get(&path, API).await?) == target {
                return Ok(true);
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
    Ok(false)
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
