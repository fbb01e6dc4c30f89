//! Azure Container Storage version 1 on `aks create` (`--container-storage-version 1`), as
//! az 2.91 drives it (`aks update`'s is `aks_storage_v1_update`, with the enabling here): `set_up_azure_container_storage` lists the region's VM sizes (acs
//! `_helpers.generate_vm_sku_cache_for_region`, aaz `vm list-skus` at api 2019-04-01), checks the
//! node pool (`cluster_storage_v1`) and labels it for the io engine in the cluster's body; once
//! the cluster exists, `perform_enable_azure_container_storage_v1` grants the kubelet identity
//! Azure Container Storage Operator on the node resource group (Elastic SAN only) and installs
//! the `azurecontainerstorage` extension through the k8s-extension CLI extension's calls
//! (`commands::aks_storage`), then resets the extension's install fields without waiting.

use serde_json::{Map, Value};

use super::CommandContext;
use super::aks_storage::{Ext, create_extension, delete_extension, patch_extension, succeeded};
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::spec::aks::AksCreate;
use crate::spec::cluster_storage::Storage;
use crate::spec::cluster_storage_v1::{
    ELASTIC_SAN, IO_ENGINE_LABEL, IO_ENGINE_VALUE, PoolDetails, SkuCache, V1State,
};
use crate::spec::cluster_storage_v1_settings::{
    EnableV1, Settings, enable_settings, reset_after_failed_enable, reset_install,
};
use crate::spec::tags::Tags;

/// aaz `vm list-skus`'s api-version.
const SKUS_API: &str = "2019-04-01";
/// Version 1's installation (az's `_consts.py`).
pub(super) const V1: Ext = Ext {
    name: "azurecontainerstorage",
    extension_type: "microsoft.azurecontainerstorage",
    release_namespace: "acstor",
};
pub(super) const OPERATOR_ROLE: &str = "Azure Container Storage Operator";

/// az's `generate_vm_sku_cache_for_region`: every virtual machine size offered in the region,
/// with its cores (`vCPUsAvailable` over `vCPUs`) and whether it has an NVMe disk.
pub(super) async fn sku_cache(ctx: &CommandContext, location: &str) -> Result<SkuCache> {
    let path = format!(
        "/subscriptions/{}/providers/Microsoft.Compute/skus",
        ctx.subscription
    );
    let mut cache = SkuCache::new();
    for sku in ctx.client.list(&path, SKUS_API).await? {
        let is_vm = sku["resourceType"]
            .as_str()
            .is_some_and(|t| t.eq_ignore_ascii_case("virtualMachines"));
        let here = sku["locations"].as_array().is_some_and(|l| {
            l.iter()
                .any(|r| r.as_str().is_some_and(|r| r.eq_ignore_ascii_case(location)))
        });
        if !is_vm || !(location.is_empty() || here) {
            continue;
        }
        let Some(capabilities) = sku["capabilities"].as_array().filter(|c| !c.is_empty()) else {
            continue;
        };
        let (mut cores, mut nvme) = (-1, false);
        for c in capabilities {
            let value = || {
                c["value"]
                    .as_str()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1)
            };
            match c["name"].as_str() {
                Some("vCPUs") if cores == -1 => cores = value(),
                Some("vCPUsAvailable") => cores = value(),
                Some("NvmeDiskSizeInMiB") => nvme = true,
                _ => {}
            }
        }
        let name = sku["name"].as_str().unwrap_or_default().to_lowercase();
        cache.insert(name, (cores, nvme));
    }
    Ok(cache)
}

/// `set_up_azure_container_storage` for version 1: the size listing, the checks, the label on
/// the (only) node pool. The listing is kept for the work after the PUT.
pub async fn set_up_create(
    ctx: &CommandContext,
    spec: &mut AksCreate,
    location: &str,
) -> Result<Option<SkuCache>> {
    if spec.storage.enable.is_none() || !spec.storage.is_v1() {
        return Ok(None);
    }
    let skus = sku_cache(ctx, location).await?;
    let pool = &spec.pool;
    let s = &pool.settings;
    let details = PoolDetails {
        name: pool.name.clone(),
        vm_size: pool.vm_size.clone(),
        count: Some(i64::from(pool.count)),
        os_type: Some(s.os_type.clone()),
        mode: Some(pool.mode.as_wire().to_string()),
        taints: s.taints.clone(),
        zoned: s.zones.is_some(),
        labels: None,
    };
    let mut warnings = Vec::new();
    let checked = spec.storage.check_enable_v1(
        Some(&pool.name),
        &[details],
        &V1State::default(),
        None,
        &skus,
        &mut warnings,
    );
    for w in warnings {
        ctx.warn(&w);
    }
    checked?;
    spec.pool
        .settings
        .labels
        .get_or_insert_with(Tags::default)
        .insert(IO_ENGINE_LABEL, IO_ENGINE_VALUE);
    Ok(Some(skus))
}

/// az's postprocessing after the cluster's PUT: the kubelet identity and node resource group
/// it needs, then the installation.
pub async fn after_create(
    ctx: &CommandContext,
    cluster_path: &str,
    cluster: &Value,
    storage: &Storage,
    skus: &SkuCache,
) -> Result<()> {
    let props = &cluster["properties"];
    let Some(kubelet) = props
        .pointer("/identityProfile/kubeletidentity")
        .filter(|k| !k.is_null())
    else {
        ctx.warn("Unexpected error getting kubelet's identity for the cluster. Unable to perform the azure container storage operation.");
        return Ok(());
    };
    let Some(node_rg) = props["nodeResourceGroup"].as_str() else {
        ctx.warn("Unexpected error getting cluster's node resource group. Unable to perform the azure container storage operation.");
        return Ok(());
    };
    let vm_sizes = props["agentPoolProfiles"]
        .as_array()
        .and_then(|p| p.first())
        .and_then(|p| p["vmSize"].as_str())
        .map(|s| vec![s.to_string()])
        .unwrap_or_default();
    let req = storage.enable_v1(vm_sizes)?;
    let target = Target {
        cluster_path,
        node_rg,
        kubelet_object_id: kubelet["objectId"].as_str().unwrap_or_default(),
    };
    enable(ctx, &target, &req, &V1State::default(), true, skus).await
}

/// Where the storage goes: the cluster, its node resource group, the kubelet identity.
pub(super) struct Target<'a> {
    pub cluster_path: &'a str,
    pub node_rg: &'a str,
    pub kubelet_object_id: &'a str,
}

pub(super) fn to_map(s: &Settings) -> Map<String, Value> {
    s.0.iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect()
}

/// az's `perform_enable_azure_container_storage_v1`.
pub(super) async fn enable(
    ctx: &CommandContext,
    t: &Target<'_>,
    req: &EnableV1,
    state: &V1State,
    is_create: bool,
    skus: &SkuCache,
) -> Result<()> {
    // `validate_storagepool_creation`: Elastic SAN needs the operator role first
    if req.pool_type == ELASTIC_SAN {
        let scope = format!(
            "/subscriptions/{}/resourceGroups/{}",
            ctx.subscription, t.node_rg
        );
        if !super::role_assignments::add_role_assignment(
            ctx,
            OPERATOR_ROLE,
            t.kubelet_object_id,
            &scope,
        )
        .await
        {
            return Err(AzError::validation(format!(
                "Cannot set --enable-azure-container-storage to {ELASTIC_SAN}. Unable to add Role Assignments needed for Elastic SAN storage pools to be functional. Please check with your admin for permissions."
            )));
        }
    }
    let (settings, create_pool) = enable_settings(req, state, skus)?;
    let installed = state.installed;
    let outcome = if installed {
        patch_extension(ctx, t.cluster_path, V1.name, to_map(&settings), Wait::Yes).await
    } else {
        create_extension(ctx, t.cluster_path, &V1, to_map(&settings)).await
    };
    let (mut delete, mut failed_update) = (false, false);
    match outcome {
        Ok(done) => succeeded(ctx, &done, installed),
        Err(e) if is_create => {
            ctx.error(&format!(
                "Azure Container Storage failed to install.\nError: {}",
                e.message
            ));
            ctx.warn("AKS cluster is created. Please run `az aks update` along with `--enable-azure-container-storage` to enable Azure Container Storage.");
            delete = true;
        }
        Err(e) if installed => {
            ctx.error(&format!(
                    "AKS update to enable Azure Container Storage pool type {} failed. \n Error: {}. Resetting cluster state.",
                    req.pool_type, e.message
                ),
            );
            failed_update = true;
        }
        Err(e) => {
            ctx.error(&format!(
                "AKS update to enable Azure Container Storage failed.\nError: {}",
                e.message
            ));
            delete = true;
        }
    }
    // the clean-up and the reset are sent without waiting for them
    if delete {
        delete_extension(ctx, t.cluster_path, V1.name, Wait::No).await?;
    } else if create_pool || failed_update {
        let reset = if failed_update {
            reset_after_failed_enable(req, state)
        } else {
            reset_install()
        };
        patch_extension(ctx, t.cluster_path, V1.name, to_map(&reset), Wait::No).await?;
    }
    Ok(())
}
