//! Usage errors in az's words: argparse's messages for unknown flags, bad choices, bad
//! integers, missing values and missing required flags, then az's ranked help examples.
//! Only the error path comes here, so clap's tree is built at most once per failing process.

use std::ffi::OsString;

use clap::error::ErrorKind as ClapErrorKind;

use crate::cli::Cli;
use crate::error::AzError;
use crate::output::{Printer, usage};

/// The root of clap's command tree: building it is most of an error's cost, so once per process.
fn root() -> &'static clap::Command {
    static ROOT: std::sync::LazyLock<clap::Command> =
        std::sync::LazyLock::new(<Cli as clap::CommandFactory>::command);
    &ROOT
}

/// Reports a failed parse as az does and returns the exit code: 0 for help and version, 2 for
/// a usage error.
pub fn report(e: &clap::Error, args: &[OsString]) -> i32 {
    let code = match e.kind() {
        ClapErrorKind::DisplayHelp
        | ClapErrorKind::DisplayVersion
        | ClapErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
        _ => 2,
    };
    if e.kind() == ClapErrorKind::InvalidSubcommand {
        Printer::default().error(&misspelled_command(e, args));
        return 2;
    }
    if let Some(code) = as_az_reads_it(e, args) {
        return code;
    }
    match (code, az_usage_error(e, args)) {
        // argparse rejects unknown flags before a command is chosen: no examples
        (2, Some(err)) if e.kind() == ClapErrorKind::UnknownArgument => {
            Printer::default().error(&usage::usage_error(err.message))
        }
        (2, Some(err)) => {
            let typed: Vec<String> = args
                .iter()
                .skip(1)
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            Printer::default().error(&usage::with_examples(err, &command_path(args), &typed))
        }
        _ => {
            let _ = e.print();
        }
    }
    code
}

/// What az's parser makes of a line clap refused or asked help for: an ambiguous option, help
/// (az's page, wherever `-h` stands), or an az flag azr does not support yet.
fn as_az_reads_it(e: &clap::Error, args: &[OsString]) -> Option<i32> {
    use super::flags::{self, Verdict};
    if e.kind() == ClapErrorKind::DisplayVersion {
        return None;
    }
    let path = command_path(args);
    let cmd = find_command(&path)?;
    if let Some(verdict) = flags::verdict(args, &path, cmd, root()) {
        return Some(flags::report(verdict));
    }
    if !matches!(
        e.kind(),
        ClapErrorKind::DisplayHelp | ClapErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return None;
    }
    let children: Vec<(String, String, bool)> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .map(|c| {
            let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
            (c.get_name().to_string(), about, c.has_subcommands())
        })
        .collect();
    let page = super::help::page(&path, &children)?;
    Some(flags::report(Verdict::Help(page)))
}

/// az's error for a command word its group does not have.
fn misspelled_command(e: &clap::Error, args: &[OsString]) -> crate::error::AzError {
    use clap::error::{ContextKind, ContextValue};
    let value = match e.get(ContextKind::InvalidSubcommand) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let path = command_path(args);
    let mut group = root();
    for word in path.split(' ').filter(|w| !w.is_empty()) {
        group = group.find_subcommand(word).unwrap_or(group);
    }
    let choices: Vec<&str> = group
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name())
        .collect();
    let typed: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // az points to extensions only when it will not look for one itself
    let extension_hint = crate::config::settings::get("extension", "use_dynamic_install")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("no"));
    usage::misspelled_command_error(&value, &path, &choices, &typed, extension_hint)
}

/// The command words of a line clap refused (`aks nodepool add`), wherever the global flags
/// stand: walks clap's tree, skipping flags and the values of global flags.
pub fn command_path(args: &[OsString]) -> String {
    let root = root();
    let mut cmd = root;
    let mut words = Vec::new();
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = rest.next() {
        if let Some(flag) = word.strip_prefix('-').filter(|f| !f.is_empty()) {
            if !flag.contains('=') && global_takes_value(root, flag) {
                rest.next();
            }
            continue;
        }
        match cmd.find_subcommand(word.as_ref()) {
            Some(sub) => {
                words.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => break,
        }
    }
    words.join(" ")
}

/// Whether `flag` (without its first `-`: `-o` → `o`, `--query` → `-query`) is a global flag
/// that takes a value.
fn global_takes_value(root: &clap::Command, flag: &str) -> bool {
    root.get_arguments().any(|a| {
        let named = match flag.strip_prefix('-') {
            Some(long) => a.get_long() == Some(long),
            None => flag.len() == 1 && a.get_short() == flag.chars().next(),
        };
        named && a.get_action().takes_values()
    })
}

/// The usage errors az's argparse reports, in its words; `None` leaves clap's own message.
fn az_usage_error(e: &clap::Error, args: &[OsString]) -> Option<AzError> {
    use clap::error::{ContextKind, ContextValue};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    let prog = format!("az {}", command_path(args));
    let value = context(ContextKind::InvalidValue).concat();
    match e.kind() {
        ClapErrorKind::InvalidValue
            if context(ContextKind::InvalidArg)
                .first()
                .is_some_and(|a| a.starts_with("--output")) =>
        {
            let choices = ["json", "jsonc", "yaml", "yamlc", "table", "tsv", "none"];
            Some(AzError::invalid_choice(
                &prog,
                "--output",
                &value.to_lowercase(),
                &choices,
            ))
        }
        // A value outside a flag's choices.
        ClapErrorKind::InvalidValue
            if !context(ContextKind::ValidValue).is_empty() && !value.is_empty() =>
        {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            // argparse names the option by its first string
            let option = az_option_strings(&arg, args)
                .and_then(|strings| strings.into_iter().next())
                .unwrap_or(format!("--{}", arg.get_long()?));
            let choices = context(ContextKind::ValidValue);
            let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
            Some(AzError::invalid_choice(&prog, &option, &value, &choices))
        }
        _ => az_usage_message(e, args).map(AzError::usage),
    }
}

/// argparse's other messages: unknown flags, bad numbers, missing values and flags.
fn az_usage_message(e: &clap::Error, args: &[OsString]) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    match e.kind() {
        ClapErrorKind::UnknownArgument => Some(format!(
            "unrecognized arguments: {}",
            context(ContextKind::InvalidArg).join(" ")
        )),
        // A number flag given something else (argparse's `type=int`).
        ClapErrorKind::ValueValidation
            if std::error::Error::source(e).is_some_and(|s| s.is::<std::num::ParseIntError>()) =>
        {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            Some(format!(
                "argument {}: invalid int value: '{}'",
                argparse_spelling(&arg, args),
                context(ContextKind::InvalidValue).concat()
            ))
        }
        // A number flag given something else (argparse's `type=float`).
        ClapErrorKind::ValueValidation
            if std::error::Error::source(e)
                .is_some_and(|s| s.is::<std::num::ParseFloatError>()) =>
        {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            Some(format!(
                "argument {}: invalid float value: '{}'",
                argparse_spelling(&arg, args),
                context(ContextKind::InvalidValue).concat()
            ))
        }
        // A flag given without its value.
        ClapErrorKind::InvalidValue if context(ContextKind::InvalidValue).concat().is_empty() => {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
            let expected = if many {
                "expected at least one argument"
            } else {
                "expected one argument"
            };
            Some(format!(
                "argument {}: {expected}",
                argparse_spelling(&arg, args)
            ))
        }
        ClapErrorKind::MissingRequiredArgument => {
            let spelled: Vec<String> = context(ContextKind::InvalidArg)
                .iter()
                .map(|n| {
                    find_arg(args, n)
                        .map(|a| argparse_spelling(&a, args))
                        // a positional: argparse names it without clap's `...`
                        .unwrap_or_else(|| n.trim_end_matches("...").to_string())
                })
                .collect();
            Some(format!(
                "the following arguments are required: {}",
                spelled.join(", ")
            ))
        }
        _ => None,
    }
}

/// The command clap's tree has at `path` (`aks nodepool add`).
pub fn find_command(path: &str) -> Option<&'static clap::Command> {
    let mut cmd = root();
    for word in path.split(' ').filter(|w| !w.is_empty()) {
        cmd = cmd.find_subcommand(word)?;
    }
    Some(cmd)
}

/// The definition of the flag clap names as `--long <VALUE>` in the command being run.
fn find_arg(args: &[OsString], name: &str) -> Option<clap::Arg> {
    let mut cmd = root();
    for word in command_path(args).split(' ').filter(|w| !w.is_empty()) {
        cmd = cmd.find_subcommand(word)?;
    }
    let long = name
        .split([' ', '='])
        .next()
        .unwrap_or(name)
        .trim_start_matches('-');
    cmd.get_arguments()
        .chain(root().get_arguments())
        .find(|a| a.get_long() == Some(long))
        .cloned()
}

fn az_option_strings(arg: &clap::Arg, args: &[OsString]) -> Option<Vec<String>> {
    let long = format!("--{}", arg.get_long()?);
    usage::option_strings(&command_path(args), &long)
}

/// How az's parser names an option (`--name/-n`, `-n/--name`: the order az registered them in);
/// for commands az does not have, every long spelling, then every short.
fn argparse_spelling(arg: &clap::Arg, args: &[OsString]) -> String {
    if let Some(strings) = az_option_strings(arg, args) {
        return strings.join("/");
    }
    let longs = arg
        .get_long()
        .into_iter()
        .chain(arg.get_visible_aliases().into_iter().flatten());
    let shorts = arg
        .get_short()
        .into_iter()
        .chain(arg.get_all_short_aliases().into_iter().flatten());
    longs
        .map(|l| format!("--{l}"))
        .chain(shorts.map(|s| format!("-{s}")))
        .collect::<Vec<_>>()
        .join("/")
}
