//! The pool features (`spec::pool_features`) in the agent pool body (with what a snapshot of
//! `--snapshot-id` gives): for a new pool (`aks
//! create`'s first pool, `aks nodepool add`) in the order of az's
//! `construct_agentpool_profile_default`, and for `aks nodepool update` in the order of
//! `update_agentpool_profile_default`.

use serde_json::{Map, Value, json};

use crate::spec::pool_features::{PoolFeatures, PoolFeaturesUpdate};

fn object<'a>(props: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let v = props.entry(key).or_insert_with(|| json!({}));
    if !v.is_object() {
        *v = json!({});
    }
    v.as_object_mut().expect("just made an object")
}

/// `set_up_upgrade_settings`' fields of this area (`aks nodepool add` only).
pub fn new_upgrade_settings(u: &mut Map<String, Value>, f: &PoolFeatures) {
    if let Some(v) = f.max_unavailable.as_deref().filter(|v| !v.is_empty()) {
        u.insert("maxUnavailable".into(), json!(v));
    }
    if let Some(v) = f
        .undrainable_node_behavior
        .as_deref()
        .filter(|v| !v.is_empty())
    {
        u.insert("undrainableNodeBehavior".into(), json!(v));
    }
}

/// The fields a new pool gets from these flags, in az's order: host group, pod IP allocation,
/// custom node config, GPU instance profile, DRANET, artifact streaming, Windows profile,
/// capacity reservation group, security profile, message of the day, GPU profile, gateway
/// profile, local DNS, workload runtime.
pub fn apply_new(p: &mut Map<String, Value>, f: &PoolFeatures) {
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            p.insert(k.into(), v);
        }
    };
    put(
        "creationData",
        f.snapshot_id
            .as_ref()
            .map(|id| json!({"sourceResourceId": id})),
    );
    put("osSKU", f.snapshot_os_sku.as_ref().map(|v| json!(v)));
    put("hostGroupID", f.host_group_id.as_ref().map(|v| json!(v)));
    put(
        "podIPAllocationMode",
        f.pod_ip_allocation_mode.map(|v| json!(v)),
    );
    put("kubeletConfig", f.files.kubelet_config.clone());
    put("linuxOSConfig", f.files.linux_os_config.clone());
    put(
        "gpuInstanceProfile",
        f.gpu_instance_profile.map(|v| json!(v)),
    );
    if f.enable_artifact_streaming {
        put("artifactStreamingProfile", Some(json!({"enabled": true})));
    }
    if f.disable_windows_outbound_nat {
        put("windowsProfile", Some(json!({"disableOutboundNat": true})));
    }
    put(
        "capacityReservationGroupID",
        f.crg_id.as_ref().map(|v| json!(v)),
    );
    let mut security = Map::new();
    if f.enable_vtpm {
        security.insert("enableVTPM".into(), json!(true));
    }
    if f.enable_secure_boot {
        security.insert("enableSecureBoot".into(), json!(true));
    }
    if !security.is_empty() {
        put("securityProfile", Some(Value::Object(security)));
    }
    put(
        "messageOfTheDay",
        f.files.message_of_the_day.as_ref().map(|v| json!(v)),
    );
    put("gpuProfile", f.gpu_driver.map(|d| json!({"driver": d})));
    put(
        "gatewayProfile",
        f.gateway_prefix_size
            .map(|s| json!({"publicIPPrefixSize": s})),
    );
    put("localDNSProfile", f.files.localdns_profile.clone());
    put("workloadRuntime", f.workload_runtime.map(|v| json!(v)));
    if let Some(profile) = &f.vms_profile {
        // a VirtualMachines pool: the profile scales it, not the VMSS fields
        for key in ["vmSize", "count", "minCount", "maxCount"] {
            p.remove(key);
        }
        p.insert("virtualMachinesProfile".into(), profile.clone());
        p.insert("enableAutoScaling".into(), json!(false));
    }
    if f.enable_managed_dranet {
        object(p, "networkProfile").insert("dranet".into(), json!({"mode": "Managed"}));
    }
}

/// `update_upgrade_settings`' fields of this area: set on the pool's own settings.
pub fn update_upgrade_settings(props: &mut Map<String, Value>, u: &PoolFeaturesUpdate) {
    let changes = [
        ("maxUnavailable", u.max_unavailable.as_deref()),
        (
            "undrainableNodeBehavior",
            u.undrainable_node_behavior.as_deref(),
        ),
    ];
    for (key, value) in changes {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            object(props, "upgradeSettings").insert(key.into(), json!(v));
        }
    }
}

/// `update_network_profile`'s DRANET part.
pub fn update_network_profile(props: &mut Map<String, Value>, u: &PoolFeaturesUpdate) {
    if u.enable_managed_dranet {
        object(props, "networkProfile").insert("dranet".into(), json!({"mode": "Managed"}));
    }
}

/// What follows the FIPS step of `update_agentpool_profile_default`: vTPM, secure boot, local
/// DNS, GPU profile, artifact streaming.
pub fn apply_update(props: &mut Map<String, Value>, u: &PoolFeaturesUpdate) {
    for (key, on, off) in [
        ("enableVTPM", u.enable_vtpm, u.disable_vtpm),
        (
            "enableSecureBoot",
            u.enable_secure_boot,
            u.disable_secure_boot,
        ),
    ] {
        if on || off {
            object(props, "securityProfile").insert(key.into(), json!(on));
        }
    }
    if let Some(profile) = &u.files.localdns_profile {
        props.insert("localDNSProfile".into(), profile.clone());
    }
    if let Some(d) = u.gpu_driver {
        props.insert("gpuProfile".into(), json!({"driver": d}));
    }
    if let Some(on) = u.artifact_streaming {
        object(props, "artifactStreamingProfile").insert("enabled".into(), json!(on));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_pool_fields() {
        let f = PoolFeatures {
            enable_vtpm: true,
            gpu_driver: Some("None"),
            enable_managed_dranet: true,
            workload_runtime: Some("KataVmIsolation"),
            ..Default::default()
        };
        let mut p = Map::new();
        p.insert("networkProfile".into(), json!({"allowedHostPorts": []}));
        apply_new(&mut p, &f);
        assert_eq!(
            Value::Object(p),
            json!({
                "securityProfile": {"enableVTPM": true},
                "gpuProfile": {"driver": "None"},
                "workloadRuntime": "KataVmIsolation",
                "networkProfile": {"allowedHostPorts": [], "dranet": {"mode": "Managed"}},
            })
        );
    }

    #[test]
    fn update_keeps_what_is_not_given() {
        let u = PoolFeaturesUpdate {
            disable_vtpm: true,
            artifact_streaming: Some(false),
            max_unavailable: Some("2".into()),
            ..Default::default()
        };
        let mut p = json!({"securityProfile": {"enableSecureBoot": true}, "upgradeSettings": {"maxSurge": "1"}});
        let m = p.as_object_mut().unwrap();
        update_upgrade_settings(m, &u);
        apply_update(m, &u);
        assert_eq!(
            p,
            json!({
                "securityProfile": {"enableSecureBoot": true, "enableVTPM": false},
                "upgradeSettings": {"maxSurge": "1", "maxUnavailable": "2"},
                "artifactStreamingProfile": {"enabled": false},
            })
        );
    }
}
