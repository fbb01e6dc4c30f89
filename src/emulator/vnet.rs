//! Microsoft.Network virtualNetworks and their subnets: address spaces and subnets that must be
//! well-formed, fit and not overlap (Azure's `Netcfg*` errors), subnet NSGs that must exist in
//! the VNet's region, and subnets in use by scale-set NICs (an AKS pool with `vnetSubnetID`)
//! that cannot be deleted. A subnet's `ipConfigurations` are read from the scale sets, so they
//! follow the pools without being written twice.

use rusqlite::params;
use serde_json::{Map, Value, json};

use super::ipam_pools;
use super::network::{invalid_name, network_lro, valid_network_name};
use super::network_refs::{DDOS_PLAN, NAT_GATEWAY, ROUTE_TABLE};
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag};
use crate::arm::{ArmResponse, Method};

const VNET_TYPE: &str = "Microsoft.Network/virtualNetworks";
const SUBNET_TYPE: &str = "Microsoft.Network/virtualNetworks/subnets";

/// An IPv4 block: `addr/len` as written, `start` its first address.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cidr {
    pub addr: u32,
    pub len: u8,
}

impl Cidr {
    fn mask(self) -> u32 {
        if self.len == 0 {
            0
        } else {
            u32::MAX << (32 - self.len)
        }
    }
    pub fn start(self) -> u32 {
        self.addr & self.mask()
    }
    /// The last address of the block.
    pub fn end(self) -> u32 {
        self.start() | !self.mask()
    }
    /// No host bits set (`10.0.0.0/16`, not `10.0.0.1/16`).
    pub fn aligned(self) -> bool {
        self.addr == self.start()
    }
    pub fn overlaps(self, o: Cidr) -> bool {
        self.start() <= o.end() && o.start() <= self.end()
    }
    pub fn contains(self, o: Cidr) -> bool {
        self.start() <= o.start() && o.end() <= self.end()
    }
    /// `start/len`: the block as Azure writes it.
    pub fn canonical(self) -> String {
        format!("{}/{}", super::util::ip_to_string(self.start()), self.len)
    }
}

pub fn parse_ip(s: &str) -> Option<u32> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    parts.iter().try_fold(0u32, |acc, p| {
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: u32 = p.parse().ok()?;
        (n <= 255).then_some((acc << 8) | n)
    })
}

pub fn parse_cidr(s: &str) -> Option<Cidr> {
    let (ip, len) = s.split_once('/')?;
    let len: u8 = len.parse().ok().filter(|l| *l <= 32)?;
    Some(Cidr {
        addr: parse_ip(ip)?,
        len,
    })
}

/// Each prefix well-formed (`InvalidAddressPrefixFormat`) and aligned (`InvalidCIDRNotation`).
fn checked_prefixes(resource_id: &str, prefixes: &[String]) -> R<Vec<Cidr>> {
    prefixes
        .iter()
        .map(|p| {
            let c = parse_cidr(p).ok_or_else(|| {
                ApiError::bad_request(
                    "InvalidAddressPrefixFormat",
                    format!(
                        "Address prefix {p} of resource {resource_id} is not formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24."
                    ),
                )
            })?;
            if !c.aligned() {
                return Err(ApiError::bad_request(
                    "InvalidCIDRNotation",
                    format!(
                        "The address prefix {p} in resource {resource_id} has an invalid CIDR notation. For the given prefix length, the address prefix should be {}.",
                        c.canonical()
                    ),
                ));
            }
            Ok(c)
        })
        .collect()
}

fn str_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// `addressPrefix` and `addressPrefixes` of a subnet's properties, together.
pub(super) fn subnet_prefixes(props: &Value) -> Vec<String> {
    let mut v: Vec<String> = props["addressPrefix"]
        .as_str()
        .map(str::to_string)
        .into_iter()
        .collect();
    v.extend(str_list(&props["addressPrefixes"]));
    v
}

fn vnet_space(vnet: &Value) -> Vec<Cidr> {
    str_list(&vnet["properties"]["addressSpace"]["addressPrefixes"])
        .iter()
        .filter_map(|p| parse_cidr(p))
        .collect()
}

/// The element of a list of named children with that name.
fn find_named<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|s| same_name(s, name))
}

fn same_name(v: &Value, name: &str) -> bool {
    v["name"]
        .as_str()
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
}

// ---------------------------------------------------------------------------------------
// Virtual networks

pub fn vnet(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(VNET_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => {
            let mut v = existing.ok_or_else(|| ApiError::not_found(VNET_TYPE, name, &scope.rg))?;
            decorate(ctx, &mut v)?;
            Ok(ok(200, &v))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, VNET_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut v = vnet_body(ctx, &id, name, &location, &body, existing.as_ref())?;
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: store::VNET,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &v,
            )?;
            decorate(ctx, &mut v)?;
            v["properties"]["provisioningState"] = json!("Updating");
            network_lro(ctx, req, &scope.sub, &location, ok(status, &v))
        }
        Method::DELETE => {
            let Some(v) = existing else {
                return Ok(empty(204));
            };
            for s in v["properties"]["subnets"].as_array().into_iter().flatten() {
                ensure_unused(ctx, s)?;
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// The stored VNet after a PUT: the address space checked, the subnets of the body checked
/// against it and each other; subnets left out are deleted, which fails for one in use.
fn vnet_body(
    ctx: &RequestContext,
    id: &str,
    name: &str,
    location: &str,
    body: &Value,
    existing: Option<&Value>,
) -> R<Value> {
    let given = body.get("properties").cloned().unwrap_or(json!({}));
    // blocks from IPAM pools join the prefixes given
    let mut address_space = match &given["addressSpace"] {
        Value::Object(m) => Value::Object(m.clone()),
        _ => json!({}),
    };
    let previous = existing.map(|e| &e["properties"]["addressSpace"]);
    let taken = |pool: &str| ipam_pools::taken_by_other_vnets(ctx, id, pool);
    let allocated = ipam_pools::allocate(ctx, id, &mut address_space, previous, None, &taken)?;
    let given_prefixes = str_list(&address_space["addressPrefixes"]);
    let prefixes = ipam_pools::merged_prefixes(given_prefixes, previous, allocated);
    address_space["addressPrefixes"] = json!(prefixes);
    let space = checked_prefixes(id, &prefixes)?;
    for (i, a) in space.iter().enumerate() {
        if let Some(b) = space[..i].iter().find(|b| b.overlaps(*a)) {
            return Err(ApiError::bad_request(
                "VnetAddressSpacesOverlap",
                format!(
                    "Cannot create or update virtual network {id} since it has address spaces {} and {} that overlap.",
                    b.canonical(),
                    a.canonical()
                ),
            ));
        }
    }
    let mut subnets: Vec<Value> = Vec::new();
    for s in given["subnets"].as_array().into_iter().flatten() {
        let sname = s["name"].as_str().unwrap_or_default();
        let props = s.get("properties").cloned().unwrap_or(json!({}));
        let before = existing.and_then(|e| find_named(&e["properties"]["subnets"], sname));
        let sub = checked_subnet(
            ctx, id, name, location, &space, &subnets, sname, &props, before,
        )?;
        subnets.push(sub);
    }
    if let Some(old) = existing {
        for s in old["properties"]["subnets"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let kept = subnets
                .iter()
                .any(|n| same_name(n, s["name"].as_str().unwrap_or_default()));
            if !kept {
                ensure_unused(ctx, s)?;
            }
        }
    }
    let mut props = match given {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    for ro in [
        "provisioningState",
        "resourceGuid",
        "virtualNetworkPeerings",
    ] {
        props.remove(ro);
    }
    props.retain(|_, v| !v.is_null());
    // a DDoS protection plan covers VNets in any region, but it must exist
    let plan = props
        .get("ddosProtectionPlan")
        .and_then(|p| p["id"].as_str());
    if let Some(plan) = plan.map(str::to_string) {
        let found = super::network_refs::referenced(ctx, &DDOS_PLAN, &plan, id, None)?;
        props.insert("ddosProtectionPlan".into(), json!({"id": found["id"]}));
    }
    props.insert("provisioningState".into(), json!("Succeeded"));
    props.insert(
        "resourceGuid".into(),
        json!(det_guid(&format!("guid:{}", id.to_lowercase()))),
    );
    props.insert("addressSpace".into(), address_space);
    props.insert("subnets".into(), json!(subnets));
    props.insert("virtualNetworkPeerings".into(), json!([]));
    props.entry("enableDdosProtection").or_insert(json!(false));
    props
        .entry("privateEndpointVNetPolicies")
        .or_insert(json!("Disabled"));
    let mut v = json!({
        "name": name,
        "id": id,
        "etag": etag(),
        "type": VNET_TYPE,
        "location": location,
        "properties": props
    });
    if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
        v["tags"] = t.clone();
    }
    if let Some(e) = body.get("extendedLocation").filter(|e| e.is_object()) {
        v["extendedLocation"] = e.clone();
    }
    Ok(v)
}

/// One subnet as Azure stores it, after its checks: prefixes well-formed, inside the VNet's
/// address space, not overlapping `others`; its NSG existing in the VNet's region.
#[allow(clippy::too_many_arguments)]
fn checked_subnet(
    ctx: &RequestContext,
    vnet_id: &str,
    vnet_name: &str,
    location: &str,
    space: &[Cidr],
    others: &[Value],
    name: &str,
    given: &Value,
    previous: Option<&Value>,
) -> R<Value> {
    if !valid_network_name(name) {
        return Err(invalid_name(name));
    }
    let id = format!("{vnet_id}/subnets/{name}");
    // blocks from IPAM pools, inside the VNet's space and clear of the other subnets
    let mut given = given.clone();
    let other_blocks: Vec<Cidr> = others
        .iter()
        .flat_map(|o| subnet_prefixes(&o["properties"]))
        .filter_map(|p| parse_cidr(&p))
        .collect();
    let taken = |_: &str| Ok(other_blocks.clone());
    let before = previous.map(|p| &p["properties"]);
    let allocated = ipam_pools::allocate(ctx, &id, &mut given, before, Some(space), &taken)?;
    if !allocated.is_empty() {
        let listed = str_list(&given["addressPrefixes"]);
        let listed = ipam_pools::merged_prefixes(listed, before, allocated);
        given["addressPrefixes"] = json!(listed);
    }
    let given = &given;
    let prefixes = subnet_prefixes(given);
    let blocks = checked_prefixes(&id, &prefixes)?;
    if blocks.is_empty() {
        return Err(ApiError::bad_request(
            "NetcfgInvalidSubnet",
            format!("Subnet '{name}' is not valid in virtual network '{vnet_name}'."),
        ));
    }
    if !blocks.iter().all(|b| space.iter().any(|s| s.contains(*b))) {
        return Err(ApiError::bad_request(
            "NetcfgSubnetRangeOutsideVnet",
            format!(
                "Subnet '{name}' is not valid because its IP address range is outside the IP address range of virtual network '{vnet_name}'."
            ),
        ));
    }
    for o in others {
        let theirs: Vec<Cidr> = subnet_prefixes(&o["properties"])
            .iter()
            .filter_map(|p| parse_cidr(p))
            .collect();
        if blocks.iter().any(|b| theirs.iter().any(|t| t.overlaps(*b))) {
            return Err(ApiError::bad_request(
                "NetcfgSubnetRangesOverlap",
                format!(
                    "Subnet '{name}' is not valid because its IP address range overlaps with that of an existing subnet in virtual network '{vnet_name}'."
                ),
            ));
        }
    }
    let mut props = match given {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    for ro in ["provisioningState", "ipConfigurations", "purpose"] {
        props.remove(ro);
    }
    props.retain(|_, v| !v.is_null());
    // what the subnet attaches must exist, in the VNet's region
    for (key, arm_type) in [
        ("networkSecurityGroup", super::nsg::NSG_TYPE),
        ("natGateway", NAT_GATEWAY.arm_type),
        ("routeTable", ROUTE_TABLE.arm_type),
    ] {
        let Some(target) = given[key]["id"].as_str() else {
            continue;
        };
        let found = store::get(ctx.tx, target)?.filter(|n| {
            n["type"]
                .as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case(arm_type))
                && n["location"]
                    .as_str()
                    .is_some_and(|l| l.eq_ignore_ascii_case(location))
        });
        let Some(found) = found else {
            return Err(ApiError::bad_request(
                "InvalidResourceReference",
                format!(
                    "Resource {target} referenced by resource {id} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region."
                ),
            ));
        };
        props.insert(key.into(), json!({"id": found["id"]}));
    }
    super::network_refs::checked_endpoint_policies(ctx, &mut props, &id, location)?;
    props.insert("provisioningState".into(), json!("Succeeded"));
    props.entry("delegations").or_insert(json!([]));
    complete_children(&mut props, &id, location);
    props
        .entry("privateEndpointNetworkPolicies")
        .or_insert(json!("Disabled"));
    props
        .entry("privateLinkServiceNetworkPolicies")
        .or_insert(json!("Enabled"));
    Ok(json!({
        "name": name,
        "id": id,
        "etag": etag(),
        "type": SUBNET_TYPE,
        "properties": props
    }))
}

/// What Azure adds to a subnet's delegations (their id, type, etag, state) and service
/// endpoints (their state, and the subnet's region where no locations were given).
fn complete_children(props: &mut Map<String, Value>, subnet_id: &str, location: &str) {
    if let Some(Value::Array(delegations)) = props.get_mut("delegations") {
        for (i, d) in delegations.iter_mut().enumerate() {
            if !d.is_object() || !(d["properties"].is_object() || d["properties"].is_null()) {
                continue;
            }
            let name = d["name"]
                .as_str()
                .map_or_else(|| i.to_string(), str::to_string);
            d["name"] = json!(name);
            d["id"] = json!(format!("{subnet_id}/delegations/{name}"));
            d["type"] = json!("Microsoft.Network/virtualNetworks/subnets/delegations");
            d["etag"] = json!(etag());
            d["properties"]["provisioningState"] = json!("Succeeded");
        }
    }
    if let Some(Value::Array(endpoints)) = props.get_mut("serviceEndpoints") {
        for e in endpoints.iter_mut().filter(|e| e.is_object()) {
            if e.get("locations").is_none_or(Value::is_null) {
                e["locations"] = json!([location]);
            }
            e["provisioningState"] = json!("Succeeded");
        }
    }
}

/// Adds each subnet's read-only `ipConfigurations` (the scale-set NICs in it).
pub fn decorate(ctx: &RequestContext, v: &mut Value) -> R<()> {
    if let Some(list) = v["properties"]["subnets"].as_array_mut() {
        for s in list {
            decorate_subnet(ctx, s)?;
        }
    }
    Ok(())
}

fn decorate_subnet(ctx: &RequestContext, s: &mut Value) -> R<()> {
    let id = s["id"].as_str().unwrap_or_default().to_string();
    let configs = subnet_ip_configs(ctx, &id)?;
    if configs.is_empty() {
        if let Some(p) = s["properties"].as_object_mut() {
            p.remove("ipConfigurations");
        }
    } else {
        let list: Vec<Value> = configs.iter().map(|c| json!({"id": c})).collect();
        s["properties"]["ipConfigurations"] = json!(list);
    }
    Ok(())
}

/// The NIC ip configurations of the scale-set instances in a subnet.
pub fn subnet_ip_configs(ctx: &RequestContext, subnet_id: &str) -> R<Vec<String>> {
    let mut stmt = ctx.tx.prepare_cached(
        "SELECT body FROM resources WHERE kind = ?1 AND instr(lower(body), ?2) > 0 ORDER BY id_lower",
    )?;
    let bodies = stmt
        .query_map(params![store::VMSS, subnet_id.to_lowercase()], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for b in bodies {
        let vmss: Value = serde_json::from_str(&b)?;
        let nic = &vmss["properties"]["virtualMachineProfile"]["networkProfile"]["networkInterfaceConfigurations"]
            [0];
        let in_subnet = nic["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"]
            .as_str()
            .is_some_and(|s| s.eq_ignore_ascii_case(subnet_id));
        if !in_subnet {
            continue;
        }
        let vmss_id = vmss["id"].as_str().unwrap_or_default();
        let nic_name = nic["name"].as_str().unwrap_or_default();
        for i in 0..vmss["sku"]["capacity"].as_i64().unwrap_or(0) {
            out.push(format!(
                "{vmss_id}/virtualMachines/{i}/networkInterfaces/{nic_name}/ipConfigurations/ipconfig1"
            ));
        }
    }
    Ok(out)
}

fn ensure_unused(ctx: &RequestContext, subnet: &Value) -> R<()> {
    let id = subnet["id"].as_str().unwrap_or_default();
    match subnet_ip_configs(ctx, id)?.first() {
        Some(user) => Err(ApiError::bad_request(
            "InUseSubnetCannotBeDeleted",
            format!(
                "Subnet {} is in use by {user} and cannot be deleted. In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.",
                subnet["name"].as_str().unwrap_or_default()
            ),
        )),
        None => Ok(()),
    }
}

/// Ids of the subnets whose `networkSecurityGroup` is this NSG.
pub fn subnets_using_nsg(ctx: &RequestContext, nsg_id: &str) -> R<Vec<String>> {
    subnets_using(ctx, "networkSecurityGroup", nsg_id)
}

/// The subnets whose `key` (`networkSecurityGroup`, `natGateway`, `routeTable`) is `id`.
pub fn subnets_using(ctx: &RequestContext, key: &str, nsg_id: &str) -> R<Vec<String>> {
    let mut stmt = ctx.tx.prepare_cached(
        "SELECT body FROM resources WHERE kind = ?1 AND instr(lower(body), ?2) > 0 ORDER BY id_lower",
    )?;
    let bodies = stmt
        .query_map(params![store::VNET, nsg_id.to_lowercase()], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for b in bodies {
        let v: Value = serde_json::from_str(&b)?;
        for s in v["properties"]["subnets"].as_array().into_iter().flatten() {
            let uses = s["properties"][key]["id"]
                .as_str()
                .is_some_and(|n| n.eq_ignore_ascii_case(nsg_id));
            if uses {
                out.push(s["id"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    Ok(out)
}

/// A subnet by id, with its VNet's location, for the resources placed in it.
pub fn find_subnet(ctx: &RequestContext, subnet_id: &str) -> R<Option<(Value, String)>> {
    let Some((vnet_id, name)) = subnet_id.rsplit_once("/subnets/") else {
        return Ok(None);
    };
    let Some(v) = store::get(ctx.tx, vnet_id)? else {
        return Ok(None);
    };
    let location = v["location"].as_str().unwrap_or_default().to_string();
    Ok(v["properties"]["subnets"]
        .as_array()
        .and_then(|l| l.iter().find(|s| same_name(s, name)).cloned())
        .map(|s| (s, location)))
}

// ---------------------------------------------------------------------------------------
// Subnets

fn get_vnet(ctx: &RequestContext, scope: &Scope, vnet: &str) -> R<(String, Value)> {
    let id = scope.provider_id(VNET_TYPE, vnet);
    let v =
        store::get(ctx.tx, &id)?.ok_or_else(|| ApiError::not_found(VNET_TYPE, vnet, &scope.rg))?;
    Ok((id, v))
}

pub fn subnets(ctx: &RequestContext, req: &Req, scope: &Scope, vnet: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let (_, mut v) = get_vnet(ctx, scope, vnet)?;
    decorate(ctx, &mut v)?;
    Ok(ok(200, &json!({"value": v["properties"]["subnets"]})))
}

pub fn subnet(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    vnet: &str,
    name: &str,
) -> R<ArmResponse> {
    let (vnet_id, mut v) = get_vnet(ctx, scope, vnet)?;
    let vnet_name = v["name"].as_str().unwrap_or(vnet).to_string();
    let mut list = v["properties"]["subnets"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let pos = list.iter().position(|s| same_name(s, name));
    match req.method {
        Method::GET => {
            let mut s = pos.map(|i| list[i].clone()).ok_or_else(|| {
                ApiError::not_found(&format!("{VNET_TYPE}/{vnet_name}/subnets"), name, &scope.rg)
            })?;
            decorate_subnet(ctx, &mut s)?;
            Ok(ok(200, &s))
        }
        Method::PUT => {
            let body = req.body()?;
            let props = body.get("properties").cloned().unwrap_or(json!({}));
            let location = v["location"].as_str().unwrap_or_default().to_string();
            let others: Vec<Value> = list
                .iter()
                .filter(|s| !same_name(s, name))
                .cloned()
                .collect();
            let mut s = checked_subnet(
                ctx,
                &vnet_id,
                &vnet_name,
                &location,
                &vnet_space(&v),
                &others,
                name,
                &props,
                pos.map(|i| &list[i]),
            )?;
            let status = match pos {
                Some(i) => {
                    list[i] = s.clone();
                    200
                }
                None => {
                    list.push(s.clone());
                    201
                }
            };
            v["properties"]["subnets"] = json!(list);
            v["etag"] = json!(etag());
            store::update(ctx.tx, &vnet_id, &v)?;
            decorate_subnet(ctx, &mut s)?;
            s["properties"]["provisioningState"] = json!("Updating");
            network_lro(ctx, req, &scope.sub, &location, ok(status, &s))
        }
        Method::DELETE => {
            let Some(i) = pos else {
                return Ok(empty(204));
            };
            ensure_unused(ctx, &list[i])?;
            list.remove(i);
            v["properties"]["subnets"] = json!(list);
            v["etag"] = json!(etag());
            store::update(ctx.tx, &vnet_id, &v)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// What `emulator check` verifies of the network: subnets inside their VNet's address space
/// and apart, their NSGs existing, NSG rules with one priority per direction, and every scale
/// set's subnet existing.
pub fn problems(tx: &rusqlite::Transaction) -> R<Vec<String>> {
    let mut out = Vec::new();
    let mut subnet_ids = std::collections::HashSet::new();
    for v in store::all(tx, store::VNET)? {
        let vnet_id = v["id"].as_str().unwrap_or_default();
        let space = vnet_space(&v);
        let mut seen: Vec<(String, Cidr)> = Vec::new();
        for s in v["properties"]["subnets"].as_array().into_iter().flatten() {
            let sid = s["id"].as_str().unwrap_or_default();
            subnet_ids.insert(sid.to_lowercase());
            for p in subnet_prefixes(&s["properties"]) {
                let Some(c) = parse_cidr(&p) else {
                    out.push(format!("subnet {sid} has a malformed prefix {p}"));
                    continue;
                };
                if !space.iter().any(|b| b.contains(c)) {
                    out.push(format!(
                        "subnet {sid} ({p}) is outside the address space of {vnet_id}"
                    ));
                }
                if let Some((other, _)) = seen.iter().find(|(_, o)| o.overlaps(c)) {
                    out.push(format!("subnet {sid} ({p}) overlaps subnet {other}"));
                }
                seen.push((sid.to_string(), c));
            }
            if let Some(nsg) = s["properties"]["networkSecurityGroup"]["id"].as_str()
                && store::get(tx, nsg)?.is_none()
            {
                out.push(format!(
                    "subnet {sid} refers to NSG {nsg}, which does not exist"
                ));
            }
        }
    }
    for n in store::all(tx, store::NSG)? {
        let id = n["id"].as_str().unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        for r in n["properties"]["securityRules"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let key = (
                r["properties"]["priority"].as_i64(),
                r["properties"]["direction"].as_str().map(str::to_lowercase),
            );
            if !seen.insert(key) {
                out.push(format!(
                    "NSG {id} has two {:?} rules at priority {:?}",
                    r["properties"]["direction"], r["properties"]["priority"]
                ));
            }
        }
    }
    for vmss in store::all(tx, store::VMSS)? {
        let subnet = vmss["properties"]["virtualMachineProfile"]["networkProfile"]
            ["networkInterfaceConfigurations"][0]["properties"]["ipConfigurations"][0]
            ["properties"]["subnet"]["id"]
            .as_str();
        if let Some(sid) = subnet
            && !subnet_ids.contains(&sid.to_lowercase())
        {
            out.push(format!(
                "scale set {} has its NICs in subnet {sid}, which does not exist",
                vmss["id"].as_str().unwrap_or_default()
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_blocks() {
        let c = parse_cidr("10.0.0.0/16").unwrap();
        assert!(c.aligned());
        assert!(c.contains(parse_cidr("10.0.1.0/24").unwrap()));
        assert!(!c.contains(parse_cidr("10.1.0.0/24").unwrap()));
        assert!(c.overlaps(parse_cidr("10.0.255.0/24").unwrap()));
        assert!(!parse_cidr("10.0.0.1/16").unwrap().aligned());
        assert_eq!(
            parse_cidr("10.0.0.1/16").unwrap().canonical(),
            "10.0.0.0/16"
        );
        assert!(parse_cidr("10.0.0.0/33").is_none());
        assert!(parse_cidr("10.0.0/16").is_none());
        assert!(parse_cidr("10.0.0.256/16").is_none());
        assert_eq!(parse_cidr("0.0.0.0/0").unwrap().end(), u32::MAX);
    }
}
