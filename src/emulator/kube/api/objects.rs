//! The objects the API serves, built from the store on each request: pods and Deployments as
//! the kubectl subset keeps them (with the fields the API server adds), a ReplicaSet per
//! Deployment, nodes (the VMSS instances), namespaces, the `kubernetes` service, no events.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::super::ClusterView;
use super::super::kubectl::server::{self as ops, ApiFail};
use super::super::kubectl::services;
use super::Kind;
use crate::emulator::kube::format;

pub fn name_of(o: &Value) -> Option<&str> {
    o.pointer("/metadata/name").and_then(Value::as_str)
}

pub fn ns_of(o: &Value) -> Option<&str> {
    o.pointer("/metadata/namespace").and_then(Value::as_str)
}

pub fn list(kind: &Kind, items: Vec<Value>) -> Value {
    let api = if kind.group.is_empty() {
        "v1".to_string()
    } else {
        format!("{}/v1", kind.group)
    };
    json!({
        "kind": format!("{}List", kind.kind),
        "apiVersion": api,
        "metadata": {"resourceVersion": "1"},
        "items": items,
    })
}

/// Every object of `kind` in the cluster, each namespace's in name order.
pub fn all_of(
    conn: &Connection,
    cluster: &ClusterView,
    kind: &Kind,
) -> Result<Vec<Value>, ApiFail> {
    let snap = ops::snapshot(conn, cluster)?;
    Ok(match kind.plural {
        "pods" => snap.pods.into_iter().map(decorate_pod).collect(),
        "deployments" => snap
            .deployments
            .into_iter()
            .map(|(d, _)| decorate_deployment(d))
            .collect(),
        "replicasets" => snap
            .deployments
            .iter()
            .map(|(d, hash)| replica_set(cluster, d, hash, &snap.pods))
            .collect(),
        "events" => {
            let deployments: Vec<(Value, Value)> = snap
                .deployments
                .iter()
                .map(|(d, hash)| (d.clone(), replica_set(cluster, d, hash, &snap.pods)))
                .collect();
            crate::emulator::kube::events::derived(&deployments, &snap.pods)
        }
        "nodes" => snap.nodes,
        "namespaces" => namespaces(
            cluster,
            &ops::created_namespaces(conn, cluster)?,
            &snap
                .deployments
                .iter()
                .map(|(d, _)| d.clone())
                .collect::<Vec<_>>(),
        ),
        "services" => {
            // The API server lists in its storage's key order: namespace, then name.
            let mut all: Vec<Value> = std::iter::once(kubernetes_service(cluster))
                .chain(services::services(conn, cluster)?)
                .collect();
            all.sort_by(|a, b| (ns_of(a), name_of(a)).cmp(&(ns_of(b), name_of(b))));
            all
        }
        _ => Vec::new(),
    })
}

pub fn deployment(
    conn: &Connection,
    cluster: &ClusterView,
    ns: &str,
    name: &str,
) -> Result<Option<Value>, ApiFail> {
    Ok(ops::snapshot(conn, cluster)?
        .deployments
        .into_iter()
        .map(|(d, _)| d)
        .find(|d| name_of(d) == Some(name) && ns_of(d) == Some(ns)))
}

/// The Deployment as written (no status, no server fields): what patches apply to.
pub fn manifest_of(obj: &Value) -> Value {
    let mut v = obj.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("status");
    }
    if let Some(md) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        for k in ["uid", "generation", "creationTimestamp", "resourceVersion"] {
            md.remove(k);
        }
    }
    v
}

fn stamp(md: &mut Map<String, Value>, version: &str) {
    md.entry("resourceVersion").or_insert(json!(version));
}

pub fn decorate_deployment(mut d: Value) -> Value {
    let generation = d
        .pointer("/metadata/generation")
        .and_then(Value::as_i64)
        .unwrap_or(1);
    let created = d
        .pointer("/metadata/creationTimestamp")
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(md) = d.get_mut("metadata").and_then(Value::as_object_mut) {
        stamp(md, &generation.to_string());
        let ann = md.entry("annotations").or_insert_with(|| json!({}));
        if let Some(a) = ann.as_object_mut() {
            a.insert(
                "deployment.kubernetes.io/revision".into(),
                json!(generation.to_string()),
            );
        }
    }
    if let Some(spec) = d.get_mut("spec").and_then(Value::as_object_mut) {
        spec.entry("progressDeadlineSeconds").or_insert(json!(600));
        spec.entry("revisionHistoryLimit").or_insert(json!(10));
        let strategy = spec.entry("strategy").or_insert_with(|| json!({}));
        if strategy.get("type").is_none() {
            *strategy = json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}});
        }
    }
    let replicas = d
        .pointer("/spec/replicas")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let available = d
        .pointer("/status/availableReplicas")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let name = name_of(&d).unwrap_or("").to_string();
    let hash_rs = d
        .pointer("/spec/template")
        .map(|t| format!("{name}-{}", ops::template_hash_of(t)));
    if let Some(st) = d.get_mut("status").and_then(Value::as_object_mut) {
        let ok = available >= replicas;
        st.insert(
            "conditions".into(),
            json!([
                {"type": "Available", "status": if ok { "True" } else { "False" },
                 "reason": if ok { "MinimumReplicasAvailable" } else { "MinimumReplicasUnavailable" },
                 "message": if ok { "Deployment has minimum availability." } else { "Deployment does not have minimum availability." },
                 "lastTransitionTime": created, "lastUpdateTime": created},
                {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable",
                 "message": format!("ReplicaSet \"{}\" has successfully progressed.", hash_rs.unwrap_or(name)),
                 "lastTransitionTime": created, "lastUpdateTime": created},
            ]),
        );
        if available < replicas {
            st.insert("unavailableReplicas".into(), json!(replicas - available));
        }
    }
    d
}

pub fn decorate_pod(mut p: Value) -> Value {
    if let Some(md) = p.get_mut("metadata").and_then(Value::as_object_mut) {
        stamp(md, "1");
    }
    if let Some(spec) = p.get_mut("spec").and_then(Value::as_object_mut) {
        ops::pod_defaults(spec);
    }
    p
}

/// The one ReplicaSet of a Deployment's current template (`hash`), owning its pods.
fn replica_set(cluster: &ClusterView, d: &Value, hash: &str, pods: &[Value]) -> Value {
    let ns = ns_of(d).unwrap_or("default");
    let name = name_of(d).unwrap_or("");
    let rs_name = format!("{name}-{hash}");
    let mine: Vec<&Value> = pods
        .iter()
        .filter(|p| {
            ns_of(p) == Some(ns)
                && p.pointer("/metadata/ownerReferences/0/name")
                    .and_then(Value::as_str)
                    == Some(rs_name.as_str())
        })
        .collect();
    let mut template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
    template["metadata"]["labels"]["pod-template-hash"] = json!(hash);
    let mut selector = d.pointer("/spec/selector").cloned().unwrap_or(json!({}));
    selector["matchLabels"]["pod-template-hash"] = json!(hash);
    let mut labels = template
        .pointer("/metadata/labels")
        .cloned()
        .unwrap_or(json!({}));
    labels["pod-template-hash"] = json!(hash);
    let ready = mine
        .iter()
        .filter(|p| p.pointer("/status/phase").and_then(Value::as_str) == Some("Running"))
        .count();
    let replicas = d.pointer("/spec/replicas").cloned().unwrap_or(json!(1));
    let revision = d
        .pointer("/metadata/generation")
        .and_then(Value::as_i64)
        .unwrap_or(1)
        .to_string();
    json!({
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": {
            "name": rs_name,
            "namespace": ns,
            "labels": labels,
            "annotations": {
                "deployment.kubernetes.io/desired-replicas": replicas.to_string(),
                "deployment.kubernetes.io/max-replicas": replicas.to_string(),
                "deployment.kubernetes.io/revision": revision,
            },
            "creationTimestamp": d.pointer("/metadata/creationTimestamp"),
            "generation": 1,
            "resourceVersion": "1",
            "uid": ops::rs_uid(&cluster.cluster_id, ns, &rs_name),
            "ownerReferences": [{
                "apiVersion": "apps/v1", "kind": "Deployment", "name": name,
                "uid": d.pointer("/metadata/uid"), "controller": true, "blockOwnerDeletion": true,
            }],
        },
        "spec": {"replicas": replicas, "selector": selector, "template": template},
        "status": {
            "replicas": mine.len(),
            "fullyLabeledReplicas": mine.len(),
            "readyReplicas": ready,
            "availableReplicas": ready,
            "observedGeneration": 1,
        },
    })
}

fn created(cluster: &ClusterView) -> String {
    cluster
        .created_at
        .clone()
        .unwrap_or_else(|| format::rfc3339(format::now()))
}

fn namespaces(
    cluster: &ClusterView,
    made: &[(String, String)],
    deployments: &[Value],
) -> Vec<Value> {
    let mut names: std::collections::BTreeMap<String, String> = ops::SYSTEM_NAMESPACES
        .iter()
        .map(|s| (s.to_string(), created(cluster)))
        .collect();
    for d in deployments {
        if let Some(ns) = ns_of(d) {
            names
                .entry(ns.to_string())
                .or_insert_with(|| created(cluster));
        }
    }
    for (n, at) in made {
        names.insert(n.clone(), at.clone());
    }
    names
        .into_iter()
        .map(|(n, created)| {
            json!({
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {"name": n, "labels": {"kubernetes.io/metadata.name": n}, "resourceVersion": "1",
                             "creationTimestamp": created},
                "spec": {"finalizers": ["kubernetes"]},
                "status": {"phase": "Active"},
            })
        })
        .collect()
}

fn kubernetes_service(cluster: &ClusterView) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "kubernetes", "namespace": "default", "resourceVersion": "1",
                     "labels": {"component": "apiserver", "provider": "kubernetes"},
                     "creationTimestamp": created(cluster)},
        "spec": {
            "clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1"], "type": "ClusterIP",
            "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "sessionAffinity": "None",
            "internalTrafficPolicy": "Cluster",
            "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 443}],
        },
        "status": {"loadBalancer": {}},
    })
}

/// The autoscaling/v1 Scale of a Deployment.
pub fn scale_of(d: &Value) -> Value {
    let sel = d
        .pointer("/spec/selector/matchLabels")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    json!({
        "kind": "Scale",
        "apiVersion": "autoscaling/v1",
        "metadata": {"name": name_of(d), "namespace": ns_of(d), "resourceVersion": "1",
                     "uid": d.pointer("/metadata/uid"), "creationTimestamp": d.pointer("/metadata/creationTimestamp")},
        "spec": {"replicas": d.pointer("/spec/replicas")},
        "status": {"replicas": d.pointer("/status/replicas"), "selector": sel},
    })
}

/// The emulator runs no containers: every pod's log is this one line, saying so.
pub fn pod_log(pod: &Value) -> String {
    format!(
        "azr emulator: pod {} runs no container, so it has no log\n",
        name_of(pod).unwrap_or("")
    )
}

/// A node's heartbeat lease (`kubectl describe node` shows its holder and renew time).
pub fn lease(
    conn: &Connection,
    cluster: &ClusterView,
    node: &str,
) -> Result<Option<Value>, ApiFail> {
    if !cluster.nodes.iter().any(|n| n.name == node) {
        let _ = conn;
        return Ok(None);
    }
    // A MicroTime: exactly six fractional digits.
    let renew = format::rfc3339(format::now()).replace('Z', ".000000Z");
    Ok(Some(json!({
        "apiVersion": "coordination.k8s.io/v1",
        "kind": "Lease",
        "metadata": {"name": node, "namespace": "kube-node-lease", "resourceVersion": "1",
                     "creationTimestamp": created(cluster)},
        "spec": {"holderIdentity": node, "leaseDurationSeconds": 40, "renewTime": renew},
    })))
}
