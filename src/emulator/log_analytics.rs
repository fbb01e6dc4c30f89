//! Microsoft.OperationalInsights workspaces: what az's monitoring add-on reads (a workspace's
//! region, by id) and makes (the default workspace, `DefaultWorkspace-<sub>-<region code>`).
//! PUT creates or updates (synchronously, as the service answers a small workspace), GET, DELETE,
//! list in a group.

use serde_json::{Value, json};

use super::resources::required_location;
use super::router::{
    Req, RequestContext, Scope, delete_resource, list_in_group, method_not_allowed, ok,
};
use super::store;
use super::util::{ApiError, R, det_guid, rfc3339};
use crate::arm::{ArmResponse, Method};

const KIND: &str = "microsoft.operationalinsights/workspaces";
const TYPE: &str = "Microsoft.OperationalInsights/workspaces";

/// `.../providers/Microsoft.OperationalInsights/<rest>`, or `None` for another resource type.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["workspaces"] => Some(list_in_group(ctx, req, scope, KIND)),
        ["workspaces", _] => Some(workspace(ctx, req, scope, segs[1])),
        _ => None,
    }
}

/// Workspace names: 4 to 63 letters, digits and hyphens, starting and ending alphanumeric.
fn valid_name(name: &str) -> bool {
    let b = name.as_bytes();
    (4..=63).contains(&b.len())
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
}

fn workspace(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|w| ok(200, &w))
            .ok_or_else(|| ApiError::not_found(TYPE, name, &scope.rg)),
        Method::PUT => {
            if !valid_name(name) {
                return Err(ApiError::bad_request(
                    "InvalidWorkspaceName",
                    format!(
                        "The workspace name '{name}' is invalid: it must be 4 to 63 letters, digits or hyphens, starting and ending with a letter or digit."
                    ),
                ));
            }
            let body = req.body()?;
            let location = required_location(&body, TYPE)?;
            if let Some(old) = &existing
                && old["location"].as_str() != Some(location.as_str())
            {
                return Err(ApiError::bad_request(
                    "InvalidResourceLocation",
                    format!(
                        "The resource '{name}' already exists in location '{}' in resource group '{}'. A resource with the same name cannot be created in location '{location}'. Please select a new resource name.",
                        old["location"].as_str().unwrap_or_default(),
                        scope.rg
                    ),
                ));
            }
            let status = if existing.is_some() { 200 } else { 201 };
            let w = build(ctx, &id, name, &location, &body, existing.as_ref());
            store::put_in_group(ctx.tx, KIND, &scope.sub, &scope.rg, &id, &w)?;
            Ok(ok(status, &w))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// The workspace as the service returns it: the given SKU and retention, its customer id,
/// the service's defaults for the rest; created once, modified on every PUT.
fn build(
    ctx: &RequestContext,
    id: &str,
    name: &str,
    location: &str,
    body: &Value,
    old: Option<&Value>,
) -> Value {
    let now = rfc3339(ctx.now);
    let given = &body["properties"];
    let old_props = old.map(|o| &o["properties"]);
    let pick = |k: &str, default: Value| {
        given
            .get(k)
            .filter(|v| !v.is_null())
            .or_else(|| old_props.and_then(|p| p.get(k)))
            .cloned()
            .unwrap_or(default)
    };
    let sku_name = given
        .pointer("/sku/name")
        .or_else(|| old_props.and_then(|p| p.pointer("/sku/name")))
        .cloned()
        .unwrap_or(json!("PerGB2018"));
    let created = old_props
        .and_then(|p| p.get("createdDate"))
        .cloned()
        .unwrap_or(json!(now));
    let mut w = json!({
        "id": id,
        "name": name,
        "type": TYPE,
        "location": location,
        "properties": {
            "source": "Azure",
            "customerId": det_guid(&format!("workspace:{}", id.to_lowercase())),
            "provisioningState": "Succeeded",
            "sku": {"name": sku_name, "lastSkuUpdate": now},
            "retentionInDays": pick("retentionInDays", json!(30)),
            "features": pick("features", json!({
                "legacy": 0,
                "searchVersion": 1,
                "enableLogAccessUsingOnlyResourcePermissions": true
            })),
            "workspaceCapping": pick("workspaceCapping", json!({
                "dailyQuotaGb": -1.0,
                "quotaNextResetTime": now,
                "dataIngestionStatus": "RespectQuota"
            })),
            "publicNetworkAccessForIngestion": pick("publicNetworkAccessForIngestion", json!("Enabled")),
            "publicNetworkAccessForQuery": pick("publicNetworkAccessForQuery", json!("Enabled")),
            "createdDate": created,
            "modifiedDate": now
        }
    });
    if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
        w["tags"] = t.clone();
    }
    w
}
