//! What a person sees at a terminal while a long-running operation is polled: a spinner on
//! stderr saying what runs and for how long (az's " - Running .."). It hooks into the client
//! through the `Clock` the client already waits on, so the client's API does not change.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::client::Clock;

pub fn stderr_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}

/// A spinner that may be shown (decided once, by the printer).
pub struct Progress {
    enabled: bool,
}

impl Progress {
    pub fn new(enabled: bool) -> Progress {
        Progress { enabled }
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Wraps the clock the client waits on: the first wait starts the spinner, which ticks
    /// until the clock is dropped with the command's context (before the result prints).
    pub fn clock(self, inner: Arc<dyn Clock>, what: &str) -> Arc<dyn Clock> {
        if !self.enabled {
            return inner;
        }
        Arc::new(SpinnerClock {
            inner,
            what: what.to_string(),
            bar: Mutex::new(None),
        })
    }
}

struct SpinnerClock {
    inner: Arc<dyn Clock>,
    what: String,
    bar: Mutex<Option<ProgressBar>>,
}

impl SpinnerClock {
    fn start(&self) {
        let Ok(mut bar) = self.bar.lock() else { return };
        if bar.is_none() {
            let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(" {spinner} Running {msg} ({elapsed})")
            {
                pb.set_style(style.tick_chars("|/-\\ "));
            }
            pb.set_message(self.what.clone());
            pb.enable_steady_tick(Duration::from_millis(120));
            *bar = Some(pb);
        }
    }
}

#[async_trait]
impl Clock for SpinnerClock {
    async fn sleep(&self, d: Duration) {
        self.start();
        self.inner.sleep(d).await;
    }
}

impl Drop for SpinnerClock {
    fn drop(&mut self) {
        if let Ok(mut bar) = self.bar.lock()
            && let Some(pb) = bar.take()
        {
            pb.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::clock::FastForwardClock;

    #[tokio::test]
    async fn disabled_progress_hands_back_the_same_clock() {
        let inner: Arc<dyn Clock> = Arc::new(FastForwardClock);
        let c = Progress::new(false).clock(inner.clone(), "x");
        assert!(Arc::ptr_eq(&inner, &c));
    }

    /// An ARM PUT that is polled twice.
    struct Lro(Mutex<u32>);

    #[async_trait]
    impl crate::transport::Transport for Lro {
        async fn send(
            &self,
            req: crate::arm::ArmRequest,
        ) -> crate::error::Result<crate::arm::ArmResponse> {
            use crate::arm::ArmResponse;
            use serde_json::json;
            let mut n = self.0.lock().unwrap();
            *n += 1;
            Ok(match (req.method.as_str(), *n) {
                ("PUT", _) => ArmResponse::json(201, &json!({"name": "x"}))
                    .with_header("Azure-AsyncOperation", "/op")
                    .with_header("Retry-After", "1"),
                ("GET", 2) => ArmResponse::json(200, &json!({"status": "InProgress"})),
                ("GET", 3) => ArmResponse::json(200, &json!({"status": "Succeeded"})),
                _ => ArmResponse::json(200, &json!({"name": "x", "done": true})),
            })
        }
    }

    /// With the spinner on, the client still polls to the end through the wrapped clock,
    /// and dropping the client clears the spinner (it draws nothing off a terminal).
    #[tokio::test]
    async fn spinner_clock_drives_an_lro() {
        let clock = Progress::new(true).clock(Arc::new(FastForwardClock), "aks create");
        let client =
            crate::client::ArmClient::new(Arc::new(Lro(Mutex::new(0))), clock, Default::default());
        let v = client
            .put(
                "/x",
                "2024-01-01",
                &serde_json::json!({}),
                crate::client::Wait::Yes,
            )
            .await
            .unwrap();
        assert_eq!(v["done"], serde_json::json!(true));
        drop(client);
    }
}
