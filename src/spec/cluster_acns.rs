//! The Advanced Container Networking Services flags of `aks create` and `aks update`
//! (`networkProfile.advancedNetworking`). `validate` is az's getters (`get_acns_*`): az runs
//! them in its decorator, after its GETs, so the commands call it there; the update-only check
//! against the cluster runs in `arm::cluster_acns`.

use super::pool_settings::canonical_choice;
use crate::error::{AzError, Result};

pub const ADVANCED_NETWORK_POLICIES: &[&str] = &["None", "FQDN", "L7"];
pub const DATAPATH_ACCELERATION_MODES: &[&str] = &["BpfVeth", "None"];
pub const TRANSIT_ENCRYPTION_TYPES: &[&str] = &["WireGuard", "None"];

/// Which command the flags came with: create requires `--enable-acns` where update does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Create,
    Update,
}

/// The ACNS flags as given (choices already checked by clap, any case).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AcnsInput {
    pub enable_acns: bool,
    /// `aks update` only.
    pub disable_acns: bool,
    pub disable_observability: bool,
    pub disable_security: bool,
    pub advanced_network_policies: Option<String>,
    pub datapath_acceleration_mode: Option<String>,
    pub transit_encryption_type: Option<String>,
}

/// The validated ACNS flags, as az's getters return them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Acns {
    /// `None` when neither `--enable-acns` nor `--disable-acns` is given.
    pub enabled: Option<bool>,
    pub observability: Option<bool>,
    pub security: Option<bool>,
    /// `performance.accelerationMode`, set only when ACNS is switched by this command.
    pub acceleration_mode: Option<String>,
    pub advanced_network_policies: Option<String>,
    pub transit_encryption: Option<String>,
}

fn exclusive(msg: &str) -> AzError {
    AzError::validation(msg)
}

impl AcnsInput {
    /// az's order in `set_up_network_profile` / `update_network_profile_advanced_networking`:
    /// advanced network policies, the enablement (observability, acceleration mode,
    /// security), then transit encryption.
    pub fn validate(&self, mode: Mode) -> Result<Acns> {
        let choice = |v: Option<String>, choices: &[&'static str]| {
            v.map(|v| canonical_choice(&v, choices).map_or(v, str::to_string))
        };
        let policies = choice(
            self.advanced_network_policies.clone(),
            ADVANCED_NETWORK_POLICIES,
        );
        let accel = choice(
            self.datapath_acceleration_mode.clone(),
            DATAPATH_ACCELERATION_MODES,
        );
        let transit = choice(
            self.transit_encryption_type.clone(),
            TRANSIT_ENCRYPTION_TYPES,
        );
        if policies.is_some() && (self.disable_security || self.disable_acns) {
            return Err(exclusive(
                "--disable-acns-security and --disable-acns cannot be used with  --acns-advanced-networkpolicies.",
            ));
        }
        let mut acns = Acns {
            advanced_network_policies: policies,
            ..Acns::default()
        };
        if self.enable_acns || self.disable_acns {
            if self.enable_acns && self.disable_acns {
                return Err(exclusive(
                    "Cannot specify --enable-acns and --disable-acns at the same time.",
                ));
            }
            let enabled = self.enable_acns || !self.disable_acns;
            let observability = self.disable_observability.then_some(false);
            if accel.as_deref().is_some_and(|m| m != "None") {
                if self.disable_acns {
                    return Err(exclusive(
                        "--disable-acns cannot be used with --acns-performance-acceleration-mode.",
                    ));
                }
                if mode == Mode::Create && !self.enable_acns {
                    return Err(AzError::validation(
                        "--acns-datapath-acceleration-mode can only be used when ACNS is enabled. Please specify --enable-acns.",
                    ));
                }
            }
            let perf_enabled = accel.as_deref().map(|m| m == "BpfVeth");
            let security = self.disable_security.then_some(false);
            if enabled
                && observability == Some(false)
                && security == Some(false)
                && perf_enabled != Some(true)
            {
                return Err(exclusive(
                    "Cannot disable observability, security, and performance acceleration when enabling ACNS. Please enable at least one of them or disable ACNS with --disable-acns.",
                ));
            }
            if !enabled && (observability.is_some() || security.is_some() || accel.is_some()) {
                return Err(exclusive(
                    "--disable-acns does not use any additional acns arguments.",
                ));
            }
            acns.enabled = Some(enabled);
            acns.observability = observability;
            acns.security = security;
            acns.acceleration_mode = accel;
        }
        if transit.is_some() {
            if self.disable_security {
                return Err(exclusive(
                    "Cannot specify --acns-transit-encryption-type and --disable-acns-security at the same time.",
                ));
            }
            if self.disable_acns {
                return Err(exclusive(
                    "Cannot specify --acns-transit-encryption-type and --disable-acns at the same time.",
                ));
            }
            if mode == Mode::Create && !self.enable_acns {
                return Err(exclusive(
                    "--acns-transit-encryption-type requires --enable-acns.",
                ));
            }
        }
        acns.transit_encryption = transit;
        Ok(acns)
    }
}

impl AcnsInput {
    /// az's `check_raw_parameters`: any of these flags given (choices are never empty).
    pub fn changes_anything(&self) -> bool {
        self.enable_acns
            || self.disable_acns
            || self.disable_observability
            || self.disable_security
            || self.advanced_network_policies.is_some()
            || self.datapath_acceleration_mode.is_some()
            || self.transit_encryption_type.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: AcnsInput, mode: Mode) -> String {
        input.validate(mode).unwrap_err().to_string()
    }

    #[test]
    fn create_without_enable_sends_nothing_for_the_sub_flags() {
        let a = AcnsInput {
            disable_observability: true,
            advanced_network_policies: Some("fqdn".into()),
            ..Default::default()
        }
        .validate(Mode::Create)
        .unwrap();
        assert_eq!(a.enabled, None);
        assert_eq!(a.advanced_network_policies.as_deref(), Some("FQDN"));
    }

    #[test]
    fn transit_encryption_needs_enable_on_create_only() {
        let input = || AcnsInput {
            transit_encryption_type: Some("wireguard".into()),
            ..Default::default()
        };
        assert!(err(input(), Mode::Create).contains("requires --enable-acns"));
        let a = input().validate(Mode::Update).unwrap();
        assert_eq!(a.transit_encryption.as_deref(), Some("WireGuard"));
    }

    #[test]
    fn disabling_everything_is_refused_unless_acceleration_is_on() {
        let input = |accel: Option<&str>| AcnsInput {
            enable_acns: true,
            disable_observability: true,
            disable_security: true,
            datapath_acceleration_mode: accel.map(str::to_string),
            ..Default::default()
        };
        assert!(err(input(None), Mode::Create).starts_with("Cannot disable observability"));
        assert!(err(input(Some("None")), Mode::Create).starts_with("Cannot disable"));
        let a = input(Some("bpfveth")).validate(Mode::Create).unwrap();
        assert_eq!(a.acceleration_mode.as_deref(), Some("BpfVeth"));
    }

    #[test]
    fn disable_acns_takes_no_other_acns_flag() {
        let input = AcnsInput {
            disable_acns: true,
            datapath_acceleration_mode: Some("None".into()),
            ..Default::default()
        };
        assert_eq!(
            err(input, Mode::Update),
            "--disable-acns does not use any additional acns arguments."
        );
    }
}
