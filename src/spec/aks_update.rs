//! Validated inputs of `aks update`: the flags azr applies, in the order az's
//! `AKSManagedClusterUpdateDecorator` reads them (acs `managed_cluster_decorator.py`).

use super::aks::{ClusterRef, cluster_ref};
use super::cluster_net::{NetUpdate, NetUpdateInput};
use super::tags::{Tags, parse_tags};
use crate::error::{AzError, Result};

/// The cluster autoscaler switch of the cluster's (only) pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Autoscaler {
    Enable,
    Disable,
    Update,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AksUpdate {
    pub cluster: ClusterRef,
    pub tags: Option<Tags>,
    /// `Free | Standard | Premium`, as az writes `sku.tier`.
    pub tier: Option<String>,
    /// `autoUpgradeProfile.upgradeChannel`, one of az's choices (`rapid`, ..., `none`).
    pub auto_upgrade_channel: Option<String>,
    /// `autoUpgradeProfile.nodeOSUpgradeChannel` as given: az's update has no choice list
    /// for it, AKS refuses a value it does not know.
    pub node_os_upgrade_channel: Option<String>,
    /// `--enable-`, `--disable-`, `--update-cluster-autoscaler` as given (az checks them after
    /// the GET, against the cluster's pools).
    pub autoscaler: Vec<Autoscaler>,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub yes: bool,
    pub no_wait: bool,
    /// `--aks-custom-headers` as given: az reads it only when it sends the PUT.
    pub aks_custom_headers: Option<String>,
    /// Ingress, workload and security add-ons (`cluster_addons`).
    pub addons: super::cluster_addons::ClusterAddons,
    pub sec: super::cluster_sec::UpdateSec,
    /// The key vault secrets provider's rotation settings.
    pub addon_profiles: super::cluster_addon_profiles::AddonsUpdate,
    /// Autoscaler profile, storage drivers.
    pub profile: super::cluster_profile::ProfileUpdate,
    /// Bootstrap, node provisioning and scheduler profiles (`cluster_misc`).
    pub misc: super::cluster_misc::Misc,
    /// The networking flags (`spec::cluster_net`).
    pub net: NetUpdate,
    /// `--attach-acr`, `--detach-acr` (`spec::cluster_acr`).
    pub acr: super::cluster_acr::AcrUpdate,
    /// Advanced Container Networking Services (`spec::cluster_acns`), checked in the decorator.
    pub acns: super::cluster_acns::AcnsInput,
    /// Azure Container Storage (`spec::cluster_storage`), checked in the decorator.
    pub storage: super::cluster_storage::Storage,
    /// Azure Monitor managed Prometheus (`spec::cluster_metrics`).
    pub metrics: super::cluster_metrics::MetricsInput,
    /// Azure Monitor logs and OpenTelemetry logs/traces (`spec::cluster_monitor_logs`).
    pub monitor_logs: super::cluster_monitor_logs::MonitorLogsUpdate,
}

/// The flags of `aks update`, as given.
#[derive(Debug, Clone, Default)]
pub struct AksUpdateInput {
    pub resource_group: String,
    pub name: String,
    pub tags: Option<Vec<String>>,
    pub tier: Option<String>,
    pub auto_upgrade_channel: Option<String>,
    pub node_os_upgrade_channel: Option<String>,
    pub enable_cluster_autoscaler: bool,
    pub disable_cluster_autoscaler: bool,
    pub update_cluster_autoscaler: bool,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub yes: bool,
    pub no_wait: bool,
    pub aks_custom_headers: Option<String>,
    pub addons: super::cluster_addons::AddonsInput,
    pub sec: super::cluster_sec::UpdateSecInput,
    pub addon_profiles: super::cluster_addon_profiles::AddonsUpdateInput,
    pub profile: super::cluster_profile::ProfileInput,
    pub misc: super::cluster_misc::MiscInput,
    pub net: NetUpdateInput,
    pub acr: super::cluster_acr::AcrUpdateInput,
    pub acns: super::cluster_acns::AcnsInput,
    pub storage: super::cluster_storage::StorageInput,
    pub metrics: super::cluster_metrics::MetricsInput,
    pub monitor_logs: super::cluster_monitor_logs::MonitorLogsUpdate,
}

impl AksUpdateInput {
    pub fn validate(self) -> Result<AksUpdate> {
        // az's `validate_nodes_count`, then `validate_sku_tier` (argument validators run
        // before the command).
        for (flag, v) in [
            ("--min-count", self.min_count),
            ("--max-count", self.max_count),
        ] {
            if v.is_some_and(|v| !(0..=1000).contains(&v)) {
                return Err(AzError::validation(format!(
                    "{flag} must be in the range [0,1000]"
                )));
            }
        }
        let acr = self.acr.validate()?;
        let addon_profiles = self.addon_profiles.validate()?;
        let tier = match self.tier.as_deref() {
            None | Some("") => None,
            Some(t) => Some(
                match t.to_ascii_lowercase().as_str() {
                    "free" => "Free",
                    "standard" => "Standard",
                    "premium" => "Premium",
                    _ => {
                        return Err(AzError::validation(
                            "--tier can only be free, standard and premium",
                        ));
                    }
                }
                .to_string(),
            ),
        };
        let addons = self.addons.validate(super::cluster_addons::Mode::Update)?;
        let autoscaler = [
            (self.enable_cluster_autoscaler, Autoscaler::Enable),
            (self.update_cluster_autoscaler, Autoscaler::Update),
            (self.disable_cluster_autoscaler, Autoscaler::Disable),
        ]
        .into_iter()
        .filter_map(|(on, a)| on.then_some(a))
        .collect();
        let metrics_off = self.metrics.disable;
        Ok(AksUpdate {
            cluster: cluster_ref(&self.resource_group, &self.name)?,
            tags: self.tags.as_deref().map(parse_tags),
            tier,
            auto_upgrade_channel: self.auto_upgrade_channel,
            node_os_upgrade_channel: self.node_os_upgrade_channel,
            autoscaler,
            min_count: self.min_count,
            max_count: self.max_count,
            yes: self.yes,
            no_wait: self.no_wait,
            aks_custom_headers: self.aks_custom_headers,
            addons,
            sec: self.sec.validate()?,
            addon_profiles,
            profile: self.profile.validate_update(self.yes)?,
            misc: self.misc.validate(false)?,
            net: self.net.validate()?,
            acr,
            acns: self.acns,
            storage: self.storage.parse()?,
            metrics: {
                self.metrics.validate()?;
                self.metrics
            },
            monitor_logs: self.monitor_logs.validate(metrics_off)?,
        })
    }
}

impl AksUpdate {
    /// az's `check_raw_parameters`: a flag counts when its value is truthy in Python (so
    /// `--tags ""` and `--min-count 0` do not), or, for the load balancer count, when given.
    pub fn changes_anything(&self) -> bool {
        self.tags.as_ref().is_some_and(|t| !t.is_empty())
            || self.tier.is_some()
            || self.net.changes_anything()
            || self.acns.changes_anything()
            || self.metrics.changes_anything()
            || self.monitor_logs.changes_anything()
            || self.auto_upgrade_channel.is_some()
            || self
                .node_os_upgrade_channel
                .as_ref()
                .is_some_and(|c| !c.is_empty())
            || !self.autoscaler.is_empty()
            || self.min_count.is_some_and(|c| c != 0)
            || self.max_count.is_some_and(|c| c != 0)
            || self.yes
            || self.no_wait
            || self
                .aks_custom_headers
                .as_ref()
                .is_some_and(|h| !h.is_empty())
            || self.addons.changes_anything()
            || self.sec.changes_anything()
            || self.addon_profiles.changes_anything()
            || self.profile.changes_anything()
            || self.acr.changes_anything()
            || self.misc.changes_anything()
            || self.storage.changes_anything()
    }
}

/// The parameters of az's `aks_update`, in its signature's order: its "Please specify one or
/// more of ..." error names every one of them.
pub const AZ_UPDATE_PARAMETERS: &[&str] = &[
    "tags",
    "disable_local_accounts",
    "enable_local_accounts",
    "ip_families",
    "network_plugin",
    "network_plugin_mode",
    "network_dataplane",
    "network_policy",
    "pod_cidr",
    "load_balancer_managed_outbound_ip_count",
    "load_balancer_managed_outbound_ipv6_count",
    "load_balancer_outbound_ips",
    "load_balancer_outbound_ip_prefixes",
    "load_balancer_outbound_ports",
    "load_balancer_idle_timeout",
    "load_balancer_backend_pool_type",
    "load_balancer_sku",
    "nat_gateway_managed_outbound_ip_count",
    "nat_gateway_managed_outbound_ipv6_count",
    "nat_gateway_idle_timeout",
    "nat_gateway_sku",
    "nat_gateway_outbound_ip_ids",
    "nat_gateway_outbound_ip_prefix_ids",
    "outbound_type",
    "auto_upgrade_channel",
    "node_os_upgrade_channel",
    "cluster_autoscaler_profile",
    "sku",
    "tier",
    "api_server_authorized_ip_ranges",
    "enable_public_fqdn",
    "disable_public_fqdn",
    "private_dns_zone",
    "enable_managed_identity",
    "assign_identity",
    "assign_kubelet_identity",
    "enable_aad",
    "enable_azure_rbac",
    "disable_azure_rbac",
    "aad_tenant_id",
    "aad_admin_group_object_ids",
    "enable_oidc_issuer",
    "k8s_support_plan",
    "windows_admin_password",
    "enable_ahub",
    "disable_ahub",
    "enable_windows_gmsa",
    "gmsa_dns_server",
    "gmsa_root_domain_name",
    "disable_windows_gmsa",
    "attach_acr",
    "detach_acr",
    "assignee_principal_type",
    "nrg_lockdown_restriction_level",
    "enable_defender",
    "disable_defender",
    "defender_config",
    "enable_disk_driver",
    "disable_disk_driver",
    "enable_file_driver",
    "disable_file_driver",
    "enable_blob_driver",
    "disable_blob_driver",
    "enable_workload_identity",
    "disable_workload_identity",
    "enable_snapshot_controller",
    "disable_snapshot_controller",
    "enable_azure_keyvault_kms",
    "disable_azure_keyvault_kms",
    "azure_keyvault_kms_key_id",
    "azure_keyvault_kms_key_vault_network_access",
    "azure_keyvault_kms_key_vault_resource_id",
    "enable_image_cleaner",
    "disable_image_cleaner",
    "image_cleaner_interval_hours",
    "http_proxy_config",
    "disable_http_proxy",
    "enable_http_proxy",
    "enable_keda",
    "disable_keda",
    "enable_vpa",
    "disable_vpa",
    "enable_force_upgrade",
    "disable_force_upgrade",
    "upgrade_override_until",
    "custom_ca_trust_certificates",
    "enable_run_command",
    "disable_run_command",
    "disable_acns",
    "enable_acns",
    "disable_acns_observability",
    "disable_acns_security",
    "acns_advanced_networkpolicies",
    "enable_container_network_logs",
    "disable_container_network_logs",
    "acns_datapath_acceleration_mode",
    "acns_transit_encryption_type",
    "enable_high_log_scale_mode",
    "bootstrap_artifact_source",
    "bootstrap_container_registry_resource_id",
    "enable_secret_rotation",
    "disable_secret_rotation",
    "enable_ai_toolchain_operator",
    "disable_ai_toolchain_operator",
    "rotation_poll_interval",
    "enable_static_egress_gateway",
    "disable_static_egress_gateway",
    "enable_cluster_autoscaler",
    "disable_cluster_autoscaler",
    "update_cluster_autoscaler",
    "min_count",
    "max_count",
    "nodepool_labels",
    "nodepool_taints",
    "migrate_vmas_to_vms",
    "enable_azure_monitor_metrics",
    "azure_monitor_workspace_resource_id",
    "ksm_metric_labels_allow_list",
    "ksm_metric_annotations_allow_list",
    "grafana_resource_id",
    "enable_windows_recording_rules",
    "disable_azure_monitor_metrics",
    "enable_control_plane_metrics",
    "disable_control_plane_metrics",
    "enable_azure_monitor_app_monitoring",
    "disable_azure_monitor_app_monitoring",
    "enable_azure_monitor_logs",
    "disable_azure_monitor_logs",
    "workspace_resource_id",
    "enable_msi_auth_for_monitoring",
    "enable_syslog",
    "data_collection_settings",
    "ampls_resource_id",
    "syslog_port",
    "enable_prometheus_metrics_scraping",
    "disable_prometheus_metrics_scraping",
    "enable_opentelemetry_metrics",
    "disable_opentelemetry_metrics",
    "opentelemetry_metrics_port_http",
    "opentelemetry_metrics_port_grpc",
    "enable_opentelemetry_logs_traces",
    "disable_opentelemetry_logs_traces",
    "opentelemetry_logs_traces_port_http",
    "opentelemetry_logs_traces_port_grpc",
    "enable_azure_container_storage",
    "disable_azure_container_storage",
    "container_storage_version",
    "storage_pool_name",
    "storage_pool_size",
    "storage_pool_sku",
    "storage_pool_option",
    "azure_container_storage_nodepools",
    "ephemeral_disk_volume_type",
    "ephemeral_disk_nvme_perf_tier",
    "yes",
    "no_wait",
    "aks_custom_headers",
    "if_match",
    "if_none_match",
    "enable_cost_analysis",
    "disable_cost_analysis",
    "enable_apiserver_vnet_integration",
    "apiserver_subnet_id",
    "enable_private_cluster",
    "disable_private_cluster",
    "node_provisioning_mode",
    "node_provisioning_default_pools",
    "enable_app_routing_istio",
    "disable_app_routing_istio",
    "enable_gateway_api",
    "disable_gateway_api",
    "enable_upstream_kubescheduler_user_configuration",
    "disable_upstream_kubescheduler_user_configuration",
];

/// `--aks-custom-headers Key1=Value1,Key2=Value2`: az's `extract_comma_separated_string`
/// (stripped, `key=value` pairs, a repeated key's values joined with commas).
pub fn custom_headers(raw: Option<&str>) -> Result<Vec<(String, String)>> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(Vec::new());
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for item in raw.split(',') {
        let item = item.trim();
        let kv: Vec<&str> = item.split('=').collect();
        if kv.len() > 2 {
            return Err(AzError::validation(format!(
                "The format of '{item}' in '{raw}' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
            )));
        }
        let (key, value) = (kv[0], kv.get(1).copied().unwrap_or(""));
        if value.trim().is_empty() {
            return Err(AzError::validation(format!(
                "Empty value not allowed. The value '{value}' of key '{key}' in '{item}' is empty. Raw input '{raw}'."
            )));
        }
        let (key, value) = (key.trim(), value.trim());
        // A header az's HTTP stack would refuse to send; azr says so before sending.
        let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
        if key.is_empty() || !key.chars().all(token) || value.chars().any(|c| c.is_control()) {
            return Err(AzError::validation(format!(
                "--aks-custom-headers: '{item}' is not a valid HTTP header."
            )));
        }
        match out.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = format!("{},{value}", entry.1),
            None => out.push((key.to_string(), value.to_string())),
        }
    }
    Ok(out)
}

/// az's error when `aks update` is given nothing to change (and the reconcile is declined).
pub fn nothing_to_update() -> AzError {
    let options: Vec<String> = AZ_UPDATE_PARAMETERS
        .iter()
        .map(|p| format!("\"--{}\"", p.replace('_', "-")))
        .collect();
    AzError::validation(format!(
        "Please specify one or more of {}.",
        options.join(" or ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AksUpdateInput {
        AksUpdateInput {
            resource_group: "rg".into(),
            name: "c".into(),
            ..Default::default()
        }
    }

    #[test]
    fn what_counts_as_a_change() {
        assert!(!input().validate().unwrap().changes_anything());
        let empty_tags = AksUpdateInput {
            tags: Some(vec!["".into()]),
            ..input()
        };
        assert!(!empty_tags.validate().unwrap().changes_anything());
        let zero_lb = AksUpdateInput {
            net: NetUpdateInput {
                lb_managed_ip_count: Some(0),
                ..Default::default()
            },
            ..input()
        };
        assert!(zero_lb.validate().unwrap().changes_anything());
        let no_wait = AksUpdateInput {
            no_wait: true,
            ..input()
        };
        assert!(no_wait.validate().unwrap().changes_anything());
    }

    #[test]
    fn tier_and_counts_as_az() {
        let t = AksUpdateInput {
            tier: Some("STANDARD".into()),
            ..input()
        };
        assert_eq!(t.validate().unwrap().tier.as_deref(), Some("Standard"));
        let bad = AksUpdateInput {
            tier: Some("gold".into()),
            ..input()
        };
        assert_eq!(
            bad.validate().unwrap_err().message,
            "--tier can only be free, standard and premium"
        );
        let min = AksUpdateInput {
            min_count: Some(1001),
            ..input()
        };
        assert_eq!(
            min.validate().unwrap_err().message,
            "--min-count must be in the range [0,1000]"
        );
    }

    #[test]
    fn custom_headers_as_az_reads_them() {
        assert_eq!(custom_headers(None).unwrap(), vec![]);
        assert_eq!(custom_headers(Some("  ")).unwrap(), vec![]);
        assert_eq!(
            custom_headers(Some(
                " AKSHTTPCustomFeatures=A , AKSHTTPCustomFeatures=B,x-ms-y=1"
            ))
            .unwrap(),
            vec![
                ("AKSHTTPCustomFeatures".to_string(), "A,B".to_string()),
                ("x-ms-y".to_string(), "1".to_string())
            ]
        );
        assert_eq!(
            custom_headers(Some("a=b=c")).unwrap_err().message,
            "The format of 'a=b=c' in 'a=b=c' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
        );
        assert_eq!(
            custom_headers(Some("a=")).unwrap_err().message,
            "Empty value not allowed. The value '' of key 'a' in 'a=' is empty. Raw input 'a='."
        );
        assert!(custom_headers(Some("a b=1")).is_err());
    }

    #[test]
    fn the_error_names_every_az_parameter() {
        let m = nothing_to_update().message;
        assert!(m.starts_with(
            "Please specify one or more of \"--tags\" or \"--disable-local-accounts\" or "
        ));
        assert!(m.ends_with(" or \"--disable-upstream-kubescheduler-user-configuration\"."));
        assert_eq!(AZ_UPDATE_PARAMETERS.len(), 173);
    }
}
