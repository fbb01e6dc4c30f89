//! Azure Monitor logs on the Azure Monitor profile (`azureMonitorProfile.containerInsights`) and
//! the OpenTelemetry logs and traces receiver (`azureMonitorProfile.appMonitoring`) of
//! `aks create`: az 2.91's argument validators (acs `_validators.py`, run while parsing, before
//! anything is sent) and what its getters return.

use crate::error::{AzError, Result};

/// The flags as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonitorLogsInput {
    pub enable_azure_monitor_logs: bool,
    pub syslog_port: Option<i64>,
    pub enable_prometheus_metrics_scraping: bool,
    pub disable_prometheus_metrics_scraping: bool,
    pub enable_opentelemetry_metrics: bool,
    pub disable_opentelemetry_metrics: bool,
    pub opentelemetry_metrics_port_http: Option<i64>,
    pub opentelemetry_metrics_port_grpc: Option<i64>,
    pub enable_opentelemetry_logs_traces: bool,
    pub disable_opentelemetry_logs_traces: bool,
    pub opentelemetry_logs_traces_port_http: Option<i64>,
    pub opentelemetry_logs_traces_port_grpc: Option<i64>,
    /// `aks create` only (for now).
    pub enable_container_network_logs: bool,
}

/// An OpenTelemetry receiver (metrics, or logs and traces) as az builds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtelReceiver {
    pub enabled: bool,
    pub http_port: Option<i64>,
    pub grpc_port: Option<i64>,
}

/// The validated flags of `aks create`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonitorLogs {
    pub enable: bool,
    pub syslog_port: Option<i64>,
    /// `disablePrometheusMetricsScraping`, when one of the two switches is given.
    pub disable_prometheus_scraping: Option<bool>,
    pub otel_logs_traces: Option<OtelReceiver>,
    /// `appMonitoring.openTelemetryMetrics`.
    pub otel_metrics: Option<OtelReceiver>,
    /// `containerNetworkLogs: Enabled` (high log scale mode comes with it).
    pub container_network_logs: bool,
    /// Why az's decorator refuses `--enable-container-network-logs`, if it does.
    pub cnl_refusal: Option<&'static str>,
    /// The workspace az settles on (the flag's, or the default one), filled in by the command
    /// before the body is built.
    pub workspace: Option<String>,
}

/// What the validators read from the other flags of the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateContext<'a> {
    pub enable_addons: Option<&'a str>,
    /// `--enable-msi-auth-for-monitoring` as given (`None` when absent).
    pub enable_msi_auth_for_monitoring: Option<bool>,
    pub enable_high_log_scale_mode: Option<bool>,
    pub enable_acns: bool,
    pub network_dataplane: Option<&'a str>,
    /// `--enable-azure-monitor-metrics` (OpenTelemetry metrics ride on it).
    pub enable_azure_monitor_metrics: bool,
}

fn usage(msg: String) -> AzError {
    AzError::validation(msg)
}

impl MonitorLogs {
    /// The decorator's checks of `--enable-container-network-logs` (after az's reads and the
    /// monitoring add-on's work, before Azure Monitor logs' workspace).
    pub fn check_decorator_rules(&self) -> Result<()> {
        match self.cnl_refusal {
            Some(msg) => Err(AzError::validation(msg)),
            None => Ok(()),
        }
    }
}

impl MonitorLogsInput {
    /// The flags of the container insights settings that were given, in az's order.
    fn settings_flags(&self) -> Vec<&'static str> {
        let mut flags = Vec::new();
        if self.syslog_port.is_some() {
            flags.push("--syslog-port");
        }
        if self.enable_prometheus_metrics_scraping {
            flags.push("--enable-prometheus-metrics-scraping");
        }
        if self.disable_prometheus_metrics_scraping {
            flags.push("--disable-prometheus-metrics-scraping");
        }
        flags
    }

    /// The four receiver ports in az's order (`validate_opentelemetry_ports`).
    fn all_ports(&self) -> [(&'static str, Option<i64>); 4] {
        let [l1, l2] = self.ports();
        [
            (
                "--opentelemetry-metrics-port-http",
                self.opentelemetry_metrics_port_http,
            ),
            (
                "--opentelemetry-metrics-port-grpc",
                self.opentelemetry_metrics_port_grpc,
            ),
            l1,
            l2,
        ]
    }

    pub(crate) fn metrics_ports(&self) -> [(&'static str, Option<i64>); 2] {
        let [m1, m2, ..] = self.all_ports();
        [m1, m2]
    }

    fn ports(&self) -> [(&'static str, Option<i64>); 2] {
        [
            (
                "--opentelemetry-logs-traces-port-http",
                self.opentelemetry_logs_traces_port_http,
            ),
            (
                "--opentelemetry-logs-traces-port-grpc",
                self.opentelemetry_logs_traces_port_grpc,
            ),
        ]
    }

    /// `validate_opentelemetry_ports`: each in range, all different.
    fn check_ports(&self) -> Result<()> {
        let ports = self.all_ports();
        for (flag, port) in ports {
            if let Some(p) = port.filter(|p| !(1..=65535).contains(p)) {
                return Err(usage(format!(
                    "OpenTelemetry port {flag} must be between 1 and 65535, got {p}."
                )));
            }
        }
        let given: Vec<_> = ports
            .iter()
            .filter_map(|(f, p)| p.map(|p| (*f, p)))
            .collect();
        for (i, (f1, p1)) in given.iter().enumerate() {
            if let Some((f2, _)) = given[i + 1..].iter().find(|(_, p2)| p2 == p1) {
                return Err(usage(format!(
                    "OpenTelemetry ports must all be different. {f1} and {f2} cannot both be set to {p1}."
                )));
            }
        }
        Ok(())
    }

    /// `validate_opentelemetry_ports_not_disabled`: no port for a receiver being switched off
    /// (`disable_metrics`/`disable_logs`: `--disable-azure-monitor-metrics`/`-logs`).
    fn check_ports_not_disabled(&self, disable_metrics: bool, disable_logs: bool) -> Result<()> {
        for (i, (flag, port)) in self.all_ports().into_iter().enumerate() {
            if port.is_none() {
                continue;
            }
            let disables = if i < 2 {
                [
                    ("--disable-azure-monitor-metrics", disable_metrics),
                    (
                        "--disable-opentelemetry-metrics",
                        self.disable_opentelemetry_metrics,
                    ),
                ]
            } else {
                [
                    ("--disable-azure-monitor-logs", disable_logs),
                    (
                        "--disable-opentelemetry-logs-traces",
                        self.disable_opentelemetry_logs_traces,
                    ),
                ]
            };
            if let Some((d, _)) = disables.into_iter().find(|(_, on)| *on) {
                return Err(usage(format!(
                    "{flag} cannot be specified when {d} is used."
                )));
            }
        }
        Ok(())
    }

    /// `validate_opentelemetry_metrics_dependencies`: `metrics_required` on create, where the
    /// command itself must turn Azure Monitor metrics on.
    fn check_otel_metrics(&self, metrics_required: Option<bool>) -> Result<()> {
        if self.enable_opentelemetry_metrics && self.disable_opentelemetry_metrics {
            return Err(usage(
                "Cannot specify both --enable-opentelemetry-metrics and --disable-opentelemetry-metrics at the same time.".into(),
            ));
        }
        if self.enable_opentelemetry_metrics && metrics_required == Some(false) {
            return Err(usage(
                "OpenTelemetry metrics requires Azure Monitor metrics to be enabled. Please add --enable-azure-monitor-metrics to your command.".into(),
            ));
        }
        Ok(())
    }

    fn check_otel_switches(&self) -> Result<()> {
        if self.enable_opentelemetry_logs_traces && self.disable_opentelemetry_logs_traces {
            return Err(usage(
                "Cannot specify both --enable-opentelemetry-logs-traces and --disable-opentelemetry-logs-traces at the same time.".into(),
            ));
        }
        Ok(())
    }

    pub(crate) fn ports_given(&self) -> [(&'static str, Option<i64>); 2] {
        self.ports()
    }

    /// az's validators in the order of `aks_create`'s parameters: `--enable-azure-monitor-logs`,
    /// `--syslog-port`, then the OpenTelemetry ones.
    pub fn validate_create(self, ctx: CreateContext) -> Result<MonitorLogs> {
        let monitoring_addon = ctx.enable_addons.is_some_and(|a| a.contains("monitoring"));
        if self.enable_azure_monitor_logs {
            if monitoring_addon {
                return Err(usage(
                    "Cannot specify both '--enable-azure-monitor-logs' and '--enable-addons monitoring'. Use either '--enable-azure-monitor-logs' or '--enable-addons monitoring'.".into(),
                ));
            }
            if ctx.enable_msi_auth_for_monitoring == Some(false) {
                return Err(usage(
                    "Cannot specify both '--enable-azure-monitor-logs' and '--enable-msi-auth-for-monitoring'. '--enable-azure-monitor-logs' onboards through the Azure Monitor profile, which always uses managed identity authentication.".into(),
                ));
            }
        }
        if self.enable_prometheus_metrics_scraping && self.disable_prometheus_metrics_scraping {
            return Err(usage(
                "Cannot specify both --enable-prometheus-metrics-scraping and --disable-prometheus-metrics-scraping at the same time.".into(),
            ));
        }
        if let Some(p) = self.syslog_port.filter(|p| !(1..=65535).contains(p)) {
            return Err(usage(format!(
                "--syslog-port must be a valid TCP port between 1 and 65535, got {p}."
            )));
        }
        let flags = self.settings_flags();
        if !flags.is_empty() && !self.enable_azure_monitor_logs {
            return Err(usage(format!(
                "{} requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.",
                flags.join(", ")
            )));
        }
        self.check_ports()?;
        self.check_ports_not_disabled(false, false)?;
        self.check_otel_metrics(Some(ctx.enable_azure_monitor_metrics))?;
        self.check_otel_switches()?;
        if self.enable_opentelemetry_logs_traces
            && !self.enable_azure_monitor_logs
            && !monitoring_addon
        {
            return Err(usage(
                "OpenTelemetry logs and traces requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.".into(),
            ));
        }
        // az's create reads the ports only while it builds an enabled receiver: without
        // `--enable-opentelemetry-logs-traces` they are not sent (as az)
        let otel_logs_traces = if self.enable_opentelemetry_logs_traces {
            Some(OtelReceiver {
                enabled: true,
                http_port: self.opentelemetry_logs_traces_port_http,
                grpc_port: self.opentelemetry_logs_traces_port_grpc,
            })
        } else {
            self.disable_opentelemetry_logs_traces
                .then(OtelReceiver::default)
        };
        // the decorator's `get_container_network_logs`, then its high log scale mode check: az
        // makes them after its reads (`MonitorLogs::check_decorator_rules`)
        let mut cnl_refusal = None;
        if self.enable_container_network_logs {
            let cilium = ctx
                .network_dataplane
                .is_some_and(|d| d.eq_ignore_ascii_case("cilium"));
            if !ctx.enable_acns || !(monitoring_addon || self.enable_azure_monitor_logs) || !cilium
            {
                cnl_refusal = Some(
                    "Container network logs requires ACNS to be enabled, Azure Monitor logs to be enabled, and the cilium network dataplane.",
                );
            } else if ctx.enable_high_log_scale_mode == Some(false) {
                cnl_refusal = Some(
                    "Cannot explicitly disable --enable-high-log-scale-mode when --enable-container-network-logs is specified. Container network logs requires high log scale mode to be enabled.",
                );
            }
        }
        let otel_metrics = if self.enable_opentelemetry_metrics {
            Some(OtelReceiver {
                enabled: true,
                http_port: self.opentelemetry_metrics_port_http,
                grpc_port: self.opentelemetry_metrics_port_grpc,
            })
        } else {
            self.disable_opentelemetry_metrics
                .then(OtelReceiver::default)
        };
        let scraping = (self.enable_prometheus_metrics_scraping
            || self.disable_prometheus_metrics_scraping)
            .then_some(self.disable_prometheus_metrics_scraping);
        Ok(MonitorLogs {
            enable: self.enable_azure_monitor_logs,
            syslog_port: self.syslog_port,
            disable_prometheus_scraping: scraping,
            otel_logs_traces,
            otel_metrics,
            container_network_logs: self.enable_container_network_logs,
            cnl_refusal,
            workspace: None,
        })
    }
}

/// The flags of `aks update`, as given: the create ones, the switch-off, and the settings the
/// switch-on reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonitorLogsUpdate {
    pub common: MonitorLogsInput,
    pub disable_azure_monitor_logs: bool,
    pub disable_container_network_logs: bool,
    pub workspace_resource_id: Option<String>,
    pub enable_high_log_scale_mode: Option<bool>,
    pub enable_syslog: Option<bool>,
    pub data_collection_settings: Option<String>,
    /// `--ampls-resource-id` (`cluster_ampls`).
    pub ampls_resource_id: Option<String>,
    pub enable_msi_auth_for_monitoring: Option<bool>,
    /// The active cloud's name: az picks the default workspace's region by it (set by `app`).
    pub cloud: String,
}

impl MonitorLogsUpdate {
    /// az's validators of `aks update` in its parameters' order; the checks against the
    /// cluster run in the decorator (`arm::cluster_monitor_logs::update`).
    pub fn validate(self, disable_azure_monitor_metrics: bool) -> Result<Self> {
        let c = &self.common;
        if c.enable_azure_monitor_logs && self.disable_azure_monitor_logs {
            return Err(usage(
                "Cannot specify both '--enable-azure-monitor-logs' and '--disable-azure-monitor-logs'. Use either '--enable-azure-monitor-logs' or '--disable-azure-monitor-logs'.".into(),
            ));
        }
        if c.enable_azure_monitor_logs && self.enable_msi_auth_for_monitoring.is_some() {
            return Err(usage(
                "Cannot specify both '--enable-azure-monitor-logs' and '--enable-msi-auth-for-monitoring'. '--enable-azure-monitor-logs' onboards through the Azure Monitor profile, which always uses managed identity authentication.".into(),
            ));
        }
        super::cluster_ampls::check_resource_id(self.ampls_resource_id.as_deref())?;
        if c.enable_prometheus_metrics_scraping && c.disable_prometheus_metrics_scraping {
            return Err(usage(
                "Cannot specify both --enable-prometheus-metrics-scraping and --disable-prometheus-metrics-scraping at the same time.".into(),
            ));
        }
        if let Some(p) = c.syslog_port.filter(|p| !(1..=65535).contains(p)) {
            return Err(usage(format!(
                "--syslog-port must be a valid TCP port between 1 and 65535, got {p}."
            )));
        }
        let flags = c.settings_flags();
        if !flags.is_empty() && self.disable_azure_monitor_logs {
            return Err(usage(format!(
                "{} cannot be specified with --disable-azure-monitor-logs.",
                flags.join(", ")
            )));
        }
        c.check_ports()?;
        c.check_ports_not_disabled(
            disable_azure_monitor_metrics,
            self.disable_azure_monitor_logs,
        )?;
        c.check_otel_metrics(None)?;
        c.check_otel_switches()?;
        Ok(self)
    }

    /// az's `check_raw_parameters`: any of these flags given.
    pub fn changes_anything(&self) -> bool {
        let c = &self.common;
        c.enable_azure_monitor_logs
            || self.disable_azure_monitor_logs
            || c.syslog_port.is_some_and(|p| p != 0)
            || c.enable_prometheus_metrics_scraping
            || c.disable_prometheus_metrics_scraping
            || c.enable_opentelemetry_metrics
            || c.disable_opentelemetry_metrics
            || c.opentelemetry_metrics_port_http.is_some_and(|p| p != 0)
            || c.opentelemetry_metrics_port_grpc.is_some_and(|p| p != 0)
            || c.enable_opentelemetry_logs_traces
            || c.disable_opentelemetry_logs_traces
            || c.opentelemetry_logs_traces_port_http
                .is_some_and(|p| p != 0)
            || c.opentelemetry_logs_traces_port_grpc
                .is_some_and(|p| p != 0)
            || self
                .workspace_resource_id
                .as_deref()
                .is_some_and(|w| !w.is_empty())
            || self.enable_high_log_scale_mode.is_some_and(|h| h)
            || self.enable_syslog.is_some_and(|s| s)
            || c.enable_container_network_logs
            || self.disable_container_network_logs
            || self.enable_msi_auth_for_monitoring.is_some_and(|m| m)
            || self
                .data_collection_settings
                .as_deref()
                .is_some_and(|d| !d.is_empty())
            || self
                .ampls_resource_id
                .as_deref()
                .is_some_and(|a| !a.is_empty())
    }

    /// `get_enable_high_log_scale_mode`: on with container network logs.
    pub fn high_log_scale(&self) -> Option<bool> {
        if self.common.enable_container_network_logs {
            return Some(true);
        }
        self.enable_high_log_scale_mode
    }

    /// The container network logs switch: `Some(true)` on, `Some(false)` off.
    pub fn container_network_logs(&self) -> Option<bool> {
        let (on, off) = (
            self.common.enable_container_network_logs,
            self.disable_container_network_logs,
        );
        (on || off).then_some(on || !off)
    }

    /// `update_azure_monitor_logs_settings`' `monitoring_addon_postprocessing_required` (and
    /// `update_monitoring_profile_flow_logs`' for the high log scale mode): the rule is rebuilt
    /// after the PUT.
    pub fn rebuilds_rule(&self) -> bool {
        let switched = self.common.enable_azure_monitor_logs || self.disable_azure_monitor_logs;
        self.enable_high_log_scale_mode.is_some()
            || self.container_network_logs().is_some()
            || (!switched
                && (self.enable_syslog.is_some()
                    || self.data_collection_settings.is_some()
                    || self.ampls_resource_id.is_some()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: MonitorLogsInput, ctx: CreateContext) -> String {
        input.validate_create(ctx).unwrap_err().message
    }

    #[test]
    fn settings_need_azure_monitor_logs() {
        let input = MonitorLogsInput {
            syslog_port: Some(514),
            disable_prometheus_metrics_scraping: true,
            ..Default::default()
        };
        assert_eq!(
            err(input, CreateContext::default()),
            "--syslog-port, --disable-prometheus-metrics-scraping requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command."
        );
    }

    #[test]
    fn monitoring_addon_and_azure_monitor_logs_exclude_each_other() {
        let input = MonitorLogsInput {
            enable_azure_monitor_logs: true,
            ..Default::default()
        };
        let ctx = CreateContext {
            enable_addons: Some("azure-policy,monitoring"),
            ..Default::default()
        };
        assert!(err(input, ctx).starts_with("Cannot specify both '--enable-azure-monitor-logs'"));
    }

    #[test]
    fn otel_ports_go_with_an_enabled_receiver_only() {
        let input = MonitorLogsInput {
            enable_azure_monitor_logs: true,
            enable_opentelemetry_logs_traces: true,
            opentelemetry_logs_traces_port_http: Some(4318),
            ..Default::default()
        };
        let m = input.validate_create(CreateContext::default()).unwrap();
        assert_eq!(
            m.otel_logs_traces,
            Some(OtelReceiver {
                enabled: true,
                http_port: Some(4318),
                grpc_port: None
            })
        );
        let same = MonitorLogsInput {
            opentelemetry_logs_traces_port_http: Some(4318),
            opentelemetry_logs_traces_port_grpc: Some(4318),
            ..Default::default()
        };
        assert!(err(same, CreateContext::default()).starts_with("OpenTelemetry ports must all"));
    }
}
