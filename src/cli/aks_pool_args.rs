//! Pool flags that `aks create`, `aks nodepool add` and `aks nodepool update` spell alike,
//! declared once and flattened into each.

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::pool_settings::OS_DISK_TYPES;

/// The VM shape of a new pool: zones, pods, OS disk, VM set type, host features, PPG.
#[derive(Debug, Args)]
pub struct PoolShapeArgs {
    /// Space-separated list of availability zones where agent nodes will be placed.
    #[arg(short = 'z', long, num_args = 1..)]
    pub zones: Option<Vec<String>>,
    /// The maximum number of pods deployable to a node.
    #[arg(short = 'm', long, allow_negative_numbers = true)]
    pub max_pods: Option<i64>,
    /// OS disk size in GiB of each node in the pool.
    #[arg(long, allow_negative_numbers = true)]
    pub node_osdisk_size: Option<i64>,
    /// OS disk type to be used for machines in a given agent pool.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OS_DISK_TYPES))]
    pub node_osdisk_type: Option<String>,
    /// Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines.
    #[arg(long)]
    pub vm_set_type: Option<String>,
    /// Enable EncryptionAtHost, default value is false.
    #[arg(long)]
    pub enable_encryption_at_host: bool,
    /// Enable UltraSSD, default value is false.
    #[arg(long)]
    pub enable_ultra_ssd: bool,
    /// Use FIPS-enabled OS on agent nodes.
    #[arg(long)]
    pub enable_fips_image: bool,
    /// The ID of a PPG.
    #[arg(long)]
    pub ppg: Option<String>,
}

/// `--min-count --max-count` of the cluster autoscaler.
#[derive(Debug, Args)]
pub struct AutoscalerCountArgs {
    /// Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified.
    #[arg(long, allow_negative_numbers = true)]
    pub min_count: Option<i64>,
    /// Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified.
    #[arg(long, allow_negative_numbers = true)]
    pub max_count: Option<i64>,
}

/// The upgrade settings of a pool.
#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// Extra nodes used to speed upgrade. When specified, it represents the number or percent.
    #[arg(long, allow_negative_numbers = true)]
    pub max_surge: Option<String>,
    /// When nodes are drained how many minutes to wait for all pods to be evicted.
    #[arg(long, allow_negative_numbers = true)]
    pub drain_timeout: Option<i64>,
    /// The duration in minutes to wait after draining a node and before reimaging it.
    #[arg(long, allow_negative_numbers = true)]
    pub node_soak_duration: Option<i64>,
}
