//! `addonProfiles` of the managed cluster PUT, as az 2.91's `set_up_addon_profiles` builds them
//! from `--enable-addons` and the add-on config flags (its keys: acs `_consts.py`).

use serde_json::{Map, Value, json};

use crate::spec::cluster_addons::Addons;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_addons::AddonsInput;

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
