//! The ingress, workload and security add-on flags of `aks create` and `aks update` (issue 18):
//! app routing, Gateway API, Istio service mesh, KEDA, VPA, cost analysis, the AI toolchain
//! operator, image cleaner, run command, custom CA trust certificates, the support plan and the
//! node resource group lockdown. Validated as az 2.91's argument validators and its
//! `AKSManagedClusterContext` getters do (acs `_validators.py`, `managed_cluster_decorator.py`).

use base64::Engine;
use serde_json::Value;

use crate::error::{AzError, Result};

/// `--app-routing-default-nginx-controller` choices (acs `_params.py`).
pub const NGINX_CONTROLLER_TYPES: &[&str] =
    &["AnnotationControlled", "External", "Internal", "None"];
/// `--k8s-support-plan` choices.
pub const SUPPORT_PLANS: &[&str] = &["KubernetesOfficial", "AKSLongTermSupport"];
/// `--nrg-lockdown-restriction-level` choices.
pub const NRG_RESTRICTION_LEVELS: &[&str] = &["ReadOnly", "Unrestricted"];

/// Which command reads the flags: some getters check differently on create and update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Create,
    Update,
}

/// The flags as given (after clap). The `disable_*` and `enable_run_command` flags exist on
/// `aks update` only; `enable_app_routing`, the nginx default, the service mesh flags exist
/// on `aks create` only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddonsInput {
    pub enable_app_routing: bool,
    pub app_routing_default_nginx_controller: Option<String>,
    pub enable_app_routing_istio: bool,
    pub disable_app_routing_istio: bool,
    pub enable_gateway_api: bool,
    pub disable_gateway_api: bool,
    pub enable_azure_service_mesh: bool,
    pub revision: Option<String>,
    pub enable_keda: bool,
    pub disable_keda: bool,
    pub enable_vpa: bool,
    pub disable_vpa: bool,
    pub enable_cost_analysis: bool,
    pub disable_cost_analysis: bool,
    pub enable_ai_toolchain_operator: bool,
    pub disable_ai_toolchain_operator: bool,
    pub enable_image_cleaner: bool,
    pub disable_image_cleaner: bool,
    pub image_cleaner_interval_hours: Option<i64>,
    pub enable_run_command: bool,
    pub disable_run_command: bool,
    pub custom_ca_trust_certificates: Option<String>,
    pub k8s_support_plan: Option<String>,
    pub nrg_lockdown_restriction_level: Option<String>,
    pub enable_defender: bool,
    pub disable_defender: bool,
    pub defender_config: Option<String>,
    pub enable_azure_monitor_app_monitoring: bool,
    pub disable_azure_monitor_app_monitoring: bool,
}

/// What `--enable-defender` / `--disable-defender` set `securityProfile.defender` to, or the
/// error az raises when it reads the config file (at the decorator's step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Defender {
    Disable,
    Enable { workspace: String },
    Invalid(String),
}

/// `--custom-ca-trust-certificates FILE` as az reads it when it builds the cluster: the
/// certificates (base64, as the SDK sends bytes) or the error az raises at that point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaCerts {
    Read(Vec<String>),
    Invalid(String),
}

/// The validated flags: the flags as given (the switch pairs stay as given, az checks them
/// against each other and against the cluster in its getters, after the first requests) and
/// what az reads from the files they name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClusterAddons {
    pub mode: Mode,
    pub flags: AddonsInput,
    pub ca_certs: Option<CaCerts>,
    /// `None` without `--enable-defender` / `--disable-defender`.
    pub defender: Option<Defender>,
    /// Whether a defender flag was given (az's update counts them even when they set nothing).
    pub defender_flags: bool,
    /// `--enable-addons web_application_routing`: app routing with the DNS zones az reads
    /// (none: `aks create` has no flag for them).
    pub web_application_routing: bool,
}

impl AddonsInput {
    /// az's argument validators (they run while parsing, before any request).
    pub fn validate(self, mode: Mode) -> Result<ClusterAddons> {
        if let Some(rev) = &self.revision
            && !valid_revision(rev)
        {
            return Err(AzError::validation(format!(
                "Revision {rev} is not supported by the service mesh add-on."
            )));
        }
        if mode == Mode::Update && self.enable_image_cleaner && self.disable_image_cleaner {
            return Err(AzError::validation(
                "Cannot specify --enable-image-cleaner and --disable-image-cleaner at the same time.",
            ));
        }
        // `validate_defender_config_parameter`, `validate_defender_disable_and_enable_parameters`
        if self.defender_config.as_ref().is_some_and(|c| !c.is_empty()) && !self.enable_defender {
            return Err(AzError::validation("Please specify --enable-defnder"));
        }
        if self.disable_defender && self.enable_defender {
            return Err(AzError::validation(
                "Providing both --disable-defender and --enable-defender flags is invalid",
            ));
        }
        let defender = defender(
            self.enable_defender,
            self.disable_defender,
            self.defender_config.as_deref(),
        )?;
        let ca_certs = self
            .custom_ca_trust_certificates
            .as_deref()
            .map(read_ca_certs);
        let defender_flags = self.enable_defender
            || self.disable_defender
            || self.defender_config.as_ref().is_some_and(|c| !c.is_empty());
        Ok(ClusterAddons {
            mode,
            flags: self,
            ca_certs,
            defender,
            defender_flags,
            web_application_routing: false,
        })
    }
}

/// az's `get_defender_config`. Without a workspace in `--defender-config`, az creates (or
/// finds) the default Log Analytics workspace (left empty here, filled in before the PUT).
fn defender(enable: bool, disable: bool, config: Option<&str>) -> Result<Option<Defender>> {
    if disable {
        return Ok(Some(Defender::Disable));
    }
    if !enable {
        return Ok(None);
    }
    let mut workspace = String::new();
    if let Some(path) = config.filter(|c| !c.is_empty()) {
        if !std::path::Path::new(path).is_file() {
            return Ok(Some(Defender::Invalid(format!(
                "{path} is not valid file, or not accessable."
            ))));
        }
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let parsed: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                return Ok(Some(Defender::Invalid(format!(
                    "Failed to parse file '{path}' with exception:\nFailed to parse string as JSON:\n{text}\nError detail: {e}"
                ))));
            }
        };
        if let Some(ws) = parsed.get("logAnalyticsWorkspaceResourceId") {
            workspace = ws.as_str().map_or_else(|| ws.to_string(), str::to_string);
        }
    }
    // empty: az's default workspace, found or made before the PUT (commands::aks_defender)
    Ok(Some(Defender::Enable { workspace }))
}

/// az's `validate_azure_service_mesh_revision`: `asm-<major>-<minor>`.
fn valid_revision(rev: &str) -> bool {
    let Some(rest) = rev.strip_prefix("asm-") else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    rest.split_once('-')
        .is_some_and(|(major, minor)| digits(major) && digits(minor))
}

/// az's `get_custom_ca_trust_certificates`: the file split on blank lines, up to 10
/// certificates, each sent as bytes (base64 on the wire).
fn read_ca_certs(path: &str) -> CaCerts {
    if path.is_empty() {
        return CaCerts::Invalid(
            "custom_ca_trust_certificates cannot be an empty string. Please provide a valid file path."
                .into(),
        );
    }
    let not_valid = || CaCerts::Invalid(format!("{path} is not valid file, or not accessible."));
    if !std::path::Path::new(path).is_file() {
        return not_valid();
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return not_valid();
    };
    // az reads the file in text mode (universal newlines) and splits on os.linesep twice.
    let text = text.replace("\r\n", "\n");
    let certs: Vec<String> = text
        .split("\n\n")
        .filter(|c| c.chars().count() > 1)
        .map(|c| base64::engine::general_purpose::STANDARD.encode(c.as_bytes()))
        .collect();
    if certs.len() > 10 {
        return CaCerts::Invalid(format!(
            "Only up to 10 new-line separated CAs can be passed, got {} instead.",
            certs.len()
        ));
    }
    CaCerts::Read(certs)
}

/// `--enable-<feature>` and `--disable-<feature>` both given: az's
/// `MutuallyExclusiveArgumentError`, raised by the feature's getter.
pub fn exclusive(enable: bool, disable: bool, feature: &str) -> Result<()> {
    if enable && disable {
        return Err(AzError::validation(format!(
            "Cannot specify --enable-{feature} and --disable-{feature} at the same time."
        )));
    }
    Ok(())
}

impl ClusterAddons {
    /// The checks of az's getters that need nothing from the cluster, in the order the
    /// decorator reaches them. `tier` is the cluster's `sku.tier` as the request will carry it.
    pub fn check_decorator_rules(&self, tier: &str) -> Result<()> {
        self.defender_body()?;
        self.check_image_cleaner_create()?;
        if let Some(CaCerts::Invalid(msg)) = &self.ca_certs
            && self.mode == Mode::Create
        {
            return Err(AzError::validation(msg.clone()));
        }
        self.check_support_plan(tier)?;
        self.check_ai_toolchain()?;
        Ok(())
    }

    fn check_image_cleaner_create(&self) -> Result<()> {
        if self.mode == Mode::Create
            && self.flags.image_cleaner_interval_hours.is_some()
            && !self.flags.enable_image_cleaner
        {
            return Err(AzError::validation(
                "\"--image-cleaner-interval-hours\" requires \"--enable-image-cleaner\" in create mode.",
            ));
        }
        Ok(())
    }

    /// `set_up_k8s_support_plan` / `update_k8s_support_plan` (an `AzCLIError`: exit 1).
    pub fn check_support_plan(&self, tier: &str) -> Result<()> {
        if self.flags.k8s_support_plan.as_deref() == Some("AKSLongTermSupport")
            && !tier.eq_ignore_ascii_case("premium")
        {
            return Err(AzError::validation(
                "Long term support is only available for premium tier clusters.",
            ));
        }
        Ok(())
    }

    pub fn check_ai_toolchain(&self) -> Result<()> {
        if self.flags.enable_ai_toolchain_operator && self.flags.disable_ai_toolchain_operator {
            return Err(AzError::validation(
                "Cannot specify --enable-ai-toolchain-operator and --disable-ai-toolchain-operator at the same time. ",
            ));
        }
        Ok(())
    }

    /// `securityProfile.defender` to set, or az's error on reading `--defender-config`.
    pub fn defender_body(&self) -> Result<Option<Value>> {
        Ok(match &self.defender {
            None => None,
            Some(Defender::Disable) => {
                Some(serde_json::json!({"securityMonitoring": {"enabled": false}}))
            }
            Some(Defender::Enable { workspace }) => Some(serde_json::json!({
                "logAnalyticsWorkspaceResourceId": workspace,
                "securityMonitoring": {"enabled": true}
            })),
            Some(Defender::Invalid(msg)) => return Err(AzError::validation(msg.clone())),
        })
    }

    /// The CA certificates to send, or az's error on reading the file.
    pub fn ca_certs(&self) -> Result<Option<&[String]>> {
        match &self.ca_certs {
            None => Ok(None),
            Some(CaCerts::Read(c)) => Ok(Some(c)),
            Some(CaCerts::Invalid(msg)) => Err(AzError::validation(msg.clone())),
        }
    }

    /// az's `check_raw_parameters` on `aks update`: a flag counts when its value is truthy in
    /// Python (`--image-cleaner-interval-hours 0` and `--ca-certs ""` do not).
    pub fn changes_anything(&self) -> bool {
        self.flags.enable_app_routing_istio
            || self.flags.disable_app_routing_istio
            || self.flags.enable_gateway_api
            || self.flags.disable_gateway_api
            || self.flags.enable_keda
            || self.flags.disable_keda
            || self.flags.enable_vpa
            || self.flags.disable_vpa
            || self.flags.enable_cost_analysis
            || self.flags.disable_cost_analysis
            || self.flags.enable_ai_toolchain_operator
            || self.flags.disable_ai_toolchain_operator
            || self.flags.enable_image_cleaner
            || self.flags.disable_image_cleaner
            || self
                .flags
                .image_cleaner_interval_hours
                .is_some_and(|h| h != 0)
            || self.flags.enable_run_command
            || self.flags.disable_run_command
            || self
                .flags
                .custom_ca_trust_certificates
                .as_ref()
                .is_some_and(|p| !p.is_empty())
            || self.flags.k8s_support_plan.is_some()
            || self.flags.nrg_lockdown_restriction_level.is_some()
            || self.defender_flags
            || self.flags.enable_azure_monitor_app_monitoring
            || self.flags.disable_azure_monitor_app_monitoring
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_as_az_reads_them() {
        assert!(valid_revision("asm-1-25"));
        assert!(valid_revision("asm-10-0"));
        for bad in [
            "1.25",
            "asm-1",
            "asm-1-",
            "asm-a-1",
            "ASM-1-25",
            "asm-1-25-1",
        ] {
            assert!(!valid_revision(bad), "{bad}");
        }
    }

    #[test]
    fn defender_reads_its_config_and_leaves_the_default_workspace_for_later() {
        let input = |enable, config: Option<&str>| AddonsInput {
            enable_defender: enable,
            defender_config: config.map(str::to_string),
            ..Default::default()
        };
        let e = input(false, Some("x.json"))
            .validate(Mode::Create)
            .unwrap_err();
        assert_eq!(e.message, "Please specify --enable-defnder");
        // no workspace given: az's default one, found or made before the PUT
        let d = input(true, None).validate(Mode::Update).unwrap();
        assert_eq!(
            d.defender,
            Some(Defender::Enable {
                workspace: String::new()
            })
        );
        let a = input(true, Some("/nonexistent/x.json"))
            .validate(Mode::Create)
            .unwrap();
        assert_eq!(
            a.defender_body().unwrap_err().message,
            "/nonexistent/x.json is not valid file, or not accessable."
        );
        assert!(
            !AddonsInput::default()
                .validate(Mode::Update)
                .unwrap()
                .changes_anything()
        );
    }
}
