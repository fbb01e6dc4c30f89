//! `azr aks nodepool add|update|show|list|delete`

use clap::{Args, Subcommand, ValueEnum};

use crate::error::Result;
use crate::spec::aks::{
    self as spec, NodepoolAdd, NodepoolAddInput, NodepoolUpdate, NodepoolUpdateInput, PoolMode,
    PoolRef,
};
use crate::spec::names;

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
    Update(NodepoolUpdateArgs),
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
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
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
            mode: match self.mode {
                Mode::System => PoolMode::System,
                Mode::User => PoolMode::User,
                Mode::Gateway => PoolMode::Gateway,
            },
            enable_node_public_ip: self.enable_node_public_ip,
            node_public_ip_prefix_id: self.node_public_ip_prefix_id,
            node_public_ip_tags: self.node_public_ip_tags,
            allowed_host_ports: self.allowed_host_ports,
            asg_ids: self.asg_ids,
            vnet_subnet_id: self.vnet_subnet_id,
            pod_subnet_id: self.pod_subnet_id,
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
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl NodepoolUpdateArgs {
    pub fn into_spec(self) -> Result<NodepoolUpdate> {
        NodepoolUpdateInput {
            resource_group: self.resource_group,
            cluster_name: self.cluster_name,
            name: self.name,
            allowed_host_ports: self.allowed_host_ports,
            asg_ids: self.asg_ids,
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
