//! AKS's rules for the add-on profiles of a managed cluster (issue 18): the defaults real AKS
//! returns (`workloadAutoScalerProfile` on every cluster, the App Routing identity and nginx
//! default, the Istio revision), and what it refuses (cost analysis on the Free tier, an image
//! cleaner interval out of range, run command on a cluster that disabled it).

use serde_json::{Value, json};

use super::super::util::{ApiError, det_guid};
use super::ClusterInfo;

type R<T> = Result<T, ApiError>;

/// The Istio revision AKS installs when the request names none.
const DEFAULT_ISTIO_REVISION: &str = "asm-1-26";
/// AKS's bounds of `securityProfile.imageCleaner.intervalHours` (a day to 90 days).
const IMAGE_CLEANER_HOURS: std::ops::RangeInclusive<i64> = 24..=2160;

/// Checks and completes the add-on profiles of a cluster being PUT (`cluster` as it will be
/// stored: `properties`, `sku`).
pub(super) fn apply(cluster: &mut Value, info: &ClusterInfo) -> R<()> {
    let tier = cluster["sku"]["tier"]
        .as_str()
        .unwrap_or("Free")
        .to_string();
    let p = &mut cluster["properties"];
    if p.get("workloadAutoScalerProfile")
        .is_none_or(Value::is_null)
    {
        p["workloadAutoScalerProfile"] = json!({});
    }
    let cost = p
        .pointer("/metricsProfile/costAnalysis/enabled")
        .and_then(Value::as_bool);
    if cost == Some(true) && !matches!(tier.to_ascii_lowercase().as_str(), "standard" | "premium") {
        return Err(ApiError::bad_request(
            "BadRequest",
            format!(
                "Cost analysis can only be enabled on clusters whose sku.tier is Standard or Premium; this cluster's tier is {tier}."
            ),
        ));
    }
    if let Some(hours) = p.pointer("/securityProfile/imageCleaner/intervalHours") {
        let ok = hours
            .as_i64()
            .is_some_and(|h| IMAGE_CLEANER_HOURS.contains(&h));
        if !ok {
            return Err(ApiError::invalid_parameter(
                "securityProfile.imageCleaner.intervalHours",
                format!(
                    "The value of parameter securityProfile.imageCleaner.intervalHours is invalid: {hours}. It must be between 24 and 2160 hours."
                ),
            ));
        }
    }
    if let Some(routing) = p.pointer_mut("/ingressProfile/webAppRouting")
        && routing["enabled"] == json!(true)
    {
        web_app_routing_defaults(routing, info);
    }
    if let Some(mesh) = p.get_mut("serviceMeshProfile")
        && mesh["mode"] == json!("Istio")
    {
        let revisions = &mut mesh["istio"]["revisions"];
        if revisions.as_array().is_none_or(Vec::is_empty) {
            *revisions = json!([DEFAULT_ISTIO_REVISION]);
        }
    }
    Ok(())
}

/// What AKS adds to an enabled App Routing profile: its managed identity in the node resource
/// group and the default nginx controller.
fn web_app_routing_defaults(routing: &mut Value, info: &ClusterInfo) {
    let key = info.id.to_lowercase();
    routing["identity"] = json!({
        "resourceId": format!(
            "/subscriptions/{}/resourcegroups/{}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/webapprouting-{}",
            info.sub, info.node_rg, info.name
        ),
        "clientId": det_guid(&format!("webapprouting-client:{key}")),
        "objectId": det_guid(&format!("webapprouting-object:{key}"))
    });
    if routing["nginx"]["defaultIngressControllerType"].is_null() {
        routing["nginx"] = json!({"defaultIngressControllerType": "AnnotationControlled"});
    }
}

/// `runCommand` on a cluster whose `apiServerAccessProfile.disableRunCommand` is true.
pub(super) fn check_run_command_allowed(cluster: &Value) -> R<()> {
    if cluster.pointer("/properties/apiServerAccessProfile/disableRunCommand") == Some(&json!(true))
    {
        return Err(ApiError::bad_request(
            "OperationNotAllowed",
            "Run command is disabled for this managed cluster (apiServerAccessProfile.disableRunCommand). Enable it with 'az aks update --enable-run-command'.",
        ));
    }
    Ok(())
}
