//! The same operations for the Kubernetes API server (`kube::api`): one store, one reconcile,
//! one host-port allocator, whichever way a Deployment arrives. Failures come back as the
//! API server's Status (code, reason, message, the invalid field).

use std::ops::Not;

use super::*;

pub use super::objects::pod_defaults;

/// A refused API call: what the API server's `Status` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFail {
    pub code: u16,
    pub reason: &'static str,
    pub message: String,
    /// `(field, cause message, cause reason)` of a 422.
    pub cause: Option<Box<(String, String, String)>>,
    pub name: String,
}

impl ApiFail {
    pub fn new(code: u16, reason: &'static str, message: impl Into<String>) -> ApiFail {
        ApiFail {
            code,
            reason,
            message: message.into(),
            cause: None,
            name: String::new(),
        }
    }
}

/// Refuses an object whose `metadata.namespace` is not the request path's namespace.
pub fn same_namespace(doc: &Value, path_ns: &str) -> Result<(), ApiFail> {
    match doc.pointer("/metadata/namespace").and_then(Value::as_str) {
        Some(ns) if ns != path_ns => Err(ApiFail::new(
            400,
            "BadRequest",
            "the namespace of the provided object does not match the namespace sent on the request",
        )),
        _ => Ok(()),
    }
}

fn internal(Fail(m): Fail) -> ApiFail {
    ApiFail::new(500, "InternalError", m.trim_end().to_string())
}

/// Everything the API serves for a cluster, built from the store.
pub struct Snapshot {
    pub pods: Vec<Value>,
    /// Each Deployment with its current template hash (its ReplicaSet's suffix).
    pub deployments: Vec<(Value, String)>,
    pub nodes: Vec<Value>,
}

pub fn snapshot(conn: &Connection, cluster: &ClusterView) -> Result<Snapshot, ApiFail> {
    let k = kube(conn, cluster);
    let pods = db(store::pods(conn, k.cid(), None)).map_err(internal)?;
    let deployments = db(store::deployments(conn, k.cid(), None))
        .map_err(internal)?
        .iter()
        .map(|d| (deployment_object(d, &pods), d.template_hash.clone()))
        .collect();
    Ok(Snapshot {
        pods: pods.into_iter().map(|p| p.pod).collect(),
        deployments,
        nodes: k.node_objects(),
    })
}

fn kube<'a>(conn: &'a Connection, cluster: &'a ClusterView) -> Kube<'a> {
    Kube {
        conn,
        cluster,
        now: format::rfc3339(format::now()),
        out: String::new(),
        failed: false,
    }
}

/// Creates (`create_only`) or replaces a Deployment from its full object, as a POST, PUT or
/// apply does; answers the stored object and whether it was created.
pub fn put_deployment(
    conn: &Connection,
    cluster: &ClusterView,
    doc: Value,
    path_ns: &str,
    create_only: bool,
) -> Result<(Value, bool), ApiFail> {
    let mut k = kube(conn, cluster);
    let name = doc
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    same_namespace(&doc, path_ns)?;
    let m = k
        .check_manifest(doc, "request", Some(path_ns))
        .map_err(|Fail(m)| invalid(&name, &m))?;
    let existing = db(store::deployment(conn, k.cid(), &m.namespace, &m.name)).map_err(internal)?;
    if create_only && existing.is_some() {
        return Err(already_exists("deployments.apps", &m.name));
    }
    let requests = k
        .requested_ports(&m.template)
        .map_err(|e| ApiFail::new(400, "BadRequest", apply::admission_denied(&e)))?;
    let created = existing.is_none();
    let mut d = match existing {
        None => DeploymentRow {
            namespace: m.namespace.clone(),
            name: m.name.clone(),
            manifest: m.doc.clone(),
            replicas: m.replicas,
            template_hash: m.hash.clone(),
            created_at: k.now.clone(),
            generation: 1,
            pod_serial: 0,
        },
        Some(mut d) => {
            if d.manifest != m.doc {
                d.generation += 1;
            }
            d.replicas = m.replicas;
            d.manifest = m.doc.clone();
            d.template_hash = m.hash.clone();
            d
        }
    };
    k.reconcile(&mut d, &m.template, &requests)
        .map_err(forbidden)?;
    let pods = db(store::pods(conn, k.cid(), None)).map_err(internal)?;
    Ok((deployment_object(&d, &pods), created))
}

/// Sets a Deployment's replicas (the scale subresource); `None` when it does not exist.
pub fn scale_deployment(
    conn: &Connection,
    cluster: &ClusterView,
    ns: &str,
    name: &str,
    replicas: u32,
) -> Result<Option<Value>, ApiFail> {
    let mut k = kube(conn, cluster);
    let Some(mut d) = db(store::deployment(conn, k.cid(), ns, name)).map_err(internal)? else {
        return Ok(None);
    };
    let template = d
        .manifest
        .pointer("/spec/template")
        .cloned()
        .unwrap_or(Value::Null);
    let requests = k.requested_ports(&template).unwrap_or_default();
    d.replicas = replicas;
    if let Some(spec) = d.manifest.get_mut("spec").and_then(Value::as_object_mut) {
        spec.insert("replicas".into(), json!(replicas));
    }
    k.reconcile(&mut d, &template, &requests)
        .map_err(forbidden)?;
    let pods = db(store::pods(conn, k.cid(), None)).map_err(internal)?;
    Ok(Some(deployment_object(&d, &pods)))
}

/// Deletes a Deployment and its pods; the object as it was, `None` when absent.
pub fn delete_deployment(
    conn: &Connection,
    cluster: &ClusterView,
    ns: &str,
    name: &str,
) -> Result<Option<Value>, ApiFail> {
    let k = kube(conn, cluster);
    let Some(d) = db(store::deployment(conn, k.cid(), ns, name)).map_err(internal)? else {
        return Ok(None);
    };
    let pods = db(store::pods(conn, k.cid(), Some(ns))).map_err(internal)?;
    let obj = deployment_object(&d, &pods);
    for p in pods.iter().filter(|p| p.deployment == name) {
        db(store::delete_pod(conn, k.cid(), ns, &p.name)).map_err(internal)?;
    }
    db(store::delete_deployment(conn, k.cid(), ns, name)).map_err(internal)?;
    Ok(Some(obj))
}

/// Deletes a pod (its ReplicaSet makes a new one); the pod as it was, `None` when absent.
pub fn now() -> String {
    format::rfc3339(format::now())
}

pub fn delete_pod(
    conn: &Connection,
    cluster: &ClusterView,
    ns: &str,
    name: &str,
) -> Result<Option<Value>, ApiFail> {
    let pods = db(store::pods(conn, &cluster.cluster_id, Some(ns))).map_err(internal)?;
    let Some(p) = pods.into_iter().find(|p| p.name == name) else {
        return Ok(None);
    };
    let mut k = kube(conn, cluster);
    k.delete_pod(ns, name).map_err(internal)?;
    Ok(Some(p.pod))
}

/// Creates a bare pod from its object (a POST of a Pod); the stored pod.
pub fn create_pod(
    conn: &Connection,
    cluster: &ClusterView,
    doc: &Value,
    path_ns: &str,
) -> Result<Value, ApiFail> {
    let name = doc
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("");
    same_namespace(doc, path_ns)?;
    let pod_invalid = |field: &str, what: &str, reason: &str| {
        let mut f = ApiFail::new(
            422,
            "Invalid",
            format!("Pod \"{name}\" is invalid: {field}: {what}"),
        );
        f.cause = Some(Box::new((field.into(), what.into(), reason.into())));
        f.name = name.to_string();
        f
    };
    if name.is_empty() {
        return Err(pod_invalid(
            "metadata.name",
            "Required value: name or generateName is required",
            "FieldValueRequired",
        ));
    }
    if !is_dns_subdomain(name) {
        return Err(pod_invalid(
            "metadata.name",
            &format!(
                "Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
            ),
            "FieldValueInvalid",
        ));
    }
    if containers(doc).is_empty() {
        return Err(pod_invalid(
            "spec.containers",
            "Required value",
            "FieldValueRequired",
        ));
    }
    let mut k = kube(conn, cluster);
    let pods = db(store::pods(conn, k.cid(), Some(path_ns))).map_err(internal)?;
    if pods.iter().any(|p| p.name == name) {
        return Err(already_exists("pods", name));
    }
    let requests = k
        .requested_ports(doc)
        .map_err(|e| ApiFail::new(400, "BadRequest", apply::admission_denied(&e)))?;
    let row = k
        .create_bare_pod(path_ns, name, doc, &requests)
        .map_err(forbidden)?;
    Ok(row.pod)
}

/// The uid of the ReplicaSet `rs` (the one its pods' owner references name), or of another
/// object named by the same parts.
pub fn rs_uid(cluster_id: &str, ns: &str, rs: &str) -> String {
    uid(&[cluster_id, ns, rs])
}

/// The `pod-template-hash` of a Deployment's template (its ReplicaSet's suffix).
pub fn template_hash_of(template: &Value) -> String {
    template_hash(template)
}

/// The namespaces every cluster has.
pub const SYSTEM_NAMESPACES: &[&str] =
    &["default", "kube-node-lease", "kube-public", "kube-system"];

/// Namespaces created through the API: (name, creation time).
pub fn created_namespaces(
    conn: &Connection,
    cluster: &ClusterView,
) -> Result<Vec<(String, String)>, ApiFail> {
    db(store::namespaces(conn, &cluster.cluster_id)).map_err(internal)
}

/// Creates a namespace (`kubectl create namespace`).
pub fn create_namespace(
    conn: &Connection,
    cluster: &ClusterView,
    doc: &Value,
) -> Result<Value, ApiFail> {
    let name = doc
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("");
    let invalid = |what: String| {
        let mut f = ApiFail::new(
            422,
            "Invalid",
            format!("Namespace \"{name}\" is invalid: metadata.name: {what}"),
        );
        f.cause = Some(Box::new((
            "metadata.name".into(),
            what,
            "FieldValueInvalid".into(),
        )));
        f.name = name.to_string();
        f
    };
    if name.is_empty() {
        return Err(invalid(
            "Required value: name or generateName is required".into(),
        ));
    }
    let label = name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_alphanumeric());
    if !label {
        return Err(invalid(format!(
            "Invalid value: \"{name}\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
        )));
    }
    let exists = SYSTEM_NAMESPACES.contains(&name)
        || created_namespaces(conn, cluster)?
            .iter()
            .any(|(n, _)| n == name)
        || db(store::deployments(conn, &cluster.cluster_id, Some(name)))
            .map_err(internal)?
            .is_empty()
            .not();
    if exists {
        return Err(already_exists("namespaces", name));
    }
    let now = format::rfc3339(format::now());
    db(store::put_namespace(conn, &cluster.cluster_id, name, &now)).map_err(internal)?;
    Ok(json!({"name": name, "created": now}))
}

/// Deletes a created namespace and what is in it; `None` when it does not exist.
pub fn delete_namespace(
    conn: &Connection,
    cluster: &ClusterView,
    name: &str,
) -> Result<Option<()>, ApiFail> {
    if SYSTEM_NAMESPACES.contains(&name) {
        let mut f = ApiFail::new(
            403,
            "Forbidden",
            format!("namespaces \"{name}\" is forbidden: this namespace may not be deleted"),
        );
        f.name = name.to_string();
        return Err(f);
    }
    let deployments =
        db(store::deployments(conn, &cluster.cluster_id, Some(name))).map_err(internal)?;
    let created = created_namespaces(conn, cluster)?
        .iter()
        .any(|(n, _)| n == name);
    if !created && deployments.is_empty() {
        return Ok(None);
    }
    for d in deployments {
        delete_deployment(conn, cluster, name, &d.name)?;
    }
    // What is left: bare pods and services.
    for p in db(store::pods(conn, &cluster.cluster_id, Some(name))).map_err(internal)? {
        db(store::delete_pod(conn, &cluster.cluster_id, name, &p.name)).map_err(internal)?;
    }
    db(store::delete_services(
        conn,
        &cluster.cluster_id,
        name,
        None,
    ))
    .map_err(internal)?;
    db(store::delete_namespace(conn, &cluster.cluster_id, name)).map_err(internal)?;
    Ok(Some(()))
}

fn forbidden(Fail(m): Fail) -> ApiFail {
    let m = m.trim_end();
    let text = m
        .strip_prefix("Error from server (Forbidden): ")
        .unwrap_or(m);
    ApiFail::new(403, "Forbidden", text.to_string())
}

/// The kubectl subset's validation text (`The Deployment "x" is invalid: field: what`) as
/// the API server's 422.
fn invalid(name: &str, text: &str) -> ApiFail {
    let text = text.trim_end();
    if let Some(rest) = text.split_once("is invalid: ").map(|(_, r)| r)
        && let Some((field, what)) = rest.split_once(": ")
    {
        let reason = if what.starts_with("Required value") {
            "FieldValueRequired"
        } else if what.starts_with("Unsupported value") {
            "FieldValueNotSupported"
        } else {
            "FieldValueInvalid"
        };
        let mut f = ApiFail::new(
            422,
            "Invalid",
            format!("Deployment.apps \"{name}\" is invalid: {field}: {what}"),
        );
        f.cause = Some(Box::new((
            field.to_string(),
            what.to_string(),
            reason.to_string(),
        )));
        f.name = name.to_string();
        return f;
    }
    let message = text.strip_prefix("error: ").unwrap_or(text).to_string();
    ApiFail::new(400, "BadRequest", message)
}

/// 409 for a name taken in its namespace, as the API server words it (`deployments.apps "x"`).
fn already_exists(resource: &str, name: &str) -> ApiFail {
    let mut f = ApiFail::new(
        409,
        "AlreadyExists",
        format!("{resource} \"{name}\" already exists"),
    );
    f.name = name.to_string();
    f
}
