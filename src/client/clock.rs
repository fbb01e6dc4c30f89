//! How the client waits between polls and retries. Replay uses a clock that does not sleep.

use std::time::Duration;

use async_trait::async_trait;

#[async_trait]
pub trait Clock: Send + Sync {
    async fn sleep(&self, d: Duration);
}

/// Real time.
pub struct SystemClock;

#[async_trait]
impl Clock for SystemClock {
    async fn sleep(&self, d: Duration) {
        tokio::time::sleep(d).await;
    }
}

/// Never sleeps: a recording with 30-second polls replays in milliseconds.
pub struct FastForwardClock;

#[async_trait]
impl Clock for FastForwardClock {
    async fn sleep(&self, _d: Duration) {}
}
