//! Node pool snapshots (`Microsoft.ContainerService/snapshots`): made from an existing agent
//! pool (`creationData.sourceResourceId`), whose Kubernetes version, node image, OS type and
//! SKU, VM size and FIPS setting AKS copies into the snapshot; read by `--snapshot-id`.

use super::*;

pub(super) const SNAPSHOT_TYPE: &str = "Microsoft.ContainerService/snapshots";

fn source_of(v: &Value) -> Option<&str> {
    v.pointer("/properties/creationData/sourceResourceId")
        .or_else(|| v.pointer("/creationData/sourceResourceId"))
        .and_then(Value::as_str)
}

/// The snapshot's properties, copied from the pool it is made from.
fn from_pool(source: &str, pool: &Value) -> Value {
    let p = &pool["properties"];
    let version = p
        .get("currentOrchestratorVersion")
        .or_else(|| p.get("orchestratorVersion"))
        .cloned()
        .unwrap_or(Value::Null);
    json!({
        "creationData": {"sourceResourceId": source},
        "snapshotType": "NodePool",
        "kubernetesVersion": version,
        "nodeImageVersion": p["nodeImageVersion"],
        "osType": p["osType"],
        "osSku": p["osSKU"],
        "vmSize": p["vmSize"],
        "enableFIPS": p.get("enableFIPS").cloned().unwrap_or(json!(false)),
    })
}

pub(super) fn list_snapshots(ctx: &RequestContext, scope: &Scope) -> R<ArmResponse> {
    let items = store::list(ctx.tx, SNAPSHOT_TYPE, &scope.sub, Some(&scope.rg))?;
    Ok(ok(200, &json!({ "value": items })))
}

pub(super) fn snapshot(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    name: &str,
) -> R<ArmResponse> {
    let id = scope.provider_id(SNAPSHOT_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing
            .map(|s| ok(200, &s))
            .ok_or_else(|| ApiError::not_found(SNAPSHOT_TYPE, name, &scope.rg)),
        Method::PUT => {
            let body = req.body()?;
            let location = required_location(&body, SNAPSHOT_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut snap = match existing {
                // A snapshot is immutable but for its tags.
                Some(s) => s,
                None => {
                    let Some(source) = source_of(&body) else {
                        return Err(ApiError::invalid_parameter(
                            "properties.creationData.sourceResourceId",
                            "The value of parameter creationData.sourceResourceId is invalid. Error details: a snapshot is made from an agent pool.",
                        ));
                    };
                    let pool = store::get(ctx.tx, source)?.ok_or_else(|| {
                        ApiError::new(
                            404,
                            "ResourceNotFound",
                            format!(
                                "The source agent pool '{source}' of the snapshot was not found."
                            ),
                        )
                    })?;
                    let mut props = from_pool(source, &pool);
                    props["provisioningState"] = json!("Succeeded");
                    json!({
                        "id": id, "name": name, "type": SNAPSHOT_TYPE, "location": location,
                        "properties": props,
                    })
                }
            };
            match body.get("tags") {
                Some(t) if t.is_object() => snap["tags"] = t.clone(),
                _ => {
                    if let Some(o) = snap.as_object_mut() {
                        o.remove("tags");
                    }
                }
            }
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: SNAPSHOT_TYPE,
                    sub: &scope.sub,
                    rg: Some(&scope.rg),
                    parent: None,
                },
                &snap,
            )?;
            Ok(ok(status, &snap))
        }
        Method::DELETE => delete_resource(ctx, &id, existing.is_some()),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// A pool made from a snapshot: the snapshot must exist (AKS reads its node image).
pub(super) fn check_snapshot_source(ctx: &RequestContext, p: &Value) -> R<()> {
    let Some(source) = p
        .pointer("/creationData/sourceResourceId")
        .and_then(Value::as_str)
    else {
        return Ok(());
    };
    if store::get(ctx.tx, source)?.is_none() {
        return Err(ApiError::new(
            404,
            "ResourceNotFound",
            format!("The snapshot '{source}' the agent pool is created from was not found."),
        ));
    }
    Ok(())
}
