//! A managed cluster's profiles as AKS keeps them: the CSI drivers and the snapshot controller
//! on unless turned off (real AKS returns them on every GET), a part the PUT leaves out kept as
//! it was; the cluster autoscaler's settings filled with AKS's defaults once the profile is set
//! or a pool autoscales; the node OS upgrade channel AKS picks when none is given.

use serde_json::{Map, Value, json};

/// The storage parts AKS turns on by default (the blob driver is off until asked for).
const DEFAULT_ON: &[&str] = &["diskCSIDriver", "fileCSIDriver", "snapshotController"];

/// `storageProfile` after a PUT: each part as sent, else as it was, else AKS's default.
pub(super) fn storage_profile(props: &mut Map<String, Value>, old: Option<&Value>) {
    let sent = props
        .get("storageProfile")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let kept = old
        .and_then(|p| p.get("storageProfile"))
        .and_then(Value::as_object);
    let mut storage = kept.cloned().unwrap_or_default();
    for (k, v) in sent {
        if v.is_object() {
            storage.insert(k, v);
        }
    }
    for part in DEFAULT_ON {
        storage
            .entry(part.to_string())
            .or_insert_with(|| json!({"enabled": true}));
    }
    props.insert("storageProfile".into(), Value::Object(storage));
}

/// Profiles AKS keeps when a PUT leaves them out: the HTTP proxy settings and the upgrade
/// override (stored and returned as sent).
pub(super) fn kept_profiles(props: &mut Map<String, Value>, old: Option<&Value>) {
    for key in ["httpProxyConfig", "upgradeSettings"] {
        let sent = props.get(key).is_some_and(|v| !v.is_null());
        if let Some(v) = old.and_then(|p| p.get(key)).filter(|_| !sent) {
            props.insert(key.into(), v.clone());
        }
    }
}

/// `autoUpgradeProfile.nodeOSUpgradeChannel`: AKS's default, `NodeImage`, when the PUT has
/// none (the recordings of real AKS since 2023 show it on a cluster created without it).
pub(super) fn node_os_upgrade_channel(props: &mut Map<String, Value>) {
    let profile = props
        .entry("autoUpgradeProfile")
        .or_insert_with(|| json!({}));
    if let Some(p) = profile.as_object_mut() {
        let given = p.get("nodeOSUpgradeChannel").is_some_and(|c| !c.is_null());
        if !given {
            p.insert("nodeOSUpgradeChannel".into(), json!("NodeImage"));
        }
    }
}

/// The cluster autoscaler's settings when none is given (AKS's documented defaults; the three
/// daemonset switches are booleans on the wire, the rest strings).
fn autoscaler_defaults() -> Map<String, Value> {
    let defaults = json!({
        "balance-similar-node-groups": "false",
        "daemonset-eviction-for-empty-nodes": false,
        "daemonset-eviction-for-occupied-nodes": true,
        "expander": "random",
        "ignore-daemonsets-utilization": false,
        "max-empty-bulk-delete": "10",
        "max-graceful-termination-sec": "600",
        "max-node-provision-time": "15m",
        "max-total-unready-percentage": "45",
        "new-pod-scale-up-delay": "0s",
        "ok-total-unready-count": "3",
        "scale-down-delay-after-add": "10m",
        "scale-down-delay-after-delete": "10s",
        "scale-down-delay-after-failure": "3m",
        "scale-down-unneeded-time": "10m",
        "scale-down-unready-time": "20m",
        "scale-down-utilization-threshold": "0.5",
        "scan-interval": "10s",
        "skip-nodes-with-local-storage": "false",
        "skip-nodes-with-system-pods": "true"
    });
    defaults.as_object().cloned().unwrap_or_default()
}

/// `autoScalerProfile` after a PUT: what was sent over AKS's defaults when the PUT carries a
/// profile (`{}` resets it to the defaults), else the profile kept; a cluster with none gets
/// the defaults once one of the PUT's pools autoscales.
pub(super) fn autoscaler_profile(
    props: &mut Map<String, Value>,
    old: Option<&Value>,
    pools: &[Value],
) {
    let autoscales = pools
        .iter()
        .any(|p| p.get("enableAutoScaling").and_then(Value::as_bool) == Some(true));
    let kept = old
        .and_then(|p| p.get("autoScalerProfile"))
        .filter(|p| p.is_object())
        .cloned();
    let profile = match props.get("autoScalerProfile") {
        Some(Value::Object(sent)) => {
            let mut profile = autoscaler_defaults();
            profile.extend(sent.clone());
            Some(Value::Object(profile))
        }
        _ => kept.or_else(|| autoscales.then(|| Value::Object(autoscaler_defaults()))),
    };
    match profile {
        Some(p) => props.insert("autoScalerProfile".into(), p),
        None => props.remove("autoScalerProfile"),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_parts_default_on_and_are_kept() {
        let mut props = Map::new();
        props.insert(
            "storageProfile".into(),
            json!({"diskCSIDriver": {"enabled": false}, "blobCSIDriver": {"enabled": true}}),
        );
        storage_profile(&mut props, None);
        assert_eq!(
            props["storageProfile"],
            json!({"diskCSIDriver": {"enabled": false}, "blobCSIDriver": {"enabled": true},
                   "fileCSIDriver": {"enabled": true}, "snapshotController": {"enabled": true}})
        );
        let old = json!({"storageProfile": props["storageProfile"].clone()});
        let mut next = Map::new();
        next.insert(
            "storageProfile".into(),
            json!({"fileCSIDriver": {"enabled": false}}),
        );
        storage_profile(&mut next, Some(&old));
        assert_eq!(
            next["storageProfile"]["diskCSIDriver"],
            json!({"enabled": false})
        );
        assert_eq!(
            next["storageProfile"]["fileCSIDriver"],
            json!({"enabled": false})
        );
        assert_eq!(
            next["storageProfile"]["blobCSIDriver"],
            json!({"enabled": true})
        );
    }

    #[test]
    fn autoscaler_profile_defaults() {
        let mut props = Map::new();
        autoscaler_profile(&mut props, None, &[json!({"enableAutoScaling": false})]);
        assert!(props.get("autoScalerProfile").is_none());
        autoscaler_profile(&mut props, None, &[json!({"enableAutoScaling": true})]);
        assert_eq!(props["autoScalerProfile"]["expander"], "random");
        let mut props = Map::new();
        props.insert("autoScalerProfile".into(), json!({"scan-interval": "30s"}));
        autoscaler_profile(&mut props, None, &[]);
        let p = &props["autoScalerProfile"];
        assert_eq!(
            (&p["scan-interval"], &p["max-node-provision-time"]),
            (&json!("30s"), &json!("15m"))
        );
        assert_eq!(p.as_object().unwrap().len(), 20);
    }
}
