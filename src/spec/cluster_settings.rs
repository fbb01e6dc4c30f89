//! The cluster-level flags of `aks create`: network profile, load balancer, SKU tier, node
//! resource group, identity, OIDC issuer, workload identity, Entra ID (AAD), local accounts,
//! auto-upgrade channels. `validate` is az's argument validators; `check_decorator_rules` what
//! `managed_cluster_decorator.py`'s getters check once az has read the cluster and group.

use super::pool_settings::canonical_choice;
use crate::error::{AzError, Result};

pub const NETWORK_PLUGINS: &[&str] = &["kubenet", "azure", "none"];
pub const NETWORK_PLUGIN_MODES: &[&str] = &["overlay"];
pub const NETWORK_DATAPLANES: &[&str] = &["azure", "cilium"];
pub const LOAD_BALANCER_SKUS: &[&str] = &["basic", "standard"];
pub const OUTBOUND_TYPES: &[&str] = &[
    "loadBalancer",
    "userDefinedRouting",
    "managedNATGateway",
    "userAssignedNATGateway",
    "none",
];
pub const SKU_TIERS: &[&str] = &["free", "standard", "premium"];
pub const AUTO_UPGRADE_CHANNELS: &[&str] = &["rapid", "stable", "patch", "node-image", "none"];
pub const NODE_OS_UPGRADE_CHANNELS: &[&str] = &["NodeImage", "None", "Unmanaged", "SecurityPatch"];

/// The cluster-level flags as given (after clap; choices already checked case-insensitively).
#[derive(Debug, Clone, Default)]
pub struct ClusterSettingsInput {
    pub network_plugin: Option<String>,
    pub network_plugin_mode: Option<String>,
    pub network_policy: Option<String>,
    pub network_dataplane: Option<String>,
    pub pod_cidr: Option<String>,
    pub service_cidr: Option<String>,
    pub dns_service_ip: Option<String>,
    pub load_balancer_sku: Option<String>,
    pub outbound_type: Option<String>,
    pub managed_outbound_ip_count: Option<i64>,
    pub tier: Option<String>,
    pub node_resource_group: Option<String>,
    pub enable_managed_identity: bool,
    pub enable_oidc_issuer: bool,
    pub enable_workload_identity: bool,
    pub enable_aad: bool,
    pub enable_azure_rbac: bool,
    pub disable_local_accounts: bool,
    pub auto_upgrade_channel: Option<String>,
    pub node_os_upgrade_channel: Option<String>,
}

/// The validated cluster-level settings, in az's spelling.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClusterSettings {
    pub network_plugin: Option<&'static str>,
    pub network_plugin_mode: Option<&'static str>,
    pub network_policy: Option<String>,
    pub network_dataplane: Option<&'static str>,
    pub pod_cidr: Option<String>,
    pub service_cidr: Option<String>,
    pub dns_service_ip: Option<String>,
    /// Lower case, `standard` unless given (az's `get_load_balancer_sku`).
    pub load_balancer_sku: &'static str,
    pub outbound_type: Option<&'static str>,
    pub managed_outbound_ip_count: Option<i64>,
    /// `Free`, `Standard` or `Premium`: the SKU's `tier`.
    pub tier: &'static str,
    pub node_resource_group: Option<String>,
    pub enable_oidc_issuer: bool,
    pub enable_workload_identity: bool,
    pub enable_aad: bool,
    pub enable_azure_rbac: bool,
    pub disable_local_accounts: bool,
    pub auto_upgrade_channel: Option<&'static str>,
    pub node_os_upgrade_channel: Option<&'static str>,
}

fn choice(value: Option<&str>, choices: &[&'static str]) -> Option<&'static str> {
    value.and_then(|v| canonical_choice(v, choices))
}

impl ClusterSettingsInput {
    /// az's argument validators (`validate_load_balancer_sku`, `validate_network_policy`,
    /// `validate_sku_tier`); the choices clap already checked.
    pub fn validate(self) -> Result<ClusterSettings> {
        // Python's `str.islower()`: a cased character, and none upper case.
        let is_lower =
            |p: &str| p.chars().any(char::is_lowercase) && !p.chars().any(char::is_uppercase);
        if self.network_policy.as_deref().is_some_and(|p| !is_lower(p)) {
            return Err(AzError::validation(
                "--network-policy should be provided in lowercase",
            ));
        }
        let tier = match choice(self.tier.as_deref(), SKU_TIERS) {
            Some("standard") => "Standard",
            Some("premium") => "Premium",
            _ => "Free",
        };
        Ok(ClusterSettings {
            network_plugin: choice(self.network_plugin.as_deref(), NETWORK_PLUGINS),
            network_plugin_mode: choice(self.network_plugin_mode.as_deref(), NETWORK_PLUGIN_MODES),
            network_policy: self.network_policy,
            network_dataplane: choice(self.network_dataplane.as_deref(), NETWORK_DATAPLANES),
            pod_cidr: self.pod_cidr.filter(|c| !c.is_empty()),
            service_cidr: self.service_cidr.filter(|c| !c.is_empty()),
            dns_service_ip: self.dns_service_ip.filter(|c| !c.is_empty()),
            load_balancer_sku: choice(self.load_balancer_sku.as_deref(), LOAD_BALANCER_SKUS)
                .unwrap_or("standard"),
            outbound_type: choice(self.outbound_type.as_deref(), OUTBOUND_TYPES),
            managed_outbound_ip_count: self.managed_outbound_ip_count,
            tier,
            node_resource_group: self.node_resource_group.filter(|g| !g.is_empty()),
            enable_oidc_issuer: self.enable_oidc_issuer,
            enable_workload_identity: self.enable_workload_identity,
            enable_aad: self.enable_aad,
            enable_azure_rbac: self.enable_azure_rbac,
            disable_local_accounts: self.disable_local_accounts,
            auto_upgrade_channel: choice(
                self.auto_upgrade_channel.as_deref(),
                AUTO_UPGRADE_CHANNELS,
            ),
            node_os_upgrade_channel: choice(
                self.node_os_upgrade_channel.as_deref(),
                NODE_OS_UPGRADE_CHANNELS,
            ),
        })
    }
}

impl ClusterSettings {
    /// The outbound type az sends: loadBalancer by default, none for a basic load balancer.
    pub fn effective_outbound_type(&self) -> Option<&'static str> {
        match self.outbound_type {
            Some(t) => Some(t),
            None if self.load_balancer_sku == "basic" => None,
            None => Some("loadBalancer"),
        }
    }

    /// The getters' checks in `set_up_network_profile` order (outbound type, then network
    /// plugin and policy), then the AAD ones.
    pub fn check_decorator_rules(&self) -> Result<()> {
        let outbound = self.effective_outbound_type();
        if self.load_balancer_sku == "basic" {
            if let Some(t) = outbound {
                return Err(AzError::validation(format!(
                    "{t} doesn't support basic load balancer sku"
                )));
            }
        } else if let Some(t) = outbound {
            if t == "userDefinedRouting" || t == "userAssignedNATGateway" {
                let needs = if t == "userDefinedRouting" {
                    "a route table with egress rules"
                } else {
                    "a NAT gateway with outbound ips"
                };
                return Err(AzError::validation(format!(
                    "--vnet-subnet-id must be specified for {t} and it must be pre-configured with {needs}"
                )));
            }
            if t != "loadBalancer" && self.managed_outbound_ip_count.is_some_and(|c| c != 0) {
                return Err(AzError::validation(format!(
                    "{t} type doesn't support customizing the standard load balancer ips"
                )));
            }
        }
        if self.network_plugin == Some("azure")
            && self.pod_cidr.is_some()
            && self.network_plugin_mode != Some("overlay")
        {
            return Err(AzError::validation(
                "Please specify network plugin mode `overlay` when using --pod-cidr or use network plugin `kubenet`. For more information about Azure CNI Overlay please see https://aka.ms/aks/azure-cni-overlay",
            ));
        }
        if self.network_plugin.is_none() && self.network_policy.is_some() {
            return Err(AzError::validation(
                "Please explicitly specify the network plugin type",
            ));
        }
        if self.enable_azure_rbac && !self.enable_aad {
            return Err(AzError::validation(
                "--enable-azure-rbac can only be used together with --enable-aad",
            ));
        }
        Ok(())
    }

    /// Whether any setting puts the full network profile in the body (az's `any([...])`).
    pub fn has_network_settings(&self) -> bool {
        self.network_plugin.is_some()
            || self.network_plugin_mode.is_some()
            || self.pod_cidr.is_some()
            || self.service_cidr.is_some()
            || self.dns_service_ip.is_some()
            || self.network_policy.is_some()
            || self.network_dataplane.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(f: impl FnOnce(&mut ClusterSettingsInput)) -> Result<ClusterSettings> {
        let mut i = ClusterSettingsInput::default();
        f(&mut i);
        let s = i.validate()?;
        s.check_decorator_rules()?;
        Ok(s)
    }

    fn err(f: impl FnOnce(&mut ClusterSettingsInput)) -> String {
        settings(f).unwrap_err().message
    }

    #[test]
    fn defaults_and_spelling() {
        let s = settings(|i| {
            i.tier = Some("STANDARD".into());
            i.network_plugin = Some("Azure".into());
            i.node_os_upgrade_channel = Some("nodeimage".into());
        })
        .unwrap();
        assert_eq!(s.tier, "Standard");
        assert_eq!(s.network_plugin, Some("azure"));
        assert_eq!(s.node_os_upgrade_channel, Some("NodeImage"));
        assert_eq!(s.load_balancer_sku, "standard");
        assert_eq!(s.effective_outbound_type(), Some("loadBalancer"));
    }

    #[test]
    fn az_refusals() {
        assert_eq!(
            err(|i| i.network_policy = Some("Azure".into())),
            "--network-policy should be provided in lowercase"
        );
        assert_eq!(
            err(|i| i.network_policy = Some("azure".into())),
            "Please explicitly specify the network plugin type"
        );
        assert!(
            err(|i| {
                i.network_plugin = Some("azure".into());
                i.pod_cidr = Some("10.244.0.0/16".into());
            })
            .starts_with("Please specify network plugin mode `overlay`")
        );
        assert_eq!(
            err(|i| i.enable_azure_rbac = true),
            "--enable-azure-rbac can only be used together with --enable-aad"
        );
        assert_eq!(
            err(|i| {
                i.load_balancer_sku = Some("basic".into());
                i.outbound_type = Some("loadBalancer".into());
            }),
            "loadBalancer doesn't support basic load balancer sku"
        );
        assert!(
            err(|i| i.outbound_type = Some("userDefinedRouting".into()))
                .starts_with("--vnet-subnet-id must be specified for userDefinedRouting")
        );
        assert_eq!(
            err(|i| {
                i.outbound_type = Some("managedNATGateway".into());
                i.managed_outbound_ip_count = Some(2);
            }),
            "managedNATGateway type doesn't support customizing the standard load balancer ips"
        );
    }
}
