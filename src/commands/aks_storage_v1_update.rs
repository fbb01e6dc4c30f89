//! Azure Container Storage version 1 on `aks update`, as az 2.91's
//! `update_azure_container_storage` drives it when `--container-storage-version 1` comes with
//! `--enable-azure-container-storage`, or `--disable-azure-container-storage` meets an
//! installed version 1: the installed extension's settings read back
//! (`get_extension_installed_and_cluster_configs_v1`), the region's VM sizes, the checks and
//! prompts, the io engine labels on the node pools in the PUT; after it,
//! `perform_enable_azure_container_storage_v1` (`aks_storage_v1::enable`) or
//! `perform_disable_azure_container_storage_v1` through the k8s-extension CLI extension's calls
//! (`commands::aks_storage`).

use serde_json::{Map, Value};

use super::CommandContext;
use super::aks_storage::{delete_extension, patch_extension};
use super::aks_storage_v1::{OPERATOR_ROLE, Target, V1, enable, sku_cache, to_map};
use super::graph_principal::Assignee;
use super::role_assignments::delete_role_assignments;
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::spec::cluster_storage::{Options, Storage};
use crate::spec::cluster_storage_v1::{
    ALL, ELASTIC_SAN, IO_ENGINE_LABEL, IO_ENGINE_VALUE, PV_WITH_ANNOTATION, PoolDetails, SkuCache,
    V1State,
};
use crate::spec::cluster_storage_v1_settings::{EnableV1, PyNum, disable_settings, known_tier};

/// What version 1 read and decided before `aks update`'s PUT.
#[derive(Debug, Clone)]
pub struct UpdatePlan {
    state: V1State,
    skus: SkuCache,
    /// The type to enable and the node pools it goes on.
    enable: Option<(EnableV1, String)>,
    /// The type to disable, and whether to validate first.
    disable: Option<(String, Option<String>, bool)>,
}

/// az's `get_extension_installed_and_cluster_configs_v1`: any failure reads as not installed.
async fn read_state(ctx: &CommandContext, cluster_path: &str, pools: &[PoolDetails]) -> V1State {
    let mut state = V1State::default();
    let path = super::aks_storage::extension_path(cluster_path, V1.name);
    let Ok(e) = ctx
        .client
        .get(&path, super::aks_storage::EXTENSIONS_API)
        .await
    else {
        return state;
    };
    state.installed = e
        .pointer("/properties/extensionType")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case(V1.extension_type));
    let Some(settings) = e
        .pointer("/properties/configurationSettings")
        .and_then(Value::as_object)
        .filter(|_| state.installed)
    else {
        return state;
    };
    let text = |key: &str| {
        settings.get(key).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let on = |key: &str| text(key).is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if on("global.cli.activeControl") {
        state.azure_disk = on("global.cli.storagePool.azureDisk.enabled");
        state.elastic_san = on("global.cli.storagePool.elasticSan.enabled");
        state.nvme = on("global.cli.storagePool.ephemeralDisk.nvme.enabled");
        state.temp = on("global.cli.storagePool.ephemeralDisk.temp.enabled");
        let cpu = text("global.cli.resources.ioEngine.cpu").unwrap_or_else(|| "1".into());
        state.core_value = PyNum::Float(cpu.trim().parse().unwrap_or(1.0));
        state.perf_tier = known_tier(
            &text("global.cli.storagePool.ephemeralDisk.nvme.perfTier").unwrap_or_default(),
        );
        if on("global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation") {
            state.volume_type = PV_WITH_ANNOTATION.to_string();
        }
    } else {
        // before selective control every type was on, NVMe where a labelled pool has L sizes
        state.azure_disk = true;
        state.elastic_san = true;
        state.temp = true;
        state.core_value = PyNum::Int(1);
        state.nvme = pools
            .iter()
            .any(|p| p.labelled() && p.vm_size.to_lowercase().starts_with("standard_l"));
    }
    state
}

/// The cluster's node pools as az's validators see them.
fn pool_details(body: &Value) -> Vec<PoolDetails> {
    let pools = body
        .pointer("/properties/agentPoolProfiles")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    pools
        .iter()
        .map(|p| PoolDetails {
            name: p["name"].as_str().unwrap_or_default().to_string(),
            vm_size: p["vmSize"].as_str().unwrap_or_default().to_string(),
            count: p["count"].as_i64(),
            os_type: p["osType"].as_str().map(str::to_string),
            mode: p["mode"].as_str().map(str::to_string),
            taints: p["nodeTaints"].as_array().map(|t| {
                t.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            }),
            zoned: !p["availabilityZones"].is_null(),
            labels: p["nodeLabels"].as_object().map(|l| {
                l.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            }),
        })
        .collect()
}

/// az's `prompt_y_n` with its default answer (no tty: az's refusal).
fn ask(question: &str, default_yes: bool) -> Result<bool> {
    crate::output::prompt::y_n_or_yes_flag(question, Some(default_yes))
}

/// The version 1 part of az's `update_azure_container_storage`: the extensions and sizes it
/// reads, its checks and prompts, the io engine labels on the node pools in `body`. `None`:
/// a prompt was declined (az stops, nothing sent).
pub async fn before_update(
    ctx: &CommandContext,
    cluster_path: &str,
    body: &mut Value,
    storage: &Storage,
    yes: bool,
) -> Result<Option<UpdatePlan>> {
    storage.check_v1_update_switches()?;
    let pools = pool_details(body);
    if pools.is_empty() {
        return Err(AzError::validation(
            "Encounter an unexpected error while getting agent pool profiles from the cluster in the process of updating agentpool profile.",
        ));
    }
    let state = read_state(ctx, cluster_path, &pools).await;
    let location = body["location"].as_str().unwrap_or_default().to_string();
    let skus = sku_cache(ctx, &location).await?;
    let mut plan = UpdatePlan {
        state,
        skus,
        enable: None,
        disable: None,
    };
    if storage.enable.is_some() {
        let v2 = latest_version(ctx, cluster_path).await?;
        let labelled: Vec<String> = pools
            .iter()
            .filter(|p| p.labelled())
            .map(|p| p.name.clone())
            .collect();
        let mut list = storage.nodepools.clone();
        if !plan.state.installed && list.is_none() {
            list = Some(if !labelled.is_empty() {
                labelled.join(",")
            } else if pools.len() == 1 {
                pools[0].name.clone()
            } else {
                String::new()
            });
        }
        let mut warnings = Vec::new();
        let checked = storage.check_enable_v1(
            list.as_deref(),
            &pools,
            &plan.state,
            v2.as_deref(),
            &plan.skus,
            &mut warnings,
        );
        for w in warnings {
            ctx.warn(&w);
        }
        checked?;
        if plan.state.nvme
            && storage.ephemeral_nvme_perf_tier.is_some()
            && !yes
            && !ask(
                "Changing ephemeralDisk NVMe performance tier may result in a temporary interruption to the applications using Azure Container Storage. Do you want to continue with this operation?",
                false,
            )?
        {
            return Ok(None);
        }
        let list = if plan.state.installed {
            labelled.join(",")
        } else {
            let list = list.unwrap_or_default();
            label_pools(body, &list);
            list
        };
        let req = storage.enable_v1(Vec::new())?;
        plan.enable = Some((req, list));
    }
    if let Some(disable) = &storage.disable {
        let pool_type = match disable {
            Options::One(t) => Some(t.as_str()),
            _ => None,
        };
        storage.check_disable_v1(pool_type, &plan.state)?;
        let t = pool_type.unwrap_or_default();
        let question = if t == ALL {
            "Disabling Azure Container Storage will forcefully delete all the storage pools in the cluster and affect the applications using these storage pools. Forceful deletion of storage pools can also lead to leaking of storage resources which are being consumed. Do you want to validate whether any of the storage pools are being used before disabling Azure Container Storage?".to_string()
        } else {
            format!(
                "Disabling Azure Container Storage for storage pool type {t} will forcefully delete all the storage pools of the same type and affect the applications using these storage pools. Forceful deletion of storage pools can also lead to leaking of storage resources which are being consumed. Do you want to validate whether any of the storage pools of type {t} are being used before disabling Azure Container Storage?"
            )
        };
        let validate = yes || ask(&question, true)?;
        plan.disable = Some((t.to_string(), storage.pool_option.clone(), validate));
    }
    Ok(Some(plan))
}

/// az's `get_container_storage_extension_installed(..., "acstor")`: the latest version's
/// `currentVersion` when installed (`None` printed as Python does), nothing on a 404.
async fn latest_version(ctx: &CommandContext, cluster_path: &str) -> Result<Option<String>> {
    let path = super::aks_storage::extension_path(cluster_path, "acstor");
    let found = ctx
        .client
        .get_opt(&path, super::aks_storage::EXTENSIONS_API)
        .await
        .map_err(|e| {
            AzError::new(
                e.kind,
                format!(
                    "An error occurred while checking if Azure Container Storageextension is installed on the cluster: {}",
                    e.message
                ),
            )
        })?;
    Ok(found.map(|e| {
        e.pointer("/properties/currentVersion")
            .and_then(Value::as_str)
            .map_or_else(|| "None".to_string(), str::to_string)
    }))
}

/// The io engine label on the pools named in `list`, off the others (a fresh install).
fn label_pools(body: &mut Value, list: &str) {
    let names: Vec<&str> = list.split(',').collect();
    let Some(pools) = body
        .pointer_mut("/properties/agentPoolProfiles")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for pool in pools {
        let chosen = pool["name"].as_str().is_some_and(|n| names.contains(&n));
        if chosen {
            if !pool["nodeLabels"].is_object() {
                pool["nodeLabels"] = Value::Object(Map::new());
            }
            pool["nodeLabels"][IO_ENGINE_LABEL] = Value::String(IO_ENGINE_VALUE.to_string());
        } else if let Some(labels) = pool["nodeLabels"].as_object_mut() {
            labels.remove(IO_ENGINE_LABEL);
        }
    }
}

/// az's postprocessing of `aks update` for version 1: enable, then disable.
pub async fn after_update(
    ctx: &CommandContext,
    cluster_path: &str,
    cluster: &Value,
    plan: &UpdatePlan,
) -> Result<()> {
    let props = &cluster["properties"];
    let kubelet = props
        .pointer("/identityProfile/kubeletidentity/objectId")
        .and_then(Value::as_str);
    let node_rg = props["nodeResourceGroup"].as_str().unwrap_or_default();
    if let Some((req, list)) = &plan.enable {
        let Some(kubelet) = kubelet else {
            ctx.warn("Unexpected error getting kubelet's identity for the cluster.Unable to perform azure container storage operation.");
            return Ok(());
        };
        // az's `name in nodepool_list` tests a substring of the comma-separated names
        let vm_sizes = props["agentPoolProfiles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["name"].as_str().is_some_and(|n| list.contains(n)))
            .filter_map(|p| p["vmSize"].as_str().map(str::to_string))
            .collect();
        let req = EnableV1 {
            vm_sizes,
            ..req.clone()
        };
        let target = Target {
            cluster_path,
            node_rg,
            kubelet_object_id: kubelet,
        };
        enable(ctx, &target, &req, &plan.state, false, &plan.skus).await?;
    }
    if let Some((pool_type, option, validate)) = &plan.disable {
        let target = Target {
            cluster_path,
            node_rg,
            kubelet_object_id: kubelet.unwrap_or_default(),
        };
        disable(
            ctx,
            &target,
            pool_type,
            option.as_deref(),
            *validate,
            &plan.state,
        )
        .await?;
    }
    Ok(())
}

/// az's `perform_disable_azure_container_storage_v1`: the optional validation update, then
/// the extension deleted (`all`, roles revoked) or one type switched off and the state reset.
async fn disable(
    ctx: &CommandContext,
    t: &Target<'_>,
    pool_type: &str,
    option: Option<&str>,
    validate: bool,
    state: &V1State,
) -> Result<()> {
    let s = disable_settings(pool_type, option, state);
    let path = t.cluster_path;
    let mut no_wait_delete = false;
    if validate {
        match patch_extension(ctx, path, V1.name, to_map(&s.validation), Wait::Yes).await {
            Ok(done) => {
                if done == "Succeeded" {
                    ctx.warn("Validation succeeded. Continuing Azure Container Storage disable operation...");
                }
                // the validation deleted the storage pools: the uninstall need not be awaited
                no_wait_delete = pool_type == ALL;
            }
            Err(e) => {
                patch_extension(ctx, path, V1.name, to_map(&s.validation_failed), Wait::No).await?;
                let message = if !e.message.contains("pre-upgrade hooks failed") {
                    "Validation failed. Unable to perform Azure Container Storage operation. Resetting cluster state.".to_string()
                } else if pool_type == ALL {
                    "Validation failed. Please ensure that storagepools are not being used. Unable to perform disable Azure Container Storage operation. Resetting cluster state.".to_string()
                } else {
                    format!(
                        "Validation failed. Please ensure that storagepools of type {pool_type} are not being used. Unable to perform disable Azure Container Storage operation. Resetting cluster state."
                    )
                };
                return Err(AzError::validation(message));
            }
        }
    }
    if pool_type == ALL {
        let wait = if no_wait_delete { Wait::No } else { Wait::Yes };
        delete_extension(ctx, path, V1.name, wait)
            .await
            .map_err(|_| {
                AzError::validation("Failure observed while disabling Azure Container Storage.")
            })?;
        ctx.warn("Azure Container Storage has been disabled.");
        // az revokes whatever the types were: older installs granted the role for all
        revoke(ctx, t).await;
        return Ok(());
    }
    let failed = match patch_extension(ctx, path, V1.name, to_map(&s.disable), Wait::Yes).await {
        Ok(_) => {
            if pool_type == ELASTIC_SAN && state.elastic_san {
                revoke(ctx, t).await;
            }
            false
        }
        Err(e) => {
            ctx.error(&format!(
                    "Failure observed while disabling Azure Container Storage storagepool type: {pool_type}.\nError: {}Resetting cluster state.",
                    e.message
                ),
            );
            true
        }
    };
    let after = if failed { &s.after_failed } else { &s.after };
    patch_extension(ctx, path, V1.name, to_map(after), Wait::No).await?;
    if !failed {
        ctx.warn(&format!(
            "Azure Container Storage storagepool type {pool_type} has been disabled."
        ));
    }
    Ok(())
}

/// `perform_role_operations_on_managed_rg(assign=False)`: the operator role's assignments
/// of the kubelet identity on the node resource group deleted; a failure is logged only.
async fn revoke(ctx: &CommandContext, t: &Target<'_>) {
    let scope = format!(
        "/subscriptions/{}/resourceGroups/{}",
        ctx.subscription, t.node_rg
    );
    let kubelet = Assignee::ObjectId(t.kubelet_object_id);
    let done = delete_role_assignments(ctx, OPERATOR_ROLE, kubelet, &scope).await;
    if !done {
        ctx.error("\nUnable to revoke Role Assignments if any, added for Azure Container Storage.");
    }
}
