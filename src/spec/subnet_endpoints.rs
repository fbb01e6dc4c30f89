//! `--endpoints` of `network vnet subnet create|update`: AAZ's list of service endpoint objects
//! (`service`, `locations`, `network-identifier`), in shorthand syntax or JSON, formatted as
//! AAZ's arg actions format them (their error texts included) into the wire's
//! `serviceEndpoints` elements.

use serde_json::{Map, Value, json};

use super::shorthand::{self, Sh};
use crate::error::{AzError, Result};

/// The element's fields: wire name, AAZ field name, the option alias.
const FIELDS: &[(&str, &str, &str)] = &[
    ("locations", "locations", "locations"),
    (
        "networkIdentifier",
        "network_identifier",
        "network-identifier",
    ),
    ("service", "service", "service"),
];

/// AAZ's `to_snack_case`.
pub(super) fn snake(key: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = key.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1);
        let boundary = c.is_ascii_uppercase()
            && prev.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (next.is_some_and(|n| n.is_ascii_lowercase()) && p != '_')
            });
        if boundary {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out.replace('-', "_")
}

fn field(key: &str) -> Option<&'static str> {
    let by_name = |k: &str| {
        FIELDS
            .iter()
            .find(|(_, name, alias)| k == *name || k == *alias)
    };
    let found = by_name(key).or_else(|| {
        (key != key.to_lowercase())
            .then(|| snake(key))
            .and_then(|s| FIELDS.iter().find(|(_, name, _)| s == *name))
    });
    found.map(|(wire, _, _)| *wire)
}

pub(super) type Formatted<T> = std::result::Result<T, String>;

/// A simple string field (`AAZSimpleTypeArgAction.format_data` for a str).
pub(super) fn string(v: &Sh, nullable: bool) -> Formatted<Option<String>> {
    match v {
        Sh::Blank => Err("argument value cannot be blank".into()),
        Sh::Null if nullable => Ok(None),
        Sh::Null => Err("field is not nullable".into()),
        Sh::Str(s) => Ok(Some(s.clone())),
        Sh::Int(n) => Ok(Some(n.to_string())),
        Sh::Float(_) => Ok(Some(v.py_repr().to_lowercase())),
        Sh::Bool(b) => Ok(Some(b.to_string())),
        other => Err(format!(
            "<class 'str'> type value expected, got {}",
            other.described()
        )),
    }
}

/// A list of strings (`AAZListArgAction.format_data` with str elements).
pub(super) fn str_list(v: &Sh, nullable: bool) -> Formatted<Option<Value>> {
    let Some(items) = v.as_list(nullable)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let s = string(item, nullable).map_err(|e| format!("Invalid at [{i}] : {e}"))?;
        out.push(s.map_or(Value::Null, Value::String));
    }
    Ok(Some(Value::Array(out)))
}

/// One element; `Err` carries AAZ's message. Unknown keys are not wrapped (AAZ raises them
/// from outside its per-field handler).
fn element(v: &Sh, nullable: bool) -> Formatted<Option<Value>> {
    let Some(fields) = v.as_dict(nullable)? else {
        return Ok(None);
    };
    let mut out = Map::new();
    for (key, value) in fields {
        let Some(wire) = field(key) else {
            return Err(format!(
                "\u{0}Model 'AAZObjectArg' has no field named '{key}'"
            ));
        };
        let formatted = match wire {
            "locations" => str_list(value, nullable),
            _ => string(value, nullable).map(|s| s.map(Value::String)),
        };
        let formatted = formatted.map_err(|e| format!("Invalid '{key}' : {e}"))?;
        match (wire, formatted) {
            (_, None) => {
                out.remove(wire);
            }
            ("networkIdentifier", Some(id)) => {
                out.insert(wire.into(), json!({"id": id}));
            }
            (_, Some(v)) => {
                out.insert(wire.into(), v);
            }
        }
    }
    Ok(Some(Value::Object(out)))
}

/// The whole list from one value; `Ok(None)`: `null` on update.
fn list(v: &Sh, nullable: bool) -> Formatted<Option<Vec<Value>>> {
    let Some(items) = v.as_list(nullable)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let e = element(item, nullable).map_err(|e| match e.strip_prefix('\u{0}') {
            Some(unknown) => format!("\u{0}{unknown}"),
            None => format!("Invalid at [{i}] : {e}"),
        })?;
        if let Some(e) = e {
            out.push(e);
        }
    }
    Ok(Some(out))
}

/// Whether AAZ reads `value` as a partial value (`KEY=VALUE`, `[0].service=x`).
pub(super) fn is_partial(value: &str) -> bool {
    let Some((key, _)) = value.split_once('=') else {
        return false;
    };
    !key.is_empty()
        && !key.starts_with(['.', '{'])
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

/// `--endpoints` values (each a whole list; the last one wins, as AAZ assigns them in turn).
/// `Some(None)`: `null` (update only).
pub fn endpoints(values: &[String], nullable: bool) -> Result<Option<Vec<Value>>> {
    let fail =
        |msg: String| AzError::validation(format!("Failed to parse '--endpoints' argument: {msg}"));
    let mut last = None;
    for value in values {
        if is_partial(value) {
            return Err(AzError::usage(format!(
                "azr does not support AAZ's partial-value form ('{value}') on --endpoints yet; give the whole list, e.g. --endpoints \"[{{service:Microsoft.Storage}}]\"; nothing was sent"
            )));
        }
        let parsed = if value.is_empty() {
            Sh::Blank
        } else {
            shorthand::parse_compound(value).map_err(|e| fail(e.to_string()))?
        };
        let formatted = list(&parsed, nullable)
            .map_err(|e| fail(e.strip_prefix('\u{0}').map_or(e.clone(), str::to_string)))?;
        last = Some(formatted);
    }
    Ok(last.flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(v: &str) -> Value {
        Value::Array(endpoints(&[v.to_string()], false).unwrap().unwrap())
    }

    fn fails(v: &str, nullable: bool) -> String {
        endpoints(&[v.to_string()], nullable)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn elements_as_aaz_builds_them() {
        assert_eq!(
            ok(
                "[{service:Microsoft.Storage,locations:[eastus,westus]},{service:Microsoft.Sql,networkIdentifier:/x/y}]"
            ),
            json!([{"service": "Microsoft.Storage", "locations": ["eastus", "westus"]},
                   {"service": "Microsoft.Sql", "networkIdentifier": {"id": "/x/y"}}])
        );
        assert_eq!(
            ok("[{\"service\": \"Microsoft.Storage\", \"network_identifier\": \"/n\"}]"),
            json!([{"service": "Microsoft.Storage", "networkIdentifier": {"id": "/n"}}])
        );
        assert_eq!(ok("[{service:1}]"), json!([{"service": "1"}]));
        assert_eq!(endpoints(&["null".into()], true).unwrap(), None);
    }

    #[test]
    fn refusals_as_aaz_words_them() {
        assert!(fails("{service:x}", false).ends_with(
            "Failed to parse '--endpoints' argument: list type value expected, got 'OrderedDict([('service', 'x')])'(<class 'collections.OrderedDict'>)"
        ));
        assert!(fails("[{bogus:1}]", false).ends_with(
            "Failed to parse '--endpoints' argument: Model 'AAZObjectArg' has no field named 'bogus'"
        ));
        assert!(fails("[{service:[a]}]", false).ends_with(
            "Invalid at [0] : Invalid 'service' : <class 'str'> type value expected, got '['a']'(<class 'list'>)"
        ));
        assert!(fails("[{locations:[null]}]", false).ends_with(
            "Invalid at [0] : Invalid 'locations' : Invalid at [0] : field is not nullable"
        ));
        assert!(
            fails("[{service}]", false)
                .ends_with("Invalid at [0] : Invalid 'service' : argument value cannot be blank")
        );
        assert!(fails("null", false).ends_with("field is not nullable"));
        assert!(fails("x", false).ends_with("list type value expected, got 'x'(<class 'str'>)"));
    }

    #[test]
    fn snake_case_as_aaz() {
        assert_eq!(snake("networkIdentifier"), "network_identifier");
        assert_eq!(snake("Service"), "service");
    }
}
