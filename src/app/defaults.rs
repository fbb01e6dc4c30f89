//! az's configured defaults (`configure --defaults group=rg location=eastus`,
//! `AZURE_DEFAULTS_GROUP`, `AZURE_DEFAULTS_LOCATION`): a command line that leaves out
//! `-g/--resource-group` or `-l/--location` gets the default as if typed, so a flag wins over
//! the environment, which wins over the config file. As in az, `group create` takes no default
//! group (its `--name` is the new group), and a line with `--ids` takes none (the ids name
//! their groups).

use std::ffi::OsString;

use crate::config::settings;

/// The line with the defaults it lacks appended; the line itself when none applies.
pub fn apply(args: Vec<OsString>) -> Vec<OsString> {
    let defaults: Vec<(&str, String)> = [("resource-group", "group"), ("location", "location")]
        .into_iter()
        .filter_map(|(long, key)| {
            settings::get("defaults", key)
                .filter(|v| !v.trim().is_empty())
                .map(|v| (long, v))
        })
        .collect();
    if defaults.is_empty() || has_word(&args, |w| w == "--ids" || w.starts_with("--ids=")) {
        return args;
    }
    let path = super::usage::command_path(&args);
    let Some(command) = super::usage::find_command(&path) else {
        return args;
    };
    if command.has_subcommands() {
        return args;
    }
    let mut extra = Vec::new();
    for (long, value) in defaults {
        if long == "resource-group" && path == "group create" {
            continue;
        }
        let Some(arg) = command.get_arguments().find(|a| {
            a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|al| al.contains(&long))
        }) else {
            continue;
        };
        if !given(&args, arg) {
            extra.push(OsString::from(format!("--{long}")));
            extra.push(OsString::from(value));
        }
    }
    let mut args = args;
    args.extend(extra);
    args
}

fn has_word(args: &[OsString], test: impl Fn(&str) -> bool) -> bool {
    args.iter().skip(1).any(|a| test(&a.to_string_lossy()))
}

/// Whether the line already gives `arg` in any spelling: long, alias, an unambiguous prefix
/// clap would take (`--resource`), `--x=v`, short or `-gVALUE`.
fn given(args: &[OsString], arg: &clap::Arg) -> bool {
    let longs: Vec<&str> = arg
        .get_long()
        .into_iter()
        .chain(arg.get_all_aliases().into_iter().flatten())
        .collect();
    let shorts: Vec<char> = arg
        .get_short()
        .into_iter()
        .chain(arg.get_all_short_aliases().into_iter().flatten())
        .collect();
    has_word(args, |w| {
        if let Some(name) = w.strip_prefix("--") {
            let name = name.split('=').next().unwrap_or(name);
            name.len() >= 3 && longs.iter().any(|l| l.starts_with(name))
        } else if let Some(rest) = w.strip_prefix('-') {
            rest.chars().next().is_some_and(|c| shorts.contains(&c))
        } else {
            false
        }
    })
}
