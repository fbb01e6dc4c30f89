//! `azureMonitorProfile.containerInsights` and `.appMonitoring.openTelemetryLogsAndTraces`:
//! the create side of az's `_setup_azure_monitor_logs` (in `set_up_addon_profiles`) and of
//! `set_up_azure_monitor_profile`.

use serde_json::{Map, Value, json};

use crate::spec::cluster_monitor_logs::MonitorLogs;

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
    if let Some(r) = &logs.otel_logs_traces {
        let mut receiver = json!({"enabled": r.enabled});
        if let Some(p) = r.http_port {
            receiver["httpPort"] = json!(p);
        }
        if let Some(p) = r.grpc_port {
            receiver["grpcPort"] = json!(p);
        }
        sub(monitor_profile(props), "appMonitoring")["openTelemetryLogsAndTraces"] = receiver;
    }
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
