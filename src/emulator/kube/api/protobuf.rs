//! The little of Kubernetes' protobuf encoding the server reads: kubectl's typed clients send
//! some bodies (`kubectl create namespace`) as `application/vnd.kubernetes.protobuf`, the
//! `k8s\0` envelope (`runtime.Unknown`: type meta, raw object) around the object. Read: the
//! type meta and the object's `metadata` name, generateName, namespace, labels, annotations.

use serde_json::{Map, Value, json};

const MAGIC: &[u8] = b"k8s\0";

/// A protobuf field: its number and its value (varints as numbers, the rest as bytes).
enum Field<'a> {
    Varint,
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
            0 => {
                varint(b, &mut i)?;
                Field::Varint
            }
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
        Field::Varint => None,
    }
}

fn bytes<'a>(f: &Field<'a>) -> Option<&'a [u8]> {
    match f {
        Field::Bytes(b) => Some(b),
        Field::Varint => None,
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

fn object_meta(b: &[u8]) -> Option<Value> {
    let mut m = Map::new();
    let (mut labels, mut annotations) = (Map::new(), Map::new());
    for (n, f) in fields(b)? {
        match n {
            1 => {
                m.insert("name".into(), json!(text(&f)?));
            }
            2 => {
                m.insert("generateName".into(), json!(text(&f)?));
            }
            3 => {
                m.insert("namespace".into(), json!(text(&f)?));
            }
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
        if n == 1 {
            obj["metadata"] = object_meta(bytes(&f)?)?;
        }
    }
    Some(obj)
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
}
