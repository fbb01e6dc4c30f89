//! `azr aks create|show|list|delete` (and `aks nodepool ...` in `aks_nodepool.rs`).

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand, ValueEnum};

use super::aks_nodepool::NodepoolArgs;
use super::aks_pool_args::{AutoscalerCountArgs, PoolShapeArgs};
use crate::error::Result;
use crate::spec::aks::{self as spec, AksCreate, AksCreateInput, ClusterRef};
use crate::spec::aks_scale::AksScale;
use crate::spec::cluster_settings::{
    AUTO_UPGRADE_CHANNELS, ClusterSettingsInput, LOAD_BALANCER_SKUS, NETWORK_DATAPLANES,
    NETWORK_PLUGIN_MODES, NETWORK_PLUGINS, NODE_OS_UPGRADE_CHANNELS, OUTBOUND_TYPES, SKU_TIERS,
};
use crate::spec::pool_settings::{OS_SKUS_CREATE, PoolSettingsInput};
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
    /// Get access credentials for a managed Kubernetes cluster.
    GetCredentials(AksGetCredentialsArgs),
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
    #[command(flatten)]
    pub pool: CreatePoolArgs,
    #[command(flatten)]
    pub cluster: CreateClusterArgs,
    #[command(flatten)]
    pub addons: super::aks_addons::CreateAddonArgs,
    #[command(flatten)]
    pub sec: super::aks_sec::CreateSecArgs,
    #[command(flatten)]
    pub addon_profiles: super::aks_addon_profiles::CreateAddonProfileArgs,
    #[command(flatten)]
    pub profile: super::aks_profile::CreateProfileArgs,
    #[command(flatten)]
    pub misc: super::aks_misc::CreateOnlyMiscArgs,
    #[command(flatten)]
    pub net: super::aks_net::CreateNetArgs,
    #[command(flatten)]
    pub acr: super::aks_acr::CreateAcrArgs,
    #[command(flatten)]
    pub acns: super::aks_acns::AcnsArgs,
    #[command(flatten)]
    pub storage: super::aks_storage::CreateStorageArgs,
    #[command(flatten)]
    pub metrics: super::aks_metrics::MetricsArgs,
    #[command(flatten)]
    pub monitor_logs: super::aks_monitor_logs::CreateMonitorLogsArgs,
    #[command(flatten)]
    pub automatic: super::aks_automatic::CreateAutomaticArgs,
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
            pool_settings: self.pool.into_input(),
            sec: self
                .sec
                .into_input(self.cluster.enable_managed_identity, self.yes),
            cluster_settings: self.cluster.into_input(),
            addons: self.addons.into_input(),
            addon_profiles: self.addon_profiles.into_input(),
            profile: self.profile.into_input(),
            misc: self.misc.into_input(),
            net: self.net.into_input(),
            attach_acr: self.acr.attach_acr,
            acns: self.acns.into_input(),
            storage: self.storage.into_input(),
            metrics: self.metrics.into_input(),
            monitor_logs: self.monitor_logs.into_input(),
            automatic: self.automatic.into_input(),
            no_wait: self.no_wait,
        }
        .validate()
    }
}

/// The pool-profile flags of `aks create` (its first pool).
#[derive(Debug, Args)]
pub struct CreatePoolArgs {
    #[command(flatten)]
    pub shape: PoolShapeArgs,
    #[command(flatten)]
    pub counts: AutoscalerCountArgs,
    /// The OS SKU of the agent node pool. Ubuntu or AzureLinux.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OS_SKUS_CREATE))]
    pub os_sku: Option<String>,
    /// The node labels for all node pools in this cluster: space-separated key=value.
    #[arg(long, num_args = 0..)]
    pub nodepool_labels: Option<Vec<String>>,
    /// The node taints for all node pools in this cluster: comma-separated key=value:effect.
    #[arg(long)]
    pub nodepool_taints: Option<String>,
    /// Space-separated tags of the node pool: key[=value] [key[=value] ...].
    #[arg(long, num_args = 0..)]
    pub nodepool_tags: Option<Vec<String>>,
    /// Enable cluster autoscaler, default value is false.
    #[arg(long)]
    pub enable_cluster_autoscaler: bool,
    #[command(flatten)]
    pub features: super::aks_pool_features::PoolFeatureArgs,
}

impl CreatePoolArgs {
    fn into_input(self) -> PoolSettingsInput {
        PoolSettingsInput {
            os_sku: self.os_sku,
            zones: self.shape.zones,
            max_pods: self.shape.max_pods,
            osdisk_size: self.shape.node_osdisk_size,
            osdisk_type: self.shape.node_osdisk_type,
            labels: self.nodepool_labels,
            taints: self.nodepool_taints,
            tags: self.nodepool_tags,
            enable_autoscaler: self.enable_cluster_autoscaler,
            min_count: self.counts.min_count,
            max_count: self.counts.max_count,
            vm_set_type: self.shape.vm_set_type,
            enable_encryption_at_host: self.shape.enable_encryption_at_host,
            enable_ultra_ssd: self.shape.enable_ultra_ssd,
            enable_fips_image: self.shape.enable_fips_image,
            ppg: self.shape.ppg,
            features: self.features.into_input(),
            ..Default::default()
        }
    }
}

/// The cluster-level flags of `aks create`.
#[derive(Debug, Args)]
pub struct CreateClusterArgs {
    /// The Kubernetes network plugin to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_PLUGINS))]
    pub network_plugin: Option<String>,
    /// The network plugin mode to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_PLUGIN_MODES))]
    pub network_plugin_mode: Option<String>,
    /// Network Policy Engine to use: azure, calico, cilium or none (lower case).
    #[arg(long)]
    pub network_policy: Option<String>,
    /// The network dataplane to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_DATAPLANES))]
    pub network_dataplane: Option<String>,
    /// A CIDR notation IP range from which to assign pod IPs when kubenet or overlay is used.
    #[arg(long)]
    pub pod_cidr: Option<String>,
    /// A CIDR notation IP range from which to assign service cluster IPs.
    #[arg(long)]
    pub service_cidr: Option<String>,
    /// An IP address assigned to the Kubernetes DNS service.
    #[arg(long)]
    pub dns_service_ip: Option<String>,
    /// Azure Load Balancer SKU selection for your cluster. basic or standard.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(LOAD_BALANCER_SKUS))]
    pub load_balancer_sku: Option<String>,
    /// How outbound traffic will be configured for a cluster.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OUTBOUND_TYPES))]
    pub outbound_type: Option<String>,
    /// Load balancer managed outbound IP count.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_managed_outbound_ip_count: Option<i64>,
    /// Specify SKU tier for managed clusters.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(SKU_TIERS))]
    pub tier: Option<String>,
    /// The node resource group is the resource group where all customer's resources will be created in.
    #[arg(long)]
    pub node_resource_group: Option<String>,
    /// Using a system assigned managed identity to manage cluster resource group.
    #[arg(long)]
    pub enable_managed_identity: bool,
    /// Enable OIDC issuer.
    #[arg(long)]
    pub enable_oidc_issuer: bool,
    /// Enable workload identity addon.
    #[arg(long)]
    pub enable_workload_identity: bool,
    /// Enable managed AAD feature for cluster.
    #[arg(long)]
    pub enable_aad: bool,
    /// Enable Azure RBAC to control authorization checks on cluster.
    #[arg(long)]
    pub enable_azure_rbac: bool,
    /// If set to true, getting static credentials will be disabled for this cluster.
    #[arg(long)]
    pub disable_local_accounts: bool,
    /// Specify the upgrade channel for autoupgrade.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(AUTO_UPGRADE_CHANNELS))]
    pub auto_upgrade_channel: Option<String>,
    /// Manner in which the OS on your nodes is updated.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NODE_OS_UPGRADE_CHANNELS))]
    pub node_os_upgrade_channel: Option<String>,
}

impl CreateClusterArgs {
    fn into_input(self) -> ClusterSettingsInput {
        ClusterSettingsInput {
            network_plugin: self.network_plugin,
            network_plugin_mode: self.network_plugin_mode,
            network_policy: self.network_policy,
            network_dataplane: self.network_dataplane,
            pod_cidr: self.pod_cidr,
            service_cidr: self.service_cidr,
            dns_service_ip: self.dns_service_ip,
            load_balancer_sku: self.load_balancer_sku,
            outbound_type: self.outbound_type,
            managed_outbound_ip_count: self.load_balancer_managed_outbound_ip_count,
            tier: self.tier,
            node_resource_group: self.node_resource_group,
            enable_managed_identity: self.enable_managed_identity,
            enable_oidc_issuer: self.enable_oidc_issuer,
            enable_workload_identity: self.enable_workload_identity,
            enable_aad: self.enable_aad,
            enable_azure_rbac: self.enable_azure_rbac,
            disable_local_accounts: self.disable_local_accounts,
            auto_upgrade_channel: self.auto_upgrade_channel,
            node_os_upgrade_channel: self.node_os_upgrade_channel,
        }
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
pub struct AksGetCredentialsArgs {
    /// Name of resource group.
    #[arg(short = 'g', long = "resource-group")]
    pub resource_group: String,
    /// Name of the managed cluster.
    #[arg(short = 'n', long)]
    pub name: String,
    /// Get cluster administrator credentials.
    #[arg(short = 'a', long)]
    pub admin: bool,
    /// If specified, overwrite the default context name. The `--admin` parameter takes
    /// precedence over `--context`.
    #[arg(long = "context")]
    pub context: Option<String>,
    /// Kubernetes configuration file to update. Use "-" to print YAML to stdout instead
    /// [default: ~/.kube/config].
    #[arg(short = 'f', long = "file")]
    pub file: Option<String>,
    /// Specify the format of returned credential. Available values are ["exec", "azure"].
    /// Only take effect when requesting clusterUser credential of AAD clusters.
    #[arg(long = "format")]
    pub format: Option<String>,
    /// Overwrite any existing cluster entry with the same name.
    #[arg(long)]
    pub overwrite_existing: bool,
    /// Get private cluster credential with server address to be public fqdn.
    #[arg(long)]
    pub public_fqdn: bool,
}

impl AksGetCredentialsArgs {
    pub fn into_spec(self) -> Result<spec::GetCredentials> {
        spec::GetCredentials::new(spec::GetCredentialsInput {
            cluster: spec::cluster_ref(&self.resource_group, &self.name)?,
            admin: self.admin,
            context: self.context,
            file: self.file,
            format: self.format,
            overwrite_existing: self.overwrite_existing,
            public_fqdn: self.public_fqdn,
        })
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
    #[command(flatten)]
    pub addons: super::aks_addons::UpdateAddonArgs,
    #[command(flatten)]
    pub sec: super::aks_sec::UpdateSecArgs,
    #[command(flatten)]
    pub addon_profiles: super::aks_addon_profiles::UpdateAddonProfileArgs,
    #[command(flatten)]
    pub profile: super::aks_profile::UpdateProfileArgs,
    #[command(flatten)]
    pub misc: super::aks_misc::UpdateMiscArgs,
    #[command(flatten)]
    pub net: super::aks_net::UpdateNetArgs,
    #[command(flatten)]
    pub acr: super::aks_acr::UpdateAcrArgs,
    #[command(flatten)]
    pub acns: super::aks_acns::UpdateAcnsArgs,
    #[command(flatten)]
    pub storage: super::aks_storage::UpdateStorageArgs,
    #[command(flatten)]
    pub metrics: super::aks_metrics::UpdateMetricsArgs,
    #[command(flatten)]
    pub monitor_logs: super::aks_monitor_logs::UpdateMonitorLogsArgs,
}

impl AksUpdateArgs {
    pub fn into_spec(self) -> Result<crate::spec::aks_update::AksUpdate> {
        crate::spec::aks_update::AksUpdateInput {
            resource_group: self.resource_group,
            name: self.name,
            tags: self.tags,
            tier: self.tier.map(|t| format!("{t:?}")),
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
            addons: self.addons.into_input(),
            sec: self.sec.into_input(),
            addon_profiles: self.addon_profiles.into_input(),
            profile: self.profile.into_input(),
            misc: self.misc.into_input(),
            net: self.net.into_input(),
            acr: self.acr.into_input(),
            acns: self.acns.into_input(),
            storage: self.storage.into_input(),
            metrics: self.metrics.into_input(),
            monitor_logs: self.monitor_logs.into_input(),
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
