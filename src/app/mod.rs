//! Wires one invocation together: argv → clap → session → the command's `exec` → output, and
//! maps the outcome to az's exit code. Validation happens before any transport, credential or
//! config file is touched.
//!
//! - `usage`: clap's refusals in argparse's words.
//! - `session`: cloud, credentials, transport and subscription, built on demand.
//! - `exec`: one small function per command group.
//! - `targets`: `--ids`, one run per resource id.

mod defaults;
mod exec;
mod flags;
mod help;
mod session;
mod targets;
mod usage;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{self, Cli, Command, OutputFormat};
use crate::client::CommandHeaders;
use crate::error::AzError;
use crate::output::{Format, Printer};

/// Runs azr with these arguments (argv[0] included) and returns the process exit code.
pub fn main(args: Vec<OsString>) -> i32 {
    // az's ParameterSetName names what was typed, not the defaults
    let parameter_set_name = parameter_set_name(&args);
    run(args, parameter_set_name, None)
}

/// Runs one line; `header_flags` are what the header flags asked for (`None` until they have
/// been taken off the line).
fn run(
    args: Vec<OsString>,
    parameter_set_name: String,
    header_flags: Option<flags::HeaderFlags>,
) -> i32 {
    let with_defaults = defaults::apply(args.clone());
    let mut root = Cli::command();
    let parsed = root
        .try_get_matches_from_mut(&with_defaults)
        .and_then(|matches| Ok((command_path(&matches), Cli::from_arg_matches(&matches)?)));
    let (command_name, cli) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            if header_flags.is_none()
                && let Some((rest, headers)) = flags::take_header_flags(&args)
            {
                return run(rest, parameter_set_name, Some(headers));
            }
            return usage::report(&e, &args);
        }
    };
    // clap took an abbreviation: az's prefix rule over all of az's flags decides
    if let Some(cmd) = find_subcommand(&root, &command_name)
        && !flags::spelled_in_full(&args, cmd, &root)
        && let Some(verdict) = flags::verdict(&args, &command_name, cmd, &root)
    {
        return flags::report(verdict);
    }
    let (write_headers, policy) = match header_flags {
        Some(flags) => (flags.write_headers, flags.policy),
        None => (Ok(Vec::new()), None),
    };
    let headers = CommandHeaders {
        command_name,
        parameter_set_name,
        write_headers,
        policy,
    };
    let mut printer = printer_for(&cli.global);
    printer.command = headers.command_name.clone();
    // az compiles --query while parsing arguments: a bad one fails before anything runs.
    if let Err(e) = printer.validate() {
        printer.error(&e);
        return e.exit_code();
    }
    // The emulator server serves many clients at once; a CLI command needs one thread.
    let runtime = if matches!(cli.command, Command::Emulator(_)) {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    }
    .enable_all()
    .build();
    let runtime = match runtime {
        Ok(rt) => rt,
        Err(e) => {
            printer.error(&AzError::internal(format!(
                "cannot start the async runtime: {e}"
            )));
            return 1;
        }
    };
    let session = session::Session {
        global: &cli.global,
        printer: &printer,
        headers,
    };
    let outcome = runtime.block_on(exec::exec(cli.command, &session));
    match outcome.and_then(|out| match out {
        Some(result) => printer.print_result(&result),
        None => Ok(()),
    }) {
        Ok(()) => 0,
        Err(e) => {
            let e = with_parser_examples(e, &session.headers.command_name, &args);
            printer.error(&e);
            e.exit_code()
        }
    }
}

/// A value az's parser refuses (`az <command>: '...' is not a valid value ...`) that azr checks
/// after parsing gets what argparse prints after it: the command's ranked examples.
fn with_parser_examples(e: AzError, command: &str, args: &[OsString]) -> AzError {
    if e.kind != crate::error::ErrorKind::Usage
        || !e.message.starts_with(&format!("az {command}: "))
    {
        return e;
    }
    let typed: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    crate::output::usage::with_examples(e, command, &typed)
}

/// The command words clap matched (`aks nodepool add`), wherever the global flags stood.
fn command_path(matches: &clap::ArgMatches) -> String {
    let mut words = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        words.push(name);
        current = sub;
    }
    words.join(" ")
}

/// The subcommand of `root` at `path` (`aks nodepool add`).
fn find_subcommand<'a>(root: &'a clap::Command, path: &str) -> Option<&'a clap::Command> {
    path.split(' ')
        .filter(|w| !w.is_empty())
        .try_fold(root, |cmd, word| cmd.find_subcommand(word))
}

/// `ParameterSetName` as az sends it: every flag given (global ones included), in order,
/// without values.
fn parameter_set_name(args: &[OsString]) -> String {
    args.iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .filter(|w| w.starts_with('-') && w.len() > 1 && w.parse::<f64>().is_err())
        .map(|w| w.split('=').next().unwrap_or(&w).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where and how this invocation prints: `-o` over az's `core.output` setting (environment,
/// then config file), then json.
fn printer_for(global: &cli::GlobalArgs) -> Printer {
    use crate::config::settings;
    let format = match global.output {
        None => settings::get("core", "output")
            .as_deref()
            .and_then(Format::parse)
            .unwrap_or(Format::Json),
        Some(OutputFormat::Json) => Format::Json,
        Some(OutputFormat::Jsonc) => Format::Jsonc,
        Some(OutputFormat::Yaml) => Format::Yaml,
        Some(OutputFormat::Yamlc) => Format::Yamlc,
        Some(OutputFormat::Table) => Format::Table,
        Some(OutputFormat::Tsv) => Format::Tsv,
        Some(OutputFormat::None) => Format::None,
    };
    Printer {
        format,
        query: global.query.clone(),
        only_show_errors: global.only_show_errors,
        verbose: global.verbose,
        debug: global.debug,
        command: String::new(),
        format_given: global.output.is_some(),
        // az's `core.no_color` is read only when the format could colour.
        color: matches!(format, Format::Jsonc | Format::Yamlc)
            .then(|| settings::get("core", "no_color"))
            .flatten()
            .filter(|v| settings::is_true(v))
            .map(|_| false),
    }
}
