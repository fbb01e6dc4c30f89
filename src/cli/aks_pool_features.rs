//! The pool feature flags (`spec::pool_features`): those `aks create` (its first pool) and
//! `aks nodepool add` share, those only `aks nodepool add` has, and `aks nodepool update`'s.

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::pool_features::{
    GPU_DRIVERS, GPU_INSTANCE_PROFILES, POD_IP_ALLOCATION_MODES, PoolFeaturesInput,
    PoolFeaturesUpdateInput, WORKLOAD_RUNTIMES,
};

/// Pool features `aks create` and `aks nodepool add` both take.
#[derive(Debug, Args)]
pub struct PoolFeatureArgs {
    /// Path to the JSON file of the kubelet configuration of the agent nodes.
    #[arg(long)]
    pub kubelet_config: Option<String>,
    /// Path to the JSON file of the OS configuration of Linux agent nodes.
    #[arg(long)]
    pub linux_os_config: Option<String>,
    /// Path to a file whose content replaces the message of the day of Linux nodes.
    #[arg(long)]
    pub message_of_the_day: Option<String>,
    /// The workload runtime to use on the node pool.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(WORKLOAD_RUNTIMES))]
    pub workload_runtime: Option<String>,
    /// GPU instance profile to partition multi-gpu Nvidia GPUs.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(GPU_INSTANCE_PROFILES))]
    pub gpu_instance_profile: Option<String>,
    /// Enable vTPM on the pool.
    #[arg(long)]
    pub enable_vtpm: bool,
    /// Enable Secure Boot on the pool.
    #[arg(long)]
    pub enable_secure_boot: bool,
    /// How pod IPs are allocated from the pod subnet.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(POD_IP_ALLOCATION_MODES))]
    pub pod_ip_allocation_mode: Option<String>,
    /// The fully qualified dedicated host group id used to provision the pool.
    #[arg(long)]
    pub host_group_id: Option<String>,
    /// The capacity reservation group id used to provision the pool.
    #[arg(long)]
    pub crg_id: Option<String>,
    /// The source snapshot id used to create the pool.
    #[arg(long)]
    pub snapshot_id: Option<String>,
    /// Comma-separated VM sizes of a VirtualMachines pool (one size is accepted).
    #[arg(long)]
    pub vm_sizes: Option<String>,
}

impl PoolFeatureArgs {
    pub fn into_input(self) -> PoolFeaturesInput {
        PoolFeaturesInput {
            kubelet_config: self.kubelet_config,
            linux_os_config: self.linux_os_config,
            message_of_the_day: self.message_of_the_day,
            workload_runtime: self.workload_runtime,
            gpu_instance_profile: self.gpu_instance_profile,
            enable_vtpm: self.enable_vtpm,
            enable_secure_boot: self.enable_secure_boot,
            pod_ip_allocation_mode: self.pod_ip_allocation_mode,
            host_group_id: self.host_group_id,
            crg_id: self.crg_id,
            snapshot_id: self.snapshot_id,
            vm_sizes: self.vm_sizes,
            ..Default::default()
        }
    }
}

/// Pool features only `aks nodepool add` takes.
#[derive(Debug, Args)]
pub struct NodepoolFeatureArgs {
    #[command(flatten)]
    pub common: PoolFeatureArgs,
    /// The maximum number or percentage of nodes that can be unavailable during upgrade.
    #[arg(long, allow_negative_numbers = true)]
    pub max_unavailable: Option<String>,
    /// What the upgrade does with nodes it cannot drain: Schedule or Cordon.
    #[arg(long, default_value = "Schedule")]
    pub undrainable_node_behavior: String,
    /// Whether to install the GPU driver.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(GPU_DRIVERS))]
    pub gpu_driver: Option<String>,
    /// Enable artifact streaming for the pool.
    #[arg(long)]
    pub enable_artifact_streaming: bool,
    /// Enable managed DRANET on the pool.
    #[arg(long)]
    pub enable_managed_dranet: bool,
    /// Disable outbound NAT of Windows nodes.
    #[arg(long)]
    pub disable_windows_outbound_nat: bool,
    /// The public IP prefix length of a Gateway-mode pool, 28 to 31.
    #[arg(long, allow_negative_numbers = true)]
    pub gateway_prefix_size: Option<i64>,
    /// Path to a JSON file with the local DNS profile of the pool.
    #[arg(long)]
    pub localdns_config: Option<String>,
}

impl NodepoolFeatureArgs {
    pub fn into_input(self) -> PoolFeaturesInput {
        PoolFeaturesInput {
            max_unavailable: self.max_unavailable,
            undrainable_node_behavior: Some(self.undrainable_node_behavior),
            gpu_driver: self.gpu_driver,
            enable_artifact_streaming: self.enable_artifact_streaming,
            enable_managed_dranet: self.enable_managed_dranet,
            disable_windows_outbound_nat: self.disable_windows_outbound_nat,
            gateway_prefix_size: self.gateway_prefix_size,
            localdns_config: self.localdns_config,
            ..self.common.into_input()
        }
    }
}

/// The pool features `aks nodepool update` changes.
#[derive(Debug, Args)]
pub struct NodepoolUpdateFeatureArgs {
    /// The maximum number or percentage of nodes that can be unavailable during upgrade.
    #[arg(long, allow_negative_numbers = true)]
    pub max_unavailable: Option<String>,
    /// What the upgrade does with nodes it cannot drain: Schedule or Cordon.
    #[arg(long)]
    pub undrainable_node_behavior: Option<String>,
    /// Whether to install the GPU driver.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(GPU_DRIVERS))]
    pub gpu_driver: Option<String>,
    /// Enable vTPM on the pool.
    #[arg(long)]
    pub enable_vtpm: bool,
    /// Disable vTPM on the pool.
    #[arg(long)]
    pub disable_vtpm: bool,
    /// Enable Secure Boot on the pool.
    #[arg(long)]
    pub enable_secure_boot: bool,
    /// Disable Secure Boot on the pool.
    #[arg(long)]
    pub disable_secure_boot: bool,
    /// Enable artifact streaming for the pool.
    #[arg(long)]
    pub enable_artifact_streaming: bool,
    /// Disable artifact streaming for the pool.
    #[arg(long)]
    pub disable_artifact_streaming: bool,
    /// Enable managed DRANET on the pool.
    #[arg(long)]
    pub enable_managed_dranet: bool,
    /// Path to a JSON file with the local DNS profile of the pool.
    #[arg(long)]
    pub localdns_config: Option<String>,
}

impl NodepoolUpdateFeatureArgs {
    pub fn into_input(self) -> PoolFeaturesUpdateInput {
        PoolFeaturesUpdateInput {
            max_unavailable: self.max_unavailable,
            undrainable_node_behavior: self.undrainable_node_behavior,
            gpu_driver: self.gpu_driver,
            enable_vtpm: self.enable_vtpm,
            disable_vtpm: self.disable_vtpm,
            enable_secure_boot: self.enable_secure_boot,
            disable_secure_boot: self.disable_secure_boot,
            enable_artifact_streaming: self.enable_artifact_streaming,
            disable_artifact_streaming: self.disable_artifact_streaming,
            enable_managed_dranet: self.enable_managed_dranet,
            localdns_config: self.localdns_config,
        }
    }
}
