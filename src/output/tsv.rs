//! `-o tsv`: knack's `_TsvOutput`.

use serde_json::Value;

use super::pyfmt::py_str;

/// One row per list item (a non-list result is one row). `order` gives the column order of a
/// dict row built by a `--query` multiselect hash (an OrderedDict in az); other dicts print
/// their values in sorted-key order.
pub fn to_tsv(result: &Value, order: &super::KeyOrder) -> String {
    let mut out = String::new();
    let items: Vec<&Value> = match result {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for item in items {
        match item {
            Value::Object(map) => {
                let keys: Vec<String> = order(map).unwrap_or_else(|| map.keys().cloned().collect());
                let cells: Vec<String> = keys
                    .iter()
                    .map(|k| dump_obj(map.get(k).unwrap_or(&Value::Null)))
                    .collect();
                out.push_str(&cells.join("\t"));
            }
            Value::Array(values) => {
                let cells: Vec<String> = values.iter().map(dump_obj).collect();
                out.push_str(&cells.join("\t"));
            }
            // only a bare bool row is lower-cased
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            other => out.push_str(&dump_obj(other)),
        }
        out.push('\n');
    }
    out
}

fn dump_obj(v: &Value) -> String {
    match v {
        Value::Array(items) => items.len().to_string(),
        Value::Object(_) => String::new(),
        other => py_str(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn knack_rules() {
        let none = |_: &serde_json::Map<String, Value>| None;
        assert_eq!(
            to_tsv(
                &json!([{"b": [1, 2], "a": {"x": 1}, "c": null, "d": true, "e": 1.0}]),
                &none
            ),
            "\t2\tNone\tTrue\t1.0\n"
        );
        assert_eq!(to_tsv(&json!(true), &none), "true\n");
        assert_eq!(to_tsv(&json!([true, "x", null]), &none), "true\nx\nNone\n");
        assert_eq!(to_tsv(&json!([]), &none), "");
        assert_eq!(to_tsv(&json!([[true, null]]), &none), "True\tNone\n");
    }
}
