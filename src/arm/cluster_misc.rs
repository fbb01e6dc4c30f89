//! The bootstrap, node provisioning and scheduler profiles: what `aks create` sends
//! (`set_up_bootstrap_profile`, `set_up_node_provisioning_profile`,
//! `set_up_upstream_kubescheduler_user_configuration`) and what `aks update` changes in the
//! cluster it read (the `update_*` steps of the same names, the last of az's update steps).

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_misc::Misc;

/// `aks create`: `bootstrapProfile` always (az's default source is `Direct`), the node
/// provisioning profile with what is given, the scheduler's mode when asked for.
pub fn set_up(props: &mut Map<String, Value>, m: &Misc) {
    // `set_up_identity_profile`: the kubelet identity as read (none: AKS makes one)
    if let Some(kubelet) = &m.kubelet_identity_profile {
        props.insert(
            "identityProfile".into(),
            json!({ "kubeletidentity": kubelet }),
        );
    }
    // `set_up_api_server_access_profile` ends with the subdomain
    if let Some(sub) = &m.fqdn_subdomain {
        props.insert("fqdnSubdomain".into(), json!(sub));
    }
    bootstrap(props, m);
    node_provisioning(props, m);
    if m.enable_scheduler_config {
        scheduler(props, "ManagedByCRD");
    }
}

/// `aks update`: the same steps on the cluster as read; `--disable-...` sets `Default`.
/// `confirm` puts az's questions (`--yes` answers them); `false`: the user said no, and
/// nothing is sent (az's early exit).
pub fn update(mc: &mut Value, m: &Misc, confirm: &dyn Fn(&str) -> Result<bool>) -> Result<bool> {
    m.check_bootstrap()?;
    m.check_scheduler()?;
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(true);
    };
    bootstrap(props, m);
    if m.migrate_vmas_to_vms {
        if !confirm(MIGRATE_QUESTION)? {
            return Ok(false);
        }
        vmas_to_vms(props)?;
    }
    node_provisioning(props, m);
    if m.enable_scheduler_config {
        scheduler(props, "ManagedByCRD");
    } else if m.disable_scheduler_config {
        scheduler(props, "Default");
    }
    Ok(true)
}

const MIGRATE_QUESTION: &str = "\nWARNING: This operation will be disruptive to your workload while underway. Do you wish to continue?";

/// `update_vmas_to_vms`: the one AvailabilitySet pool becomes a VirtualMachines pool (AKS
/// sizes it from the VMs it has: az sends no count nor size), a basic load balancer standard.
fn vmas_to_vms(props: &mut Map<String, Value>) -> Result<()> {
    let pools = props
        .get_mut("agentPoolProfiles")
        .and_then(Value::as_array_mut);
    let (count, pool) = match pools {
        Some(p) if !p.is_empty() => (p.len(), &mut p[0]),
        _ => return Ok(()),
    };
    let kind = pool.get("type").and_then(Value::as_str).unwrap_or("None");
    if count != 1 || kind != "AvailabilitySet" {
        // az formats the SDK's enum member (`AgentPoolType.VIRTUAL_MACHINES`); other text as is
        let kind = match kind.to_ascii_lowercase().as_str() {
            "virtualmachinescalesets" => "AgentPoolType.VIRTUAL_MACHINE_SCALE_SETS",
            "availabilityset" => "AgentPoolType.AVAILABILITY_SET",
            "virtualmachines" => "AgentPoolType.VIRTUAL_MACHINES",
            _ => kind,
        };
        return Err(AzError::validation(format!(
            "This is not a valid VMAS cluster with {count} agent pool profiles and {kind} agent pool type, we cannot proceed with the migration."
        )));
    }
    if let Some(p) = pool.as_object_mut() {
        p.insert("type".into(), json!("VirtualMachines"));
        p.remove("count");
        p.remove("vmSize");
    }
    if let Some(net) = props
        .get_mut("networkProfile")
        .and_then(Value::as_object_mut)
        && net.get("loadBalancerSku").and_then(Value::as_str) == Some("basic")
    {
        net.insert("loadBalancerSku".into(), json!("standard"));
    }
    Ok(())
}

/// `update_identity_profile`: the whole identity profile becomes the given kubelet identity
/// (its resource id alone; AKS fills in the client and object ids).
pub fn update_kubelet_identity(mc: &mut Value, resource_id: &str) {
    if let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) {
        props.insert(
            "identityProfile".into(),
            json!({"kubeletidentity": {"resourceId": resource_id}}),
        );
    }
}

/// The object under `key`, made one when it is missing or not an object.
fn object<'a>(props: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let v = props.entry(key).or_insert_with(|| json!({}));
    if !v.is_object() {
        *v = json!({});
    }
    v.as_object_mut().expect("an object was just put here")
}

/// With a source given: the source, and the registry as given (none clears it, as az's
/// model sets `container_registry_id = None`, which the SDK leaves out).
fn bootstrap(props: &mut Map<String, Value>, m: &Misc) {
    let Some(source) = &m.bootstrap_artifact_source else {
        return;
    };
    let p = object(props, "bootstrapProfile");
    p.insert("artifactSource".into(), json!(source));
    match &m.bootstrap_registry_id {
        Some(id) => p.insert("containerRegistryId".into(), json!(id)),
        None => p.remove("containerRegistryId"),
    };
}

fn node_provisioning(props: &mut Map<String, Value>, m: &Misc) {
    for (key, value) in [
        ("mode", &m.node_provisioning_mode),
        ("defaultNodePools", &m.node_provisioning_default_pools),
    ] {
        if let Some(v) = value {
            object(props, "nodeProvisioningProfile").insert(key.into(), json!(v));
        }
    }
}

fn scheduler(props: &mut Map<String, Value>, mode: &str) {
    let upstream = object(object(props, "schedulerProfile"), "upstream");
    upstream.insert("schedulerConfigMode".into(), json!(mode));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_misc::MiscInput;

    #[test]
    fn create_sends_direct_by_default_and_what_is_given() {
        let mut props = Map::new();
        set_up(&mut props, &MiscInput::default().validate(true).unwrap());
        assert_eq!(
            Value::Object(props),
            json!({"bootstrapProfile": {"artifactSource": "Direct"}})
        );
        let m = MiscInput {
            enable_upstream_kubescheduler_user_configuration: true,
            bootstrap_artifact_source: Some("Cache".into()),
            bootstrap_container_registry_resource_id: Some(
                "/subscriptions/s/resourceGroups/g".into(),
            ),
            node_provisioning_mode: Some("Auto".into()),
            node_provisioning_default_pools: Some("None".into()),
            ..Default::default()
        }
        .validate(true)
        .unwrap();
        let mut props = Map::new();
        set_up(&mut props, &m);
        assert_eq!(
            Value::Object(props),
            json!({"bootstrapProfile": {"artifactSource": "Cache", "containerRegistryId": "/subscriptions/s/resourceGroups/g"},
                   "nodeProvisioningProfile": {"mode": "Auto", "defaultNodePools": "None"},
                   "schedulerProfile": {"upstream": {"schedulerConfigMode": "ManagedByCRD"}}})
        );
    }

    #[test]
    fn update_changes_only_what_is_given() {
        let mut mc = json!({"properties": {
            "bootstrapProfile": {"artifactSource": "Cache", "containerRegistryId": "/x"},
            "nodeProvisioningProfile": {"mode": "Manual", "defaultNodePools": "Auto"},
            "schedulerProfile": {"upstream": {"schedulerConfigMode": "ManagedByCRD"}}}});
        let m = MiscInput {
            disable_upstream_kubescheduler_user_configuration: true,
            bootstrap_artifact_source: Some("direct".into()),
            node_provisioning_mode: Some("auto".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        update(&mut mc, &m, &|_| Ok(true)).unwrap();
        assert_eq!(
            mc["properties"],
            json!({"bootstrapProfile": {"artifactSource": "Direct"},
                   "nodeProvisioningProfile": {"mode": "Auto", "defaultNodePools": "Auto"},
                   "schedulerProfile": {"upstream": {"schedulerConfigMode": "Default"}}})
        );
        let both = Misc {
            enable_scheduler_config: true,
            disable_scheduler_config: true,
            ..Default::default()
        };
        assert!(update(&mut mc, &both, &|_| Ok(true)).is_err());
    }
}
