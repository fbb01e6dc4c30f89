//! Microsoft.Network: public IP prefixes (address blocks that never overlap), application
//! security groups, network security groups, and the address allocator behind node public IPs.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

use super::network_refs as refs;
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag, ip_to_string};
use super::{nsg, vnet};
use crate::arm::{ArmResponse, Method};

/// Prefix blocks come from 20.62.0.0/15; node IPs without a prefix from 52.150.0.0/15.
const PREFIX_BASE: u32 = (20 << 24) | (62 << 16);
const PREFIX_END: u32 = (20 << 24) | (64 << 16);
const GENERAL_BASE: u32 = (52 << 24) | (150 << 16);
const GENERAL_END: u32 = (52 << 24) | (152 << 16);

const PREFIX_TYPE: &str = "Microsoft.Network/publicIPPrefixes";
const ASG_TYPE: &str = "Microsoft.Network/applicationSecurityGroups";

pub(super) fn valid_network_name(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let word = |c: &char| c.is_alphanumeric() || *c == '_';
    !chars.is_empty()
        && chars.len() <= 80
        && word(&chars[0])
        && chars.last().is_some_and(word)
        && chars.iter().all(|c| word(c) || *c == '.' || *c == '-')
}

pub(super) fn invalid_name(name: &str) -> ApiError {
    ApiError::bad_request(
        "InvalidResourceName",
        format!(
            "Resource name {name} is invalid. The name can be up to 80 characters long. It must begin with a word character, and it must end with a word character or with '_'. The name may contain word characters or '.', '-', '_'."
        ),
    )
}

/// Network's LRO answer: the operation is already done, the status URL says so.
pub(super) fn network_lro(
    ctx: &RequestContext,
    req: &Req,
    sub: &str,
    location: &str,
    resp: ArmResponse,
) -> R<ArmResponse> {
    let id = super::util::new_guid();
    ctx.tx.execute(
        "INSERT INTO operations(id, kind, location, status, start_ms, end_ms, plan)
         VALUES (?1, 'network', ?2, 'Succeeded', ?3, ?3, '{}')",
        params![id, location, ctx.now],
    )?;
    let url = ctx.url(&format!(
        "/subscriptions/{sub}/providers/Microsoft.Network/locations/{location}/operations/{id}?api-version={}",
        req.api_version
    ));
    Ok(ctx.poll_hint(resp.with_header("Azure-AsyncOperation", url)))
}

pub fn list(
    ctx: &RequestContext,
    req: &Req,
    sub: &str,
    rg: Option<&str>,
    ty: &str,
) -> Option<R<ArmResponse>> {
    let kind = match ty {
        "publicipprefixes" => store::PREFIX,
        "publicipaddresses" => super::public_ips::KIND,
        "applicationsecuritygroups" => store::ASG,
        "networksecuritygroups" => store::NSG,
        "virtualnetworks" => store::VNET,
        other => refs::by_collection(other)?.kind,
    };
    Some((|| {
        if req.method != Method::GET {
            return Err(method_not_allowed(&req.method));
        }
        let mut items = store::list(ctx.tx, kind, sub, rg)?;
        for item in &mut items {
            match kind {
                store::PREFIX => decorate_prefix(ctx, item)?,
                store::VNET => vnet::decorate(ctx, item)?,
                store::NSG => nsg::decorate(ctx, item)?,
                other => {
                    if let Some(t) = refs::by_kind(other) {
                        refs::decorate(ctx, t, item)?;
                    }
                }
            }
        }
        Ok(ok(200, &json!({ "value": items })))
    })())
}

pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        [ty] => list(ctx, req, &scope.sub, Some(&scope.rg), ty),
        ["publicipprefixes", _] => Some(prefix(ctx, req, scope, segs[1])),
        ["publicipaddresses", _] => Some(super::public_ips::public_ip(ctx, req, scope, segs[1])),
        ["applicationsecuritygroups", _] => Some(asg(ctx, req, scope, segs[1])),
        ["networksecuritygroups", _] => Some(nsg::route(ctx, req, scope, segs[1], None)),
        [
            "networksecuritygroups",
            _,
            coll @ ("securityrules" | "defaultsecurityrules"),
        ] => Some(nsg::route(ctx, req, scope, segs[1], Some((*coll, None)))),
        [
            "networksecuritygroups",
            _,
            coll @ ("securityrules" | "defaultsecurityrules"),
            _,
        ] => Some(nsg::route(
            ctx,
            req,
            scope,
            segs[1],
            Some((*coll, Some(segs[3]))),
        )),
        [coll, _] if refs::by_collection(coll).is_some() => {
            let t = refs::by_collection(coll)?;
            Some(refs::route(ctx, req, scope, t, segs[1]))
        }
        ["networkmanagers", _] => Some(super::ipam_pools::route(ctx, req, scope, segs[1], None)),
        ["networkmanagers", _, "ipampools", _] => Some(super::ipam_pools::route(
            ctx,
            req,
            scope,
            segs[1],
            Some(segs[3]),
        )),
        ["virtualnetworks", _] => Some(vnet::vnet(ctx, req, scope, segs[1])),
        ["virtualnetworks", _, "subnets"] => Some(vnet::subnets(ctx, req, scope, segs[1])),
        ["virtualnetworks", _, "subnets", _] => {
            Some(vnet::subnet(ctx, req, scope, segs[1], segs[3]))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Public IP prefixes

fn prefix(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(PREFIX_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => {
            let mut p =
                existing.ok_or_else(|| ApiError::not_found(PREFIX_TYPE, name, &scope.rg))?;
            decorate_prefix(ctx, &mut p)?;
            Ok(ok(200, &p))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, PREFIX_TYPE)?;
            let props = body.get("properties").cloned().unwrap_or(json!({}));
            let version = props
                .get("publicIPAddressVersion")
                .and_then(Value::as_str)
                .unwrap_or("IPv4");
            if !version.eq_ignore_ascii_case("IPv4") {
                return Err(ApiError::bad_request(
                    "InvalidRequestFormat",
                    format!(
                        "Public IP prefix {id} asks for publicIPAddressVersion '{version}'; the emulator models IPv4 prefixes only."
                    ),
                ));
            }
            let len = props.get("prefixLength").and_then(Value::as_i64);
            let len = match len {
                Some(l) if (28..=31).contains(&l) => l,
                other => {
                    let shown = other
                        .map(|l| l.to_string())
                        .unwrap_or_else(|| "(none)".into());
                    return Err(ApiError::bad_request(
                        "InvalidPublicIpPrefixLength",
                        format!(
                            "Public IP prefix {id} has an invalid prefix length {shown}. The prefix length of an IPv4 public IP prefix must be between 28 and 31."
                        ),
                    ));
                }
            };
            let (status, mut p) = match existing {
                Some(p) => {
                    let old = p
                        .pointer("/properties/prefixLength")
                        .and_then(Value::as_i64);
                    if old != Some(len) {
                        return Err(ApiError::bad_request(
                            "PublicIpPrefixLengthCannotBeChanged",
                            format!(
                                "Prefix length of public IP prefix {id} cannot be changed from {} to {len}.",
                                old.unwrap_or(0)
                            ),
                        ));
                    }
                    (200, p)
                }
                None => {
                    let size = 1u32 << (32 - len);
                    // a prefix derived from a custom (BYOIP) prefix is drawn from its range
                    let custom = match props.pointer("/customIPPrefix/id").and_then(Value::as_str) {
                        Some(target) => Some(refs::custom_range(ctx, target, &id, &location)?),
                        None => None,
                    };
                    let range = match &custom {
                        Some((_, block)) => (block.start(), block.end() as u64 + 1),
                        None => (PREFIX_BASE, PREFIX_END as u64),
                    };
                    let start = allocate_block(ctx, &id, size, range)?;
                    let mut sku = body
                        .get("sku")
                        .cloned()
                        .unwrap_or(json!({"name": "Standard"}));
                    if sku.get("tier").is_none() {
                        sku["tier"] = json!("Regional");
                    }
                    let p = json!({
                        "name": name,
                        "id": id,
                        "type": PREFIX_TYPE,
                        "location": location,
                        "sku": sku,
                        "properties": {
                            "provisioningState": "Succeeded",
                            "resourceGuid": det_guid(&format!("guid:{}", id.to_lowercase())),
                            "prefixLength": len,
                            "publicIPAddressVersion": "IPv4",
                            "ipPrefix": format!("{}/{len}", ip_to_string(start)),
                            "ipTags": props.get("ipTags").cloned().unwrap_or(json!([])),
                        }
                    });
                    let mut p = p;
                    if let Some((custom_id, _)) = custom {
                        p["properties"]["customIPPrefix"] = json!({"id": custom_id});
                    }
                    (201, p)
                }
            };
            p["etag"] = json!(etag());
            match body.get("tags") {
                Some(t) if t.is_object() => p["tags"] = t.clone(),
                _ => {
                    if let Some(o) = p.as_object_mut() {
                        o.remove("tags");
                    }
                }
            }
            if let Some(z) = body.get("zones").filter(|z| z.is_array()) {
                p["zones"] = z.clone();
            }
            if let Some(place) = body.get("extendedLocation").filter(|e| e.is_object()) {
                p["extendedLocation"] = place.clone();
            }
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: store::PREFIX,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &p,
            )?;
            decorate_prefix(ctx, &mut p)?;
            p["properties"]["provisioningState"] = json!("Updating");
            network_lro(ctx, req, &scope.sub, &location, ok(status, &p))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            ensure_prefix_unused(ctx, &id)?;
            drop_prefix_block(ctx, &id)?;
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// Adds the read-only `publicIPAddresses` (the addresses in use) to a stored prefix.
fn decorate_prefix(ctx: &RequestContext, p: &mut Value) -> R<()> {
    let id = p
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_lowercase();
    let mut stmt = ctx.tx.prepare_cached(
        "SELECT r.id, a.instance FROM addresses a JOIN resources r ON r.id_lower = a.vmss_lower
         WHERE a.prefix_lower = ?1 ORDER BY a.ip",
    )?;
    let ids = stmt
        .query_map(params![id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let list: Vec<Value> = ids
        .iter()
        .map(|(vmss, i)| json!({"id": instance_ip_id(vmss, *i)}))
        .collect();
    if !list.is_empty() {
        p["properties"]["publicIPAddresses"] = json!(list);
    } else if let Some(o) = p["properties"].as_object_mut() {
        o.remove("publicIPAddresses");
    }
    Ok(())
}

/// The id AKS node public IPs have: an instance-level public IP configuration of the VMSS.
pub fn instance_ip_id(vmss_id: &str, instance: i64) -> String {
    let vmss_name = vmss_id.rsplit('/').next().unwrap_or("");
    format!(
        "{vmss_id}/virtualMachines/{instance}/networkInterfaces/{vmss_name}/ipConfigurations/ipconfig1/publicIPAddresses/pub1"
    )
}

/// The lowest aligned free block of `size` addresses in `[base, end)`: the emulator's public
/// range, or a custom IP prefix's.
fn allocate_block(ctx: &RequestContext, prefix_id: &str, size: u32, range: (u32, u64)) -> R<u32> {
    let (base, end) = range;
    let mut stmt = ctx
        .tx
        .prepare_cached("SELECT start, size FROM prefix_blocks ORDER BY start")?;
    let blocks = stmt
        .query_map([], |r| {
            Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u32))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut cand = base;
    'search: while (cand as u64 + size as u64) <= end {
        for (s, n) in &blocks {
            if cand < s + n && *s < cand + size {
                // Overlap: jump past this block, keeping alignment.
                let next = s + n;
                cand = next.div_ceil(size) * size;
                continue 'search;
            }
        }
        ctx.tx.execute(
            "INSERT INTO prefix_blocks(prefix_lower, start, size) VALUES (?1, ?2, ?3)",
            params![prefix_id.to_lowercase(), cand as i64, size as i64],
        )?;
        return Ok(cand);
    }
    let what = if base == PREFIX_BASE {
        "the emulator's public address range".to_string()
    } else {
        format!(
            "the custom IP prefix {}/{}",
            ip_to_string(base),
            32 - (end - base as u64).ilog2()
        )
    };
    Err(ApiError::bad_request(
        "PublicIPCountLimitReached",
        format!(
            "Cannot create public IP prefix {prefix_id}: no free block of {size} addresses is left in {what}."
        ),
    ))
}

pub fn drop_prefix_block(ctx: &RequestContext, prefix_id: &str) -> R<()> {
    ctx.tx.execute(
        "DELETE FROM prefix_blocks WHERE prefix_lower = ?1",
        params![prefix_id.to_lowercase()],
    )?;
    Ok(())
}

/// (first address, size) of a prefix's block.
pub fn prefix_block(ctx: &RequestContext, prefix_id: &str) -> R<Option<(u32, u32)>> {
    Ok(ctx
        .tx
        .query_row(
            "SELECT start, size FROM prefix_blocks WHERE prefix_lower = ?1",
            params![prefix_id.to_lowercase()],
            |r| Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u32)),
        )
        .optional()?)
}

pub fn used_in_prefix(ctx: &RequestContext, prefix_id: &str) -> R<i64> {
    Ok(ctx.tx.query_row(
        "SELECT COUNT(*) FROM addresses WHERE prefix_lower = ?1",
        params![prefix_id.to_lowercase()],
        |r| r.get(0),
    )?)
}

pub fn ensure_prefix_unused(ctx: &RequestContext, prefix_id: &str) -> R<()> {
    let first: Option<(String, i64)> = ctx
        .tx
        .query_row(
            "SELECT r.id, a.instance FROM addresses a JOIN resources r ON r.id_lower = a.vmss_lower
             WHERE a.prefix_lower = ?1 ORDER BY a.ip LIMIT 1",
            params![prefix_id.to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match first {
        Some((vmss, i)) => Err(ApiError::bad_request(
            "InUsePublicIpPrefixCannotBeDeleted",
            format!(
                "Public IP prefix {prefix_id} cannot be deleted since it is still allocated to resource {}.",
                instance_ip_id(&vmss, i)
            ),
        )),
        None => Ok(()),
    }
}

/// Gives each of `instances` of a VMSS an address: the lowest free ones of the prefix block,
/// or of the general range without a prefix. The caller checked there is room.
pub fn allocate(
    ctx: &RequestContext,
    prefix_id: Option<&str>,
    vmss_id: &str,
    instances: &[i64],
) -> R<()> {
    if instances.is_empty() {
        return Ok(());
    }
    let (start, end) = match prefix_id {
        Some(p) => {
            let (s, n) = prefix_block(ctx, p)?.ok_or_else(|| {
                ApiError::internal(format!("public IP prefix {p} has no address block"))
            })?;
            (s, s + n)
        }
        None => (GENERAL_BASE, GENERAL_END),
    };
    let used: std::collections::HashSet<u32> = {
        let mut stmt = ctx
            .tx
            .prepare_cached("SELECT ip FROM addresses WHERE ip >= ?1 AND ip < ?2")?;
        stmt.query_map(params![start as i64, end as i64], |r| {
            Ok(r.get::<_, i64>(0)? as u32)
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    let mut free = (start..end).filter(|ip| !used.contains(ip));
    let mut stmt = ctx.tx.prepare_cached(
        "INSERT INTO addresses(ip, prefix_lower, vmss_lower, instance) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for i in instances {
        let ip = free.next().ok_or_else(|| {
            ApiError::internal("the emulator ran out of public addresses".to_string())
        })?;
        stmt.execute(params![
            ip as i64,
            prefix_id.map(str::to_lowercase),
            vmss_id.to_lowercase(),
            i
        ])?;
    }
    Ok(())
}

/// Frees the addresses of instances `from` and up (scale-in), or all with `from = 0`.
pub fn free_instances(ctx: &RequestContext, vmss_id: &str, from: i64) -> R<()> {
    ctx.tx.execute(
        "DELETE FROM addresses WHERE vmss_lower = ?1 AND instance >= ?2",
        params![vmss_id.to_lowercase(), from],
    )?;
    Ok(())
}

pub fn free_vmss_addresses(ctx: &RequestContext, vmss_id: &str) -> R<()> {
    free_instances(ctx, vmss_id, 0)
}

/// instance → address of a VMSS.
pub fn vmss_addresses(ctx: &RequestContext, vmss_id: &str) -> R<Vec<(i64, u32)>> {
    let mut stmt = ctx.tx.prepare_cached(
        "SELECT instance, ip FROM addresses WHERE vmss_lower = ?1 ORDER BY instance",
    )?;
    let rows = stmt
        .query_map(params![vmss_id.to_lowercase()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)? as u32))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

// ---------------------------------------------------------------------------------------
// Application security groups

fn asg(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(ASG_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|a| ok(200, &a))
            .ok_or_else(|| ApiError::not_found(ASG_TYPE, name, &scope.rg)),
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            let body = req.body()?;
            let location = required_location(&body, ASG_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut a = existing.unwrap_or_else(|| new_asg(&id, name, &location));
            a["etag"] = json!(etag());
            match body.get("tags") {
                Some(t) if t.is_object() => a["tags"] = t.clone(),
                _ => {
                    if let Some(o) = a.as_object_mut() {
                        o.remove("tags");
                    }
                }
            }
            put_asg(ctx, &scope.sub, &scope.rg, &id, &a)?;
            let mut shown = a.clone();
            shown["properties"]["provisioningState"] = json!("Updating");
            network_lro(ctx, req, &scope.sub, &location, ok(status, &shown))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            if let Some(pool) = asg_user(ctx, &id)? {
                return Err(ApiError::bad_request(
                    "InUseApplicationSecurityGroupCannotBeDeleted",
                    format!(
                        "Application security group {id} cannot be deleted because it is in use by agent pool {pool}."
                    ),
                ));
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

pub fn new_asg(id: &str, name: &str, location: &str) -> Value {
    json!({
        "name": name, "id": id, "etag": etag(), "type": ASG_TYPE, "location": location,
        "properties": {
            "provisioningState": "Succeeded",
            "resourceGuid": det_guid(&format!("guid:{}", id.to_lowercase()))
        }
    })
}

pub fn put_asg(ctx: &RequestContext, sub: &str, rg: &str, id: &str, body: &Value) -> R<()> {
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: store::ASG,
            sub,
            rg: Some(rg),
            parent: None,
        },
        body,
    )
}

/// The id of an agent pool whose nodes are in this ASG, if any.
fn asg_user(ctx: &RequestContext, asg_id: &str) -> R<Option<String>> {
    let mut stmt = ctx.tx.prepare_cached(
        "SELECT id, body FROM resources WHERE kind = ?1 AND instr(lower(body), ?2) > 0",
    )?;
    let rows = stmt
        .query_map(params![store::POOL, asg_id.to_lowercase()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, body) in rows {
        let v: Value = serde_json::from_str(&body)?;
        let uses = v
            .pointer("/properties/networkProfile/applicationSecurityGroups")
            .and_then(Value::as_array)
            .is_some_and(|a| {
                a.iter()
                    .any(|x| x.as_str().is_some_and(|s| s.eq_ignore_ascii_case(asg_id)))
            });
        if uses {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_names() {
        assert!(valid_network_name("pfx"));
        assert!(valid_network_name("a.b-c_"));
        assert!(!valid_network_name("-a"));
        assert!(!valid_network_name("a."));
        assert!(!valid_network_name(""));
    }
}
