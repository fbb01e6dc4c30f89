//! One module per command: a validated spec in, ARM calls through `ArmClient`, a JSON value out.
//! Commands never print; warnings go through `CommandContext::warn`.

pub mod account;
pub mod aks;
pub mod aks_acr;
pub mod aks_addon_roles;
pub mod aks_ampls;
pub mod aks_automatic;
pub mod aks_command;
pub mod aks_defender;
pub mod aks_kubelet_identity;
pub mod aks_machine;
pub mod aks_metrics;
pub mod aks_monitor_logs;
pub mod aks_monitoring;
pub mod aks_node_ips;
pub mod aks_nodepool;
pub mod aks_scale;
pub mod aks_storage;
pub mod aks_storage_v1;
pub mod aks_storage_v1_update;
pub mod aks_update;
pub mod cloud;
pub mod extension;
pub mod feature;
pub mod graph_principal;
pub mod group;
pub mod kubeconfig;
pub mod network;
pub mod nsg;
pub mod nsg_eval;
pub mod paging;
pub mod pool_files;
pub mod pool_snapshot;
pub mod provider;
pub mod role_assignments;
pub mod ssh_keys;
pub mod subnet_role;
pub mod vmss;
pub mod vnet;

use crate::client::ArmClient;

/// The level of a line a command logs, as az's logger prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `INFO:`, with `--verbose` or `--debug` only.
    Info,
    /// `WARNING:`, unless `--only-show-errors`.
    Warning,
    /// `ERROR:`, always: az logs an error it goes on from (a failed try of a retry).
    Error,
}

/// Where a command's log lines go.
pub type LogSink = Box<dyn Fn(Level, &str) + Send + Sync>;

/// Everything a command needs to run.
pub struct CommandContext {
    pub client: ArmClient,
    pub subscription: String,
    /// Prints a log line at its level.
    pub log: LogSink,
    /// Writes az's progress text to stderr as it is (`\rAAD role propagation done[###...`).
    pub progress: Box<dyn Fn(&str) + Send + Sync>,
}

impl CommandContext {
    pub fn warn(&self, message: &str) {
        (self.log)(Level::Warning, message)
    }
    pub fn info(&self, message: &str) {
        (self.log)(Level::Info, message)
    }
    pub fn error(&self, message: &str) {
        (self.log)(Level::Error, message)
    }
    pub fn progress(&self, text: &str) {
        (self.progress)(text)
    }
}

pub use crate::output::WireResult;

/// PUT a whole resource read before (with extra request headers, if any), follow the operation
/// unless `--no-wait` (then print nothing, as az does), and print the result as `model`.
pub async fn put_back(
    ctx: &CommandContext,
    path: &str,
    body: &serde_json::Value,
    headers: &[(String, String)],
    no_wait: bool,
    model: &'static str,
) -> crate::error::Result<Output> {
    use crate::client::Wait;
    let wait = if no_wait { Wait::No } else { Wait::Yes };
    let api = crate::arm::ApiVersion::ContainerService.as_str();
    let result = ctx
        .client
        .put_with_headers(path, api, body, wait, headers)
        .await?;
    if no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, model))
}

/// What a command returns: `None` prints nothing (az's `None` result, `--no-wait`).
pub type Output = Option<WireResult>;
