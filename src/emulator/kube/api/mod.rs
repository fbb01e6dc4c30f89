//! The Kubernetes API server of an emulated cluster, as the real kubectl 1.32 uses it through
//! the kubeconfig `aks get-credentials` writes: discovery, core/v1 and apps/v1 reads (JSON or
//! the Table kubectl get asks for), writes (POST, PUT, merge / strategic-merge / apply
//! patches, DELETE, the scale subresource), watches that end at once, and pod logs.
//! Writes go through the kubectl subset's own functions: one store, one allocator.

mod discovery;
mod objects;
mod patch;
mod protobuf;
mod select;
mod strict;
mod table;

use rusqlite::Connection;
use serde_json::{Value, json};

use super::ClusterView;
use super::kubectl::server::{self as ops, ApiFail};
use super::kubectl::services;
use crate::arm::{ArmResponse, Method};

pub use discovery::KUBE_VERSION;

/// One request, its path already stripped of the cluster's prefix (`/api/v1/pods`).
pub struct KubeRequest<'a> {
    pub method: Method,
    pub path: &'a str,
    pub query: Vec<(String, String)>,
    pub accept: &'a str,
    pub content_type: &'a str,
    pub body: &'a [u8],
    /// The URL kubectl reached the cluster at (`https://host:port/k8s/<key>`).
    pub server: &'a str,
}

impl KubeRequest<'_> {
    fn q(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// An object with the fields the API server adds on the way out (defaults, status
/// conditions, resource versions): what both kubectls print.
pub fn served(v: Value) -> Value {
    match v.get("kind").and_then(Value::as_str) {
        Some("Pod") => objects::decorate_pod(v),
        Some("Deployment") => objects::decorate_deployment(v),
        _ => v,
    }
}

/// A Kubernetes `Status` answer.
pub fn status(code: u16, reason: &str, message: &str, details: Option<Value>) -> ArmResponse {
    let mut v = json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    });
    if let Some(d) = details {
        v["details"] = d;
    }
    ArmResponse::json(code, &v)
}

pub fn unauthorized() -> ArmResponse {
    status(401, "Unauthorized", "Unauthorized", None)
}

fn not_found_resource() -> ArmResponse {
    status(
        404,
        "NotFound",
        "the server could not find the requested resource",
        Some(json!({})),
    )
}

fn fail(f: ApiFail, kind: &Kind) -> ArmResponse {
    let mut details = json!({"name": f.name, "group": kind.group, "kind": kind.plural});
    if let Some((field, message, reason)) = f.cause.as_deref() {
        details["kind"] = json!(kind.kind);
        details["causes"] = json!([{"reason": reason, "message": message, "field": field}]);
    }
    status(f.code, f.reason, &f.message, Some(details))
}

fn not_found(kind: &Kind, name: &str) -> ArmResponse {
    let what = if kind.group.is_empty() {
        kind.plural.to_string()
    } else {
        format!("{}.{}", kind.plural, kind.group)
    };
    status(
        404,
        "NotFound",
        &format!("{what} \"{name}\" not found"),
        Some(json!({"name": name, "group": kind.group, "kind": kind.plural})),
    )
}

fn ok(v: &Value) -> ArmResponse {
    ArmResponse::json(200, v)
}

/// A resource type the server has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub group: &'static str,
    pub plural: &'static str,
    pub kind: &'static str,
    pub namespaced: bool,
}

pub const KINDS: &[Kind] = &[
    Kind {
        group: "",
        plural: "pods",
        kind: "Pod",
        namespaced: true,
    },
    Kind {
        group: "",
        plural: "nodes",
        kind: "Node",
        namespaced: false,
    },
    Kind {
        group: "",
        plural: "namespaces",
        kind: "Namespace",
        namespaced: false,
    },
    Kind {
        group: "",
        plural: "services",
        kind: "Service",
        namespaced: true,
    },
    Kind {
        group: "",
        plural: "events",
        kind: "Event",
        namespaced: true,
    },
    Kind {
        group: "apps",
        plural: "deployments",
        kind: "Deployment",
        namespaced: true,
    },
    Kind {
        group: "apps",
        plural: "replicasets",
        kind: "ReplicaSet",
        namespaced: true,
    },
];

fn kind(group: &str, plural: &str) -> Option<&'static Kind> {
    KINDS
        .iter()
        .find(|k| k.group == group && k.plural == plural)
}

/// Where a request points: a collection or an object, maybe a subresource.
struct Target<'a> {
    kind: &'static Kind,
    ns: Option<&'a str>,
    name: Option<&'a str>,
    sub: Option<&'a str>,
}

fn target<'a>(segs: &[&'a str]) -> Option<Result<Target<'a>, ArmResponse>> {
    let (group, rest) = match segs {
        ["api", "v1", rest @ ..] => ("", rest),
        ["apis", "apps", "v1", rest @ ..] => ("apps", rest),
        _ => return None,
    };
    let (ns, rest) = match rest {
        ["namespaces", ns, r @ ..] if !r.is_empty() => (Some(*ns), r),
        r => (None, r),
    };
    let Some((plural, rest)) = rest.split_first() else {
        return Some(Err(not_found_resource()));
    };
    let Some(kind) = kind(group, plural) else {
        return Some(Err(not_found_resource()));
    };
    if ns.is_some() && !kind.namespaced {
        return Some(Err(not_found_resource()));
    }
    let (name, sub) = match rest {
        [] => (None, None),
        [n] => (Some(*n), None),
        [n, s] => (Some(*n), Some(*s)),
        _ => return Some(Err(not_found_resource())),
    };
    Some(Ok(Target {
        kind,
        ns,
        name,
        sub,
    }))
}

/// Answers one request for `cluster`; the caller has checked its bearer token and holds the
/// store's transaction.
pub fn handle(conn: &Connection, cluster: &ClusterView, req: &KubeRequest<'_>) -> ArmResponse {
    let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    if let Some(r) = discovery::handle(&segs, req) {
        return r;
    }
    if let [
        "apis",
        "coordination.k8s.io",
        "v1",
        "namespaces",
        "kube-node-lease",
        "leases",
        node,
    ] = segs.as_slice()
        && req.method == Method::GET
    {
        return match objects::lease(conn, cluster, node) {
            Ok(Some(l)) => ok(&l),
            Ok(None) => status(
                404,
                "NotFound",
                &format!("leases.coordination.k8s.io \"{node}\" not found"),
                Some(json!({"name": node, "group": "coordination.k8s.io", "kind": "leases"})),
            ),
            Err(f) => status(f.code, f.reason, &f.message, None),
        };
    }
    let t = match target(&segs) {
        Some(Ok(t)) => t,
        Some(Err(r)) => return r,
        None => return not_found_resource(),
    };
    let result = match req.method {
        Method::GET if req.q("watch").is_some_and(|w| w == "true" || w == "1") => {
            return watch_ended();
        }
        Method::GET => read(conn, cluster, req, &t),
        Method::POST | Method::PUT | Method::PATCH => write(conn, cluster, req, &t),
        Method::DELETE => delete(conn, cluster, &t),
        _ => Ok(status(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
            Some(json!({})),
        )),
    };
    result.unwrap_or_else(|f| fail(f, t.kind))
}

/// A watch stream that ends at once: clients list again or stop (kubectl get -w, rollout status).
fn watch_ended() -> ArmResponse {
    ArmResponse::new(200).with_header("Content-Type", "application/json")
}

fn read(
    conn: &Connection,
    cluster: &ClusterView,
    req: &KubeRequest<'_>,
    t: &Target<'_>,
) -> Result<ArmResponse, ApiFail> {
    let all = objects::all_of(conn, cluster, t.kind)?;
    let Some(name) = t.name else {
        let mut items: Vec<Value> = all
            .into_iter()
            .filter(|o| t.ns.is_none() || objects::ns_of(o) == t.ns)
            .collect();
        if let Some(sel) = req.q("labelSelector") {
            let sel = select::parse_labels(sel).map_err(|m| ApiFail::new(400, "BadRequest", m))?;
            items.retain(|o| select::labels_match(&sel, o));
        }
        if let Some(sel) = req.q("fieldSelector") {
            let sel = select::parse_fields(sel).map_err(|m| ApiFail::new(400, "BadRequest", m))?;
            items.retain(|o| select::fields_match(&sel, o));
        }
        if req.accept.contains("as=Table") {
            return Ok(ok(&table::table(t.kind, &items, req.q("includeObject"))));
        }
        return Ok(ok(&objects::list(t.kind, items)));
    };
    let Some(obj) = all.into_iter().find(|o| {
        objects::name_of(o) == Some(name) && (t.ns.is_none() || objects::ns_of(o) == t.ns)
    }) else {
        return Ok(not_found(t.kind, name));
    };
    match t.sub {
        None => {}
        Some("log") if t.kind.plural == "pods" => {
            let mut r = ArmResponse::new(200).with_header("Content-Type", "text/plain");
            r.body = objects::pod_log(&obj).into_bytes();
            return Ok(r);
        }
        Some("scale") if t.kind.plural == "deployments" => return Ok(ok(&objects::scale_of(&obj))),
        Some("status") => {}
        Some(_) => return Ok(not_found_resource()),
    }
    if req.accept.contains("as=Table") {
        return Ok(ok(&table::table(t.kind, &[obj], req.q("includeObject"))));
    }
    Ok(ok(&obj))
}

fn write(
    conn: &Connection,
    cluster: &ClusterView,
    req: &KubeRequest<'_>,
    t: &Target<'_>,
) -> Result<ArmResponse, ApiFail> {
    if t.kind.plural == "namespaces" && req.method == Method::POST && t.name.is_none() {
        let body = patch::decode_body(req.content_type, req.body).map_err(bad_body)?;
        let made = ops::create_namespace(conn, cluster, &body)?;
        let name = made["name"].as_str().unwrap_or("").to_string();
        let obj = objects::all_of(conn, cluster, t.kind)?
            .into_iter()
            .find(|o| objects::name_of(o) == Some(name.as_str()))
            .unwrap_or(made);
        return Ok(ArmResponse::json(201, &obj));
    }
    if t.kind.plural == "pods" && req.method == Method::POST && t.name.is_none() {
        let body = patch::decode_body(req.content_type, req.body).map_err(bad_body)?;
        let pod = ops::create_pod(conn, cluster, &body, t.ns.unwrap_or("default"))?;
        return Ok(ArmResponse::json(201, &pod));
    }
    if t.kind.plural == "services" && req.method == Method::POST && t.name.is_none() {
        let body = patch::decode_body(req.content_type, req.body).map_err(bad_body)?;
        let ns = t.ns.unwrap_or("default");
        let svc = services::create_service(conn, cluster, &body, ns, &ops::now())?;
        return Ok(ArmResponse::json(201, &svc));
    }
    if t.kind.plural != "deployments" {
        return Err(ApiFail::new(
            405,
            "MethodNotAllowed",
            format!(
                "the emulator's API server writes only deployments.apps, not {}",
                t.kind.plural
            ),
        ));
    }
    let ns = t.ns.unwrap_or("default");
    let body = patch::decode_body(req.content_type, req.body).map_err(bad_body)?;
    if t.sub == Some("scale") {
        let name = t.name.unwrap_or("");
        let current = objects::deployment(conn, cluster, ns, name)?;
        let Some(current) = current else {
            return Ok(not_found(t.kind, name));
        };
        let scale = match req.method {
            Method::PATCH => patch::apply(&objects::scale_of(&current), &body, req.content_type)
                .map_err(|m| ApiFail::new(400, "BadRequest", m))?,
            _ => body,
        };
        let replicas = scale
            .pointer("/spec/replicas")
            .and_then(Value::as_u64)
            .filter(|n| *n <= 100_000)
            .ok_or_else(|| {
                ApiFail::new(
                    422,
                    "Invalid",
                    "spec.replicas: Invalid value: must be greater than or equal to 0",
                )
            })?;
        let d = ops::scale_deployment(conn, cluster, ns, name, replicas as u32)?;
        return Ok(match d {
            Some(d) => ok(&objects::scale_of(&objects::decorate_deployment(d))),
            None => not_found(t.kind, name),
        });
    }
    if t.sub.is_some() {
        return Ok(not_found_resource());
    }
    let strict = req.q("fieldValidation") == Some("Strict");
    let check = |doc: &Value| -> Result<(), ApiFail> {
        let unknown = strict::unknown_fields(doc);
        if !strict || unknown.is_empty() {
            return Ok(());
        }
        Err(ApiFail::new(
            400,
            "BadRequest",
            format!(
                "Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: {}",
                unknown.join(", ")
            ),
        ))
    };
    if matches!(req.method, Method::POST | Method::PUT) {
        check(&body)?;
    }
    match req.method {
        Method::POST => {
            let (obj, _) = ops::put_deployment(conn, cluster, body, ns, true)?;
            Ok(ArmResponse::json(201, &objects::decorate_deployment(obj)))
        }
        Method::PUT => {
            let (obj, created) = ops::put_deployment(conn, cluster, body, ns, false)?;
            Ok(ArmResponse::json(
                if created { 201 } else { 200 },
                &objects::decorate_deployment(obj),
            ))
        }
        _ => {
            let name = t.name.unwrap_or("");
            let current = objects::deployment(conn, cluster, ns, name)?;
            let server_side = req.content_type.starts_with("application/apply-patch");
            let doc = match (current, server_side) {
                (None, false) => return Ok(not_found(t.kind, name)),
                (None, true) => body,
                (Some(cur), true) => patch::server_side_apply(&objects::manifest_of(&cur), &body),
                (Some(cur), false) => {
                    patch::apply(&objects::manifest_of(&cur), &body, req.content_type)
                        .map_err(|m| ApiFail::new(400, "BadRequest", m))?
                }
            };
            let (obj, created) = ops::put_deployment(conn, cluster, doc, ns, false)?;
            Ok(ArmResponse::json(
                if created { 201 } else { 200 },
                &objects::decorate_deployment(obj),
            ))
        }
    }
}

fn delete(
    conn: &Connection,
    cluster: &ClusterView,
    t: &Target<'_>,
) -> Result<ArmResponse, ApiFail> {
    let ns = t.ns.unwrap_or("default");
    let Some(name) = t.name else {
        return Err(ApiFail::new(
            405,
            "MethodNotAllowed",
            "the emulator's API server deletes objects one by one",
        ));
    };
    let gone = match t.kind.plural {
        "deployments" => {
            ops::delete_deployment(conn, cluster, ns, name)?.map(objects::decorate_deployment)
        }
        "pods" => ops::delete_pod(conn, cluster, ns, name)?,
        "services" => services::delete_service(conn, cluster, ns, name)?,
        "namespaces" => {
            let before = objects::all_of(conn, cluster, t.kind)?
                .into_iter()
                .find(|o| objects::name_of(o) == Some(name));
            ops::delete_namespace(conn, cluster, name)?.and(before)
        }
        other => {
            return Err(ApiFail::new(
                405,
                "MethodNotAllowed",
                format!(
                    "the emulator's API server deletes only pods and deployments.apps, not {other}"
                ),
            ));
        }
    };
    Ok(match gone {
        Some(obj) => ok(&obj),
        None => not_found(t.kind, name),
    })
}

fn bad_body(m: String) -> ApiFail {
    if m == patch::UNSUPPORTED {
        ApiFail::new(415, "UnsupportedMediaType", m)
    } else {
        ApiFail::new(400, "BadRequest", m)
    }
}
