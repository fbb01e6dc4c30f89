//! Azure Container Storage on `aks create|update`: the `acstor` cluster extension
//! (`Microsoft.KubernetesConfiguration/extensions` under the cluster), as az 2.91's
//! `perform_azure_container_storage_update` drives it through the k8s-extension CLI extension
//! (its `create_k8s_extension`, `update_k8s_extension`, `delete_k8s_extension`,
//! `show_k8s_extension`). azr has those calls built in.

use serde_json::{Map, Value, json};

use super::CommandContext;
use crate::arm::Method;
use crate::client::Wait;
use crate::error::{AzError, Result};
use crate::spec::cluster_storage::{Installed, Options, Storage, csi_settings};

/// The api-version of the k8s-extension CLI extension's client (`SourceControlConfigurationClient`,
/// `DEFAULT_API_VERSION`).
pub(super) const EXTENSIONS_API: &str = "2023-05-01";
/// The providers client k8s-extension checks the registration with (azure-mgmt-resource's
/// `ResourceManagementClient` default in az 2.91).
const PROVIDERS_API: &str = "2025-04-01";
const NAMESPACE: &str = "Microsoft.KubernetesConfiguration";
/// The latest version's installation and extension type (az's `_consts.py`).
const NAME: &str = "acstor";
const EXTENSION_TYPE: &str = "microsoft.azurecontainerstoragev2";
const RELEASE_NAMESPACE: &str = "kube-system";
/// Version 1's installation.
const V1_NAME: &str = "azurecontainerstorage";

pub(super) fn extension_path(cluster_path: &str, name: &str) -> String {
    format!("{cluster_path}/providers/{NAMESPACE}/extensions/{name}")
}

fn cluster_name(cluster_path: &str) -> &str {
    cluster_path.rsplit('/').next().unwrap_or_default()
}

/// What `aks update` decided before its PUT, done after it.
#[derive(Debug, Clone)]
pub enum UpdatePlan {
    Latest {
        enable: Option<Options>,
        disable: Option<Options>,
        installed: bool,
    },
    V1(Box<super::aks_storage_v1_update::UpdatePlan>),
}

/// az's `set_up_azure_container_storage` then, once the cluster exists, its postprocessing
/// (version 1's with the VM sizes its set-up listed).
pub async fn after_create(
    ctx: &CommandContext,
    cluster_path: &str,
    cluster: &Value,
    storage: &Storage,
    v1_skus: Option<&crate::spec::cluster_storage_v1::SkuCache>,
) -> Result<()> {
    if let Some(skus) = v1_skus {
        return super::aks_storage_v1::after_create(ctx, cluster_path, cluster, storage, skus)
            .await;
    }
    match &storage.enable {
        Some(add) => apply(ctx, cluster_path, Some(add), None, false).await,
        None => Ok(()),
    }
}

/// What `before_update` came to.
#[derive(Debug, Clone)]
pub enum Before {
    /// Neither switch: nothing to do.
    Nothing,
    /// The disable prompt was declined: az stops there, nothing sent, nothing printed.
    Declined,
    /// The extension work after the cluster's PUT.
    After(UpdatePlan),
}

/// az's `update_azure_container_storage`: the checks and reads before the cluster's PUT.
pub async fn before_update(
    ctx: &CommandContext,
    cluster_path: &str,
    body: &mut Value,
    storage: &Storage,
    yes: bool,
) -> Result<Before> {
    storage.check_update_early()?;
    if storage.enable.is_none() && storage.disable.is_none() {
        return Ok(Before::Nothing);
    }
    let v1 = v1_version(ctx, cluster_path).await.map_err(|e| {
        AzError::new(
            e.kind,
            format!(
                "An error occurred while checking the version of Azure Container Storage extension installed on the cluster: {}",
                e.message
            ),
        )
    })?;
    // version 1: enabling it, or disabling where it is installed
    if (storage.enable.is_some() && storage.is_v1()) || (storage.disable.is_some() && v1.is_some())
    {
        return Ok(
            match super::aks_storage_v1_update::before_update(ctx, cluster_path, body, storage, yes)
                .await?
            {
                Some(plan) => Before::After(UpdatePlan::V1(Box::new(plan))),
                None => Before::Declined,
            },
        );
    }
    storage.check_update_switches()?;
    let mut installed = latest(ctx, cluster_path).await;
    installed.v1 = v1_version(ctx, cluster_path).await.map_err(|e| {
        AzError::new(
            e.kind,
            format!(
                "An error occurred while checking if Azure Container Storage extension is installed on the cluster: {}",
                e.message
            ),
        )
    })?;
    if let Some(add) = &storage.enable {
        storage.check_enable(add, &installed)?;
    }
    if let Some(remove) = &storage.disable {
        if !yes && !super::aks_update::ask_y_n(&Storage::disable_question(remove))? {
            return Ok(Before::Declined);
        }
        storage.check_disable(remove, &installed)?;
    }
    Ok(Before::After(UpdatePlan::Latest {
        enable: storage.enable.clone(),
        disable: storage.disable.clone(),
        installed: installed.latest,
    }))
}

/// The postprocessing of `aks update`: enable, then disable (az runs both blocks in turn).
pub async fn after_update(
    ctx: &CommandContext,
    cluster_path: &str,
    cluster: &Value,
    plan: &UpdatePlan,
) -> Result<()> {
    let (enable, disable, installed) = match plan {
        UpdatePlan::V1(plan) => {
            return super::aks_storage_v1_update::after_update(ctx, cluster_path, cluster, plan)
                .await;
        }
        UpdatePlan::Latest {
            enable,
            disable,
            installed,
        } => (enable, disable, *installed),
    };
    if let Some(add) = enable {
        apply(ctx, cluster_path, Some(add), None, installed).await?;
    }
    if let Some(remove) = disable {
        apply(ctx, cluster_path, None, Some(remove), installed).await?;
    }
    Ok(())
}

/// az's `get_container_storage_extension_installed(..., "azurecontainerstorage")`: its
/// `currentVersion` when there, `None` on a 404, the error otherwise.
async fn v1_version(ctx: &CommandContext, cluster_path: &str) -> Result<Option<String>> {
    let found = ctx
        .client
        .get_opt(&extension_path(cluster_path, V1_NAME), EXTENSIONS_API)
        .await?;
    Ok(found.map(|e| {
        e.pointer("/properties/currentVersion")
            .and_then(Value::as_str)
            .map_or_else(|| "None".to_string(), str::to_string)
    }))
}

/// az's `get_extension_installed_and_cluster_configs`: any failure reads as not installed.
async fn latest(ctx: &CommandContext, cluster_path: &str) -> Installed {
    let Ok(e) = ctx
        .client
        .get(&extension_path(cluster_path, NAME), EXTENSIONS_API)
        .await
    else {
        return Installed::default();
    };
    let is_latest = e
        .pointer("/properties/extensionType")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case(EXTENSION_TYPE));
    let settings = e.pointer("/properties/configurationSettings");
    let enabled = |key: &str| {
        settings.and_then(|s| s.get(key)).is_some_and(|v| match v {
            Value::Bool(b) => *b,
            Value::String(s) => s.trim().eq_ignore_ascii_case("true"),
            Value::Null => false,
            other => other.to_string().trim().eq_ignore_ascii_case("true"),
        })
    };
    Installed {
        latest: is_latest,
        ephemeral_disk: is_latest && enabled("csiDriverConfigs.local-csi-driver.enabled"),
        elastic_san: is_latest && enabled("csiDriverConfigs.azuresan-csi-driver.enabled"),
        v1: None,
    }
}

/// az's `perform_azure_container_storage_update`.
async fn apply(
    ctx: &CommandContext,
    cluster_path: &str,
    add: Option<&Options>,
    remove: Option<&Options>,
    installed: bool,
) -> Result<()> {
    let delete = remove.is_some_and(Options::removes_all);
    let mut delete_auto = false;
    if !delete {
        let settings: Map<String, Value> = csi_settings(add, remove)
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        let outcome = if installed {
            patch(ctx, cluster_path, settings).await
        } else {
            create(ctx, cluster_path, settings).await
        };
        match outcome {
            Ok(state) => succeeded(ctx, &state, installed),
            Err(e) if installed => ctx.error(&format!(
                "Azure Container Storage failed to update.\nError: {}.",
                e.message
            )),
            Err(e) => {
                ctx.error(&format!(
                    "Azure Container Storage failed to install.\nError: {}",
                    e.message
                ));
                delete_auto = true;
            }
        }
    }
    if delete || delete_auto {
        if delete_auto {
            ctx.warn("Cleaning up the cluster by disabling Azure Container Storage");
        }
        remove_extension(ctx, cluster_path).await.map_err(|e| {
            AzError::new(
                e.kind,
                format!(
                    "Failed to disable Azure Container Storage with error: {}",
                    e.message
                ),
            )
        })?;
        ctx.warn("Azure Container Storage has been disabled.");
        if delete_auto {
            ctx.warn(
                "Please retry enabling Azure Container Storage by running `az aks update` along with `--enable-azure-container-storage`",
            );
        }
    }
    Ok(())
}

/// az's warning when the install or update it waited for ended well.
pub(super) fn succeeded(ctx: &CommandContext, provisioning_state: &str, installed: bool) {
    if provisioning_state == "Succeeded" {
        ctx.warn(if installed {
            "Azure Container Storage successfully updated"
        } else {
            "Azure Container Storage successfully installed"
        });
    }
}

fn provisioning_state(e: &Value) -> String {
    e.pointer("/properties/provisioningState")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// An installation of a storage extension: its name, type and namespace (az's `_consts.py`).
pub(super) struct Ext {
    pub name: &'static str,
    pub extension_type: &'static str,
    pub release_namespace: &'static str,
}

const LATEST: Ext = Ext {
    name: NAME,
    extension_type: EXTENSION_TYPE,
    release_namespace: RELEASE_NAMESPACE,
};

/// k8s-extension's `create_k8s_extension` for the latest version.
async fn create(
    ctx: &CommandContext,
    cluster_path: &str,
    settings: Map<String, Value>,
) -> Result<String> {
    create_extension(ctx, cluster_path, &LATEST, settings).await
}

/// k8s-extension's `create_k8s_extension` (`scope="cluster"`, auto-upgrade, stable train): the
/// registration check (`validate_cc_registration`, warnings only), then the PUT, followed to
/// its end.
pub(super) async fn create_extension(
    ctx: &CommandContext,
    cluster_path: &str,
    ext: &Ext,
    settings: Map<String, Value>,
) -> Result<String> {
    let provider = format!("/subscriptions/{}/providers/{NAMESPACE}", ctx.subscription);
    match ctx.client.get(&provider, PROVIDERS_API).await {
        Ok(p) => {
            let state = p["registrationState"].as_str().unwrap_or_default();
            if !state.eq_ignore_ascii_case("Registered") {
                ctx.warn(&format!(
                    "'Extensions' cannot be used because '{NAMESPACE}' provider has not been registered.More details for registering this provider can be found here - https://aka.ms/RegisterKubernetesConfigurationProvider"
                ));
            }
        }
        Err(_) => ctx.warn(&format!(
            "Unable to fetch registration state of '{NAMESPACE}' provider. Failed to enable 'extensions' feature..."
        )),
    }
    let body = json!({
        "properties": {
            "extensionType": ext.extension_type,
            "autoUpgradeMinorVersion": true,
            "releaseTrain": "stable",
            "scope": {"cluster": {"releaseNamespace": ext.release_namespace}},
            "configurationSettings": settings,
            "configurationProtectedSettings": {},
        }
    });
    let done = ctx
        .client
        .put(
            &extension_path(cluster_path, ext.name),
            EXTENSIONS_API,
            &body,
            Wait::Yes,
        )
        .await?;
    Ok(provisioning_state(&done))
}

/// k8s-extension's `update_k8s_extension` of the latest version, followed to its end.
async fn patch(
    ctx: &CommandContext,
    cluster_path: &str,
    settings: Map<String, Value>,
) -> Result<String> {
    patch_extension(ctx, cluster_path, NAME, settings, Wait::Yes).await
}

/// k8s-extension's `update_k8s_extension` (`yes=True`): GET, then PATCH the settings, followed
/// to its end unless `no_wait` (then the first answer's state).
pub(super) async fn patch_extension(
    ctx: &CommandContext,
    cluster_path: &str,
    name: &str,
    settings: Map<String, Value>,
    wait: Wait,
) -> Result<String> {
    let path = extension_path(cluster_path, name);
    ctx.client.get(&path, EXTENSIONS_API).await?;
    let body = json!({
        "properties": {
            "configurationSettings": settings,
            "configurationProtectedSettings": {},
        }
    });
    let url = crate::arm::id::with_api_version(&path, EXTENSIONS_API);
    let first = ctx
        .client
        .send(
            ctx.client
                .request(Method::PATCH, url.clone())
                .with_json(&body),
        )
        .await?;
    let accepted = first.status == 202 || first.header("Azure-AsyncOperation").is_some();
    if accepted && wait == Wait::No {
        return Ok(String::new());
    }
    if accepted {
        ctx.client.finish_lro(&first, &url).await?;
        let done = ctx.client.get(&path, EXTENSIONS_API).await?;
        return Ok(provisioning_state(&done));
    }
    let done = first
        .json_body()
        .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))?;
    Ok(provisioning_state(&done))
}

/// k8s-extension's `delete_k8s_extension` of the latest version.
async fn remove_extension(ctx: &CommandContext, cluster_path: &str) -> Result<()> {
    delete_extension(ctx, cluster_path, NAME, Wait::Yes).await
}

/// k8s-extension's `delete_k8s_extension` (`yes=True`): GET (nothing to delete when it fails),
/// then DELETE with `forceDelete=false`, followed to its end unless `no_wait`.
pub(super) async fn delete_extension(
    ctx: &CommandContext,
    cluster_path: &str,
    name: &str,
    wait: Wait,
) -> Result<()> {
    let path = extension_path(cluster_path, name);
    if ctx.client.get(&path, EXTENSIONS_API).await.is_err() {
        ctx.warn(&format!(
            "No extension with name '{name}' found on cluster '{}', so nothing to delete",
            cluster_name(cluster_path)
        ));
        return Ok(());
    }
    // the SDK puts its query parameters after the api-version
    let url = format!(
        "{}&forceDelete=false",
        crate::arm::id::with_api_version(&path, EXTENSIONS_API)
    );
    let first = ctx
        .client
        .send(ctx.client.request(Method::DELETE, url.clone()))
        .await?;
    if matches!(first.status, 201 | 202) && wait == Wait::Yes {
        ctx.client.finish_lro(&first, &url).await?;
    }
    Ok(())
}
