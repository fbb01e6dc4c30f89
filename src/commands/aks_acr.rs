//! `--attach-acr` / `--detach-acr` of `aks create|update` (acs `ensure_aks_acr`): find the
//! registry (by id: a GET; by name: the subscription's resource list), then create the AcrPull
//! role assignment for the kubelet identity, or list and delete the ones it holds.

use serde_json::Value;

use super::CommandContext;
use super::graph_principal::Assignee;
use super::role_assignments::{add_role_assignment_to, delete_role_assignments};
use crate::arm::ApiVersion;
use crate::error::{AzError, Result};
use crate::spec::aks::AksCreate;
use crate::spec::cluster_acr::{self, AcrUpdate, Registry};

/// The version azure-mgmt-containerregistry (az 2.91) reads registries at.
const REGISTRY_API: &str = "2026-09-01-preview";
const REGISTRY_TYPE: &str = "Microsoft.ContainerRegistry/registries";

/// The registry's resource id, as ARM returns it. Errors as az's (`AzCLIError`: exit 1).
async fn find(ctx: &CommandContext, given: &str) -> Result<String> {
    let found = match Registry::parse(given) {
        Registry::Id {
            subscription,
            resource_group,
            name,
        } => {
            let path = format!(
                "/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/{REGISTRY_TYPE}/{name}"
            );
            ctx.client
                .get(&path, REGISTRY_API)
                .await
                .map_err(|e| AzError::validation(e.message))?
        }
        Registry::Name(name) => by_name(ctx, &name).await?,
    };
    Ok(found["id"].as_str().unwrap_or_default().to_string())
}

/// azure-cli's `get_resource_by_name`: every registry of the subscription, matched by name.
async fn by_name(ctx: &CommandContext, name: &str) -> Result<Value> {
    let filter = crate::encoding::percent_encode(&format!("resourceType eq '{REGISTRY_TYPE}'"));
    let path = format!(
        "/subscriptions/{}/resources?$filter={filter}",
        ctx.subscription
    );
    let all = ctx
        .client
        .list(&path, ApiVersion::Resources.as_str())
        .await
        .map_err(|e| AzError::validation(e.message))?;
    let mut matching: Vec<Value> = all
        .into_iter()
        .filter(|r| {
            r["name"]
                .as_str()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .collect();
    match matching.len() {
        0 => {
            let message = format!(
                "The resource with name '{name}' and type '{REGISTRY_TYPE}' could not be found"
            );
            Err(AzError::validation(
                match subscription_name(&ctx.subscription) {
                    Some(n) => format!("{message} in subscription '{n} ({})'.", ctx.subscription),
                    None => format!("{message} in the current subscription."),
                },
            ))
        }
        1 => Ok(matching.remove(0)),
        _ => Err(AzError::validation(format!(
            "More than one resources with type '{REGISTRY_TYPE}' are found with name '{name}'."
        ))),
    }
}

/// The subscription's name as the logged-in accounts know it (azr's, then az's profile).
fn subscription_name(id: &str) -> Option<String> {
    use crate::config::profile::{ProfileFile, az_profile};
    let ours = ProfileFile::load(&crate::config::config_dir()).unwrap_or_default();
    [ours, az_profile()]
        .iter()
        .flat_map(|p| p.subscriptions.iter())
        .find(|a| a["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id)))
        .and_then(|a| a["name"].as_str().map(str::to_string))
}

/// AcrPull on the registry for `assignee` (an object id, or a service principal's client id
/// that az resolves through Microsoft Graph), of `principal_type` (az's default:
/// ServicePrincipal).
pub async fn attach(
    ctx: &CommandContext,
    acr: &str,
    assignee: Assignee<'_>,
    principal_type: Option<&str>,
) -> Result<()> {
    let registry = find(ctx, acr).await?;
    let kind = principal_type.unwrap_or("ServicePrincipal");
    if !add_role_assignment_to(ctx, "acrpull", assignee, &registry, kind).await {
        return Err(AzError::validation(
            "Could not create a role assignment for ACR. Are you an Owner on this subscription?",
        ));
    }
    Ok(())
}

/// Deletes the assignee's AcrPull assignments made at the registry itself (acs
/// `delete_role_assignments` without inherited ones); a service principal is resolved through
/// Microsoft Graph first (`search_role_assignments`).
pub async fn detach(ctx: &CommandContext, acr: &str, assignee: Assignee<'_>) -> Result<()> {
    let registry = find(ctx, acr).await?;
    if !delete_role_assignments(ctx, "acrpull", assignee, &registry).await {
        return Err(AzError::validation(
            "Could not delete role assignments for ACR. Are you an Owner on this subscription?",
        ));
    }
    Ok(())
}

/// `get_attach_acr`'s checks of `aks create`.
pub fn check_create(spec: &AksCreate) -> Result<()> {
    let managed = spec.sec.enable_managed_identity();
    cluster_acr::check_create(spec.attach_acr.as_deref(), managed, spec.no_wait)
}

/// `process_attach_acr` (before the PUT): with a service principal az grants AcrPull to the
/// principal's object id, which it resolves from the client id through Microsoft Graph (a
/// managed-identity cluster's kubelet identity gets it after the PUT: `after_create`).
pub async fn attach_before_create(ctx: &CommandContext, spec: &AksCreate) -> Result<()> {
    let (Some(acr), Some(client_id)) = (&spec.attach_acr, &spec.sec.service_principal) else {
        return Ok(());
    };
    if spec.sec.enable_managed_identity() {
        return Ok(());
    }
    attach(ctx, acr, Assignee::ClientId(client_id), None).await
}

/// `postprocessing_after_mc_created` of `aks create`.
pub async fn after_create(ctx: &CommandContext, spec: &AksCreate, cluster: &Value) -> Result<()> {
    attach_after(ctx, cluster, spec.attach_acr.as_deref(), None).await
}

fn is_msi(cluster: &Value) -> bool {
    cluster["identity"]["type"].as_str().is_some_and(|t| {
        t.eq_ignore_ascii_case("SystemAssigned") || t.eq_ignore_ascii_case("UserAssigned")
    })
}

/// Whether `aks update` waits for the cluster to attach the registry again after the PUT
/// (az's `check_is_postprocessing_required`: a managed-identity cluster and `--attach-acr`).
pub fn attach_after_update(body: &Value, acr: &AcrUpdate) -> bool {
    acr.attach.is_some() && is_msi(body)
}

/// `postprocessing_after_mc_created` (create and update): AcrPull for the kubelet identity
/// of the cluster as AKS returned it.
pub async fn attach_after(
    ctx: &CommandContext,
    cluster: &Value,
    acr: Option<&str>,
    principal_type: Option<&str>,
) -> Result<()> {
    let Some(acr) = acr else {
        return Ok(());
    };
    if !is_msi(cluster) {
        return Ok(());
    }
    let kubelet = cluster
        .pointer("/properties/identityProfile/kubeletidentity/objectId")
        .and_then(Value::as_str);
    match kubelet {
        Some(object_id) => attach(ctx, acr, Assignee::ObjectId(object_id), principal_type).await,
        None => {
            ctx.warn("Your cluster is successfully created, but we failed to attach acr to it, you can manually grant permission to the identity named <ClUSTER_NAME>-agentpool in MC_ resource group to give it permission to pull from ACR.");
            Ok(())
        }
    }
}

/// `process_attach_detach_acr` of `aks update`: the kubelet identity of a managed-identity
/// cluster, else the cluster's service principal (resolved through Microsoft Graph).
pub async fn attach_or_detach(
    ctx: &CommandContext,
    cluster: &Value,
    acr: &AcrUpdate,
) -> Result<()> {
    if !acr.changes_anything() {
        return Ok(());
    }
    // az's `get_assignee_from_identity_or_sp_profile`
    let assignee = if is_msi(cluster) {
        Assignee::ObjectId(cluster
            .pointer("/properties/identityProfile/kubeletidentity/objectId")
            .and_then(Value::as_str)
            .ok_or_else(|| AzError::validation("Unexpected error getting kubelet's identity for the cluster. Please do not set --attach-acr or --detach-acr. You can manually grant or revoke permission to the identity named <ClUSTER_NAME>-agentpool in MC_ resource group to access ACR."))?)
    } else {
        match cluster
            .pointer("/properties/servicePrincipalProfile/clientId")
            .and_then(Value::as_str)
            .filter(|c| !c.is_empty())
        {
            Some(client_id) => Assignee::ClientId(client_id),
            None => {
                return Err(AzError::validation(
                    "Cannot get the AKS cluster's service principal.",
                ));
            }
        }
    };
    if let Some(a) = &acr.attach {
        attach(ctx, a, assignee, acr.principal_type.as_deref()).await?;
    }
    if let Some(d) = &acr.detach {
        detach(ctx, d, assignee).await?;
    }
    Ok(())
}
