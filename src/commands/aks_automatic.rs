//! What `aks create` adds after the PUT for an Automatic cluster (the subnet trio's Network
//! Contributor grants come before it: `subnet_role::before_create`).

use serde_json::{Value, json};

use super::CommandContext;
use crate::arm::ApiVersion;
use crate::error::{AzError, Result};

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
    assign_role(ctx, CLUSTER_ADMIN, user_id, scope, "User").await
}

const CLUSTER_ADMIN: &str = "Azure Kubernetes Service RBAC Cluster Admin";

/// acs `add_role_assignment_executor` called on its own (no retries, no progress line): the
/// role by name at the scope, then the assignment; its errors are the command's.
async fn assign_role(
    ctx: &CommandContext,
    role: &str,
    principal: &str,
    scope: &str,
    principal_type: &str,
) -> Result<()> {
    let defs = format!(
        "{scope}/providers/Microsoft.Authorization/roleDefinitions?$filter={}",
        crate::encoding::percent_encode(&format!("roleName eq '{role}'"))
    );
    let found = ctx
        .client
        .list(&defs, ApiVersion::AuthorizationRoleDefinitions.as_str())
        .await?;
    let role_id = match found.as_slice() {
        [one] => one["id"].as_str().unwrap_or_default().to_string(),
        [] => return Err(AzError::validation(format!("Role '{role}' doesn't exist."))),
        many => {
            let ids: Vec<&str> = many.iter().filter_map(|r| r["id"].as_str()).collect();
            return Err(AzError::validation(format!(
                "More than one role matches the given name '{role}'. Please pick a value from '{ids:?}'"
            )));
        }
    };
    let path = format!(
        "{scope}/providers/Microsoft.Authorization/roleAssignments/{}",
        uuid::Uuid::new_v4()
    );
    let body = json!({"properties": {
        "roleDefinitionId": role_id,
        "principalId": principal,
        "principalType": principal_type
    }});
    ctx.client
        .put_begin(&path, ApiVersion::Authorization.as_str(), &body)
        .await?;
    Ok(())
}
