//! `aks create --vnet-subnet-id`: az checks that Network Contributor is held on the subnet
//! and, when it is not, grants it to the cluster's system-assigned identity right after the
//! cluster's PUT (acs `process_add_role_assignment_for_vnet_subnet`,
//! `immediate_processing_after_request`).

use serde_json::{Value, json};

use super::CommandContext;
use super::graph_principal::Assignee;
use crate::arm::{ApiVersion, id};
use crate::error::{ErrorKind, Result};
use crate::output::progress;

const API: &str = ApiVersion::Authorization.as_str();
/// acs's client reads role definitions at an older preview version than assignments.
const DEFINITIONS_API: &str = ApiVersion::AuthorizationRoleDefinitions.as_str();
const NETWORK_CONTRIBUTOR: &str = "4d97b98b-1d4f-4787-a291-c67834d212e7";

fn role_assignments(scope: &str) -> String {
    format!("{scope}/providers/Microsoft.Authorization/roleAssignments")
}

/// Whether a Network Contributor assignment exists at exactly this scope (az's
/// `subnet_role_assignment_exists`, which compares the scope as written).
pub async fn exists(ctx: &CommandContext, subnet_id: &str) -> Result<bool> {
    let path = format!("{}?$filter=atScope%28%29", role_assignments(subnet_id));
    let list = ctx.client.list(&path, API).await?;
    Ok(list.iter().any(|a| {
        let p = &a["properties"];
        p["scope"].as_str() == Some(subnet_id)
            && p["roleDefinitionId"]
                .as_str()
                .is_some_and(|r| r.ends_with(NETWORK_CONTRIBUTOR))
    }))
}

/// Grants Network Contributor on each subnet to the cluster's identity: reads the cluster once
/// for its principal, then az's `add_role_assignment` per subnet. A failure is az's warning, not
/// an error.
pub async fn grant(ctx: &CommandContext, cluster_path: &str, subnet_ids: &[String]) -> Result<()> {
    if subnet_ids.is_empty() {
        return Ok(());
    }
    let cluster = ctx
        .client
        .get(cluster_path, ApiVersion::ContainerService.as_str())
        .await?;
    let principal = cluster["identity"]["principalId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    for subnet_id in subnet_ids {
        if !add_role_assignment(ctx, "Network Contributor", &principal, subnet_id).await {
            ctx.warn(
                "Could not create a role assignment for subnet. Are you an Owner on this subscription?",
            );
        }
    }
    Ok(())
}

/// The monitoring add-on's legacy (shared key) route in the public cloud: Monitoring Metrics
/// Publisher on the cluster for the add-on's identity (acs `add_monitoring_role_assignment`).
pub async fn grant_monitoring_publisher(
    ctx: &CommandContext,
    cluster: &Value,
    cluster_path: &str,
) -> Result<()> {
    let Some(principal) = cluster
        .pointer("/properties/addonProfiles/omsagent/identity/objectId")
        .and_then(Value::as_str)
    else {
        ctx.warn("Could not find service principal or user assigned MSI for role assignment");
        return Ok(());
    };
    if !add_role_assignment(ctx, "Monitoring Metrics Publisher", principal, cluster_path).await {
        ctx.warn(
            "Could not create a role assignment for Monitoring addon. Are you an Owner on this subscription?",
        );
    }
    Ok(())
}

/// acs `add_role_assignment`: resolves the role by name at the scope, creates the assignment,
/// and reports the end on stderr as az's progress hook does. `false` when it failed.
pub async fn add_role_assignment(
    ctx: &CommandContext,
    role: &str,
    principal: &str,
    scope: &str,
) -> bool {
    add_role_assignment_as(ctx, role, principal, scope, "ServicePrincipal").await
}

/// `add_role_assignment` with az's `assignee_principal_type`. An assignment that already
/// exists is done, as az counts it.
pub async fn add_role_assignment_as(
    ctx: &CommandContext,
    role: &str,
    principal: &str,
    scope: &str,
    principal_type: &str,
) -> bool {
    add_role_assignment_to(
        ctx,
        role,
        Assignee::ObjectId(principal),
        scope,
        principal_type,
    )
    .await
}

/// `add_role_assignment_as` for an assignee az may resolve through Microsoft Graph (a service
/// principal's client id: `is_service_principal=True`), after the role and before the PUT.
pub async fn add_role_assignment_to(
    ctx: &CommandContext,
    role: &str,
    assignee: Assignee<'_>,
    scope: &str,
    principal_type: &str,
) -> bool {
    let granted = async {
        let defs = format!(
            "{scope}/providers/Microsoft.Authorization/roleDefinitions?$filter={}",
            crate::encoding::percent_encode(&format!("roleName eq '{role}'"))
        );
        let role = ctx.client.list(&defs, DEFINITIONS_API).await?;
        let role_id = role
            .first()
            .and_then(|r| r["id"].as_str())
            .unwrap_or_default()
            .to_string();
        let principal = assignee.object_id(ctx).await?;
        let name = uuid::Uuid::new_v4().to_string();
        let path = format!("{}/{}", role_assignments(scope), id::segment(&name));
        let body = json!({"properties": {
            "roleDefinitionId": role_id,
            "principalId": principal,
            "principalType": principal_type
        }});
        ctx.client
            .put_begin(&path, API, &body)
            .await
            .map(|_| Value::Null)
    }
    .await
    .or_else(|e| match &e.kind {
        ErrorKind::Arm { code, .. } if code == "RoleAssignmentExists" => Ok(Value::Null),
        _ => Err(e),
    });
    // az's progress hook: one line when it ends, then a newline
    let end = if granted.is_ok() {
        "AAD role propagation done"
    } else {
        "AAD role propagation failed"
    };
    ctx.progress(&format!("{}\n", progress::determinate_line(end, 1.0)));
    granted.is_ok()
}
