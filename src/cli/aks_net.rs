//! The networking flags of `aks create` and `aks update` (flattened into their arguments).

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::cluster_net::{
    BACKEND_POOL_TYPES, LOAD_BALANCER_SKUS_UPDATE, LoadBalancerInput, NAT_GATEWAY_SKUS,
    NETWORK_POLICIES_UPDATE, NatGatewayInput, NetCreateInput, NetUpdateInput,
};
use crate::spec::cluster_settings::{NETWORK_DATAPLANES, NETWORK_PLUGINS, OUTBOUND_TYPES};

#[derive(Debug, Args)]
pub struct UpdateNetArgs {
    /// A comma-separated list of IP versions to use for cluster networking.
    #[arg(long)]
    pub ip_families: Option<String>,
    /// The Kubernetes network plugin to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_PLUGINS))]
    pub network_plugin: Option<String>,
    /// The network plugin mode to use.
    #[arg(long)]
    pub network_plugin_mode: Option<String>,
    /// The network dataplane to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_DATAPLANES))]
    pub network_dataplane: Option<String>,
    /// The network policy to use.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NETWORK_POLICIES_UPDATE))]
    pub network_policy: Option<String>,
    /// Update the pod CIDR for a cluster.
    #[arg(long)]
    pub pod_cidr: Option<String>,
    /// Load balancer managed outbound IP count.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_managed_outbound_ip_count: Option<i64>,
    #[command(flatten)]
    pub lb: LoadBalancerArgs,
    /// Azure Load Balancer SKU selection for your cluster. Only standard is accepted.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(LOAD_BALANCER_SKUS_UPDATE))]
    pub load_balancer_sku: Option<String>,
    /// How outbound traffic will be configured for a cluster.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(OUTBOUND_TYPES))]
    pub outbound_type: Option<String>,
    #[command(flatten)]
    pub nat: NatGatewayArgs,
    /// Comma-separated list of authorized apiserver IP ranges. Set to "" to allow all traffic.
    #[arg(long)]
    pub api_server_authorized_ip_ranges: Option<String>,
    /// Enable public fqdn feature for private cluster.
    #[arg(long)]
    pub enable_public_fqdn: bool,
    /// Disable public fqdn feature for private cluster.
    #[arg(long)]
    pub disable_public_fqdn: bool,
    /// The private dns zone mode for private cluster.
    #[arg(long)]
    pub private_dns_zone: Option<String>,
    /// Enable integration of user vnet with control plane apiserver pods.
    #[arg(long)]
    pub enable_apiserver_vnet_integration: bool,
    /// The ID of a subnet in an existing VNet into which to assign control plane apiserver pods.
    #[arg(long)]
    pub apiserver_subnet_id: Option<String>,
    /// Enable private cluster for apiserver vnet integration cluster.
    #[arg(long)]
    pub enable_private_cluster: bool,
    /// Disable private cluster for apiserver vnet integration cluster.
    #[arg(long)]
    pub disable_private_cluster: bool,
    /// Enable Static Egress Gateway addon to the cluster.
    #[arg(long)]
    pub enable_static_egress_gateway: bool,
    /// Disable Static Egress Gateway addon to the cluster.
    #[arg(long)]
    pub disable_static_egress_gateway: bool,
}

impl UpdateNetArgs {
    pub fn into_input(self) -> NetUpdateInput {
        NetUpdateInput {
            ip_families: self.ip_families,
            network_plugin: self.network_plugin,
            network_plugin_mode: self.network_plugin_mode,
            network_dataplane: self.network_dataplane,
            network_policy: self.network_policy,
            pod_cidr: self.pod_cidr,
            lb_managed_ip_count: self.load_balancer_managed_outbound_ip_count,
            lb: self.lb.into_input(),
            load_balancer_sku: self.load_balancer_sku,
            outbound_type: self.outbound_type,
            nat: self.nat.into_input(),
            api_server_authorized_ip_ranges: self.api_server_authorized_ip_ranges,
            enable_public_fqdn: self.enable_public_fqdn,
            disable_public_fqdn: self.disable_public_fqdn,
            private_dns_zone: self.private_dns_zone,
            enable_apiserver_vnet_integration: self.enable_apiserver_vnet_integration,
            apiserver_subnet_id: self.apiserver_subnet_id,
            enable_private_cluster: self.enable_private_cluster,
            disable_private_cluster: self.disable_private_cluster,
            enable_static_egress_gateway: self.enable_static_egress_gateway,
            disable_static_egress_gateway: self.disable_static_egress_gateway,
        }
    }
}

/// The networking flags of `aks create` beyond the cluster-level ones of `CreateClusterArgs`.
#[derive(Debug, Args)]
pub struct CreateNetArgs {
    #[command(flatten)]
    pub lb: LoadBalancerArgs,
    #[command(flatten)]
    pub nat: NatGatewayArgs,
    /// A comma-separated list of IP versions to use for cluster networking.
    #[arg(long)]
    pub ip_families: Option<String>,
    /// A comma-separated list of CIDR notation IP ranges from which to assign pod IPs.
    #[arg(long)]
    pub pod_cidrs: Option<String>,
    /// A comma-separated list of CIDR notation IP ranges from which to assign service cluster IPs.
    #[arg(long)]
    pub service_cidrs: Option<String>,
    /// Comma-separated list of authorized apiserver IP ranges.
    #[arg(long)]
    pub api_server_authorized_ip_ranges: Option<String>,
    /// Enable private cluster.
    #[arg(long)]
    pub enable_private_cluster: bool,
    /// Disable public fqdn feature for private cluster.
    #[arg(long)]
    pub disable_public_fqdn: bool,
    /// Private dns zone mode for private cluster.
    #[arg(long)]
    pub private_dns_zone: Option<String>,
    /// Enable integration of user vnet with control plane apiserver pods.
    #[arg(long)]
    pub enable_apiserver_vnet_integration: bool,
    /// The ID of a subnet in an existing VNet into which to assign control plane apiserver pods.
    #[arg(long)]
    pub apiserver_subnet_id: Option<String>,
    /// Enable Static Egress Gateway addon to the cluster.
    #[arg(long)]
    pub enable_static_egress_gateway: bool,
    /// The name of edge zone.
    #[arg(long)]
    pub edge_zone: Option<String>,
}

impl CreateNetArgs {
    pub fn into_input(self) -> NetCreateInput {
        NetCreateInput {
            lb: self.lb.into_input(),
            nat: self.nat.into_input(),
            ip_families: self.ip_families,
            pod_cidrs: self.pod_cidrs,
            service_cidrs: self.service_cidrs,
            api_server_authorized_ip_ranges: self.api_server_authorized_ip_ranges,
            enable_private_cluster: self.enable_private_cluster,
            disable_public_fqdn: self.disable_public_fqdn,
            private_dns_zone: self.private_dns_zone,
            enable_apiserver_vnet_integration: self.enable_apiserver_vnet_integration,
            apiserver_subnet_id: self.apiserver_subnet_id,
            enable_static_egress_gateway: self.enable_static_egress_gateway,
            edge_zone: self.edge_zone,
        }
    }
}

/// The load balancer profile flags of `aks create` and `aks update` (create's managed IPv4
/// count is a cluster-level flag of `CreateClusterArgs`).
#[derive(Debug, Args)]
pub struct LoadBalancerArgs {
    /// Load balancer managed outbound IPv6 IP count.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_managed_outbound_ipv6_count: Option<i64>,
    /// Load balancer outbound IP resource IDs, comma-separated.
    #[arg(long)]
    pub load_balancer_outbound_ips: Option<String>,
    /// Load balancer outbound IP prefix resource IDs, comma-separated.
    #[arg(long)]
    pub load_balancer_outbound_ip_prefixes: Option<String>,
    /// Load balancer outbound allocated ports.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_outbound_ports: Option<i64>,
    /// Load balancer idle timeout in minutes.
    #[arg(long, allow_negative_numbers = true)]
    pub load_balancer_idle_timeout: Option<i64>,
    /// Load balancer backend pool type.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(BACKEND_POOL_TYPES))]
    pub load_balancer_backend_pool_type: Option<String>,
}

impl LoadBalancerArgs {
    fn into_input(self) -> LoadBalancerInput {
        LoadBalancerInput {
            managed_ipv6_count: self.load_balancer_managed_outbound_ipv6_count,
            outbound_ips: self.load_balancer_outbound_ips,
            outbound_ip_prefixes: self.load_balancer_outbound_ip_prefixes,
            outbound_ports: self.load_balancer_outbound_ports,
            idle_timeout: self.load_balancer_idle_timeout,
            backend_pool_type: self.load_balancer_backend_pool_type,
        }
    }
}

/// The NAT gateway flags of `aks create` and `aks update`.
#[derive(Debug, Args)]
pub struct NatGatewayArgs {
    /// NAT gateway managed outbound IP count.
    #[arg(long, allow_negative_numbers = true)]
    pub nat_gateway_managed_outbound_ip_count: Option<i64>,
    /// NAT gateway managed outbound IPv6 count.
    #[arg(long, alias = "nat-gw-ipv6-count", allow_negative_numbers = true)]
    pub nat_gateway_managed_outbound_ipv6_count: Option<i64>,
    /// NAT gateway idle timeout in minutes.
    #[arg(long, allow_negative_numbers = true)]
    pub nat_gateway_idle_timeout: Option<i64>,
    /// SKU of the managed NAT Gateway (Standard or StandardV2).
    #[arg(long = "outbound-type-sku", ignore_case = true, value_parser = PossibleValuesParser::new(NAT_GATEWAY_SKUS))]
    pub nat_gateway_sku: Option<String>,
    /// Comma-separated public IP resource IDs for the cluster NAT gateway.
    #[arg(long, alias = "nat-gw-ips")]
    pub nat_gateway_outbound_ips: Option<String>,
    /// Comma-separated public IP prefix resource IDs for the cluster NAT gateway.
    #[arg(long, alias = "nat-gw-prefixes")]
    pub nat_gateway_outbound_ip_prefixes: Option<String>,
}

impl NatGatewayArgs {
    fn into_input(self) -> NatGatewayInput {
        NatGatewayInput {
            managed_ip_count: self.nat_gateway_managed_outbound_ip_count,
            managed_ipv6_count: self.nat_gateway_managed_outbound_ipv6_count,
            idle_timeout: self.nat_gateway_idle_timeout,
            sku: self.nat_gateway_sku,
            outbound_ips: self.nat_gateway_outbound_ips,
            outbound_ip_prefixes: self.nat_gateway_outbound_ip_prefixes,
        }
    }
}
