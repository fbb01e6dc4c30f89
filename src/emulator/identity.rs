//! Microsoft.ManagedIdentity/userAssignedIdentities in a resource group: created (with the
//! principal and client ids Entra ID gives it, fixed for its life), read, listed, deleted.
//! `aks create --assign-identity` names one; the kubelet identity AKS makes lives here too.

use serde_json::{Value, json};

use super::resources::required_location;
use super::router::{
    Req, RequestContext, Scope, delete_resource, list_in_group, method_not_allowed, ok,
};
use super::store::{self, NewRes};
use super::util::{ApiError, R, new_guid};
use crate::arm::{ArmResponse, Method};

pub const IDENTITY_TYPE: &str = "Microsoft.ManagedIdentity/userAssignedIdentities";

/// `.../providers/Microsoft.ManagedIdentity/<rest>`, or `None` for a path it does not serve.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["userassignedidentities"] => Some(list_in_group(ctx, req, scope, store::IDENTITY)),
        ["userassignedidentities", _] => Some(identity(ctx, req, scope, segs[1])),
        _ => None,
    }
}

/// Azure's rule for identity names: 3 to 128 letters, digits, `-` and `_`, starting with a
/// letter or digit.
fn valid_name(name: &str) -> bool {
    (3..=128).contains(&name.len())
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn identity(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(IDENTITY_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|i| ok(200, &i))
            .ok_or_else(|| ApiError::not_found(IDENTITY_TYPE, name, &scope.rg)),
        Method::PUT => {
            if !valid_name(name) {
                return Err(ApiError::bad_request(
                    "InvalidResourceName",
                    format!(
                        "Resource name {name} is invalid. The name can be 3-128 characters long and can contain only letters, numbers, hyphens and underscores. It must start with a letter or number."
                    ),
                ));
            }
            let body = req.body()?;
            let location = required_location(&body, IDENTITY_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut i = existing.unwrap_or_else(|| {
                json!({
                    "id": id,
                    "name": name,
                    "type": IDENTITY_TYPE,
                    "location": location,
                    "properties": {
                        "tenantId": crate::emulator::TENANT_ID,
                        "principalId": new_guid(),
                        "clientId": new_guid()
                    }
                })
            });
            i["tags"] = body
                .get("tags")
                .filter(|t| t.is_object())
                .cloned()
                .unwrap_or(json!({}));
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: store::IDENTITY,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &i,
            )?;
            Ok(ok(status, &i))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// The identity's `properties` (principal and client ids) by its resource id, when it exists.
pub fn properties(ctx: &RequestContext, id: &str) -> R<Option<Value>> {
    Ok(store::get(ctx.tx, id)?.map(|i| i["properties"].clone()))
}
