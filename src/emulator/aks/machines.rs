//! `managedClusters/agentPools/machines`: the Machines API, one machine per VMSS instance of
//! the pool, with its zone and addresses (the node subnet's and, with node public IPs, its own).

use super::*;

const MACHINE_TYPE: &str = "Microsoft.ContainerService/managedClusters/agentPools/machines";

/// A pool's machines (`name: None`), or one of them.
pub(super) fn machines(
    ctx: &RequestContext,
    scope: &Scope,
    cluster_name: &str,
    pool_name: &str,
    name: Option<&str>,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    let info = ClusterInfo::from_body(&c);
    let pool = store::get(ctx.tx, &info.pool_id(pool_name))?.ok_or_else(|| {
        ApiError::not_found(
            &format!("{CLUSTER_TYPE}/{}/agentPools", info.name),
            pool_name,
            &scope.rg,
        )
    })?;
    let pool_name = pool["name"].as_str().unwrap_or(pool_name);
    let zones = str_list(&pool["properties"], "/availabilityZones");
    // Private addresses are numbered across the cluster's nodes, as kubectl shows them.
    let view = cluster_view(ctx, &info)?;
    let all: Vec<Value> = view
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.pool == pool_name)
        .enumerate()
        .map(|(instance, (index, node))| {
            let mut addresses = vec![json!({"family": "IPv4", "ip": kube::node_ip(index)})];
            if let Some(ip) = &node.public_ip {
                addresses.push(json!({"family": "IPv4", "ip": ip}));
            }
            let mut m = json!({
                "id": format!("{}/machines/{}", info.pool_id(pool_name), node.name),
                "name": node.name,
                "type": MACHINE_TYPE,
                "properties": {
                    "network": {"ipAddresses": addresses},
                    "resourceId": format!("{}/virtualMachines/{instance}", info.vmss_id(pool_name))
                }
            });
            if !zones.is_empty() {
                m["zones"] = json!([zones[instance % zones.len()]]);
            }
            m
        })
        .collect();
    match name {
        None => Ok(ok(200, &json!({ "value": all }))),
        Some(n) => all
            .into_iter()
            .find(|m| {
                m["name"]
                    .as_str()
                    .is_some_and(|x| x.eq_ignore_ascii_case(n))
            })
            .map(|m| ok(200, &m))
            .ok_or_else(|| {
                ApiError::not_found(&format!("{POOL_TYPE}/{pool_name}/machines"), n, &scope.rg)
            }),
    }
}
