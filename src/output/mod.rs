//! Everything azr writes: the result on stdout in az's shapes and formats, warnings and errors
//! on stderr. Commands return JSON values and never print.

use std::io::Write;

use serde_json::Value;

use crate::error::{AzError, Result};

pub mod json;
pub mod models;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    Jsonc,
    Yaml,
    Yamlc,
    Table,
    Tsv,
    None,
}

/// Where and how results and diagnostics go.
#[derive(Debug, Clone, Default)]
pub struct Printer {
    pub format: Format,
    pub query: Option<String>,
    pub only_show_errors: bool,
    pub verbose: bool,
    pub debug: bool,
}

impl Printer {
    /// Renders a command's result (after `--query`) in the chosen format.
    pub fn render(&self, value: &Value) -> Result<String> {
        let value = match &self.query {
            Some(q) => query(value, q)?,
            None => value.clone(),
        };
        Ok(match self.format {
            Format::None => String::new(),
            _ => json::to_az_json(&value),
        })
    }

    /// Prints a command's result: shaped as az's SDK model, then `--query`, then the format.
    pub fn print_result(&self, result: &crate::commands::Shaped) -> Result<()> {
        let text = self.render(&result.value)?;
        write_stdout(&text)
    }

    /// Prints lines the way az's own `print` calls do (`aks command invoke`), bypassing the
    /// result formats. `ansi_color` (e.g. `"32"`) wraps the first line, on a terminal only,
    /// as colorama does.
    pub fn print_text(
        &self,
        first: &str,
        rest: Option<&str>,
        ansi_color: Option<&str>,
    ) -> Result<()> {
        use std::io::IsTerminal;
        let mut text = match ansi_color {
            Some(c) if std::io::stdout().is_terminal() => format!("\x1b[{c}m{first}\x1b[0m\n"),
            _ => format!("{first}\n"),
        };
        if let Some(r) = rest {
            text.push_str(r);
            text.push('\n');
        }
        write_stdout(&text)
    }

    pub fn warn(&self, message: &str) {
        if !self.only_show_errors {
            eprintln!("WARNING: {message}");
        }
    }

    pub fn info(&self, message: &str) {
        if self.verbose || self.debug {
            eprintln!("INFO: {message}");
        }
    }

    pub fn debug(&self, message: &str) {
        if self.debug {
            eprintln!("DEBUG: {message}");
        }
    }

    pub fn error(&self, err: &AzError) {
        let mut text = format!("ERROR: {}\n", err.message);
        for r in &err.recommendations {
            text.push_str(r);
            text.push('\n');
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// Writes to stdout; a closed pipe (`azr ... | head`) is not an error.
fn write_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Runs a JMESPath expression over the result, with az's message for a bad expression.
pub fn query(value: &Value, expr: &str) -> Result<Value> {
    let compiled = jmespath::compile(expr).map_err(|e| {
        AzError::validation(format!(
            "argument --query: invalid jmespath_type value: '{expr}'"
        ))
        .with_recommendation(format!("{e}"))
    })?;
    let data = jmespath::Variable::from_json(&value.to_string())
        .map_err(|e| AzError::internal(format!("cannot query the result: {e}")))?;
    let result = compiled
        .search(data)
        .map_err(|e| AzError::validation(format!("{e}")))?;
    serde_json::to_value(&*result).map_err(|e| AzError::internal(e.to_string()))
}
