//! Role assignments as acs makes and removes them (`_roleassignments.py`): the role by name at
//! the scope, the assignee's object id (a service principal's client id resolved through
//! Microsoft Graph), the assignment.
//!
//! A new principal takes a while to reach every replica of the directory, so az tries ten
//! times, waiting 2, 4, ... 20 seconds after each failure: an ARM error is logged at INFO, any
//! other (Graph finding no such principal, an unknown role) as an `ERROR:` line, and the
//! command goes on with az's end of the progress line.

use serde_json::json;

use super::CommandContext;
use super::graph_principal::Assignee;
use crate::arm::{ApiVersion, id};
use crate::client::Wait;
use crate::error::{AzError, ErrorKind, Result};
use crate::output::progress;

const API: &str = ApiVersion::Authorization.as_str();
/// acs's client reads role definitions at an older preview version than assignments.
const DEFINITIONS_API: &str = ApiVersion::AuthorizationRoleDefinitions.as_str();

fn role_assignments(scope: &str) -> String {
    format!("{scope}/providers/Microsoft.Authorization/roleAssignments")
}

/// acs `resolve_role_id`: a role definition id as it is, else the one role of that name at
/// the scope.
pub async fn resolve_role_id(ctx: &CommandContext, role: &str, scope: &str) -> Result<String> {
    if uuid::Uuid::parse_str(role).is_ok() {
        return Ok(role.to_string());
    }
    let defs = format!(
        "{scope}/providers/Microsoft.Authorization/roleDefinitions?$filter={}",
        crate::encoding::percent_encode(&format!("roleName eq '{role}'"))
    );
    let found = ctx.client.list(&defs, DEFINITIONS_API).await?;
    match found.as_slice() {
        [one] => Ok(one["id"].as_str().unwrap_or_default().to_string()),
        [] => Err(AzError::validation(format!("Role '{role}' doesn't exist."))),
        many => {
            let ids: Vec<&str> = many.iter().filter_map(|r| r["id"].as_str()).collect();
            Err(AzError::validation(format!(
                "More than one role matches the given name '{role}'. Please pick a value from '{ids:?}'"
            )))
        }
    }
}

/// acs `add_role_assignment_executor`: one try, its errors the caller's.
pub async fn add_role_assignment_executor(
    ctx: &CommandContext,
    role: &str,
    assignee: Assignee<'_>,
    scope: &str,
    principal_type: &str,
) -> Result<()> {
    let role_id = resolve_role_id(ctx, role, scope).await?;
    let principal = assignee.object_id(ctx).await?;
    let name = uuid::Uuid::new_v4().to_string();
    let path = format!("{}/{}", role_assignments(scope), id::segment(&name));
    let body = json!({"properties": {
        "roleDefinitionId": role_id,
        "principalId": principal,
        "principalType": principal_type
    }});
    ctx.client.put_begin(&path, API, &body).await.map(|_| ())
}

/// acs `add_role_assignment` for a managed identity's object id. `false` when every try failed.
pub async fn add_role_assignment(
    ctx: &CommandContext,
    role: &str,
    principal: &str,
    scope: &str,
) -> bool {
    add_role_assignment_as(ctx, role, principal, scope, "ServicePrincipal").await
}

/// `add_role_assignment` with az's `assignee_principal_type`.
pub async fn add_role_assignment_as(
    ctx: &CommandContext,
    role: &str,
    principal: &str,
    scope: &str,
    principal_type: &str,
) -> bool {
    let assignee = Assignee::ObjectId(principal);
    add_role_assignment_to(ctx, role, assignee, scope, principal_type).await
}

/// `add_role_assignment` for an assignee az may resolve through Microsoft Graph (a service
/// principal's client id: `is_service_principal=True`). An assignment that already exists is
/// done, as az counts it.
pub async fn add_role_assignment_to(
    ctx: &CommandContext,
    role: &str,
    assignee: Assignee<'_>,
    scope: &str,
    principal_type: &str,
) -> bool {
    let once = async || match add_role_assignment_executor(
        ctx,
        role,
        assignee,
        scope,
        principal_type,
    )
    .await
    {
        Err(e) if matches!(&e.kind, ErrorKind::Arm { code, .. } if code == "RoleAssignmentExists") => {
            Ok(())
        }
        other => other,
    };
    with_retries(ctx, "AAD role propagation", once).await
}

/// acs `delete_role_assignments`: the assignee's assignments of `role` made at `scope` itself
/// (not inherited ones). `false` when every try failed.
pub async fn delete_role_assignments(
    ctx: &CommandContext,
    role: &str,
    assignee: Assignee<'_>,
    scope: &str,
) -> bool {
    with_retries(ctx, "AAD role deletion", async || {
        delete_role_assignments_executor(ctx, role, assignee, scope).await
    })
    .await
}

/// One try of acs `delete_role_assignments_executor`: the assignee first (`search_role_assignments`),
/// then the assignments at the scope; the role is resolved only when there is one to filter.
async fn delete_role_assignments_executor(
    ctx: &CommandContext,
    role: &str,
    assignee: Assignee<'_>,
    scope: &str,
) -> Result<()> {
    let principal = assignee.object_id(ctx).await?;
    let path = format!(
        "{}?$filter={}",
        role_assignments(scope),
        crate::encoding::percent_encode("atScope()")
    );
    let at_scope: Vec<_> = ctx
        .client
        .list(&path, API)
        .await?
        .into_iter()
        .filter(|a| {
            a["properties"]["scope"]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case(scope))
        })
        .collect();
    if at_scope.is_empty() {
        return Ok(());
    }
    let role_id = resolve_role_id(ctx, role, scope).await?;
    for a in at_scope {
        let p = &a["properties"];
        if p["roleDefinitionId"].as_str() == Some(&role_id)
            && p["principalId"].as_str() == Some(&principal)
        {
            let id = a["id"].as_str().unwrap_or_default();
            ctx.client.delete(id, API, Wait::Yes).await?;
        }
    }
    Ok(())
}

/// az's loop around a role change: ten tries, the waits on the client's clock, then one
/// progress line `"{what} done"` or `"{what} failed"`.
async fn with_retries(
    ctx: &CommandContext,
    what: &str,
    mut once: impl AsyncFnMut() -> Result<()>,
) -> bool {
    const TRIES: u32 = 10;
    const DELAY: std::time::Duration = std::time::Duration::from_secs(2);
    let mut done = false;
    for x in 0..TRIES {
        match once().await {
            Ok(()) => {
                done = true;
                break;
            }
            Err(e) if matches!(e.kind, ErrorKind::Arm { .. }) => ctx.info(&e.message),
            Err(e) => ctx.error(&e.message),
        }
        ctx.client.clock().sleep(DELAY * (x + 1)).await;
    }
    let end = format!("{what} {}", if done { "done" } else { "failed" });
    ctx.progress(&format!("{}\n", progress::determinate_line(&end, 1.0)));
    done
}
