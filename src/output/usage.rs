//! Usage errors as az's command parsers report them: options named as argparse spells them, then
//! up to three examples from the command's help and the reference link. The examples, az's
//! option map and its spellings per command are data generated from az 2.91.0
//! (`tools/gen_usage.py`), parsed only when an error is printed; the choice among the examples is
//! az's `CommandRecommender`: examples of this command first, then those sharing more of the
//! user's parameters, then shorter ones, ties in help order.

use std::collections::HashMap;

use serde::Deserialize;

use crate::error::AzError;

const USAGE_JSON: &str = include_str!("usage.json");
const REFERENCE: &str = "https://aka.ms/cli_ref";
const MAX_EXAMPLES: usize = 3;
const EXTENSION_REFERENCE: &str = "If the command is from an extension, please make sure the \
    corresponding extension is installed. To learn more about extensions, please visit \
    'https://learn.microsoft.com/cli/azure/azure-cli-extensions-overview'";

#[derive(Deserialize)]
struct CommandHelp {
    examples: Vec<Example>,
    /// az's option → canonical long option; `None` for global options that stay as typed.
    options: HashMap<String, Option<String>>,
    /// Each option's strings in argparse's order (`["-n", "--name"]`).
    spellings: Vec<Vec<String>>,
}

/// The entry of one command; the others are only scanned, never built.
fn command_help(command: &str) -> Option<CommandHelp> {
    struct OneEntry<'a>(&'a str);
    impl<'de> serde::de::Visitor<'de> for OneEntry<'_> {
        type Value = Option<CommandHelp>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of commands")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if key == self.0 {
                    found = Some(map.next_value::<CommandHelp>()?);
                } else {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    let mut de = serde_json::Deserializer::from_str(USAGE_JSON);
    serde::Deserializer::deserialize_map(&mut de, OneEntry(command)).ok()?
}

/// The strings az's parser for `command` knows the option `--long` by, in the order argparse
/// names them in messages (`["-n", "--name"]`).
pub fn option_strings(command: &str, long: &str) -> Option<Vec<String>> {
    command_help(command)?
        .spellings
        .into_iter()
        .find(|strings| strings.iter().any(|s| s == long))
}

#[derive(Deserialize)]
struct Example {
    command: String,
    description: String,
    /// The example's parameters as az normalises them (canonical long forms, sorted).
    args: Vec<String>,
}

/// A usage error of `command` (the command words, `"aks nodepool add"`) raised by its own
/// parser, with az's recommendations; `args` is everything the user typed after `azr`.
pub fn command_usage_error(message: String, command: &str, args: &[String]) -> AzError {
    with_examples(AzError::usage(message), command, args)
}

/// `err` (a usage error `command`'s parser raised) followed by az's ranked help examples and
/// the reference link.
pub fn with_examples(err: AzError, command: &str, args: &[String]) -> AzError {
    let mut err = err.with_recommendation("");
    let examples = recommended_examples(command, args);
    if !examples.is_empty() {
        err = err.with_recommendation("Examples from command's help:");
    }
    for example in examples {
        err = err
            .with_recommendation(example.command)
            .with_recommendation(format!("{}\n", example.description));
    }
    with_reference(err)
}

/// az's error for a word that names no command of its group (`_check_value` in az's parser):
/// `choices` are the group's commands, `path` the words before `value` (empty at the top,
/// where az suggests nothing), `args` everything typed after `azr`. The suggestion is
/// difflib's closest command; the examples are those of the command the line then names, when
/// the line up to its first `-` is exactly that command, as az looks them up. At the top,
/// `extension_hint` (az's `extension.use_dynamic_install` is `no`) adds az's pointer to
/// extensions.
pub fn misspelled_command_error(
    value: &str,
    path: &str,
    choices: &[&str],
    args: &[String],
    extension_hint: bool,
) -> AzError {
    let message = format!("'{value}' is misspelled or not recognized by the system.");
    let candidate = if path.is_empty() {
        None
    } else {
        crate::difflib::get_close_matches(value, choices, 3, 0.7)
            .first()
            .copied()
    };
    let Some(candidate) = candidate else {
        let mut err = usage_error(message);
        if path.is_empty() && extension_hint {
            err.recommendations
                .insert(0, EXTENSION_REFERENCE.to_string());
        }
        return err;
    };
    let inferred: Vec<&str> = args
        .iter()
        .map(|a| if a == value { candidate } else { a.as_str() })
        .collect();
    let inferred = inferred.join(" ");
    let inferred = inferred.split('-').next().unwrap_or_default();
    let mut err = command_usage_error(message, inferred, args);
    err.recommendations
        .insert(0, format!("Did you mean '{candidate}' ?"));
    err
}

/// A usage error raised before a command was chosen (unrecognized arguments): the link only.
pub fn usage_error(message: String) -> AzError {
    with_reference(AzError::usage(message).with_recommendation(""))
}

fn with_reference(err: AzError) -> AzError {
    err.with_recommendation(REFERENCE)
        .with_recommendation("Read more about the command in reference docs")
}

fn recommended_examples(command: &str, args: &[String]) -> Vec<Example> {
    let Some(help) = command_help(command) else {
        return Vec::new();
    };
    let typed = normalize(&parameter_names(args), &help.options);
    let prefix = format!("az {command}");
    let mut ranked: Vec<(i64, usize, Example)> = help
        .examples
        .into_iter()
        .map(|example| {
            let matches = if example.command.starts_with(&prefix) {
                example.args.iter().filter(|a| typed.contains(a)).count() as i64
            } else {
                -1
            };
            (matches, example.args.len(), example)
        })
        .collect();
    // more matches first, then fewer parameters; a stable sort keeps help order for ties
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .take(MAX_EXAMPLES)
        .map(|(_, _, e)| e)
        .collect()
}

/// The parameter names in a command line, as az extracts them: `--name` of `--name=x`, the
/// first two characters of a short flag (`-gRG` is `-g`); `---x` is a value, not a flag.
fn parameter_names(args: &[String]) -> Vec<String> {
    args.iter()
        .filter(|a| a.starts_with('-') && !a.starts_with("---") && a.chars().count() > 1)
        .map(|a| {
            if a.starts_with("--") {
                a.split('=').next().unwrap_or(a).to_string()
            } else {
                a.chars().take(2).collect()
            }
        })
        .collect()
}

/// Canonical long forms of the names the command knows; the others are dropped.
fn normalize(names: &[String], options: &HashMap<String, Option<String>>) -> Vec<String> {
    let mut out: Vec<String> = names
        .iter()
        .filter_map(|n| {
            options
                .get(n)
                .map(|canonical| canonical.clone().unwrap_or_else(|| n.clone()))
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn lines(err: &AzError) -> String {
        err.recommendations.join("\n")
    }

    #[test]
    fn the_embedded_table_parses() {
        let table: HashMap<String, CommandHelp> =
            serde_json::from_str(USAGE_JSON).expect("usage.json");
        assert!(table["aks create"].examples.len() > 3);
        assert_eq!(
            table["aks create"].options["-g"].as_deref(),
            Some("--resource-group")
        );
    }

    #[test]
    fn options_spelled_in_argparse_order() {
        let spell = |c, l| option_strings(c, l).unwrap_or_default().join("/");
        assert_eq!(
            spell("aks create", "--resource-group"),
            "--resource-group/-g"
        );
        assert_eq!(
            spell("network public-ip prefix create", "--name"),
            "-n/--name"
        );
        assert_eq!(
            spell("group create", "--name"),
            "--name/--resource-group/-n/-g"
        );
        assert_eq!(option_strings("emulator start", "--port"), None);
    }

    #[test]
    fn parameter_names_as_az_extracts_them() {
        assert_eq!(
            parameter_names(&strings("aks show -gRG --name=x ---x -1 - -n y")),
            strings("-g --name -1 -n")
        );
    }

    /// az 2.91 for `az aks nodepool add -g rg --cluster-name c -n np1 --node-count`: the two
    /// examples with --node-count first, then the shortest ones in help order.
    #[test]
    fn examples_sharing_more_parameters_come_first() {
        let err = command_usage_error(
            "argument --node-count/-c: expected one argument".into(),
            "aks nodepool add",
            &strings("aks nodepool add -g rg --cluster-name c -n np1 --node-count"),
        );
        let text = lines(&err);
        let first = text.find("--vm-sizes").expect("VirtualMachines example");
        let second = text.find("KataVmIsolation").expect("Kata example");
        let third = text
            .find("--enable-encryption-at-host")
            .expect("encryption example");
        assert!(first < second && second < third, "{text}");
        assert_eq!(text.matches("\naz aks nodepool add ").count(), 3, "{text}");
        assert!(text.starts_with("\nExamples from command's help:\naz aks nodepool add"));
        assert!(text.ends_with(
            "\n\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs"
        ));
    }

    proptest::proptest! {
        /// Whatever was typed, the recommendations end with the reference and hold at most
        /// three examples of the command.
        #[test]
        fn any_command_line_gets_at_most_three_examples(
            command in proptest::sample::select(vec!["aks create", "aks nodepool add", "group create", "network public-ip prefix show", "nope"]),
            args in proptest::collection::vec("-{0,3}[a-z=-]{0,12}", 0..12)
        ) {
            let err = command_usage_error("m".into(), command, &args);
            let text = lines(&err);
            proptest::prop_assert!(text.ends_with("https://aka.ms/cli_ref\nRead more about the command in reference docs"));
            let examples = text.matches(&format!("\naz {command} ")).count();
            proptest::prop_assert!(examples <= MAX_EXAMPLES);
        }
    }

    #[test]
    fn commands_without_examples_print_the_link_only() {
        for command in ["group show", "emulator start", "no such command"] {
            let err = command_usage_error("m".into(), command, &[]);
            assert_eq!(
                err.recommendations,
                [
                    "",
                    REFERENCE,
                    "Read more about the command in reference docs"
                ],
                "{command}"
            );
        }
    }
}
