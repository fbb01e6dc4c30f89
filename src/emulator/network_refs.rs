//! Microsoft.Network resources that other network resources reference: what a subnet attaches
//! besides its NSG (NAT gateways, route tables), DDoS protection plans (a VNet's
//! `ddosProtectionPlan`), service endpoint policies (a subnet's `serviceEndpointPolicies`) and
//! custom IP prefixes (BYOIP ranges a public IP prefix is drawn from). Stored with Azure's
//! defaults, listed, shown with their back-references (read from the resources that name
//! them), refused on delete while in use; and the checks the referencing resources make of
//! them.

use serde_json::{Map, Value, json};

use super::network::{invalid_name, network_lro, valid_network_name};
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag};
use super::vnet::{Cidr, parse_cidr};
use crate::arm::{ArmResponse, Method};

pub const DDOS_PLAN_KIND: &str = "microsoft.network/ddosprotectionplans";
pub const ENDPOINT_POLICY_KIND: &str = "microsoft.network/serviceendpointpolicies";
pub const CUSTOM_PREFIX_KIND: &str = "microsoft.network/customipprefixes";

/// One referenced resource type: its ARM type, store kind, and the back-reference it shows.
pub struct RefType {
    pub arm_type: &'static str,
    pub kind: &'static str,
    /// The read-only property listing who uses it (`virtualNetworks`, `subnets`, ...).
    users_key: &'static str,
    in_use_code: &'static str,
    label: &'static str,
    /// How the in-use refusal names it a second time ("... In order to delete the {}").
    label_again: &'static str,
}

pub const NAT_GATEWAY: RefType = RefType {
    arm_type: "Microsoft.Network/natGateways",
    kind: store::NAT_GATEWAY,
    users_key: "subnets",
    in_use_code: "InUseNatGatewayCannotBeDeleted",
    label: "Nat gateway",
    label_again: "Nat gateway",
};

pub const ROUTE_TABLE: RefType = RefType {
    arm_type: "Microsoft.Network/routeTables",
    kind: store::ROUTE_TABLE,
    users_key: "subnets",
    in_use_code: "InUseRouteTableCannotBeDeleted",
    label: "Route table",
    label_again: "Route table",
};

pub const DDOS_PLAN: RefType = RefType {
    arm_type: "Microsoft.Network/ddosProtectionPlans",
    kind: DDOS_PLAN_KIND,
    users_key: "virtualNetworks",
    in_use_code: "InUseDdosProtectionPlanCannotBeDeleted",
    label: "DDoS protection plan",
    label_again: "ddos protection plan",
};

pub const ENDPOINT_POLICY: RefType = RefType {
    arm_type: "Microsoft.Network/serviceEndpointPolicies",
    kind: ENDPOINT_POLICY_KIND,
    users_key: "subnets",
    in_use_code: "InUseServiceEndpointPolicyCannotBeDeleted",
    label: "Service endpoint policy",
    label_again: "service endpoint policy",
};

pub const CUSTOM_PREFIX: RefType = RefType {
    arm_type: "Microsoft.Network/customIPPrefixes",
    kind: CUSTOM_PREFIX_KIND,
    users_key: "publicIpPrefixes",
    in_use_code: "InUseCustomIpPrefixCannotBeDeleted",
    label: "Custom IP prefix",
    label_again: "custom ip prefix",
};

/// The type a lower-cased collection segment names, if it is one of these.
pub fn by_collection(segment: &str) -> Option<&'static RefType> {
    match segment {
        "natgateways" => Some(&NAT_GATEWAY),
        "routetables" => Some(&ROUTE_TABLE),
        "ddosprotectionplans" => Some(&DDOS_PLAN),
        "serviceendpointpolicies" => Some(&ENDPOINT_POLICY),
        "customipprefixes" => Some(&CUSTOM_PREFIX),
        _ => None,
    }
}

pub fn by_kind(kind: &str) -> Option<&'static RefType> {
    [
        &NAT_GATEWAY,
        &ROUTE_TABLE,
        &DDOS_PLAN,
        &ENDPOINT_POLICY,
        &CUSTOM_PREFIX,
    ]
    .into_iter()
    .find(|t| t.kind == kind)
}

/// The custom IP prefix states from which a public IP prefix can be derived.
const DERIVABLE_STATES: &[&str] = &["Provisioned", "Commissioning", "Commissioned"];

/// The stored resource after a PUT: what was sent, Azure's defaults over it.
fn stored(t: &RefType, id: &str, body: &Value) -> R<Map<String, Value>> {
    let mut props = match &body["properties"] {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    for ro in ["provisioningState", "resourceGuid", t.users_key] {
        props.remove(ro);
    }
    props.retain(|_, v| !v.is_null());
    props.insert("provisioningState".into(), json!("Succeeded"));
    props.insert(
        "resourceGuid".into(),
        json!(det_guid(&format!("guid:{}", id.to_lowercase()))),
    );
    if t.kind == store::NAT_GATEWAY {
        props.entry("idleTimeoutInMinutes").or_insert(json!(4));
    }
    if t.kind == store::ROUTE_TABLE {
        props
            .entry("disableBgpRoutePropagation")
            .or_insert(json!(false));
        props.entry("routes").or_insert(json!([]));
    }
    if t.kind == ENDPOINT_POLICY_KIND {
        props
            .entry("serviceEndpointPolicyDefinitions")
            .or_insert(json!([]));
    }
    if t.kind == CUSTOM_PREFIX_KIND {
        let cidr = props.get("cidr").and_then(Value::as_str).unwrap_or("");
        if parse_cidr(cidr).is_none_or(|c| !c.aligned()) {
            return Err(ApiError::bad_request(
                "InvalidCustomIpPrefixCidr",
                format!("Custom IP prefix {id} has an invalid CIDR '{cidr}'."),
            ));
        }
        // the emulator's onboarding completes at once: validated and provisioned
        props
            .entry("commissionedState")
            .or_insert(json!("Provisioned"));
    }
    Ok(props)
}

/// `natGateways/{name}`, `routeTables/{name}`, `ddosProtectionPlans/{name}`,
/// `serviceEndpointPolicies/{name}`, `customIpPrefixes/{name}`: GET, PUT, DELETE.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    t: &RefType,
    name: &str,
) -> R<ArmResponse> {
    let id = scope.provider_id(t.arm_type, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => {
            let mut found =
                existing.ok_or_else(|| ApiError::not_found(t.arm_type, name, &scope.rg))?;
            decorate(ctx, t, &mut found)?;
            Ok(ok(200, &found))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, t.arm_type)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut r = json!({
                "name": name,
                "id": id,
                "etag": etag(),
                "type": t.arm_type,
                "location": location,
                "properties": stored(t, &id, &body)?,
            });
            for key in ["tags", "zones"] {
                if let Some(v) = body.get(key).filter(|v| !v.is_null()) {
                    r[key] = v.clone();
                }
            }
            if t.kind == store::NAT_GATEWAY {
                r["sku"] = match &body["sku"] {
                    Value::Object(s) if s.contains_key("name") => Value::Object(s.clone()),
                    _ => json!({"name": "Standard"}),
                };
            }
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: t.kind,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &r,
            )?;
            decorate(ctx, t, &mut r)?;
            network_lro(ctx, req, &scope.sub, &location, ok(status, &r))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            let users = users(ctx, t, &id)?;
            if !users.is_empty() {
                return Err(ApiError::bad_request(
                    t.in_use_code,
                    format!(
                        "{} {id} cannot be deleted because it is in use by the following resources: {}. In order to delete the {}, remove the association with the resource(s).",
                        t.label,
                        users.join(", "),
                        t.label_again
                    ),
                ));
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// Sets the read-only back-references.
pub fn decorate(ctx: &RequestContext, t: &RefType, r: &mut Value) -> R<()> {
    let id = r["id"].as_str().unwrap_or_default().to_string();
    let users = users(ctx, t, &id)?;
    if let Some(p) = r["properties"].as_object_mut() {
        if users.is_empty() {
            p.remove(t.users_key);
        } else {
            let list: Vec<Value> = users.iter().map(|u| json!({"id": u})).collect();
            p.insert(t.users_key.into(), json!(list));
        }
    }
    Ok(())
}

/// The ids of the resources that reference `id`.
fn users(ctx: &RequestContext, t: &RefType, id: &str) -> R<Vec<String>> {
    let names = |v: &Value| v["id"].as_str().is_some_and(|n| n.eq_ignore_ascii_case(id));
    let mut out = Vec::new();
    match t.kind {
        store::NAT_GATEWAY | store::ROUTE_TABLE => {
            let subnet_key = if t.kind == store::NAT_GATEWAY {
                "natGateway"
            } else {
                "routeTable"
            };
            return super::vnet::subnets_using(ctx, subnet_key, id);
        }
        DDOS_PLAN_KIND => {
            for v in store::all(ctx.tx, store::VNET)? {
                if names(&v["properties"]["ddosProtectionPlan"]) {
                    out.push(v["id"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        ENDPOINT_POLICY_KIND => {
            for v in store::all(ctx.tx, store::VNET)? {
                for s in v["properties"]["subnets"].as_array().into_iter().flatten() {
                    let policies = s["properties"]["serviceEndpointPolicies"].as_array();
                    if policies.into_iter().flatten().any(names) {
                        out.push(s["id"].as_str().unwrap_or_default().to_string());
                    }
                }
            }
        }
        _ => {
            for p in store::all(ctx.tx, store::PREFIX)? {
                if names(&p["properties"]["customIPPrefix"]) {
                    out.push(p["id"].as_str().unwrap_or_default().to_string());
                }
            }
        }
    }
    Ok(out)
}

/// The referenced resource of type `t`, by id; `same_region`: it must be in `location` too.
/// Missing (or elsewhere): NRP's `InvalidResourceReference`, naming both ends.
pub fn referenced(
    ctx: &RequestContext,
    t: &RefType,
    target: &str,
    user: &str,
    location: Option<&str>,
) -> R<Value> {
    let found = store::get(ctx.tx, target)?.filter(|r| {
        let typed = r["type"]
            .as_str()
            .is_some_and(|ty| ty.eq_ignore_ascii_case(t.arm_type));
        let placed = location.is_none_or(|l| {
            r["location"]
                .as_str()
                .is_some_and(|rl| rl.eq_ignore_ascii_case(l))
        });
        typed && placed
    });
    found.ok_or_else(|| {
        ApiError::bad_request(
            "InvalidResourceReference",
            format!(
                "Resource {target} referenced by resource {user} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region."
            ),
        )
    })
}

/// A subnet's `serviceEndpointPolicies`: each must exist in the VNet's region; stored as ids.
pub fn checked_endpoint_policies(
    ctx: &RequestContext,
    props: &mut Map<String, Value>,
    subnet_id: &str,
    location: &str,
) -> R<()> {
    let Some(Value::Array(list)) = props.get("serviceEndpointPolicies") else {
        return Ok(());
    };
    let mut ids = Vec::new();
    for p in list {
        let target = p["id"].as_str().unwrap_or_default();
        let found = referenced(ctx, &ENDPOINT_POLICY, target, subnet_id, Some(location))?;
        ids.push(json!({"id": found["id"]}));
    }
    props.insert("serviceEndpointPolicies".into(), json!(ids));
    Ok(())
}

/// The range a public IP prefix with `customIPPrefix` is drawn from: the custom prefix must
/// exist in the prefix's region and be provisioned (or commissioned).
pub fn custom_range(
    ctx: &RequestContext,
    target: &str,
    prefix_id: &str,
    location: &str,
) -> R<(String, Cidr)> {
    let custom = referenced(ctx, &CUSTOM_PREFIX, target, prefix_id, Some(location))?;
    let state = custom["properties"]["commissionedState"]
        .as_str()
        .unwrap_or_default();
    if !DERIVABLE_STATES
        .iter()
        .any(|s| s.eq_ignore_ascii_case(state))
    {
        return Err(ApiError::bad_request(
            "CustomIpPrefixNotProvisioned",
            format!(
                "Public IP prefix {prefix_id} cannot be derived from custom IP prefix {target} in state {state}: it must be Provisioned, Commissioning or Commissioned."
            ),
        ));
    }
    let cidr = custom["properties"]["cidr"].as_str().unwrap_or_default();
    let block = parse_cidr(cidr).ok_or_else(|| {
        ApiError::bad_request(
            "InvalidCustomIpPrefixCidr",
            format!("Custom IP prefix {target} has an invalid CIDR '{cidr}'."),
        )
    })?;
    Ok((custom["id"].as_str().unwrap_or(target).to_string(), block))
}
