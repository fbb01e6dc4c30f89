//! The `Transport` trait and its implementations. A transport sends one request and returns
//! one response; retries, polling and paging live above it in `client::ArmClient`, so every
//! transport exercises them.

pub mod cassette;
pub mod emulator;
pub mod http;
pub mod record;
pub mod replay;
pub mod sanitize;
pub mod session;

use async_trait::async_trait;

use crate::arm::{ArmRequest, ArmResponse};
use crate::error::Result;

#[async_trait]
pub trait Transport: Send + Sync {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse>;

    /// True when this transport answers from recorded data, so the client's clock should
    /// fast-forward instead of sleeping between polls.
    fn is_replay(&self) -> bool {
        false
    }

    /// The subscription to use when none is given (`--subscription`, `AZURE_SUBSCRIPTION_ID`):
    /// a cassette's own, so az's recordings replay without naming their zero subscription.
    fn default_subscription(&self) -> Option<String> {
        None
    }
}
