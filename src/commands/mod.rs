//! One module per command: a validated spec in, ARM calls through `ArmClient`, a JSON value out.
//! Commands never print; warnings go through `CommandContext::warn`.

pub mod account;
pub mod aks;
pub mod aks_command;
pub mod aks_nodepool;
pub mod cloud;
pub mod feature;
pub mod group;
pub mod network;
pub mod nsg;
pub mod nsg_eval;
pub mod provider;
pub mod ssh_keys;
pub mod subnet_role;
pub mod vmss;
pub mod vnet;

use crate::client::ArmClient;

/// Everything a command needs to run.
pub struct CommandContext {
    pub client: ArmClient,
    pub subscription: String,
    /// Prints a `WARNING:` line (unless `--only-show-errors`).
    pub warn: Box<dyn Fn(&str) + Send + Sync>,
    /// Writes az's progress text to stderr as it is (`\rAAD role propagation done[###...`).
    pub progress: Box<dyn Fn(&str) + Send + Sync>,
}

impl CommandContext {
    pub fn warn(&self, message: &str) {
        (self.warn)(message)
    }
    pub fn progress(&self, text: &str) {
        (self.progress)(text)
    }
}

pub use crate::output::WireResult;

/// What a command returns: `None` prints nothing (az's `None` result, `--no-wait`).
pub type Output = Option<WireResult>;
