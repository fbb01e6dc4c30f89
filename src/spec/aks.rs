//! Validated inputs of the `aks` and `aks nodepool` commands. The `*Input` structs hold the
//! flags as given (after clap); `validate` checks them in az's order, with az's messages where
//! az has one, and returns the typed spec the commands and body builders use.

use super::cluster_settings::{ClusterSettings, ClusterSettingsInput};
use super::list::split_list;
use super::names;
use super::pool_settings::{PoolContext, PoolSettings, PoolSettingsInput};
use super::pool_update::{PoolUpdate, PoolUpdateInput};
use super::ports::{HostPortRange, parse_host_ports};
use super::resource_id::{ResourceId, is_valid_resource_id};
use super::ssh::SshKeyOptions;
use super::tags::{Tags, parse_tags};
use super::version::{self, KubernetesVersion};
use crate::error::{AzError, Result};

/// `System | User | Gateway` (az's `--mode` choices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolMode {
    System,
    User,
    Gateway,
}

impl PoolMode {
    pub fn as_wire(self) -> &'static str {
        match self {
            PoolMode::System => "System",
            PoolMode::User => "User",
            PoolMode::Gateway => "Gateway",
        }
    }
}

/// A new pool, shared by `aks create` (the first pool) and `aks nodepool add`.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolSpec {
    pub name: String,
    pub count: u32,
    /// `""` lets the server choose, as az sends it.
    pub vm_size: String,
    pub mode: PoolMode,
    pub enable_node_public_ip: bool,
    pub node_public_ip_prefix_id: Option<String>,
    pub node_public_ip_tags: Tags,
    pub allowed_host_ports: Option<Vec<HostPortRange>>,
    pub asg_ids: Option<Vec<String>>,
    /// `--vnet-subnet-id`: the nodes' NICs go into this (bring-your-own) subnet.
    pub vnet_subnet_id: Option<String>,
    /// `--pod-subnet-id`: pods get their IPs from this subnet (Azure CNI).
    pub pod_subnet_id: Option<String>,
    /// OS, size, zones, labels, taints, autoscaler, spot, upgrade settings.
    pub settings: PoolSettings,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AksCreate {
    pub resource_group: String,
    pub name: String,
    pub location: Option<String>,
    pub kubernetes_version: Option<KubernetesVersion>,
    pub dns_name_prefix: Option<String>,
    pub admin_username: String,
    pub tags: Option<Tags>,
    pub ssh: SshKeyOptions,
    pub pool: PoolSpec,
    /// `--skip-subnet-role-assignment`: no check or grant of Network Contributor on the subnet.
    pub skip_subnet_role_assignment: bool,
    /// Network, load balancer, SKU tier, identity, AAD, upgrade channels.
    pub cluster: ClusterSettings,
    /// Ingress, workload and security add-ons (`cluster_addons`).
    pub addons: super::cluster_addons::ClusterAddons,
    pub sec: super::cluster_sec::CreateSec,
    /// `--enable-addons` and the add-on config flags.
    pub addon_profiles: super::cluster_addon_profiles::Addons,
    /// Autoscaler profile, storage drivers.
    pub profile: super::cluster_profile::ClusterProfile,
    /// Bootstrap, node provisioning and scheduler profiles (`cluster_misc`).
    pub misc: super::cluster_misc::Misc,
    /// Load balancer profile, API server access, static egress gateway (`cluster_net`).
    pub net: super::cluster_net::NetCreate,
    /// `--attach-acr`: AcrPull on this registry (name or id) once the cluster exists.
    pub attach_acr: Option<String>,
    /// Advanced Container Networking Services (`cluster_acns`), checked in the decorator.
    pub acns: super::cluster_acns::AcnsInput,
    /// Azure Container Storage (`cluster_storage`), checked in the decorator.
    pub storage: super::cluster_storage::Storage,
    pub metrics: super::cluster_metrics::MetricsInput,
    /// Azure Monitor logs and OpenTelemetry logs/traces (`cluster_monitor_logs`).
    pub monitor_logs: super::cluster_monitor_logs::MonitorLogs,
    /// `--sku automatic`'s defaults and the hosted system pool (`cluster_automatic`).
    pub automatic: super::cluster_automatic::Automatic,
    pub no_wait: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodepoolAdd {
    pub resource_group: String,
    pub cluster_name: String,
    pub kubernetes_version: Option<KubernetesVersion>,
    pub pool: PoolSpec,
    pub no_wait: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodepoolUpdate {
    pub resource_group: String,
    pub cluster_name: String,
    pub name: String,
    /// `Some(vec![])` clears the list (aks-preview's `""`).
    pub allowed_host_ports: Option<Vec<HostPortRange>>,
    pub asg_ids: Option<Vec<String>>,
    /// Autoscaler, labels, taints, tags, mode, upgrade settings, OS SKU, FIPS.
    pub settings: PoolUpdate,
    pub no_wait: bool,
}

/// A cluster or pool named by `-g` and `-n` (show, delete).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterRef {
    pub resource_group: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolRef {
    pub resource_group: String,
    pub cluster_name: String,
    pub name: String,
}

/// The flag names a command uses for the shared pool settings.
struct PoolFlags {
    host_ports: &'static str,
    asg_ids: &'static str,
    pool_name: &'static str,
}

const CREATE_FLAGS: PoolFlags = PoolFlags {
    host_ports: "--nodepool-allowed-host-ports",
    asg_ids: "--nodepool-asg-ids",
    pool_name: "--nodepool-name",
};

const NODEPOOL_FLAGS: PoolFlags = PoolFlags {
    host_ports: "--allowed-host-ports",
    asg_ids: "--asg-ids",
    pool_name: "--name",
};

/// `-g`: az has no check, but the value goes into a URL path, so it must be a valid name.
pub fn resource_group(value: &str) -> Result<String> {
    Ok(names::resource_group(value, "--resource-group")?.0)
}

/// Host ports in either list dialect; `None` when the flag was not given. An empty value
/// (`--allowed-host-ports ""`) is aks-preview's deliberate clear: `Some(vec![])`.
fn host_ports(values: Option<&[String]>, flag: &str) -> Result<Option<Vec<HostPortRange>>> {
    let Some(values) = values else {
        return Ok(None);
    };
    let items = split_list(values);
    if items.is_empty() {
        check_deliberate_clear(values, flag, "allowed host port")?;
    }
    parse_host_ports(&items, flag).map(Some)
}

/// A list flag whose value holds no item: only an empty string (`""`) clears the list on
/// purpose. Blanks or commas alone (`" "`, `","`) are most likely a script's unset variable
/// or a slip, so they are refused, with the deliberate way shown.
fn check_deliberate_clear(values: &[String], flag: &str, what: &str) -> Result<()> {
    if values.iter().all(String::is_empty) {
        return Ok(());
    }
    let given = values.join(" ");
    Err(AzError::validation(format!(
        "{flag} '{given}' holds no {what}. To remove every {what} on purpose, pass an empty value: {flag} \"\"."
    )))
}

/// az's `validate_application_security_groups`, then (beyond az) the resource type.
fn asg_ids(
    values: Option<&[String]>,
    host_ports: Option<&[HostPortRange]>,
    flags: &PoolFlags,
) -> Result<Option<Vec<String>>> {
    let Some(values) = values else {
        return Ok(None);
    };
    let ids = split_list(values);
    if ids.is_empty() {
        check_deliberate_clear(values, flags.asg_ids, "application security group")?;
        return Ok(Some(ids));
    }
    if host_ports.is_none_or(<[_]>::is_empty) {
        return Err(AzError::validation(format!(
            "{} must be used with {}",
            flags.asg_ids, flags.host_ports
        )));
    }
    for id in &ids {
        if !is_valid_resource_id(id) {
            return Err(AzError::validation(format!(
                "{id} is not a valid Azure resource ID."
            )));
        }
    }
    for id in &ids {
        let is_asg = ResourceId::parse(id).is_some_and(|r| {
            r.resource_group.is_some()
                && r.types.len() == 1
                && r.is_type("Microsoft.Network/applicationSecurityGroups")
        });
        if !is_asg {
            return Err(AzError::validation(format!(
                "{} '{id}' is not an application security group ID: expected /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/applicationSecurityGroups/<name>.",
                flags.asg_ids
            )));
        }
    }
    Ok(Some(ids))
}

/// `--vnet-subnet-id`, `--pod-subnet-id`: az's `_validate_subnet_id` (empty means unset).
fn subnet_id(value: Option<&str>, flag: &str) -> Result<Option<String>> {
    match value {
        None | Some("") => Ok(None),
        Some(v) if is_valid_resource_id(v) => Ok(Some(v.to_string())),
        Some(_) => Err(AzError::validation(format!(
            "{flag} is not a valid Azure resource ID."
        ))),
    }
}

/// `--node-public-ip-prefix-id`: az checks nothing; a malformed id would only fail at the server.
fn prefix_id(value: Option<&str>) -> Result<Option<String>> {
    let Some(v) = value else { return Ok(None) };
    let ok = is_valid_resource_id(v)
        && ResourceId::parse(v).is_some_and(|r| {
            r.resource_group.is_some()
                && r.types.len() == 1
                && r.is_type("Microsoft.Network/publicIPPrefixes")
        });
    if !ok {
        return Err(AzError::validation(format!(
            "--node-public-ip-prefix-id '{v}' is not a public IP prefix ID: expected /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/publicIPPrefixes/<name>."
        )));
    }
    Ok(Some(v.to_string()))
}

/// The 1.24 floor for the flags that need it.
fn check_version_floor(
    version: Option<&KubernetesVersion>,
    tags: &Tags,
    ports: Option<&[HostPortRange]>,
    flags: &PoolFlags,
) -> Result<()> {
    let mut used = Vec::new();
    if !tags.is_empty() {
        used.push("--node-public-ip-tags");
    }
    if ports.is_some_and(|p| !p.is_empty()) {
        used.push(flags.host_ports);
    }
    version::require_node_public_ip_features(version, &used)
}

/// The flags of `aks create`, as given.
#[derive(Debug, Clone, Default)]
pub struct AksCreateInput {
    pub resource_group: String,
    pub name: String,
    pub location: Option<String>,
    pub kubernetes_version: Option<String>,
    pub dns_name_prefix: Option<String>,
    pub admin_username: String,
    pub tags: Option<Vec<String>>,
    pub ssh: SshKeyOptions,
    pub nodepool_name: String,
    pub node_count: u32,
    pub node_vm_size: Option<String>,
    pub enable_node_public_ip: bool,
    pub node_public_ip_prefix_id: Option<String>,
    pub node_public_ip_tags: Option<Vec<String>>,
    pub nodepool_allowed_host_ports: Option<Vec<String>>,
    pub nodepool_asg_ids: Option<Vec<String>>,
    pub vnet_subnet_id: Option<String>,
    pub pod_subnet_id: Option<String>,
    pub skip_subnet_role_assignment: bool,
    pub pool_settings: PoolSettingsInput,
    pub cluster_settings: ClusterSettingsInput,
    pub addons: super::cluster_addons::AddonsInput,
    pub sec: super::cluster_sec::CreateSecInput,
    pub addon_profiles: super::cluster_addon_profiles::AddonsInput,
    pub profile: super::cluster_profile::ProfileInput,
    pub misc: super::cluster_misc::MiscInput,
    pub net: super::cluster_net::NetCreateInput,
    pub attach_acr: Option<String>,
    pub acns: super::cluster_acns::AcnsInput,
    pub storage: super::cluster_storage::StorageInput,
    pub metrics: super::cluster_metrics::MetricsInput,
    pub monitor_logs: super::cluster_monitor_logs::MonitorLogsInput,
    pub automatic: super::cluster_automatic::AutomaticInput,
    pub no_wait: bool,
}

impl AksCreateInput {
    /// az's order: name, (ssh key, checked later with the files), version, dns prefix,
    /// pool name, host ports, ASGs; then the checks az leaves to the server.
    pub fn validate(self) -> Result<AksCreate> {
        // argument validators run while parsing, before the decorator's checks
        let vnet_subnet_id = subnet_id(self.vnet_subnet_id.as_deref(), "--vnet-subnet-id")?;
        let pod_subnet_id = subnet_id(self.pod_subnet_id.as_deref(), "--pod-subnet-id")?;
        let name = names::cluster_name(&self.name, "--name")?;
        let kubernetes_version = version::parse(self.kubernetes_version.as_deref().unwrap_or(""))?;
        if self.dns_name_prefix.as_deref() == Some("") {
            return Err(AzError::validation("--dns-prefix has no value"));
        }
        let pool_name = names::nodepool_name(&self.nodepool_name, CREATE_FLAGS.pool_name)?;
        let ports = host_ports(
            self.nodepool_allowed_host_ports.as_deref(),
            CREATE_FLAGS.host_ports,
        )?;
        let asgs = asg_ids(
            self.nodepool_asg_ids.as_deref(),
            ports.as_deref(),
            &CREATE_FLAGS,
        )?;
        let settings = self.pool_settings.validate(PoolContext::ClusterCreate)?;
        let cluster = self.cluster_settings.validate()?;
        let mut addons = self.addons.validate(super::cluster_addons::Mode::Create)?;
        super::cluster_ampls::check_resource_id(self.addon_profiles.ampls_resource_id.as_deref())?;
        let monitor_logs =
            self.monitor_logs
                .validate_create(super::cluster_monitor_logs::CreateContext {
                    enable_acns: self.acns.enable_acns,
                    network_dataplane: cluster.network_dataplane,
                    enable_azure_monitor_metrics: self.metrics.enable,
                    ..self.addon_profiles.monitor_logs_context()
                })?;
        let mut addon_profiles = self.addon_profiles.validate()?;
        addons.web_application_routing = addon_profiles.has("web_application_routing");
        addon_profiles.azure_monitor_logs = monitor_logs.enable;
        // container network logs turn high log scale mode on (az's getter)
        addon_profiles.high_log_scale |= monitor_logs.container_network_logs;
        let net = self.net.validate(cluster.outbound_type)?;
        let resource_group = resource_group(&self.resource_group)?;
        let prefix = prefix_id(self.node_public_ip_prefix_id.as_deref())?;
        let ip_tags = parse_tags(&split_list(
            self.node_public_ip_tags.as_deref().unwrap_or_default(),
        ));
        check_version_floor(
            kubernetes_version.as_ref(),
            &ip_tags,
            ports.as_deref(),
            &CREATE_FLAGS,
        )?;
        super::cluster_automatic::apply_create_defaults(AksCreate {
            resource_group,
            name,
            location: self.location,
            kubernetes_version,
            dns_name_prefix: self.dns_name_prefix,
            admin_username: self.admin_username,
            tags: self.tags.map(|t| parse_tags(&t)),
            ssh: self.ssh,
            pool: PoolSpec {
                name: pool_name,
                count: self.node_count,
                vm_size: self.node_vm_size.unwrap_or_default(),
                mode: PoolMode::System,
                enable_node_public_ip: self.enable_node_public_ip,
                node_public_ip_prefix_id: prefix,
                node_public_ip_tags: ip_tags,
                allowed_host_ports: ports,
                asg_ids: asgs,
                vnet_subnet_id,
                pod_subnet_id,
                settings,
            },
            skip_subnet_role_assignment: self.skip_subnet_role_assignment,
            cluster,
            addons,
            sec: self.sec.validate()?,
            addon_profiles,
            profile: self.profile.validate_create()?,
            misc: self.misc.validate(true)?,
            net,
            attach_acr: self.attach_acr.filter(|a| !a.is_empty()),
            acns: self.acns,
            storage: self.storage.parse()?,
            metrics: {
                self.metrics.validate()?;
                self.metrics
            },
            monitor_logs,
            automatic: self.automatic.validate()?,
            no_wait: self.no_wait,
        })
    }
}

/// The flags of `aks nodepool add`, as given.
#[derive(Debug, Clone)]
pub struct NodepoolAddInput {
    pub resource_group: String,
    pub cluster_name: String,
    pub name: String,
    pub kubernetes_version: Option<String>,
    pub node_count: u32,
    pub node_vm_size: Option<String>,
    pub mode: PoolMode,
    pub enable_node_public_ip: bool,
    pub node_public_ip_prefix_id: Option<String>,
    pub node_public_ip_tags: Option<Vec<String>>,
    pub allowed_host_ports: Option<Vec<String>>,
    pub asg_ids: Option<Vec<String>>,
    pub vnet_subnet_id: Option<String>,
    pub pod_subnet_id: Option<String>,
    pub pool_settings: PoolSettingsInput,
    pub no_wait: bool,
}

impl NodepoolAddInput {
    /// az's order: subnet ids (argument validators), pool name, version, host ports, ASGs;
    /// then the server's rules.
    pub fn validate(self) -> Result<NodepoolAdd> {
        let vnet_subnet_id = subnet_id(self.vnet_subnet_id.as_deref(), "--vnet-subnet-id")?;
        let pod_subnet_id = subnet_id(self.pod_subnet_id.as_deref(), "--pod-subnet-id")?;
        let name = names::nodepool_name(&self.name, NODEPOOL_FLAGS.pool_name)?;
        let kubernetes_version = version::parse(self.kubernetes_version.as_deref().unwrap_or(""))?;
        let ports = host_ports(
            self.allowed_host_ports.as_deref(),
            NODEPOOL_FLAGS.host_ports,
        )?;
        let asgs = asg_ids(self.asg_ids.as_deref(), ports.as_deref(), &NODEPOOL_FLAGS)?;
        let settings = self
            .pool_settings
            .validate_in_mode(PoolContext::NodepoolAdd, self.mode.as_wire())?;
        let resource_group = resource_group(&self.resource_group)?;
        let cluster_name = names::cluster_name(&self.cluster_name, "--cluster-name")?;
        let prefix = prefix_id(self.node_public_ip_prefix_id.as_deref())?;
        let ip_tags = parse_tags(&split_list(
            self.node_public_ip_tags.as_deref().unwrap_or_default(),
        ));
        check_version_floor(
            kubernetes_version.as_ref(),
            &ip_tags,
            ports.as_deref(),
            &NODEPOOL_FLAGS,
        )?;
        Ok(NodepoolAdd {
            resource_group,
            cluster_name,
            kubernetes_version,
            pool: PoolSpec {
                name,
                count: self.node_count,
                vm_size: self.node_vm_size.unwrap_or_default(),
                mode: self.mode,
                enable_node_public_ip: self.enable_node_public_ip,
                node_public_ip_prefix_id: prefix,
                node_public_ip_tags: ip_tags,
                allowed_host_ports: ports,
                asg_ids: asgs,
                vnet_subnet_id,
                pod_subnet_id,
                settings,
            },
            no_wait: self.no_wait,
        })
    }
}

/// The flags of `aks nodepool update`, as given.
#[derive(Debug, Clone)]
pub struct NodepoolUpdateInput {
    pub resource_group: String,
    pub cluster_name: String,
    pub name: String,
    pub allowed_host_ports: Option<Vec<String>>,
    pub asg_ids: Option<Vec<String>>,
    pub pool_update: PoolUpdateInput,
    pub no_wait: bool,
}

impl NodepoolUpdateInput {
    pub fn validate(self) -> Result<NodepoolUpdate> {
        let name = names::nodepool_name(&self.name, NODEPOOL_FLAGS.pool_name)?;
        let ports = host_ports(
            self.allowed_host_ports.as_deref(),
            NODEPOOL_FLAGS.host_ports,
        )?;
        let asgs = asg_ids(self.asg_ids.as_deref(), ports.as_deref(), &NODEPOOL_FLAGS)?;
        let settings = self.pool_update.validate()?;
        Ok(NodepoolUpdate {
            resource_group: resource_group(&self.resource_group)?,
            cluster_name: names::cluster_name(&self.cluster_name, "--cluster-name")?,
            name,
            allowed_host_ports: ports,
            asg_ids: asgs,
            settings,
            no_wait: self.no_wait,
        })
    }
}

/// `aks show|delete -g -n`.
pub fn cluster_ref(resource_group_name: &str, name: &str) -> Result<ClusterRef> {
    Ok(ClusterRef {
        resource_group: resource_group(resource_group_name)?,
        name: names::cluster_name(name, "--name")?,
    })
}

/// `aks nodepool show|delete -g --cluster-name -n`.
pub fn pool_ref(resource_group_name: &str, cluster_name: &str, name: &str) -> Result<PoolRef> {
    let name = names::nodepool_name(name, NODEPOOL_FLAGS.pool_name)?;
    Ok(PoolRef {
        resource_group: resource_group(resource_group_name)?,
        cluster_name: names::cluster_name(cluster_name, "--cluster-name")?,
        name,
    })
}

/// az's default `dnsPrefix`: the cluster name and group cleaned to `[A-Za-z0-9-]`, cut to 10
/// and 16 characters (the name starting with a letter), and the subscription's first 6.
pub fn default_dns_prefix(name: &str, resource_group: &str, subscription: &str) -> String {
    let clean = |s: &str, n: usize| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(n)
            .collect()
    };
    let mut name_part = clean(name, 10);
    if !name_part
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
    {
        name_part = format!("a{name_part}").chars().take(10).collect();
    }
    let sub: String = subscription.chars().take(6).collect();
    format!("{name_part}-{}-{sub}", clean(resource_group, 16))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ASG: &str = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/a1";

    fn create() -> AksCreateInput {
        AksCreateInput {
            resource_group: "rg".into(),
            name: "c".into(),
            admin_username: "azureuser".into(),
            nodepool_name: "nodepool1".into(),
            node_count: 3,
            ..Default::default()
        }
    }

    fn v(items: &[&str]) -> Option<Vec<String>> {
        Some(items.iter().map(|s| s.to_string()).collect())
    }

    fn err(input: AksCreateInput) -> String {
        input.validate().unwrap_err().message
    }

    #[test]
    fn dns_prefix_as_az() {
        assert_eq!(default_dns_prefix("c", "rg", "000000-1111"), "c-rg-000000");
        assert_eq!(
            default_dns_prefix("cliakstest000002", "clitest4rjvby6hq4fy", "8ecadf0c-xxxx"),
            "cliakstest-clitest4rjvby6hq-8ecadf"
        );
        assert_eq!(
            default_dns_prefix("1abc_def", "r.g(1)", "abc"),
            "a1abcdef-rg1-abc"
        );
        assert_eq!(
            default_dns_prefix("0123456789xyz", "rg", "s"),
            "a012345678-rg-s"
        );
    }

    #[test]
    fn both_dialects_give_the_same_spec() {
        let spaced = AksCreateInput {
            nodepool_allowed_host_ports: v(&["80/tcp", "443/tcp", "53/udp", "40000-60000/tcp"]),
            nodepool_asg_ids: v(&[ASG, ASG]),
            ..create()
        }
        .validate()
        .unwrap();
        let comma = AksCreateInput {
            nodepool_allowed_host_ports: v(&["80/tcp,443/tcp,53/udp,40000-60000/tcp"]),
            nodepool_asg_ids: Some(vec![format!("{ASG},{ASG}")]),
            ..create()
        }
        .validate()
        .unwrap();
        assert_eq!(spaced, comma);
        assert_eq!(spaced.pool.allowed_host_ports.as_ref().unwrap().len(), 4);
    }

    #[test]
    fn create_errors_in_az_order() {
        let all_bad = AksCreateInput {
            name: "bad!".into(),
            kubernetes_version: Some("x".into()),
            dns_name_prefix: Some("".into()),
            nodepool_name: "BAD-1".into(),
            nodepool_allowed_host_ports: v(&["80/x"]),
            nodepool_asg_ids: v(&["bad"]),
            ..create()
        };
        assert!(err(all_bad.clone()).starts_with("--name cannot exceed 63"));
        let a = AksCreateInput {
            name: "c".into(),
            ..all_bad
        };
        assert!(err(a.clone()).starts_with("--kubernetes-version should be"));
        let a = AksCreateInput {
            kubernetes_version: None,
            ..a
        };
        assert_eq!(err(a.clone()), "--dns-prefix has no value");
        let a = AksCreateInput {
            dns_name_prefix: None,
            ..a
        };
        assert_eq!(
            err(a.clone()),
            "--nodepool-name should contain only alphanumeric characters"
        );
        let a = AksCreateInput {
            nodepool_name: "np".into(),
            ..a
        };
        assert!(err(a.clone()).ends_with("<protocol>: '80/x'"));
        let a = AksCreateInput {
            nodepool_allowed_host_ports: v(&["80/tcp"]),
            ..a
        };
        assert_eq!(err(a.clone()), "bad is not a valid Azure resource ID.");
        let a = AksCreateInput {
            nodepool_allowed_host_ports: None,
            ..a
        };
        assert_eq!(
            err(a),
            "--nodepool-asg-ids must be used with --nodepool-allowed-host-ports"
        );
    }

    #[test]
    fn beyond_az_checks() {
        let e = err(AksCreateInput {
            nodepool_asg_ids: v(&[
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p",
            ]),
            nodepool_allowed_host_ports: v(&["80/tcp"]),
            ..create()
        });
        assert!(
            e.starts_with("--nodepool-asg-ids '/subscriptions/s/"),
            "{e}"
        );
        let e = err(AksCreateInput {
            node_public_ip_prefix_id: Some("pfx".into()),
            ..create()
        });
        assert!(
            e.starts_with("--node-public-ip-prefix-id 'pfx' is not a public IP prefix ID"),
            "{e}"
        );
        let e = err(AksCreateInput {
            kubernetes_version: Some("1.23".into()),
            node_public_ip_tags: v(&["RoutingPreference=Internet"]),
            nodepool_allowed_host_ports: v(&["80/tcp"]),
            ..create()
        });
        assert_eq!(
            e,
            "--kubernetes-version 1.23 is too old for --node-public-ip-tags and --nodepool-allowed-host-ports: node public IP tags and allowed host ports need Kubernetes 1.24 or later."
        );
        let e = err(AksCreateInput {
            resource_group: "a/b".into(),
            ..create()
        });
        assert!(
            e.starts_with("--resource-group 'a/b' is not a valid resource group name"),
            "{e}"
        );
    }

    #[test]
    fn nodepool_messages_use_the_nodepool_flags() {
        let input = NodepoolAddInput {
            resource_group: "rg".into(),
            cluster_name: "c".into(),
            name: "np2".into(),
            kubernetes_version: None,
            node_count: 3,
            node_vm_size: None,
            mode: PoolMode::User,
            enable_node_public_ip: false,
            node_public_ip_prefix_id: None,
            node_public_ip_tags: None,
            allowed_host_ports: None,
            asg_ids: v(&[ASG]),
            vnet_subnet_id: None,
            pod_subnet_id: None,
            pool_settings: PoolSettingsInput::default(),
            no_wait: false,
        };
        assert_eq!(
            input.clone().validate().unwrap_err().message,
            "--asg-ids must be used with --allowed-host-ports"
        );
        let e = NodepoolAddInput {
            allowed_host_ports: v(&["90-80/tcp"]),
            ..input
        }
        .validate()
        .unwrap_err()
        .message;
        assert!(e.starts_with("--allowed-host-ports '90-80/tcp'"), "{e}");
    }

    #[test]
    fn subnet_ids_must_be_resource_ids() {
        let e = err(AksCreateInput {
            vnet_subnet_id: Some("notanid".into()),
            ..create()
        });
        assert_eq!(e, "--vnet-subnet-id is not a valid Azure resource ID.");
        let e = err(AksCreateInput {
            pod_subnet_id: Some("x/y".into()),
            ..create()
        });
        assert_eq!(e, "--pod-subnet-id is not a valid Azure resource ID.");
        let subnet = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s1";
        let ok = AksCreateInput {
            vnet_subnet_id: Some(subnet.into()),
            pod_subnet_id: Some(String::new()),
            ..create()
        }
        .validate()
        .unwrap();
        assert_eq!(ok.pool.vnet_subnet_id.as_deref(), Some(subnet));
        assert_eq!(ok.pool.pod_subnet_id, None);
    }

    proptest! {
        #[test]
        fn dns_prefix_shape(name in "[a-zA-Z0-9][-_a-zA-Z0-9]{0,20}", rg in "[-\\w._()]{1,30}", sub in "[0-9a-f-]{6,36}") {
            let p = default_dns_prefix(&name, &rg, &sub);
            let first = p.chars().next().unwrap();
            prop_assert!(first.is_ascii_alphabetic());
            prop_assert!(p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
            prop_assert!(p.ends_with(&sub[..6]));
        }

        #[test]
        fn create_validation_never_panics(name in ".{0,70}", pool in ".{0,14}", ports in proptest::collection::vec(".{0,12}", 0..3),
                                          asgs in proptest::collection::vec(".{0,40}", 0..3), k in ".{0,8}", tags in proptest::collection::vec(".{0,12}", 0..3)) {
            let _ = AksCreateInput {
                name, nodepool_name: pool, nodepool_allowed_host_ports: Some(ports), nodepool_asg_ids: Some(asgs),
                kubernetes_version: Some(k), node_public_ip_tags: Some(tags), ..create()
            }.validate();
        }
    }
}

/// `aks get-credentials` as given.
#[derive(Debug, Clone)]
pub struct GetCredentialsInput {
    pub cluster: ClusterRef,
    pub admin: bool,
    pub context: Option<String>,
    pub file: Option<String>,
    pub format: Option<String>,
    pub overwrite_existing: bool,
    pub public_fqdn: bool,
}

/// `aks get-credentials`, checked: `format` is `azure` or `exec` (lower-cased, as az sends it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetCredentials {
    pub cluster: ClusterRef,
    pub admin: bool,
    pub context: Option<String>,
    /// `None`: the default (`KUBECONFIG`'s first entry, else `~/.kube/config`); `"-"`: stdout.
    pub file: Option<String>,
    pub format: Option<String>,
    pub overwrite_existing: bool,
    pub public_fqdn: bool,
}

impl GetCredentials {
    /// az's validator, then its command's own check, both before any request.
    pub fn new(i: GetCredentialsInput) -> Result<GetCredentials> {
        let format = match i.format {
            None => None,
            Some(f) if f.is_empty() => None,
            Some(f) => {
                let lower = f.to_ascii_lowercase();
                if lower != "azure" && lower != "exec" {
                    return Err(AzError::validation("--format can only be azure or exec."));
                }
                Some(lower)
            }
        };
        if format.is_some() && i.admin {
            return Err(AzError::validation(
                "--format can only be specified when requesting clusterUser credential.",
            ));
        }
        Ok(GetCredentials {
            cluster: i.cluster,
            admin: i.admin,
            context: i.context,
            file: i.file,
            format,
            overwrite_existing: i.overwrite_existing,
            public_fqdn: i.public_fqdn,
        })
    }
}
