//! Microsoft.Network networkSecurityGroups and their security rules: the rules Azure refuses
//! (priority unique per direction, ranges, prefixes, ASGs that exist in the NSG's region), the
//! default rules it adds, and the subnets an NSG is associated with (read from the VNets).

use serde_json::{Map, Value, json};

use super::network::{invalid_name, network_lro, valid_network_name};
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag};
use super::vnet;
use crate::arm::{ArmResponse, Method};

pub const NSG_TYPE: &str = "Microsoft.Network/networkSecurityGroups";

/// `networkSecurityGroups/{name}[/securityRules|defaultSecurityRules[/{rule}]]`.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    name: &str,
    sub: Option<(&str, Option<&str>)>,
) -> R<ArmResponse> {
    let id = scope.provider_id(NSG_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    let Some((coll, rule_name)) = sub else {
        return nsg(ctx, req, scope, &id, name, existing);
    };
    let n = existing.ok_or_else(|| ApiError::not_found(NSG_TYPE, name, &scope.rg))?;
    let key = if coll == "securityrules" {
        "securityRules"
    } else {
        "defaultSecurityRules"
    };
    match (rule_name, &req.method) {
        (None, &Method::GET) => Ok(ok(200, &json!({ "value": n["properties"][key] }))),
        (Some(r), &Method::GET) => find_rule(&n, key, r)
            .map(|x| ok(200, &x))
            .ok_or_else(|| rule_not_found(scope, name, key, r)),
        (Some(r), &Method::PUT) if key == "securityRules" => put_rule(ctx, req, scope, n, r),
        (Some(r), &Method::DELETE) if key == "securityRules" => delete_rule(ctx, n, r),
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn nsg(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    id: &str,
    name: &str,
    existing: Option<Value>,
) -> R<ArmResponse> {
    match req.method {
        Method::GET => {
            let mut n = existing.ok_or_else(|| ApiError::not_found(NSG_TYPE, name, &scope.rg))?;
            decorate(ctx, &mut n)?;
            Ok(ok(200, &n))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, NSG_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut rules = Vec::new();
            let given = body
                .pointer("/properties/securityRules")
                .and_then(Value::as_array);
            for r in given.into_iter().flatten() {
                let rule_name = r["name"].as_str().unwrap_or_default();
                let props = r.get("properties").cloned().unwrap_or(json!({}));
                let rule = checked_rule(ctx, id, &location, rule_name, &props)?;
                ensure_no_conflict(&rules, &rule)?;
                rules.push(rule);
            }
            let mut n = json!({
                "name": name,
                "id": id,
                "etag": etag(),
                "type": NSG_TYPE,
                "location": location,
                "properties": {
                    "provisioningState": "Succeeded",
                    "resourceGuid": det_guid(&format!("guid:{}", id.to_lowercase())),
                    "securityRules": rules,
                    "defaultSecurityRules": default_rules(id)
                }
            });
            if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
                n["tags"] = t.clone();
            }
            put_nsg(ctx, scope, id, &n)?;
            decorate(ctx, &mut n)?;
            n["properties"]["provisioningState"] = json!("Updating");
            network_lro(ctx, req, &scope.sub, &location, ok(status, &n))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            let users = vnet::subnets_using_nsg(ctx, id)?;
            if !users.is_empty() {
                return Err(ApiError::bad_request(
                    "InUseNetworkSecurityGroupCannotBeDeleted",
                    format!(
                        "Network security group {id} cannot be deleted because it is in use by the following resources: {}. In order to delete the Network security group, remove the association with the resource(s).",
                        users.join(", ")
                    ),
                ));
            }
            store::delete(ctx.tx, id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn put_nsg(ctx: &RequestContext, scope: &Scope, id: &str, body: &Value) -> R<()> {
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: store::NSG,
            sub: &scope.sub,
            rg: Some(&scope.rg),
            parent: None,
        },
        body,
    )
}

/// The read-only `subnets` an NSG is associated with, as Azure lists them.
pub(super) fn decorate(ctx: &RequestContext, n: &mut Value) -> R<()> {
    let id = n["id"].as_str().unwrap_or_default().to_string();
    let subnets = vnet::subnets_using_nsg(ctx, &id)?;
    if subnets.is_empty() {
        if let Some(p) = n["properties"].as_object_mut() {
            p.remove("subnets");
        }
    } else {
        let list: Vec<Value> = subnets.iter().map(|s| json!({"id": s})).collect();
        n["properties"]["subnets"] = json!(list);
    }
    Ok(())
}

fn find_rule(n: &Value, key: &str, name: &str) -> Option<Value> {
    n["properties"][key]
        .as_array()?
        .iter()
        .find(|x| {
            x["name"]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case(name))
        })
        .cloned()
}

fn rule_not_found(scope: &Scope, nsg: &str, key: &str, rule: &str) -> ApiError {
    ApiError::not_found(&format!("{NSG_TYPE}/{nsg}/{key}"), rule, &scope.rg)
}

fn put_rule(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    mut n: Value,
    name: &str,
) -> R<ArmResponse> {
    if !valid_network_name(name) {
        return Err(invalid_name(name));
    }
    let body = req.body()?;
    let id = n["id"].as_str().unwrap_or_default().to_string();
    let location = n["location"].as_str().unwrap_or_default().to_string();
    let props = body.get("properties").cloned().unwrap_or(json!({}));
    let rule = checked_rule(ctx, &id, &location, name, &props)?;
    let mut rules = n["properties"]["securityRules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let same = |x: &Value| {
        x["name"]
            .as_str()
            .is_some_and(|s| s.eq_ignore_ascii_case(name))
    };
    let status = if rules.iter().any(same) { 200 } else { 201 };
    rules.retain(|x| !same(x));
    ensure_no_conflict(&rules, &rule)?;
    rules.push(rule.clone());
    n["properties"]["securityRules"] = json!(rules);
    n["etag"] = json!(etag());
    put_nsg(ctx, scope, &id, &n)?;
    let mut shown = rule;
    shown["properties"]["provisioningState"] = json!("Updating");
    network_lro(ctx, req, &scope.sub, &location, ok(status, &shown))
}

fn delete_rule(ctx: &RequestContext, mut n: Value, name: &str) -> R<ArmResponse> {
    let Some(rules) = n["properties"]["securityRules"].as_array_mut() else {
        return Ok(empty(204));
    };
    let before = rules.len();
    rules.retain(|x| {
        !x["name"]
            .as_str()
            .is_some_and(|s| s.eq_ignore_ascii_case(name))
    });
    if rules.len() == before {
        return Ok(empty(204));
    }
    n["etag"] = json!(etag());
    let id = n["id"].as_str().unwrap_or_default().to_string();
    store::update(ctx.tx, &id, &n)?;
    Ok(empty(200))
}

/// Azure refuses two rules with one priority in one direction.
fn ensure_no_conflict(rules: &[Value], new: &Value) -> R<()> {
    let key = |r: &Value| {
        (
            r["properties"]["priority"].as_i64(),
            r["properties"]["direction"].as_str().map(str::to_string),
        )
    };
    match rules.iter().find(|r| key(r) == key(new)) {
        Some(old) => Err(ApiError::bad_request(
            "SecurityRuleConflict",
            format!(
                "Security rule {} conflicts with rule {}. Rules cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.",
                old["name"].as_str().unwrap_or_default(),
                new["name"].as_str().unwrap_or_default()
            ),
        )),
        None => Ok(()),
    }
}

/// A rule as Azure stores it, after its checks: enums, priority range, port ranges, address
/// prefixes, and ASGs that exist in the NSG's region.
fn checked_rule(
    ctx: &RequestContext,
    nsg_id: &str,
    location: &str,
    name: &str,
    props: &Value,
) -> R<Value> {
    let rule_id = format!("{nsg_id}/securityRules/{name}");
    let invalid = |what: &str, code: &str, value: &str, extra: &str| {
        ApiError::bad_request(
            code,
            format!("Security rule {rule_id} has invalid {what}. Value provided: {value}{extra}"),
        )
    };
    let enum_value = |key: &str, allowed: &[&'static str]| -> R<&'static str> {
        let given = props[key].as_str().unwrap_or_default();
        allowed
            .iter()
            .find(|a| a.eq_ignore_ascii_case(given))
            .copied()
            .ok_or_else(|| {
                ApiError::bad_request(
                    "InvalidRequestFormat",
                    format!(
                        "Cannot parse the request: the value '{given}' of {key} of security rule {rule_id} is not one of {}.",
                        allowed.join(", ")
                    ),
                )
            })
    };
    let access = enum_value("access", &["Allow", "Deny"])?;
    let direction = enum_value("direction", &["Inbound", "Outbound"])?;
    let protocol = enum_value("protocol", &["*", "Tcp", "Udp", "Icmp", "Esp", "Ah"])?;
    let priority = props["priority"].as_i64();
    let priority = match priority {
        Some(p) if (100..=4096).contains(&p) => p,
        other => {
            let shown = other
                .map(|p| p.to_string())
                .unwrap_or_else(|| "null".into());
            return Err(invalid(
                "Priority",
                "SecurityRuleInvalidPriority",
                &shown,
                " Allowed range 100-4096.",
            ));
        }
    };
    let mut out = Map::new();
    out.insert("provisioningState".into(), json!("Succeeded"));
    if let Some(d) = props.get("description").filter(|d| d.is_string()) {
        out.insert("description".into(), d.clone());
    }
    out.insert("protocol".into(), json!(protocol));
    for side in ["source", "destination"] {
        let single = format!("{side}PortRange");
        let plural = format!("{side}PortRanges");
        for v in values(props, &single, &plural) {
            if !valid_port_range(&v) {
                return Err(invalid(
                    "Port range",
                    "SecurityRuleInvalidPortRange",
                    &v,
                    ". Value should be an integer OR integer range with '-' delimiter. Valid range 0-65535.",
                ));
            }
        }
        copy_pair(props, &mut out, &single, &plural);
        let single = format!("{side}AddressPrefix");
        let plural = format!("{side}AddressPrefixes");
        for v in values(props, &single, &plural) {
            if !valid_address_prefix(&v) {
                return Err(invalid(
                    "Address prefix",
                    "SecurityRuleInvalidAddressPrefix",
                    &v,
                    "",
                ));
            }
        }
        copy_pair(props, &mut out, &single, &plural);
        let key = format!("{side}ApplicationSecurityGroups");
        if let Some(list) = props[&key].as_array() {
            let mut refs = Vec::new();
            for a in list {
                let asg = a["id"].as_str().unwrap_or_default();
                let found = store::get(ctx.tx, asg)?;
                let same_region = found
                    .as_ref()
                    .and_then(|f| f["location"].as_str())
                    .is_some_and(|l| l.eq_ignore_ascii_case(location));
                if !same_region {
                    return Err(ApiError::bad_request(
                        "InvalidResourceReference",
                        format!(
                            "Resource {asg} referenced by resource {rule_id} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region."
                        ),
                    ));
                }
                let canonical = found.as_ref().and_then(|f| f["id"].as_str()).unwrap_or(asg);
                refs.push(json!({"id": canonical}));
            }
            out.insert(key, json!(refs));
        }
    }
    out.insert("access".into(), json!(access));
    out.insert("priority".into(), json!(priority));
    out.insert("direction".into(), json!(direction));
    Ok(rule(nsg_id, "securityRules", name, Value::Object(out)))
}

/// The values of a singular/plural pair of rule properties (`destinationPortRange(s)`).
fn values(props: &Value, single: &str, plural: &str) -> Vec<String> {
    let mut v: Vec<String> = props[single]
        .as_str()
        .map(str::to_string)
        .into_iter()
        .collect();
    if let Some(list) = props[plural].as_array() {
        v.extend(list.iter().filter_map(|x| x.as_str().map(str::to_string)));
    }
    v
}

/// Azure echoes the singular form when sent and always lists the plural one (empty when unset).
fn copy_pair(props: &Value, out: &mut Map<String, Value>, single: &str, plural: &str) {
    if let Some(s) = props.get(single).filter(|s| s.is_string()) {
        out.insert(single.to_string(), s.clone());
    }
    let list = props
        .get(plural)
        .filter(|l| l.is_array())
        .cloned()
        .unwrap_or(json!([]));
    out.insert(plural.to_string(), list);
}

/// `*`, a port, or `low-high`, within 0-65535.
pub fn valid_port_range(v: &str) -> bool {
    if v == "*" {
        return true;
    }
    let port = |s: &str| s.trim().parse::<u32>().ok().filter(|p| *p <= 65535);
    match v.split_once('-') {
        Some((a, b)) => matches!((port(a), port(b)), (Some(a), Some(b)) if a <= b),
        None => port(v).is_some(),
    }
}

/// `*`, a service tag (`VirtualNetwork`, `Internet`, `AzureLoadBalancer`, ...), an IPv4 address
/// or an aligned IPv4 CIDR block.
pub fn valid_address_prefix(v: &str) -> bool {
    if v == "*" {
        return true;
    }
    if v.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return v.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    }
    if !v.contains('/') {
        return vnet::parse_ip(v).is_some();
    }
    matches!(vnet::parse_cidr(v), Some(c) if c.aligned())
}

fn rule(nsg_id: &str, coll: &str, name: &str, props: Value) -> Value {
    json!({
        "name": name,
        "id": format!("{nsg_id}/{coll}/{name}"),
        "etag": format!("W/\"{}\"", det_guid(&format!("etag:{}/{name}", nsg_id.to_lowercase()))),
        "type": format!("Microsoft.Network/networkSecurityGroups/{coll}"),
        "properties": props
    })
}

fn default_rules(nsg_id: &str) -> Vec<Value> {
    let r = |name: &str, desc: &str, src: &str, dst: &str, access: &str, prio: i64, dir: &str| {
        rule(
            nsg_id,
            "defaultSecurityRules",
            name,
            json!({
                "provisioningState": "Succeeded",
                "description": desc,
                "protocol": "*",
                "sourcePortRange": "*",
                "destinationPortRange": "*",
                "sourceAddressPrefix": src,
                "destinationAddressPrefix": dst,
                "access": access,
                "priority": prio,
                "direction": dir,
                "sourcePortRanges": [], "destinationPortRanges": [],
                "sourceAddressPrefixes": [], "destinationAddressPrefixes": []
            }),
        )
    };
    vec![
        r(
            "AllowVnetInBound",
            "Allow inbound traffic from all VMs in VNET",
            "VirtualNetwork",
            "VirtualNetwork",
            "Allow",
            65000,
            "Inbound",
        ),
        r(
            "AllowAzureLoadBalancerInBound",
            "Allow inbound traffic from azure load balancer",
            "AzureLoadBalancer",
            "*",
            "Allow",
            65001,
            "Inbound",
        ),
        r(
            "DenyAllInBound",
            "Deny all inbound traffic",
            "*",
            "*",
            "Deny",
            65500,
            "Inbound",
        ),
        r(
            "AllowVnetOutBound",
            "Allow outbound traffic from all VMs to all VMs in VNET",
            "VirtualNetwork",
            "VirtualNetwork",
            "Allow",
            65000,
            "Outbound",
        ),
        r(
            "AllowInternetOutBound",
            "Allow outbound traffic from all VMs to Internet",
            "*",
            "Internet",
            "Allow",
            65001,
            "Outbound",
        ),
        r(
            "DenyAllOutBound",
            "Deny all outbound traffic",
            "*",
            "*",
            "Deny",
            65500,
            "Outbound",
        ),
    ]
}

/// One allow rule of the node NSG: `(name, protocol "Tcp"|"Udp", port range, destination ASG id)`.
pub struct AllowRule {
    pub name: String,
    pub protocol: &'static str,
    pub ports: String,
    pub asg_id: String,
}

/// Writes the node resource group's NSG with these allow rules (priorities from 500 in order).
pub fn write_nsg(
    ctx: &RequestContext,
    sub: &str,
    rg: &str,
    name: &str,
    location: &str,
    rules: &[AllowRule],
) -> R<()> {
    let id = format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/{NSG_TYPE}/{name}");
    let security: Vec<Value> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            rule(
                &id,
                "securityRules",
                &r.name,
                json!({
                    "provisioningState": "Succeeded",
                    "protocol": r.protocol,
                    "sourcePortRange": "*",
                    "destinationPortRange": r.ports,
                    "sourceAddressPrefix": "*",
                    "destinationApplicationSecurityGroups": [{"id": r.asg_id}],
                    "access": "Allow",
                    "priority": 500 + i as i64,
                    "direction": "Inbound",
                    "sourcePortRanges": [], "destinationPortRanges": [],
                    "sourceAddressPrefixes": [], "destinationAddressPrefixes": []
                }),
            )
        })
        .collect();
    let body = json!({
        "name": name,
        "id": id,
        "etag": etag(),
        "type": NSG_TYPE,
        "location": location,
        "properties": {
            "provisioningState": "Succeeded",
            "resourceGuid": det_guid(&format!("guid:{}", id.to_lowercase())),
            "securityRules": security,
            "defaultSecurityRules": default_rules(&id)
        }
    });
    store::put(
        ctx.tx,
        &NewRes {
            id: &id,
            kind: store::NSG,
            sub,
            rg: Some(rg),
            parent: None,
        },
        &body,
    )
}
