//! Microsoft.KubernetesConfiguration/extensions on a managed cluster
//! (`.../managedClusters/{c}/providers/Microsoft.KubernetesConfiguration/extensions/{name}`):
//! created, read, listed, patched, deleted, and gone with their cluster. The emulator installs
//! nothing in the cluster's Kubernetes API, so each operation completes at once
//! (`provisioningState: Succeeded` in the first answer, which ARM clients accept as done).
//! Protected settings are secrets: ARM never returns them, and the emulator does not keep them.

use serde_json::{Map, Value, json};

use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R};
use crate::arm::{ArmResponse, Method};

const EXTENSION_TYPE: &str = "Microsoft.KubernetesConfiguration/extensions";
const KIND: &str = "microsoft.kubernetesconfiguration/extensions";
const CLUSTER_TYPE: &str = "Microsoft.ContainerService/managedClusters";

/// `rest` is what follows `.../managedClusters/{cluster}/providers/Microsoft.KubernetesConfiguration`;
/// `segs` the same segments in their original case.
pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    cluster: &str,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    match rest {
        ["extensions"] => Some(list(ctx, req, scope, cluster)),
        ["extensions", _] => Some(extension(ctx, req, scope, cluster, segs[1])),
        _ => None,
    }
}

/// The cluster's id as stored (its case), or ARM's 404 for the parent.
fn cluster_id(ctx: &RequestContext, scope: &Scope, cluster: &str) -> R<String> {
    let id = scope.provider_id(CLUSTER_TYPE, cluster);
    match store::get(ctx.tx, &id)? {
        Some(c) => Ok(c["id"].as_str().map_or(id, str::to_string)),
        None => Err(ApiError::not_found(CLUSTER_TYPE, cluster, &scope.rg)),
    }
}

fn list(ctx: &RequestContext, req: &Req, scope: &Scope, cluster: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let parent = cluster_id(ctx, scope, cluster)?;
    let all = store::children(ctx.tx, &parent, KIND)?;
    Ok(ok(200, &json!({ "value": all })))
}

fn extension(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    cluster: &str,
    name: &str,
) -> R<ArmResponse> {
    let parent = cluster_id(ctx, scope, cluster)?;
    let id = format!("{parent}/providers/Microsoft.KubernetesConfiguration/extensions/{name}");
    let existing = store::get(ctx.tx, &id)?;
    let missing = || {
        ApiError::new(
            404,
            "ExtensionNotFound",
            format!(
                "The Resource {CLUSTER_TYPE}/{cluster}/{EXTENSION_TYPE}/{name} could not be found!"
            ),
        )
    };
    match req.method {
        Method::GET => existing.map(|e| ok(200, &e)).ok_or_else(missing),
        Method::PUT => put(ctx, req, scope, &parent, &id, name, existing),
        Method::PATCH => {
            let current = existing.ok_or_else(missing)?;
            patch(ctx, req, &id, current)
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            store::delete(ctx.tx, &id)?;
            Ok(empty(200))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// API 2023-05-01 refuses a pinned version together with minor-version auto-upgrade.
fn check_version(props: &Map<String, Value>) -> R<()> {
    let pinned = props.get("version").is_some_and(|v| !v.is_null());
    let auto = props
        .get("autoUpgradeMinorVersion")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    if pinned && auto {
        return Err(ApiError::invalid_parameter(
            "properties.version",
            "To pin to specific version, autoUpgradeMinorVersion must be set to 'false'.",
        ));
    }
    Ok(())
}

/// A settings object: string keys with string values (ARM turns other scalars into text).
fn settings(given: Option<&Value>, what: &str) -> R<Map<String, Value>> {
    match given {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m
            .iter()
            .map(|(k, v)| {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (k.clone(), Value::String(text))
            })
            .collect()),
        Some(_) => Err(ApiError::invalid_parameter(
            &format!("properties.{what}"),
            format!("'{what}' must be an object of string values."),
        )),
    }
}

fn put(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    parent: &str,
    id: &str,
    name: &str,
    existing: Option<Value>,
) -> R<ArmResponse> {
    let body = req.body()?;
    let props = body
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let Some(extension_type) = props
        .get("extensionType")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
    else {
        return Err(ApiError::invalid_parameter(
            "properties.extensionType",
            "The extensionType of the extension is required.",
        ));
    };
    if let Some(old) = existing
        .as_ref()
        .and_then(|e| e.pointer("/properties/extensionType"))
        .and_then(Value::as_str)
        .filter(|old| !old.eq_ignore_ascii_case(extension_type))
    {
        return Err(ApiError::invalid_parameter(
            "properties.extensionType",
            format!("The extensionType of an extension cannot change (it is '{old}')."),
        ));
    }
    check_version(&props)?;
    let version = props.get("version").cloned().unwrap_or(Value::Null);
    let e = json!({
        "id": id,
        "name": name,
        "type": EXTENSION_TYPE,
        "properties": {
            "extensionType": extension_type,
            "autoUpgradeMinorVersion": props.get("autoUpgradeMinorVersion").and_then(Value::as_bool).unwrap_or(true),
            "releaseTrain": props.get("releaseTrain").and_then(Value::as_str).unwrap_or("Stable"),
            "version": version,
            "currentVersion": version,
            "scope": props.get("scope").cloned().unwrap_or_else(|| json!({"cluster": {"releaseNamespace": name}})),
            "configurationSettings": settings(props.get("configurationSettings"), "configurationSettings")?,
            "isSystemExtension": false,
            "provisioningState": "Succeeded",
            "statuses": [],
        }
    });
    settings(
        props.get("configurationProtectedSettings"),
        "configurationProtectedSettings",
    )?;
    let status = if existing.is_some() { 200 } else { 201 };
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: KIND,
            sub: &scope.sub,
            rg: Some(&scope.rg),
            parent: Some(parent),
        },
        &e,
    )?;
    Ok(ok(status, &e))
}

/// PATCH: the given scalars replace, the settings merge key by key (`null` removes a key).
fn patch(ctx: &RequestContext, req: &Req, id: &str, mut current: Value) -> R<ArmResponse> {
    let body = req.body()?;
    let given = body
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let props = current["properties"]
        .as_object_mut()
        .ok_or_else(|| ApiError::internal("stored extension has no properties"))?;
    for key in ["autoUpgradeMinorVersion", "releaseTrain", "version"] {
        if let Some(v) = given.get(key).filter(|v| !v.is_null()) {
            props.insert(key.to_string(), v.clone());
        }
    }
    check_version(props)?;
    if let Some(Value::Object(changes)) = given.get("configurationSettings") {
        let mut merged = settings(props.get("configurationSettings"), "configurationSettings")?;
        for (k, v) in changes {
            if v.is_null() {
                merged.remove(k);
            } else {
                merged.extend(settings(Some(&json!({ k: v })), "configurationSettings")?);
            }
        }
        props.insert("configurationSettings".into(), Value::Object(merged));
    }
    settings(
        given.get("configurationProtectedSettings"),
        "configurationProtectedSettings",
    )?;
    props.insert("provisioningState".into(), json!("Succeeded"));
    store::update(ctx.tx, id, &current)?;
    Ok(ok(200, &current))
}

/// The extensions of a cluster go with it.
pub fn drop_extensions_of(ctx: &RequestContext, cluster_id: &str) -> R<()> {
    for e in store::children(ctx.tx, cluster_id, KIND)? {
        if let Some(id) = e["id"].as_str() {
            store::delete(ctx.tx, id)?;
        }
    }
    Ok(())
}
