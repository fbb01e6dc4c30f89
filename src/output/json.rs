//! `-o json`: `json.dumps(indent=2, sort_keys=True, ensure_ascii=False, separators=(',', ': '))`
//! plus a newline.

use serde_json::Value;

/// serde_json's maps are sorted (no `preserve_order`); floats are written as Python's `repr`
/// (`1e+16`, `1e-05`, `-1.0`), which serde_json's own printer does not do.
pub fn to_az_json(value: &Value) -> String {
    let mut s = String::new();
    write_value(&mut s, value, 0);
    s.push('\n');
    s
}

fn write_value(out: &mut String, v: &Value, depth: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('{');
            let n = m.len();
            for (i, (k, item)) in m.iter().enumerate() {
                indent(out, depth + 1);
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                write_value(out, item, depth + 1);
                if i + 1 < n {
                    out.push(',');
                }
            }
            indent(out, depth);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            let n = items.len();
            for (i, item) in items.iter().enumerate() {
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
                if i + 1 < n {
                    out.push(',');
                }
            }
            indent(out, depth);
            out.push(']');
        }
        _ => out.push_str(&scalar(v)),
    }
}

fn indent(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// One scalar (or empty collection) as `json.dumps` writes it.
pub fn scalar(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_f64() => super::pyfmt::float_repr(n.as_f64().unwrap_or(0.0)),
        Value::Object(m) if m.is_empty() => "{}".into(),
        Value::Array(a) if a.is_empty() => "[]".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn like_json_dumps() {
        assert_eq!(
            to_az_json(&json!({"b": [1, 1e16, 0.00001], "a": {"é": "x\u{1}"}, "c": {}, "d": []})),
            "{\n  \"a\": {\n    \"é\": \"x\\u0001\"\n  },\n  \"b\": [\n    1,\n    1e+16,\n    1e-05\n  ],\n  \"c\": {},\n  \"d\": []\n}\n"
        );
    }
}
