//! The in-process transport: requests go straight into `emulator::Emulator::handle`, with the
//! state in `config::config_dir()/emulator.db` (`AZR_CLOUD=local`). No network, no credentials.

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;

use super::Transport;
use crate::arm::{ArmRequest, ArmResponse};
use crate::emulator::{Emulator, EmulatorOptions};
use crate::error::Result;

pub struct EmulatorTransport {
    emulator: Arc<Emulator>,
}

impl EmulatorTransport {
    pub fn new(emulator: Arc<Emulator>) -> Self {
        EmulatorTransport { emulator }
    }

    /// Opens the state file with the default options.
    pub fn open(state: &Path) -> Result<Self> {
        Ok(EmulatorTransport::new(Arc::new(Emulator::open(
            state,
            EmulatorOptions::default(),
        )?)))
    }

    /// The state file of the local cloud.
    pub fn default_state() -> std::path::PathBuf {
        crate::config::config_dir().join("emulator.db")
    }
}

#[async_trait]
impl Transport for EmulatorTransport {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        // SQLite work is short and the CLI runs one request at a time: no thread hop.
        Ok(self.emulator.handle(&req))
    }
}
