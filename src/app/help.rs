//! `-h`/`--help` as az 2.91 prints it (knack's `CLIHelp` with az's `CLIPrintMixin`), from the
//! help pages of the surface data: a command's Arguments by group, a group's Subgroups and
//! Commands, the Examples. az wraps help at 100 columns whatever the terminal.

use crate::cli::surface::{self, HelpPage};
use crate::output::pywrap::indent;

const WIDTH: usize = 100;
const SEPARATOR: &str = " : ";

/// az's help for the command or group at `path`, when az has it; `children` are the names of
/// the subcommands azr has there (with their summary for those az lacks).
pub fn page(path: &str, children: &[(String, String, bool)]) -> Option<String> {
    if let Some(command) = surface::command(path) {
        return Some(command_page(path, &command.help));
    }
    surface::group(path).map(|group| group_page(path, group, children))
}

fn header(kind: &str, path: &str, page: &HelpPage) -> String {
    let mut out = indent("", 0, None, WIDTH);
    out += &indent(kind, 0, None, WIDTH);
    let separator = if page.summary.is_empty() {
        ""
    } else {
        SEPARATOR
    };
    out += &indent(
        &format!("az {path}{separator}{}", page.summary),
        1,
        None,
        WIDTH,
    );
    out += &indent(&page.long, 2, None, WIDTH);
    if !page.links.is_empty() {
        let links = match page.links.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => page.links.join(""),
        };
        out += &indent(
            &format!("For more information, see: {links}\n"),
            2,
            None,
            WIDTH,
        );
    }
    if page.gap {
        out += &indent("", 0, None, WIDTH);
    }
    out
}

/// knack's padding between a name and its tags: names and tags line up in one column.
fn line_len(name: &str, tags: &str) -> usize {
    let tags_len = tags.chars().count();
    name.chars().count() + tags_len + if tags_len > 0 { 2 } else { 1 }
}

fn item(name: &str, tags: &str, summary: &str, max: usize) -> String {
    let len = line_len(name, tags);
    let padding = if tags.is_empty() {
        max - len
    } else {
        max - len + 1
    };
    let separator = if summary.is_empty() { "" } else { SEPARATOR };
    let line = format!("{name}{}{tags}{separator}{summary}", " ".repeat(padding));
    indent(&line, 1, Some(max + 4 + SEPARATOR.len() - 1), WIDTH)
}

fn command_page(path: &str, page: &HelpPage) -> String {
    let mut out = header("Command", path, page);
    out += &indent("Arguments", 0, None, WIDTH);
    if page.params.is_empty() {
        out += &indent("None", 1, None, WIDTH);
    } else {
        let max = page
            .params
            .iter()
            .map(|p| line_len(&p.name, &p.tags))
            .max()
            .unwrap_or(0);
        let mut last_group = "";
        for p in &page.params {
            if p.group != last_group {
                if !p.group.is_empty() {
                    out += &format!("\n{}\n", p.group);
                }
                last_group = &p.group;
            }
            out += &item(&p.name, &p.tags, &p.summary, max);
            if !p.long.is_empty() {
                out += &indent(&p.long, 2, None, WIDTH);
            }
        }
    }
    out += &indent("", 0, None, WIDTH);
    out + &examples(page)
}

fn group_page(path: &str, page: &HelpPage, children: &[(String, String, bool)]) -> String {
    let mut out = header("Group", path, page);
    // az's entry for each child azr has; azr's own summary for the others
    let shown: Vec<(String, String, String, bool)> = children
        .iter()
        .map(
            |(name, summary, is_group)| match page.children.iter().find(|c| &c.name == name) {
                Some(c) => (c.name.clone(), c.tags.clone(), c.summary.clone(), c.group),
                None => (name.clone(), String::new(), normalize(summary), *is_group),
            },
        )
        .collect();
    let max = shown
        .iter()
        .map(|(name, tags, ..)| line_len(name, tags))
        .max()
        .unwrap_or(0);
    for (title, want_groups) in [("Subgroups:", true), ("Commands:", false)] {
        let mut items: Vec<_> = shown.iter().filter(|c| c.3 == want_groups).collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by(|a, b| a.0.cmp(&b.0));
        out += &indent(title, 0, None, WIDTH);
        for (name, tags, summary, _) in items {
            out += &item(name, tags, summary, max);
        }
        out += &indent("", 0, None, WIDTH);
    }
    out + &examples(page)
}

fn examples(page: &HelpPage) -> String {
    if page.examples.is_empty() {
        return String::new();
    }
    let mut out = indent("Examples", 0, None, WIDTH);
    for e in &page.examples {
        out += &indent(&e.summary, 1, None, WIDTH);
        if !e.long.is_empty() {
            out += &indent(&e.long, 2, None, WIDTH);
        }
        out += &indent(&e.command, 2, None, WIDTH);
        out.push('\n');
    }
    out
}

/// az's `_normalize_text` of a summary: a capital first letter and a closing period.
fn normalize(s: &str) -> String {
    let s = s.trim();
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let period = if s.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("{}{}{period}", first.to_uppercase(), chars.as_str())
}
