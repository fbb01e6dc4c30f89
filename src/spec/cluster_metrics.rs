//! The Azure Monitor managed Prometheus flags of `aks create` and `aks update`
//! (`--enable-azure-monitor-metrics` and its companions): az 2.91's argument validators and the
//! decorator's checks (`_get_enable_azure_monitor_metrics`,
//! `validate_control_plane_metrics_params`), with their messages.

use crate::error::{AzError, Result};

/// The flags as given (create has no `--disable-*`: they stay false).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetricsInput {
    pub enable: bool,
    pub disable: bool,
    pub workspace_id: Option<String>,
    pub ksm_labels: Option<String>,
    pub ksm_annotations: Option<String>,
    pub grafana_id: Option<String>,
    pub windows_recording_rules: bool,
    pub enable_control_plane: bool,
    pub disable_control_plane: bool,
}

/// az's `sanitize_resource_id`: trimmed, one leading `/`, no trailing `/`, lower case.
pub fn sanitize_resource_id(id: &str) -> String {
    let mut id = id.trim().to_string();
    if !id.starts_with('/') {
        id.insert(0, '/');
    }
    id.trim_end_matches('/').to_lowercase()
}

/// `re.match(r'/subscriptions/.*/resourcegroups/.*/providers/<type>/.*', id)`.
fn matches_type(id: &str, provider_type: &str) -> bool {
    let Some(rest) = id.strip_prefix("/subscriptions/") else {
        return false;
    };
    let Some(i) = rest.find("/resourcegroups/") else {
        return false;
    };
    rest[i..].contains(&format!("/providers/{provider_type}/"))
}

impl MetricsInput {
    /// The argument validators (`validate_azuremonitorworkspaceresourceid`,
    /// `validate_grafanaresourceid`), run before the command.
    pub fn validate(&self) -> Result<()> {
        let checks = [
            (
                &self.workspace_id,
                "microsoft.monitor/accounts",
                "--azure-monitor-workspace-resource-id",
                "microsoft.monitor/accounts",
            ),
            (
                &self.grafana_id,
                "microsoft.dashboard/grafana",
                "--grafana-resource-id",
                "microsoft.dashboard/grafana",
            ),
        ];
        for (given, ty, flag, shown) in checks {
            if let Some(id) = given
                && !matches_type(&sanitize_resource_id(id), ty)
            {
                return Err(AzError::validation(format!(
                    "{flag} not in the correct format. It should match `/subscriptions/<subscriptionId>/resourceGroups/<resourceGroupName>/providers/{shown}/<resourceName>`"
                )));
            }
        }
        Ok(())
    }

    /// az's `check_raw_parameters`: any of these given (truthy) is a change.
    pub fn changes_anything(&self) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
        self.enable
            || self.disable
            || given(&self.workspace_id)
            || given(&self.ksm_labels)
            || given(&self.ksm_annotations)
            || given(&self.grafana_id)
            || self.windows_recording_rules
            || self.enable_control_plane
            || self.disable_control_plane
    }

    /// `validate_control_plane_metrics_params`; `enabled_on_cluster` is the cluster's
    /// `metrics.enabled` (false on create).
    pub fn check_control_plane(&self, enabled_on_cluster: bool) -> Result<()> {
        if self.enable_control_plane && self.disable_control_plane {
            return Err(AzError::validation(
                "Cannot specify --enable-control-plane-metrics and --disable-control-plane-metrics at the same time.",
            ));
        }
        if self.enable_control_plane {
            if self.disable {
                return Err(AzError::validation(
                    "Cannot specify --enable-control-plane-metrics together with --disable-azure-monitor-metrics.",
                ));
            }
            if !enabled_on_cluster && !self.enable {
                return Err(AzError::validation(
                    "--enable-control-plane-metrics requires Azure Monitor metrics to be enabled. Specify --enable-azure-monitor-metrics or run on a cluster that already has Azure Monitor metrics enabled.",
                ));
            }
        }
        Ok(())
    }

    /// `get_enable_azure_monitor_metrics` / `get_disable_azure_monitor_metrics`: exclusive,
    /// and metrics need a managed identity.
    pub fn check_enable(&self, managed_identity: bool) -> Result<()> {
        if self.enable && self.disable {
            return Err(AzError::validation(
                "Cannot specify --enable-azure-monitor-metrics and --disable-azure-monitor-metrics at the same time",
            ));
        }
        if self.enable && !managed_identity {
            return Err(AzError::validation(
                "--enable-azure-monitor-metrics can only be specified for clusters with managed identity enabled",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_ids_are_sanitized_and_matched_as_az_does() {
        assert_eq!(
            sanitize_resource_id(" subscriptions/S/x/ "),
            "/subscriptions/s/x"
        );
        let ok = MetricsInput {
            workspace_id: Some(
                "/subscriptions/s/resourceGroups/g/providers/Microsoft.Monitor/accounts/a".into(),
            ),
            grafana_id: Some(
                "subscriptions/s/resourceGroups/g/providers/Microsoft.Dashboard/grafana/x/".into(),
            ),
            ..Default::default()
        };
        assert!(ok.validate().is_ok());
        let bad = MetricsInput {
            workspace_id: Some(
                "/subscriptions/s/resourceGroups/g/providers/Microsoft.Insights/accounts/a".into(),
            ),
            ..Default::default()
        };
        let e = bad.validate().unwrap_err().to_string();
        assert!(
            e.starts_with("--azure-monitor-workspace-resource-id not in the correct format"),
            "{e}"
        );
    }

    #[test]
    fn control_plane_needs_metrics() {
        let cp = MetricsInput {
            enable_control_plane: true,
            ..Default::default()
        };
        assert!(cp.check_control_plane(false).is_err());
        assert!(cp.check_control_plane(true).is_ok());
        let both = MetricsInput {
            enable: true,
            disable: true,
            ..Default::default()
        };
        assert!(both.check_enable(true).is_err());
        let no_msi = MetricsInput {
            enable: true,
            ..Default::default()
        };
        assert!(no_msi.check_enable(false).is_err());
    }
}
