//! The add-on flags (spec `cluster_addons`) on the managed cluster body: `set_up` for the PUT
//! of `aks create`, `update` for the cluster read by `aks update`, each applying what az 2.91's
//! decorators do, step by step in their order (acs `managed_cluster_decorator.py`).

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_addons::{ClusterAddons, exclusive};

/// The object at `key` of `parent`, created (or replaced, when not an object) as the SDK
/// models do when az assigns a new profile.
fn object<'a>(parent: &'a mut Value, key: &str) -> &'a mut Map<String, Value> {
    if !parent.is_object() {
        *parent = json!({});
    }
    let Value::Object(map) = parent else {
        unreachable!("made an object above")
    };
    let child = map.entry(key).or_insert_with(|| json!({}));
    if !child.is_object() {
        *child = json!({});
    }
    match child {
        Value::Object(m) => m,
        _ => unreachable!("made an object above"),
    }
}

/// `obj[key]` as a `Value` (made an object when it is not one).
fn profile<'a>(props: &'a mut Value, key: &str) -> &'a mut Value {
    object(props, key);
    &mut props[key]
}

/// `properties` of a cluster body.
fn props(body: &mut Value) -> &mut Value {
    profile(body, "properties")
}

/// The create-side steps, from `set_up_image_cleaner` to `set_up_ai_toolchain_operator`.
/// `check_decorator_rules` has passed, so the flags are consistent.
pub fn set_up(body: &mut Value, a: &ClusterAddons) {
    let p = props(body);
    if let Ok(Some(defender)) = a.defender_body() {
        object(p, "securityProfile").insert("defender".into(), defender);
    }
    if a.flags.enable_image_cleaner {
        let hours = a
            .flags
            .image_cleaner_interval_hours
            .filter(|&h| h != 0)
            .unwrap_or(24 * 7);
        object(p, "securityProfile").insert(
            "imageCleaner".into(),
            json!({"enabled": true, "intervalHours": hours}),
        );
    }
    if a.flags.enable_keda {
        object(profile(p, "workloadAutoScalerProfile"), "keda")
            .insert("enabled".into(), json!(true));
    }
    if a.flags.enable_vpa {
        object(
            profile(p, "workloadAutoScalerProfile"),
            "verticalPodAutoscaler",
        )
        .insert("enabled".into(), json!(true));
    }
    // az's `set_up_ingress_web_app_routing`
    if a.flags.enable_app_routing || a.web_application_routing {
        let mut routing = json!({"enabled": true});
        if let Some(kind) = &a.flags.app_routing_default_nginx_controller {
            routing["nginx"] = json!({"defaultIngressControllerType": kind});
        }
        if a.web_application_routing {
            routing["dnsZoneResourceIds"] = json!([]);
        }
        object(p, "ingressProfile").insert("webAppRouting".into(), routing);
    }
    if a.flags.enable_app_routing_istio {
        set_app_routing_istio(p, "Enabled");
    }
    if a.flags.enable_gateway_api {
        let ingress = profile(p, "ingressProfile");
        if ingress.get("gatewayAPI").is_none_or(Value::is_null) {
            ingress["gatewayAPI"] = json!({"installation": "Standard"});
        }
    }
    if let Ok(Some(certs)) = a.ca_certs()
        && !certs.is_empty()
    {
        object(p, "securityProfile").insert("customCATrustCertificates".into(), json!(certs));
    }
    if a.flags.disable_run_command {
        object(p, "apiServerAccessProfile").insert("disableRunCommand".into(), json!(true));
    }
    if let Some(plan) = &a.flags.k8s_support_plan {
        p["supportPlan"] = json!(plan);
    }
    if a.flags.enable_azure_monitor_app_monitoring {
        set_app_monitoring(p, true);
    }
    if a.flags.enable_azure_service_mesh {
        let mut istio = json!({});
        if let Some(rev) = &a.flags.revision {
            istio["revisions"] = json!([rev]);
        }
        p["serviceMeshProfile"] = json!({"mode": "Istio", "istio": istio});
    }
    if a.flags.enable_cost_analysis {
        set_cost_analysis(p, true);
    }
    if let Some(level) = &a.flags.nrg_lockdown_restriction_level {
        p["nodeResourceGroupProfile"] = json!({"restrictionLevel": level});
    }
    if a.flags.enable_ai_toolchain_operator {
        object(p, "aiToolchainOperatorProfile").insert("enabled".into(), json!(true));
    }
}

fn set_app_routing_istio(p: &mut Value, mode: &str) {
    let routing = profile(profile(p, "ingressProfile"), "webAppRouting");
    object(routing, "gatewayAPIImplementations")
        .insert("appRoutingIstio".into(), json!({"mode": mode}));
}

/// `azureMonitorProfile.appMonitoring.autoInstrumentation`, replaced as az replaces it.
fn set_app_monitoring(p: &mut Value, enabled: bool) {
    let monitor = profile(p, "azureMonitorProfile");
    object(monitor, "appMonitoring")
        .insert("autoInstrumentation".into(), json!({"enabled": enabled}));
}

fn set_cost_analysis(p: &mut Value, enabled: bool) {
    object(profile(p, "metricsProfile"), "costAnalysis").insert("enabled".into(), json!(enabled));
}

/// The update-side steps: `update_custom_ca_trust_certificates` and `update_run_command`
/// (after the auto-upgrade profile), then image cleaner, workload autoscaler, support plan,
/// cost analysis, node resource group profile, AI toolchain, App Routing Istio, Gateway API.
/// Each getter's check runs where az runs it, so an error leaves nothing sent.
pub fn update(mc: &mut Value, a: &ClusterAddons) -> Result<()> {
    let tier = mc
        .pointer("/sku/tier")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let p = props(mc);
    if a.flags.custom_ca_trust_certificates.is_some() {
        let certs = a.ca_certs()?.unwrap_or_default();
        object(p, "securityProfile").insert("customCATrustCertificates".into(), json!(certs));
    }
    exclusive(
        a.flags.enable_run_command,
        a.flags.disable_run_command,
        "run-command",
    )?;
    if a.flags.enable_run_command || a.flags.disable_run_command {
        object(p, "apiServerAccessProfile").insert(
            "disableRunCommand".into(),
            json!(!a.flags.enable_run_command),
        );
    }
    if let Some(defender) = a.defender_body()? {
        object(p, "securityProfile").insert("defender".into(), defender);
    }
    update_image_cleaner(p, a)?;
    exclusive(a.flags.enable_keda, a.flags.disable_keda, "keda")?;
    exclusive(a.flags.enable_vpa, a.flags.disable_vpa, "vpa")?;
    if a.flags.enable_keda || a.flags.disable_keda {
        profile(p, "workloadAutoScalerProfile")["keda"] = json!({"enabled": a.flags.enable_keda});
    }
    if a.flags.enable_vpa || a.flags.disable_vpa {
        object(
            profile(p, "workloadAutoScalerProfile"),
            "verticalPodAutoscaler",
        )
        .insert("enabled".into(), json!(a.flags.enable_vpa));
    }
    a.check_support_plan(&tier)?;
    if let Some(plan) = &a.flags.k8s_support_plan {
        p["supportPlan"] = json!(plan);
    }
    exclusive(
        a.flags.enable_azure_monitor_app_monitoring,
        a.flags.disable_azure_monitor_app_monitoring,
        "azure-monitor-app-monitoring",
    )?;
    if a.flags.enable_azure_monitor_app_monitoring || a.flags.disable_azure_monitor_app_monitoring {
        set_app_monitoring(p, a.flags.enable_azure_monitor_app_monitoring);
    }
    exclusive(
        a.flags.enable_cost_analysis,
        a.flags.disable_cost_analysis,
        "cost-analysis",
    )?;
    if a.flags.enable_cost_analysis || a.flags.disable_cost_analysis {
        set_cost_analysis(p, a.flags.enable_cost_analysis);
    }
    if let Some(level) = &a.flags.nrg_lockdown_restriction_level {
        object(p, "nodeResourceGroupProfile").insert("restrictionLevel".into(), json!(level));
    }
    a.check_ai_toolchain()?;
    if a.flags.enable_ai_toolchain_operator || a.flags.disable_ai_toolchain_operator {
        object(p, "aiToolchainOperatorProfile").insert(
            "enabled".into(),
            json!(a.flags.enable_ai_toolchain_operator),
        );
    }
    exclusive(
        a.flags.enable_app_routing_istio,
        a.flags.disable_app_routing_istio,
        "app-routing-istio",
    )?;
    if a.flags.enable_app_routing_istio || a.flags.disable_app_routing_istio {
        let mode = if a.flags.enable_app_routing_istio {
            "Enabled"
        } else {
            "Disabled"
        };
        set_app_routing_istio(p, mode);
    }
    exclusive(
        a.flags.enable_gateway_api,
        a.flags.disable_gateway_api,
        "gateway-api",
    )?;
    if a.flags.enable_gateway_api || a.flags.disable_gateway_api {
        let installation = if a.flags.enable_gateway_api {
            "Standard"
        } else {
            "Disabled"
        };
        object(profile(p, "ingressProfile"), "gatewayAPI")
            .insert("installation".into(), json!(installation));
    }
    Ok(())
}

/// az's `update_image_cleaner`: a new profile starts disabled at 7 days; the interval needs
/// the cleaner enabled (by the flag or on the cluster) and not being disabled.
fn update_image_cleaner(p: &mut Value, a: &ClusterAddons) -> Result<()> {
    if a.flags.image_cleaner_interval_hours.is_some() {
        let enabled_now = p
            .pointer("/securityProfile/imageCleaner/enabled")
            .and_then(Value::as_bool)
            == Some(true);
        if !a.flags.enable_image_cleaner && !enabled_now {
            // az's message continues a line inside its string literal: 29 spaces in the middle.
            return Err(AzError::validation(format!(
                "Update \"--image-cleaner-interval-hours\" requires specifying \"--enable-image-cleaner\"{}or ImageCleaner enabled on managed cluster.",
                " ".repeat(29)
            )));
        }
        if a.flags.disable_image_cleaner {
            return Err(AzError::validation(
                "Cannot specify --image-cleaner-interval-hours and --disable-image-cleaner at the same time.",
            ));
        }
    }
    if !a.flags.enable_image_cleaner
        && !a.flags.disable_image_cleaner
        && a.flags.image_cleaner_interval_hours.is_none()
    {
        return Ok(());
    }
    let security = profile(p, "securityProfile");
    if security.get("imageCleaner").is_none_or(Value::is_null) {
        security["imageCleaner"] = json!({"enabled": false, "intervalHours": 7 * 24});
    }
    let cleaner = object(security, "imageCleaner");
    if a.flags.enable_image_cleaner {
        cleaner.insert("enabled".into(), json!(true));
    }
    if a.flags.disable_image_cleaner {
        cleaner.insert("enabled".into(), json!(false));
    }
    if let Some(hours) = a.flags.image_cleaner_interval_hours {
        cleaner.insert("intervalHours".into(), json!(hours));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_addons::{AddonsInput, Mode};

    fn addons(mode: Mode, f: impl FnOnce(&mut AddonsInput)) -> ClusterAddons {
        let mut i = AddonsInput::default();
        f(&mut i);
        i.validate(mode).unwrap()
    }

    #[test]
    fn create_sets_each_profile_as_az() {
        let mut body =
            json!({"properties": {"securityProfile": {"workloadIdentity": {"enabled": true}}}});
        set_up(
            &mut body,
            &addons(Mode::Create, |i| {
                i.enable_app_routing = true;
                i.app_routing_default_nginx_controller = Some("Internal".into());
                i.enable_app_routing_istio = true;
                i.enable_gateway_api = true;
                i.enable_keda = true;
                i.enable_vpa = true;
                i.enable_image_cleaner = true;
                i.disable_run_command = true;
                i.enable_azure_service_mesh = true;
                i.revision = Some("asm-1-25".into());
                i.enable_cost_analysis = true;
                i.nrg_lockdown_restriction_level = Some("ReadOnly".into());
                i.enable_ai_toolchain_operator = true;
                i.k8s_support_plan = Some("KubernetesOfficial".into());
            }),
        );
        assert_eq!(
            body["properties"],
            json!({
                "securityProfile": {"workloadIdentity": {"enabled": true}, "imageCleaner": {"enabled": true, "intervalHours": 168}},
                "workloadAutoScalerProfile": {"keda": {"enabled": true}, "verticalPodAutoscaler": {"enabled": true}},
                "ingressProfile": {
                    "webAppRouting": {"enabled": true, "nginx": {"defaultIngressControllerType": "Internal"},
                                      "gatewayAPIImplementations": {"appRoutingIstio": {"mode": "Enabled"}}},
                    "gatewayAPI": {"installation": "Standard"}
                },
                "apiServerAccessProfile": {"disableRunCommand": true},
                "supportPlan": "KubernetesOfficial",
                "serviceMeshProfile": {"mode": "Istio", "istio": {"revisions": ["asm-1-25"]}},
                "metricsProfile": {"costAnalysis": {"enabled": true}},
                "nodeResourceGroupProfile": {"restrictionLevel": "ReadOnly"},
                "aiToolchainOperatorProfile": {"enabled": true}
            })
        );
    }

    #[test]
    fn update_switches_and_their_checks() {
        let mut mc =
            json!({"sku": {"tier": "Free"}, "properties": {"workloadAutoScalerProfile": {}}});
        update(
            &mut mc,
            &addons(Mode::Update, |i| {
                i.disable_keda = true;
                i.enable_vpa = true;
                i.enable_run_command = true;
                i.disable_gateway_api = true;
                i.disable_app_routing_istio = true;
                i.enable_image_cleaner = true;
                i.image_cleaner_interval_hours = Some(48);
            }),
        )
        .unwrap();
        let p = &mc["properties"];
        assert_eq!(
            p["workloadAutoScalerProfile"],
            json!({"keda": {"enabled": false}, "verticalPodAutoscaler": {"enabled": true}})
        );
        assert_eq!(
            p["apiServerAccessProfile"],
            json!({"disableRunCommand": false})
        );
        assert_eq!(
            p["ingressProfile"]["gatewayAPI"],
            json!({"installation": "Disabled"})
        );
        assert_eq!(
            p["ingressProfile"]["webAppRouting"],
            json!({"gatewayAPIImplementations": {"appRoutingIstio": {"mode": "Disabled"}}})
        );
        assert_eq!(
            p["securityProfile"]["imageCleaner"],
            json!({"enabled": true, "intervalHours": 48})
        );
        let fresh = json!({"sku": {"tier": "Free"}, "properties": {}});
        let err = |f: fn(&mut AddonsInput)| {
            update(&mut fresh.clone(), &addons(Mode::Update, f))
                .unwrap_err()
                .message
        };
        assert_eq!(
            err(|i| {
                i.enable_keda = true;
                i.disable_keda = true;
            }),
            "Cannot specify --enable-keda and --disable-keda at the same time."
        );
        assert_eq!(
            err(|i| i.k8s_support_plan = Some("AKSLongTermSupport".into())),
            "Long term support is only available for premium tier clusters."
        );
        assert!(
            err(|i| i.image_cleaner_interval_hours = Some(24))
                .starts_with("Update \"--image-cleaner-interval-hours\"")
        );
    }
}
