//! The Kubernetes objects the subset builds: pods from a Deployment's template, the
//! Deployment's own object, lists and kubectl's JSON layout.

use super::*;

pub(super) struct PodParts<'a> {
    pub(super) deployment: &'a DeploymentRow,
    /// The owning ReplicaSet; `None` for a bare pod (created as a Pod, owned by nothing).
    pub(super) rs: Option<&'a str>,
    pub(super) name: &'a str,
    pub(super) template: &'a Value,
    pub(super) assigned: &'a [Assignment],
    pub(super) node: Option<(&'a str, String)>,
    pub(super) pod_ip: Option<&'a str>,
    pub(super) now: &'a str,
    pub(super) cluster_id: &'a str,
}

/// The Pod object a ReplicaSet would create from the template, after the host-port webhook:
/// `hostPort` set on each assigned container port and one env var per assignment.
pub(super) fn build_pod(p: PodParts<'_>) -> Value {
    let d = p.deployment;
    let mut labels = p
        .template
        .pointer("/metadata/labels")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if p.rs.is_some() {
        labels.insert("pod-template-hash".into(), json!(d.template_hash));
    }
    let mut metadata = Map::new();
    if let Some(a) = p.template.pointer("/metadata/annotations") {
        metadata.insert("annotations".into(), a.clone());
    }
    metadata.insert("creationTimestamp".into(), json!(p.now));
    if let Some(rs) = p.rs {
        metadata.insert("generateName".into(), json!(format!("{rs}-")));
    }
    if !labels.is_empty() {
        metadata.insert("labels".into(), Value::Object(labels));
    }
    metadata.insert("name".into(), json!(p.name));
    metadata.insert("namespace".into(), json!(d.namespace));
    if let Some(rs) = p.rs {
        metadata.insert(
            "ownerReferences".into(),
            json!([{
                "apiVersion": "apps/v1",
                "blockOwnerDeletion": true,
                "controller": true,
                "kind": "ReplicaSet",
                "name": rs,
                "uid": uid(&[p.cluster_id, d.namespace.as_str(), rs]),
            }]),
        );
    }
    metadata.insert(
        "uid".into(),
        json!(uid(&[p.cluster_id, d.namespace.as_str(), p.name])),
    );
    let mut spec = p
        .template
        .get("spec")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let env: Vec<Value> = p
        .assigned
        .iter()
        .map(|a| {
            let owner = if p.rs.is_some() {
                d.name.as_str()
            } else {
                p.name
            };
            json!({"name": a.env_var_name(owner), "value": a.host_port.to_string()})
        })
        .collect();
    let mut statuses = Vec::new();
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut() {
            let Some(c) = c.as_object_mut() else { continue };
            if let Some(Value::Array(ports)) = c.get_mut("ports") {
                for port in ports.iter_mut().filter(|p| p.is_object()) {
                    let cp = port.get("containerPort").and_then(Value::as_u64);
                    let proto = Protocol::from_k8s(port.get("protocol").and_then(Value::as_str));
                    if let Some(a) = p
                        .assigned
                        .iter()
                        .find(|a| Some(a.container_port as u64) == cp && Some(a.protocol) == proto)
                    {
                        port["hostPort"] = json!(a.host_port);
                        if port.get("protocol").is_none() {
                            port["protocol"] = json!("TCP");
                        }
                    }
                }
            }
            if !env.is_empty() {
                let list = c.entry("env").or_insert_with(|| json!([]));
                if let Some(list) = list.as_array_mut() {
                    list.extend(env.iter().cloned());
                }
            }
            let cname = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let image = c
                .get("image")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            statuses.push((cname, image));
        }
    }
    pod_defaults(&mut spec);
    let running = p.node.is_some();
    if let Some((node, _)) = &p.node {
        spec.insert("nodeName".into(), json!(node));
    }
    let mut status = Map::new();
    if running {
        let (_, host_ip) = p
            .node
            .as_ref()
            .map(|(n, ip)| (*n, ip.clone()))
            .unwrap_or_default();
        status.insert(
            "conditions".into(),
            json!(
                ["Initialized", "Ready", "ContainersReady", "PodScheduled"]
                    .iter()
                    .map(|t| json!({"type": t, "status": "True", "lastTransitionTime": p.now}))
                    .collect::<Vec<_>>()
            ),
        );
        status.insert(
            "containerStatuses".into(),
            json!(statuses
                .iter()
                .map(|(n, image)| json!({
                    "containerID": format!("containerd://{}", hex(&digest(&[p.name, n.as_str()]))),
                    "image": image,
                    "imageID": format!("{}@sha256:{}", image.split(':').next().unwrap_or(image), hex(&digest(&[image.as_str()]))),
                    "name": n,
                    "ready": true,
                    "restartCount": 0,
                    "started": true,
                    "state": {"running": {"startedAt": p.now}},
                }))
                .collect::<Vec<_>>()),
        );
        status.insert("hostIP".into(), json!(host_ip));
        status.insert("phase".into(), json!("Running"));
        if let Some(ip) = p.pod_ip {
            status.insert("podIP".into(), json!(ip));
            status.insert("podIPs".into(), json!([{"ip": ip}]));
        }
        status.insert("startTime".into(), json!(p.now));
    } else {
        status.insert(
            "conditions".into(),
            json!([{
                "type": "PodScheduled", "status": "False", "reason": "Unschedulable",
                "message": "0/0 nodes are available: no node matches the pod's node selector.",
                "lastTransitionTime": p.now
            }]),
        );
        status.insert("phase".into(), json!("Pending"));
    }
    status.insert("qosClass".into(), json!("BestEffort"));
    json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": metadata,
        "spec": spec,
        "status": status,
    })
}

pub(super) fn deployment_object(d: &DeploymentRow, pods: &[PodRow]) -> Value {
    let mine: Vec<&PodRow> = pods
        .iter()
        .filter(|p| p.namespace == d.namespace && p.deployment == d.name)
        .collect();
    let ready = mine
        .iter()
        .filter(|p| p.pod.pointer("/status/phase").and_then(Value::as_str) == Some("Running"))
        .count();
    let mut v = d.manifest.clone();
    if let Some(md) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        md.insert("namespace".into(), json!(d.namespace));
        md.insert("creationTimestamp".into(), json!(d.created_at));
        md.insert("generation".into(), json!(d.generation));
        md.insert(
            "uid".into(),
            json!(uid(&[
                "deployment",
                d.namespace.as_str(),
                d.name.as_str(),
                d.created_at.as_str()
            ])),
        );
    }
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
        spec.insert("replicas".into(), json!(d.replicas));
    }
    v["status"] = json!({
        "availableReplicas": ready,
        "observedGeneration": d.generation,
        "readyReplicas": ready,
        "replicas": mine.len(),
        "updatedReplicas": mine.len(),
    });
    v
}

pub(super) fn list(items: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// JSON with kubectl's four-space indent.
pub(super) fn to_json(v: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    let _ = serde::Serialize::serialize(v, &mut ser);
    String::from_utf8(buf).unwrap_or_default()
}

/// The fields the API server defaults in a pod spec (and its containers).
pub fn pod_defaults(spec: &mut Map<String, Value>) {
    spec.entry("restartPolicy").or_insert(json!("Always"));
    spec.entry("dnsPolicy").or_insert(json!("ClusterFirst"));
    spec.entry("serviceAccountName").or_insert(json!("default"));
    spec.entry("serviceAccount").or_insert(json!("default"));
    spec.entry("schedulerName")
        .or_insert(json!("default-scheduler"));
    spec.entry("terminationGracePeriodSeconds")
        .or_insert(json!(30));
    spec.entry("priority").or_insert(json!(0));
    spec.entry("enableServiceLinks").or_insert(json!(true));
    spec.entry("securityContext").or_insert(json!({}));
    spec.entry("tolerations").or_insert(json!([
        {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300},
        {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300},
    ]));
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut().filter_map(Value::as_object_mut) {
            let latest = c
                .get("image")
                .and_then(Value::as_str)
                .is_some_and(|i| !i.contains(':') || i.ends_with(":latest"));
            c.entry("imagePullPolicy").or_insert(json!(if latest {
                "Always"
            } else {
                "IfNotPresent"
            }));
            c.entry("terminationMessagePath")
                .or_insert(json!("/dev/termination-log"));
            c.entry("terminationMessagePolicy").or_insert(json!("File"));
            c.entry("resources").or_insert(json!({}));
        }
    }
}
