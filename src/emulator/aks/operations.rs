//! The long-running operations of clusters and pools: recorded with the PUT's decision, settled
//! later to `Succeeded` or `Failed` with the resources put back.

use super::*;

/// 409 while an operation runs on the cluster or one of its pools.
pub(super) fn ensure_not_busy(ctx: &RequestContext, cluster_id: &str) -> R<()> {
    let row: Option<(Option<String>, Option<String>)> = ctx
        .tx
        .query_row(
            "SELECT pool_name, state FROM operations WHERE cluster_lower = ?1 AND status = 'InProgress'
             ORDER BY start_ms LIMIT 1",
            params![cluster_id.to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        None => Ok(()),
        Some((pool, state)) => Err(ApiError::new(
            409,
            "OperationNotAllowed",
            format!(
                "Operation is not allowed: Another agentpool operation ({} - {}) is in progress, please wait for it to finish before starting a new operation. See https://aka.ms/aks-pending-operation for more details",
                pool.unwrap_or_default(),
                state.unwrap_or_default()
            ),
        )),
    }
}

pub(super) struct NewOp<'a> {
    pub(super) kind: &'a str,
    pub(super) info: &'a ClusterInfo,
    pub(super) pool_name: &'a str,
    pub(super) state: &'a str,
    pub(super) plan: Value,
}

pub(super) fn record_op(ctx: &RequestContext, req: &Req, op: NewOp) -> R<(String, String)> {
    let id = new_guid();
    ctx.tx.execute(
        "INSERT INTO operations(id, kind, cluster_lower, pool_name, state, location, status, start_ms, end_ms, plan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'InProgress', ?7, ?8, ?9)",
        params![
            id,
            op.kind,
            op.info.id.to_lowercase(),
            op.pool_name,
            op.state,
            op.info.location,
            ctx.now,
            ctx.now + ctx.duration_ms(),
            serde_json::to_string(&op.plan)?
        ],
    )?;
    let base = format!(
        "/subscriptions/{}/providers/Microsoft.ContainerService/locations/{}",
        op.info.sub, op.info.location
    );
    let async_url = ctx.url(&format!("{base}/operations/{id}?api-version={OPS_API}"));
    let location_url = ctx.url(&format!(
        "{base}/operationresults/{id}?api-version={}",
        req.api_version
    ));
    Ok((async_url, location_url))
}

/// Whether some operation's time has come (a read must then go the write path, to settle it).
pub fn any_due(ctx: &RequestContext) -> R<bool> {
    Ok(ctx
        .tx
        .prepare_cached(
            "SELECT 1 FROM operations WHERE status = 'InProgress' AND end_ms <= ?1 LIMIT 1",
        )?
        .exists(params![ctx.now])?)
}

/// Finishes every operation whose time has come.
pub fn settle(ctx: &RequestContext) -> R<()> {
    let due: Vec<(String, String, String)> = {
        let mut stmt = ctx.tx.prepare_cached(
            "SELECT id, kind, plan FROM operations WHERE status = 'InProgress' AND end_ms <= ?1
             ORDER BY end_ms, rowid",
        )?;
        stmt.query_map(params![ctx.now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    for (id, kind, plan) in due {
        let plan: Value = serde_json::from_str(&plan)?;
        let failure = plan.get("fail").filter(|f| !f.is_null()).cloned();
        match kind.as_str() {
            "aks.put" => finish_put(ctx, &plan, failure.is_some())?,
            "aks.delete" => finish_delete(ctx, &plan)?,
            _ => {}
        }
        let (status, error) = match &failure {
            Some(f) => ("Failed", Some(serde_json::to_string(f)?)),
            None => ("Succeeded", None),
        };
        ctx.tx.execute(
            "UPDATE operations SET status = ?2, error = ?3 WHERE id = ?1",
            params![id, status, error],
        )?;
    }
    Ok(())
}

pub(super) fn set_state(ctx: &RequestContext, id: &str, state: &str) -> R<()> {
    if let Some(mut b) = store::get(ctx.tx, id)? {
        b["properties"]["provisioningState"] = json!(state);
        store::update(ctx.tx, id, &b)?;
    }
    Ok(())
}

pub(super) fn finish_put(ctx: &RequestContext, plan: &Value, failed: bool) -> R<()> {
    let cluster_id = plan["cluster"].as_str().unwrap_or("");
    let cluster_op = plan["cluster_op"].as_bool().unwrap_or(false);
    let pools = plan["pools"].as_array().cloned().unwrap_or_default();
    if !failed {
        if cluster_op {
            set_state(ctx, cluster_id, "Succeeded")?;
        }
        for p in &pools {
            set_state(ctx, p["id"].as_str().unwrap_or(""), "Succeeded")?;
        }
        return Ok(());
    }
    // Failed: nothing was built. As AKS does, what existed goes back to how it was and what
    // was being created stays, `Failed` and without nodes, until it is deleted.
    if cluster_op && plan["cluster_prev"].is_null() {
        set_state(ctx, cluster_id, "Failed")?;
    }
    for p in &pools {
        let id = p["id"].as_str().unwrap_or("");
        match p.get("prev").filter(|v| !v.is_null()) {
            Some(prev) => {
                let mut prev = prev.clone();
                prev["properties"]["provisioningState"] = json!("Failed");
                store::update(ctx.tx, id, &prev)?;
            }
            None => set_state(ctx, id, "Failed")?,
        }
    }
    if cluster_op {
        if let Some(prev) = plan.get("cluster_prev").filter(|v| !v.is_null()) {
            let mut prev = prev.clone();
            prev["properties"]["provisioningState"] = json!("Failed");
            store::update(ctx.tx, cluster_id, &prev)?;
        }
    } else {
        set_state(ctx, cluster_id, "Succeeded")?;
    }
    Ok(())
}

pub(super) fn finish_delete(ctx: &RequestContext, plan: &Value) -> R<()> {
    let cluster_id = plan["cluster"].as_str().unwrap_or("");
    match plan["pool"].as_str() {
        None => purge_cluster(ctx, cluster_id),
        Some(pool) => {
            let Some(c) = store::get(ctx.tx, cluster_id)? else {
                return Ok(());
            };
            let info = ClusterInfo::from_body(&c);
            remove_pool_infra(ctx, &info, pool)?;
            store::delete(ctx.tx, &info.pool_id(pool))?;
            rebuild_nsg(ctx, &info)?;
            set_state(ctx, cluster_id, "Succeeded")
        }
    }
}

/// Removes a cluster and everything it owns: pools, node resource group (VMSS, addresses,
/// NSG, managed ASGs), command results, its Kubernetes state, and operations still pending.
pub fn purge_cluster(ctx: &RequestContext, cluster_id: &str) -> R<()> {
    let Some(c) = store::get(ctx.tx, cluster_id)? else {
        return Ok(());
    };
    let info = ClusterInfo::from_body(&c);
    for p in store::children(ctx.tx, &info.id, store::POOL)? {
        let name = p["name"].as_str().unwrap_or("");
        remove_pool_infra(ctx, &info, name)?;
        store::delete(ctx.tx, &info.pool_id(name))?;
    }
    if !info.node_rg.is_empty() && store::group_exists(ctx.tx, &info.sub, &info.node_rg)? {
        resources::delete_group(ctx, &info.sub, &info.node_rg)?;
    }
    store::delete(ctx.tx, &info.id)?;
    super::super::data_collection::drop_associations_of(ctx, &info.id)?;
    super::super::k8s_extensions::drop_extensions_of(ctx, &info.id)?;
    ctx.tx.execute(
        "DELETE FROM command_results WHERE cluster_lower = ?1",
        params![info.id.to_lowercase()],
    )?;
    ctx.tx.execute(
        "UPDATE operations SET status = 'Canceled' WHERE cluster_lower = ?1 AND status = 'InProgress'
         AND end_ms > ?2",
        params![info.id.to_lowercase(), ctx.now],
    )?;
    kube::delete_cluster(ctx.tx, &info.id)?;
    Ok(())
}

/// (status, start ms, end ms, error JSON) of an operation.
pub(super) type OpRow = (String, i64, i64, Option<String>);

pub(super) fn op_row(ctx: &RequestContext, id: &str) -> R<Option<OpRow>> {
    Ok(ctx
        .tx
        .query_row(
            "SELECT status, start_ms, end_ms, error FROM operations WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?)
}

pub(super) fn op_not_found(id: &str) -> ApiError {
    ApiError::new(
        404,
        "NotFound",
        format!("The operation '{id}' could not be found."),
    )
}

/// `GET .../locations/{loc}/operations/{id}` (ContainerService and Network alike).
pub fn operation_status(ctx: &RequestContext, req: &Req, _ns: &str, id: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let (status, start, end, error) = op_row(ctx, id)?.ok_or_else(|| op_not_found(id))?;
    let mut body = json!({"name": id, "status": status, "startTime": rfc3339(start)});
    if status == "InProgress" {
        return Ok(ctx.poll_hint(ok(200, &body)));
    }
    body["endTime"] = json!(rfc3339(end));
    if let Some(e) = error {
        body["error"] = serde_json::from_str(&e)?;
    }
    Ok(ok(200, &body))
}

/// `GET .../locations/{loc}/operationresults/{id}`: 202 while running, 204 when done.
pub fn operation_result(ctx: &RequestContext, req: &Req, id: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let (status, _, _, error) = op_row(ctx, id)?.ok_or_else(|| op_not_found(id))?;
    match status.as_str() {
        "InProgress" => {
            let url = ctx.url(&format!("{}?api-version={}", req.path, req.api_version));
            Ok(ctx.poll_hint(empty(202).with_header("Location", url)))
        }
        "Failed" => {
            let e: Value = error
                .map(|e| serde_json::from_str(&e))
                .transpose()?
                .unwrap_or(json!({}));
            Ok(ok(200, &json!({"status": "Failed", "error": e})))
        }
        _ => Ok(empty(204)),
    }
}
