//! What AKS does with the pool features beyond the basic profile: the gateway pool's prefix
//! size (default /31, one address per node), the settings only one OS takes, and the
//! properties fixed when the pool is created (host group, capacity reservation group, GPU
//! instance profile, workload runtime, pod IP allocation mode, gateway profile).

use super::*;

/// Fixed at creation: a PUT that changes them is refused, as AKS does.
const CREATE_ONLY: &[&str] = &[
    "hostGroupID",
    "capacityReservationGroupID",
    "gpuInstanceProfile",
    "workloadRuntime",
    "podIPAllocationMode",
    "gatewayProfile",
];

/// The prefix size AKS gives a Gateway pool that names none.
const DEFAULT_GATEWAY_PREFIX_SIZE: i64 = 31;

/// AKS's defaults: a VirtualMachines pool counts the VMs its manual scale profile asks for;
/// a Gateway pool's `gatewayProfile.publicIPPrefixSize` is 31.
pub(super) fn apply_feature_defaults(p: &mut Map<String, Value>) {
    if p.get("type").and_then(Value::as_str) == Some("VirtualMachines")
        && let Some(manual) = p
            .get("virtualMachinesProfile")
            .and_then(|v| v.pointer("/scale/manual"))
            .and_then(Value::as_array)
    {
        let count: i64 = manual.iter().filter_map(|m| m["count"].as_i64()).sum();
        p.insert("count".into(), json!(count));
    }
    if p.get("mode").and_then(Value::as_str) != Some("Gateway") {
        return;
    }
    let profile = p.entry("gatewayProfile").or_insert_with(|| json!({}));
    if !profile.is_object() {
        *profile = json!({});
    }
    if let Some(m) = profile.as_object_mut()
        && m.get("publicIPPrefixSize").is_none_or(Value::is_null)
    {
        m.insert(
            "publicIPPrefixSize".into(),
            json!(DEFAULT_GATEWAY_PREFIX_SIZE),
        );
    }
}

fn invalid(prop: &str, why: &str) -> ApiError {
    ApiError::invalid_parameter(
        &format!("agentPoolProfile.{prop}"),
        format!("The value of parameter agentPoolProfile.{prop} is invalid. Error details: {why}"),
    )
}

fn given(p: &Value, key: &str) -> bool {
    p.get(key).is_some_and(|v| !v.is_null())
}

/// The gateway profile's range and node cap, the OS-bound settings, and the create-only
/// properties (`old`: the pool's properties before this PUT).
pub(super) fn check_pool_features(p: &Value, old: Option<&Value>) -> R<()> {
    let mode = p["mode"].as_str().unwrap_or("");
    if given(p, "gatewayProfile") && mode != "Gateway" {
        return Err(invalid(
            "gatewayProfile",
            "gatewayProfile can only be set on Gateway mode agent pools.",
        ));
    }
    if let Some(size) = p.pointer("/gatewayProfile/publicIPPrefixSize") {
        let Some(size) = size.as_i64().filter(|s| (28..=31).contains(s)) else {
            return Err(invalid(
                "gatewayProfile.publicIPPrefixSize",
                &format!("publicIPPrefixSize {size} is not in the range [28, 31]."),
            ));
        };
        let cap = 1_i64 << (32 - size);
        let count = p["count"].as_i64().unwrap_or(0);
        if count > cap {
            return Err(invalid(
                "count",
                &format!(
                    "a Gateway agent pool with a /{size} public IP prefix can have at most {cap} nodes, not {count}."
                ),
            ));
        }
    }
    let windows = p["osType"].as_str() == Some("Windows");
    for key in ["messageOfTheDay", "linuxOSConfig"] {
        if windows && given(p, key) {
            return Err(invalid(
                key,
                &format!("{key} is only supported for Linux agent pools."),
            ));
        }
    }
    if !windows && given(p, "windowsProfile") {
        return Err(invalid(
            "windowsProfile",
            "windowsProfile is only supported for Windows agent pools.",
        ));
    }
    if let Some(old) = old {
        for key in CREATE_ONLY {
            let before = old.get(*key).filter(|v| !v.is_null());
            let after = p.get(*key).filter(|v| !v.is_null());
            if before != after {
                return Err(change_not_allowed(&format!("agentPoolProfile.{key}")));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_pools() {
        let mut p = json!({"mode": "Gateway", "count": 2})
            .as_object()
            .cloned()
            .unwrap();
        apply_feature_defaults(&mut p);
        let p = Value::Object(p);
        assert_eq!(p["gatewayProfile"]["publicIPPrefixSize"], 31);
        assert!(check_pool_features(&p, None).is_ok());
        let three =
            json!({"mode": "Gateway", "count": 3, "gatewayProfile": {"publicIPPrefixSize": 31}});
        assert!(check_pool_features(&three, None).is_err());
        let user = json!({"mode": "User", "gatewayProfile": {"publicIPPrefixSize": 30}});
        assert!(check_pool_features(&user, None).is_err());
    }

    #[test]
    fn create_only_and_os_bound() {
        let old = json!({"mode": "User", "hostGroupID": "/h"});
        let new = json!({"mode": "User"});
        assert_eq!(
            check_pool_features(&new, Some(&old)).unwrap_err().code,
            "PropertyChangeNotAllowed"
        );
        assert!(check_pool_features(&old, Some(&old)).is_ok());
        let win = json!({"mode": "User", "osType": "Windows", "messageOfTheDay": "aGk="});
        assert!(check_pool_features(&win, None).is_err());
        let linux = json!({"mode": "User", "osType": "Linux", "windowsProfile": {"disableOutboundNat": true}});
        assert!(check_pool_features(&linux, None).is_err());
    }
}
