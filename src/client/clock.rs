//! How the client waits between polls and retries. Replay uses a clock that does not sleep.

use std::time::{Duration, SystemTime};

use async_trait::async_trait;

#[async_trait]
pub trait Clock: Send + Sync {
    async fn sleep(&self, d: Duration);

    /// Wall-clock time, to turn a `Retry-After` HTTP-date into a wait.
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// Real time.
pub struct SystemClock;

#[async_trait]
impl Clock for SystemClock {
    async fn sleep(&self, d: Duration) {
        tokio::time::sleep(d).await;
    }
}

/// Another clock that calls `before_wait` before each wait (the spinner starts on the first).
/// What `before_wait` holds lives as long as the clock.
pub struct ObservedClock<F> {
    inner: std::sync::Arc<dyn Clock>,
    before_wait: F,
}

impl<F: Fn() + Send + Sync> ObservedClock<F> {
    pub fn new(inner: std::sync::Arc<dyn Clock>, before_wait: F) -> ObservedClock<F> {
        ObservedClock { inner, before_wait }
    }
}

#[async_trait]
impl<F: Fn() + Send + Sync> Clock for ObservedClock<F> {
    async fn sleep(&self, d: Duration) {
        (self.before_wait)();
        self.inner.sleep(d).await;
    }
    fn now(&self) -> SystemTime {
        self.inner.now()
    }
}

/// Never sleeps: a recording with 30-second polls replays in milliseconds.
pub struct FastForwardClock;

#[async_trait]
impl Clock for FastForwardClock {
    async fn sleep(&self, _d: Duration) {}
}

/// Never sleeps and remembers every wait it was asked for (tests assert on the waits).
#[derive(Default)]
pub struct RecordingClock {
    pub sleeps: std::sync::Mutex<Vec<Duration>>,
    pub now: Option<SystemTime>,
}

impl RecordingClock {
    pub fn sleeps(&self) -> Vec<Duration> {
        self.sleeps.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

#[async_trait]
impl Clock for RecordingClock {
    async fn sleep(&self, d: Duration) {
        if let Ok(mut s) = self.sleeps.lock() {
            s.push(d);
        }
    }
    fn now(&self) -> SystemTime {
        self.now.unwrap_or_else(SystemTime::now)
    }
}
