//! Microsoft.ContainerRegistry/registries in a resource group (created, read, listed,
//! deleted), and the subscription's generic resource list (`GET /subscriptions/{sub}/resources`
//! with `$filter=resourceType eq '...'`) that az searches registries by name with
//! (`aks create|update --attach-acr NAME`).

use serde_json::{Value, json};

use super::resources::required_location;
use super::router::{
    Req, RequestContext, Scope, delete_resource, list_in_group, method_not_allowed, ok,
};
use super::store::{self, NewRes};
use super::util::{ApiError, R, rfc3339};
use crate::arm::{ArmResponse, Method};

pub const REGISTRY_TYPE: &str = "Microsoft.ContainerRegistry/registries";
const REGISTRY_KIND: &str = "microsoft.containerregistry/registries";
const SKUS: &[&str] = &["Basic", "Standard", "Premium"];

/// `.../providers/Microsoft.ContainerRegistry/<rest>`, or `None` for a path it does not serve.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["registries"] => Some(list_in_group(ctx, req, scope, REGISTRY_KIND)),
        ["registries", _] => Some(registry(ctx, req, scope, segs[1])),
        _ => None,
    }
}

/// Azure's rule for registry names: 5 to 50 letters and digits.
fn valid_name(name: &str) -> bool {
    (5..=50).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn registry(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(REGISTRY_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|r| ok(200, &r))
            .ok_or_else(|| ApiError::not_found(REGISTRY_TYPE, name, &scope.rg)),
        Method::PUT => put(ctx, req, scope, &id, name, existing),
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn put(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    id: &str,
    name: &str,
    existing: Option<Value>,
) -> R<ArmResponse> {
    if !valid_name(name) {
        return Err(ApiError::bad_request(
            "InvalidResourceName",
            format!(
                "Resource name {name} is invalid. The name must be between 5 and 50 characters and contain only alphanumeric characters."
            ),
        ));
    }
    // registry names are global: the login server is `<name>.azurecr.io`
    let taken = store::all(ctx.tx, REGISTRY_KIND)?.into_iter().any(|r| {
        r["name"]
            .as_str()
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && !r["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id))
    });
    if taken {
        return Err(ApiError::new(
            409,
            "AlreadyInUse",
            format!("The registry {name} is already in use."),
        ));
    }
    let body = req.body()?;
    let location = required_location(&body, REGISTRY_TYPE)?;
    let sku = body["sku"]["name"].as_str().unwrap_or_default();
    let Some(sku) = SKUS.iter().find(|s| s.eq_ignore_ascii_case(sku)) else {
        return Err(ApiError::bad_request(
            "InvalidSku",
            format!("The sku '{sku}' is invalid. Allowed values are: Basic, Standard, Premium."),
        ));
    };
    let status = if existing.is_some() { 200 } else { 201 };
    let now = rfc3339(ctx.now);
    let mut r = existing.unwrap_or_else(|| {
        json!({
            "id": id,
            "name": name,
            "type": REGISTRY_TYPE,
            "location": location,
            "properties": {
                "loginServer": format!("{}.azurecr.io", name.to_lowercase()),
                "creationDate": now,
                "provisioningState": "Succeeded",
                "adminUserEnabled": false,
                "publicNetworkAccess": "Enabled",
                "networkRuleBypassOptions": "AzureServices",
                "zoneRedundancy": "Disabled",
                "anonymousPullEnabled": false
            }
        })
    });
    r["sku"] = json!({"name": sku, "tier": sku});
    r["tags"] = body
        .get("tags")
        .filter(|t| t.is_object())
        .cloned()
        .unwrap_or(json!({}));
    if let Some(admin) = body
        .pointer("/properties/adminUserEnabled")
        .and_then(Value::as_bool)
    {
        r["properties"]["adminUserEnabled"] = json!(admin);
    }
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: REGISTRY_KIND,
            sub: &scope.sub,
            rg: Some(&scope.rg),
            parent: None,
        },
        &r,
    )?;
    Ok(ok(status, &r))
}

/// `GET /subscriptions/{sub}/resources`: every resource of the subscription (of one type with
/// `$filter=resourceType eq '...'`), as ARM's generic list shows it: no `properties`.
pub fn list_resources(ctx: &RequestContext, req: &Req, sub: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let wanted = req
        .q("$filter")
        .and_then(|f| f.trim().strip_prefix("resourceType eq "))
        .map(|t| t.trim().trim_matches('\'').to_lowercase());
    let Some(kind) = wanted else {
        return Err(ApiError::bad_request(
            "InvalidFilter",
            "azr's emulator lists resources by `resourceType eq '<type>'` only.",
        ));
    };
    let list: Vec<Value> = store::list(ctx.tx, &kind, sub, None)?
        .into_iter()
        .map(|r| {
            let mut g = json!({
                "id": r["id"], "name": r["name"], "type": r["type"], "location": r["location"]
            });
            for k in ["sku", "kind", "tags", "identity"] {
                if let Some(v) = r.get(k) {
                    g[k] = v.clone();
                }
            }
            g
        })
        .collect();
    Ok(ok(200, &json!({ "value": list })))
}
