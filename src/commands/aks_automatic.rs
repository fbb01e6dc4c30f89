//! What `aks create` adds after the PUT for an Automatic cluster (the subnet trio's Network
//! Contributor grants come before it: `subnet_role::before_create`).

use super::CommandContext;

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
