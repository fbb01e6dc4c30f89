//! `--ipam-allocations` / `--ipam-pool-prefix-allocations` of `network vnet create` and `network
//! vnet subnet create|update`, and the `ipam-pool-prefix-allocations` field of `vnet create
//! --sgp`: AAZ's list of IPAM pool allocation objects (`id`, `number-of-ip-addresses`), whole in
//! shorthand syntax or JSON, or element by element as partial values (`[0].id=...`), formatted
//! as AAZ builds them into `{"numberOfIpAddresses": "N", "pool": {"id": ...}}`.

use serde_json::{Map, Value, json};

use super::shorthand::{self, Sh};
use super::subnet_endpoints::{Formatted, is_partial, snake, string};
use crate::error::{AzError, Result};

/// The element field a key names (`id`, `number-of-ip-addresses` or their snake/camel forms).
fn field(key: &str) -> Option<&'static str> {
    let name = if key != key.to_lowercase() {
        snake(key)
    } else {
        key.replace('-', "_")
    };
    match name.as_str() {
        "id" => Some("id"),
        "number_of_ip_addresses" => Some("numberOfIpAddresses"),
        _ => None,
    }
}

/// Sets one field of an element (`None`: `null`, which removes it).
fn set_field(out: &mut Map<String, Value>, wire: &str, value: Option<String>) {
    match (wire, value) {
        ("id", Some(id)) => {
            out.insert("pool".into(), json!({"id": id}));
        }
        ("id", None) => {
            out.remove("pool");
        }
        (_, Some(n)) => {
            out.insert(wire.into(), json!(n));
        }
        (_, None) => {
            out.remove(wire);
        }
    }
}

/// One element; an unknown key's message is marked with a leading NUL (AAZ raises it from
/// outside its per-index wrapper).
fn element(v: &Sh, nullable: bool) -> Formatted<Option<Map<String, Value>>> {
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
        let s = string(value, nullable).map_err(|e| format!("Invalid '{key}' : {e}"))?;
        set_field(&mut out, wire, s);
    }
    Ok(Some(out))
}

/// A whole list; `Ok(None)`: `null` (update only).
pub(super) fn list(v: &Sh, nullable: bool) -> Formatted<Option<Vec<Value>>> {
    let Some(items) = v.as_list(nullable)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let e = element(item, nullable).map_err(|e| {
            if e.starts_with('\u{0}') {
                e
            } else {
                format!("Invalid at [{i}] : {e}")
            }
        })?;
        out.push(e.map_or(Value::Null, Value::Object));
    }
    Ok(Some(out))
}

/// `[N].key` or `[N]` of a partial value: the index and the field, if any.
fn partial_key(key: &str) -> Option<(usize, Option<&str>)> {
    let rest = key.strip_prefix('[')?;
    let (index, after) = rest.split_once(']')?;
    let index = index.parse().ok()?;
    match after {
        "" => Some((index, None)),
        _ => Some((index, Some(after.strip_prefix('.')?))),
    }
}

/// `--ipam-allocations` values, applied in turn (a whole list replaces the list, a partial
/// value sets one element or one field of it). `Some(None)`: `null` (update only).
pub fn ipam_allocations(
    option: &str,
    values: &[String],
    nullable: bool,
) -> Result<Option<Option<Vec<Value>>>> {
    let fail =
        |msg: String| AzError::validation(format!("Failed to parse '{option}' argument: {msg}"));
    let parse = |text: &str| -> Result<Sh> {
        if text.is_empty() {
            return Ok(Sh::Blank);
        }
        shorthand::parse_compound(text).map_err(|e| fail(e.to_string()))
    };
    let unmark = |e: String| e.trim_start_matches('\u{0}').to_string();
    let mut current: Option<Option<Vec<Value>>> = None;
    for value in values {
        if !is_partial(value) {
            let parsed = parse(value)?;
            current = Some(list(&parsed, nullable).map_err(|e| fail(unmark(e)))?);
            continue;
        }
        let (key, rest) = value.split_once('=').unwrap_or_default();
        let Some((index, sub)) = partial_key(key) else {
            return Err(AzError::usage(format!(
                "azr does not support the partial value '{value}' on {option} yet; use [N].id=... and [N].number-of-ip-addresses=..., or give the whole list; nothing was sent"
            )));
        };
        let items = current
            .get_or_insert(Some(Vec::new()))
            .get_or_insert(Vec::new());
        if index > items.len() {
            return Err(AzError::usage(format!(
                "azr does not support '{key}' on {option} before [{}] is set; give the elements in order; nothing was sent",
                items.len()
            )));
        }
        if index == items.len() {
            items.push(json!({}));
        }
        let parsed = parse(rest)?;
        match sub {
            None => {
                let e = element(&parsed, nullable).map_err(|e| fail(unmark(e)))?;
                items[index] = e.map_or(Value::Null, Value::Object);
            }
            Some(sub) => {
                let Some(wire) = field(sub) else {
                    return Err(fail(format!(
                        "Model 'AAZObjectArg' has no field named '{sub}'"
                    )));
                };
                let s = string(&parsed, nullable).map_err(fail)?;
                if !items[index].is_object() {
                    items[index] = json!({});
                }
                if let Value::Object(m) = &mut items[index] {
                    set_field(m, wire, s);
                }
            }
        }
    }
    Ok(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(values: &[&str]) -> Result<Option<Option<Vec<Value>>>> {
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        ipam_allocations("--ipam-allocations", &values, false)
    }

    #[test]
    fn whole_and_partial_values_as_aaz_builds_them() {
        let want = json!([{"numberOfIpAddresses": "100", "pool": {"id": "/p"}}]);
        for values in [
            &["[0].number-of-ip-addresses=100", "[0].id=/p"][..],
            &["[{id:/p,number-of-ip-addresses:100}]"],
            &[r#"[{"id": "/p", "numberOfIpAddresses": "100"}]"#],
            &["[0]={id:/p,number_of_ip_addresses:100}"],
        ] {
            assert_eq!(
                parse(values).unwrap(),
                Some(Some(want.as_array().unwrap().clone())),
                "{values:?}"
            );
        }
    }

    #[test]
    fn refusals() {
        let e = |v: &[&str]| parse(v).unwrap_err().to_string();
        assert!(e(&["[{bogus:1}]"]).ends_with(
            "Failed to parse '--ipam-allocations' argument: Model 'AAZObjectArg' has no field named 'bogus'"
        ));
        assert!(e(&["{id:x}"]).contains("list type value expected"));
        assert!(e(&["[{id:[a]}]"]).ends_with(
            "Invalid at [0] : Invalid 'id' : <class 'str'> type value expected, got '['a']'(<class 'list'>)"
        ));
        assert!(e(&["[2].id=x"]).contains("nothing was sent"));
        let null = ipam_allocations("--ipam-allocations", &["null".into()], true).unwrap();
        assert_eq!(null, Some(None));
    }
}
