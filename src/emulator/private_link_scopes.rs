//! Microsoft.Insights private link scopes (AMPLS) and their scoped resources: what az's
//! `--ampls-resource-id` links a cluster's monitoring endpoints and workspace to. A scoped
//! resource lives under a scope that exists and names a resource that exists; a scope takes
//! its scoped resources with it.

use serde_json::{Value, json};

use super::router::{Req, RequestContext, Scope, list_in_group, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R};
use crate::arm::{ArmResponse, Method};

const SCOPE_KIND: &str = "microsoft.insights/privatelinkscopes";
const SCOPE_TYPE: &str = "microsoft.insights/privatelinkscopes";
const SCOPED_KIND: &str = "microsoft.insights/privatelinkscopes/scopedresources";
const SCOPED_TYPE: &str = "Microsoft.Insights/privateLinkScopes/scopedResources";

/// `.../resourceGroups/<g>/providers/Microsoft.Insights/privateLinkScopes[/<name>[/scopedResources[/<name>]]]`.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["privatelinkscopes"] => Some(list_in_group(ctx, req, scope, SCOPE_KIND)),
        ["privatelinkscopes", _] => Some(link_scope(ctx, req, scope, segs[1])),
        ["privatelinkscopes", _, "scopedresources"] => Some(list_scoped(ctx, req, scope, segs[1])),
        ["privatelinkscopes", _, "scopedresources", _] => {
            Some(scoped(ctx, req, scope, segs[1], segs[3]))
        }
        _ => None,
    }
}

fn link_scope(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id("Microsoft.Insights/privateLinkScopes", name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|s| ok(200, &s))
            .ok_or_else(|| ApiError::not_found(SCOPE_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = global_location(&body)?;
            let mut props = body
                .get("properties")
                .filter(|p| p.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            if props.get("accessModeSettings").is_none_or(Value::is_null) {
                props["accessModeSettings"] = json!({
                    "queryAccessMode": "Open", "ingestionAccessMode": "Open", "exclusions": []
                });
            }
            props["provisioningState"] = json!("Succeeded");
            if props.get("privateEndpointConnections").is_none() {
                props["privateEndpointConnections"] = json!([]);
            }
            let mut s = json!({
                "id": id, "name": name, "type": SCOPE_TYPE, "location": location,
                "properties": props,
            });
            if let Some(t) = body.get("tags").filter(|v| !v.is_null()) {
                s["tags"] = t.clone();
            }
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, SCOPE_KIND, &scope.sub, &scope.rg, &id, &s)?;
            Ok(ok(status, &s))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(super::router::empty(204));
            }
            for c in store::children(ctx.tx, &id, SCOPED_KIND)? {
                if let Some(cid) = c["id"].as_str() {
                    store::delete(ctx.tx, cid)?;
                }
            }
            store::delete(ctx.tx, &id)?;
            Ok(super::router::empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// A private link scope is a global resource: ARM takes no region for it.
fn global_location(body: &Value) -> R<String> {
    match body.get("location").and_then(Value::as_str) {
        Some(l) if l.eq_ignore_ascii_case("global") => Ok("global".into()),
        Some(l) if !l.trim().is_empty() => Err(ApiError::bad_request(
            "LocationNotAvailableForResourceType",
            format!(
                "The provided location '{l}' is not available for resource type '{SCOPE_TYPE}'. List of available regions for the resource type is 'global'."
            ),
        )),
        _ => Err(ApiError::bad_request(
            "LocationRequired",
            "The location property is required for this definition.",
        )),
    }
}

/// The scope a scoped resource lives under, or ARM's 404 for it.
fn parent(ctx: &RequestContext, scope: &Scope, name: &str) -> R<String> {
    let id = scope.provider_id("Microsoft.Insights/privateLinkScopes", name);
    match store::get(ctx.tx, &id)? {
        Some(_) => Ok(id),
        None => Err(ApiError::not_found(SCOPE_TYPE, name, &scope.rg)),
    }
}

fn list_scoped(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let parent = parent(ctx, scope, name)?;
    let value = store::children(ctx.tx, &parent, SCOPED_KIND)?;
    Ok(ok(200, &json!({ "value": value })))
}

fn scoped(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    ampls: &str,
    name: &str,
) -> R<ArmResponse> {
    let parent = parent(ctx, scope, ampls)?;
    let id = format!("{parent}/scopedResources/{name}");
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|s| ok(200, &s))
            .ok_or_else(|| ApiError::not_found(SCOPED_TYPE, &format!("{ampls}/{name}"), &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let Some(linked) = body
                .pointer("/properties/linkedResourceId")
                .and_then(Value::as_str)
            else {
                return Err(ApiError::bad_request(
                    "InvalidRequestContent",
                    "The request content is missing the required property 'properties.linkedResourceId'.",
                ));
            };
            if store::get(ctx.tx, linked)?.is_none() {
                return Err(ApiError::new(
                    404,
                    "ResourceNotFound",
                    format!("The linked resource '{linked}' was not found."),
                ));
            }
            let s = json!({
                "id": id, "name": name, "type": SCOPED_TYPE,
                "properties": {"linkedResourceId": linked, "provisioningState": "Succeeded"},
            });
            let status = if existing.is_some() { 200 } else { 201 };
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: SCOPED_KIND,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: Some(&parent),
                },
                &s,
            )?;
            Ok(ok(status, &s))
        }
        Method::DELETE => super::router::delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}
