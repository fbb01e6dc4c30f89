//! What `aks create` adds after the PUT for an Automatic cluster (the subnet trio's Network
//! Contributor grants come before it: `subnet_role::before_create`).

use serde_json::Value;

use super::CommandContext;
use super::graph_principal::Assignee;
use super::role_assignments::add_role_assignment_executor;
use crate::error::Result;

/// az's last step for an Automatic cluster: it reads the signed-in user from Microsoft Graph
/// (`/me`) and assigns them Azure Kubernetes Service RBAC Cluster Admin on the cluster (local
/// accounts are off). Any failure to read the user is az's warning; a service principal's
/// token gets Graph's "/me request is only valid with delegated authentication flow.".
pub async fn after_create(ctx: &CommandContext, cluster: &Value) -> Result<()> {
    if cluster.pointer("/sku/name").and_then(Value::as_str) != Some("Automatic") {
        return Ok(());
    }
    let user = match ctx.client.graph().signed_in_user().await {
        Ok(user) => user,
        Err(e) => {
            ctx.warn(&format!("Could not get signed in user: {}", e.message));
            return Ok(());
        }
    };
    let scope = cluster["id"].as_str().unwrap_or_default();
    let user_id = user["id"].as_str().unwrap_or_default();
    // az calls the executor itself here: one try, its error the command's
    let user = Assignee::ObjectId(user_id);
    add_role_assignment_executor(ctx, CLUSTER_ADMIN, user, scope, "User").await
}

const CLUSTER_ADMIN: &str = "Azure Kubernetes Service RBAC Cluster Admin";
