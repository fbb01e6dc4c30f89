//! The local ARM: router, store (SQLite), resource providers, LRO engine, auth endpoints, TLS.
//! One emulator, reached two ways: in-process (`transport::emulator`) and as an HTTPS server
//! (`azr emulator start`). See issue 3.

pub mod auth;
pub mod kube;
pub mod server;
pub mod tls;

use std::path::Path;
use std::time::Duration;

use crate::arm::{ArmRequest, ArmResponse};
use crate::error::Result;

/// The subscription the emulator serves.
pub const SUBSCRIPTION_ID: &str = "00000000-0000-0000-0000-000000000001";
/// The tenant its tokens name.
pub const TENANT_ID: &str = "72f988bf-0000-0000-0000-000000000001";

#[derive(Debug, Clone)]
pub struct EmulatorOptions {
    /// Scheme and authority used in absolute URLs the emulator hands out (`Azure-AsyncOperation`).
    pub base_url: String,
    /// How long a cluster or pool operation stays in progress.
    pub operation_duration: Duration,
    /// How long a feature stays `Registering`.
    pub feature_delay: Duration,
}

impl Default for EmulatorOptions {
    fn default() -> Self {
        EmulatorOptions {
            base_url: "https://management.azure.com".into(),
            operation_duration: Duration::from_millis(0),
            feature_delay: Duration::from_millis(0),
        }
    }
}

pub struct Emulator {
    _options: EmulatorOptions,
}

impl Emulator {
    pub fn open(_state: &Path, options: EmulatorOptions) -> Result<Emulator> {
        Ok(Emulator { _options: options })
    }

    /// Answers one ARM request; every failure is an ARM error response, never a panic.
    pub fn handle(&self, _req: &ArmRequest) -> ArmResponse {
        ArmResponse::json(
            501,
            &crate::arm::envelope::error_body("NotImplemented", "The emulator is not built yet."),
        )
    }
}
