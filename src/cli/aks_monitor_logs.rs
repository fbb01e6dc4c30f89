//! The Azure Monitor logs and OpenTelemetry metrics/logs/traces flags of `aks create` (flattened into
//! `AksCreateArgs`).

use clap::Args;

use crate::spec::cluster_monitor_logs::{MonitorLogsInput, MonitorLogsUpdate};

/// The flags both commands take.
#[derive(Debug, Args)]
pub struct MonitorLogsArgs {
    /// Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile.
    #[arg(long)]
    pub enable_azure_monitor_logs: bool,
    /// TCP port that the Azure Monitor agent listens on for syslog data.
    #[arg(long, allow_negative_numbers = true)]
    pub syslog_port: Option<i64>,
    /// Enable Prometheus metrics scraping by the Container Insights agent.
    #[arg(long)]
    pub enable_prometheus_metrics_scraping: bool,
    /// Disable Prometheus metrics scraping by the Container Insights agent.
    #[arg(long)]
    pub disable_prometheus_metrics_scraping: bool,
    /// Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics).
    #[arg(long)]
    pub enable_opentelemetry_metrics: bool,
    /// Disable the OpenTelemetry metrics receiver.
    #[arg(long)]
    pub disable_opentelemetry_metrics: bool,
    /// HTTP/protobuf port for the OpenTelemetry metrics receiver.
    #[arg(long, allow_negative_numbers = true)]
    pub opentelemetry_metrics_port_http: Option<i64>,
    /// GRPC port for the OpenTelemetry metrics receiver.
    #[arg(long, allow_negative_numbers = true)]
    pub opentelemetry_metrics_port_grpc: Option<i64>,
    /// Enable the OpenTelemetry logs and traces receiver.
    #[arg(long)]
    pub enable_opentelemetry_logs_traces: bool,
    /// Disable the OpenTelemetry logs and traces receiver.
    #[arg(long)]
    pub disable_opentelemetry_logs_traces: bool,
    /// HTTP/protobuf port for the OpenTelemetry logs and traces receiver.
    #[arg(long, allow_negative_numbers = true)]
    pub opentelemetry_logs_traces_port_http: Option<i64>,
    /// GRPC port for the OpenTelemetry logs and traces receiver.
    #[arg(long, allow_negative_numbers = true)]
    pub opentelemetry_logs_traces_port_grpc: Option<i64>,
}

impl MonitorLogsArgs {
    pub fn into_input(self) -> MonitorLogsInput {
        MonitorLogsInput {
            enable_azure_monitor_logs: self.enable_azure_monitor_logs,
            syslog_port: self.syslog_port,
            enable_prometheus_metrics_scraping: self.enable_prometheus_metrics_scraping,
            disable_prometheus_metrics_scraping: self.disable_prometheus_metrics_scraping,
            enable_opentelemetry_metrics: self.enable_opentelemetry_metrics,
            disable_opentelemetry_metrics: self.disable_opentelemetry_metrics,
            opentelemetry_metrics_port_http: self.opentelemetry_metrics_port_http,
            opentelemetry_metrics_port_grpc: self.opentelemetry_metrics_port_grpc,
            enable_opentelemetry_logs_traces: self.enable_opentelemetry_logs_traces,
            disable_opentelemetry_logs_traces: self.disable_opentelemetry_logs_traces,
            opentelemetry_logs_traces_port_http: self.opentelemetry_logs_traces_port_http,
            opentelemetry_logs_traces_port_grpc: self.opentelemetry_logs_traces_port_grpc,
            enable_container_network_logs: false,
        }
    }
}

/// `aks create` adds container network logs.
#[derive(Debug, Args)]
pub struct CreateMonitorLogsArgs {
    #[command(flatten)]
    pub common: MonitorLogsArgs,
    /// Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane).
    #[arg(long)]
    pub enable_container_network_logs: bool,
}

impl CreateMonitorLogsArgs {
    pub fn into_input(self) -> MonitorLogsInput {
        MonitorLogsInput {
            enable_container_network_logs: self.enable_container_network_logs,
            ..self.common.into_input()
        }
    }
}

/// `aks update` adds the switch-off and the settings the switch-on reads.
#[derive(Debug, Args)]
pub struct UpdateMonitorLogsArgs {
    #[command(flatten)]
    pub common: MonitorLogsArgs,
    /// Disable Azure Monitor logs (Container Insights).
    #[arg(long)]
    pub disable_azure_monitor_logs: bool,
    /// The resource ID of an existing Log Analytics Workspace to use for storing monitoring data.
    #[arg(long)]
    pub workspace_resource_id: Option<String>,
    /// Enable High Log Scale Mode for Container Logs.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_high_log_scale_mode: Option<String>,
    /// Enable syslog data collection for Azure Monitor logs.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_syslog: Option<String>,
    /// Path to JSON file containing data collection settings for Azure Monitor logs.
    #[arg(long)]
    pub data_collection_settings: Option<String>,
    #[command(flatten)]
    pub ampls: super::aks_ampls::AmplsArgs,
    /// Send monitoring data to Log Analytics using the cluster's assigned identity.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = ["true", "false"], ignore_case = true)]
    pub enable_msi_auth_for_monitoring: Option<String>,
    /// Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane).
    #[arg(long)]
    pub enable_container_network_logs: bool,
    /// Disable container network logs.
    #[arg(long)]
    pub disable_container_network_logs: bool,
}

/// A three-state flag as az's `get_three_state_flag` reads it: alone means true.
fn three_state(value: Option<String>) -> Option<bool> {
    value.map(|v| v.eq_ignore_ascii_case("true"))
}

impl UpdateMonitorLogsArgs {
    /// knack's warning for the deprecated flag, printed as argparse reads it.
    pub fn deprecation_warning(&self) -> Option<&'static str> {
        self.enable_msi_auth_for_monitoring
            .is_some()
            .then_some(crate::spec::cluster_addon_profiles::MSI_AUTH_DEPRECATED)
    }

    pub fn into_input(self) -> MonitorLogsUpdate {
        MonitorLogsUpdate {
            common: MonitorLogsInput {
                enable_container_network_logs: self.enable_container_network_logs,
                ..self.common.into_input()
            },
            disable_container_network_logs: self.disable_container_network_logs,
            disable_azure_monitor_logs: self.disable_azure_monitor_logs,
            workspace_resource_id: self.workspace_resource_id,
            enable_high_log_scale_mode: three_state(self.enable_high_log_scale_mode),
            enable_syslog: three_state(self.enable_syslog),
            data_collection_settings: self.data_collection_settings,
            ampls_resource_id: self.ampls.ampls_resource_id,
            enable_msi_auth_for_monitoring: three_state(self.enable_msi_auth_for_monitoring),
            cloud: String::new(),
        }
    }
}
