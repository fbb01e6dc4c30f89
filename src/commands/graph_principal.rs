//! Who a role assignment is for: an object id as it is, or a service principal's client id
//! that az resolves to its object id through Microsoft Graph (acs `resolve_object_id`, when
//! `add_role_assignment` runs with `is_service_principal=True`).

use super::CommandContext;
use crate::error::Result;

/// The assignee of acs `add_role_assignment` / `delete_role_assignments`.
#[derive(Debug, Clone, Copy)]
pub enum Assignee<'a> {
    /// A managed identity's or user's object id: used as it is.
    ObjectId(&'a str),
    /// A service principal's client id (or name): looked up in Microsoft Graph.
    ClientId(&'a str),
}

impl Assignee<'_> {
    /// The object id to assign to; a `ClientId` costs az's Graph lookups, in its order.
    pub async fn object_id(&self, ctx: &CommandContext) -> Result<String> {
        match self {
            Assignee::ObjectId(id) => Ok(id.to_string()),
            Assignee::ClientId(client_id) => {
                resolve_service_principal_object_id(ctx, client_id).await
            }
        }
    }
}

/// A service principal's object id from its client id, as az finds it (Graph
/// `servicePrincipals` by `servicePrincipalNames`, then by display name, then
/// `directoryObjects/getByIds`). For the `--service-principal` grants az makes through
/// `add_role_assignment(cmd, role, client_id, scope=...)`.
pub async fn resolve_service_principal_object_id(
    ctx: &CommandContext,
    client_id: &str,
) -> Result<String> {
    crate::client::graph::resolve_object_id(&ctx.client, client_id).await
}
