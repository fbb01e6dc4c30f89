//! `--set`, `--add`, `--remove` and `--force-string` (az's Generic Update Arguments), read in the
//! order they were given: az applies them in that order.

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};

use crate::spec::generic_update::{Action, GenericUpdate};

const BOOLS: [&str; 10] = ["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"];

#[derive(Debug, Clone, Default)]
pub struct GenericUpdateArgs(pub GenericUpdate);

impl Args for GenericUpdateArgs {
    fn augment_args(cmd: Command) -> Command {
        let list = |name: &'static str, value: &'static str| {
            Arg::new(name)
                .long(name)
                .num_args(1..)
                .value_name(value)
                .action(ArgAction::Append)
                .allow_hyphen_values(false)
        };
        cmd.arg(list("set", "KEY=VALUE"))
            .arg(list("add", "LIST KEY=VALUE"))
            .arg(list("remove", "LIST INDEX"))
            .arg(
                Arg::new("force-string")
                    .long("force-string")
                    .num_args(0..=1)
                    .default_missing_value("true")
                    .value_parser(BOOLS)
                    .ignore_case(true),
            )
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for GenericUpdateArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut ordered: Vec<(usize, Action)> = Vec::new();
        for (name, make) in [
            ("set", Action::Set as fn(Vec<String>) -> Action),
            ("add", Action::Add),
            ("remove", Action::Remove),
        ] {
            let (Some(groups), Some(indices)) =
                (m.get_occurrences::<String>(name), m.indices_of(name))
            else {
                continue;
            };
            let indices: Vec<usize> = indices.collect();
            let mut at = 0;
            for group in groups {
                let values: Vec<String> = group.cloned().collect();
                ordered.push((
                    indices.get(at).copied().unwrap_or(usize::MAX),
                    make(values.clone()),
                ));
                at += values.len();
            }
        }
        ordered.sort_by_key(|(i, _)| *i);
        let force_string = m
            .get_one::<String>("force-string")
            .is_some_and(|v| BOOLS[..5].contains(&v.to_ascii_lowercase().as_str()));
        Ok(GenericUpdateArgs(GenericUpdate {
            actions: ordered.into_iter().map(|(_, a)| a).collect(),
            force_string,
        }))
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}
