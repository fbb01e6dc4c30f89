//! Values as az's generic update reads and checks them: `shell_safe_json_parse`, the AAZ types'
//! `process_data` (a value must fit its field's type), and Python's `str()` for the messages.

use serde_json::{Map, Value};

use super::schema::{Kind, Schemas};

/// `shell_safe_json_parse`: JSON, else a Python literal (`True`, `'x'`), else `None`.
pub fn parse_literal(text: &str) -> Option<Value> {
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return Some(v);
    }
    let t = text.trim();
    match t {
        "True" => return Some(Value::Bool(true)),
        "False" => return Some(Value::Bool(false)),
        "None" => return Some(Value::Null),
        _ => {}
    }
    let quoted = t.len() >= 2
        && ((t.starts_with('\'') && t.ends_with('\'')) || (t.starts_with('"') && t.ends_with('"')));
    quoted.then(|| Value::String(t[1..t.len() - 1].to_string()))
}

/// What a value becomes in its field: `Ok(None)` leaves the field unset (AAZ's value patch).
pub fn coerce(ty: usize, value: &Value) -> Result<Option<Value>, String> {
    let schemas = Schemas::get();
    let t = schemas.ty(ty);
    if value.is_null() {
        return Ok(t.nullable.then_some(Value::Null));
    }
    match t.kind {
        Kind::Any => Ok(Some(value.clone())),
        Kind::Str | Kind::Int | Kind::Bool | Kind::Float => simple(t.kind, value).map(Some),
        Kind::Object => {
            let Value::Object(given) = value else {
                return Err(expect("dict", value));
            };
            let mut out = Map::new();
            for (key, sub) in given {
                if let Some(field) = t.field(key)
                    && let Some(v) = coerce(field.ty, sub)?
                {
                    out.insert(field.wire.clone(), v);
                }
            }
            Ok(Some(Value::Object(out)))
        }
        Kind::Dict => {
            let Value::Object(given) = value else {
                return Err(expect("dict", value));
            };
            let mut out = Map::new();
            for (key, sub) in given {
                let v = match t.element {
                    Some(e) => coerce(e, sub)?,
                    None => Some(sub.clone()),
                };
                if let Some(v) = v {
                    out.insert(key.clone(), v);
                }
            }
            Ok(Some(Value::Object(out)))
        }
        Kind::List => {
            let Value::Array(given) = value else {
                return Err(expect("list", value));
            };
            let mut out = Vec::new();
            for sub in given {
                let v = match t.element {
                    Some(e) => coerce(e, sub)?,
                    None => Some(sub.clone()),
                };
                out.push(v.unwrap_or(Value::Null));
            }
            Ok(Some(Value::Array(out)))
        }
    }
}

fn fits(kind: Kind, v: &Value) -> bool {
    match kind {
        Kind::Str => v.is_string(),
        // Python's bool is an int
        Kind::Int => v.is_i64() || v.is_u64() || v.is_boolean(),
        Kind::Bool => v.is_boolean(),
        Kind::Float => v.is_number(),
        _ => true,
    }
}

fn simple(kind: Kind, value: &Value) -> Result<Value, String> {
    let name = match kind {
        Kind::Str => "str",
        Kind::Int => "int",
        Kind::Bool => "bool",
        _ => "float",
    };
    let v = if fits(kind, value) {
        value.clone()
    } else {
        // a string is parsed as JSON (only JSON: a non-string fails as json.loads does)
        match value
            .as_str()
            .and_then(|s| serde_json::from_str::<Value>(s).ok())
        {
            Some(parsed) if fits(kind, &parsed) => parsed,
            _ => return Err(expect(name, value)),
        }
    };
    if kind == Kind::Float
        && let Some(i) = v.as_i64()
    {
        return Ok(Value::from(i as f64));
    }
    Ok(v)
}

fn expect(type_name: &str, value: &Value) -> String {
    format!(
        "Expect <class '{type_name}'>, got {} (<class '{}'>)",
        py_str(value),
        py_type(value)
    )
}

pub fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// Python's `str()` of a parsed JSON value.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of a parsed JSON value.
pub fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
            _ => n.to_string(),
        },
        Value::String(s) => py_repr_str(s),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(py_repr).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn python_renderings() {
        assert_eq!(
            py_repr(&json!({"a": [1, true, null, "x'y"]})),
            r#"{'a': [1, True, None, "x'y"]}"#
        );
        assert_eq!(py_str(&json!("plain")), "plain");
        assert_eq!(py_repr(&json!(2.0)), "2.0");
    }

    #[test]
    fn literals() {
        assert_eq!(parse_literal("5"), Some(json!(5)));
        assert_eq!(parse_literal("True"), Some(json!(true)));
        assert_eq!(parse_literal("10.0.0.0/24"), None);
        assert_eq!(parse_literal("'a b'"), Some(json!("a b")));
    }
}
