//! Microsoft.Insights data collection rules (in a group) and their associations (an extension
//! resource on the resource they collect from, such as a managed cluster): what az's monitoring
//! add-on writes with managed-identity auth. A rule must send to workspaces that exist and
//! name its flows' destinations; an association must name a rule (or endpoint) that exists on
//! a resource that exists.

use serde_json::{Value, json};

use super::resources::required_location;
use super::router::{
    Req, RequestContext, Scope, delete_resource, list_in_group, method_not_allowed, ok,
};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_hex};
use crate::arm::{ArmResponse, Method};

const RULE_KIND: &str = "microsoft.insights/datacollectionrules";
const RULE_TYPE: &str = "Microsoft.Insights/dataCollectionRules";
const ENDPOINT_KIND: &str = "microsoft.insights/datacollectionendpoints";
const ENDPOINT_TYPE: &str = "Microsoft.Insights/dataCollectionEndpoints";
const ASSOCIATION_KIND: &str = "microsoft.insights/datacollectionruleassociations";
const ASSOCIATION_TYPE: &str = "Microsoft.Insights/dataCollectionRuleAssociations";

/// `.../resourceGroups/<g>/providers/Microsoft.Insights/<rest>`: the rules of a group.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["datacollectionrules"] => Some(list_in_group(ctx, req, scope, RULE_KIND)),
        ["datacollectionrules", _] => Some(rule(ctx, req, scope, segs[1])),
        ["datacollectionendpoints", _] => Some(endpoint(ctx, req, scope, segs[1])),
        _ => None,
    }
}

/// `{resource}/providers/Microsoft.Insights/dataCollectionRuleAssociations[/<name>]` on a
/// resource (not a group), or `None` for other paths.
pub fn route_association(ctx: &RequestContext, req: &Req) -> Option<R<ArmResponse>> {
    let n = req.low.len();
    let i = (7..n.saturating_sub(1)).rev().find(|&i| {
        req.low[i] == "providers"
            && req.low[i + 1] == "microsoft.insights"
            && req.low.get(i + 2).map(String::as_str) == Some("datacollectionruleassociations")
    })?;
    let scope = format!("/{}", req.segs[..i].join("/"));
    Some(match n - i {
        3 => list_associations(ctx, req, &scope),
        4 => association(ctx, req, &scope, &req.segs[i + 3]),
        _ => Err(ApiError::new(
            404,
            "InvalidResourceType",
            "The resource type could not be found in the namespace 'Microsoft.Insights'.",
        )),
    })
}

/// ARM removes a resource's extension resources with it: the associations on a deleted cluster.
pub(super) fn drop_associations_of(ctx: &RequestContext, resource_id: &str) -> R<()> {
    for a in store::children(ctx.tx, resource_id, ASSOCIATION_KIND)? {
        if let Some(id) = a["id"].as_str() {
            store::delete(ctx.tx, id)?;
        }
    }
    Ok(())
}

fn invalid_payload(message: String) -> ApiError {
    ApiError::bad_request("InvalidPayload", message)
}

/// The service's checks of a rule's body: destinations that exist, flows to named ones.
fn check_rule(ctx: &RequestContext, props: &Value) -> R<()> {
    let workspaces = props
        .pointer("/destinations/logAnalytics")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut names: Vec<String> = Vec::new();
    for w in &workspaces {
        let id = w["workspaceResourceId"].as_str().unwrap_or_default();
        if store::get(ctx.tx, id)?.is_none() {
            return Err(invalid_payload(format!(
                "Data collection rule is invalid: destination workspace '{id}' was not found."
            )));
        }
        names.push(w["name"].as_str().unwrap_or_default().to_string());
    }
    // managed Prometheus sends to Azure Monitor workspaces
    let accounts = props
        .pointer("/destinations/monitoringAccounts")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for a in &accounts {
        let id = a["accountResourceId"].as_str().unwrap_or_default();
        if store::get(ctx.tx, id)?.is_none() {
            return Err(invalid_payload(format!(
                "Data collection rule is invalid: destination Azure Monitor workspace '{id}' was not found."
            )));
        }
        names.push(a["name"].as_str().unwrap_or_default().to_string());
    }
    if let Some(dce) = props["dataCollectionEndpointId"].as_str()
        && store::get(ctx.tx, dce)?.is_none()
    {
        return Err(invalid_payload(format!(
            "Data collection rule is invalid: data collection endpoint '{dce}' was not found."
        )));
    }
    for flow in props["dataFlows"].as_array().into_iter().flatten() {
        for d in flow["destinations"].as_array().into_iter().flatten() {
            let d = d.as_str().unwrap_or_default();
            if !names.iter().any(|n| n == d) {
                return Err(invalid_payload(format!(
                    "Data collection rule is invalid: dataFlows name destination '{d}', which is not one of its destinations."
                )));
            }
        }
    }
    Ok(())
}

fn rule(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(RULE_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|r| ok(200, &r))
            .ok_or_else(|| ApiError::not_found(RULE_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, RULE_TYPE)?;
            let mut props = body
                .get("properties")
                .filter(|p| p.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            check_rule(ctx, &props)?;
            props["immutableId"] = json!(format!(
                "dcr-{}",
                det_hex(&format!("dcr:{}", id.to_lowercase()), 32)
            ));
            props["provisioningState"] = json!("Succeeded");
            let mut r = json!({
                "id": id, "name": name, "type": RULE_TYPE, "location": location,
                "properties": props,
            });
            for k in ["kind", "tags"] {
                if let Some(v) = body.get(k).filter(|v| !v.is_null()) {
                    r[k] = v.clone();
                }
            }
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, RULE_KIND, &scope.sub, &scope.rg, &id, &r)?;
            Ok(ok(status, &r))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// A data collection endpoint: its network access as given (public by default), the
/// configuration and ingestion endpoints the service names after it.
fn endpoint(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(ENDPOINT_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|e| ok(200, &e))
            .ok_or_else(|| ApiError::not_found(ENDPOINT_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, ENDPOINT_TYPE)?;
            let mut props = body
                .get("properties")
                .filter(|p| p.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            if props.pointer("/networkAcls/publicNetworkAccess").is_none() {
                props["networkAcls"] = json!({"publicNetworkAccess": "Enabled"});
            }
            let host = format!(
                "{}-{}.{location}",
                name.to_lowercase(),
                det_hex(&format!("dce:{}", id.to_lowercase()), 4)
            );
            props["configurationAccess"] =
                json!({"endpoint": format!("https://{host}-1.handler.control.monitor.azure.com")});
            props["logsIngestion"] =
                json!({"endpoint": format!("https://{host}-1.ingest.monitor.azure.com")});
            props["immutableId"] = json!(format!(
                "dce-{}",
                det_hex(&format!("dce-id:{}", id.to_lowercase()), 32)
            ));
            props["provisioningState"] = json!("Succeeded");
            let mut e = json!({
                "id": id, "name": name, "type": ENDPOINT_TYPE, "location": location,
                "properties": props,
            });
            for k in ["kind", "tags"] {
                if let Some(v) = body.get(k).filter(|v| !v.is_null()) {
                    e[k] = v.clone();
                }
            }
            let status = if existing.is_some() { 200 } else { 201 };
            store::put_in_group(ctx.tx, ENDPOINT_KIND, &scope.sub, &scope.rg, &id, &e)?;
            Ok(ok(status, &e))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn list_associations(ctx: &RequestContext, req: &Req, scope: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let prefix = format!("{}/providers/", scope.to_lowercase());
    let value: Vec<Value> = store::all(ctx.tx, ASSOCIATION_KIND)?
        .into_iter()
        .filter(|a| {
            a["id"]
                .as_str()
                .is_some_and(|id| id.to_lowercase().starts_with(&prefix))
        })
        .collect();
    Ok(ok(200, &json!({ "value": value })))
}

fn association(ctx: &RequestContext, req: &Req, scope: &str, name: &str) -> R<ArmResponse> {
    let id = format!("{scope}/providers/{ASSOCIATION_TYPE}/{name}");
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing.map(|a| ok(200, &a)).ok_or_else(|| {
            ApiError::new(
                404,
                "ResourceNotFound",
                format!(
                    "The data collection rule association '{name}' was not found on '{scope}'."
                ),
            )
        }),
        Method::PUT => {
            if store::get(ctx.tx, scope)?.is_none() {
                return Err(ApiError::new(
                    404,
                    "ResourceNotFound",
                    format!("The resource '{scope}' was not found."),
                ));
            }
            let body = req.body()?;
            let props = body
                .get("properties")
                .filter(|p| p.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            let target = props["dataCollectionRuleId"]
                .as_str()
                .or_else(|| props["dataCollectionEndpointId"].as_str());
            let Some(target) = target else {
                return Err(invalid_payload(
                    "Data collection rule association is invalid: it names neither a dataCollectionRuleId nor a dataCollectionEndpointId.".into(),
                ));
            };
            if store::get(ctx.tx, target)?.is_none() {
                return Err(invalid_payload(format!(
                    "Data collection rule association is invalid: '{target}' was not found."
                )));
            }
            let mut props = props;
            props["provisioningState"] = json!("Succeeded");
            let a = json!({"id": id, "name": name, "type": ASSOCIATION_TYPE, "properties": props});
            let parts: Vec<&str> = scope.split('/').collect();
            let status = if existing.is_some() { 200 } else { 201 };
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: ASSOCIATION_KIND,
                    sub: parts.get(2).copied().unwrap_or_default(),
                    rg: parts.get(4).copied(),
                    parent: Some(scope),
                },
                &a,
            )?;
            Ok(ok(status, &a))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}
