//! Small cluster flags of `aks create` and `aks update`: the upstream kube-scheduler's user
//! configuration, the bootstrap profile, the node provisioning profile and the kubelet identity
//! (spec: `spec::cluster_misc`).

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::cluster_misc::{
    BOOTSTRAP_ARTIFACT_SOURCES, MiscInput, NODE_PROVISIONING_DEFAULT_POOLS,
    NODE_PROVISIONING_MODES, SKU_NAMES,
};

#[derive(Debug, Args)]
pub struct CreateMiscArgs {
    /// Enable user-defined scheduler configuration for kube-scheduler upstream.
    #[arg(long)]
    pub enable_upstream_kubescheduler_user_configuration: bool,
    /// Configure artifact source when bootstraping the cluster.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(BOOTSTRAP_ARTIFACT_SOURCES))]
    pub bootstrap_artifact_source: Option<String>,
    /// Configure container registry resource ID.
    #[arg(long)]
    pub bootstrap_container_registry_resource_id: Option<String>,
    /// Set the node provisioning mode of the cluster.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NODE_PROVISIONING_MODES))]
    pub node_provisioning_mode: Option<String>,
    /// The set of default Karpenter NodePools configured for node provisioning.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NODE_PROVISIONING_DEFAULT_POOLS))]
    pub node_provisioning_default_pools: Option<String>,
    /// Use a user-assigned managed identity as the kubelet identity.
    #[arg(long)]
    pub assign_kubelet_identity: Option<String>,
    /// Specify the name of the cluster's SKU (`base` or `automatic`).
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(SKU_NAMES))]
    pub sku: Option<String>,
}

/// `aks create` only: `--docker-bridge-address`, which az 2.91 accepts and ignores (its getter
/// always answers `None`), with knack's deprecation warning.
#[derive(Debug, Args)]
pub struct CreateOnlyMiscArgs {
    #[command(flatten)]
    pub common: CreateMiscArgs,
    /// Deprecated: accepted and ignored, as az does.
    #[arg(long)]
    pub docker_bridge_address: Option<String>,
    /// Prefix for the FQDN of a private cluster with a custom private DNS zone.
    #[arg(long)]
    pub fqdn_subdomain: Option<String>,
}

impl CreateOnlyMiscArgs {
    /// knack's warning for the deprecated argument, printed as argparse reads it.
    pub fn deprecation_warnings(&self) -> Vec<String> {
        self.docker_bridge_address
            .iter()
            .map(|_| {
                "Option '--docker-bridge-address' has been deprecated and will be removed in a future release.".to_string()
            })
            .collect()
    }

    pub fn into_input(self) -> MiscInput {
        MiscInput {
            fqdn_subdomain: self.fqdn_subdomain,
            ..self.common.into_input()
        }
    }
}

impl CreateMiscArgs {
    pub fn into_input(self) -> MiscInput {
        MiscInput {
            enable_upstream_kubescheduler_user_configuration: self
                .enable_upstream_kubescheduler_user_configuration,
            disable_upstream_kubescheduler_user_configuration: false,
            bootstrap_artifact_source: self.bootstrap_artifact_source,
            bootstrap_container_registry_resource_id: self.bootstrap_container_registry_resource_id,
            node_provisioning_mode: self.node_provisioning_mode,
            node_provisioning_default_pools: self.node_provisioning_default_pools,
            assign_kubelet_identity: self.assign_kubelet_identity,
            sku: self.sku,
            fqdn_subdomain: None,
            migrate_vmas_to_vms: false,
        }
    }
}

#[derive(Debug, Args)]
pub struct UpdateMiscArgs {
    #[command(flatten)]
    pub common: CreateMiscArgs,
    /// Disable user-defined scheduler configuration for kube-scheduler upstream.
    #[arg(long)]
    pub disable_upstream_kubescheduler_user_configuration: bool,
    /// Migrate a VMAS cluster's pool to the VirtualMachines type.
    #[arg(long)]
    pub migrate_vmas_to_vms: bool,
}

impl UpdateMiscArgs {
    /// knack's warnings for the preview arguments of `aks update`, printed as argparse reads
    /// them (before any validation).
    pub fn preview_warnings(&self) -> Vec<String> {
        let given = [
            (
                "--node-provisioning-mode",
                self.common.node_provisioning_mode.is_some(),
            ),
            (
                "--node-provisioning-default-pools",
                self.common.node_provisioning_default_pools.is_some(),
            ),
        ];
        given
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(flag, _)| {
                format!("Argument '{flag}' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus")
            })
            .collect()
    }

    pub fn into_input(self) -> MiscInput {
        MiscInput {
            disable_upstream_kubescheduler_user_configuration: self
                .disable_upstream_kubescheduler_user_configuration,
            migrate_vmas_to_vms: self.migrate_vmas_to_vms,
            ..self.common.into_input()
        }
    }
}
