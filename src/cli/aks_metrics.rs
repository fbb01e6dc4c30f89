//! The Azure Monitor managed Prometheus flags of `aks create` and `aks update` (flattened into
//! `AksCreateArgs` / `AksUpdateArgs`).

use clap::Args;

use crate::spec::cluster_metrics::MetricsInput;

/// The metrics flags both commands take.
#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// Enable Azure Monitor Metrics Profile.
    #[arg(long)]
    pub enable_azure_monitor_metrics: bool,
    /// Resource ID of the Azure Monitor Workspace.
    #[arg(long)]
    pub azure_monitor_workspace_resource_id: Option<String>,
    /// Comma-separated list of additional Kubernetes label keys for kube-state-metrics.
    #[arg(long)]
    pub ksm_metric_labels_allow_list: Option<String>,
    /// Comma-separated list of Kubernetes annotation keys for kube-state-metrics.
    #[arg(long)]
    pub ksm_metric_annotations_allow_list: Option<String>,
    /// Resource ID of the Azure Managed Grafana Workspace.
    #[arg(long)]
    pub grafana_resource_id: Option<String>,
    /// Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon.
    #[arg(long)]
    pub enable_windows_recording_rules: bool,
    /// Enable control plane metrics (needs Azure Monitor metrics).
    #[arg(long, alias = "enable-cp-metrics")]
    pub enable_control_plane_metrics: bool,
}

/// `aks update` adds the switches that turn them off.
#[derive(Debug, Args)]
pub struct UpdateMetricsArgs {
    #[command(flatten)]
    pub common: MetricsArgs,
    /// Disable Azure Monitor Metrics Profile.
    #[arg(long)]
    pub disable_azure_monitor_metrics: bool,
    /// Disable control plane metrics.
    #[arg(long, alias = "disable-cp-metrics")]
    pub disable_control_plane_metrics: bool,
}

impl MetricsArgs {
    pub fn into_input(self) -> MetricsInput {
        MetricsInput {
            enable: self.enable_azure_monitor_metrics,
            disable: false,
            workspace_id: self.azure_monitor_workspace_resource_id,
            ksm_labels: self.ksm_metric_labels_allow_list,
            ksm_annotations: self.ksm_metric_annotations_allow_list,
            grafana_id: self.grafana_resource_id,
            windows_recording_rules: self.enable_windows_recording_rules,
            enable_control_plane: self.enable_control_plane_metrics,
            disable_control_plane: false,
        }
    }
}

impl UpdateMetricsArgs {
    pub fn into_input(self) -> MetricsInput {
        MetricsInput {
            disable: self.disable_azure_monitor_metrics,
            disable_control_plane: self.disable_control_plane_metrics,
            ..self.common.into_input()
        }
    }
}
