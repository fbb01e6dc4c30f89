//! The managed cluster's autoscaler and storage profiles: what `aks create` sends
//! (`set_up_auto_scaler_profile`, `set_up_storage_profile`) and what `aks update` changes in
//! the cluster it read (`update_auto_scaler_profile`, `update_storage_profile`).

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_profile::{
    ClusterProfile, ENABLE_BLOB_QUESTION, ProfileUpdate, STORAGE_PARTS, rfc3339_utc,
};

/// `aks create`: `autoScalerProfile` when the flag is given (`{}` for `""`) and the storage
/// profile with each part given (az always sends `storageProfile`, `{}` without flags).
pub fn set_up(props: &mut Map<String, Value>, p: &ClusterProfile) {
    if let Ok(Some(profile)) = p.autoscaler_profile() {
        props.insert("autoScalerProfile".into(), Value::Object(profile));
    }
    let mut storage = Map::new();
    for (part, enabled) in STORAGE_PARTS.iter().zip(p.storage) {
        let driver = match enabled {
            Some(on) => json!({"enabled": on}),
            // `--disable-disk-driver` is the only way to name the disk driver on create, but
            // az's getter builds the part for either flag; an absent part is not sent.
            None => continue,
        };
        storage.insert(part.key.into(), driver);
    }
    props.insert("storageProfile".into(), Value::Object(storage));
    // `set_up_http_proxy_config`: the file's object as it is (checked after the GETs)
    if let Some(Ok(config)) = p.http_proxy_config.as_ref().map(|f| f.config()) {
        props.insert("httpProxyConfig".into(), Value::Object(config));
    }
}

/// `aks update`, the steps of this area after the identity's, in az's order:
/// `update_storage_profile`, `update_http_proxy_config`, `update_http_proxy_enabled`,
/// `update_upgrade_settings`. `Ok(false)`: a question was answered no (az's early exit).
pub fn update_late(mc: &mut Value, p: &ProfileUpdate) -> Result<bool> {
    if !update_storage(mc, p)? {
        return Ok(false);
    }
    update_http_proxy(mc, p)?;
    update_upgrade_settings(mc, p)?;
    Ok(true)
}

/// `--http-proxy-config` replaces the cluster's proxy settings with the file's; then
/// `--disable-http-proxy`/`--enable-http-proxy` set `enabled` (az refuses both together).
fn update_http_proxy(mc: &mut Value, p: &ProfileUpdate) -> Result<()> {
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if let Some(file) = &p.http_proxy_config {
        props.insert("httpProxyConfig".into(), Value::Object(file.config()?));
    }
    let (enable, disable) = (p.http_proxy.enable, p.http_proxy.disable);
    if enable && disable {
        return Err(AzError::validation(
            "Cannot specify --enable-http-proxy and --disable-http-proxy at the same time.",
        ));
    }
    if enable || disable {
        let config = props.entry("httpProxyConfig").or_insert_with(|| json!({}));
        if !config.is_object() {
            *config = json!({});
        }
        config["enabled"] = json!(enable);
    }
    Ok(())
}

/// `update_upgrade_settings`: `overrideSettings.forceUpgrade` and `until`; forcing without an
/// `until` extends it to three days from now unless the cluster's lasts longer.
fn update_upgrade_settings(mc: &mut Value, p: &ProfileUpdate) -> Result<()> {
    let o = &p.upgrade_override;
    let until = o.until()?;
    if o.force_upgrade.is_none() && until.is_none() {
        return Ok(());
    }
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    let settings = props.entry("upgradeSettings").or_insert_with(|| json!({}));
    if !settings.is_object() {
        *settings = json!({});
    }
    let existing_until = settings
        .pointer("/overrideSettings/until")
        .and_then(Value::as_str)
        .and_then(|u| {
            time::OffsetDateTime::parse(u, &time::format_description::well_known::Rfc3339).ok()
        });
    let over = settings
        .as_object_mut()
        .map(|s| s.entry("overrideSettings").or_insert_with(|| json!({})));
    let Some(over) = over else { return Ok(()) };
    if !over.is_object() {
        *over = json!({});
    }
    if let Some(force) = o.force_upgrade {
        over["forceUpgrade"] = json!(force);
    }
    match until {
        Some(u) => over["until"] = json!(u),
        None if o.force_upgrade == Some(true) => {
            let default = time::OffsetDateTime::now_utc() + time::Duration::days(3);
            if existing_until.is_none_or(|e| e < default) {
                let text = rfc3339_utc(
                    &default
                        .format(&time::format_description::well_known::Rfc3339)
                        .unwrap_or_default(),
                );
                over["until"] = json!(text);
            }
        }
        None => {}
    }
    Ok(())
}

/// `aks update`, the steps of this area right after the first pool's autoscaler, in az's
/// order: the end of `update_agentpool_profile` (`--nodepool-labels` and `--nodepool-taints`
/// set on every pool), then `update_auto_scaler_profile`.
pub fn update_early(mc: &mut Value, p: &ProfileUpdate) {
    let pools = mc
        .pointer_mut("/properties/agentPoolProfiles")
        .and_then(Value::as_array_mut);
    for pool in pools.into_iter().flatten() {
        let Some(pool) = pool.as_object_mut() else {
            continue;
        };
        if let Some(labels) = &p.nodepool_labels {
            pool.insert("nodeLabels".into(), Value::Object(labels.clone()));
        }
        if let Some(taints) = &p.nodepool_taints {
            pool.insert("nodeTaints".into(), json!(taints));
        }
    }
    update_autoscaler(mc, p);
}

/// `update_auto_scaler_profile`: the given keys over the cluster's profile (az's "dynamic
/// completion"); `--ca-profile ""` sends `{}`.
fn update_autoscaler(mc: &mut Value, p: &ProfileUpdate) {
    let Some(given) = &p.autoscaler_profile else {
        return;
    };
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    let mut profile = match props.get("autoScalerProfile") {
        Some(Value::Object(old)) if !given.is_empty() => old.clone(),
        _ => Map::new(),
    };
    profile.extend(given.clone());
    props.insert("autoScalerProfile".into(), Value::Object(profile));
}

/// `aks update`, `update_storage_profile`: the cluster's storage profile with each part set
/// from its flags, and dropped when no flag names it (the SDK leaves a `None` part out, so AKS
/// keeps what it has). Disabling a part, or enabling the blob driver, asks first unless
/// `--yes`; `Ok(false)` when the answer is no (az's early exit: nothing sent, nothing printed).
fn update_storage(mc: &mut Value, p: &ProfileUpdate) -> Result<bool> {
    let mut parts: Vec<(&str, Option<bool>)> = Vec::new();
    for (part, switch) in STORAGE_PARTS.iter().zip(p.storage) {
        if switch.enable && switch.disable {
            return Err(AzError::validation(format!(
                "Cannot specify --enable-{flag} and --disable-{flag} at the same time.",
                flag = part.error_flag
            )));
        }
        let question = if switch.disable {
            Some(part.disable_question)
        } else if switch.enable && part.key == "blobCSIDriver" {
            Some(ENABLE_BLOB_QUESTION)
        } else {
            None
        };
        if let Some(q) = question
            && !p.yes
            && !(p.ask.0)(q)
        {
            return Ok(false);
        }
        let enabled = (switch.enable || switch.disable).then_some(switch.enable);
        parts.push((part.key, enabled));
    }
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(true);
    };
    let mut storage = match props.get("storageProfile") {
        Some(Value::Object(old)) => old.clone(),
        _ => Map::new(),
    };
    for (key, enabled) in parts {
        match enabled {
            Some(on) => storage.insert(key.into(), json!({"enabled": on})),
            None => storage.remove(key),
        };
    }
    props.insert("storageProfile".into(), Value::Object(storage));
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_profile::{Ask, ProfileInput, Switch};

    fn cluster() -> Value {
        json!({"properties": {
            "autoScalerProfile": {"scan-interval": "10s", "expander": "random"},
            "storageProfile": {"diskCSIDriver": {"enabled": true}, "fileCSIDriver": {"enabled": true},
                               "snapshotController": {"enabled": true}}
        }})
    }

    fn update(ca: Option<&[&str]>, storage: [Switch; 4], yes: bool) -> ProfileUpdate {
        ProfileInput {
            cluster_autoscaler_profile: ca.map(|v| v.iter().map(|s| s.to_string()).collect()),
            storage,
            ..Default::default()
        }
        .validate_update(yes)
        .unwrap()
    }

    const NONE: Switch = Switch {
        enable: false,
        disable: false,
    };
    const OFF: Switch = Switch {
        enable: false,
        disable: true,
    };
    const ON: Switch = Switch {
        enable: true,
        disable: false,
    };

    #[test]
    fn create_sends_what_is_given() {
        let mut props = Map::new();
        let p = ProfileInput {
            cluster_autoscaler_profile: Some(vec!["scan-interval=30s".into()]),
            storage: [OFF, NONE, ON, OFF],
            ..Default::default()
        }
        .validate_create()
        .unwrap();
        set_up(&mut props, &p);
        assert_eq!(
            Value::Object(props),
            json!({"autoScalerProfile": {"scan-interval": "30s"},
                   "storageProfile": {"diskCSIDriver": {"enabled": false}, "blobCSIDriver": {"enabled": true},
                                      "snapshotController": {"enabled": false}}})
        );
        let mut props = Map::new();
        set_up(&mut props, &ClusterProfile::default());
        assert_eq!(Value::Object(props), json!({"storageProfile": {}}));
    }

    #[test]
    fn update_merges_the_autoscaler_profile_and_drops_unnamed_storage_parts() {
        let mut mc = cluster();
        let p = update(Some(&["expander=priority"]), [NONE, OFF, NONE, NONE], true);
        assert!(update_storage(&mut mc, &p).unwrap());
        update_autoscaler(&mut mc, &p);
        assert_eq!(
            mc["properties"],
            json!({"autoScalerProfile": {"scan-interval": "10s", "expander": "priority"},
                   "storageProfile": {"fileCSIDriver": {"enabled": false}}})
        );
        let mut mc = cluster();
        update_autoscaler(&mut mc, &update(Some(&[""]), [NONE; 4], false));
        assert_eq!(mc["properties"]["autoScalerProfile"], json!({}));
    }

    #[test]
    fn force_upgrade_without_until_extends_it_three_days() {
        let p = ProfileInput {
            force_upgrade: ON,
            ..Default::default()
        }
        .validate_update(true)
        .unwrap();
        let mut mc = cluster();
        assert!(update_late(&mut mc, &p).unwrap());
        let until = mc["properties"]["upgradeSettings"]["overrideSettings"]["until"]
            .as_str()
            .unwrap()
            .to_string();
        let parsed =
            time::OffsetDateTime::parse(&until, &time::format_description::well_known::Rfc3339)
                .unwrap();
        let days = (parsed - time::OffsetDateTime::now_utc()).whole_hours();
        assert!((71..=72).contains(&days), "{until}");
        // a later `until` on the cluster is kept
        mc["properties"]["upgradeSettings"]["overrideSettings"]["until"] =
            json!("2099-01-01T00:00:00Z");
        assert!(update_late(&mut mc, &p).unwrap());
        assert_eq!(
            mc["properties"]["upgradeSettings"]["overrideSettings"],
            json!({"forceUpgrade": true, "until": "2099-01-01T00:00:00Z"})
        );
    }

    #[test]
    fn update_asks_before_disabling_and_refuses_both_switches() {
        let mut mc = cluster();
        let no = update(None, [OFF, NONE, NONE, NONE], false);
        assert!(!update_storage(&mut mc, &no).unwrap());
        let yes = ProfileUpdate {
            ask: Ask(|_| true),
            ..no
        };
        assert!(update_storage(&mut mc, &yes).unwrap());
        let both = Switch {
            enable: true,
            disable: true,
        };
        let e = update_storage(
            &mut cluster(),
            &update(None, [NONE, NONE, NONE, both], true),
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "Cannot specify --enable-snapshot_controller and --disable-snapshot_controller at the same time."
        );
    }
}
