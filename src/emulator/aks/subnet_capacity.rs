//! AKS's `InsufficientSubnetSize`: the pools in a bring-your-own node subnet must fit in it,
//! counted as AKS pre-allocates (each node's own address, and with Azure CNI on the node subnet
//! one per pod as well; an autoscaled pool at its max count).

use super::*;

/// Azure keeps five addresses of every subnet block.
const AZURE_RESERVED: i64 = 5;

/// What one node of `pool` takes from its node subnet.
fn per_node(net: &Value, pool: &Value) -> i64 {
    let plugin = net["networkPlugin"].as_str().unwrap_or("azure");
    let overlay = net["networkPluginMode"].as_str() == Some("overlay");
    let pod_subnet = subnet_of(pool, "podSubnetID").is_some();
    if plugin.eq_ignore_ascii_case("azure") && !overlay && !pod_subnet {
        pool["maxPods"].as_i64().unwrap_or(30) + 1
    } else {
        1
    }
}

fn nodes(pool: &Value) -> i64 {
    if pool["enableAutoScaling"].as_bool() == Some(true) {
        pool["maxCount"].as_i64().unwrap_or_else(|| count_of(pool))
    } else {
        count_of(pool)
    }
}

/// Refuses `changes` when the pools of `cluster` in a changed pool's subnet (after the
/// changes) need more addresses than the subnet has.
pub(super) fn check(
    ctx: &RequestContext,
    cluster: &Value,
    info: &ClusterInfo,
    changes: &[PoolChange],
) -> R<()> {
    let net = &cluster["properties"]["networkProfile"];
    let mut pools: Vec<(String, Value)> = store::children(ctx.tx, &info.id, store::POOL)?
        .into_iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap_or("").to_string(),
                p["properties"].clone(),
            )
        })
        .filter(|(n, _)| !changes.iter().any(|c| c.name.eq_ignore_ascii_case(n)))
        .collect();
    pools.extend(changes.iter().map(|c| (c.name.clone(), c.props.clone())));
    for ch in changes {
        let Some(subnet_id) = subnet_of(&ch.props, "vnetSubnetID") else {
            continue;
        };
        let Some((subnet, _)) = vnet::find_subnet(ctx, &subnet_id)? else {
            continue;
        };
        let prefixes = vnet::subnet_prefixes(&subnet["properties"]);
        let available: i64 = prefixes
            .iter()
            .filter_map(|p| vnet::parse_cidr(p))
            .map(|c| (1i64 << (32 - u32::from(c.len))) - AZURE_RESERVED)
            .sum();
        let needed: i64 = pools
            .iter()
            .filter(|(_, p)| {
                subnet_of(p, "vnetSubnetID").is_some_and(|s| s.eq_ignore_ascii_case(&subnet_id))
            })
            .map(|(_, p)| nodes(p) * per_node(net, p))
            .sum();
        if needed > available {
            return Err(ApiError::bad_request(
                "InsufficientSubnetSize",
                format!(
                    "Pre-allocated IPs {needed} exceeds IPs available {available} in Subnet Cidr {}, Subnet Name {}. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize",
                    prefixes.first().map_or("", String::as_str),
                    subnet["name"].as_str().unwrap_or("")
                ),
            )
            .with_target("agentPoolProfile.count"));
        }
    }
    Ok(())
}
