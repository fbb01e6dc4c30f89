//! Microsoft.Network natGateways and routeTables: what a subnet attaches besides its NSG. Stored
//! with Azure's defaults, listed, refused when a subnet still uses them on delete, and shown
//! with their `subnets` back-references (read from the VNets, as for NSGs).

use serde_json::{Value, json};

use super::network::{invalid_name, network_lro, valid_network_name};
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag};
use super::vnet;
use crate::arm::{ArmResponse, Method};

/// One attachable resource type: its ARM type, store kind, the subnet property naming it, and
/// what Azure calls it in the in-use refusal.
pub struct Attachment {
    pub arm_type: &'static str,
    pub kind: &'static str,
    pub subnet_key: &'static str,
    in_use_code: &'static str,
    label: &'static str,
}

pub const NAT_GATEWAY: Attachment = Attachment {
    arm_type: "Microsoft.Network/natGateways",
    kind: store::NAT_GATEWAY,
    subnet_key: "natGateway",
    in_use_code: "InUseNatGatewayCannotBeDeleted",
    label: "Nat gateway",
};

pub const ROUTE_TABLE: Attachment = Attachment {
    arm_type: "Microsoft.Network/routeTables",
    kind: store::ROUTE_TABLE,
    subnet_key: "routeTable",
    in_use_code: "InUseRouteTableCannotBeDeleted",
    label: "Route table",
};

/// The properties Azure fills in on a PUT, over what was sent.
fn with_defaults(a: &Attachment, id: &str, body: &Value) -> Value {
    let mut props = match &body["properties"] {
        Value::Object(m) => m.clone(),
        _ => serde_json::Map::new(),
    };
    for ro in ["provisioningState", "resourceGuid", "subnets"] {
        props.remove(ro);
    }
    props.retain(|_, v| !v.is_null());
    props.insert("provisioningState".into(), json!("Succeeded"));
    props.insert(
        "resourceGuid".into(),
        json!(det_guid(&format!("guid:{}", id.to_lowercase()))),
    );
    if a.kind == store::NAT_GATEWAY {
        props.entry("idleTimeoutInMinutes").or_insert(json!(4));
    } else {
        props
            .entry("disableBgpRoutePropagation")
            .or_insert(json!(false));
        props.entry("routes").or_insert(json!([]));
    }
    json!({"properties": props})
}

/// `natGateways/{name}` or `routeTables/{name}`: GET, PUT, DELETE.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    a: &Attachment,
    name: &str,
) -> R<ArmResponse> {
    let id = scope.provider_id(a.arm_type, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => {
            let mut found =
                existing.ok_or_else(|| ApiError::not_found(a.arm_type, name, &scope.rg))?;
            decorate(ctx, a, &mut found)?;
            Ok(ok(200, &found))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, a.arm_type)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut r = with_defaults(a, &id, &body);
            r["name"] = json!(name);
            r["id"] = json!(id);
            r["etag"] = json!(etag());
            r["type"] = json!(a.arm_type);
            r["location"] = json!(location);
            if a.kind == store::NAT_GATEWAY {
                r["sku"] = match &body["sku"] {
                    Value::Object(s) if s.contains_key("name") => Value::Object(s.clone()),
                    _ => json!({"name": "Standard"}),
                };
                if let Some(z) = body.get("zones").filter(|z| z.is_array()) {
                    r["zones"] = z.clone();
                }
            }
            if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
                r["tags"] = t.clone();
            }
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: a.kind,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &r,
            )?;
            decorate(ctx, a, &mut r)?;
            network_lro(ctx, req, &scope.sub, &location, ok(status, &r))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            let users = vnet::subnets_using(ctx, a.subnet_key, &id)?;
            if !users.is_empty() {
                return Err(ApiError::bad_request(
                    a.in_use_code,
                    format!(
                        "{} {id} cannot be deleted because it is in use by the following resources: {}. In order to delete the {}, remove the association with the resource(s).",
                        a.label,
                        users.join(", "),
                        a.label
                    ),
                ));
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// Sets the read-only `subnets` back-references.
pub fn decorate(ctx: &RequestContext, a: &Attachment, r: &mut Value) -> R<()> {
    let id = r["id"].as_str().unwrap_or_default().to_string();
    let subnets = vnet::subnets_using(ctx, a.subnet_key, &id)?;
    if let Some(p) = r["properties"].as_object_mut() {
        if subnets.is_empty() {
            p.remove("subnets");
        } else {
            let list: Vec<Value> = subnets.iter().map(|s| json!({"id": s})).collect();
            p.insert("subnets".into(), json!(list));
        }
    }
    Ok(())
}
