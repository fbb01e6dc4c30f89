//! What AKS does with a pool's profile settings: the Spot pool's label, taint and defaults,
//! the autoscaler's counts, and the properties a pool keeps for life.

use super::*;

/// The label and taint AKS puts on every Spot pool.
const SPOT_LABEL: (&str, &str) = ("kubernetes.azure.com/scalesetpriority", "spot");
const SPOT_TAINT: &str = "kubernetes.azure.com/scalesetpriority=spot:NoSchedule";

/// Properties fixed at creation: a PUT that changes them is refused, as AKS does.
const CREATE_ONLY: &[&str] = &[
    "vmSize",
    "osType",
    "osDiskSizeGB",
    "osDiskType",
    "maxPods",
    "availabilityZones",
    "scaleSetPriority",
    "scaleSetEvictionPolicy",
    "type",
    "enableUltraSSD",
    "proximityPlacementGroupID",
];

/// The node image AKS gives a pool of this OS SKU (the same release for every SKU).
pub(super) fn node_image(os_sku: Option<&str>) -> String {
    let release = NODE_IMAGE.rsplit('-').next().unwrap_or("");
    match os_sku.unwrap_or("Ubuntu") {
        "AzureLinux" | "AzureLinux3" => format!("AKSAzureLinux-V3gen2-{release}"),
        "CBLMariner" | "Mariner" => format!("AKSCBLMariner-V2gen2-{release}"),
        "Ubuntu2404" => format!("AKSUbuntu-2404gen2containerd-{release}"),
        sku if sku.starts_with("Windows") => format!(
            "AKSWindows-{}-containerd-{release}",
            sku.trim_start_matches("Windows")
        ),
        _ => NODE_IMAGE.to_string(),
    }
}

/// AKS's defaults for a Spot pool: eviction `Delete`, price `-1` (up to on-demand), and its
/// label and taint.
pub(super) fn apply_spot_defaults(p: &mut Map<String, Value>) {
    if p.get("scaleSetPriority").and_then(Value::as_str) != Some("Spot") {
        return;
    }
    for (k, v) in [
        ("scaleSetEvictionPolicy", json!("Delete")),
        ("spotMaxPrice", json!(-1)),
    ] {
        if p.get(k).is_none_or(Value::is_null) {
            p.insert(k.into(), v);
        }
    }
    let labels = p.entry("nodeLabels").or_insert_with(|| json!({}));
    if !labels.is_object() {
        *labels = json!({});
    }
    if let Some(m) = labels.as_object_mut() {
        m.insert(SPOT_LABEL.0.into(), json!(SPOT_LABEL.1));
    }
    let taints = p.entry("nodeTaints").or_insert_with(|| json!([]));
    if !taints.is_array() {
        *taints = json!([]);
    }
    if let Some(a) = taints.as_array_mut()
        && !a.iter().any(|t| t == SPOT_TAINT)
    {
        a.push(json!(SPOT_TAINT));
    }
}

/// The autoscaler's counts, Spot in a System pool, and the create-only properties.
pub(super) fn check_pool_settings(p: &Value, old: Option<&Value>, mode: &str) -> R<()> {
    if p["enableAutoScaling"].as_bool() == Some(true) {
        let (min, max) = (p["minCount"].as_i64(), p["maxCount"].as_i64());
        let (Some(min), Some(max)) = (min, max) else {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.minCount",
                "The value of parameter agentPoolProfile.minCount is invalid. Error details: minCount and maxCount are required when enableAutoScaling is true.",
            ));
        };
        if min > max {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.minCount",
                format!(
                    "The value of parameter agentPoolProfile.minCount is invalid. Error details: minCount ({min}) must be less than or equal to maxCount ({max})."
                ),
            ));
        }
        let count = p["count"].as_i64().unwrap_or(0);
        if old.is_none() && !(min..=max).contains(&count) {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.count",
                format!(
                    "The value of parameter agentPoolProfile.count is invalid. Error details: count ({count}) must be between minCount ({min}) and maxCount ({max})."
                ),
            ));
        }
    }
    if let Some(zones) = p.get("availabilityZones").and_then(Value::as_array) {
        let bad = zones
            .iter()
            .find(|z| !matches!(z.as_str(), Some("1" | "2" | "3")));
        if let Some(z) = bad {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.availabilityZones",
                format!(
                    "The value of parameter agentPoolProfile.availabilityZones is invalid. Error details: zone {z} is not one of the region's availability zones 1, 2, 3."
                ),
            ));
        }
    }
    if mode == "System" && p["scaleSetPriority"].as_str() == Some("Spot") {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.scaleSetPriority",
            "The value of parameter agentPoolProfile.scaleSetPriority is invalid. Error details: System agent pools cannot use Spot priority.",
        ));
    }
    if let Some(old) = old {
        for key in CREATE_ONLY {
            if *key == "type" && super::misc::is_vmas_migration(old, p) {
                continue;
            }
            let same = match (old.get(*key), p.get(*key)) {
                (Some(a), Some(b)) => {
                    a == b
                        || (a.is_string()
                            && a.as_str().map(str::to_lowercase)
                                == b.as_str().map(str::to_lowercase))
                }
                (None, None) => true,
                (a, b) => a.is_none_or(Value::is_null) && b.is_none_or(Value::is_null),
            };
            if !same {
                return Err(change_not_allowed(&format!("agentPoolProfile.{key}")));
            }
        }
    }
    Ok(())
}
