//! `azr aks nodepool add|update|show|list|delete`

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand, ValueEnum};

use crate::error::Result;
use crate::spec::aks::{
    self as spec, NodepoolAdd, NodepoolAddInput, NodepoolUpdate, NodepoolUpdateInput, PoolMode,
    PoolRef,
};
use crate::spec::names;
use crate::spec::pool_settings::{
    EVICTION_POLICIES, OS_SKUS_ADD, OS_SKUS_UPDATE, PRIORITIES, PoolSettingsInput, SCALE_DOWN_MODES,
};
use crate::spec::pool_update::PoolUpdateInput;

use super::aks_pool_args::{AutoscalerCountArgs, PoolShapeArgs, UpgradeArgs};
use super::aks_pool_features::{NodepoolFeatureArgs, NodepoolUpdateFeatureArgs};

#[derive(Debug, Args)]
pub struct NodepoolArgs {
    #[command(subcommand)]
    pub command: NodepoolCommand,
}

#[derive(Debug, Subcommand)]
pub enum NodepoolCommand {
    /// Add a node pool to the managed Kubernetes cluster.
    Add(Box<NodepoolAddArgs>),
    /// Update a node pool properties.
    Update(Box<NodepoolUpdateArgs>),
    /// Show the details for a node pool in the managed Kubernetes cluster.
    Show(NodepoolShowArgs),
    /// List node pools in the managed Kubernetes cluster.
    List(NodepoolListArgs),
    /// Delete the agent pool in the managed Kubernetes cluster.
    Delete(NodepoolDeleteArgs),
    /// Scale the node pool in a managed Kubernetes cluster.
    Scale(NodepoolScaleArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    // az's spelling, which its "Allowed values" lists
    #[value(name = "System")]
    System,
    #[value(name = "User")]
    User,
    #[value(name = "Gateway")]
    Gateway,
}

impl Mode {
    fn into_spec(self) -> PoolMode {
        match self {
            Mode::System => PoolMode::System,
            Mode::User => PoolMode::User,
            Mode::Gateway => PoolMode::Gateway,
        }
    }
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct NodepoolAddArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
    /// The node pool name.
    #[arg(short = 'n', long = "name", visible_alias = "nodepool-name")]
    pub name: String,
    /// Version of Kubernetes to use for the node pool.
    #[arg(short = 'k', long)]
    pub kubernetes_version: Option<String>,
    /// Number of nodes in the Kubernetes agent pool.
    #[arg(short = 'c', long, default_value_t = 3)]
    pub node_count: u32,
    /// Size of Virtual Machines to create as Kubernetes nodes.
    #[arg(short = 's', long)]
    pub node_vm_size: Option<String>,
    /// The mode for a node pool which defines a node pool's primary function.
    #[arg(long, value_enum, ignore_case = true, default_value = "User")]
    pub mode: Mode,
    /// Enable VMSS node public IP.
    #[arg(long)]
    pub enable_node_public_ip: bool,
    /// Public IP prefix ID used to assign public IPs to VMSS nodes.
    #[arg(long, alias = "node-public-ip-prefix")]
    pub node_public_ip_prefix_id: Option<String>,
    /// The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate).
    #[arg(long, num_args = 0..)]
    pub node_public_ip_tags: Option<Vec<String>>,
    /// Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated.
    #[arg(long, num_args = 1..)]
    pub allowed_host_ports: Option<Vec<String>>,
    /// Application security group IDs, space- or comma-separated.
    #[arg(long, num_args = 1..)]
    pub asg_ids: Option<Vec<String>>,
    /// The ID of a subnet in an existing VNet into which to deploy the cluster.
    #[arg(long)]
    pub vnet_subnet_id: Option<String>,
    /// The ID of a subnet in an existing VNet into which to assign pods in the cluster
    /// (requires azure network-plugin).
    #[arg(long)]
    pub pod_subnet_id: Option<String>,
    #[command(flatten)]
    pub settings: NodepoolSettingsArgs,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// The pool-profile flags of `aks nodepool add`.
#[derive(Debug, Args)]
pub struct NodepoolSettingsArgs {
    #[command(flatten)]
    pub shape: PoolShapeArgs,
    #[command(flatten)]
    pub counts: AutoscalerCountArgs,
    #[command(flatten)]
    pub upgrade: UpgradeArgs,
    /// The OS Type. Linux or Windows.
    #[arg(long)]
    pub os_type: Option<String>,
    /// The OS SKU of the agent node pool. Ubuntu or AzureLinux (and Windows SKUs for Windows pools).
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OS_SKUS_ADD))]
    pub os_sku: Option<String>,
    /// The node labels for the node pool: space-separated labels, key=value.
    #[arg(long, num_args = 0..)]
    pub labels: Option<Vec<String>>,
    /// The node taints for the node pool: comma-separated key=value:effect.
    #[arg(long)]
    pub node_taints: Option<String>,
    /// Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags.
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// Enable cluster autoscaler.
    #[arg(short = 'e', long)]
    pub enable_cluster_autoscaler: bool,
    /// The priority of the node pool.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(PRIORITIES))]
    pub priority: Option<String>,
    /// The eviction policy of the Spot node pool.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(EVICTION_POLICIES))]
    pub eviction_policy: Option<String>,
    /// The max price (USD) you are willing to pay for Spot VMs; -1 means up to on-demand.
    #[arg(long, allow_negative_numbers = true)]
    pub spot_max_price: Option<f64>,
    /// Describes how VMs are added to or removed from nodepools.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(SCALE_DOWN_MODES))]
    pub scale_down_mode: Option<String>,
    #[command(flatten)]
    pub features: NodepoolFeatureArgs,
}

impl NodepoolSettingsArgs {
    fn into_input(self) -> PoolSettingsInput {
        PoolSettingsInput {
            os_type: self.os_type,
            os_sku: self.os_sku,
            zones: self.shape.zones,
            max_pods: self.shape.max_pods,
            osdisk_size: self.shape.node_osdisk_size,
            osdisk_type: self.shape.node_osdisk_type,
            labels: self.labels,
            taints: self.node_taints,
            tags: self.tags,
            enable_autoscaler: self.enable_cluster_autoscaler,
            min_count: self.counts.min_count,
            max_count: self.counts.max_count,
            max_surge: self.upgrade.max_surge,
            drain_timeout: self.upgrade.drain_timeout,
            node_soak_duration: self.upgrade.node_soak_duration,
            priority: self.priority,
            eviction_policy: self.eviction_policy,
            spot_max_price: self.spot_max_price,
            vm_set_type: self.shape.vm_set_type,
            enable_encryption_at_host: self.shape.enable_encryption_at_host,
            enable_ultra_ssd: self.shape.enable_ultra_ssd,
            enable_fips_image: self.shape.enable_fips_image,
            scale_down_mode: self.scale_down_mode,
            ppg: self.shape.ppg,
            features: self.features.into_input(),
        }
    }
}

impl NodepoolAddArgs {
    pub fn into_spec(self) -> Result<NodepoolAdd> {
        NodepoolAddInput {
            resource_group: self.resource_group,
            cluster_name: self.cluster_name,
            name: self.name,
            kubernetes_version: self.kubernetes_version,
            node_count: self.node_count,
            node_vm_size: self.node_vm_size,
            mode: self.mode.into_spec(),
            enable_node_public_ip: self.enable_node_public_ip,
            node_public_ip_prefix_id: self.node_public_ip_prefix_id,
            node_public_ip_tags: self.node_public_ip_tags,
            allowed_host_ports: self.allowed_host_ports,
            asg_ids: self.asg_ids,
            vnet_subnet_id: self.vnet_subnet_id,
            pod_subnet_id: self.pod_subnet_id,
            pool_settings: self.settings.into_input(),
            no_wait: self.no_wait,
        }
        .validate()
    }
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct NodepoolUpdateArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
    /// The node pool name.
    #[arg(short = 'n', long = "name", visible_alias = "nodepool-name")]
    pub name: String,
    /// Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated; "" clears.
    #[arg(long, num_args = 1..)]
    pub allowed_host_ports: Option<Vec<String>>,
    /// Application security group IDs, space- or comma-separated; "" clears.
    #[arg(long, num_args = 1..)]
    pub asg_ids: Option<Vec<String>>,
    #[command(flatten)]
    pub settings: NodepoolUpdateSettingsArgs,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

/// The pool settings `aks nodepool update` changes.
#[derive(Debug, Args)]
pub struct NodepoolUpdateSettingsArgs {
    #[command(flatten)]
    pub counts: AutoscalerCountArgs,
    #[command(flatten)]
    pub upgrade: UpgradeArgs,
    /// Enable cluster autoscaler.
    #[arg(short = 'e', long)]
    pub enable_cluster_autoscaler: bool,
    /// Disable cluster autoscaler.
    #[arg(short = 'd', long)]
    pub disable_cluster_autoscaler: bool,
    /// Update min-count or max-count for cluster autoscaler.
    #[arg(short = 'u', long)]
    pub update_cluster_autoscaler: bool,
    /// The node labels for the node pool: space-separated key=value; none clears them.
    #[arg(long, num_args = 0..)]
    pub labels: Option<Vec<String>>,
    /// The node taints for the node pool: comma-separated key=value:effect; "" clears them.
    #[arg(long)]
    pub node_taints: Option<String>,
    /// Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags.
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// The mode for a node pool which defines a node pool's primary function.
    #[arg(long, value_enum, ignore_case = true)]
    pub mode: Option<Mode>,
    /// Describes how VMs are added to or removed from nodepools.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(SCALE_DOWN_MODES))]
    pub scale_down_mode: Option<String>,
    /// The OS SKU of the agent node pool.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OS_SKUS_UPDATE))]
    pub os_sku: Option<String>,
    /// Switch to use FIPS-enabled OS on agent nodes.
    #[arg(long)]
    pub enable_fips_image: bool,
    /// Switch off FIPS-enabled OS on agent nodes.
    #[arg(long)]
    pub disable_fips_image: bool,
    #[command(flatten)]
    pub features: NodepoolUpdateFeatureArgs,
}

impl NodepoolUpdateSettingsArgs {
    fn into_input(self) -> PoolUpdateInput {
        PoolUpdateInput {
            enable_autoscaler: self.enable_cluster_autoscaler,
            disable_autoscaler: self.disable_cluster_autoscaler,
            update_autoscaler: self.update_cluster_autoscaler,
            min_count: self.counts.min_count,
            max_count: self.counts.max_count,
            labels: self.labels,
            taints: self.node_taints,
            tags: self.tags,
            mode: self.mode.map(|m| m.into_spec().as_wire()),
            max_surge: self.upgrade.max_surge,
            drain_timeout: self.upgrade.drain_timeout,
            node_soak_duration: self.upgrade.node_soak_duration,
            scale_down_mode: self.scale_down_mode,
            os_sku: self.os_sku,
            enable_fips_image: self.enable_fips_image,
            disable_fips_image: self.disable_fips_image,
            features: self.features.into_input(),
        }
    }
}

impl NodepoolUpdateArgs {
    pub fn into_spec(self) -> Result<NodepoolUpdate> {
        NodepoolUpdateInput {
            resource_group: self.resource_group,
            cluster_name: self.cluster_name,
            name: self.name,
            allowed_host_ports: self.allowed_host_ports,
            asg_ids: self.asg_ids,
            pool_update: self.settings.into_input(),
            no_wait: self.no_wait,
        }
        .validate()
    }
}

#[derive(Debug, Args)]
pub struct NodepoolShowArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
    /// The node pool name.
    #[arg(short = 'n', long = "name", visible_alias = "nodepool-name")]
    pub name: String,
}

impl NodepoolShowArgs {
    pub fn into_spec(self) -> Result<PoolRef> {
        spec::pool_ref(&self.resource_group, &self.cluster_name, &self.name)
    }
}

#[derive(Debug, Args)]
pub struct NodepoolListArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
}

impl NodepoolListArgs {
    /// (resource group, cluster name)
    pub fn into_spec(self) -> Result<(String, String)> {
        Ok((
            spec::resource_group(&self.resource_group)?,
            names::cluster_name(&self.cluster_name, "--cluster-name")?,
        ))
    }
}

#[derive(Debug, Args)]
pub struct NodepoolDeleteArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
    /// The node pool name.
    #[arg(short = 'n', long = "name", visible_alias = "nodepool-name")]
    pub name: String,
    /// Delete the pool's nodes without honouring pod disruption budgets.
    #[arg(short = 'i', long)]
    pub ignore_pdb: bool,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl NodepoolDeleteArgs {
    pub fn into_spec(self) -> Result<PoolRef> {
        spec::pool_ref(&self.resource_group, &self.cluster_name, &self.name)
    }
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct NodepoolScaleArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// The cluster name.
    #[arg(long)]
    pub cluster_name: String,
    /// The node pool name.
    #[arg(short = 'n', long = "name", visible_alias = "nodepool-name")]
    pub name: String,
    /// Number of nodes in the Kubernetes node pool.
    #[arg(short = 'c', long, default_value_t = 3, allow_negative_numbers = true)]
    pub node_count: i64,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl NodepoolScaleArgs {
    pub fn into_spec(self) -> Result<crate::spec::aks_scale::NodepoolScale> {
        crate::spec::aks_scale::nodepool_scale(
            &self.resource_group,
            &self.cluster_name,
            &self.name,
            self.node_count,
            self.no_wait,
        )
    }
}
