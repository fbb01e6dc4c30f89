//! The ingress, workload and security add-on flags of `aks create` and `aks update`
//! (spec `cluster_addons`), flattened into `AksCreateArgs` / `AksUpdateArgs`.

use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::spec::cluster_addons::{
    AddonsInput, NGINX_CONTROLLER_TYPES, NRG_RESTRICTION_LEVELS, SUPPORT_PLANS,
};

/// One of az's choices, matched case-insensitively and sent as az spells it (its enum type
/// maps the value to the choice).
fn choice(choices: &'static [&'static str]) -> impl TypedValueParser<Value = String> {
    PossibleValuesParser::new(choices).map(move |v| {
        choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&v))
            .map_or(v, |c| c.to_string())
    })
}

/// The flags both commands take.
#[derive(Debug, Args)]
pub struct CommonAddonArgs {
    /// Enable Gateway API based ingress on App Routing via Istio.
    #[arg(long, visible_alias = "enable-ari")]
    pub enable_app_routing_istio: bool,
    /// Enable managed installation of Gateway API CRDs from the standard release channel.
    #[arg(long)]
    pub enable_gateway_api: bool,
    /// Enable KEDA workload auto-scaler.
    #[arg(long)]
    pub enable_keda: bool,
    /// Enable vertical pod autoscaler for cluster.
    #[arg(long)]
    pub enable_vpa: bool,
    /// Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views.
    #[arg(long)]
    pub enable_cost_analysis: bool,
    /// Enable AI toolchain operator to the cluster.
    #[arg(long)]
    pub enable_ai_toolchain_operator: bool,
    /// Enable ImageCleaner Service.
    #[arg(long)]
    pub enable_image_cleaner: bool,
    /// ImageCleaner scanning interval in hours.
    #[arg(long, allow_negative_numbers = true)]
    pub image_cleaner_interval_hours: Option<i64>,
    /// Disable run command feature for the cluster.
    #[arg(long)]
    pub disable_run_command: bool,
    /// Path to file containing list of new line separated CAs.
    #[arg(long, visible_alias = "ca-certs")]
    pub custom_ca_trust_certificates: Option<String>,
    /// Choose from "KubernetesOfficial" or "AKSLongTermSupport".
    #[arg(long, ignore_case = true, value_parser = choice(SUPPORT_PLANS))]
    pub k8s_support_plan: Option<String>,
    /// Restriction level on the managed node resource group.
    #[arg(long, ignore_case = true, value_parser = choice(NRG_RESTRICTION_LEVELS))]
    pub nrg_lockdown_restriction_level: Option<String>,
    /// Enable Microsoft Defender security profile.
    #[arg(long)]
    pub enable_defender: bool,
    /// Path to JSON file containing Microsoft Defender profile configurations.
    #[arg(long)]
    pub defender_config: Option<String>,
    /// Enable Azure Monitor Application Monitoring (auto-instrumentation).
    #[arg(long)]
    pub enable_azure_monitor_app_monitoring: bool,
}

impl CommonAddonArgs {
    fn into_input(self) -> AddonsInput {
        AddonsInput {
            enable_app_routing_istio: self.enable_app_routing_istio,
            enable_gateway_api: self.enable_gateway_api,
            enable_keda: self.enable_keda,
            enable_vpa: self.enable_vpa,
            enable_cost_analysis: self.enable_cost_analysis,
            enable_ai_toolchain_operator: self.enable_ai_toolchain_operator,
            enable_image_cleaner: self.enable_image_cleaner,
            image_cleaner_interval_hours: self.image_cleaner_interval_hours,
            disable_run_command: self.disable_run_command,
            custom_ca_trust_certificates: self.custom_ca_trust_certificates,
            k8s_support_plan: self.k8s_support_plan,
            nrg_lockdown_restriction_level: self.nrg_lockdown_restriction_level,
            enable_defender: self.enable_defender,
            defender_config: self.defender_config,
            enable_azure_monitor_app_monitoring: self.enable_azure_monitor_app_monitoring,
            ..Default::default()
        }
    }
}

/// The add-on flags of `aks create`.
#[derive(Debug, Args)]
pub struct CreateAddonArgs {
    #[command(flatten)]
    pub common: CommonAddonArgs,
    /// Enable Application Routing addon.
    #[arg(long)]
    pub enable_app_routing: bool,
    /// Configure default nginx ingress controller type.
    #[arg(long, visible_alias = "ardnc", ignore_case = true, value_parser = choice(NGINX_CONTROLLER_TYPES))]
    pub app_routing_default_nginx_controller: Option<String>,
    /// Enable Azure Service Mesh.
    #[arg(long, visible_alias = "enable-asm")]
    pub enable_azure_service_mesh: bool,
    /// Azure Service Mesh revision to install.
    #[arg(long)]
    pub revision: Option<String>,
}

impl CreateAddonArgs {
    pub fn into_input(self) -> AddonsInput {
        AddonsInput {
            enable_app_routing: self.enable_app_routing,
            app_routing_default_nginx_controller: self.app_routing_default_nginx_controller,
            enable_azure_service_mesh: self.enable_azure_service_mesh,
            revision: self.revision,
            ..self.common.into_input()
        }
    }
}

/// The add-on flags of `aks update`.
#[derive(Debug, Args)]
pub struct UpdateAddonArgs {
    #[command(flatten)]
    pub common: CommonAddonArgs,
    /// Disable Gateway API based ingress on App Routing via Istio.
    #[arg(long, visible_alias = "disable-ari")]
    pub disable_app_routing_istio: bool,
    /// Disable managed installation of Gateway API CRDs.
    #[arg(long)]
    pub disable_gateway_api: bool,
    /// Disable KEDA workload auto-scaler.
    #[arg(long)]
    pub disable_keda: bool,
    /// Disable vertical pod autoscaler for cluster.
    #[arg(long)]
    pub disable_vpa: bool,
    /// Disable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views.
    #[arg(long)]
    pub disable_cost_analysis: bool,
    /// Disable AI toolchain operator.
    #[arg(long)]
    pub disable_ai_toolchain_operator: bool,
    /// Disable ImageCleaner Service.
    #[arg(long)]
    pub disable_image_cleaner: bool,
    /// Enable run command feature for the cluster.
    #[arg(long)]
    pub enable_run_command: bool,
    /// Disable defender profile.
    #[arg(long)]
    pub disable_defender: bool,
    /// Disable Azure Monitor Application Monitoring.
    #[arg(long)]
    pub disable_azure_monitor_app_monitoring: bool,
}

impl UpdateAddonArgs {
    pub fn into_input(self) -> AddonsInput {
        AddonsInput {
            disable_app_routing_istio: self.disable_app_routing_istio,
            disable_gateway_api: self.disable_gateway_api,
            disable_keda: self.disable_keda,
            disable_vpa: self.disable_vpa,
            disable_cost_analysis: self.disable_cost_analysis,
            disable_ai_toolchain_operator: self.disable_ai_toolchain_operator,
            disable_image_cleaner: self.disable_image_cleaner,
            enable_run_command: self.enable_run_command,
            disable_defender: self.disable_defender,
            disable_azure_monitor_app_monitoring: self.disable_azure_monitor_app_monitoring,
            ..self.common.into_input()
        }
    }
}
