//! Everything azr writes: the result on stdout in az's shapes and formats, warnings and errors
//! on stderr. Commands return JSON values and never print.
//!
//! The pipeline of `print_result` is az's: shape the wire JSON as the SDK model (`shape`), add
//! `resourceGroup` (az's global transform), run `--query`, then format.

use std::io::Write;

use serde_json::{Map, Value};

use crate::error::{AzError, Result};

pub mod color;
pub mod json;
pub mod models;
pub mod progress;
pub mod prompt;
pub mod pyfmt;
pub mod pywrap;
pub mod query;
pub mod run_command;
pub mod shape;
pub mod table;
pub mod tsv;
pub mod usage;
pub mod yaml;

pub use query::Query;

/// The key order az's dict would have for an object row (`None`: sorted), for table and tsv.
pub type KeyOrder<'a> =
    dyn Fn(&serde_json::Map<String, serde_json::Value>) -> Option<Vec<String>> + 'a;

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

impl Format {
    /// `-o` values, as az's `str.lower` choices.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "jsonc" => Format::Jsonc,
            "yaml" => Format::Yaml,
            "yamlc" => Format::Yamlc,
            "table" => Format::Table,
            "tsv" => Format::Tsv,
            "none" => Format::None,
            _ => return None,
        })
    }
}

fn both_terminals() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::io::stderr().is_terminal()
}

/// A result value in ARM's wire form, tagged with the SDK model az would print it as, so
/// `output` can shape it (hoist `properties`, rename keys, add nulls). For a list, the model
/// applies to each item.
#[derive(Debug, Clone, PartialEq)]
pub struct WireResult {
    pub value: Value,
    pub model: Option<&'static str>,
}

impl WireResult {
    /// A value printed as it is.
    pub fn raw(value: Value) -> Option<WireResult> {
        Some(WireResult { value, model: None })
    }
    /// A value (or list of values) of one of the models in `output::models`.
    pub fn model(value: Value, model: &'static str) -> Option<WireResult> {
        Some(WireResult {
            value,
            model: Some(model),
        })
    }
}

/// Where and how results and diagnostics go.
#[derive(Debug, Clone, Default)]
pub struct Printer {
    pub format: Format,
    pub query: Option<String>,
    pub only_show_errors: bool,
    pub verbose: bool,
    pub debug: bool,
    /// The command words (`aks show`): they pick az's table transformer.
    pub command: String,
    /// Whether `-o/--output` was on the command line (az prints some results its own way
    /// otherwise, whatever `core.output` says).
    pub format_given: bool,
    /// Colour for jsonc/yamlc: `None` decides from the terminal and `NO_COLOR`
    /// (`Some(false)` when az's `core.no_color` setting is on).
    pub color: Option<bool>,
}

impl Printer {
    /// Checks `--query` the way argparse does in az, before the command runs.
    pub fn validate(&self) -> Result<()> {
        if let Some(q) = &self.query {
            Query::compile(q)?;
        }
        Ok(())
    }

    /// Renders a result already in az's shape: `--query`, then the format.
    pub fn render(&self, value: &Value) -> Result<String> {
        self.render_model(value, None)
    }

    fn render_model(&self, value: &Value, model: Option<&str>) -> Result<String> {
        let (value, compiled) = self.queried(value)?;
        self.render_queried(&value, compiled.as_ref(), model)
    }

    /// The value after `--query`, and the compiled query (its columns order tables).
    fn queried(&self, value: &Value) -> Result<(Value, Option<Query>)> {
        let compiled = self.query.as_deref().map(Query::compile).transpose()?;
        let value = match &compiled {
            Some(q) => q.search(value)?,
            None => value.clone(),
        };
        Ok((value, compiled))
    }

    fn render_queried(
        &self,
        value: &Value,
        compiled: Option<&Query>,
        model: Option<&str>,
    ) -> Result<String> {
        let columns = compiled.and_then(Query::columns);
        // the key order of az's dict for a row: the query's hash, else the model's attributes
        let model_order = model.map(shape::key_order);
        let nested = std::cell::OnceCell::new();
        let order = |m: &Map<String, Value>| -> Option<Vec<String>> {
            if let Some(c) = &columns
                && c.len() == m.len()
                && c.iter().all(|k| m.contains_key(k))
            {
                return Some(c.clone());
            }
            let o = model_order.as_ref()?;
            let in_root = m.keys().all(|k| o.contains(k));
            // The whole object has every attribute of the root model; a sub-object the query
            // selected is the nested model with its attributes (exactly, else at least them).
            if !in_root || m.len() + 1 < o.len() {
                let orders = nested.get_or_init(|| model.map(shape::nested_key_orders));
                let fits = |o: &&Vec<String>| m.keys().all(|k| o.contains(k));
                let all = orders.iter().flatten();
                let mut found = all.clone().find(|o| o.len() == m.len() && fits(o));
                if !in_root {
                    found = found.or_else(|| all.clone().find(fits));
                }
                if let Some(o) = found {
                    return Some(o.iter().filter(|k| m.contains_key(*k)).cloned().collect());
                }
            }
            let mut keys: Vec<String> = o.iter().filter(|k| m.contains_key(*k)).cloned().collect();
            keys.extend(m.keys().filter(|k| !o.contains(k)).cloned());
            Some(keys)
        };
        let colored = || self.color.unwrap_or_else(color::enabled);
        Ok(match self.format {
            Format::None => String::new(),
            Format::Json => json::to_az_json(value),
            Format::Jsonc if colored() => color::jsonc(value),
            Format::Jsonc => json::to_az_json(value),
            Format::Yaml => yaml::to_yaml(value),
            Format::Yamlc if colored() => color::yamlc(&yaml::to_yaml(value)),
            Format::Yamlc => yaml::to_yaml(value),
            Format::Table => table::to_table(
                value,
                table::transformer_for(&self.command),
                compiled.is_some(),
                &order,
            )?,
            Format::Tsv => {
                // only query-built hashes (OrderedDicts) keep their order; dicts print sorted
                let tsv_order = |m: &Map<String, Value>| -> Option<Vec<String>> {
                    let c = columns.as_ref()?;
                    (c.len() == m.len() && c.iter().all(|k| m.contains_key(k))).then(|| c.clone())
                };
                tsv::to_tsv(value, &tsv_order)
            }
        })
    }

    /// The printed form of a command's result: shaped as az's SDK model, `resourceGroup`
    /// added, then `--query`, then the format.
    pub fn format_result(&self, result: &WireResult) -> Result<String> {
        self.render_model(&Self::shaped(result), result.model)
    }

    fn shaped(result: &WireResult) -> Value {
        let mut value = match result.model {
            Some(m) => shape::shape(m, &result.value),
            None => result.value.clone(),
        };
        shape::add_resource_group(&mut value);
        value
    }

    /// Prints a command's result; nothing, in any format, when it is null after `--query`
    /// (knack prints only a result that is not None).
    pub fn print_result(&self, result: &WireResult) -> Result<()> {
        // `-o none` without `--query` prints nothing and nothing in it can fail: no shaping.
        if self.format == Format::None && self.query.is_none() {
            return Ok(());
        }
        let (value, compiled) = self.queried(&Self::shaped(result))?;
        if value.is_null() {
            return Ok(());
        }
        write_stdout(&self.render_queried(&value, compiled.as_ref(), result.model)?)
    }

    /// A spinner for long-running operations, or nothing when it must not show
    /// (stderr not a terminal, `--only-show-errors`, `-o none`).
    pub fn spinner(&self, what: &str) -> Option<progress::Spinner> {
        (!self.only_show_errors && self.format != Format::None && progress::stderr_is_terminal())
            .then(|| progress::Spinner::new(what))
    }

    /// A finished `aks command invoke|result`: the `RunCommandResult` for the formats when `-o`
    /// was given, else az's own lines, printed here.
    pub fn run_command_result(&self, result: Value) -> Result<Option<WireResult>> {
        if self.format_given {
            return Ok(WireResult::model(result, models::RUN_COMMAND_RESULT));
        }
        let lines = run_command::az_text(&result);
        self.print_text(&lines.first, lines.rest.as_deref(), lines.ansi)?;
        Ok(None)
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

    /// A line on stderr as az's `print_styled_text(..., file=sys.stderr)` writes it (the
    /// device-code sign-in message): no prefix, shown even with --only-show-errors.
    pub fn message(&self, message: &str) {
        eprintln!("{message}");
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

    /// An `ERROR:` line a command logs and goes on from.
    pub fn error_line(&self, message: &str) {
        eprintln!("ERROR: {message}");
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

/// Prints text that is not a command result (completion scripts) on stdout.
pub fn write_text(text: &str) -> Result<()> {
    write_stdout(text)
}

/// Writes one line to stdout and flushes it (status lines a caller waits for).
pub fn print_line(text: &str) -> Result<()> {
    write_stdout(&format!("{text}\n"))
}

/// Writes to stdout; a closed pipe (`azr ... | head`) is not an error.
fn write_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Runs a JMESPath expression over a value, with az's messages for a bad expression.
pub fn query(value: &Value, expr: &str) -> Result<Value> {
    Query::compile(expr)?.search(value)
}
