//! Discovery: `/version`, `/api`, `/apis`, the resource lists of `v1` and `apps/v1`. Answered
//! in the legacy (unaggregated) form, which kubectl falls back to; OpenAPI is absent (404), so
//! kubectl uses its built-in schemas for strategic merge patches.

use serde_json::{Value, json};

use super::{KINDS, KubeRequest, ok};
use crate::arm::{ArmResponse, Method};

pub use crate::emulator::kube::kubectl::nodes::KUBE_VERSION;

pub(super) fn handle(segs: &[&str], req: &KubeRequest<'_>) -> Option<ArmResponse> {
    if req.method != Method::GET {
        return None;
    }
    Some(match segs {
        ["version"] => ok(&version()),
        ["api"] => ok(&json!({
            "kind": "APIVersions",
            "versions": ["v1"],
            "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": host_of(req.server)}],
        })),
        ["apis"] => ok(&json!({
            "kind": "APIGroupList",
            "apiVersion": "v1",
            "groups": [{
                "name": "apps",
                "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
                "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"},
            }],
        })),
        ["api", "v1"] => ok(&resource_list("v1", "")),
        ["apis", "apps", "v1"] => ok(&resource_list("apps/v1", "apps")),
        ["apis", "apps"] => ok(&json!({
            "kind": "APIGroup",
            "apiVersion": "v1",
            "name": "apps",
            "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
            "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"},
        })),
        ["openapi", "v3"] => ok(&openapi_root(req.server)),
        ["openapi", "v3", "api", "v1"] => ok(&openapi_gv("")),
        ["openapi", "v3", "apis", "apps", "v1"] => ok(&openapi_gv("apps")),
        _ => return None,
    })
}

/// The OpenAPI v3 index. Its URLs are server-relative and kubectl replaces the whole path
/// with them, so they carry the cluster's path prefix.
fn openapi_root(server: &str) -> Value {
    let rest = server.split_once("://").map_or(server, |(_, r)| r);
    let prefix = rest
        .find('/')
        .map_or("", |i| &rest[i..])
        .trim_end_matches('/');
    json!({"paths": {
        "api/v1": {"serverRelativeURL": format!("{prefix}/openapi/v3/api/v1?hash={KUBE_VERSION}")},
        "apis/apps/v1": {"serverRelativeURL": format!("{prefix}/openapi/v3/apis/apps/v1?hash={KUBE_VERSION}")},
    }})
}

/// An OpenAPI v3 document for a group version with what kubectl reads from it: each kind's
/// PATCH operation taking `fieldValidation` (so kubectl leaves validation to the server,
/// which answers 400/422 as the real one does). No schemas: kubectl computes strategic merge
/// patches from its built-in types.
fn openapi_gv(group: &str) -> Value {
    let mut paths = serde_json::Map::new();
    for k in KINDS.iter().filter(|k| k.group == group) {
        let base = if group.is_empty() {
            "/api/v1".to_string()
        } else {
            format!("/apis/{group}/v1")
        };
        let path = if k.namespaced {
            format!("{base}/namespaces/{{namespace}}/{}/{{name}}", k.plural)
        } else {
            format!("{base}/{}/{{name}}", k.plural)
        };
        let op = json!({
            "operationId": format!("patch{}", k.kind),
            "parameters": [
                {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
                {"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
            ],
            "responses": {"200": {"description": "OK"}},
            "x-kubernetes-action": "patch",
            "x-kubernetes-group-version-kind": {"group": group, "version": "v1", "kind": k.kind},
        });
        paths.insert(path, json!({"patch": op}));
    }
    json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": format!("v{KUBE_VERSION}")},
        "paths": paths,
        "components": {"schemas": {}},
    })
}

fn host_of(server: &str) -> &str {
    let rest = server.split_once("://").map_or(server, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest)
}

fn version() -> Value {
    let (major, rest) = KUBE_VERSION.split_once('.').unwrap_or(("1", "33.5"));
    let minor = rest.split('.').next().unwrap_or("33");
    json!({
        "major": major,
        "minor": minor,
        "gitVersion": format!("v{KUBE_VERSION}"),
        "gitCommit": "0000000000000000000000000000000000000000",
        "gitTreeState": "clean",
        "buildDate": "2025-09-09T00:00:00Z",
        "goVersion": "go1.24.6",
        "compiler": "gc",
        "platform": "linux/amd64",
    })
}

fn short_names(plural: &str) -> Vec<&'static str> {
    match plural {
        "pods" => vec!["po"],
        "nodes" => vec!["no"],
        "namespaces" => vec!["ns"],
        "services" => vec!["svc"],
        "events" => vec!["ev"],
        "deployments" => vec!["deploy"],
        "replicasets" => vec!["rs"],
        _ => vec![],
    }
}

fn resource_list(group_version: &str, group: &str) -> Value {
    let verbs = json!([
        "create",
        "delete",
        "deletecollection",
        "get",
        "list",
        "patch",
        "update",
        "watch"
    ]);
    let mut resources = Vec::new();
    for k in KINDS.iter().filter(|k| k.group == group) {
        let mut r = json!({
            "name": k.plural,
            "singularName": k.kind.to_ascii_lowercase(),
            "namespaced": k.namespaced,
            "kind": k.kind,
            "verbs": verbs,
        });
        let short = short_names(k.plural);
        if !short.is_empty() {
            r["shortNames"] = json!(short);
        }
        if matches!(
            k.plural,
            "pods" | "services" | "deployments" | "replicasets"
        ) {
            r["categories"] = json!(["all"]);
        }
        resources.push(r);
        if k.plural == "pods" {
            resources.push(json!({"name": "pods/log", "singularName": "", "namespaced": true, "kind": "Pod", "verbs": ["get"]}));
            resources.push(json!({"name": "pods/status", "singularName": "", "namespaced": true, "kind": "Pod", "verbs": ["get", "patch", "update"]}));
        }
        if k.plural == "deployments" {
            resources.push(json!({"name": "deployments/scale", "singularName": "", "namespaced": true, "group": "autoscaling", "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"]}));
            resources.push(json!({"name": "deployments/status", "singularName": "", "namespaced": true, "kind": "Deployment", "verbs": ["get", "patch", "update"]}));
        }
    }
    json!({
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": group_version,
        "resources": resources,
    })
}
