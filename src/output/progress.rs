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

/// az's determinate progress line (azure-cli-core `progress._format_value`): the message and a
/// bar filling the 70 columns, then the percentage; it starts with `\r` to redraw in place.
pub fn determinate_line(message: &str, fraction: f64) -> String {
    const BAR_LEN: usize = 70;
    let bar_len = BAR_LEN.saturating_sub(message.chars().count() + 1);
    let done = (bar_len as f64 * fraction) as usize;
    format!(
        "\r{message}[{:<bar_len$}]  {:.4}%",
        "#".repeat(done),
        fraction * 100.0
    )
}

/// Writes progress text to stderr as it is (a closed stderr is ignored, as az does).
pub fn write_stderr(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|_| err.flush());
}

#[cfg(test)]
mod determinate_tests {
    #[test]
    fn az_progress_line() {
        assert_eq!(
            super::determinate_line("AAD role propagation done", 1.0),
            format!("\rAAD role propagation done[{}]  100.0000%", "#".repeat(44))
        );
    }
}

/// A line a command prints on stdout as it runs, before its result (az's `print()` in acs's
/// managed Prometheus steps), whatever `--output` says.
pub fn write_stdout_line(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}
