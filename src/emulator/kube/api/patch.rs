//! Request bodies (JSON, or YAML for server-side apply) and the patch types the API server
//! takes: JSON merge patch (RFC 7386), strategic merge patch (lists of containers, ports, env,
//! volumes merged by their keys, `$patch` and `$deleteFromPrimitiveList` directives), JSON
//! patch (RFC 6902) and server-side apply (the applied configuration, one field manager).

use serde_json::{Map, Value};

pub fn decode_body(content_type: &str, body: &[u8]) -> Result<Value, String> {
    if content_type.contains("protobuf") {
        return super::protobuf::decode(body).ok_or_else(|| UNSUPPORTED.to_string());
    }
    if content_type.contains("cbor") {
        return Err(UNSUPPORTED.to_string());
    }
    let text =
        std::str::from_utf8(body).map_err(|_| "the request body is not UTF-8".to_string())?;
    if content_type.contains("yaml") {
        return yaml_serde::from_str(text).map_err(|e| format!("error decoding YAML: {e}"));
    }
    serde_json::from_str(text)
        .map_err(|e| format!("couldn't get version/kind; json parse error: {e}"))
}

/// The message of a body this server cannot read (415; clients then send JSON).
pub const UNSUPPORTED: &str = "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml";

pub fn apply(current: &Value, patch: &Value, content_type: &str) -> Result<Value, String> {
    let ct = content_type.split(';').next().unwrap_or("").trim();
    match ct {
        "application/merge-patch+json" => Ok(merge_patch(current, patch)),
        "application/strategic-merge-patch+json" => Ok(strategic(current, patch, "")),
        "application/json-patch+json" => json_patch(current, patch),
        other => Err(format!(
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got \"{other}\")"
        )),
    }
}

/// One field manager: the applied configuration is the object, the server's fields and the
/// annotations it does not name (client-side apply's record) aside.
pub fn server_side_apply(current: &Value, applied: &Value) -> Value {
    let mut out = applied.clone();
    if let (Some(cur), Some(md)) = (
        current
            .pointer("/metadata/annotations")
            .and_then(Value::as_object),
        out.get_mut("metadata").and_then(Value::as_object_mut),
    ) {
        let ann = md
            .entry("annotations")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(a) = ann.as_object_mut() {
            for (k, v) in cur {
                a.entry(k.clone()).or_insert(v.clone());
            }
        }
    }
    out
}

pub fn merge_patch(target: &Value, patch: &Value) -> Value {
    let Value::Object(p) = patch else {
        return patch.clone();
    };
    let mut out = match target {
        Value::Object(t) => t.clone(),
        _ => Map::new(),
    };
    for (k, v) in p {
        if v.is_null() {
            out.remove(k);
        } else {
            let merged = merge_patch(out.get(k).unwrap_or(&Value::Null), v);
            out.insert(k.clone(), merged);
        }
    }
    Value::Object(out)
}

/// The merge key of a list field of the Kubernetes types kubectl patches.
fn merge_key(field: &str) -> Option<&'static str> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets" => "name",
        "ports" => "containerPort",
        "volumeMounts" => "mountPath",
        "conditions" => "type",
        _ => return None,
    })
}

fn strategic(target: &Value, patch: &Value, _field: &str) -> Value {
    let Value::Object(p) = patch else {
        return patch.clone();
    };
    if p.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut m = p.clone();
        m.remove("$patch");
        return Value::Object(m);
    }
    let mut out = match target {
        Value::Object(t) => t.clone(),
        _ => Map::new(),
    };
    for (k, v) in p {
        if k.starts_with("$setElementOrder/") || k == "$retainKeys" || k == "$patch" {
            continue;
        }
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
            if let (Some(Value::Array(list)), Value::Array(gone)) = (out.get_mut(field), v) {
                list.retain(|x| !gone.contains(x));
            }
            continue;
        }
        if v.is_null() {
            out.remove(k);
            continue;
        }
        let merged = match (out.get(k), v, merge_key(k)) {
            (Some(Value::Array(cur)), Value::Array(items), Some(key)) => {
                Value::Array(merge_list(cur, items, key))
            }
            (Some(cur @ Value::Object(_)), Value::Object(_), _) => strategic(cur, v, k),
            (None, Value::Object(_), _) => strategic(&Value::Null, v, k),
            _ => v.clone(),
        };
        out.insert(k.clone(), merged);
    }
    Value::Object(out)
}

fn merge_list(current: &[Value], items: &[Value], key: &str) -> Vec<Value> {
    let mut out: Vec<Value> = current.to_vec();
    for item in items {
        let k = item.get(key);
        let pos = out.iter().position(|c| k.is_some() && c.get(key) == k);
        let directive = item.get("$patch").and_then(Value::as_str);
        match (pos, directive) {
            (Some(i), Some("delete")) => {
                out.remove(i);
            }
            (None, Some("delete")) => {}
            (Some(i), _) => out[i] = strategic(&out[i], item, ""),
            (None, _) => out.push(strategic(&Value::Null, item, "")),
        }
    }
    out
}

fn json_patch(target: &Value, patch: &Value) -> Result<Value, String> {
    let ops = patch
        .as_array()
        .ok_or("the JSON patch must be a list of operations")?;
    let mut doc = target.clone();
    for op in ops {
        let kind = op.get("op").and_then(Value::as_str).unwrap_or("");
        let path = op.get("path").and_then(Value::as_str).unwrap_or("");
        let (parent, last) = match path.rsplit_once('/') {
            Some((p, l)) => (p, l.replace("~1", "/").replace("~0", "~")),
            None => return Err(format!("invalid JSON patch path \"{path}\"")),
        };
        let value = op.get("value").cloned();
        let Some(container) = doc.pointer_mut(parent) else {
            return Err(format!("doc is missing path: \"{path}\""));
        };
        match (kind, container) {
            ("add" | "replace", Value::Object(m)) => {
                m.insert(last, value.unwrap_or(Value::Null));
            }
            ("remove", Value::Object(m)) => {
                m.remove(&last);
            }
            ("add", Value::Array(a)) => {
                let v = value.unwrap_or(Value::Null);
                match last.as_str() {
                    "-" => a.push(v),
                    i => {
                        let i: usize = i
                            .parse()
                            .map_err(|_| format!("invalid index in \"{path}\""))?;
                        if i > a.len() {
                            return Err(format!("index out of range in \"{path}\""));
                        }
                        a.insert(i, v);
                    }
                }
            }
            ("replace" | "remove", Value::Array(a)) => {
                let i: usize = last
                    .parse()
                    .map_err(|_| format!("invalid index in \"{path}\""))?;
                if i >= a.len() {
                    return Err(format!("index out of range in \"{path}\""));
                }
                if kind == "remove" {
                    a.remove(i);
                } else {
                    a[i] = value.unwrap_or(Value::Null);
                }
            }
            (other, _) => return Err(format!("unsupported JSON patch operation \"{other}\"")),
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strategic_merge_keeps_other_containers_and_fields() {
        let cur = json!({"spec": {"replicas": 2, "template": {"spec": {"containers": [
            {"name": "a", "image": "x:1", "ports": [{"containerPort": 80}]},
            {"name": "b", "image": "y:1"}
        ]}}}});
        let patch = json!({"spec": {"template": {"spec": {
            "$setElementOrder/containers": [{"name": "a"}, {"name": "b"}],
            "containers": [{"name": "a", "image": "x:2"}]
        }}}});
        let out = apply(&cur, &patch, "application/strategic-merge-patch+json").unwrap();
        assert_eq!(
            out.pointer("/spec/template/spec/containers/0/image")
                .unwrap(),
            "x:2"
        );
        assert_eq!(
            out.pointer("/spec/template/spec/containers/0/ports/0/containerPort")
                .unwrap(),
            80
        );
        assert_eq!(
            out.pointer("/spec/template/spec/containers/1/name")
                .unwrap(),
            "b"
        );
        assert_eq!(out.pointer("/spec/replicas").unwrap(), 2);
    }

    #[test]
    fn merge_and_json_patches() {
        let cur = json!({"spec": {"replicas": 2, "paused": true}});
        let out = apply(
            &cur,
            &json!({"spec": {"replicas": 5, "paused": null}}),
            "application/merge-patch+json",
        )
        .unwrap();
        assert_eq!(out, json!({"spec": {"replicas": 5}}));
        let out = apply(
            &cur,
            &json!([{"op": "replace", "path": "/spec/replicas", "value": 1}]),
            "application/json-patch+json",
        )
        .unwrap();
        assert_eq!(out["spec"]["replicas"], 1);
        assert!(apply(&cur, &json!({}), "text/plain").is_err());
    }
}
