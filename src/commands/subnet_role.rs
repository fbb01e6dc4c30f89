//! `aks create --vnet-subnet-id` and the hosted system subnet trio: az checks that Network
//! Contributor is held on each subnet and, when it is not, grants it before the cluster's PUT
//! to the user-assigned identity of `--assign-identity`, or right after the PUT to the
//! cluster's system-assigned identity (acs `process_add_role_assignment_for_vnet_subnet`,
//! `immediate_processing_after_request`). A service principal gets them before the PUT too,
//! its client id resolved through Microsoft Graph.

use super::CommandContext;
use super::graph_principal::Assignee;
use super::role_assignments::{add_role_assignment, add_role_assignment_to};
use crate::arm::ApiVersion;
use crate::error::Result;
use crate::spec::aks::AksCreate;

const API: &str = ApiVersion::Authorization.as_str();
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

/// `process_add_role_assignment_for_vnet_subnet`, before the PUT: `--vnet-subnet-id` first,
/// then the trio. The missing grants go now to the identity of `--assign-identity` (az reads it
/// once per step) or to the service principal (az resolves its client id through Microsoft
/// Graph per grant); for the cluster's own identity, returns the subnets to grant after the
/// PUT (empty: none).
pub async fn before_create(ctx: &CommandContext, spec: &AksCreate) -> Result<Vec<String>> {
    if spec.skip_subnet_role_assignment {
        return Ok(Vec::new());
    }
    // the user's own identity or service principal: granted now; the cluster's: after the PUT
    let grant_now = spec
        .sec
        .assign_identity
        .as_deref()
        .is_some_and(|i| !i.is_empty())
        || spec.sec.service_principal().is_some();
    let vnet = spec
        .pool
        .vnet_subnet_id
        .as_deref()
        .filter(|s| !s.is_empty());
    let mut after = false;
    if let Some(subnet) = vnet
        && !exists(ctx, subnet).await?
    {
        if !grant_now {
            after = true;
        } else if !network_contributor(ctx, assignee(ctx, spec).await?.as_ref(), subnet).await {
            ctx.warn(
                "Could not create a role assignment for subnet. Are you an Owner on this subscription?",
            );
        }
    }
    let trio = spec.automatic.subnets_to_grant();
    let mut pending = Vec::new();
    if !trio.is_empty() {
        if grant_now {
            grant_trio(ctx, spec, &trio).await?;
        } else {
            for subnet in trio {
                if !exists(ctx, &subnet).await? {
                    pending.push(subnet);
                }
            }
        }
    }
    if !after && pending.is_empty() {
        return Ok(Vec::new());
    }
    // az's one list after the PUT: the vnet subnet (held or not), then the trio's missing ones
    let mut scopes: Vec<String> = vnet.into_iter().map(str::to_string).collect();
    for s in pending {
        if !scopes.contains(&s) {
            scopes.push(s);
        }
    }
    Ok(scopes)
}

/// An assignee that owns what it read.
enum Principal<'a> {
    ObjectId(String),
    ClientId(&'a str),
}

impl Principal<'_> {
    fn as_ref(&self) -> Assignee<'_> {
        match self {
            Principal::ObjectId(id) => Assignee::ObjectId(id),
            Principal::ClientId(id) => Assignee::ClientId(id),
        }
    }
}

/// Who gets the grants made before the PUT: the principal of `--assign-identity`, read from
/// ARM (az reads it once per step), else the service principal's client id, which each grant
/// resolves through Microsoft Graph.
async fn assignee<'a>(ctx: &CommandContext, spec: &'a AksCreate) -> Result<Principal<'a>> {
    match spec
        .sec
        .assign_identity
        .as_deref()
        .filter(|i| !i.is_empty())
    {
        Some(identity) => Ok(Principal::ObjectId(
            identity_principal(ctx, identity).await?,
        )),
        None => Ok(Principal::ClientId(
            spec.sec.service_principal().unwrap_or_default(),
        )),
    }
}

async fn network_contributor(ctx: &CommandContext, who: Assignee<'_>, subnet: &str) -> bool {
    add_role_assignment_to(ctx, "Network Contributor", who, subnet, "ServicePrincipal").await
}

/// The trio with the user's own identity or service principal: each subnet checked, then
/// granted when missing.
async fn grant_trio(ctx: &CommandContext, spec: &AksCreate, trio: &[String]) -> Result<()> {
    let principal = assignee(ctx, spec).await?;
    for subnet in trio {
        if exists(ctx, subnet).await? {
            continue;
        }
        if !network_contributor(ctx, principal.as_ref(), subnet).await {
            ctx.warn(&format!(
                "Could not create a role assignment for subnet {subnet}. Are you an Owner on this subscription?"
            ));
        }
    }
    Ok(())
}

/// `get_user_assigned_identity_object_id`: the identity's principal, read from ARM.
async fn identity_principal(ctx: &CommandContext, identity: &str) -> Result<String> {
    let read = super::aks_kubelet_identity::read_identity(ctx, identity).await?;
    Ok(read["properties"]["principalId"]
        .as_str()
        .unwrap_or_default()
        .to_string())
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
