//! Azure Virtual Network Manager IPAM: network managers and their IPAM pools
//! (`networkManagers/{nm}/ipamPools/{pool}`, each with `addressPrefixes`), and the allocations
//! VNets and subnets ask of them (`ipamPoolPrefixAllocations` with `numberOfIpAddresses`): each
//! gets one aligned block of the smallest power-of-two size holding that many addresses, free
//! in the pool (VNets) or in the VNet's space taken from the pool (subnets), reported back as
//! `allocatedAddressPrefixes`; without a count the holder's own prefixes are the allocation and
//! must lie in the pool. A block already allocated stays put while the request is the same.

use serde_json::{Map, Value, json};

use super::network::{invalid_name, network_lro, valid_network_name};
use super::resources::required_location;
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_guid, etag};
use super::vnet::{Cidr, parse_cidr};
use crate::arm::{ArmResponse, Method};

const MANAGER_TYPE: &str = "Microsoft.Network/networkManagers";
const POOL_TYPE: &str = "Microsoft.Network/networkManagers/ipamPools";
const MANAGER_KIND: &str = "microsoft.network/networkmanagers";
const POOL_KIND: &str = "microsoft.network/networkmanagers/ipampools";

/// `networkManagers/{nm}` (`pool: None`) and `networkManagers/{nm}/ipamPools/{pool}`.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    manager: &str,
    pool: Option<&str>,
) -> R<ArmResponse> {
    let manager_id = scope.provider_id(MANAGER_TYPE, manager);
    let (id, arm_type, kind, name) = match pool {
        None => (manager_id.clone(), MANAGER_TYPE, MANAGER_KIND, manager),
        Some(p) => (
            format!("{manager_id}/ipamPools/{p}"),
            POOL_TYPE,
            POOL_KIND,
            p,
        ),
    };
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => {
            let found = existing.ok_or_else(|| ApiError::not_found(arm_type, name, &scope.rg))?;
            Ok(ok(200, &found))
        }
        Method::PUT => {
            if !valid_network_name(name) {
                return Err(invalid_name(name));
            }
            if pool.is_some() && store::get(ctx.tx, &manager_id)?.is_none() {
                return Err(ApiError::new(
                    404,
                    "ParentResourceNotFound",
                    format!(
                        "Can not perform requested operation on nested resource. Parent resource '{manager}' not found."
                    ),
                ));
            }
            let body = req.body()?;
            let location = required_location(&body, arm_type)?;
            let mut props = match &body["properties"] {
                Value::Object(m) => m.clone(),
                _ => Map::new(),
            };
            props.retain(|_, v| !v.is_null());
            if pool.is_some() {
                pool_checks(&id, &props)?;
                props.insert("ipAddressType".into(), json!(["IPv4"]));
            } else {
                props.insert(
                    "resourceGuid".into(),
                    json!(det_guid(&format!("guid:{}", id.to_lowercase()))),
                );
            }
            props.insert("provisioningState".into(), json!("Succeeded"));
            let mut r = json!({
                "name": name, "id": id, "etag": etag(), "type": arm_type,
                "location": location, "properties": props
            });
            if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
                r["tags"] = t.clone();
            }
            let status = if existing.is_some() { 200 } else { 201 };
            let parent = pool.is_some().then_some(manager_id.as_str());
            let new = NewRes {
                id: &id,
                kind,
                sub: &scope.sub,
                rg: Some(&scope.rg),
                parent,
            };
            store::put(ctx.tx, &new, &r)?;
            network_lro(ctx, req, &scope.sub, &location, ok(status, &r))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            let users = match pool {
                Some(_) => pool_users(ctx, &id)?,
                None => store::children(ctx.tx, &id, POOL_KIND)?
                    .iter()
                    .filter_map(|p| p["id"].as_str().map(str::to_string))
                    .collect(),
            };
            if !users.is_empty() {
                return Err(ApiError::bad_request(
                    "CannotDeleteResource",
                    format!(
                        "Resource {id} cannot be deleted because it is in use by: {}.",
                        users.join(", ")
                    ),
                ));
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// A pool's address prefixes: well-formed, aligned, apart.
fn pool_checks(id: &str, props: &Map<String, Value>) -> R<Vec<Cidr>> {
    let prefixes: Vec<&str> = props
        .get("addressPrefixes")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out: Vec<Cidr> = Vec::new();
    for p in prefixes {
        let Some(c) = parse_cidr(p).filter(|c| c.aligned()) else {
            return Err(ApiError::bad_request(
                "InvalidAddressPrefixFormat",
                format!(
                    "Address prefix {p} of resource {id} is not formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24."
                ),
            ));
        };
        if out.iter().any(|o| o.overlaps(c)) {
            return Err(ApiError::bad_request(
                "IpamPoolAddressPrefixesOverlap",
                format!("The address prefixes of IPAM pool {id} overlap."),
            ));
        }
        out.push(c);
    }
    Ok(out)
}

/// The VNets and subnets with an allocation from the pool.
fn pool_users(ctx: &RequestContext, pool_id: &str) -> R<Vec<String>> {
    let mut out = Vec::new();
    let id_of = |v: &Value| v["id"].as_str().unwrap_or_default().to_string();
    for v in store::all(ctx.tx, store::VNET)? {
        if !allocated_from(&v["properties"]["addressSpace"], pool_id).is_empty() {
            out.push(id_of(&v));
        }
        for s in v["properties"]["subnets"].as_array().into_iter().flatten() {
            if !allocated_from(&s["properties"], pool_id).is_empty() {
                out.push(id_of(s));
            }
        }
    }
    Ok(out)
}

fn same_id(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The blocks `holder` (an address space or subnet properties) was allocated from the pool.
fn allocated_from(holder: &Value, pool_id: &str) -> Vec<Cidr> {
    holder["ipamPoolPrefixAllocations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| {
            a["pool"]["id"]
                .as_str()
                .is_some_and(|p| same_id(p, pool_id))
        })
        .flat_map(|a| {
            a["allocatedAddressPrefixes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|p| p.as_str().and_then(parse_cidr))
        .collect()
}

/// The pool an allocation names, which must exist.
fn pool_prefixes(ctx: &RequestContext, pool_id: &str, requester: &str) -> R<Vec<Cidr>> {
    let pool = store::get(ctx.tx, pool_id)?.filter(|p| {
        p["type"]
            .as_str()
            .is_some_and(|t| t.eq_ignore_ascii_case(POOL_TYPE))
    });
    let Some(pool) = pool else {
        return Err(ApiError::bad_request(
            "InvalidResourceReference",
            format!(
                "Resource {pool_id} referenced by resource {requester} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region."
            ),
        ));
    };
    let props = pool["properties"].as_object().cloned().unwrap_or_default();
    pool_checks(pool_id, &props)
}

/// The prefix length of the smallest block holding `n` addresses.
fn block_len(n: u64) -> Option<u8> {
    if n == 0 || n > 1 << 32 {
        return None;
    }
    Some(32 - n.next_power_of_two().trailing_zeros() as u8)
}

/// The first aligned block of length `len` inside one of `within`, clear of `taken`.
fn first_free(within: &[Cidr], taken: &[Cidr], len: u8) -> Option<Cidr> {
    for w in within.iter().filter(|w| w.len <= len) {
        let size = 1u64 << (32 - len);
        let mut at = w.start() as u64;
        while at + size - 1 <= w.end() as u64 {
            let c = Cidr {
                addr: at as u32,
                len,
            };
            if !taken.iter().any(|t| t.overlaps(c)) {
                return Some(c);
            }
            at += size;
        }
    }
    None
}

fn show(c: Cidr) -> String {
    c.canonical()
}

/// What one allocation request asks: the pool and the block length (`None`: no count, the
/// holder's own prefixes are the allocation).
fn request(a: &Value, requester: &str) -> R<(String, Option<u8>)> {
    let pool = a["pool"]["id"].as_str().unwrap_or_default().to_string();
    let count = a["numberOfIpAddresses"].as_str();
    let len = count.map(|c| c.trim().parse::<u64>().ok().and_then(block_len));
    match len {
        Some(None) => Err(invalid_request(requester, &pool, count.unwrap_or_default())),
        _ if pool.is_empty() => Err(invalid_request(requester, &pool, count.unwrap_or_default())),
        Some(len) => Ok((pool, len)),
        None => Ok((pool, None)),
    }
}

fn invalid_request(requester: &str, pool: &str, count: &str) -> ApiError {
    ApiError::bad_request(
        "InvalidIpamPoolPrefixAllocation",
        format!(
            "The IPAM pool allocation of resource {requester} must name a pool and either a positive numberOfIpAddresses or address prefixes of its own (got pool '{pool}', numberOfIpAddresses '{count}')."
        ),
    )
}

/// The prefixes the holder gives itself: `addressPrefix` and `addressPrefixes`, less the
/// blocks pools allocated it by count before (a PUT that echoes a GET sends them back).
fn explicit_prefixes(holder: &Value, previous: Option<&Value>) -> Vec<Cidr> {
    let counted: Vec<&str> = previous
        .and_then(|p| p["ipamPoolPrefixAllocations"].as_array())
        .into_iter()
        .flatten()
        .filter(|a| a["numberOfIpAddresses"].is_string())
        .flat_map(|a| {
            a["allocatedAddressPrefixes"]
                .as_array()
                .into_iter()
                .flatten()
        })
        .filter_map(Value::as_str)
        .collect();
    let single = holder["addressPrefix"].as_str().into_iter();
    let listed = holder["addressPrefixes"].as_array().into_iter().flatten();
    single
        .chain(listed.filter_map(Value::as_str))
        .filter(|p| !counted.contains(p))
        .filter_map(parse_cidr)
        .collect()
}

/// An allocation without a count: the holder's own prefixes, each inside the pool and clear
/// of what others hold.
fn static_blocks(
    pool_id: &str,
    pool: &[Cidr],
    own: &[Cidr],
    others: &[Cidr],
    requester: &str,
) -> R<Vec<Cidr>> {
    if own.is_empty() {
        return Err(invalid_request(requester, pool_id, ""));
    }
    for b in own {
        if !pool.iter().any(|p| p.contains(*b)) {
            return Err(ApiError::bad_request(
                "IpamPoolPrefixOutsidePool",
                format!(
                    "Address prefix {} of resource {requester} is not within the address prefixes of IPAM pool {pool_id}.",
                    show(*b)
                ),
            ));
        }
        if others.iter().any(|o| o.overlaps(*b)) {
            return Err(ApiError::bad_request(
                "IpamPoolPrefixAlreadyAllocated",
                format!(
                    "Address prefix {} of resource {requester} overlaps a block IPAM pool {pool_id} has already allocated.",
                    show(*b)
                ),
            ));
        }
    }
    Ok(own.to_vec())
}

/// Fills in `allocatedAddressPrefixes` of each allocation in `holder` (an address space or a
/// subnet's properties) and returns the blocks allocated by count (an allocation without a
/// count takes the holder's own prefixes, which must lie in the pool). `previous`: the same holder before
/// this PUT (its blocks are kept for an unchanged request); `region`: where a block may go
/// (`None`: the pool itself); `taken(pool)`: the blocks others hold.
pub fn allocate(
    ctx: &RequestContext,
    requester: &str,
    holder: &mut Value,
    previous: Option<&Value>,
    region: Option<&[Cidr]>,
    taken: &dyn Fn(&str) -> R<Vec<Cidr>>,
) -> R<Vec<String>> {
    let own = explicit_prefixes(holder, previous);
    let Some(list) = holder
        .get_mut("ipamPoolPrefixAllocations")
        .and_then(Value::as_array_mut)
    else {
        return Ok(Vec::new());
    };
    let mut mine: Vec<Cidr> = Vec::new();
    for a in list.iter_mut() {
        if let Some(m) = a.as_object_mut() {
            m.remove("allocatedAddressPrefixes");
        }
        let (pool_id, len) = request(a, requester)?;
        let pool = pool_prefixes(ctx, &pool_id, requester)?;
        let Some(len) = len else {
            let blocks = static_blocks(&pool_id, &pool, &own, &taken(&pool_id)?, requester)?;
            a["allocatedAddressPrefixes"] =
                json!(blocks.iter().map(|b| show(*b)).collect::<Vec<_>>());
            continue;
        };
        let kept = previous.and_then(|p| {
            let same = p["ipamPoolPrefixAllocations"]
                .as_array()?
                .iter()
                .find(|o| {
                    o["pool"]["id"]
                        .as_str()
                        .is_some_and(|i| same_id(i, &pool_id))
                        && o["numberOfIpAddresses"] == a["numberOfIpAddresses"]
                })?;
            let block = same["allocatedAddressPrefixes"][0]
                .as_str()
                .and_then(parse_cidr)?;
            Some(block)
        });
        let within: Vec<Cidr> = match region {
            None => pool.clone(),
            Some(r) => r
                .iter()
                .filter(|c| pool.iter().any(|p| p.contains(**c)))
                .copied()
                .collect(),
        };
        let mut others = taken(&pool_id)?;
        others.extend(mine.iter().copied());
        let fits = |b: &Cidr| {
            within.iter().any(|w| w.contains(*b)) && !others.iter().any(|o| o.overlaps(*b))
        };
        let block = match kept.filter(fits) {
            Some(b) => b,
            None => first_free(&within, &others, len).ok_or_else(|| {
                ApiError::bad_request(
                    "IpamPoolInsufficientAddressSpace",
                    format!(
                        "IPAM pool {pool_id} has no free block of {} addresses for resource {requester}.",
                        1u64 << (32 - len)
                    ),
                )
            })?,
        };
        mine.push(block);
        a["allocatedAddressPrefixes"] = json!([show(block)]);
    }
    Ok(mine.into_iter().map(show).collect())
}

/// The prefixes a holder ends with: those given, less the blocks pools allocated it before (a
/// PUT that echoes a GET sends them back), then the blocks allocated now.
pub fn merged_prefixes(
    given: Vec<String>,
    previous: Option<&Value>,
    allocated: Vec<String>,
) -> Vec<String> {
    let before: Vec<String> = previous
        .and_then(|p| p["ipamPoolPrefixAllocations"].as_array())
        .into_iter()
        .flatten()
        .flat_map(|a| {
            a["allocatedAddressPrefixes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect();
    let mut out: Vec<String> = given
        .into_iter()
        .filter(|p| !before.contains(p) && !allocated.contains(p))
        .collect();
    out.extend(allocated);
    out
}

/// The blocks the VNets other than `vnet_id` hold from the pool.
pub fn taken_by_other_vnets(ctx: &RequestContext, vnet_id: &str, pool_id: &str) -> R<Vec<Cidr>> {
    let mut out = Vec::new();
    for v in store::all(ctx.tx, store::VNET)? {
        if v["id"].as_str().is_some_and(|i| same_id(i, vnet_id)) {
            continue;
        }
        out.extend(allocated_from(&v["properties"]["addressSpace"], pool_id));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_the_smallest_power_of_two() {
        assert_eq!(block_len(100), Some(25));
        assert_eq!(block_len(256), Some(24));
        assert_eq!(block_len(1), Some(32));
        assert_eq!(block_len(0), None);
    }

    #[test]
    fn first_free_skips_taken_blocks() {
        let pool = [parse_cidr("10.0.0.0/24").unwrap()];
        let taken = [parse_cidr("10.0.0.0/25").unwrap()];
        assert_eq!(
            show(first_free(&pool, &taken, 26).unwrap()),
            "10.0.0.128/26"
        );
        assert_eq!(first_free(&pool, &taken, 24), None);
    }
}
