//! One module per command: a validated spec in, ARM calls through `ArmClient`, a JSON value out.
//! Commands never print; warnings go through `Ctx::warn`.

pub mod account;
pub mod aks;
pub mod aks_command;
pub mod aks_nodepool;
pub mod cloud;
pub mod feature;
pub mod group;
pub mod network;
pub mod provider;
pub mod ssh_keys;
pub mod vmss;

use serde_json::Value;

use crate::client::ArmClient;

/// Everything a command needs to run.
pub struct Ctx {
    pub client: ArmClient,
    pub subscription: String,
    /// Prints a `WARNING:` line (unless `--only-show-errors`).
    pub warn: Box<dyn Fn(&str) + Send + Sync>,
}

impl Ctx {
    pub fn warn(&self, message: &str) {
        (self.warn)(message)
    }
}

/// What a command returns: `None` prints nothing (az's `None` result, `--no-wait`).
pub type Output = Option<Shaped>;

/// A result value in ARM's wire form, tagged with the SDK model az would print it as, so
/// `output` can shape it (hoist `properties`, rename keys, add nulls). For a list, the model
/// applies to each item.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub value: Value,
    pub model: Option<&'static str>,
}

impl Shaped {
    /// A value printed as it is.
    pub fn raw(value: Value) -> Output {
        Some(Shaped { value, model: None })
    }
    /// A value (or list of values) of one of the models in `output::models`.
    pub fn model(value: Value, model: &'static str) -> Output {
        Some(Shaped {
            value,
            model: Some(model),
        })
    }
}
