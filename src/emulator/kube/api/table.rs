//! `meta.k8s.io/v1` Tables, what `kubectl get` asks for: the API server's columns for each
//! type (wide columns have priority 1), the cells it prints, and each row's object.

use serde_json::{Value, json};

use super::Kind;
use crate::emulator::kube::format;

/// (name, type, priority)
type Col = (&'static str, &'static str, u8);

fn columns(plural: &str) -> &'static [Col] {
    match plural {
        "pods" => &[
            ("Name", "string", 0),
            ("Ready", "string", 0),
            ("Status", "string", 0),
            ("Restarts", "string", 0),
            ("Age", "string", 0),
            ("IP", "string", 1),
            ("Node", "string", 1),
            ("Nominated Node", "string", 1),
            ("Readiness Gates", "string", 1),
        ],
        "deployments" => &[
            ("Name", "string", 0),
            ("Ready", "string", 0),
            ("Up-to-date", "integer", 0),
            ("Available", "integer", 0),
            ("Age", "string", 0),
            ("Containers", "string", 1),
            ("Images", "string", 1),
            ("Selector", "string", 1),
        ],
        "replicasets" => &[
            ("Name", "string", 0),
            ("Desired", "integer", 0),
            ("Current", "integer", 0),
            ("Ready", "integer", 0),
            ("Age", "string", 0),
            ("Containers", "string", 1),
            ("Images", "string", 1),
            ("Selector", "string", 1),
        ],
        "nodes" => &[
            ("Name", "string", 0),
            ("Status", "string", 0),
            ("Roles", "string", 0),
            ("Age", "string", 0),
            ("Version", "string", 0),
            ("Internal-IP", "string", 1),
            ("External-IP", "string", 1),
            ("OS-Image", "string", 1),
            ("Kernel-Version", "string", 1),
            ("Container-Runtime", "string", 1),
        ],
        "namespaces" => &[
            ("Name", "string", 0),
            ("Status", "string", 0),
            ("Age", "string", 0),
        ],
        "services" => &[
            ("Name", "string", 0),
            ("Type", "string", 0),
            ("Cluster-IP", "string", 0),
            ("External-IP", "string", 0),
            ("Port(s)", "string", 0),
            ("Age", "string", 0),
            ("Selector", "string", 1),
        ],
        _ => &[
            ("Last Seen", "string", 0),
            ("Type", "string", 0),
            ("Reason", "string", 0),
            ("Object", "string", 0),
            ("Subobject", "string", 1),
            ("Source", "string", 1),
            ("Message", "string", 0),
            ("First Seen", "string", 1),
            ("Count", "string", 1),
            ("Name", "string", 1),
        ],
    }
}

pub fn table(kind: &Kind, items: &[Value], include: Option<&str>) -> Value {
    let defs: Vec<Value> = columns(kind.plural)
        .iter()
        .map(|(name, ty, priority)| {
            let mut d = json!({"name": name, "type": ty, "format": "", "description": "", "priority": priority});
            if *name == "Name" {
                d["format"] = json!("name");
            }
            d
        })
        .collect();
    let now = format::now();
    let rows: Vec<Value> = items
        .iter()
        .map(|o| {
            let mut row = json!({"cells": cells(kind.plural, o, now)});
            match include.unwrap_or("PartialObjectMetadata") {
                "None" => {}
                "Object" => row["object"] = o.clone(),
                _ => {
                    row["object"] = json!({
                        "kind": "PartialObjectMetadata",
                        "apiVersion": "meta.k8s.io/v1",
                        "metadata": o.get("metadata").cloned().unwrap_or(json!({})),
                    })
                }
            }
            row
        })
        .collect();
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {"resourceVersion": "1"},
        "columnDefinitions": defs,
        "rows": rows,
    })
}

fn s(o: &Value, ptr: &str) -> String {
    o.pointer(ptr)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn n(o: &Value, ptr: &str) -> u64 {
    o.pointer(ptr).and_then(Value::as_u64).unwrap_or(0)
}

fn or_none(v: String) -> String {
    if v.is_empty() { "<none>".into() } else { v }
}

fn selector(o: &Value, ptr: &str) -> String {
    let sel: Vec<String> = o
        .pointer(ptr)
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    or_none(sel.join(","))
}

fn containers_images(o: &Value) -> (String, String) {
    let cs = o
        .pointer("/spec/template/spec/containers")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let names: Vec<&str> = cs.iter().filter_map(|c| c.get("name")?.as_str()).collect();
    let images: Vec<&str> = cs.iter().filter_map(|c| c.get("image")?.as_str()).collect();
    (names.join(","), images.join(","))
}

fn cells(plural: &str, o: &Value, now: time::OffsetDateTime) -> Vec<Value> {
    let name = s(o, "/metadata/name");
    let age = format::age(&s(o, "/metadata/creationTimestamp"), now);
    match plural {
        "pods" => {
            let total = o
                .pointer("/spec/containers")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let ready = o
                .pointer("/status/containerStatuses")
                .and_then(Value::as_array)
                .map_or(0, |cs| {
                    cs.iter()
                        .filter(|c| c.get("ready") == Some(&json!(true)))
                        .count()
                });
            vec![
                json!(name),
                json!(format!("{ready}/{total}")),
                json!(s(o, "/status/phase")),
                json!("0"),
                json!(age),
                json!(or_none(s(o, "/status/podIP"))),
                json!(or_none(s(o, "/spec/nodeName"))),
                json!("<none>"),
                json!("<none>"),
            ]
        }
        "deployments" => {
            let (c, i) = containers_images(o);
            vec![
                json!(name),
                json!(format!(
                    "{}/{}",
                    n(o, "/status/readyReplicas"),
                    n(o, "/spec/replicas")
                )),
                json!(n(o, "/status/updatedReplicas")),
                json!(n(o, "/status/availableReplicas")),
                json!(age),
                json!(c),
                json!(i),
                json!(selector(o, "/spec/selector/matchLabels")),
            ]
        }
        "replicasets" => {
            let (c, i) = containers_images(o);
            vec![
                json!(name),
                json!(n(o, "/spec/replicas")),
                json!(n(o, "/status/replicas")),
                json!(n(o, "/status/readyReplicas")),
                json!(age),
                json!(c),
                json!(i),
                json!(selector(o, "/spec/selector/matchLabels")),
            ]
        }
        "nodes" => vec![
            json!(name),
            json!("Ready"),
            json!("<none>"),
            json!(age),
            json!(s(o, "/status/nodeInfo/kubeletVersion")),
            json!(format::node_address(o, "InternalIP")),
            json!(format::node_address(o, "ExternalIP")),
            json!(s(o, "/status/nodeInfo/osImage")),
            json!(s(o, "/status/nodeInfo/kernelVersion")),
            json!(s(o, "/status/nodeInfo/containerRuntimeVersion")),
        ],
        "namespaces" => vec![json!(name), json!(s(o, "/status/phase")), json!(age)],
        "services" => {
            let ports: Vec<String> = o
                .pointer("/spec/ports")
                .and_then(Value::as_array)
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            format!("{}/{}", p["port"], p["protocol"].as_str().unwrap_or("TCP"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            vec![
                json!(name),
                json!(s(o, "/spec/type")),
                json!(s(o, "/spec/clusterIP")),
                json!("<none>"),
                json!(ports.join(",")),
                json!(age),
                json!(selector(o, "/spec/selector")),
            ]
        }
        "events" => crate::emulator::kube::events::cells(o, now),
        _ => vec![json!(""); 10],
    }
}
