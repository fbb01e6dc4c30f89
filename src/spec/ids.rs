//! az's `--ids` (azure/cli/core/commands/arm.py): the commands that name one resource by a
//! group and a name also take one or more full resource ids, each giving the subscription,
//! group and name of one run of the command. Without `--ids` the group and name are required,
//! reported in the command's own words (AAZ commands and the others differ).

use serde_json::Value;

use super::names::ResourceGroupName;
use super::network::{resource_group, resource_name};
use super::resource_id::{az_id_parts, is_valid_resource_id};
use crate::error::{AzError, Result};

/// One run of the command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// From the id; `None` keeps the subscription the command runs in.
    pub subscription: Option<String>,
    pub resource_group: ResourceGroupName,
    pub name: String,
    /// A child resource's name (`--name` of `vnet subnet show`, beside `--vnet-name`).
    pub child: Option<String>,
    /// The id it came from, which names it in az's warnings when one of several runs fails.
    pub id: Option<String>,
}

/// The targets of a command, and the warnings az prints about flags `--ids` overrides (before
/// anything else, an invalid id included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Targets {
    pub warnings: Vec<String>,
    pub targets: Result<Vec<Target>>,
    /// `--ids` was given (a global `--subscription` is then ignored too).
    pub from_ids: bool,
}

/// Which part of an id an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    ResourceGroup,
    Name,
    /// `child_name_1`: a child resource's name.
    ChildName,
}

/// How the command reports a missing group or name when `--ids` is not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Required {
    /// AAZ commands check their own arguments: the first one missing.
    Aaz,
    /// arm.py's check for the others: every one missing.
    Arm,
}

/// One id-part argument: az's first option string for it (which its messages name), its part
/// of an id, and the value given. In the order az's command defines them.
pub struct IdArg<'a> {
    pub option: &'static str,
    pub part: Part,
    pub value: Option<&'a str>,
}

pub fn targets(ids: Option<&[String]>, args: &[IdArg<'_>], required: Required) -> Targets {
    let Some(ids) = ids.filter(|ids| !ids.is_empty()) else {
        return Targets {
            warnings: Vec::new(),
            targets: without_ids(args, required),
            from_ids: false,
        };
    };
    let warnings = args
        .iter()
        .filter(|a| a.value.is_some_and(|v| !v.is_empty()))
        .map(|a| {
            format!(
                "option '{}' will be ignored due to use of '--ids'.",
                a.option
            )
        })
        .collect();
    Targets {
        warnings,
        targets: from_ids(ids, args),
        from_ids: true,
    }
}

fn from_ids(ids: &[String], args: &[IdArg<'_>]) -> Result<Vec<Target>> {
    let mut targets = Vec::new();
    for id in expand(ids) {
        let Some(parts) = az_id_parts(&id).filter(|_| is_valid_resource_id(&id)) else {
            return Err(AzError::validation(format!("invalid resource ID: {id}")));
        };
        let mut group = None;
        let mut name = None;
        let mut child = None;
        for arg in args {
            let (value, slot) = match arg.part {
                Part::ResourceGroup => (parts.resource_group.as_deref(), &mut group),
                Part::Name => (parts.name.as_deref(), &mut name),
                Part::ChildName => (parts.child_name_1.as_deref(), &mut child),
            };
            let Some(value) = value else {
                return Err(AzError::validation(format!(
                    "Argument {} cannot be derived from ID {id}. Please provide a complete resource ID containing all information of 'Resource Id' arguments. ",
                    arg.option
                )));
            };
            *slot = Some(value.to_string());
        }
        targets.push(Target {
            subscription: Some(parts.subscription),
            resource_group: resource_group(group.as_deref().unwrap_or_default())?,
            name: resource_name(name.as_deref().unwrap_or_default(), "--name")?,
            child: child
                .as_deref()
                .map(|c| resource_name(c, "--name"))
                .transpose()?,
            id: Some(id),
        });
    }
    Ok(targets)
}

fn without_ids(args: &[IdArg<'_>], required: Required) -> Result<Vec<Target>> {
    let missing: Vec<&str> = args
        .iter()
        .filter(|a| a.value.is_none())
        .map(|a| a.option)
        .collect();
    match (required, missing.as_slice()) {
        (_, []) => {}
        (Required::Aaz, [first, ..]) => {
            return Err(AzError::validation(format!(
                "InvalidArgumentValue: Missing required field: {first}"
            )));
        }
        (Required::Arm, all) => {
            return Err(AzError::validation(format!(
                "({} | --ids) are required",
                all.join(" ")
            )));
        }
    }
    let value = |part| {
        args.iter()
            .find(|a| a.part == part)
            .and_then(|a| a.value)
            .unwrap_or_default()
    };
    Ok(vec![Target {
        subscription: None,
        resource_group: resource_group(value(Part::ResourceGroup))?,
        name: resource_name(value(Part::Name), "--name")?,
        child: args
            .iter()
            .any(|a| a.part == Part::ChildName)
            .then(|| resource_name(value(Part::ChildName), "--name"))
            .transpose()?,
        id: None,
    }])
}

/// The ids in `--ids` values as az reads them: JSON from `-o json` (objects with an `id`, one
/// or a list, even when the shell split it into words), else one id per line (`-o tsv`).
fn expand(values: &[String]) -> Vec<String> {
    let mut ids = Vec::new();
    for value in rejoin_json(values) {
        match serde_json::from_str::<Value>(&value) {
            Ok(json) => {
                let items = match json {
                    Value::Array(items) => items,
                    other => vec![other],
                };
                ids.extend(
                    items
                        .iter()
                        .filter_map(|i| i.get("id").and_then(Value::as_str))
                        .map(str::to_string),
                );
            }
            Err(_) => ids.extend(value.lines().map(str::to_string)),
        }
    }
    ids
}

/// arm.py's `assemble_json`: words from `[` to its matching `]` become one value again.
fn rejoin_json(values: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut pending = String::new();
    for value in values {
        if value == "[" {
            depth += 1;
        } else if value == "]" && depth > 0 {
            depth -= 1;
            if depth == 0 {
                pending.push_str(value);
                out.push(std::mem::take(&mut pending));
                continue;
            }
        }
        if depth > 0 {
            pending.push_str(value);
        } else {
            out.push(value.clone());
        }
    }
    // an unclosed `[`: the words stay as they were
    if !pending.is_empty() {
        out.push(pending);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PFX: &str =
        "/subscriptions/s1/resourceGroups/rg1/providers/Microsoft.Network/publicIPPrefixes/p1";

    fn aaz<'a>(name: Option<&'a str>, group: Option<&'a str>) -> [IdArg<'a>; 2] {
        [
            IdArg {
                option: "-n",
                part: Part::Name,
                value: name,
            },
            IdArg {
                option: "--resource-group",
                part: Part::ResourceGroup,
                value: group,
            },
        ]
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ids_give_subscription_group_and_name_and_warn_about_the_flags_they_override() {
        let t = targets(
            Some(&ids(&[PFX])),
            &aaz(Some("x"), Some("y")),
            Required::Aaz,
        );
        let list = t.targets.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].subscription.as_deref(), Some("s1"));
        assert_eq!(list[0].resource_group.0, "rg1");
        assert_eq!(list[0].name, "p1");
        assert_eq!(
            t.warnings,
            [
                "option '-n' will be ignored due to use of '--ids'.",
                "option '--resource-group' will be ignored due to use of '--ids'."
            ]
        );
    }

    #[test]
    fn ids_piped_as_json_or_tsv() {
        let json = format!(r#"[{{"id": "{PFX}", "name": "p1"}}, {{"id": "{PFX}2"}}]"#);
        let t = targets(Some(&ids(&[&json])), &aaz(None, None), Required::Aaz);
        let list = t.targets.unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].name, "p12");
        // the shell split the JSON into words
        let words: Vec<String> = json.split(' ').map(String::from).collect();
        let split = format!("[ {} ]", &json[1..json.len() - 1]);
        let words2: Vec<String> = split.split(' ').map(String::from).collect();
        assert!(
            targets(Some(&words), &aaz(None, None), Required::Aaz)
                .targets
                .is_err()
        );
        let t = targets(Some(&words2), &aaz(None, None), Required::Aaz);
        assert_eq!(t.targets.unwrap().len(), 2);
        let tsv = format!("{PFX}\n{PFX}3\n");
        let t = targets(Some(&ids(&[&tsv])), &aaz(None, None), Required::Aaz);
        let names: Vec<String> = t.targets.unwrap().into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["p1", "p13"]);
    }

    #[test]
    fn errors_in_azs_words() {
        let err = |ids_: &[&str], args: &[IdArg<'_>], r| {
            targets(Some(&ids(ids_)), args, r)
                .targets
                .unwrap_err()
                .message
        };
        assert_eq!(
            err(&["notanid"], &aaz(None, None), Required::Aaz),
            "invalid resource ID: notanid"
        );
        assert_eq!(
            err(
                &["/subscriptions/s/resourceGroups/rg"],
                &aaz(None, None),
                Required::Aaz
            ),
            "Argument -n cannot be derived from ID /subscriptions/s/resourceGroups/rg. Please provide a complete resource ID containing all information of 'Resource Id' arguments. "
        );
        let missing = |args: &[IdArg<'_>], r| targets(None, args, r).targets.unwrap_err().message;
        assert_eq!(
            missing(&aaz(None, None), Required::Aaz),
            "InvalidArgumentValue: Missing required field: -n"
        );
        assert_eq!(
            missing(&aaz(Some("p"), None), Required::Aaz),
            "InvalidArgumentValue: Missing required field: --resource-group"
        );
        let arm = [
            IdArg {
                option: "--resource-group",
                part: Part::ResourceGroup,
                value: None,
            },
            IdArg {
                option: "--name",
                part: Part::Name,
                value: None,
            },
        ];
        assert_eq!(
            missing(&arm, Required::Arm),
            "(--resource-group --name | --ids) are required"
        );
    }

    #[test]
    fn warnings_come_with_an_invalid_id_too() {
        let t = targets(Some(&ids(&["bad"])), &aaz(Some("x"), None), Required::Aaz);
        assert_eq!(
            t.warnings,
            ["option '-n' will be ignored due to use of '--ids'."]
        );
        assert!(t.targets.is_err());
    }

    proptest::proptest! {
        /// Any words at all: targets or an error, never a panic; every target's parts come
        /// from a valid id.
        #[test]
        fn any_ids_give_targets_or_an_error(
            words in proptest::collection::vec("([\\[\\]{}\"/:, a-zA-Z0-9=\n-]|subscriptions|resourceGroups|providers){0,40}", 0..5)
        ) {
            if let Ok(list) = targets(Some(&words), &aaz(None, None), Required::Aaz).targets {
                for t in list {
                    let id = t.id.unwrap_or_default();
                    proptest::prop_assert!(is_valid_resource_id(&id));
                    proptest::prop_assert!(id.contains(&t.name));
                }
            }
        }

        /// A well-formed id always gives back its subscription, group and name.
        #[test]
        fn well_formed_ids_round_trip(
            sub in "[a-z0-9-]{1,12}",
            rg in "[a-zA-Z0-9][a-zA-Z0-9_-]{0,11}",
            name in "[a-zA-Z0-9]([a-zA-Z0-9_.-]{0,10}[a-zA-Z0-9_])?"
        ) {
            let id = format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/publicIPPrefixes/{name}");
            let list = targets(Some(std::slice::from_ref(&id)), &aaz(None, None), Required::Aaz)
                .targets
                .unwrap();
            proptest::prop_assert_eq!(list[0].subscription.as_deref(), Some(sub.as_str()));
            proptest::prop_assert_eq!(&list[0].resource_group.0, &rg);
            proptest::prop_assert_eq!(&list[0].name, &name);
        }
    }

    #[test]
    fn without_ids_the_flags_name_the_one_target() {
        let t = targets(None, &aaz(Some("p"), Some("rg")), Required::Aaz);
        assert!(t.warnings.is_empty());
        let list = t.targets.unwrap();
        assert_eq!(list[0].subscription, None);
        assert_eq!(list[0].name, "p");
    }
}
