//! Events as the control plane records them, derived from the store: for each pod its
//! scheduling (Scheduled, or FailedScheduling while no node fits) and the kubelet's Pulled,
//! Created, Started per container; for each ReplicaSet a SuccessfulCreate per pod; for
//! each Deployment the ScalingReplicaSet that sized its ReplicaSet. Events of the past
//! (pods since replaced, scale-downs) are not kept.

use serde_json::{Value, json};

use super::format;

fn name_of(o: &Value) -> Option<&str> {
    o.pointer("/metadata/name").and_then(Value::as_str)
}

fn ns_of(o: &Value) -> Option<&str> {
    o.pointer("/metadata/namespace").and_then(Value::as_str)
}

struct Source<'a> {
    component: &'a str,
    host: Option<&'a str>,
}

/// One event about `obj` (its kind, namespace, name, uid); `seq` orders events of one object.
fn event(
    obj: &Value,
    seq: u64,
    (kind, api_version): (&str, &str),
    (kind_of_event, reason, message): (&str, &str, String),
    source: Source<'_>,
    field_path: Option<String>,
) -> Value {
    let name = name_of(obj).unwrap_or("");
    let ns = ns_of(obj).unwrap_or("default");
    let at = obj
        .pointer("/metadata/creationTimestamp")
        .and_then(Value::as_str)
        .unwrap_or("");
    // The API server names events `<object>.<unix nanos in hex>`: in time order per object.
    let nanos = format::parse_rfc3339(at).map_or(0, |t| t.unix_timestamp_nanos() as u64);
    let mut involved = json!({
        "kind": kind, "namespace": ns, "name": name, "apiVersion": api_version,
        "uid": obj.pointer("/metadata/uid"), "resourceVersion": "1",
    });
    if let Some(f) = &field_path {
        involved["fieldPath"] = json!(f);
    }
    let mut src = json!({"component": source.component});
    if let Some(h) = source.host {
        src["host"] = json!(h);
    }
    json!({
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": format!("{name}.{:x}", nanos + seq), "namespace": ns,
                     "creationTimestamp": at, "resourceVersion": "1"},
        "involvedObject": involved,
        "reason": reason,
        "message": message,
        "source": src,
        "firstTimestamp": at,
        "lastTimestamp": at,
        "count": 1,
        "type": kind_of_event,
        "eventTime": null,
        "reportingComponent": source.component,
        "reportingInstance": source.host.unwrap_or(""),
    })
}

/// The events about one pod, oldest first (what `kubectl describe pod` lists).
pub fn for_pod(pod: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    pod_events(pod, &mut out);
    out
}

/// `kubectl describe`'s Events section (tab-separated, for its tab writer).
pub fn describe_section(events: &[Value], now: time::OffsetDateTime) -> String {
    if events.is_empty() {
        return "Events:\t<none>\n".to_string();
    }
    let mut t = String::from(
        "Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n",
    );
    for e in events {
        let s = |p: &str| e.pointer(p).and_then(Value::as_str).unwrap_or("");
        t.push_str(&format!(
            "  {}\t{}\t{}\t{}\t{}\n",
            s("/type"),
            s("/reason"),
            format::age(s("/lastTimestamp"), now),
            s("/source/component"),
            s("/message")
        ));
    }
    t
}

fn pod_events(pod: &Value, out: &mut Vec<Value>) {
    let pod_kind = ("Pod", "v1");
    let node = pod.pointer("/spec/nodeName").and_then(Value::as_str);
    let scheduler = || Source {
        component: "default-scheduler",
        host: None,
    };
    let Some(node) = node else {
        let why = pod
            .pointer("/status/conditions/0/message")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        out.push(event(
            pod,
            0,
            pod_kind,
            ("Warning", "FailedScheduling", why),
            scheduler(),
            None,
        ));
        return;
    };
    let message = format!(
        "Successfully assigned {}/{} to {node}",
        ns_of(pod).unwrap_or("default"),
        name_of(pod).unwrap_or("")
    );
    out.push(event(
        pod,
        0,
        pod_kind,
        ("Normal", "Scheduled", message),
        scheduler(),
        None,
    ));
    let containers = pod.pointer("/spec/containers").and_then(Value::as_array);
    let mut seq = 1;
    for c in containers.into_iter().flatten() {
        let cname = c["name"].as_str().unwrap_or("");
        let image = c["image"].as_str().unwrap_or("");
        for (reason, message) in [
            (
                "Pulled",
                format!("Container image \"{image}\" already present on machine"),
            ),
            ("Created", format!("Created container: {cname}")),
            ("Started", format!("Started container {cname}")),
        ] {
            let kubelet = Source {
                component: "kubelet",
                host: Some(node),
            };
            let field = Some(format!("spec.containers{{{cname}}}"));
            out.push(event(
                pod,
                seq,
                pod_kind,
                ("Normal", reason, message),
                kubelet,
                field,
            ));
            seq += 1;
        }
    }
}

/// Every event of the cluster: its Deployments (with their current ReplicaSets) and pods.
pub fn derived(deployments: &[(Value, Value)], pods: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for (d, rs) in deployments {
        let replicas = d
            .pointer("/spec/replicas")
            .and_then(Value::as_u64)
            .unwrap_or(1);
        let rs_name = name_of(rs).unwrap_or("");
        let message = format!("Scaled up replica set {rs_name} from 0 to {replicas}");
        let source = Source {
            component: "deployment-controller",
            host: None,
        };
        out.push(event(
            d,
            0,
            ("Deployment", "apps/v1"),
            ("Normal", "ScalingReplicaSet", message),
            source,
            None,
        ));
        let owned = pods.iter().filter(|p| {
            ns_of(p) == ns_of(rs)
                && p.pointer("/metadata/ownerReferences/0/name")
                    .and_then(Value::as_str)
                    == Some(rs_name)
        });
        for (i, p) in owned.enumerate() {
            let message = format!("Created pod: {}", name_of(p).unwrap_or(""));
            let source = Source {
                component: "replicaset-controller",
                host: None,
            };
            out.push(event(
                rs,
                i as u64,
                ("ReplicaSet", "apps/v1"),
                ("Normal", "SuccessfulCreate", message),
                source,
                None,
            ));
        }
    }
    for p in pods {
        pod_events(p, &mut out);
    }
    out.sort_by(|a, b| (ns_of(a), name_of(a)).cmp(&(ns_of(b), name_of(b))));
    out
}

/// The cells of `kubectl get events`' columns.
pub fn cells(e: &Value, now: time::OffsetDateTime) -> Vec<Value> {
    let s = |p: &str| {
        e.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let seen = format::age(&s("/lastTimestamp"), now);
    let source = match e.pointer("/source/host").and_then(Value::as_str) {
        Some(h) => format!("{}, {h}", s("/source/component")),
        None => s("/source/component"),
    };
    vec![
        json!(seen),
        json!(s("/type")),
        json!(s("/reason")),
        json!(format!(
            "{}/{}",
            s("/involvedObject/kind").to_lowercase(),
            s("/involvedObject/name")
        )),
        json!(s("/involvedObject/fieldPath")),
        json!(source),
        json!(s("/message")),
        json!(format::age(&s("/firstTimestamp"), now)),
        json!(e.get("count").map_or(String::new(), Value::to_string)),
        json!(s("/metadata/name")),
    ]
}
