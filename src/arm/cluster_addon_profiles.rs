//! `addonProfiles` of the managed cluster PUT, as az 2.91's `set_up_addon_profiles` builds them
//! from `--enable-addons` and the add-on config flags (its keys: acs `_consts.py`).

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_addon_profiles::{Addons, AddonsUpdate};

/// The profiles in az's order. `monitoring` needs its workspace resolved first
/// (`addons.workspace_resource_id`: the flag, or the default workspace az found or made).
pub fn addon_profiles(addons: &Addons) -> Value {
    let mut p = Map::new();
    let enabled = || json!({"enabled": true});
    if addons.has("http_application_routing") {
        p.insert("httpApplicationRouting".into(), enabled());
    }
    if addons.has("kube-dashboard") {
        p.insert("kubeDashboard".into(), enabled());
    }
    if addons.has("monitoring") {
        let workspace = addons.workspace_resource_id.clone().unwrap_or_default();
        p.insert(
            "omsagent".into(),
            json!({"enabled": true, "config": {
                "logAnalyticsWorkspaceResourceID": workspace,
                "useAADAuth": if addons.msi_auth { "true" } else { "false" },
            }}),
        );
    }
    if addons.has("azure-policy") {
        p.insert("azurepolicy".into(), enabled());
    }
    if addons.has("virtual-node") {
        let subnet = addons.aci_subnet_name.clone().unwrap_or_default();
        p.insert(
            "aciConnectorLinux".into(),
            json!({"enabled": true, "config": {"SubnetName": subnet}}),
        );
    }
    if addons.has("ingress-appgw") {
        let g = &addons.appgw;
        let mut config = Map::new();
        for (key, value) in [
            ("applicationGatewayName", &g.name),
            ("subnetCIDR", &g.subnet_cidr),
            ("applicationGatewayId", &g.id),
            ("subnetId", &g.subnet_id),
            ("watchNamespace", &g.watch_namespace),
        ] {
            if let Some(v) = value {
                config.insert(key.into(), json!(v));
            }
        }
        p.insert(
            "ingressApplicationGateway".into(),
            json!({"enabled": true, "config": config}),
        );
    }
    if addons.has("confcom") {
        let sgx = if addons.enable_sgxquotehelper {
            "true"
        } else {
            "false"
        };
        p.insert(
            "ACCSGXDevicePlugin".into(),
            json!({"enabled": true, "config": {"ACCSGXQuoteHelperEnabled": sgx}}),
        );
    }
    if addons.has("open-service-mesh") {
        p.insert(
            "openServiceMesh".into(),
            json!({"enabled": true, "config": {}}),
        );
    }
    if addons.has("azure-keyvault-secrets-provider") {
        let rotation = if addons.enable_secret_rotation {
            "true"
        } else {
            "false"
        };
        let interval = addons.rotation_poll_interval.as_deref().unwrap_or("2m");
        p.insert(
            "azureKeyvaultSecretsProvider".into(),
            json!({"enabled": true, "config": {
                "enableSecretRotation": rotation,
                "rotationPollInterval": interval,
            }}),
        );
    }
    Value::Object(p)
}

const KEYVAULT: &str = "azureKeyvaultSecretsProvider";

/// `update_addon_profiles` of `aks update`: the key vault secrets provider's rotation settings,
/// on a cluster that has the add-on enabled (az's getters' checks, then the update's).
pub fn update_addon_profiles(mc: &mut Value, u: &AddonsUpdate) -> Result<()> {
    let enabled = mc
        .pointer(&format!("/properties/addonProfiles/{KEYVAULT}/enabled"))
        .and_then(Value::as_bool)
        == Some(true);
    let interval = u.rotation_poll_interval.as_deref();
    let needs = |flag: &str, period: &str| {
        AzError::validation(format!(
            "{flag} can only be specified when azure-keyvault-secrets-provider is enabled{period} Please use command 'az aks enable-addons' to enable it."
        ))
    };
    if !enabled {
        if u.enable_secret_rotation {
            return Err(needs("--enable-secret-rotation", "."));
        }
        if u.disable_secret_rotation {
            return Err(needs("--disable-secret-rotation", "."));
        }
        match interval {
            Some("") => {
                return Err(AzError::validation(
                    "Addon azure-keyvault-secrets-provider is not enabled. Please use command 'az aks enable-addons' to enable it.",
                ));
            }
            Some(_) => return Err(needs("--rotation-poll-interval", "")),
            None => {}
        }
    }
    let mut set = |key: &str, value: &str| {
        let profile = &mut mc["properties"]["addonProfiles"][KEYVAULT];
        if profile.get("config").is_none_or(Value::is_null) {
            // az backfills the defaults
            profile["config"] =
                json!({"enableSecretRotation": "false", "rotationPollInterval": "2m"});
        }
        profile["config"][key] = json!(value);
    };
    if u.enable_secret_rotation {
        set("enableSecretRotation", "true");
    }
    if u.disable_secret_rotation {
        set("enableSecretRotation", "false");
    }
    if let Some(i) = interval {
        set("rotationPollInterval", i);
    }
    Ok(())
}

/// az's update waits for the cluster (whatever `--no-wait` says) when an enabled add-on asks
/// for work after the PUT: monitoring, application gateway ingress, virtual node.
pub fn update_waits(mc: &Value) -> bool {
    let Some(profiles) = mc
        .pointer("/properties/addonProfiles")
        .and_then(Value::as_object)
    else {
        return false;
    };
    profiles.iter().any(|(k, p)| {
        ["omsagent", "ingressapplicationgateway", "aciconnectorlinux"]
            .contains(&k.to_lowercase().as_str())
            && p.get("enabled").and_then(Value::as_bool) == Some(true)
    })
}

/// The line az 2.91's update logs as a warning after its add-on work: `keyvault_id` (a flag
/// azr does not take, so `None`) and the key vault add-on's state as Python prints it.
pub fn keyvault_log_line(cluster: &Value) -> String {
    let profiles = cluster.pointer("/properties/addonProfiles");
    let kv = match profiles {
        None | Some(Value::Null) => "None".to_string(),
        Some(Value::Object(p)) if p.is_empty() => "{}".to_string(),
        Some(p) => match p.get(KEYVAULT).filter(|v| !v.is_null()) {
            None => "None".to_string(),
            Some(v) => match v.get("enabled").and_then(Value::as_bool) {
                Some(true) => "True".to_string(),
                Some(false) => "False".to_string(),
                None => "None".to_string(),
            },
        },
    };
    format!("keyvaultid: None, enable_kv: {kv}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_addon_profiles::AddonsInput;

    #[test]
    fn profiles_as_az_sends_them() {
        let addons = AddonsInput {
            enable_addons: Some("azure-keyvault-secrets-provider,confcom,monitoring".into()),
            workspace_resource_id: Some("/subscriptions/s/resourceGroups/g/providers/Microsoft.OperationalInsights/workspaces/w".into()),
            enable_sgxquotehelper: true,
            rotation_poll_interval: Some("5m".into()),
            ..Default::default()
        }
        .validate()
        .unwrap();
        let p = addon_profiles(&addons);
        assert_eq!(
            p["azureKeyvaultSecretsProvider"],
            json!({"enabled": true, "config": {"enableSecretRotation": "false", "rotationPollInterval": "5m"}})
        );
        assert_eq!(
            p["ACCSGXDevicePlugin"]["config"]["ACCSGXQuoteHelperEnabled"],
            "true"
        );
        assert_eq!(p["omsagent"]["config"]["useAADAuth"], "true");
        assert_eq!(addon_profiles(&Addons::default()), json!({}));
    }
}
