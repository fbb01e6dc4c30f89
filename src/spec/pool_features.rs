//! The pool features beyond the basic profile (issues 12, 18): upgrade settings' max
//! unavailable and undrainable-node behaviour, custom node config files, message of the day,
//! workload runtime, GPU, security profile, artifact streaming, DRANET, Windows outbound NAT,
//! pod IP allocation, gateway prefix, local DNS, host group and capacity reservation group.
//! `validate` is az 2.91's argument validators for them; the files are read later, when az's
//! decorator reads them (after its first requests), by `commands::pool_files`.

use serde_json::Value;

use super::pool_settings::{canonical_choice, check_int_or_percent};
use super::resource_id::is_valid_resource_id;
use crate::error::{AzError, Result};

pub const WORKLOAD_RUNTIMES: &[&str] = &["KataVmIsolation"];
pub const GPU_INSTANCE_PROFILES: &[&str] = &["MIG1g", "MIG2g", "MIG3g", "MIG4g", "MIG7g"];
pub const GPU_DRIVERS: &[&str] = &["Install", "None"];
pub const POD_IP_ALLOCATION_MODES: &[&str] = &["DynamicIndividual", "StaticBlock"];

/// az's `ArgumentUsageError`: exit 1 like the other validation errors.
fn usage_error(msg: &str) -> AzError {
    AzError::validation(msg)
}

/// `validate_max_unavailable`: an int or a percentage, not negative.
pub fn check_max_unavailable(value: &str) -> Result<()> {
    check_int_or_percent(value, "--max-unavailable")
}

fn resource_id(value: Option<String>, flag: &str) -> Result<Option<String>> {
    match value {
        Some(v) if !v.is_empty() && !is_valid_resource_id(&v) => Err(AzError::validation(format!(
            "{flag} is not a valid Azure resource ID."
        ))),
        v => Ok(v.filter(|v| !v.is_empty())),
    }
}

/// The contents of the files the flags name, read when az's decorator reads them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolFiles {
    pub kubelet_config: Option<Value>,
    pub linux_os_config: Option<Value>,
    /// base64 of the file's text.
    pub message_of_the_day: Option<String>,
    pub localdns_profile: Option<Value>,
}

/// The flags as given (after clap) on `aks create` (its first pool) and `aks nodepool add`.
#[derive(Debug, Clone, Default)]
pub struct PoolFeaturesInput {
    pub max_unavailable: Option<String>,
    pub undrainable_node_behavior: Option<String>,
    pub kubelet_config: Option<String>,
    pub linux_os_config: Option<String>,
    pub message_of_the_day: Option<String>,
    pub workload_runtime: Option<String>,
    pub gpu_instance_profile: Option<String>,
    pub gpu_driver: Option<String>,
    pub enable_vtpm: bool,
    pub enable_secure_boot: bool,
    pub enable_artifact_streaming: bool,
    pub enable_managed_dranet: bool,
    pub disable_windows_outbound_nat: bool,
    pub pod_ip_allocation_mode: Option<String>,
    pub gateway_prefix_size: Option<i64>,
    pub localdns_config: Option<String>,
    pub host_group_id: Option<String>,
    pub crg_id: Option<String>,
    pub snapshot_id: Option<String>,
    pub vm_sizes: Option<String>,
}

/// The validated features; file paths are kept, their contents come in `files`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PoolFeatures {
    pub max_unavailable: Option<String>,
    /// `aks nodepool add` defaults it to `Schedule`; `aks create` has no such flag.
    pub undrainable_node_behavior: Option<String>,
    pub kubelet_config: Option<String>,
    pub linux_os_config: Option<String>,
    pub message_of_the_day: Option<String>,
    pub workload_runtime: Option<&'static str>,
    pub gpu_instance_profile: Option<&'static str>,
    pub gpu_driver: Option<&'static str>,
    pub enable_vtpm: bool,
    pub enable_secure_boot: bool,
    pub enable_artifact_streaming: bool,
    pub enable_managed_dranet: bool,
    pub disable_windows_outbound_nat: bool,
    pub pod_ip_allocation_mode: Option<&'static str>,
    pub gateway_prefix_size: Option<i64>,
    pub localdns_config: Option<String>,
    pub host_group_id: Option<String>,
    pub crg_id: Option<String>,
    /// `--snapshot-id`, sent as `creationData.sourceResourceId`.
    pub snapshot_id: Option<String>,
    /// The snapshot's OS SKU when `--os-sku` is not given (`commands::pool_snapshot`).
    pub snapshot_os_sku: Option<String>,
    /// `--vm-sizes` as given (comma-separated).
    pub vm_sizes: Option<String>,
    /// A VirtualMachines pool's `virtualMachinesProfile` (`commands::pool_files::load`).
    pub vms_profile: Option<Value>,
    /// Filled by `commands::pool_files::load` before the body is built.
    pub files: PoolFiles,
}

/// What the validators of `aks nodepool add` read besides the feature flags.
#[derive(Debug, Clone, Copy)]
pub struct PoolContextFlags<'a> {
    /// `--os-type` as given (`None` when not given).
    pub os_type: Option<&'a str>,
    /// `--mode` in az's spelling.
    pub mode: &'a str,
    /// `aks nodepool add` runs the validators below; `aks create` registers none of them.
    pub nodepool_add: bool,
}

impl PoolFeaturesInput {
    /// az's argument validators, in the order `aks nodepool add` registers the arguments.
    pub fn validate(self, ctx: PoolContextFlags<'_>) -> Result<PoolFeatures> {
        let choice = |v: Option<String>, all: &[&'static str]| {
            v.as_deref().and_then(|v| canonical_choice(v, all))
        };
        if let Some(v) = &self.max_unavailable {
            check_max_unavailable(v)?;
        }
        if ctx.nodepool_add {
            let os_type_lower = ctx.os_type.map(str::to_lowercase);
            if self.disable_windows_outbound_nat && os_type_lower.as_deref() != Some("windows") {
                return Err(usage_error(
                    "--disable-windows-outbound-nat can only be set for Windows nodepools",
                ));
            }
            if self
                .message_of_the_day
                .as_deref()
                .is_some_and(|m| !m.is_empty())
                && ctx.os_type.is_some_and(|o| o != "Linux")
            {
                return Err(usage_error(
                    "--message-of-the-day can only be set for linux nodepools",
                ));
            }
            if let Some(size) = self.gateway_prefix_size {
                if ctx.mode != "Gateway" {
                    return Err(usage_error(
                        "--gateway-prefix-size can only be set for Gateway-mode nodepools",
                    ));
                }
                if !(28..=31).contains(&size) {
                    return Err(AzError::validation(
                        "--gateway-prefix-size must be in the range [28, 31]",
                    ));
                }
            }
            if self.enable_artifact_streaming && os_type_lower.as_deref() == Some("windows") {
                return Err(usage_error(
                    "--enable-artifact-streaming can only be set for Linux nodepools",
                ));
            }
        }
        let snapshot_id = resource_id(self.snapshot_id, "--snapshot-id")?;
        let host_group_id = resource_id(self.host_group_id, "--host-group-id")?;
        let crg_id = resource_id(self.crg_id, "--crg-id")?;
        Ok(PoolFeatures {
            max_unavailable: self.max_unavailable,
            undrainable_node_behavior: self.undrainable_node_behavior,
            kubelet_config: self.kubelet_config.filter(|p| !p.is_empty()),
            linux_os_config: self.linux_os_config.filter(|p| !p.is_empty()),
            message_of_the_day: self.message_of_the_day.filter(|p| !p.is_empty()),
            workload_runtime: choice(self.workload_runtime, WORKLOAD_RUNTIMES),
            gpu_instance_profile: choice(self.gpu_instance_profile, GPU_INSTANCE_PROFILES),
            gpu_driver: choice(self.gpu_driver, GPU_DRIVERS),
            enable_vtpm: self.enable_vtpm,
            enable_secure_boot: self.enable_secure_boot,
            enable_artifact_streaming: self.enable_artifact_streaming,
            enable_managed_dranet: self.enable_managed_dranet,
            disable_windows_outbound_nat: self.disable_windows_outbound_nat,
            pod_ip_allocation_mode: choice(self.pod_ip_allocation_mode, POD_IP_ALLOCATION_MODES),
            gateway_prefix_size: self.gateway_prefix_size,
            localdns_config: self.localdns_config.filter(|p| !p.is_empty()),
            host_group_id,
            crg_id,
            snapshot_id,
            snapshot_os_sku: None,
            vm_sizes: self.vm_sizes,
            vms_profile: None,
            files: PoolFiles::default(),
        })
    }
}

/// `get_vm_sizes` and `set_up_virtual_machines_profile`'s check: the one size of the pool's
/// scale profile. `node_vm_size`: `--node-vm-size` when given.
pub fn vm_sizes(
    vm_sizes: Option<&str>,
    node_vm_size: Option<&str>,
    vm_set_type: &str,
    os_type: &str,
) -> Result<String> {
    let sizes: Vec<String> = match (vm_sizes, node_vm_size) {
        (Some(_), _) if vm_set_type != "VirtualMachines" => {
            return Err(AzError::validation(
                "--vm-sizes can only be used with --vm-set-type VirtualMachines.",
            ));
        }
        (Some(_), Some(_)) => {
            return Err(AzError::validation(
                "Cannot specify -vm-sizes and --node-vm-size at the same time.",
            ));
        }
        (Some(v), None) => v.split(',').map(|s| s.trim().to_string()).collect(),
        (None, Some(size)) => vec![size.to_string()],
        (None, None) if os_type.eq_ignore_ascii_case("windows") => {
            vec!["Standard_D2s_v3".to_string()]
        }
        (None, None) => vec!["Standard_DS2_v2".to_string()],
    };
    match &sizes[..] {
        [one] => Ok(one.clone()),
        _ => {
            let repr: Vec<String> = sizes.iter().map(|s| format!("'{s}'")).collect();
            Err(AzError::validation(format!(
                "We only accept single sku size for scale profile. [{}] is invalid.",
                repr.join(", ")
            )))
        }
    }
}

/// The `aks nodepool update` flags of this area, as given.
#[derive(Debug, Clone, Default)]
pub struct PoolFeaturesUpdateInput {
    pub max_unavailable: Option<String>,
    pub undrainable_node_behavior: Option<String>,
    pub gpu_driver: Option<String>,
    pub enable_vtpm: bool,
    pub disable_vtpm: bool,
    pub enable_secure_boot: bool,
    pub disable_secure_boot: bool,
    pub enable_artifact_streaming: bool,
    pub disable_artifact_streaming: bool,
    pub enable_managed_dranet: bool,
    pub localdns_config: Option<String>,
}

/// The validated update flags; `localdns` is read by `commands::pool_files`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolFeaturesUpdate {
    pub max_unavailable: Option<String>,
    pub undrainable_node_behavior: Option<String>,
    pub gpu_driver: Option<&'static str>,
    pub enable_vtpm: bool,
    pub disable_vtpm: bool,
    pub enable_secure_boot: bool,
    pub disable_secure_boot: bool,
    pub artifact_streaming: Option<bool>,
    pub enable_managed_dranet: bool,
    pub localdns_config: Option<String>,
    /// Filled by `commands::pool_files::load_update` before the body is built.
    pub files: PoolFiles,
}

impl PoolFeaturesUpdateInput {
    /// The argument validators (max unavailable, artifact streaming's pair).
    pub fn validate(self) -> Result<PoolFeaturesUpdate> {
        if let Some(v) = &self.max_unavailable {
            check_max_unavailable(v)?;
        }
        if self.enable_artifact_streaming && self.disable_artifact_streaming {
            return Err(AzError::validation(
                "Cannot specify both --enable-artifact-streaming and --disable-artifact-streaming at the same time.",
            ));
        }
        Ok(PoolFeaturesUpdate {
            max_unavailable: self.max_unavailable,
            undrainable_node_behavior: self.undrainable_node_behavior,
            gpu_driver: self
                .gpu_driver
                .as_deref()
                .and_then(|d| canonical_choice(d, GPU_DRIVERS)),
            enable_vtpm: self.enable_vtpm,
            disable_vtpm: self.disable_vtpm,
            enable_secure_boot: self.enable_secure_boot,
            disable_secure_boot: self.disable_secure_boot,
            artifact_streaming: match (
                self.enable_artifact_streaming,
                self.disable_artifact_streaming,
            ) {
                (true, _) => Some(true),
                (false, true) => Some(false),
                _ => None,
            },
            enable_managed_dranet: self.enable_managed_dranet,
            localdns_config: self.localdns_config.filter(|p| !p.is_empty()),
            files: PoolFiles::default(),
        })
    }
}

impl PoolFeaturesUpdate {
    /// The getters' checks of `update_vtpm` and `update_secure_boot`, once the pool is read.
    pub fn check_pairs(&self) -> Result<()> {
        if self.enable_vtpm && self.disable_vtpm {
            return Err(AzError::validation(
                "Cannot specify --enable-vtpm and --disable-vtpm at the same time.",
            ));
        }
        if self.enable_secure_boot && self.disable_secure_boot {
            return Err(AzError::validation(
                "Cannot specify --enable-secure-boot and --disable-secure-boot at the same time.",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(f: impl FnOnce(&mut PoolFeaturesInput)) -> Result<PoolFeatures> {
        let mut i = PoolFeaturesInput::default();
        f(&mut i);
        i.validate(PoolContextFlags {
            os_type: None,
            mode: "User",
            nodepool_add: true,
        })
    }

    fn err(f: impl FnOnce(&mut PoolFeaturesInput)) -> String {
        add(f).unwrap_err().message
    }

    #[test]
    fn validators_as_az() {
        assert_eq!(
            err(|i| i.max_unavailable = Some("x".into())),
            "--max-unavailable should be an int or percentage"
        );
        assert_eq!(
            err(|i| i.max_unavailable = Some("-1".into())),
            "--max-unavailable must be positive"
        );
        assert!(add(|i| i.max_unavailable = Some("10%".into())).is_ok());
        assert_eq!(
            err(|i| i.disable_windows_outbound_nat = true),
            "--disable-windows-outbound-nat can only be set for Windows nodepools"
        );
        assert_eq!(
            err(|i| i.gateway_prefix_size = Some(30)),
            "--gateway-prefix-size can only be set for Gateway-mode nodepools"
        );
        assert_eq!(
            err(|i| i.crg_id = Some("x".into())),
            "--crg-id is not a valid Azure resource ID."
        );
        assert_eq!(
            err(|i| i.host_group_id = Some("x".into())),
            "--host-group-id is not a valid Azure resource ID."
        );
        let f = add(|i| {
            i.workload_runtime = Some("katavmisolation".into());
            i.gpu_instance_profile = Some("mig1g".into());
        })
        .unwrap();
        assert_eq!(f.workload_runtime, Some("KataVmIsolation"));
        assert_eq!(f.gpu_instance_profile, Some("MIG1g"));
    }

    #[test]
    fn update_pairs() {
        let both = PoolFeaturesUpdateInput {
            enable_artifact_streaming: true,
            disable_artifact_streaming: true,
            ..Default::default()
        };
        assert!(
            both.validate()
                .unwrap_err()
                .message
                .starts_with("Cannot specify both")
        );
        let vtpm = PoolFeaturesUpdateInput {
            enable_vtpm: true,
            disable_vtpm: true,
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert_eq!(
            vtpm.check_pairs().unwrap_err().message,
            "Cannot specify --enable-vtpm and --disable-vtpm at the same time."
        );
    }
}
