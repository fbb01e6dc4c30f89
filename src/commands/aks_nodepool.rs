//! `aks nodepool add|update|show|list|delete`, with az 2.91's call sequences.

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, bodies, id};
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks::{NodepoolAdd, NodepoolUpdate, PoolRef};
use crate::spec::pool_settings::PoolContext;
use crate::spec::pool_update::UpdatePlan;
use crate::spec::ports::HostPortRange;

const API: &str = ApiVersion::ContainerService.as_str();

fn wait(no_wait: bool) -> Wait {
    if no_wait { Wait::No } else { Wait::Yes }
}

fn pool_names(pools: &[Value]) -> impl Iterator<Item = &str> {
    pools
        .iter()
        .filter_map(|p| p.get("name").and_then(Value::as_str))
}

/// List the pools (following `nextLink`; the name must be free, compared as az does, case
/// sensitively) → PUT → poll → GET.
pub async fn add(ctx: &CommandContext, mut spec: NodepoolAdd) -> Result<Output> {
    let sub = &ctx.subscription;
    let pools = ctx
        .client
        .list(
            &id::agent_pools(sub, &spec.resource_group, &spec.cluster_name),
            API,
        )
        .await?;
    if pool_names(&pools).any(|n| n == spec.pool.name) {
        return Err(AzError::validation(format!(
            "Node pool {} already exists, please try a different name, use 'aks nodepool list' to get current list of node pool",
            spec.pool.name
        )));
    }
    super::pool_snapshot::apply(ctx, &mut spec.pool, &mut spec.kubernetes_version).await?;
    spec.pool.settings.check_decorator_rules(
        PoolContext::NodepoolAdd,
        spec.pool.count,
        spec.pool.mode.as_wire(),
    )?;
    super::pool_files::load(&mut spec.pool)?;
    let path = id::agent_pool(
        sub,
        &spec.resource_group,
        &spec.cluster_name,
        &spec.pool.name,
    );
    let body = bodies::agent_pool_add(&spec);
    let result = ctx
        .client
        .put(&path, API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::AGENT_POOL))
}

/// GET the pool → PUT it back whole with the new network profile → poll → GET.
pub async fn update(ctx: &CommandContext, mut spec: NodepoolUpdate) -> Result<Output> {
    let path = id::agent_pool(
        &ctx.subscription,
        &spec.resource_group,
        &spec.cluster_name,
        &spec.name,
    );
    let existing = ctx.client.get(&path, API).await?;
    let autoscaling_on = existing
        .pointer("/properties/enableAutoScaling")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let autoscaler = match spec.settings.check_against(autoscaling_on)? {
        UpdatePlan::Apply(change) => change,
        UpdatePlan::StopWithWarning(warning) => {
            ctx.warn(&warning);
            return Ok(None);
        }
    };
    super::pool_files::load_update(&mut spec.settings.features)?;
    for warning in clear_warnings(&existing, &spec) {
        ctx.warn(&warning);
    }
    let body = bodies::agent_pool_update(&existing, &spec, autoscaler);
    let result = ctx
        .client
        .put(&path, API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::AGENT_POOL))
}

/// An empty `--allowed-host-ports` or `--asg-ids` clears the list (aks-preview's rule): never
/// silently, the warning names what goes.
fn clear_warnings(existing: &Value, spec: &NodepoolUpdate) -> Vec<String> {
    let profile = existing.pointer("/properties/networkProfile");
    let current = |key: &str| -> Vec<Value> {
        profile
            .and_then(|p| p.get(key))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut warnings = Vec::new();
    if spec.allowed_host_ports.as_ref().is_some_and(Vec::is_empty) {
        let ports: Vec<String> = current("allowedHostPorts")
            .iter()
            .map(|r| HostPortRange::from_json(r).map_or_else(|| r.to_string(), |r| r.to_string()))
            .collect();
        if !ports.is_empty() {
            warnings.push(format!(
                "--allowed-host-ports '' removes every allowed host port of node pool '{}': {}.",
                spec.name,
                ports.join(", ")
            ));
        }
    }
    if spec.asg_ids.as_ref().is_some_and(Vec::is_empty) {
        let asgs: Vec<String> = current("applicationSecurityGroups")
            .iter()
            .map(|a| a.as_str().map_or_else(|| a.to_string(), str::to_string))
            .collect();
        if !asgs.is_empty() {
            warnings.push(format!(
                "--asg-ids '' removes every application security group of node pool '{}': {}.",
                spec.name,
                asgs.join(", ")
            ));
        }
    }
    warnings
}

pub async fn show(ctx: &CommandContext, pool: &PoolRef) -> Result<Output> {
    let path = id::agent_pool(
        &ctx.subscription,
        &pool.resource_group,
        &pool.cluster_name,
        &pool.name,
    );
    Ok(WireResult::model(
        ctx.client.get(&path, API).await?,
        models::AGENT_POOL,
    ))
}

pub async fn list(
    ctx: &CommandContext,
    resource_group: &str,
    cluster_name: &str,
) -> Result<Output> {
    let path = id::agent_pools(&ctx.subscription, resource_group, cluster_name);
    Ok(WireResult::model(
        Value::Array(ctx.client.list(&path, API).await?),
        models::AGENT_POOL,
    ))
}

/// List the pools (the name must exist, compared case-insensitively as az does) → DELETE,
/// with `ignore-pod-disruption-budget=true` for `--ignore-pdb`.
pub async fn delete(
    ctx: &CommandContext,
    pool: &PoolRef,
    no_wait: bool,
    ignore_pdb: bool,
) -> Result<Output> {
    let sub = &ctx.subscription;
    let pools = ctx
        .client
        .list(
            &id::agent_pools(sub, &pool.resource_group, &pool.cluster_name),
            API,
        )
        .await?;
    if !pool_names(&pools).any(|n| n.eq_ignore_ascii_case(&pool.name)) {
        return Err(AzError::validation(format!(
            "Node pool {} doesnt exist, use 'aks nodepool list' to get current node pool list",
            pool.name
        )));
    }
    let mut path = id::agent_pool(sub, &pool.resource_group, &pool.cluster_name, &pool.name);
    if ignore_pdb {
        path.push_str("?ignore-pod-disruption-budget=true");
    }
    ctx.client.delete(&path, API, wait(no_wait)).await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn update(ports: Option<Vec<HostPortRange>>, asgs: Option<Vec<String>>) -> NodepoolUpdate {
        NodepoolUpdate {
            resource_group: "rg".into(),
            cluster_name: "c".into(),
            name: "np2".into(),
            allowed_host_ports: ports,
            asg_ids: asgs,
            settings: Default::default(),
            no_wait: false,
        }
    }

    #[test]
    fn clearing_names_what_it_removes() {
        let existing = json!({"properties": {"networkProfile": {
            "allowedHostPorts": [{"portStart": 40000, "portEnd": 60000, "protocol": "UDP"}],
            "applicationSecurityGroups": ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/a"],
        }}});
        assert_eq!(
            clear_warnings(&existing, &update(Some(vec![]), Some(vec![]))),
            vec![
                "--allowed-host-ports '' removes every allowed host port of node pool 'np2': 40000-60000/udp.".to_string(),
                "--asg-ids '' removes every application security group of node pool 'np2': /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/a.".to_string(),
            ]
        );
        // Not given, or given with values: no warning.
        assert!(clear_warnings(&existing, &update(None, None)).is_empty());
        let port =
            HostPortRange::from_json(&json!({"portStart": 80, "portEnd": 80, "protocol": "TCP"}));
        assert!(clear_warnings(&existing, &update(port.map(|p| vec![p]), None)).is_empty());
        // Nothing there to remove.
        assert!(clear_warnings(&json!({}), &update(Some(vec![]), Some(vec![]))).is_empty());
    }
}
