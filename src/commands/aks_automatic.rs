//! The calls `aks create` adds for a hosted system pool in the user's own network: az checks
//! Network Contributor on each subnet of the trio before the PUT
//! (`process_add_role_assignment_for_vnet_subnet`) and grants the missing ones to the
//! cluster's identity right after it (`immediate_processing_after_request`).

use super::CommandContext;
use super::subnet_role::exists;
use crate::error::Result;
use crate::spec::aks::AksCreate;

/// The subnets to grant after the PUT: `vnet` (the `--vnet-subnet-id` grant already found
/// missing) alone, or, when a subnet of the trio lacks the role, the vnet subnet (if any) and
/// those subnets, as az's one list.
pub async fn subnets_to_grant(
    ctx: &CommandContext,
    spec: &AksCreate,
    vnet: Option<String>,
) -> Result<Vec<String>> {
    let mut pending = Vec::new();
    if !spec.skip_subnet_role_assignment {
        for subnet in spec.automatic.subnets_to_grant() {
            if !exists(ctx, &subnet).await? {
                pending.push(subnet);
            }
        }
    }
    if pending.is_empty() {
        return Ok(vnet.into_iter().collect());
    }
    let mut scopes: Vec<String> = spec.pool.vnet_subnet_id.iter().cloned().collect();
    for s in pending {
        if !scopes.contains(&s) {
            scopes.push(s);
        }
    }
    Ok(scopes)
}

/// az's last step for an Automatic cluster: it reads the signed-in user from Microsoft Graph
/// (`/me`) and assigns them Azure Kubernetes Service RBAC Cluster Admin on the cluster (local
/// accounts are off). azr has no Graph client yet, so it says so instead of skipping it.
pub fn after_create(ctx: &CommandContext, cluster: &serde_json::Value) {
    if cluster
        .pointer("/sku/name")
        .and_then(serde_json::Value::as_str)
        != Some("Automatic")
    {
        return;
    }
    let id = cluster["id"].as_str().unwrap_or_default();
    ctx.warn(&format!(
        "azr does not yet read the signed-in user from Microsoft Graph to assign them 'Azure Kubernetes Service RBAC Cluster Admin' on the cluster, as az does for an Automatic cluster; assign it with: az role assignment create --role \"Azure Kubernetes Service RBAC Cluster Admin\" --assignee <your object id> --scope {id}"
    ));
}
