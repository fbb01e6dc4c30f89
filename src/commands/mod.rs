//! One module per command: a validated spec in, ARM calls through `ArmClient`, a JSON value out.
//! Commands never print; warnings go through `Ctx::warn`.

pub mod group;

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

/// A command's result: `None` prints nothing (az's `None` result, `--no-wait`).
pub type Output = Option<Value>;
