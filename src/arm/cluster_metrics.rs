//! `azureMonitorProfile.metrics` of the managed cluster: what az 2.91's
//! `set_up_azure_monitor_profile` (create) and `update_azure_monitor_profile` (update) write
//! for the managed Prometheus flags. The calls around it (workspace, data collection, rules,
//! Grafana) are `commands::aks_metrics`.

use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::spec::cluster_metrics::MetricsInput;

fn object<'a>(parent: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let v = parent.entry(key).or_insert_with(|| json!({}));
    if !v.is_object() {
        *v = json!({});
    }
    v.as_object_mut().expect("an object was just put there")
}

/// `ManagedClusterAzureMonitorProfileMetrics(enabled)` with the kube-state-metrics lists
/// (empty strings when not given, as az sends them).
fn metrics(enabled: bool, m: &MetricsInput) -> Value {
    json!({
        "enabled": enabled,
        "kubeStateMetrics": {
            "metricLabelsAllowlist": m.ksm_labels.clone().unwrap_or_default(),
            "metricAnnotationsAllowList": m.ksm_annotations.clone().unwrap_or_default(),
        },
    })
}

/// Create: the decorator's checks (`managed_identity`: the cluster gets one).
pub fn check_create(m: &MetricsInput, managed_identity: bool) -> Result<()> {
    m.check_control_plane(false)?;
    m.check_enable(managed_identity)
}

/// Create: metrics written disabled (az turns them on, and control plane metrics with them,
/// by a second PUT once the data collection rule association exists).
pub fn set_up(props: &mut Map<String, Value>, m: &MetricsInput) {
    if m.enable {
        object(props, "azureMonitorProfile").insert("metrics".into(), metrics(false, m));
    }
}

/// Whether the cluster as read has managed Prometheus on (`metrics.enabled`).
pub fn enabled_on(mc: &Value) -> bool {
    mc.pointer("/properties/azureMonitorProfile/metrics/enabled")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// Whether turning metrics off would take OpenTelemetry metrics with them (az asks first).
pub fn disable_takes_opentelemetry(mc: &Value, m: &MetricsInput) -> bool {
    m.disable
        && enabled_on(mc)
        && mc
            .pointer("/properties/azureMonitorProfile/appMonitoring/openTelemetryMetrics/enabled")
            .and_then(Value::as_bool)
            .unwrap_or(false)
}

/// az's `check_is_msi_cluster`.
pub fn is_msi_cluster(mc: &Value) -> bool {
    mc.pointer("/identity/type")
        .and_then(Value::as_str)
        .is_some_and(|t| {
            t.eq_ignore_ascii_case("systemassigned") || t.eq_ignore_ascii_case("userassigned")
        })
}

/// Update: metrics replaced when enabled (kube-state-metrics lists as given), turned off when
/// disabled (only if on), then the control plane switch.
pub fn update(mc: &mut Value, m: &MetricsInput) -> Result<()> {
    m.check_enable(is_msi_cluster(mc))?;
    // with either metrics switch az makes its calls first, then checks these
    // (`commands::aks_metrics::before_update_put`)
    if !(m.enable || m.disable) {
        m.check_control_plane(enabled_on(mc))?;
    }
    let was_on = enabled_on(mc);
    let Some(props) = mc.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if m.enable {
        object(props, "azureMonitorProfile").insert("metrics".into(), metrics(true, m));
    }
    if m.disable && was_on {
        let profile = object(props, "azureMonitorProfile");
        profile.insert("metrics".into(), json!({"enabled": false}));
        // OpenTelemetry metrics ride on managed Prometheus: they go down with it
        if let Some(otel) = profile
            .get_mut("appMonitoring")
            .and_then(|a| a.get_mut("openTelemetryMetrics"))
            .and_then(Value::as_object_mut)
            .filter(|o| o.get("enabled") == Some(&json!(true)))
        {
            otel.insert("enabled".into(), json!(false));
            otel.remove("httpPort");
            otel.remove("grpcPort");
        }
    }
    if m.enable_control_plane {
        let metrics = object(object(props, "azureMonitorProfile"), "metrics");
        if metrics.is_empty() {
            metrics.insert("enabled".into(), json!(true));
        }
        metrics.insert("controlPlane".into(), json!({"enabled": true}));
    }
    if m.disable_control_plane
        && let Some(metrics) = props
            .get_mut("azureMonitorProfile")
            .and_then(|p| p.get_mut("metrics"))
            .and_then(Value::as_object_mut)
    {
        metrics.insert("controlPlane".into(), json!({"enabled": false}));
    }
    Ok(())
}

/// The second PUT of create (`addon_put`, or `_addon_put_with_control_plane` with
/// `--enable-control-plane-metrics`): the cluster as read, metrics turned on.
pub fn addon_put(mc: &mut Value, control_plane: bool) {
    let Some(metrics) = mc
        .pointer_mut("/properties/azureMonitorProfile/metrics")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    if metrics.get("enabled") == Some(&json!(false)) {
        metrics.insert("enabled".into(), json!(true));
    }
    if control_plane {
        metrics.insert("controlPlane".into(), json!({"enabled": true}));
    }
}
