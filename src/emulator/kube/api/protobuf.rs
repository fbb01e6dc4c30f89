//! The little of Kubernetes' protobuf encoding the server reads: kubectl's typed clients send
//! some bodies (`kubectl create namespace`) as `application/vnd.kubernetes.protobuf`, the
//! `k8s\0` envelope (`runtime.Unknown`: type meta, raw object) around the object. Read: the
//! type meta and the object's `metadata` name, generateName, namespace, labels, annotations;
//! for a Deployment (`kubectl create deployment`) also the spec kubectl fills: replicas,
//! selector, the pod template's labels and containers (name, image, command, args, ports, env).

use serde_json::{Map, Value, json};

const MAGIC: &[u8] = b"k8s\0";

/// A protobuf field: its number and its value (varints as numbers, the rest as bytes).
enum Field<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
}

fn varint(b: &[u8], i: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*i)?;
        *i += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

fn fields(b: &[u8]) -> Option<Vec<(u64, Field<'_>)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let key = varint(b, &mut i)?;
        let field = match key & 7 {
            0 => Field::Varint(varint(b, &mut i)?),
            2 => {
                let len = usize::try_from(varint(b, &mut i)?).ok()?;
                let end = i.checked_add(len).filter(|e| *e <= b.len())?;
                let bytes = &b[i..end];
                i = end;
                Field::Bytes(bytes)
            }
            1 => {
                i = i.checked_add(8).filter(|e| *e <= b.len())?;
                continue;
            }
            5 => {
                i = i.checked_add(4).filter(|e| *e <= b.len())?;
                continue;
            }
            _ => return None,
        };
        out.push((key >> 3, field));
    }
    Some(out)
}

fn text(f: &Field<'_>) -> Option<String> {
    match f {
        Field::Bytes(b) => String::from_utf8(b.to_vec()).ok(),
        Field::Varint(_) => None,
    }
}

fn number(f: &Field<'_>) -> Option<i64> {
    match f {
        // int32 fields: negative values arrive as ten-byte varints of their i64.
        Field::Varint(v) => Some(*v as i64),
        Field::Bytes(_) => None,
    }
}

fn bytes<'a>(f: &Field<'a>) -> Option<&'a [u8]> {
    match f {
        Field::Bytes(b) => Some(b),
        Field::Varint(_) => None,
    }
}

fn string_map(entry: &[u8], into: &mut Map<String, Value>) -> Option<()> {
    let (mut k, mut v) = (String::new(), String::new());
    for (n, f) in fields(entry)? {
        match n {
            1 => k = text(&f)?,
            2 => v = text(&f)?,
            _ => {}
        }
    }
    into.insert(k, Value::String(v));
    Some(())
}

/// Inserts a field JSON would carry: Go's protobuf writes strings and int32s even when
/// empty or zero, where its JSON (`omitempty`) leaves them out.
fn put(m: &mut Map<String, Value>, key: &str, v: Value) {
    if v != json!("") && v != json!(0) {
        m.insert(key.into(), v);
    }
}

fn object_meta(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    let (mut labels, mut annotations) = (Map::new(), Map::new());
    for (n, f) in fields(b)? {
        match n {
            1 => put(&mut m, "name", json!(text(&f)?)),
            2 => put(&mut m, "generateName", json!(text(&f)?)),
            3 => put(&mut m, "namespace", json!(text(&f)?)),
            11 => string_map(bytes(&f)?, &mut labels)?,
            12 => string_map(bytes(&f)?, &mut annotations)?,
            _ => {}
        }
    }
    if !labels.is_empty() {
        m.insert("labels".into(), Value::Object(labels));
    }
    if !annotations.is_empty() {
        m.insert("annotations".into(), Value::Object(annotations));
    }
    Some(Value::Object(m))
}

/// The object of a protobuf body as JSON (type meta and metadata); `None` when it is not one.
pub fn decode(body: &[u8]) -> Option<Value> {
    let rest = body.strip_prefix(MAGIC)?;
    let (mut api, mut kind, mut raw) = (String::new(), String::new(), None);
    for (n, f) in fields(rest)? {
        match n {
            1 => {
                for (tn, tf) in fields(bytes(&f)?)? {
                    match tn {
                        1 => api = text(&tf)?,
                        2 => kind = text(&tf)?,
                        _ => {}
                    }
                }
            }
            2 => raw = Some(bytes(&f)?),
            _ => {}
        }
    }
    let mut obj = json!({"apiVersion": api, "kind": kind});
    for (n, f) in fields(raw?)? {
        match n {
            1 => obj["metadata"] = object_meta(bytes(&f)?)?,
            2 if kind == "Deployment" => obj["spec"] = deployment_spec(bytes(&f)?)?,
            2 if kind == "Service" => obj["spec"] = service_spec(bytes(&f)?)?,
            _ => {}
        }
    }
    Some(obj)
}

/// `kubectl create service`'s spec: ports, selector, clusterIP, type.
fn service_spec(b: &[u8]) -> Option<Value> {
    let (mut m, mut selector, mut ports) = (Map::new(), Map::new(), Vec::new());
    for (n, f) in fields(b)? {
        match n {
            1 => ports.push(service_port(bytes(&f)?)?),
            2 => string_map(bytes(&f)?, &mut selector)?,
            3 => put(&mut m, "clusterIP", json!(text(&f)?)),
            4 => put(&mut m, "type", json!(text(&f)?)),
            _ => {}
        }
    }
    m.insert("ports".into(), Value::Array(ports));
    if !selector.is_empty() {
        m.insert("selector".into(), Value::Object(selector));
    }
    Some(Value::Object(m))
}

fn service_port(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        match n {
            1 => put(&mut m, "name", json!(text(&f)?)),
            2 => put(&mut m, "protocol", json!(text(&f)?)),
            3 => put(&mut m, "port", json!(number(&f)?)),
            // IntOrString: type (0 int, 1 string), intVal, strVal.
            4 => {
                let (mut int, mut string) = (None, None);
                for (tn, tf) in fields(bytes(&f)?)? {
                    match tn {
                        2 => int = number(&tf),
                        3 => string = text(&tf),
                        _ => {}
                    }
                }
                match (string.filter(|s| !s.is_empty()), int) {
                    (Some(s), _) => put(&mut m, "targetPort", json!(s)),
                    (None, Some(i)) => put(&mut m, "targetPort", json!(i)),
                    _ => {}
                }
            }
            5 => put(&mut m, "nodePort", json!(number(&f)?)),
            _ => {}
        }
    }
    Some(Value::Object(m))
}

fn deployment_spec(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        let (key, v) = match n {
            1 => ("replicas", json!(number(&f)?)),
            2 => ("selector", label_selector(bytes(&f)?)?),
            3 => ("template", pod_template(bytes(&f)?)?),
            5 => ("minReadySeconds", json!(number(&f)?)),
            6 => ("revisionHistoryLimit", json!(number(&f)?)),
            9 => ("progressDeadlineSeconds", json!(number(&f)?)),
            _ => continue,
        };
        if key == "minReadySeconds" {
            put(&mut m, key, v);
        } else {
            m.insert(key.into(), v);
        }
    }
    Some(Value::Object(m))
}

fn label_selector(b: &[u8]) -> Option<Value> {
    let mut labels = Map::new();
    for (n, f) in fields(b)? {
        if n == 1 {
            string_map(bytes(&f)?, &mut labels)?;
        }
    }
    Some(json!({"matchLabels": labels}))
}

fn pod_template(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        match n {
            1 => m.insert("metadata".into(), object_meta(bytes(&f)?)?),
            2 => m.insert("spec".into(), pod_spec(bytes(&f)?)?),
            _ => None,
        };
    }
    Some(Value::Object(m))
}

fn pod_spec(b: &[u8]) -> Option<Value> {
    let mut containers = Vec::new();
    for (n, f) in fields(b)? {
        if n == 2 {
            containers.push(container(bytes(&f)?)?);
        }
    }
    Some(json!({"containers": containers}))
}

fn container(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    let (mut command, mut args, mut ports, mut env) = (vec![], vec![], vec![], vec![]);
    for (n, f) in fields(b)? {
        match n {
            1 => put(&mut m, "name", json!(text(&f)?)),
            2 => put(&mut m, "image", json!(text(&f)?)),
            3 => command.push(json!(text(&f)?)),
            4 => args.push(json!(text(&f)?)),
            6 => ports.push(container_port(bytes(&f)?)?),
            7 => env.push(env_var(bytes(&f)?)?),
            _ => {}
        }
    }
    for (key, list) in [
        ("command", command),
        ("args", args),
        ("ports", ports),
        ("env", env),
    ] {
        if !list.is_empty() {
            m.insert(key.into(), Value::Array(list));
        }
    }
    m.insert("resources".into(), json!({}));
    Some(Value::Object(m))
}

fn container_port(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        let (key, v) = match n {
            1 => ("name", json!(text(&f)?)),
            2 => ("hostPort", json!(number(&f)?)),
            3 => ("containerPort", json!(number(&f)?)),
            4 => ("protocol", json!(text(&f)?)),
            _ => continue,
        };
        put(&mut m, key, v);
    }
    Some(Value::Object(m))
}

fn env_var(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    for (n, f) in fields(b)? {
        match n {
            1 => put(&mut m, "name", json!(text(&f)?)),
            2 => put(&mut m, "value", json!(text(&f)?)),
            _ => {}
        }
    }
    Some(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(field: u8, body: &[u8]) -> Vec<u8> {
        let mut v = vec![(field << 3) | 2, body.len() as u8];
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn a_namespace_from_kubectl_create() {
        let type_meta = [ld(1, b"v1"), ld(2, b"Namespace")].concat();
        let label = [ld(1, b"team"), ld(2, b"a")].concat();
        let meta = [ld(1, b"dev"), ld(11, &label)].concat();
        let raw = [ld(1, &meta), ld(2, b""), ld(3, b"")].concat();
        let body = [MAGIC.to_vec(), ld(1, &type_meta), ld(2, &raw)].concat();
        assert_eq!(
            decode(&body).unwrap(),
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "dev", "labels": {"team": "a"}}})
        );
        assert!(decode(b"k8s\0\xff").is_none());
        assert!(decode(b"{}").is_none());
    }

    #[test]
    fn a_service_from_kubectl_create() {
        let type_meta = [ld(1, b"v1"), ld(2, b"Service")].concat();
        let target = [vec![1 << 3, 0, 2 << 3, 0x90, 0x3f], ld(3, b"")].concat();
        let port = [
            ld(1, b"80-8080"),
            ld(2, b"TCP"),
            vec![3 << 3, 80],
            ld(4, &target),
            vec![5 << 3, 0],
        ]
        .concat();
        let selector = ld(2, &[ld(1, b"app"), ld(2, b"web")].concat());
        let spec = [ld(1, &port), selector, ld(3, b""), ld(4, b"ClusterIP")].concat();
        let raw = [ld(1, &ld(1, b"web")), ld(2, &spec), ld(3, b"")].concat();
        let body = [MAGIC.to_vec(), ld(1, &type_meta), ld(2, &raw)].concat();
        assert_eq!(
            decode(&body).unwrap(),
            json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"},
                "spec": {"type": "ClusterIP", "selector": {"app": "web"},
                    "ports": [{"name": "80-8080", "protocol": "TCP", "port": 80, "targetPort": 8080}]}})
        );
    }

    #[test]
    fn a_deployment_from_kubectl_create() {
        let type_meta = [ld(1, b"apps/v1"), ld(2, b"Deployment")].concat();
        let entry = [ld(1, b"app"), ld(2, b"web")].concat();
        let (app, selector) = (ld(11, &entry), ld(1, &entry));
        let port = [ld(1, b""), vec![2 << 3, 0, 3 << 3, 80], ld(4, b"TCP")].concat();
        let container = [
            ld(1, b"nginx"),
            ld(2, b"nginx:1.27"),
            ld(3, b"sleep"),
            ld(6, &port),
        ]
        .concat();
        let template = [ld(1, &app), ld(2, &ld(2, &container))].concat();
        let spec = [
            vec![1 << 3, 3],
            ld(2, &selector),
            ld(3, &template),
            ld(4, b""),
        ]
        .concat();
        let meta = [ld(1, b"web"), ld(2, b""), ld(3, b""), app.clone()].concat();
        let raw = [ld(1, &meta), ld(2, &spec), ld(3, b"")].concat();
        let body = [MAGIC.to_vec(), ld(1, &type_meta), ld(2, &raw)].concat();
        assert_eq!(
            decode(&body).unwrap(),
            json!({"apiVersion": "apps/v1", "kind": "Deployment",
                "metadata": {"name": "web", "labels": {"app": "web"}},
                "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web"}},
                    "template": {"metadata": {"labels": {"app": "web"}},
                        "spec": {"containers": [{"name": "nginx", "image": "nginx:1.27",
                            "command": ["sleep"], "resources": {},
                            "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}}}})
        );
    }
}
