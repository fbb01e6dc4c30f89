//! `azureMonitorProfile.containerInsights` and `.appMonitoring.openTelemetryLogsAndTraces`:
//! the create side of az's `_setup_azure_monitor_logs` (in `set_up_addon_profiles`) and of
//! `set_up_azure_monitor_profile`; the update side of `update_azure_monitor_profile`,
//! `update_azure_monitor_logs` and `update_azure_monitor_logs_settings` (the calls they make are
//! `commands::aks_monitor_logs`'s).

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_monitor_logs::{MonitorLogs, MonitorLogsUpdate};

/// The syslog port AKS uses when none is set (acs `CONST_CONTAINER_INSIGHTS_DEFAULT_SYSLOG_PORT`).
const DEFAULT_SYSLOG_PORT: i64 = 28330;

/// Create: Azure Monitor logs on the profile (no `omsagent` add-on entry), then the receiver.
pub fn set_up(props: &mut Map<String, Value>, logs: &MonitorLogs) {
    if let (true, Some(workspace)) = (logs.enable, &logs.workspace) {
        let mut ci = json!({"enabled": true, "logAnalyticsWorkspaceResourceId": workspace});
        if let Some(p) = logs.syslog_port {
            ci["syslogPort"] = json!(p);
        }
        if let Some(d) = logs.disable_prometheus_scraping {
            ci["disablePrometheusMetricsScraping"] = json!(d);
        }
        monitor_profile(props)["containerInsights"] = ci;
    }
    if logs.container_network_logs {
        sub(monitor_profile(props), "containerInsights")["containerNetworkLogs"] = json!("Enabled");
    }
    for (key, r) in [
        ("openTelemetryMetrics", &logs.otel_metrics),
        ("openTelemetryLogsAndTraces", &logs.otel_logs_traces),
    ] {
        if let Some(r) = r {
            sub(monitor_profile(props), "appMonitoring")[key] =
                receiver(r.enabled, r.http_port, r.grpc_port);
        }
    }
}

/// `ManagedClusterAzureMonitorProfileAppMonitoringOpenTelemetry*`: the ports only when given.
fn receiver(enabled: bool, http: Option<i64>, grpc: Option<i64>) -> Value {
    let mut r = json!({"enabled": enabled});
    if let Some(p) = http {
        r["httpPort"] = json!(p);
    }
    if let Some(p) = grpc {
        r["grpcPort"] = json!(p);
    }
    r
}

/// `update_monitoring_profile_flow_logs`' checks of `--enable-high-log-scale-mode` (early in
/// az's update, after the advanced networking).
pub fn update_flow_logs(
    mc: &mut Value,
    i: &MonitorLogsUpdate,
    enable_acns: bool,
    network_dataplane: Option<&str>,
) -> Result<()> {
    let enable_cnl = i.common.enable_container_network_logs;
    if enable_cnl && i.enable_high_log_scale_mode == Some(false) {
        return Err(AzError::validation(
            "Cannot explicitly disable --enable-high-log-scale-mode when --enable-container-network-logs is specified. Container network logs requires high log scale mode to be enabled.",
        ));
    }
    match i.high_log_scale() {
        Some(true) if !enable_cnl => {
            if !i.common.enable_azure_monitor_logs && !monitoring_enabled(mc) {
                return Err(AzError::validation(
                    "--enable-high-log-scale-mode requires Azure Monitor logs to be enabled on the cluster. Please enable it first with --enable-azure-monitor-logs or --enable-addons monitoring.",
                ));
            }
            if !monitoring_aad_auth(mc) {
                return Err(AzError::validation(
                    "--enable-high-log-scale-mode requires MSI authentication to be enabled for the monitoring addon. Please enable it with --enable-msi-auth-for-monitoring.",
                ));
            }
        }
        Some(false) if container_network_logs_on(mc) => {
            return Err(AzError::validation(
                "Cannot disable --enable-high-log-scale-mode while container network logs are enabled. Please disable container network logs first with --disable-container-network-logs.",
            ));
        }
        _ => {}
    }
    let Some(on) = i.container_network_logs() else {
        return Ok(());
    };
    if enable_cnl && i.disable_container_network_logs {
        return Err(AzError::validation(
            "Cannot specify --enable-container-network-logs and --disable-container-network-logs at the same time.",
        ));
    }
    if enable_cnl {
        let acns =
            enable_acns || enabled(mc.pointer("/properties/networkProfile/advancedNetworking"));
        let dataplane = network_dataplane.or_else(|| {
            mc.pointer("/properties/networkProfile/networkDataplane")
                .and_then(Value::as_str)
        });
        let cilium = dataplane.is_some_and(|d| d.eq_ignore_ascii_case("cilium"));
        let monitoring = i.common.enable_azure_monitor_logs || monitoring_enabled(mc);
        if !acns || !monitoring || !cilium {
            return Err(AzError::validation(
                "Container network logs requires ACNS to be enabled, Azure Monitor logs to be enabled, and the cilium network dataplane.",
            ));
        }
        if !monitoring_aad_auth(mc) {
            return Err(AzError::validation(
                "Container network logs requires Azure Monitor logs to use managed identity authentication. This cluster is onboarded with legacy (shared key) authentication, which does not support the data collection rule that container network logs depends on. Migrate the cluster to managed identity authentication first, then retry. See https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-authentication?tabs=cli#migrate-to-managed-identity-authentication",
            ));
        }
    }
    set_container_network_logs(mc, on);
    Ok(())
}

fn set_container_network_logs(mc: &mut Value, on: bool) {
    container_insights(mc)["containerNetworkLogs"] = json!(if on { "Enabled" } else { "Disabled" });
}

/// `_is_container_network_logs_enabled_on_mc`: the profile's setting, else the add-on's key.
fn container_network_logs_on(mc: &Value) -> bool {
    let profile = mc
        .pointer("/properties/azureMonitorProfile/containerInsights/containerNetworkLogs")
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty());
    if let Some(v) = profile {
        return v.eq_ignore_ascii_case("Enabled");
    }
    config_value(monitoring_addon(mc), "enableRetinaNetworkFlags")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

/// An add-on config value, its key in any case (as AKS reads them).
fn config_value<'a>(addon: Option<&'a Value>, key: &str) -> Option<&'a str> {
    addon?
        .get("config")?
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))?
        .1
        .as_str()
}

/// az's `get_enable_msi_auth_for_monitoring` on update:
/// switched on by `--enable-azure-monitor-logs`; a cluster with a `servicePrincipalProfile`
/// client id (`msi` included) says no; else the add-on's `useAADAuth`; an Automatic cluster
/// yes; else `--enable-msi-auth-for-monitoring`.
pub fn update_msi_auth(mc: &Value, i: &MonitorLogsUpdate) -> bool {
    let given = i.enable_msi_auth_for_monitoring.unwrap_or(false);
    if i.common.enable_azure_monitor_logs {
        return true;
    }
    if mc
        .pointer("/properties/servicePrincipalProfile/clientId")
        .is_some_and(|c| !c.is_null())
    {
        return false;
    }
    if let Some(v) = config_value(monitoring_addon(mc), "useAADAuth") {
        return v.eq_ignore_ascii_case("true");
    }
    let automatic = mc
        .pointer("/sku/name")
        .and_then(Value::as_str)
        .is_some_and(|n| n.eq_ignore_ascii_case("automatic"));
    automatic || given
}

/// The add-on profile az drives the rule's work from (`_build_monitoring_addon_shim`): the
/// profile's workspace when it is on, else the monitoring add-on (enabled, its workspace).
pub fn shim_workspace(cluster: &Value) -> Option<(bool, Option<String>)> {
    let ci = cluster.pointer("/properties/azureMonitorProfile/containerInsights");
    let ws = ci
        .and_then(|c| c.get("logAnalyticsWorkspaceResourceId"))
        .and_then(Value::as_str)
        .filter(|w| !w.is_empty());
    if let (true, Some(w)) = (enabled(ci), ws) {
        return Some((true, Some(w.to_string())));
    }
    let addon = monitoring_addon(cluster)?;
    Some((
        enabled(Some(addon)),
        config_value(Some(addon), "logAnalyticsWorkspaceResourceID").map(str::to_string),
    ))
}

/// The question az asks before `--disable-azure-monitor-logs` also turns the OpenTelemetry
/// receiver off (`_confirm_disable_azure_monitor_logs`); `None` when there is nothing to ask.
pub fn disable_question(mc: &Value, i: &MonitorLogsUpdate, yes: bool) -> Option<&'static str> {
    (i.disable_azure_monitor_logs && !yes && monitoring_enabled(mc) && otel_logs_enabled(mc)).then_some(
        "OpenTelemetry logs and traces are enabled on this cluster and are collected by Azure Monitor logs. Disabling Azure Monitor logs will also disable OpenTelemetry logs and traces. Do you want to continue?",
    )
}

/// Update, in az's order: the receiver, the switch on or off, then the settings. Switching on
/// leaves the workspace to the command (it may have to find or make it).
pub fn update(mc: &mut Value, i: &MonitorLogsUpdate) -> Result<()> {
    // az reads (and checks) the four ports first, then switches each receiver
    check_otel_metrics_ports(mc, i)?;
    check_otel_logs_traces_ports(mc, i)?;
    update_otel_metrics(mc, i)?;
    update_otel_logs_traces(mc, i)?;
    let c = &i.common;
    if c.enable_azure_monitor_logs {
        check_can_enable(mc)?;
        let ci = container_insights(mc);
        reset_to_defaults(ci);
        ci["enabled"] = json!(true);
        if let Some(on) = i.container_network_logs() {
            set_container_network_logs(mc, on);
        }
    }
    if i.disable_azure_monitor_logs && monitoring_enabled(mc) {
        let otel_was_on = otel_logs_enabled(mc);
        reset_to_defaults(container_insights(mc));
        if otel_was_on {
            mc["properties"]["azureMonitorProfile"]["appMonitoring"]["openTelemetryLogsAndTraces"] =
                json!({"enabled": false});
        }
    }
    for (flag, given) in [
        ("--syslog-port", c.syslog_port.is_some()),
        (
            "--disable-prometheus-metrics-scraping",
            c.disable_prometheus_metrics_scraping,
        ),
        (
            "--enable-prometheus-metrics-scraping",
            c.enable_prometheus_metrics_scraping,
        ),
    ] {
        if given && !c.enable_azure_monitor_logs && !monitoring_enabled(mc) {
            return Err(AzError::validation(format!(
                "{flag} can only be specified when --enable-azure-monitor-logs is also specified or Azure Monitor logs is already enabled on the cluster."
            )));
        }
    }
    if let Some(p) = c.syslog_port {
        container_insights(mc)["syslogPort"] = json!(p);
    }
    if c.enable_prometheus_metrics_scraping || c.disable_prometheus_metrics_scraping {
        container_insights(mc)["disablePrometheusMetricsScraping"] =
            json!(c.disable_prometheus_metrics_scraping);
    }
    Ok(())
}

/// The receiver: built anew when switched on, switched off with its ports dropped, or only its
/// ports changed when it is on already (az's port getters' checks first).
fn check_otel_logs_traces_ports(mc: &Value, i: &MonitorLogsUpdate) -> Result<()> {
    let c = &i.common;
    let was_on = otel_logs_enabled(mc);
    for (flag, port) in c.ports_given() {
        if port.is_none() {
            continue;
        }
        if c.enable_opentelemetry_logs_traces {
            check_otel_can_enable(mc, i)?;
        } else if !was_on {
            return Err(AzError::validation(format!(
                "{flag} can only be specified when --enable-opentelemetry-logs-traces is also specified or OpenTelemetry logs and traces are already enabled."
            )));
        }
    }
    Ok(())
}

/// The metrics port getters' checks (`_get_opentelemetry_metrics_port`).
fn check_otel_metrics_ports(mc: &Value, i: &MonitorLogsUpdate) -> Result<()> {
    let c = &i.common;
    for (flag, port) in c.metrics_ports() {
        if port.is_none() {
            continue;
        }
        if c.enable_opentelemetry_metrics {
            check_otel_metrics_can_enable(mc)?;
        } else if !otel_metrics_enabled(mc) {
            return Err(AzError::validation(format!(
                "{flag} can only be specified when --enable-opentelemetry-metrics is also specified or OpenTelemetry metrics are already enabled."
            )));
        }
    }
    Ok(())
}

/// OpenTelemetry metrics ride on Azure Monitor metrics: on already, or switched on by this
/// command (`cluster_metrics::update` has run).
fn check_otel_metrics_can_enable(mc: &Value) -> Result<()> {
    if crate::arm::cluster_metrics::enabled_on(mc) {
        return Ok(());
    }
    Err(AzError::validation(
        "OpenTelemetry metrics requires Azure Monitor metrics to be enabled. Please add --enable-azure-monitor-metrics to your command.",
    ))
}

/// The metrics receiver: built anew when switched on, switched off with its ports dropped, or
/// only its ports changed when it is on already.
fn update_otel_metrics(mc: &mut Value, i: &MonitorLogsUpdate) -> Result<()> {
    let c = &i.common;
    let (http, grpc) = (
        c.opentelemetry_metrics_port_http,
        c.opentelemetry_metrics_port_grpc,
    );
    if c.enable_opentelemetry_metrics {
        check_otel_metrics_can_enable(mc)?;
        app_monitoring(mc)["openTelemetryMetrics"] = receiver(true, http, grpc);
    } else if c.disable_opentelemetry_metrics {
        switch_off(app_monitoring(mc), "openTelemetryMetrics");
    } else if http.is_some() || grpc.is_some() {
        set_ports(&mut app_monitoring(mc)["openTelemetryMetrics"], http, grpc);
    }
    Ok(())
}

/// `enabled: false` with the ports dropped (a fresh `{enabled: false}` when there was none).
fn switch_off(app_monitoring: &mut Value, key: &str) {
    match app_monitoring.get_mut(key).filter(|r| r.is_object()) {
        Some(r) => {
            r["enabled"] = json!(false);
            if let Some(o) = r.as_object_mut() {
                o.remove("httpPort");
                o.remove("grpcPort");
            }
        }
        None => app_monitoring[key] = json!({"enabled": false}),
    }
}

fn set_ports(r: &mut Value, http: Option<i64>, grpc: Option<i64>) {
    if let Some(p) = http {
        r["httpPort"] = json!(p);
    }
    if let Some(p) = grpc {
        r["grpcPort"] = json!(p);
    }
}

fn update_otel_logs_traces(mc: &mut Value, i: &MonitorLogsUpdate) -> Result<()> {
    let c = &i.common;
    let (http, grpc) = (
        c.opentelemetry_logs_traces_port_http,
        c.opentelemetry_logs_traces_port_grpc,
    );
    if c.enable_opentelemetry_logs_traces {
        check_otel_can_enable(mc, i)?;
        app_monitoring(mc)["openTelemetryLogsAndTraces"] = receiver(true, http, grpc);
    } else if c.disable_opentelemetry_logs_traces {
        switch_off(app_monitoring(mc), "openTelemetryLogsAndTraces");
    } else if http.is_some() || grpc.is_some() {
        set_ports(
            &mut app_monitoring(mc)["openTelemetryLogsAndTraces"],
            http,
            grpc,
        );
    }
    Ok(())
}

fn check_otel_can_enable(mc: &Value, i: &MonitorLogsUpdate) -> Result<()> {
    if i.common.enable_azure_monitor_logs || monitoring_enabled(mc) {
        return Ok(());
    }
    Err(AzError::validation(
        "OpenTelemetry logs and traces requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.",
    ))
}

/// `_setup_azure_monitor_logs`' guards: a managed identity, managed-identity auth, not on yet.
fn check_can_enable(mc: &Value) -> Result<()> {
    let sp = mc
        .pointer("/properties/servicePrincipalProfile/clientId")
        .and_then(Value::as_str)
        .is_some_and(|c| !c.is_empty() && !c.eq_ignore_ascii_case("msi"));
    if sp {
        return Err(AzError::validation(
            "'--enable-azure-monitor-logs' cannot be used on clusters with service principal authentication. Azure Monitor logs onboards through the Azure Monitor profile, which requires the cluster to use a managed identity. Update the cluster to use a managed identity with 'az aks update --enable-managed-identity', then retry.",
        ));
    }
    if !monitoring_aad_auth(mc) {
        return Err(AzError::validation(
            "Azure Monitor logs is already enabled on this cluster using legacy (non-managed-identity) authentication. '--enable-azure-monitor-logs' requires managed identity authentication. Migrate the cluster to managed identity authentication first, then retry. See https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-authentication?tabs=cli#migrate-to-managed-identity-authentication",
        ));
    }
    if monitoring_enabled(mc) {
        return Err(AzError::validation(
            "Azure Monitor logs is already enabled for this managed cluster.\nTo change the Azure Monitor logs configuration, run 'az aks update --disable-azure-monitor-logs' before enabling it again.",
        ));
    }
    Ok(())
}

/// `_reset_container_insights_to_defaults` (the workspace id is left as it is).
fn reset_to_defaults(ci: &mut Value) {
    ci["enabled"] = json!(false);
    ci["syslogPort"] = json!(DEFAULT_SYSLOG_PORT);
    ci["disablePrometheusMetricsScraping"] = json!(false);
    ci["containerNetworkLogs"] = json!("Disabled");
}

/// The monitoring add-on's profile (`omsagent`, any case).
fn monitoring_addon(mc: &Value) -> Option<&Value> {
    mc.pointer("/properties/addonProfiles")
        .and_then(Value::as_object)?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("omsagent"))
        .map(|(_, p)| p)
}

fn enabled(v: Option<&Value>) -> bool {
    v.and_then(|v| v.get("enabled")).and_then(Value::as_bool) == Some(true)
}

/// The legacy monitoring add-on is on (`update_addon_profiles`' `monitoring_addon_enabled`).
pub fn monitoring_addon_enabled(mc: &Value) -> bool {
    enabled(monitoring_addon(mc))
}

/// `_is_monitoring_enabled_on_mc`: on through the profile or the legacy add-on.
pub fn monitoring_enabled(mc: &Value) -> bool {
    enabled(mc.pointer("/properties/azureMonitorProfile/containerInsights"))
        || enabled(monitoring_addon(mc))
}

/// `_is_monitoring_aad_auth`: no add-on (or a disabled one) is a fresh, managed-identity
/// onboarding; otherwise the add-on's `useAADAuth`.
pub fn monitoring_aad_auth(mc: &Value) -> bool {
    let addon = monitoring_addon(mc);
    if !enabled(addon) {
        return true;
    }
    config_value(addon, "useAADAuth").is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

fn otel_metrics_enabled(mc: &Value) -> bool {
    enabled(mc.pointer("/properties/azureMonitorProfile/appMonitoring/openTelemetryMetrics"))
}

fn otel_logs_enabled(mc: &Value) -> bool {
    enabled(mc.pointer("/properties/azureMonitorProfile/appMonitoring/openTelemetryLogsAndTraces"))
}

fn container_insights(mc: &mut Value) -> &mut Value {
    let props = &mut mc["properties"];
    sub(sub(props, "azureMonitorProfile"), "containerInsights")
}

fn app_monitoring(mc: &mut Value) -> &mut Value {
    let props = &mut mc["properties"];
    sub(sub(props, "azureMonitorProfile"), "appMonitoring")
}

fn monitor_profile(props: &mut Map<String, Value>) -> &mut Value {
    let p = props
        .entry("azureMonitorProfile")
        .or_insert_with(|| json!({}));
    if !p.is_object() {
        *p = json!({});
    }
    p
}

/// The sub-object, made empty when absent or not an object.
fn sub<'a>(parent: &'a mut Value, key: &str) -> &'a mut Value {
    if !parent.get(key).is_some_and(Value::is_object) {
        parent[key] = json!({});
    }
    &mut parent[key]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_monitor_logs::OtelReceiver;

    #[test]
    fn container_insights_and_receiver_share_the_profile() {
        let mut props = Map::new();
        props.insert(
            "azureMonitorProfile".into(),
            json!({"appMonitoring": {"autoInstrumentation": {"enabled": true}}}),
        );
        let logs = MonitorLogs {
            enable: true,
            syslog_port: Some(514),
            disable_prometheus_scraping: Some(true),
            otel_logs_traces: Some(OtelReceiver {
                enabled: true,
                http_port: None,
                grpc_port: Some(4317),
            }),
            otel_metrics: None,
            container_network_logs: false,
            cnl_refusal: None,
            workspace: Some("/w".into()),
        };
        set_up(&mut props, &logs);
        assert_eq!(
            props["azureMonitorProfile"],
            json!({
                "appMonitoring": {
                    "autoInstrumentation": {"enabled": true},
                    "openTelemetryLogsAndTraces": {"enabled": true, "grpcPort": 4317}
                },
                "containerInsights": {
                    "enabled": true,
                    "logAnalyticsWorkspaceResourceId": "/w",
                    "syslogPort": 514,
                    "disablePrometheusMetricsScraping": true
                }
            })
        );
    }
}
