//! `azr aks create|show|list|delete` (and `aks nodepool ...` in `aks_nodepool.rs`).

use clap::{Args, Subcommand, ValueEnum};

use super::aks_nodepool::NodepoolArgs;
use crate::error::Result;
use crate::spec::aks::{self as spec, AksCreate, AksCreateInput, ClusterRef};
use crate::spec::aks_scale::AksScale;
use crate::spec::ssh::SshKeyOptions;

#[derive(Debug, Args)]
pub struct AksArgs {
    #[command(subcommand)]
    pub command: AksCommand,
}

#[derive(Debug, Subcommand)]
pub enum AksCommand {
    #[command(flatten)]
    Extra(crate::cli::aks_command::AksExtraCommand),
    /// Create a new managed Kubernetes cluster.
    Create(Box<AksCreateArgs>),
    /// Show the details for a managed Kubernetes cluster.
    Show(AksShowArgs),
    /// List managed Kubernetes clusters.
    List(AksListArgs),
    /// Delete a managed Kubernetes Cluster.
    Delete(AksDeleteArgs),
    /// Scale the node pool in a managed Kubernetes cluster.
    Scale(AksScaleArgs),
    /// Update a managed Kubernetes cluster. When called with no optional arguments this attempts
    /// to move the cluster to its goal state without changing the current cluster
    /// configuration. This can be used to move out of a non succeeded state.
    Update(Box<AksUpdateArgs>),
    /// Commands to manage node pools in Kubernetes kubernetes cluster.
    Nodepool(NodepoolArgs),
    /// Get information about machines in a nodepool of a managed clusters.
    Machine(super::aks_machine::MachineArgs),
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct AksCreateArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Location. Values from: `az account list-locations`. Defaults to the resource group's.
    #[arg(short = 'l', long)]
    pub location: Option<String>,
    /// Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31".
    #[arg(short = 'k', long)]
    pub kubernetes_version: Option<String>,
    /// Prefix for hostnames that are created. If not specified, generate a hostname using the
    /// managed cluster and resource group names.
    #[arg(short = 'p', long)]
    pub dns_name_prefix: Option<String>,
    /// User account to create on node VMs for SSH access.
    #[arg(short = 'u', long, default_value = "azureuser")]
    pub admin_username: String,
    /// Generate SSH public and private key files if missing. The keys will be stored in the
    /// ~/.ssh directory.
    #[arg(long)]
    pub generate_ssh_keys: bool,
    /// Public key path or key contents to install on node VMs for SSH access
    /// [default: ~/.ssh/id_rsa.pub].
    #[arg(long)]
    pub ssh_key_value: Option<String>,
    /// Do not use or create a local SSH key.
    #[arg(short = 'x', long)]
    pub no_ssh_key: bool,
    /// Node pool name, up to 12 alphanumeric characters.
    #[arg(long, default_value = "nodepool1")]
    pub nodepool_name: String,
    /// Number of nodes in the Kubernetes node pool.
    #[arg(short = 'c', long, default_value_t = 3)]
    pub node_count: u32,
    /// Size of Virtual Machines to create as Kubernetes nodes.
    #[arg(short = 's', long)]
    pub node_vm_size: Option<String>,
    /// Enable VMSS node public IP.
    #[arg(long)]
    pub enable_node_public_ip: bool,
    /// Public IP prefix ID used to assign public IPs to VMSS nodes.
    #[arg(long, alias = "node-public-ip-prefix")]
    pub node_public_ip_prefix_id: Option<String>,
    /// The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate).
    #[arg(long, num_args = 0..)]
    pub node_public_ip_tags: Option<Vec<String>>,
    /// Allowed host ports of the node pool: <port-range>/<protocol> ..., space- or comma-separated.
    #[arg(long, num_args = 1..)]
    pub nodepool_allowed_host_ports: Option<Vec<String>>,
    /// Application security group IDs of the node pool, space- or comma-separated.
    #[arg(long, num_args = 1..)]
    pub nodepool_asg_ids: Option<Vec<String>>,
    /// Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags.
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// Do not prompt for confirmation.
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl AksCreateArgs {
    pub fn into_spec(self) -> Result<AksCreate> {
        AksCreateInput {
            resource_group: self.resource_group,
            name: self.name,
            location: self.location,
            kubernetes_version: self.kubernetes_version,
            dns_name_prefix: self.dns_name_prefix,
            admin_username: self.admin_username,
            tags: self.tags,
            ssh: SshKeyOptions {
                value: self.ssh_key_value,
                generate: self.generate_ssh_keys,
                no_ssh_key: self.no_ssh_key,
            },
            nodepool_name: self.nodepool_name,
            node_count: self.node_count,
            node_vm_size: self.node_vm_size,
            enable_node_public_ip: self.enable_node_public_ip,
            node_public_ip_prefix_id: self.node_public_ip_prefix_id,
            node_public_ip_tags: self.node_public_ip_tags,
            nodepool_allowed_host_ports: self.nodepool_allowed_host_ports,
            nodepool_asg_ids: self.nodepool_asg_ids,
            no_wait: self.no_wait,
        }
        .validate()
    }
}

#[derive(Debug, Args)]
pub struct AksShowArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
}

impl AksShowArgs {
    pub fn into_spec(self) -> Result<ClusterRef> {
        spec::cluster_ref(&self.resource_group, &self.name)
    }
}

#[derive(Debug, Args)]
pub struct AksListArgs {
    /// Name of resource group. Without it, every cluster of the subscription.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: Option<String>,
}

impl AksListArgs {
    pub fn into_spec(self) -> Result<Option<String>> {
        self.resource_group
            .as_deref()
            .map(spec::resource_group)
            .transpose()
    }
}

#[derive(Debug, Args)]
pub struct AksDeleteArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Do not prompt for confirmation.
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl AksDeleteArgs {
    pub fn into_spec(self) -> Result<ClusterRef> {
        spec::cluster_ref(&self.resource_group, &self.name)
    }
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct AksScaleArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Number of nodes in the Kubernetes node pool.
    #[arg(short = 'c', long, allow_negative_numbers = true)]
    pub node_count: i64,
    /// Node pool name, up to 12 alphanumeric characters.
    #[arg(long, default_value = "")]
    pub nodepool_name: String,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
}

impl AksScaleArgs {
    pub fn into_spec(self) -> Result<AksScale> {
        crate::spec::aks_scale::aks_scale(
            &self.resource_group,
            &self.name,
            self.node_count,
            &self.nodepool_name,
            self.no_wait,
        )
    }
}

/// az's `--tier` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Tier {
    Free,
    Standard,
    Premium,
}

/// az's `--auto-upgrade-channel` choices (`auto_upgrade_channels` of acs `_params.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AutoUpgradeChannel {
    Rapid,
    Stable,
    Patch,
    NodeImage,
    None,
}

#[derive(Debug, Args)]
#[command(args_override_self = true)]
pub struct AksUpdateArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags.
    #[arg(long, num_args = 0..)]
    pub tags: Option<Vec<String>>,
    /// Specify SKU tier for managed clusters.
    #[arg(long, value_enum, ignore_case = true)]
    pub tier: Option<Tier>,
    /// Load balancer managed outbound IP count.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_managed_outbound_ip_count: Option<i64>,
    /// Specify the upgrade channel for autoupgrade.
    #[arg(long, value_enum, ignore_case = true)]
    pub auto_upgrade_channel: Option<AutoUpgradeChannel>,
    /// Manner in which the OS on your nodes is updated. It could be NodeImage, None,
    /// SecurityPatch or Unmanaged (az sends the value as given; AKS checks it).
    #[arg(long)]
    pub node_os_upgrade_channel: Option<String>,
    /// Enable cluster autoscaler.
    #[arg(short = 'e', long)]
    pub enable_cluster_autoscaler: bool,
    /// Disable cluster autoscaler.
    #[arg(short = 'd', long)]
    pub disable_cluster_autoscaler: bool,
    /// Update min-count or max-count for cluster autoscaler.
    #[arg(short = 'u', long)]
    pub update_cluster_autoscaler: bool,
    /// Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified.
    /// Please specify the value in the range of [0, 1000].
    #[arg(long, allow_negative_numbers = true)]
    pub min_count: Option<i64>,
    /// Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified.
    /// Please specify the value in the range of [0, 1000].
    #[arg(long, allow_negative_numbers = true)]
    pub max_count: Option<i64>,
    /// Do not prompt for confirmation.
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Do not wait for the long-running operation to finish.
    #[arg(long)]
    pub no_wait: bool,
    /// Send custom headers. When specified, format should be Key1=Value1,Key2=Value2.
    #[arg(long)]
    pub aks_custom_headers: Option<String>,
}

impl AksUpdateArgs {
    pub fn into_spec(self) -> Result<crate::spec::aks_update::AksUpdate> {
        crate::spec::aks_update::AksUpdateInput {
            resource_group: self.resource_group,
            name: self.name,
            tags: self.tags,
            tier: self.tier.map(|t| format!("{t:?}")),
            load_balancer_managed_outbound_ip_count: self.load_balancer_managed_outbound_ip_count,
            auto_upgrade_channel: self.auto_upgrade_channel.map(value_name),
            node_os_upgrade_channel: self.node_os_upgrade_channel,
            enable_cluster_autoscaler: self.enable_cluster_autoscaler,
            disable_cluster_autoscaler: self.disable_cluster_autoscaler,
            update_cluster_autoscaler: self.update_cluster_autoscaler,
            min_count: self.min_count,
            max_count: self.max_count,
            yes: self.yes,
            no_wait: self.no_wait,
            aks_custom_headers: self.aks_custom_headers,
        }
        .validate()
    }
}

/// The value as az spells it (its choice list), which is what az sends.
fn value_name(v: impl ValueEnum) -> String {
    v.to_possible_value()
        .map(|p| p.get_name().to_string())
        .unwrap_or_default()
}
