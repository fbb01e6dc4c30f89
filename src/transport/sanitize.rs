//! User-defined sanitizers for cassettes (`AZR_CASSETTE_SANITIZERS=FILE`), on top of the
//! built-in secret scrubbing: regular expressions on the URL, headers and bodies, applied to an
//! interaction before it is saved and to a request before it is matched, as the Azure SDK test
//! proxy's `UriRegexSanitizer` / `HeaderRegexSanitizer` / `BodyRegexSanitizer` are.
//!
//! A replacement holding `{n}` is a stable name: each distinct text the regex matches in the
//! requests of one session gets the next number (`rg-48213` → `rg-1`, `rg-90210` → `rg-2`), so
//! a script that makes up random names records and replays the same placeholders, and replayed
//! responses give the script its own names back. Numbers are handed out from requests only
//! (responses reuse the names already seen), so recording and replaying number alike.
//!
//! The file is JSON: `{"sanitizers": [{"target": "url"|"header"|"body", "key": "Header-Name",
//! "regex": "...", "value": "..."}]}` (a bare list is accepted too). `target` left out applies
//! everywhere; `key` names the header (every header when left out); `value` may use `$1`
//! for a capture group.

use std::path::Path;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::cassette::Interaction;
use crate::arm::ArmRequest;
use crate::error::{AzError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Target {
    Url,
    Header,
    Body,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    #[serde(default)]
    target: Option<Target>,
    #[serde(default)]
    key: Option<String>,
    regex: String,
    value: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RuleFile {
    Wrapped { sanitizers: Vec<Rule> },
    List(Vec<Rule>),
}

#[derive(Debug)]
struct Sanitizer {
    target: Option<Target>,
    key: Option<String>,
    regex: Regex,
    value: String,
}

/// A stable name handed out in one session: the text a sanitizer matched and its placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StableName {
    pub sanitizer: usize,
    pub original: String,
    pub placeholder: String,
}

#[derive(Debug, Default)]
pub struct Sanitizers {
    rules: Vec<Sanitizer>,
}

/// Whether new stable names may be handed out (requests) or only known ones reused (responses).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Naming {
    Assign,
    Reuse,
}

impl Sanitizers {
    /// Reads a sanitizer file; every error names the file and the rule.
    pub fn load(path: &Path) -> Result<Sanitizers> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            AzError::usage(format!(
                "AZR_CASSETTE_SANITIZERS: cannot read '{}': {e}",
                path.display()
            ))
        })?;
        Self::parse(&text).map_err(|e| {
            AzError::usage(format!("AZR_CASSETTE_SANITIZERS: '{}' {e}", path.display()))
        })
    }

    pub fn parse(text: &str) -> std::result::Result<Sanitizers, String> {
        let file: RuleFile = serde_json::from_str(text).map_err(|e| {
            format!(
                "is not a sanitizer list ({{\"sanitizers\": [{{\"target\", \"key\", \"regex\", \"value\"}}]}}): {e}"
            )
        })?;
        let rules = match file {
            RuleFile::Wrapped { sanitizers } => sanitizers,
            RuleFile::List(list) => list,
        };
        let rules = rules
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                if r.regex.is_empty() {
                    return Err(format!("sanitizer {}: the regex is empty", i + 1));
                }
                let regex = Regex::new(&r.regex).map_err(|e| {
                    format!("sanitizer {}: invalid regex '{}': {e}", i + 1, r.regex)
                })?;
                Ok(Sanitizer {
                    target: r.target,
                    key: r.key,
                    regex,
                    value: r.value,
                })
            })
            .collect::<std::result::Result<Vec<_>, String>>()?;
        Ok(Sanitizers { rules })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The request as it is matched: URL, headers and body sanitized; new stable names are
    /// added to `names`.
    pub fn request(&self, req: &ArmRequest, names: &mut Vec<StableName>) -> ArmRequest {
        if self.is_empty() {
            return req.clone();
        }
        let mut out = req.clone();
        out.url = self.text(Target::Url, None, &req.url, names, Naming::Assign);
        out.headers = req
            .headers
            .iter()
            .map(|(k, v)| {
                let v = self.text(Target::Header, Some(k), v, names, Naming::Assign);
                (k.clone(), v)
            })
            .collect();
        out.body = req.body.as_ref().map(|b| {
            let text = String::from_utf8_lossy(b);
            self.text(Target::Body, None, &text, names, Naming::Assign)
                .into_bytes()
        });
        out
    }

    /// An interaction as it is saved: the request side may add stable names, the response side
    /// only reuses them.
    pub fn interaction(&self, i: &mut Interaction, names: &mut Vec<StableName>) {
        if self.is_empty() {
            return;
        }
        let req = &mut i.request;
        req.uri = self.text(Target::Url, None, &req.uri, names, Naming::Assign);
        for (k, values) in req.headers.iter_mut() {
            for v in values.iter_mut() {
                *v = self.text(Target::Header, Some(k), v, names, Naming::Assign);
            }
        }
        if let Some(body) = req.body.as_mut() {
            *body = self.text(Target::Body, None, body, names, Naming::Assign);
        }
        let resp = &mut i.response;
        for (k, values) in resp.headers.iter_mut() {
            for v in values.iter_mut() {
                *v = self.text(Target::Header, Some(k), v, names, Naming::Reuse);
            }
        }
        if let Some(body) = resp.body.string.as_mut() {
            *body = self.text(Target::Body, None, body, names, Naming::Reuse);
        }
    }

    fn text(
        &self,
        target: Target,
        header: Option<&str>,
        text: &str,
        names: &mut Vec<StableName>,
        naming: Naming,
    ) -> String {
        let mut out = text.to_string();
        for (index, rule) in self.rules.iter().enumerate() {
            if rule.target.is_some_and(|t| t != target) {
                continue;
            }
            if let Some(want) = &rule.key {
                // a rule naming a header applies to that header only
                if !header.is_some_and(|name| want.eq_ignore_ascii_case(name)) {
                    continue;
                }
            }
            out = rule
                .regex
                .replace_all(&out, |caps: &regex::Captures| {
                    let mut value = String::new();
                    caps.expand(&rule.value, &mut value);
                    if !rule.value.contains("{n}") {
                        return value;
                    }
                    let original = &caps[0];
                    if let Some(known) = names
                        .iter()
                        .find(|n| n.sanitizer == index && n.original == original)
                    {
                        return known.placeholder.clone();
                    }
                    if naming == Naming::Reuse {
                        return original.to_string();
                    }
                    let number = names.iter().filter(|n| n.sanitizer == index).count() + 1;
                    let placeholder = value.replace("{n}", &number.to_string());
                    names.push(StableName {
                        sanitizer: index,
                        original: original.to_string(),
                        placeholder: placeholder.clone(),
                    });
                    placeholder
                })
                .into_owned();
        }
        out
    }
}

/// A replayed text with the session's own names put back in place of their placeholders
/// (longest first, and never inside a longer word, so `rg-1` does not rewrite `rg-12`).
pub fn restore_names(text: &str, names: &[StableName]) -> String {
    if names.is_empty() {
        return text.to_string();
    }
    let mut sorted: Vec<&StableName> = names.iter().collect();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.placeholder.len()));
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for n in &sorted {
            let inside_word = |p: &str| {
                let next = rest[p.len()..].chars().next();
                p.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && next.is_some_and(|c| c.is_ascii_alphanumeric())
            };
            if !n.placeholder.is_empty()
                && rest.starts_with(&n.placeholder)
                && !inside_word(&n.placeholder)
            {
                out.push_str(&n.original);
                rest = &rest[n.placeholder.len()..];
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or_default();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Method;

    #[test]
    fn bad_files_name_the_rule() {
        let e = Sanitizers::parse(r#"[{"regex": "(", "value": "x"}]"#).unwrap_err();
        assert!(e.starts_with("sanitizer 1: invalid regex '('"), "{e}");
        let e =
            Sanitizers::parse(r#"{"sanitizers": [{"target": "uri", "regex": "a", "value": "b"}]}"#)
                .unwrap_err();
        assert!(e.starts_with("is not a sanitizer list"), "{e}");
        let e = Sanitizers::parse(r#"[{"regex": "", "value": "b"}]"#).unwrap_err();
        assert_eq!(e, "sanitizer 1: the regex is empty");
    }

    #[test]
    fn stable_names_number_distinct_values_in_request_order() {
        let s = Sanitizers::parse(
            r#"{"sanitizers": [{"regex": "rg-[0-9]+", "value": "rg-{n}"},
                {"target": "header", "key": "x-ms-client-request-id", "regex": ".+", "value": "<id>"}]}"#,
        )
        .unwrap();
        let mut names = Vec::new();
        let mut req = ArmRequest::new(
            Method::PUT,
            "/subscriptions/s/resourceGroups/rg-4821?x=rg-77",
        );
        req.headers
            .push(("X-MS-Client-Request-Id".into(), "abc".into()));
        let out = s.request(&req, &mut names);
        assert_eq!(out.url, "/subscriptions/s/resourceGroups/rg-1?x=rg-2");
        assert_eq!(out.headers[0].1, "<id>");
        let again = s.request(&ArmRequest::new(Method::GET, "/rg-77/rg-4821"), &mut names);
        assert_eq!(again.url, "/rg-2/rg-1");
        assert_eq!(
            restore_names(r#"{"id": "/rg-1", "other": "rg-2", "n": "rg-12"}"#, &names),
            r#"{"id": "/rg-4821", "other": "rg-77", "n": "rg-12"}"#
        );
    }
}
