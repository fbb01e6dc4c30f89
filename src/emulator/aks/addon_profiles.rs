//! The add-on profiles of a managed cluster as AKS returns them: each enabled add-on that
//! runs as its own identity gets a user-assigned identity in the node resource group
//! (`<addon>-<cluster>`, lower-cased), HTTP application routing gets its DNS zone; the rest of
//! each profile is kept as sent.

use serde_json::{Map, Value, json};

use super::super::util::{det_guid, det_hex};

/// The add-on keys AKS gives an identity, as it names the identity.
const WITH_IDENTITY: &[&str] = &[
    "omsagent",
    "azurepolicy",
    "azurekeyvaultsecretsprovider",
    "aciconnectorlinux",
    "ingressapplicationgateway",
    "httpapplicationrouting",
];

/// Fills in what AKS adds to the enabled add-ons of `props.addonProfiles`.
pub(super) fn complete(
    props: &mut Map<String, Value>,
    cluster_id: &str,
    sub: &str,
    node_rg: &str,
    name: &str,
    location: &str,
) {
    let Some(Value::Object(profiles)) = props.get_mut("addonProfiles") else {
        return;
    };
    for (key, profile) in profiles.iter_mut() {
        let Some(p) = profile.as_object_mut() else {
            continue;
        };
        let enabled = p.get("enabled").and_then(Value::as_bool) == Some(true);
        if !enabled {
            p.remove("identity");
            continue;
        }
        let low = key.to_lowercase();
        if key == "httpApplicationRouting" {
            let config = p.entry("config").or_insert_with(|| json!({}));
            if config.get("HTTPApplicationRoutingZoneName").is_none() && config.is_object() {
                let zone = det_hex(&format!("zone:{}", cluster_id.to_lowercase()), 20);
                config["HTTPApplicationRoutingZoneName"] =
                    json!(format!("{zone}.{location}.aksapp.io"));
            }
        }
        if WITH_IDENTITY.contains(&low.as_str()) && !p.contains_key("identity") {
            let seed = format!("{low}:{}", cluster_id.to_lowercase());
            p.insert(
                "identity".into(),
                json!({
                    "resourceId": format!(
                        "/subscriptions/{sub}/resourcegroups/{node_rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{low}-{name}"
                    ),
                    "clientId": det_guid(&format!("addon-client:{seed}")),
                    "objectId": det_guid(&format!("addon-object:{seed}")),
                }),
            );
        }
    }
}
