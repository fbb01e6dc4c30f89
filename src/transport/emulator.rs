//! The in-process transport: requests go straight into `emulator::Emulator::handle`, with the
//! state in `config::config_dir()/emulator.db` (`AZR_CLOUD=local`). No network, no credentials.

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;

use super::Transport;
use crate::arm::{ArmRequest, ArmResponse};
use crate::emulator::{Emulator, EmulatorOptions, KubeCa};
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

    /// The local cloud's emulator: its kubeconfigs name the API servers of `azr emulator
    /// start` run with its defaults and this state (`--state`), the only place they are served.
    pub fn open_local(state: &Path) -> Result<Self> {
        let opts = EmulatorOptions {
            kube_base_url: Some(format!(
                "https://127.0.0.1:{}",
                crate::config::EMULATOR_PORT
            )),
            kube_ca: Some(KubeCa::Dir(crate::config::emulator_server_dir())),
            ..EmulatorOptions::default()
        };
        Ok(EmulatorTransport::new(Arc::new(Emulator::open(
            state, opts,
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
        // Microsoft Graph in process: no token, so the caller is an application (the local
        // cloud has no signed-in user).
        if crate::emulator::graph::is_graph_path(req.path()) {
            return Ok(crate::emulator::graph::handle(
                &req,
                &crate::emulator::graph::Caller::App,
                crate::emulator::oauth::DEFAULT_USER,
            ));
        }
        // SQLite work is short and the CLI runs one request at a time: no thread hop.
        Ok(self.emulator.handle(&req))
    }
}
