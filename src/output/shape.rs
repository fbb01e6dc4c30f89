//! az's output shapes: wire JSON → the dict az prints for an SDK model.
//!
//! The tables come from `tools/gen_shapes.py`, which asks the installed azure-cli 2.91.0 (the
//! SDK models, azure-core's `attribute_list`/`get_backcompat_attr_name`, the AAZ response
//! schemas) how each attribute is named and where on the wire it is read. They are embedded
//! here and parsed the first time a command prints a modelled result.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

const SHAPES_JSON: &str = include_str!("shapes.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// typespec SDK model: every attribute printed, null when unset; unknown keys dropped.
    Typespec,
    /// msrest SDK model: every attribute printed; unknown wire keys kept as they are.
    Msrest,
    /// AAZ schema: only keys present on the wire; `client_flatten` objects hoisted.
    Aaz,
}

#[derive(Debug, Clone)]
enum Ty {
    /// Printed as it came (strings, ints, bools, enums).
    Plain,
    Float,
    Datetime,
    /// base64 on the wire; az prints the bytes decoded as text.
    Bytes,
    Any,
    Model(String),
    List(Box<Ty>),
    Dict(Box<Ty>),
}

#[derive(Debug, Clone)]
struct Field {
    key: String,
    wire: Vec<String>,
    ty: Ty,
    flatten: bool,
    secret: bool,
    nullable: bool,
}

#[derive(Debug)]
struct Model {
    kind: Kind,
    fields: Vec<Field>,
}

/// The tables, each model parsed the first time a result needs it: a command prints one or
/// two of the 574 models, and parsing them all cost every printing command 3 ms (issue 15).
struct Shapes {
    roots: HashMap<String, String>,
    models: HashMap<String, LazyModel>,
}

struct LazyModel {
    raw: &'static RawValue,
    parsed: OnceLock<Model>,
}

impl Shapes {
    fn model(&self, id: &str) -> Option<&Model> {
        let m = self.models.get(id)?;
        Some(m.parsed.get_or_init(|| {
            parse_model(m.raw)
                .unwrap_or_else(|| panic!("embedded shapes.json: model {id} is malformed"))
        }))
    }
}

fn shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| parse_shapes(SHAPES_JSON).expect("embedded shapes.json is valid"))
}

fn parse_ty(v: &Value) -> Option<Ty> {
    Some(match v {
        Value::String(s) => match s.as_str() {
            "float" => Ty::Float,
            "datetime" => Ty::Datetime,
            "bytes" => Ty::Bytes,
            "any" => Ty::Any,
            _ => Ty::Plain,
        },
        Value::Object(o) => {
            if let Some(m) = o.get("m") {
                Ty::Model(m.as_str()?.to_string())
            } else if let Some(l) = o.get("l") {
                Ty::List(Box::new(parse_ty(l)?))
            } else if let Some(d) = o.get("d") {
                Ty::Dict(Box::new(parse_ty(d)?))
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// The document's outline: the roots, and each model left as its unparsed JSON text.
fn parse_shapes(text: &'static str) -> Option<Shapes> {
    #[derive(serde::Deserialize)]
    struct Doc<'a> {
        roots: HashMap<String, String>,
        #[serde(borrow)]
        models: HashMap<String, &'a RawValue>,
    }
    let doc: Doc<'static> = serde_json::from_str(text).ok()?;
    let models = doc
        .models
        .into_iter()
        .map(|(id, raw)| {
            let parsed = OnceLock::new();
            (id, LazyModel { raw, parsed })
        })
        .collect();
    Some(Shapes {
        roots: doc.roots,
        models,
    })
}

fn parse_model(raw: &RawValue) -> Option<Model> {
    let m: Value = serde_json::from_str(raw.get()).ok()?;
    let kind = match m.get("kind")?.as_str()? {
        "typespec" => Kind::Typespec,
        "msrest" => Kind::Msrest,
        "aaz" => Kind::Aaz,
        _ => return None,
    };
    let mut fields = Vec::new();
    for f in m.get("fields")?.as_array()? {
        let f = f.as_array()?;
        let flags = f.get(3).and_then(Value::as_object);
        let flag = |n: &str| {
            flags
                .and_then(|o| o.get(n))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        fields.push(Field {
            key: f.first()?.as_str()?.to_string(),
            wire: f
                .get(1)?
                .as_array()?
                .iter()
                .map(|p| p.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()?,
            ty: parse_ty(f.get(2)?)?,
            flatten: flag("flatten"),
            secret: flag("secret"),
            nullable: flag("nullable"),
        });
    }
    Some(Model { kind, fields })
}

/// Whether `model` (one of `output::models`) has a generated shape.
pub fn is_known(model: &str) -> bool {
    shapes().roots.contains_key(model)
}

/// The dict az prints for `wire` read as `model` (each item when `wire` is a list). Unknown
/// models print the wire JSON unchanged.
pub fn shape(model: &str, wire: &Value) -> Value {
    let s = shapes();
    let Some(id) = s.roots.get(model) else {
        return wire.clone();
    };
    match wire {
        Value::Array(items) => Value::Array(items.iter().map(|i| apply(s, id, i)).collect()),
        _ => apply(s, id, wire),
    }
}

/// The order of keys in the dict az builds for `model` (after shaping, `resourceGroup` last):
/// table output under `--query` prints a plain dict's columns in that order.
pub fn key_order(model: &str) -> Vec<String> {
    let s = shapes();
    let mut out = Vec::new();
    if let Some(id) = s.roots.get(model) {
        collect_keys(s, id, &mut out, 0);
    }
    out.push("resourceGroup".to_string());
    out
}

/// The key orders of the models nested in `model` (nearest first, each once): a `--query`
/// that selects a sub-object gives az the dict of that sub-model, whose columns a table keeps
/// in the model's attribute order (`PortStart PortEnd Protocol`).
pub fn nested_key_orders(model: &str) -> Vec<Vec<String>> {
    let s = shapes();
    let Some(root) = s.roots.get(model) else {
        return Vec::new();
    };
    let mut seen = HashSet::from([root.as_str()]);
    let mut queue = std::collections::VecDeque::from([root.as_str()]);
    let mut out = Vec::new();
    while let Some(id) = queue.pop_front() {
        let Some(m) = s.model(id) else { continue };
        for f in &m.fields {
            let mut ty = &f.ty;
            while let Ty::List(t) | Ty::Dict(t) = ty {
                ty = t;
            }
            if let Ty::Model(sub) = ty
                && seen.insert(sub.as_str())
            {
                queue.push_back(sub.as_str());
                let mut keys = Vec::new();
                collect_keys(s, sub, &mut keys, 0);
                out.push(keys);
            }
        }
    }
    out
}

fn collect_keys(s: &Shapes, id: &str, out: &mut Vec<String>, depth: usize) {
    let Some(m) = s.model(id) else { return };
    for f in &m.fields {
        match (&f.ty, f.flatten && depth < 4) {
            (Ty::Model(sub), true) => collect_keys(s, sub, out, depth + 1),
            _ => out.push(f.key.clone()),
        }
    }
}

fn apply(s: &Shapes, id: &str, wire: &Value) -> Value {
    let (Some(m), Value::Object(obj)) = (s.model(id), wire) else {
        return wire.clone();
    };
    let mut out = Map::new();
    match m.kind {
        Kind::Typespec => {
            // every attribute, hoisted ones included, null when the wire lacks it
            for f in &m.fields {
                let v = lookup(obj, &f.wire);
                out.insert(f.key.clone(), convert(s, &f.ty, v));
            }
        }
        Kind::Msrest => {
            let mut known = HashSet::new();
            for f in &m.fields {
                known.insert(f.wire[0].as_str());
                let v = lookup(obj, &f.wire);
                out.insert(f.key.clone(), convert(s, &f.ty, v));
            }
            // msrest keeps unknown keys in `additional_properties`; az merges them back.
            for (k, v) in obj {
                if !known.contains(k.as_str()) {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        Kind::Aaz => {
            for f in &m.fields {
                if f.secret {
                    continue;
                }
                let Some(v) = obj.get(&f.wire[0]) else {
                    continue;
                };
                if v.is_null() {
                    if f.nullable {
                        out.insert(f.key.clone(), Value::Null);
                    }
                    continue;
                }
                if f.flatten
                    && let (Ty::Model(sub), Value::Object(_)) = (&f.ty, v)
                {
                    if let Value::Object(inner) = apply(s, sub, v) {
                        out.extend(inner);
                    }
                    continue;
                }
                if let Some(v) = convert_aaz(s, &f.ty, v) {
                    out.insert(f.key.clone(), v);
                }
            }
        }
    }
    Value::Object(out)
}

fn lookup<'a>(obj: &'a Map<String, Value>, path: &[String]) -> Option<&'a Value> {
    let mut cur = obj.get(path.first()?)?;
    for p in &path[1..] {
        cur = cur.as_object()?.get(p)?;
    }
    Some(cur)
}

/// A base64 value as the text its bytes spell (`None` when it is not base64).
fn decoded_text(b64: &str) -> Option<Value> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some(Value::String(String::from_utf8_lossy(&bytes).into_owned()))
}

/// An SDK attribute's value as `todict` prints it.
fn convert(s: &Shapes, ty: &Ty, v: Option<&Value>) -> Value {
    let Some(v) = v else { return Value::Null };
    match (ty, v) {
        (_, Value::Null) => Value::Null,
        (Ty::Float, Value::Number(n)) => to_float(n),
        (Ty::Datetime, Value::String(t)) => Value::String(py_isoformat(t)),
        (Ty::Bytes, Value::String(b64)) => decoded_text(b64).unwrap_or_else(|| v.clone()),
        (Ty::Model(id), Value::Object(_)) => apply(s, id, v),
        (Ty::List(t), Value::Array(items)) => {
            Value::Array(items.iter().map(|i| convert(s, t, Some(i))).collect())
        }
        (Ty::Dict(t), Value::Object(o)) => Value::Object(
            o.iter()
                .map(|(k, i)| (k.clone(), convert(s, t, Some(i))))
                .collect(),
        ),
        _ => v.clone(),
    }
}

/// An AAZ value as `deserialize_output` prints it; `None` when AAZ leaves it undefined.
fn convert_aaz(s: &Shapes, ty: &Ty, v: &Value) -> Option<Value> {
    Some(match (ty, v) {
        (_, Value::Null) => return None,
        (Ty::Float, Value::Number(n)) => to_float(n),
        (Ty::Model(id), Value::Object(_)) => apply(s, id, v),
        (Ty::List(t), Value::Array(items)) => {
            Value::Array(items.iter().filter_map(|i| convert_aaz(s, t, i)).collect())
        }
        (Ty::Dict(t), Value::Object(o)) => Value::Object(
            o.iter()
                .filter_map(|(k, i)| Some((k.clone(), convert_aaz(s, t, i)?)))
                .collect(),
        ),
        _ => v.clone(),
    })
}

fn to_float(n: &serde_json::Number) -> Value {
    n.as_f64()
        .and_then(serde_json::Number::from_f64)
        .map(Value::Number)
        .unwrap_or_else(|| Value::Number(n.clone()))
}

/// Python's `datetime.isoformat()` of what the SDK parses from an ISO-8601 string: fractions
/// cut to microseconds (printed only when non-zero), `Z` as `+00:00`. Anything unparseable is
/// printed as it came.
pub fn py_isoformat(text: &str) -> String {
    let up = text.to_ascii_uppercase();
    let b = up.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let ok = b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !ok {
        return text.to_string();
    }
    let mut i = 19;
    let mut frac = String::new();
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            frac.push(b[i] as char);
            i += 1;
        }
        if frac.is_empty() {
            return text.to_string();
        }
    }
    let tz = &up[i..];
    let tz = match tz {
        "" => String::new(),
        "Z" => "+00:00".to_string(),
        t if t.len() == 6
            && (t.starts_with('+') || t.starts_with('-'))
            && digits(i + 1..i + 3)
            && b[i + 3] == b':'
            && digits(i + 4..i + 6) =>
        {
            t.to_string()
        }
        _ => return text.to_string(),
    };
    let mut micros: String = frac.chars().take(6).collect();
    while micros.len() < 6 {
        micros.push('0');
    }
    let mut out = up[..19].to_string();
    if micros != "000000" {
        out.push('.');
        out.push_str(&micros);
    }
    out.push_str(&tz);
    out
}

/// az's global result transform (`_add_resource_group`): every dict with an ARM id under a
/// resource group and no `resourceGroup` key gets one, at any depth (except `sourceVault`).
pub fn add_resource_group(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(add_resource_group),
        Value::Object(obj) => {
            let has = obj.keys().any(|k| k.eq_ignore_ascii_case("resourcegroup"));
            if !has && let Some(rg) = obj.get("id").and_then(Value::as_str).and_then(parse_rg) {
                obj.insert("resourceGroup".to_string(), Value::String(rg));
            }
            for (k, item) in obj.iter_mut() {
                if k != "sourceVault" {
                    add_resource_group(item);
                }
            }
        }
        _ => {}
    }
}

/// `_parse_id`: `parts[3]` must be `resourcegroups` and a ninth segment must exist.
fn parse_rg(id: &str) -> Option<String> {
    let parts: Vec<&str> = id.split('/').collect();
    if parts.len() > 8 && parts[3].eq_ignore_ascii_case("resourcegroups") {
        Some(parts[4].to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::models;
    use serde_json::json;

    #[test]
    fn every_embedded_model_parses() {
        let s = shapes();
        assert!(s.models.len() > 500, "{} models", s.models.len());
        for id in s.models.keys() {
            assert!(s.model(id).is_some(), "{id}");
        }
        for id in s.roots.values() {
            assert!(s.models.contains_key(id), "root {id} has no model");
        }
    }

    #[test]
    fn every_model_constant_has_a_shape() {
        for m in [
            models::RESOURCE_GROUP,
            models::MANAGED_CLUSTER,
            models::AGENT_POOL,
            models::PUBLIC_IP_PREFIX,
            models::PUBLIC_IP_ADDRESS,
            models::APPLICATION_SECURITY_GROUP,
            models::NETWORK_SECURITY_GROUP,
            models::SECURITY_RULE,
            models::VIRTUAL_NETWORK,
            models::SUBNET,
            models::VIRTUAL_MACHINE_SCALE_SET,
            models::FEATURE,
            models::PROVIDER,
            models::RUN_COMMAND_RESULT,
        ] {
            assert!(is_known(m), "{m}");
        }
    }

    #[test]
    fn agent_pool_hoists_renames_and_fills_nulls() {
        let v = shape(
            models::AGENT_POOL,
            &json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/np",
                    "name": "np", "bogus": 1,
                    "properties": {"count": 3, "enableNodePublicIP": true, "spotMaxPrice": -1,
                        "nodePublicIPPrefixID": "/x", "extra": 2,
                        "networkProfile": {"nodePublicIPTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}]}}}),
        );
        let o = v.as_object().unwrap();
        assert_eq!(o.len(), 59);
        assert_eq!(o["enableNodePublicIp"], json!(true));
        assert_eq!(o["nodePublicIpPrefixId"], json!("/x"));
        assert_eq!(o["osDiskSizeGb"], Value::Null);
        assert_eq!(o["spotMaxPrice"].to_string(), "-1.0");
        assert_eq!(
            o["networkProfile"],
            json!({"allowedHostPorts": null, "applicationSecurityGroups": null, "dranet": null,
                   "nodePublicIpTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}]})
        );
        assert!(!o.contains_key("bogus") && !o.contains_key("extra"));
    }

    #[test]
    fn typespec_with_null_properties_still_lists_every_attribute() {
        let v = shape(models::AGENT_POOL, &json!({"id": "x", "properties": null}));
        assert_eq!(v.as_object().unwrap().len(), 59);
        assert_eq!(v["count"], Value::Null);
    }

    #[test]
    fn msrest_keeps_unknown_keys_and_nulls() {
        let v = shape(
            models::RESOURCE_GROUP,
            &json!({"id": "/subscriptions/s/resourceGroups/rg", "location": "eastus",
                    "properties": {"provisioningState": "Succeeded"}, "createdTime": "t"}),
        );
        assert_eq!(
            v,
            json!({"id": "/subscriptions/s/resourceGroups/rg", "location": "eastus", "managedBy": null,
                   "name": null, "properties": {"provisioningState": "Succeeded"}, "tags": null,
                   "type": null, "createdTime": "t"})
        );
    }

    #[test]
    fn aaz_flattens_and_omits_absent_keys() {
        let v = shape(
            models::PUBLIC_IP_PREFIX,
            &json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p",
                    "name": "p", "location": "eastus", "unknown": 1, "etag": null,
                    "properties": {"prefixLength": 28, "publicIPAddressVersion": "IPv4", "ipPrefix": null},
                    "sku": {"name": "Standard"}}),
        );
        assert_eq!(
            v,
            json!({"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p",
                   "name": "p", "location": "eastus", "prefixLength": 28,
                   "publicIPAddressVersion": "IPv4", "sku": {"name": "Standard"}})
        );
    }

    #[test]
    fn isoformat_like_python() {
        assert_eq!(
            py_isoformat("2024-01-01T00:00:00.9999999Z"),
            "2024-01-01T00:00:00.999999+00:00"
        );
        assert_eq!(
            py_isoformat("2024-01-01T00:00:00Z"),
            "2024-01-01T00:00:00+00:00"
        );
        assert_eq!(
            py_isoformat("2024-01-01T00:00:00.5+02:00"),
            "2024-01-01T00:00:00.500000+02:00"
        );
        assert_eq!(py_isoformat("2024-01-01T00:00:00"), "2024-01-01T00:00:00");
        assert_eq!(
            py_isoformat("2024-01-01t00:00:00.12z"),
            "2024-01-01T00:00:00.120000+00:00"
        );
        assert_eq!(py_isoformat("garbage"), "garbage");
    }

    #[test]
    fn resource_group_added_at_any_depth() {
        let mut v = json!([{"id": "/subscriptions/s/resourceGroups/RG1/providers/P/t/n",
                            "sub": {"id": "/subscriptions/s/resourceGroups/rg2/providers/P/t/m"},
                            "sourceVault": {"id": "/subscriptions/s/resourceGroups/rg3/providers/P/t/m"}},
                           {"id": "/subscriptions/s/resourceGroups/rg"},
                           {"id": "/x", "resourcegroup": "keep"}]);
        add_resource_group(&mut v);
        assert_eq!(v[0]["resourceGroup"], json!("RG1"));
        assert_eq!(v[0]["sub"]["resourceGroup"], json!("rg2"));
        assert!(v[0]["sourceVault"].get("resourceGroup").is_none());
        assert!(v[1].get("resourceGroup").is_none());
        assert!(v[2].get("resourceGroup").is_none());
    }
}
