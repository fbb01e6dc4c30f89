//! The line as az's parser reads it, from the surface data: abbreviated and ambiguous options
//! (argparse's prefix rule over every flag az has on the command, not only azr's), `-h` at any
//! place, and az flags azr cannot honour yet, which fail before anything is sent. Only lines
//! clap refused, asked for help, or abbreviated come here, so a plain command never loads the
//! data.

use std::ffi::OsString;

use crate::cli::surface::{self, CommandSurface};
use crate::error::AzError;
use crate::output::{Printer, usage};

/// What az's reading of a line decides before azr runs it.
pub enum Verdict {
    /// A message for stderr (a usage error, exit 2).
    Error(AzError),
    /// az's help page for stdout (exit 0).
    Help(String),
}

/// Whether every `--long` word of the line is spelled out in full as one of `cmd`'s (or the
/// global) flags: then argparse's prefix rule has nothing to say and the data is not loaded.
pub fn spelled_in_full(args: &[OsString], cmd: &clap::Command, root: &clap::Command) -> bool {
    args.iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .take_while(|w| w != "--")
        .filter_map(|w| w.strip_prefix("--").map(str::to_string))
        .all(|long| {
            let name = long.split('=').next().unwrap_or(&long);
            surface::azr_knows(&format!("--{name}"), cmd, root)
        })
}

/// az's verdict on the line for the command at `path` (`cmd` is azr's definition of it), or
/// `None` when az's parser would let it through to the command.
pub fn verdict(
    args: &[OsString],
    path: &str,
    cmd: &clap::Command,
    root: &clap::Command,
) -> Option<Verdict> {
    let surface = surface::command(path)?;
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let command_words: Vec<&str> = path.split(' ').collect();
    let reading = surface.read(&words, &command_words);
    if let Some((word, could)) = reading.ambiguous {
        let message = format!("ambiguous option: {word} could match {}", could.join(", "));
        return Some(Verdict::Error(usage::command_usage_error(
            message, path, &words,
        )));
    }
    if let Some(help) = reading.options.iter().find(|g| g.arg.dest == "help") {
        // argparse acts in line order: an option before `-h` left without its value fails first
        // (`--namespace -h`: `-h` is an option, not the namespace)
        if let Some((at, message)) = &reading.missing_value
            && *at < help.at
        {
            return Some(Verdict::Error(usage::command_usage_error(
                message.clone(),
                path,
                &words,
            )));
        }
        return Some(Verdict::Help(super::help::page(path, &[])?));
    }
    // az itself would refuse the line: its words, not "azr does not support"
    if !reading.unrecognized.is_empty() {
        return Some(Verdict::Error(usage::usage_error(format!(
            "unrecognized arguments: {}",
            reading.unrecognized.join(" ")
        ))));
    }
    let unsupported = reading
        .options
        .iter()
        .find(|g| !surface::azr_knows(g.option, cmd, root))?;
    Some(Verdict::Error(unsupported_error(
        surface,
        path,
        unsupported.option,
    )))
}

fn unsupported_error(_surface: &CommandSurface, path: &str, option: &str) -> AzError {
    AzError::usage(format!(
        "azr does not support {option} on 'az {path}' yet (az 2.91 accepts it); nothing was sent"
    ))
}

/// What the header flags ask for: the headers on every write (or az's error for a malformed
/// value, raised when the command comes to write, as az raises it), and a policy token before
/// every non-GET (`--acquire-policy-token`, `--change-reference`).
pub struct HeaderFlags {
    pub write_headers: crate::error::Result<Vec<(String, String)>>,
    pub policy: Option<crate::client::PolicyToken>,
}

/// The line without its header flags, and what they ask for.
pub type WithoutHeaderFlags = (Vec<OsString>, HeaderFlags);

/// A line clap refused only because of header flags (which azr's clap definitions leave out):
/// the line without them, and the headers they ask for; `None` when there are none or the line
/// has other trouble.
pub fn take_header_flags(args: &[OsString]) -> Option<WithoutHeaderFlags> {
    use crate::spec::request_headers::{aks_custom_headers, etag_headers};
    let path = super::usage::command_path(args);
    let cmd = super::usage::find_command(&path)?;
    let surface = surface::command(&path)?;
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let command_words: Vec<&str> = path.split(' ').collect();
    let reading = surface.read(&words, &command_words);
    if reading.ambiguous.is_some() || !reading.unrecognized.is_empty() {
        return None;
    }
    let root = <crate::cli::Cli as clap::CommandFactory>::command();
    let given: Vec<_> = reading
        .options
        .iter()
        .filter(|g| {
            surface::HEADER_FLAGS.contains(&g.arg.dest.as_str())
                && !surface::azr_knows(g.option, cmd, &root)
        })
        .collect();
    if given.is_empty() {
        return None;
    }
    let value = |dest: &str| {
        given
            .iter()
            .rfind(|g| g.arg.dest == dest)
            .map(|g| g.values.join(" "))
    };
    let headers = value("aks_custom_headers")
        .map_or(Ok(Vec::new()), |raw| aks_custom_headers(&raw))
        .map(|mut headers| {
            headers.extend(etag_headers(
                value("if_match").as_deref(),
                value("if_none_match").as_deref(),
            ));
            headers
        });
    let given_dest = |dest: &str| given.iter().any(|g| g.arg.dest == dest);
    let change_reference = value("_change_reference");
    let policy = (given_dest("_acquire_policy_token") || change_reference.is_some()).then(|| {
        crate::client::PolicyToken {
            change_reference,
            ..Default::default()
        }
    });
    let mut dropped = std::collections::HashSet::new();
    for g in &given {
        // the option word and the values it took
        dropped.extend(
            g.at..g.at
                + 1
                + if g.word.contains('=') {
                    0
                } else {
                    g.values.len()
                },
        );
    }
    let kept = std::iter::once(args[0].clone())
        .chain(
            args.iter()
                .skip(1)
                .enumerate()
                .filter(|(i, _)| !dropped.contains(i))
                .map(|(_, a)| a.clone()),
        )
        .collect();
    Some((
        kept,
        HeaderFlags {
            write_headers: headers,
            policy,
        },
    ))
}

/// Prints a verdict as az would and returns the exit code.
pub fn report(verdict: Verdict) -> i32 {
    match verdict {
        Verdict::Error(e) => {
            Printer::default().error(&e);
            e.exit_code()
        }
        Verdict::Help(page) => match crate::output::write_text(&page) {
            Ok(()) => 0,
            Err(e) => {
                Printer::default().error(&e);
                e.exit_code()
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use clap::CommandFactory;

    use super::*;

    /// azr's own `aks update` definition with one of its flags taken out: az's surface still
    /// has the flag, azr's clap does not (how a flag azr lacks looks, now that it lacks none).
    fn aks_update_without(id: &str) -> (clap::Command, clap::Command) {
        let root = crate::cli::Cli::command();
        let real = root
            .find_subcommand("aks")
            .and_then(|a| a.find_subcommand("update"))
            .expect("aks update")
            .clone();
        let mut cmd = clap::Command::new("update");
        for arg in real.get_arguments().filter(|a| a.get_id() != id) {
            cmd = cmd.arg(arg.clone());
        }
        (cmd, root)
    }

    fn line(words: &str) -> Vec<OsString> {
        std::iter::once("azr")
            .chain(words.split_whitespace())
            .map(OsString::from)
            .collect()
    }

    /// An az flag azr lacks is taken with its values as az takes them, then refused before
    /// anything is sent: one line naming the flag and the command, exit 2. Spelled out or
    /// abbreviated as argparse reads it.
    #[test]
    fn an_az_flag_azr_lacks_fails_before_sending() {
        let (lacking, root) = aks_update_without("ampls_resource_id");
        for words in [
            "aks update -g rg -n c --ampls-resource-id x",
            "aks update -g rg -n c --ampls-resource x --tags a=b",
        ] {
            let Some(Verdict::Error(e)) = verdict(&line(words), "aks update", &lacking, &root)
            else {
                panic!("{words}: not refused");
            };
            assert_eq!(
                e.message,
                "azr does not support --ampls-resource-id on 'az aks update' yet (az 2.91 accepts it); nothing was sent",
                "{words}"
            );
            assert_eq!(e.exit_code(), 2);
        }
        // azr's real definition takes it
        let real = root
            .find_subcommand("aks")
            .and_then(|a| a.find_subcommand("update"))
            .expect("aks update");
        let words = line("aks update -g rg -n c --ampls-resource x");
        assert!(verdict(&words, "aks update", real, &root).is_none());
    }
}
