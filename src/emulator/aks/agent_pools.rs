//! `managedClusters/agentPools`: add, update and delete one pool.

use super::*;

pub(super) fn pool(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    cluster_name: &str,
    name: &str,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    let info = ClusterInfo::from_body(&c);
    let pool_id = info.pool_id(name);
    let existing = store::get(ctx.tx, &pool_id)?;
    match req.method {
        Method::GET => existing.map(|p| ok(200, &p)).ok_or_else(|| {
            ApiError::not_found(
                &format!("{CLUSTER_TYPE}/{}/agentPools", info.name),
                name,
                &scope.rg,
            )
        }),
        Method::PUT => {
            if !valid_pool_name(name) {
                return Err(pool_name_error(name));
            }
            ensure_not_busy(ctx, &info.id)?;
            let body = req.body()?;
            let input = body.get("properties").cloned().unwrap_or(json!({}));
            if !input.is_object() {
                return Err(ApiError::bad_request(
                    "InvalidRequestContent",
                    "The request content was invalid and could not be deserialized: 'properties must be an object'.",
                ));
            }
            let version = c
                .pointer("/properties/kubernetesVersion")
                .and_then(Value::as_str)
                .unwrap_or(DEFAULT_K8S)
                .to_string();
            let props = pool_props(
                &input,
                existing.as_ref().map(|p| &p["properties"]),
                "User",
                &version,
            );
            let change = PoolChange {
                name: name.to_string(),
                prev: existing.clone(),
                props,
            };
            validate_pool(ctx, &info, &change)?;
            super::subnet_capacity::check(ctx, &c, &info, std::slice::from_ref(&change))?;
            if change.props["mode"] != "System" && !super::automatic::hosts_system_pool(&c) {
                let other_system = store::children(ctx.tx, &info.id, store::POOL)?
                    .iter()
                    .any(|p| p["name"] != name && p["properties"]["mode"] == "System");
                if !other_system {
                    return Err(ApiError::invalid_parameter(
                        "agentPoolProfile.mode",
                        "The value of parameter agentPoolProfile.mode is invalid. Error details: A managed cluster needs at least one System agent pool.",
                    ));
                }
            }
            let state = if existing.is_some() {
                "Updating"
            } else {
                "Creating"
            };
            let (async_url, _) = commit_changes(
                ctx,
                req,
                &info,
                std::slice::from_ref(&change),
                state,
                false,
                None,
            )?;
            let stored = store::get(ctx.tx, &pool_id)?.unwrap_or(json!({}));
            let status = if existing.is_some() { 200 } else { 201 };
            Ok(ctx.poll_hint(ok(status, &stored).with_header("Azure-AsyncOperation", async_url)))
        }
        Method::DELETE => {
            if existing.is_none() {
                return Ok(empty(204));
            }
            ensure_not_busy(ctx, &info.id)?;
            let others_system = store::children(ctx.tx, &info.id, store::POOL)?
                .iter()
                .any(|p| p["name"] != name && p["properties"]["mode"] == "System");
            let is_system = existing
                .as_ref()
                .is_some_and(|p| p["properties"]["mode"] == "System");
            if is_system && !others_system {
                return Err(ApiError::bad_request(
                    "OperationNotAllowed",
                    format!(
                        "Operation is not allowed: Agent pool '{name}' is the last System agent pool of the cluster and cannot be deleted."
                    ),
                ));
            }
            set_state(ctx, &pool_id, "Deleting")?;
            let (async_url, loc) = record_op(
                ctx,
                req,
                NewOp {
                    kind: "aks.delete",
                    info: &info,
                    pool_name: name,
                    state: "Deleting",
                    plan: json!({"cluster": info.id, "pool": name}),
                },
            )?;
            Ok(ctx.poll_hint(
                empty(202)
                    .with_header("Location", loc)
                    .with_header("Azure-AsyncOperation", async_url),
            ))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// The VMSS id of a pool (the invariant checker).
pub fn pool_vmss_id(cluster: &Value, pool: &str) -> String {
    ClusterInfo::from_body(cluster).vmss_id(pool)
}
