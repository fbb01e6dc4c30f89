//! `--assign-kubelet-identity` of `aks create` and `aks update`: az reads the identities
//! (acs `get_user_assigned_identity_by_resource_id`) and makes sure the control-plane identity
//! holds Managed Identity Operator on the kubelet identity
//! (`ensure_cluster_identity_permission_on_kubelet_identity`) before the cluster's PUT.

use serde_json::{Value, json};

use super::CommandContext;
use super::role_assignments::add_role_assignment_as;
use crate::arm::{ApiVersion, cluster_misc};
use crate::error::{AzError, ErrorKind, Result};
use crate::spec::aks::AksCreate;
use crate::spec::aks_update::AksUpdate;

/// The api-version of acs's ManagedServiceIdentityClient (az's profile: `MGMT_MSI`).
const MSI_API: &str = "2024-11-30";
const MANAGED_IDENTITY_OPERATOR: &str = "f1a07417-d97a-45cb-824c-7a7467783830";

/// acs `get_user_assigned_identity_by_resource_id`: the id is read in lower case, and only a
/// user-assigned identity's id parses.
pub async fn read_identity(ctx: &CommandContext, resource_id: &str) -> Result<Value> {
    let lower = resource_id.to_lowercase();
    let parts = lower
        .split_once("/subscriptions/")
        .and_then(|(_, rest)| rest.split_once("/resourcegroups/"))
        .and_then(|(sub, rest)| {
            let (group, name) =
                rest.split_once("/providers/microsoft.managedidentity/userassignedidentities/")?;
            Some((sub, group, name))
        });
    let Some((sub, group, name)) = parts else {
        return Err(AzError::validation(format!(
            "Cannot parse identity name from provided resource id '{lower}'."
        )));
    };
    let path = format!(
        "/subscriptions/{sub}/resourceGroups/{group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{name}"
    );
    ctx.client
        .get(&path, MSI_API)
        .await
        .map_err(|e| match &e.kind {
            ErrorKind::Arm { .. } if e.message.contains("was not found") => {
                AzError::new(e.kind.clone(), format!("Identity '{name}' not found."))
            }
            _ => e,
        })
}

fn property(identity: &Value, key: &str) -> Value {
    identity["properties"][key].clone()
}

/// `ensure_cluster_identity_permission_on_kubelet_identity`: an existing Managed Identity
/// Operator assignment at (or above) the scope is enough; otherwise one is made.
async fn ensure_operator(ctx: &CommandContext, principal: &str, scope: &str) -> Result<()> {
    let principal = principal.to_lowercase();
    let scope = scope.to_lowercase();
    let filter =
        crate::encoding::percent_encode(&format!("atScope() and assignedTo('{principal}')"));
    let path =
        format!("{scope}/providers/Microsoft.Authorization/roleAssignments?$filter={filter}");
    let list = ctx
        .client
        .list(&path, ApiVersion::Authorization.as_str())
        .await?;
    let held = list.iter().any(|a| {
        let p = &a["properties"];
        let lower = |k: &str| p[k].as_str().unwrap_or_default().to_lowercase();
        lower("roleDefinitionId").ends_with(MANAGED_IDENTITY_OPERATOR)
            && lower("principalId") == principal
            && scope.starts_with(&lower("scope"))
    });
    if held
        || add_role_assignment_as(
            ctx,
            "Managed Identity Operator",
            &principal,
            &scope,
            "ServicePrincipal",
        )
        .await
    {
        return Ok(());
    }
    Err(AzError::validation(format!(
        "Could not grant Managed Identity Operator permission to cluster identity at scope {scope}"
    )))
}

/// `set_up_identity_profile` of `aks create`, with the flags as given.
pub async fn set_up_create(ctx: &CommandContext, spec: &mut AksCreate) -> Result<()> {
    let (Some(kubelet), Some(control_plane)) = (
        spec.misc.kubelet_identity.clone(),
        spec.sec.assign_identity.clone(),
    ) else {
        return Ok(());
    };
    spec.misc.kubelet_identity_profile = Some(set_up(ctx, &control_plane, &kubelet).await?);
    Ok(())
}

/// `set_up_identity_profile` (create): the kubelet identity as read, then the control-plane
/// identity's permission on it. Returns `identityProfile.kubeletidentity`.
async fn set_up(ctx: &CommandContext, assign_identity: &str, kubelet: &str) -> Result<Value> {
    let identity = read_identity(ctx, kubelet).await?;
    let profile = json!({
        "resourceId": kubelet,
        "clientId": property(&identity, "clientId"),
        "objectId": property(&identity, "principalId"),
    });
    let cluster = read_identity(ctx, assign_identity).await?;
    let principal = property(&cluster, "principalId");
    ensure_operator(ctx, principal.as_str().unwrap_or_default(), kubelet).await?;
    Ok(profile)
}

/// `update_identity_profile`: asks first (unless `--yes`); the cluster must have (or be given)
/// a user-assigned identity. `false`: the user said no, nothing is sent (az's early exit).
pub async fn update(ctx: &CommandContext, mc: &mut Value, spec: &AksUpdate) -> Result<bool> {
    let Some(kubelet) = &spec.misc.kubelet_identity else {
        return Ok(true);
    };
    let question = format!(
        "You're going to update kubelet identity to {kubelet}, which will upgrade every node pool in the cluster and might take a while, do you wish to continue?"
    );
    if !spec.yes && !super::aks_update::ask_y_n(&question)? {
        return Ok(false);
    }
    let from_mc = mc
        .pointer("/identity/userAssignedIdentities")
        .and_then(Value::as_object)
        .and_then(|m| m.keys().next().cloned());
    let Some(control_plane) = spec
        .sec
        .assign_identity
        .clone()
        .filter(|i| !i.is_empty())
        .or(from_mc)
    else {
        return Err(AzError::validation(
            "--assign-identity is not provided and the cluster identity type is not user assigned, cannot update kubelet identity",
        ));
    };
    cluster_misc::update_kubelet_identity(mc, kubelet);
    let cluster = read_identity(ctx, &control_plane).await?;
    let principal = property(&cluster, "principalId");
    ensure_operator(ctx, principal.as_str().unwrap_or_default(), kubelet).await?;
    Ok(true)
}
