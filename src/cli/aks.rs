//! `azr aks create|show|list|delete` (and `aks nodepool ...` in `aks_nodepool.rs`).

use clap::{Args, Subcommand};

use super::aks_nodepool::NodepoolArgs;
use crate::error::Result;
use crate::spec::aks::{self as spec, AksCreate, AksCreateInput, ClusterRef};
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
    /// Commands to manage node pools in Kubernetes kubernetes cluster.
    Nodepool(NodepoolArgs),
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
    /// The ID of a subnet in an existing VNet into which to deploy the cluster.
    #[arg(long)]
    pub vnet_subnet_id: Option<String>,
    /// The ID of a subnet in an existing VNet into which to assign pods in the cluster
    /// (requires azure network-plugin).
    #[arg(long)]
    pub pod_subnet_id: Option<String>,
    /// Skip role assignment for subnet (advanced networking).
    #[arg(long)]
    pub skip_subnet_role_assignment: bool,
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
            vnet_subnet_id: self.vnet_subnet_id,
            pod_subnet_id: self.pod_subnet_id,
            skip_subnet_role_assignment: self.skip_subnet_role_assignment,
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
