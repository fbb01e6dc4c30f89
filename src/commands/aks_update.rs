//! `aks update`: GET the cluster, apply the flags in the order of az's
//! `AKSManagedClusterUpdateDecorator.update_mc_profile_default`, PUT the whole cluster.

use serde_json::{Value, json};

use super::{CommandContext, Output, put_back};
use crate::arm::{
    ApiVersion, bodies, cluster_monitor_logs, cluster_net, cluster_profile, cluster_sec, id,
};
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::aks_update::{AksUpdate, Autoscaler, custom_headers};

const API: &str = ApiVersion::ContainerService.as_str();

/// What applying the flags came to: a body to PUT, or az's early exit (a warning, no PUT).
#[derive(Debug, PartialEq)]
pub enum Applied {
    Put(Value),
    EarlyExit(String),
}

/// GET → apply → PUT → poll → GET. `app` has already asked about (or refused) a line that
/// changes nothing.
pub async fn update(ctx: &CommandContext, spec: AksUpdate) -> Result<Output> {
    let c = &spec.cluster;
    let path = id::managed_cluster(&ctx.subscription, &c.resource_group, &c.name);
    let existing = ctx.client.get(&path, API).await?;
    let mut body = match apply(&existing, &spec)? {
        Applied::Put(body) => body,
        Applied::EarlyExit(warning) => {
            if !warning.is_empty() {
                ctx.warn(&warning);
            }
            return Ok(None);
        }
    };
    // az's `process_attach_detach_acr` (after the tags, before the SKU): no change to the body
    super::aks_acr::attach_or_detach(ctx, &existing, &spec.acr).await?;
    let rg = &spec.cluster.resource_group;
    super::aks_defender::update(ctx, &mut body, &spec.addons, rg, &spec.misc.cloud).await?;
    if !super::aks_kubelet_identity::update(ctx, &mut body, &spec).await? {
        return Ok(None);
    }
    super::aks_metrics::before_update_put(ctx, &existing, &spec).await?;
    super::aks_monitor_logs::before_update_put(ctx, &existing, &mut body, &spec.monitor_logs, c)
        .await?;
    // az's `update_azure_container_storage`: the extensions it reads, its checks and prompt
    let storage_after =
        match super::aks_storage::before_update(ctx, &path, &mut body, &spec.storage, spec.yes)
            .await?
        {
            super::aks_storage::Before::Declined => return Ok(None),
            super::aks_storage::Before::Nothing => None,
            super::aks_storage::Before::After(plan) => Some(plan),
        };
    let headers = custom_headers(spec.aks_custom_headers.as_deref())?;
    let acr_after = super::aks_acr::attach_after_update(&body, &spec.acr);
    let logs_after = super::aks_monitor_logs::update_waits(&spec.monitor_logs);
    if !crate::arm::cluster_addon_profiles::update_waits(&existing)
        && !acr_after
        && !logs_after
        && storage_after.is_none()
    {
        return put_back(
            ctx,
            &path,
            &body,
            &headers,
            spec.no_wait,
            models::MANAGED_CLUSTER,
        )
        .await;
    }
    // an add-on's work after the PUT: az waits whatever `--no-wait` says (and prints nothing
    // with it), then logs what its key vault step read
    let result = put_back(ctx, &path, &body, &headers, false, models::MANAGED_CLUSTER).await?;
    if let Some(cluster) = result.as_ref().map(|r| &r.value) {
        super::aks_monitor_logs::after_update(
            ctx,
            &existing,
            &body,
            cluster,
            &spec.monitor_logs,
            c,
        )
        .await?;
        if acr_after {
            super::aks_acr::attach_after(
                ctx,
                cluster,
                spec.acr.attach.as_deref(),
                spec.acr.principal_type.as_deref(),
            )
            .await?;
        }
        if let Some(plan) = &storage_after {
            super::aks_storage::after_update(ctx, &path, cluster, plan).await?;
        }
        ctx.warn(&crate::arm::cluster_addon_profiles::keyvault_log_line(
            cluster,
        ));
    }
    Ok(if spec.no_wait { None } else { result })
}

/// The cluster as read, changed by the flags, ready to PUT.
pub fn apply(existing: &Value, spec: &AksUpdate) -> Result<Applied> {
    let mut mc = bodies::managed_cluster_put(existing);
    if let Some(exit) = update_agentpool_profile(&mut mc, spec)? {
        return Ok(Applied::EarlyExit(exit));
    }
    cluster_profile::update_early(&mut mc, &spec.profile);
    if let Some(tags) = &spec.tags {
        mc["tags"] = tags.to_json_object();
    }
    update_sku(&mut mc, spec);
    cluster_net::update(&mut mc, &spec.net)?;
    cluster_sec::update_local_accounts(&mut mc, &spec.sec)?;
    cluster_sec::update_windows_profile(&mut mc, &spec.sec.windows, spec.yes)?;
    crate::arm::cluster_acns::update(&mut mc, &spec.acns)?;
    cluster_monitor_logs::update_flow_logs(
        &mut mc,
        &spec.monitor_logs,
        spec.acns.enable_acns,
        spec.net.network_dataplane.as_deref(),
    )?;
    cluster_sec::update_aad_profile(&mut mc, &spec.sec)?;
    cluster_sec::update_oidc_issuer_profile(&mut mc, &spec.sec);
    update_auto_upgrade_profile(&mut mc, spec);
    cluster_net::update_static_egress_gateway(&mut mc, &spec.net)?;
    crate::arm::cluster_addons::update(&mut mc, &spec.addons)?;
    if let Some(question) = cluster_sec::update_identity(&mut mc, &spec.sec, spec.yes)? {
        if !ask_y_n(&question)? {
            return Err(AzError::validation("Operation cancelled."));
        }
        cluster_sec::update_identity(&mut mc, &spec.sec, true)?;
    }
    cluster_sec::update_workload_identity_profile(&mut mc, &spec.sec)?;
    cluster_sec::update_kms(&mut mc, &spec.sec.kms)?;
    crate::arm::cluster_addon_profiles::update_addon_profiles(&mut mc, &spec.addon_profiles)?;
    // az asks every monitoring question before it changes anything (`confirm_monitoring_disables`)
    if !super::aks_metrics::confirm_disable(&mc, spec)? {
        return Ok(Applied::EarlyExit(String::new()));
    }
    if let Some(q) = cluster_monitor_logs::disable_question(&mc, &spec.monitor_logs, spec.yes)
        && !ask_y_n(q)?
    {
        return Ok(Applied::EarlyExit(String::new()));
    }
    crate::arm::cluster_metrics::update(&mut mc, &spec.metrics)?;
    cluster_monitor_logs::update(&mut mc, &spec.monitor_logs)?;
    if !cluster_profile::update_late(&mut mc, &spec.profile)? {
        return Ok(Applied::EarlyExit(String::new()));
    }
    if !crate::arm::cluster_misc::update(&mut mc, &spec.misc, &|q| Ok(spec.yes || ask_y_n(q)?))? {
        return Ok(Applied::EarlyExit(String::new()));
    }
    Ok(Applied::Put(mc))
}

/// knack's `prompt_y_n(question, default="n")` on stderr. Without a terminal az fails with a
/// traceback (`NoTTYException`); azr says what to do instead.
pub(super) fn ask_y_n(question: &str) -> Result<bool> {
    crate::output::prompt::y_n_or_yes_flag(question, Some(false))
}

/// The first pool's autoscaler (az's agentpool decorator in managed-cluster mode).
fn update_agentpool_profile(mc: &mut Value, spec: &AksUpdate) -> Result<Option<String>> {
    let pools = mc
        .pointer_mut("/properties/agentPoolProfiles")
        .and_then(Value::as_array_mut)
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            AzError::validation(
                "Encounter an unexpected error while getting agent pool profiles from the cluster in the process of updating agentpool profile.",
            )
        })?;
    let several = pools.len() > 1;
    let pool = &mut pools[0];
    if pool.get("type").and_then(Value::as_str) == Some("VirtualMachines") {
        return Ok(None);
    }
    let has = |a| spec.autoscaler.contains(&a);
    let (enable, update, disable) = (
        has(Autoscaler::Enable),
        has(Autoscaler::Update),
        has(Autoscaler::Disable),
    );
    if (enable || update) && several {
        return Err(AzError::validation(
            "There are more than one node pool in the cluster. Please use \"az aks nodepool\" command to update per node pool auto scaler settings",
        ));
    }
    if spec.autoscaler.len() > 1 {
        return Err(AzError::validation(
            "Can only specify one of --enable-cluster-autoscaler, --update-cluster-autoscaler and --disable-cluster-autoscaler",
        ));
    }
    let (min, max) = (spec.min_count, spec.max_count);
    if enable || update {
        let (Some(min), Some(max)) = (min, max) else {
            return Err(AzError::validation(
                "Please specify both min-count and max-count when --enable-cluster-autoscaler enabled",
            ));
        };
        if min > max {
            return Err(AzError::validation(
                "Value of min-count should be less than or equal to value of max-count",
            ));
        }
        if pool.get("mode").and_then(Value::as_str) == Some("System") && min < 1 {
            return Err(AzError::validation(
                "Value of min-count should be greater than or equal to 1 for System node pools",
            ));
        }
    } else if min.is_some() || max.is_some() {
        return Err(AzError::validation(
            "min-count and max-count are required for --enable-cluster-autoscaler or --update-cluster-autoscaler, please use the flag",
        ));
    }
    let enabled = pool.get("enableAutoScaling").and_then(Value::as_bool) == Some(true);
    if enable && enabled {
        return Ok(Some(
            "Cluster autoscaler is already enabled for this node pool.\nPlease run \"az aks --update-cluster-autoscaler\" if you want to update min-count or max-count.".into(),
        ));
    }
    if update && !enabled {
        return Err(AzError::validation(
            "Cluster autoscaler is not enabled for this node pool.\nRun \"az aks nodepool update --enable-cluster-autoscaler\" to enable cluster with min-count and max-count.",
        ));
    }
    if disable && !enabled {
        return Ok(Some(
            "Cluster autoscaler is already disabled for this node pool.".into(),
        ));
    }
    let Some(p) = pool.as_object_mut() else {
        return Ok(None);
    };
    if enable || update {
        p.insert("enableAutoScaling".into(), json!(true));
        p.insert("minCount".into(), json!(min));
        p.insert("maxCount".into(), json!(max));
    }
    if disable {
        // The SDK drops an attribute set to None.
        p.insert("enableAutoScaling".into(), json!(false));
        p.remove("minCount");
        p.remove("maxCount");
    }
    Ok(None)
}

/// `sku.name` is always `Base` (not Automatic), `--tier` sets the tier, `Free` backfills.
fn update_sku(mc: &mut Value, spec: &AksUpdate) {
    let Some(m) = mc.as_object_mut() else { return };
    let sku = m.entry("sku").or_insert_with(|| json!({}));
    if !sku.is_object() {
        *sku = json!({});
    }
    sku["name"] = json!(spec.misc.sku_name(sku["name"].as_str()));
    if let Some(t) = &spec.tier {
        sku["tier"] = json!(t);
    }
    if sku.get("tier").is_none_or(Value::is_null) {
        sku["tier"] = json!("Free");
    }
}

/// `--auto-upgrade-channel`, `--node-os-upgrade-channel`: az's `update_auto_upgrade_profile`
/// sets each given channel, creating the profile when the cluster has none.
fn update_auto_upgrade_profile(mc: &mut Value, spec: &AksUpdate) {
    for (key, value) in [
        ("upgradeChannel", &spec.auto_upgrade_channel),
        ("nodeOSUpgradeChannel", &spec.node_os_upgrade_channel),
    ] {
        let (Some(value), Some(props)) = (value, mc["properties"].as_object_mut()) else {
            continue;
        };
        let profile = props
            .entry("autoUpgradeProfile")
            .or_insert_with(|| json!({}));
        if !profile.is_object() {
            *profile = json!({});
        }
        profile[key] = json!(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::aks_update::AksUpdateInput;

    fn spec(f: impl FnOnce(&mut AksUpdateInput)) -> AksUpdate {
        let mut i = AksUpdateInput {
            resource_group: "rg".into(),
            name: "c".into(),
            ..Default::default()
        };
        f(&mut i);
        i.validate().unwrap()
    }

    fn cluster() -> Value {
        json!({
            "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c",
            "name": "c",
            "sku": {"name": "Base", "tier": "Free"},
            "tags": {"old": "1"},
            "properties": {
                "provisioningState": "Succeeded",
                "agentPoolProfiles": [{"name": "nodepool1", "count": 3, "mode": "System", "enableAutoScaling": false}],
                "networkProfile": {"loadBalancerProfile": {"managedOutboundIPs": {"count": 1}, "effectiveOutboundIPs": [{"id": "x"}]}}
            }
        })
    }

    fn put(r: Result<Applied>) -> Value {
        match r.unwrap() {
            Applied::Put(b) => b,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn tags_tier_and_outbound_ips() {
        let body = put(apply(
            &cluster(),
            &spec(|i| {
                i.tags = Some(vec!["env=prod".into()]);
                i.tier = Some("standard".into());
                i.net.lb_managed_ip_count = Some(2);
            }),
        ));
        assert_eq!(body["tags"], json!({"env": "prod"}));
        assert_eq!(body["sku"], json!({"name": "Base", "tier": "Standard"}));
        assert_eq!(
            body["properties"]["networkProfile"]["loadBalancerProfile"],
            json!({"managedOutboundIPs": {"count": 2}})
        );
        assert!(body.get("id").is_none());
        assert!(body["properties"].get("provisioningState").is_none());
    }

    #[test]
    fn autoscaler_as_az() {
        let body = put(apply(
            &cluster(),
            &spec(|i| {
                i.enable_cluster_autoscaler = true;
                i.min_count = Some(1);
                i.max_count = Some(5);
            }),
        ));
        let p = &body["properties"]["agentPoolProfiles"][0];
        assert_eq!(
            (
                p["enableAutoScaling"].clone(),
                p["minCount"].clone(),
                p["maxCount"].clone()
            ),
            (json!(true), json!(1), json!(5))
        );
        assert_eq!(
            apply(&cluster(), &spec(|i| i.disable_cluster_autoscaler = true)).unwrap(),
            Applied::EarlyExit("Cluster autoscaler is already disabled for this node pool.".into())
        );
        let e = apply(&cluster(), &spec(|i| i.enable_cluster_autoscaler = true)).unwrap_err();
        assert_eq!(
            e.message,
            "Please specify both min-count and max-count when --enable-cluster-autoscaler enabled"
        );
        let e = apply(&cluster(), &spec(|i| i.min_count = Some(1))).unwrap_err();
        assert!(
            e.message
                .starts_with("min-count and max-count are required")
        );
        let e = apply(
            &cluster(),
            &spec(|i| {
                i.update_cluster_autoscaler = true;
                i.min_count = Some(1);
                i.max_count = Some(2);
            }),
        )
        .unwrap_err();
        assert!(
            e.message
                .starts_with("Cluster autoscaler is not enabled for this node pool.")
        );
    }

    #[test]
    fn upgrade_channels_set_what_is_given_and_keep_the_rest() {
        let mut c = cluster();
        c["properties"]["autoUpgradeProfile"] = json!({"nodeOSUpgradeChannel": "NodeImage"});
        let body = put(apply(
            &c,
            &spec(|i| i.auto_upgrade_channel = Some("node-image".into())),
        ));
        assert_eq!(
            body["properties"]["autoUpgradeProfile"],
            json!({"upgradeChannel": "node-image", "nodeOSUpgradeChannel": "NodeImage"})
        );
        let body = put(apply(
            &cluster(),
            &spec(|i| i.node_os_upgrade_channel = Some("SecurityPatch".into())),
        ));
        assert_eq!(
            body["properties"]["autoUpgradeProfile"],
            json!({"nodeOSUpgradeChannel": "SecurityPatch"})
        );
        let body = put(apply(&cluster(), &spec(|i| i.tags = Some(vec![]))));
        assert!(body["properties"].get("autoUpgradeProfile").is_none());
    }
}
