//! YAML as kubectl prints it (`sigs.k8s.io/yaml` over go-yaml v2): keys sorted, sequences
//! indentless in mappings, strings plain unless go-yaml would read them as something else
//! (bools such as `yes`, numbers, nulls, timestamps) or they hold YAML indicators, then
//! double-quoted; multi-line strings as literal blocks.

use serde_json::Value;

pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => mapping(v, 0, &mut out),
        Value::Array(a) if !a.is_empty() => sequence(v, 0, &mut out),
        other => {
            out.push_str(&scalar(other, 0));
            out.push('\n');
        }
    }
    out
}

fn pad(n: usize) -> String {
    " ".repeat(n)
}

fn is_empty_collection(v: &Value) -> bool {
    matches!(v, Value::Object(m) if m.is_empty()) || matches!(v, Value::Array(a) if a.is_empty())
}

fn mapping(v: &Value, indent: usize, out: &mut String) {
    let Value::Object(m) = v else { return };
    for (i, (k, val)) in m.iter().enumerate() {
        // The first key of a mapping inside a sequence item follows its `- `.
        if i > 0 || !out.ends_with("- ") {
            out.push_str(&pad(indent));
        }
        out.push_str(&string(k, indent));
        out.push(':');
        value_after_key(val, indent, out);
    }
}

fn value_after_key(val: &Value, indent: usize, out: &mut String) {
    match val {
        Value::Object(_) if !is_empty_collection(val) => {
            out.push('\n');
            mapping(val, indent + 2, out);
        }
        Value::Array(_) if !is_empty_collection(val) => {
            out.push('\n');
            sequence(val, indent, out);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other, indent));
            out.push('\n');
        }
    }
}

fn sequence(v: &Value, indent: usize, out: &mut String) {
    let Value::Array(items) = v else { return };
    for item in items {
        if !out.ends_with("- ") {
            out.push_str(&pad(indent));
        }
        out.push_str("- ");
        match item {
            Value::Object(_) if !is_empty_collection(item) => mapping(item, indent + 2, out),
            Value::Array(_) if !is_empty_collection(item) => sequence(item, indent + 2, out),
            other => {
                out.push_str(&scalar(other, indent));
                out.push('\n');
            }
        }
    }
}

fn scalar(v: &Value, indent: usize) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s, indent),
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
    }
}

fn string(s: &str, indent: usize) -> String {
    if s.contains('\n') && !s.trim_end_matches('\n').contains(['\r', '\t']) {
        let chomp = match s.len() - s.trim_end_matches('\n').len() {
            0 => "|-",
            1 => "|",
            _ => "|+",
        };
        let body: Vec<String> = s
            .trim_end_matches('\n')
            .split('\n')
            .map(|l| {
                if l.is_empty() {
                    String::new()
                } else {
                    format!("{}{l}", pad(indent + 2))
                }
            })
            .collect();
        return format!("{chomp}\n{}", body.join("\n"));
    }
    if needs_quotes(s) {
        serde_json::to_string(s).unwrap_or_default()
    } else {
        s.to_string()
    }
}

fn needs_quotes(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return true;
    };
    let second = s.chars().nth(1);
    s.starts_with(' ')
        || s.ends_with(' ')
        || s.ends_with(':')
        || s.contains(": ")
        || s.contains(" #")
        || s.chars().any(|c| c.is_control())
        || ",[]{}#&*!|>'\"%@`".contains(first)
        || ("-?:".contains(first) && second.is_none_or(|c| c == ' '))
        || resolves_to_non_string(s)
}

/// What go-yaml v2's resolver reads as a bool, null, number or timestamp.
fn resolves_to_non_string(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL",
        ".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN",
    ];
    if WORDS.contains(&s) {
        return true;
    }
    let plain = s.replace('_', "");
    let digits = plain.trim_start_matches(['+', '-']);
    let int = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    let hex = digits
        .strip_prefix("0x")
        .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()));
    let bin = digits
        .strip_prefix("0b")
        .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b == b'0' || b == b'1'));
    let float = digits.parse::<f64>().is_ok()
        && digits.bytes().any(|b| b.is_ascii_digit())
        && !digits.contains(['i', 'I', 'n', 'N']);
    let base60 = s.contains(':')
        && s.split(':')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        && s.bytes().next().is_some_and(|b| b.is_ascii_digit());
    int || hex || bin || float || base60 || timestamp(s)
}

/// `2006-01-02`, `2006-01-02T15:04:05Z` and the other forms go-yaml parses as timestamps.
fn timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || matches!(b[10], b'T' | b't' | b' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kubectl_style() {
        let v = json!({
            "apiVersion": "v1",
            "items": [{"metadata": {"creationTimestamp": "2026-12-06T22:36:41Z", "labels": {}}, "n": 3}],
            "status": "True",
            "value": "40002",
            "msg": "a: b",
            "note": "{\"a\":1}\n",
            "list": ["a", ["b"]],
            "name": "echoserver-hostport",
        });
        assert_eq!(
            to_yaml(&v),
            "apiVersion: v1\nitems:\n- metadata:\n    creationTimestamp: \"2026-12-06T22:36:41Z\"\n    labels: {}\n  \"n\": 3\nlist:\n- a\n- - b\nmsg: \"a: b\"\nname: echoserver-hostport\nnote: |\n  {\"a\":1}\nstatus: \"True\"\nvalue: \"40002\"\n"
        );
    }
}
