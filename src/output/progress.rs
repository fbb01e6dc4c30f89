//! What a person sees at a terminal while a long-running operation is polled: a spinner on
//! stderr saying what runs and for how long (az's " - Running .."). The session starts it from
//! the client's first wait and it clears when dropped, before the result prints.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub fn stderr_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}

/// A spinner that appears on the first `start` and clears when dropped.
pub struct Spinner {
    what: String,
    bar: Mutex<Option<ProgressBar>>,
}

impl Spinner {
    pub fn new(what: &str) -> Spinner {
        Spinner {
            what: what.to_string(),
            bar: Mutex::new(None),
        }
    }

    /// Shows the spinner; later calls do nothing.
    pub fn start(&self) {
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

    pub fn is_running(&self) -> bool {
        self.bar.lock().is_ok_and(|b| b.is_some())
    }
}

impl Drop for Spinner {
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

    /// Off a terminal it draws nothing, and it starts once.
    #[test]
    fn starts_once_and_clears_on_drop() {
        let s = Spinner::new("aks create");
        assert!(!s.is_running());
        s.start();
        s.start();
        assert!(s.is_running());
        drop(s);
    }
}
