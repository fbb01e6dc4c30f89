//! `aks create --enable-addons/-a` and the add-on config flags: az 2.91's add-on table
//! (acs `_consts.ADDONS`), its checks (`_get_enable_addons`) and the values each add-on's
//! profile takes (`build_*_addon_profile` of the create decorator).

use crate::error::{AzError, Result};

/// az's `--enable-addons` names, in the order `set_up_addon_profiles` builds their profiles.
pub const ADDON_NAMES: &[&str] = &[
    "http_application_routing",
    "monitoring",
    "virtual-node",
    "kube-dashboard",
    "azure-policy",
    "ingress-appgw",
    "confcom",
    "open-service-mesh",
    "azure-keyvault-secrets-provider",
    "web_application_routing",
];

/// knack's warning for `--enable-msi-auth-for-monitoring`, printed as argparse reads the flag
/// (before any validator).
pub const MSI_AUTH_DEPRECATED: &str = "Option '--enable-msi-auth-for-monitoring' has been deprecated and will be removed in a future release. Use '--enable-azure-monitor-logs' instead.";

/// The application gateway ingress add-on's settings, each sent only when given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Appgw {
    pub name: Option<String>,
    pub subnet_cidr: Option<String>,
    pub id: Option<String>,
    pub subnet_id: Option<String>,
    pub watch_namespace: Option<String>,
}

/// The add-on flags of `aks create`, as given.
#[derive(Debug, Clone, Default)]
pub struct AddonsInput {
    pub enable_addons: Option<String>,
    pub workspace_resource_id: Option<String>,
    /// `--enable-msi-auth-for-monitoring [true|false]`: `None` when absent (az's default: true).
    pub enable_msi_auth_for_monitoring: Option<bool>,
    pub enable_syslog: Option<bool>,
    pub data_collection_settings: Option<String>,
    pub enable_high_log_scale_mode: Option<bool>,
    /// `--ampls-resource-id` (`cluster_ampls`).
    pub ampls_resource_id: Option<String>,
    pub aci_subnet_name: Option<String>,
    pub appgw: Appgw,
    pub enable_sgxquotehelper: bool,
    pub enable_secret_rotation: bool,
    pub rotation_poll_interval: Option<String>,
}

/// The monitoring add-on's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitoring {
    /// `None`: az finds or creates the default Log Analytics workspace.
    pub workspace_resource_id: Option<String>,
    /// `useAADAuth`: the data collection rule route (create's default) or the legacy one.
    pub msi_auth: bool,
    pub enable_syslog: bool,
    /// The path of a JSON file, read when az reads it (after the workspace is known).
    pub data_collection_settings: Option<String>,
    /// `--enable-high-log-scale-mode`: an ingestion endpoint and the high-scale streams.
    pub high_log_scale: bool,
}

/// Validated add-on flags. `names` holds the `--enable-addons` list as given (checked by
/// `check_decorator_rules` at the point of az's create where it checks them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addons {
    pub names: Vec<String>,
    pub workspace_resource_id: Option<String>,
    pub msi_given: bool,
    pub msi_auth: bool,
    pub enable_syslog: bool,
    pub data_collection_settings: Option<String>,
    pub high_log_scale: bool,
    /// `--ampls-resource-id` as given (`cluster_ampls`).
    pub ampls_resource_id: Option<String>,
    pub aci_subnet_name: Option<String>,
    pub appgw: Appgw,
    pub enable_sgxquotehelper: bool,
    pub enable_secret_rotation: bool,
    pub rotation_poll_interval: Option<String>,
    /// The active cloud's name: az picks the default workspace's region by it (set by `app`).
    pub cloud: String,
    /// `--enable-azure-monitor-logs` (`cluster_monitor_logs`) takes the workspace flag too.
    pub azure_monitor_logs: bool,
}

impl AddonsInput {
    /// What the Azure Monitor logs validators read from these flags.
    pub fn monitor_logs_context(&self) -> super::cluster_monitor_logs::CreateContext<'_> {
        super::cluster_monitor_logs::CreateContext {
            enable_addons: self.enable_addons.as_deref(),
            enable_msi_auth_for_monitoring: self.enable_msi_auth_for_monitoring,
            enable_high_log_scale_mode: self.enable_high_log_scale_mode,
            ..Default::default()
        }
    }

    /// Nothing here is checked by az's argument parser: the checks run in the decorator.
    pub fn validate(self) -> Result<Addons> {
        let names = self
            .enable_addons
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default();
        Ok(Addons {
            names,
            workspace_resource_id: self.workspace_resource_id,
            msi_given: self.enable_msi_auth_for_monitoring.is_some(),
            msi_auth: self.enable_msi_auth_for_monitoring.unwrap_or(true),
            enable_syslog: self.enable_syslog.unwrap_or(false),
            data_collection_settings: self.data_collection_settings,
            high_log_scale: self.enable_high_log_scale_mode.unwrap_or(false),
            ampls_resource_id: self.ampls_resource_id,
            aci_subnet_name: self.aci_subnet_name,
            appgw: self.appgw,
            enable_sgxquotehelper: self.enable_sgxquotehelper,
            enable_secret_rotation: self.enable_secret_rotation,
            rotation_poll_interval: self.rotation_poll_interval,
            cloud: String::new(),
            azure_monitor_logs: false,
        })
    }
}

impl Addons {
    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// The monitoring add-on's settings, when `monitoring` is asked for.
    pub fn monitoring(&self) -> Option<Monitoring> {
        self.has("monitoring").then(|| Monitoring {
            workspace_resource_id: self.workspace_resource_id.clone(),
            msi_auth: self.msi_auth,
            enable_syslog: self.enable_syslog,
            data_collection_settings: self.data_collection_settings.clone(),
            high_log_scale: self.high_log_scale,
        })
    }

    /// az's `_get_enable_addons` checks, in its order: duplicates, unknown names, a workspace
    /// without monitoring, virtual-node without its subnet; then (beyond az) the names whose
    /// calls azr does not make yet.
    pub fn check_decorator_rules(&self, vnet_subnet_id: Option<&str>) -> Result<()> {
        let mut duplicates: Vec<&str> = Vec::new();
        for n in &self.names {
            let twice = self.names.iter().filter(|m| *m == n).count() >= 2;
            if twice && !duplicates.contains(&n.as_str()) {
                duplicates.push(n);
            }
        }
        if !duplicates.is_empty() {
            return Err(AzError::validation(format!(
                "Duplicate addon{} '{}' found in option --enable-addons.",
                if duplicates.len() > 1 { "s" } else { "" },
                duplicates.join(",")
            )));
        }
        let mut unknown: Vec<&str> = Vec::new();
        for n in &self.names {
            if !ADDON_NAMES.contains(&n.as_str()) && !unknown.contains(&n.as_str()) {
                unknown.push(n);
            }
        }
        if !unknown.is_empty() {
            return Err(AzError::validation(format!(
                "'{}' {} not recognized by the --enable-addons argument.",
                unknown.join(","),
                if unknown.len() > 1 { "are" } else { "is" }
            )));
        }
        if !self.has("monitoring")
            && !self.azure_monitor_logs
            && self
                .workspace_resource_id
                .as_deref()
                .is_some_and(|w| !w.is_empty())
        {
            return Err(AzError::validation(
                "\"--workspace-resource-id\" requires \"--enable-addons monitoring\" or \"--enable-azure-monitor-logs\".",
            ));
        }
        let aci_subnet = self
            .aci_subnet_name
            .as_deref()
            .is_some_and(|s| !s.is_empty());
        if self.has("virtual-node")
            && !(aci_subnet && vnet_subnet_id.is_some_and(|s| !s.is_empty()))
        {
            return Err(AzError::validation(
                "\"--enable-addons virtual-node\" requires \"--aci-subnet-name\" and \"--vnet-subnet-id\".",
            ));
        }
        Ok(())
    }
}

/// The add-on flags of `aks update`, as given.
#[derive(Debug, Clone, Default)]
pub struct AddonsUpdateInput {
    pub enable_secret_rotation: bool,
    pub disable_secret_rotation: bool,
    pub rotation_poll_interval: Option<String>,
}

/// The key vault secrets provider's rotation settings to change (checked against the cluster
/// once it is read, as az's getters do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddonsUpdate {
    pub enable_secret_rotation: bool,
    pub disable_secret_rotation: bool,
    pub rotation_poll_interval: Option<String>,
}

impl AddonsUpdateInput {
    /// az's argument validator `validate_keyvault_secrets_provider_disable_and_enable_parameters`.
    pub fn validate(self) -> Result<AddonsUpdate> {
        if self.enable_secret_rotation && self.disable_secret_rotation {
            return Err(AzError::validation(
                "Providing both --disable-secret-rotation and --enable-secret-rotation flags is invalid",
            ));
        }
        Ok(AddonsUpdate {
            enable_secret_rotation: self.enable_secret_rotation,
            disable_secret_rotation: self.disable_secret_rotation,
            rotation_poll_interval: self.rotation_poll_interval,
        })
    }
}

impl AddonsUpdate {
    /// az's `check_raw_parameters`: a truthy value counts.
    pub fn changes_anything(&self) -> bool {
        self.enable_secret_rotation
            || self.disable_secret_rotation
            || self
                .rotation_poll_interval
                .as_ref()
                .is_some_and(|r| !r.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addons(list: &str) -> Addons {
        AddonsInput {
            enable_addons: Some(list.into()),
            ..Default::default()
        }
        .validate()
        .unwrap()
    }

    fn err(a: &Addons) -> String {
        a.check_decorator_rules(None).unwrap_err().message
    }

    #[test]
    fn az_messages() {
        assert_eq!(
            err(&addons("confcom,confcom")),
            "Duplicate addon 'confcom' found in option --enable-addons."
        );
        assert_eq!(
            err(&addons("foo,monitoring")),
            "'foo' is not recognized by the --enable-addons argument."
        );
        assert_eq!(
            err(&addons("foo,bar")),
            "'foo,bar' are not recognized by the --enable-addons argument."
        );
        let ws = Addons {
            workspace_resource_id: Some("/subscriptions/s/x".into()),
            ..addons("azure-policy")
        };
        assert!(err(&ws).starts_with("\"--workspace-resource-id\" requires"));
        assert!(err(&addons("virtual-node")).contains("--aci-subnet-name"));
        assert!(
            addons("monitoring,ingress-appgw")
                .check_decorator_rules(None)
                .is_ok()
        );
        let vn = Addons {
            aci_subnet_name: Some("aci".into()),
            ..addons("virtual-node")
        };
        assert!(vn.check_decorator_rules(Some("/subscriptions/s/x")).is_ok());
    }

    #[test]
    fn msi_auth_defaults_to_true() {
        let a = addons("monitoring");
        assert!(a.monitoring().unwrap().msi_auth);
        assert!(!a.msi_given);
        assert!(addons("").names.is_empty());
    }
}
