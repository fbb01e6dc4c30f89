//! `aks scale` and `aks nodepool scale`, with az 2.91's call sequences (acs `custom.py`,
//! `aks_scale` and `aks_agentpool_scale`).

use serde_json::{Value, json};

use super::{CommandContext, Output, put_back};
use crate::arm::{ApiVersion, bodies, id};
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks_scale::{AksScale, NodepoolScale};

const API: &str = ApiVersion::ContainerService.as_str();
const VIRTUAL_MACHINES: &str = "VirtualMachines";

/// GET the cluster → pick the pool (the only one, or `--nodepool-name`) → set its count →
/// PUT the whole cluster (without `servicePrincipalProfile`, as az nulls it) → poll → GET.
pub async fn scale(ctx: &CommandContext, spec: AksScale) -> Result<Output> {
    let c = &spec.cluster;
    let path = id::managed_cluster(&ctx.subscription, &c.resource_group, &c.name);
    let existing = ctx.client.get(&path, API).await?;
    let mut body = bodies::managed_cluster_put(&existing);
    set_cluster_pool_count(&mut body, &spec.nodepool_name, spec.node_count)?;
    put_back(
        ctx,
        &path,
        &body,
        &[],
        spec.no_wait,
        models::MANAGED_CLUSTER,
    )
    .await
}

/// az's choice of pool and its checks, in its order and words.
fn set_cluster_pool_count(body: &mut Value, nodepool_name: &str, count: i64) -> Result<()> {
    let props = &mut body["properties"];
    let profiles = props
        .get_mut("agentPoolProfiles")
        .and_then(Value::as_array_mut)
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            AzError::validation(
                "The cluster has no scalable node pools (this may be a Managed System Pool for Automatic cluster). Use az aks nodepool add/scale against a user node pool instead.",
            )
        })?;
    let only_one = profiles.len() == 1;
    if !only_one && nodepool_name.is_empty() {
        return Err(AzError::validation(
            "There are more than one node pool in the cluster. Please specify nodepool name or use az aks nodepool command to scale node pool",
        ));
    }
    let pool = profiles
        .iter_mut()
        .find(|p| {
            p.get("name").and_then(Value::as_str) == Some(nodepool_name)
                || (nodepool_name.is_empty() && only_one)
        })
        .ok_or_else(|| {
            AzError::validation(format!("The nodepool \"{nodepool_name}\" was not found."))
        })?;
    set_pool_count(pool, count)?;
    if let Some(m) = props.as_object_mut() {
        m.remove("servicePrincipalProfile");
    }
    Ok(())
}

/// The count of one pool (a cluster's profile or an agent pool's properties): `count`, or the
/// single manual scale profile of a `VirtualMachines` pool.
fn set_pool_count(pool: &mut Value, count: i64) -> Result<()> {
    if pool.get("enableAutoScaling").and_then(Value::as_bool) == Some(true) {
        return Err(AzError::validation(
            "Cannot scale cluster autoscaler enabled node pool.",
        ));
    }
    if pool.get("type").and_then(Value::as_str) == Some(VIRTUAL_MACHINES) {
        let manual = pool
            .pointer_mut("/virtualMachinesProfile/scale/manual")
            .and_then(Value::as_array_mut)
            .filter(|m| m.len() == 1)
            .ok_or_else(|| {
                AzError::validation(
                    "Cannot scale virtual machines node pool with more than one size.",
                )
            })?;
        manual[0]["count"] = json!(count);
    } else {
        pool["count"] = json!(count);
    }
    Ok(())
}

/// GET the pool → the same count is refused → PUT the pool with the new count → poll → GET.
pub async fn nodepool_scale(ctx: &CommandContext, spec: NodepoolScale) -> Result<Output> {
    let p = &spec.pool;
    let path = id::agent_pool(
        &ctx.subscription,
        &p.resource_group,
        &p.cluster_name,
        &p.name,
    );
    let existing = ctx.client.get(&path, API).await?;
    let mut body = bodies::agent_pool_put(&existing);
    let props = &mut body["properties"];
    if props.get("enableAutoScaling").and_then(Value::as_bool) == Some(true) {
        return Err(AzError::validation(
            "Cannot scale cluster autoscaler enabled node pool.",
        ));
    }
    if props.get("count").and_then(Value::as_i64) == Some(spec.node_count) {
        return Err(AzError::validation(
            "The new node count is the same as the current node count.",
        ));
    }
    set_pool_count(props, spec.node_count)?;
    put_back(ctx, &path, &body, &[], spec.no_wait, models::AGENT_POOL).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(pools: Value) -> Value {
        json!({"properties": {"agentPoolProfiles": pools, "servicePrincipalProfile": {"clientId": "msi"}}})
    }

    fn message(r: Result<()>) -> String {
        r.unwrap_err().message
    }

    #[test]
    fn the_only_pool_or_the_named_one() {
        let mut one = cluster(json!([{"name": "nodepool1", "count": 3}]));
        set_cluster_pool_count(&mut one, "", 5).unwrap();
        assert_eq!(one["properties"]["agentPoolProfiles"][0]["count"], 5);
        assert!(one["properties"].get("servicePrincipalProfile").is_none());

        let mut two =
            cluster(json!([{"name": "nodepool1", "count": 3}, {"name": "np2", "count": 1}]));
        assert_eq!(
            message(set_cluster_pool_count(&mut two.clone(), "", 5)),
            "There are more than one node pool in the cluster. Please specify nodepool name or use az aks nodepool command to scale node pool"
        );
        assert_eq!(
            message(set_cluster_pool_count(&mut two.clone(), "np3", 5)),
            "The nodepool \"np3\" was not found."
        );
        set_cluster_pool_count(&mut two, "np2", 4).unwrap();
        assert_eq!(two["properties"]["agentPoolProfiles"][1]["count"], 4);
        assert_eq!(two["properties"]["agentPoolProfiles"][0]["count"], 3);

        let mut none = cluster(json!([]));
        assert!(
            message(set_cluster_pool_count(&mut none, "", 1))
                .starts_with("The cluster has no scalable node pools")
        );
    }

    #[test]
    fn autoscaler_and_virtual_machines_pools() {
        let mut auto =
            cluster(json!([{"name": "nodepool1", "count": 3, "enableAutoScaling": true}]));
        assert_eq!(
            message(set_cluster_pool_count(&mut auto, "", 5)),
            "Cannot scale cluster autoscaler enabled node pool."
        );
        let mut vms = json!({"type": "VirtualMachines", "virtualMachinesProfile": {"scale": {"manual": [{"size": "Standard_D2s_v3", "count": 2}]}}});
        set_pool_count(&mut vms, 4).unwrap();
        assert_eq!(
            vms["virtualMachinesProfile"]["scale"]["manual"][0]["count"],
            4
        );
        assert!(vms.get("count").is_none());
        let mut two_sizes = json!({"type": "VirtualMachines", "virtualMachinesProfile": {"scale": {"manual": [{}, {}]}}});
        assert_eq!(
            message(set_pool_count(&mut two_sizes, 4)),
            "Cannot scale virtual machines node pool with more than one size."
        );
    }
}
