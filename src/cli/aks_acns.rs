//! The Advanced Container Networking Services flags of `aks create` and `aks update`
//! (flattened into `AksCreateArgs` / `AksUpdateArgs`).

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::cluster_acns::{
    ADVANCED_NETWORK_POLICIES, AcnsInput, DATAPATH_ACCELERATION_MODES, TRANSIT_ENCRYPTION_TYPES,
};

/// The ACNS flags both commands take.
#[derive(Debug, Args)]
pub struct AcnsArgs {
    /// Enable advanced network functionalities on a cluster.
    #[arg(long)]
    pub enable_acns: bool,
    /// Used to disable advanced networking observability features.
    #[arg(long)]
    pub disable_acns_observability: bool,
    /// Used to disable advanced networking security features.
    #[arg(long)]
    pub disable_acns_security: bool,
    /// Allow advanced network policies: None, FQDN or L7.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(ADVANCED_NETWORK_POLICIES))]
    pub acns_advanced_networkpolicies: Option<String>,
    /// The datapath acceleration mode: BpfVeth or None.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(DATAPATH_ACCELERATION_MODES))]
    pub acns_datapath_acceleration_mode: Option<String>,
    /// The transit encryption type: WireGuard or None.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(TRANSIT_ENCRYPTION_TYPES))]
    pub acns_transit_encryption_type: Option<String>,
}

/// `aks update` adds the switch to turn ACNS off.
#[derive(Debug, Args)]
pub struct UpdateAcnsArgs {
    #[command(flatten)]
    pub common: AcnsArgs,
    /// Disable all advanced networking functionalities on a cluster.
    #[arg(long)]
    pub disable_acns: bool,
}

impl AcnsArgs {
    pub fn into_input(self) -> AcnsInput {
        AcnsInput {
            enable_acns: self.enable_acns,
            disable_acns: false,
            disable_observability: self.disable_acns_observability,
            disable_security: self.disable_acns_security,
            advanced_network_policies: self.acns_advanced_networkpolicies,
            datapath_acceleration_mode: self.acns_datapath_acceleration_mode,
            transit_encryption_type: self.acns_transit_encryption_type,
        }
    }
}

impl UpdateAcnsArgs {
    pub fn into_input(self) -> AcnsInput {
        AcnsInput {
            disable_acns: self.disable_acns,
            ..self.common.into_input()
        }
    }
}
