//! Microsoft.ContainerService: managed clusters, agent pools, their long-running operations,
//! the node resource group they own (VMSS, node public IPs, NSG rules, ASGs), and runCommand.
//!
//! A PUT decides everything inside its transaction: it validates, checks that the prefixes
//! have room, and either builds the node resources at once (the operation will succeed) or
//! builds nothing (the operation will fail with `PublicIpPrefixOutOfIpAddressesForVMScaleSet`).
//! `settle` later moves the operation to its end: `Succeeded`, or `Failed` with the resources
//! put back as they were, so nothing is ever half-made.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::kube::{self, ClusterView, NodeView};
use super::network::{self, AllowRule};
use super::resources::{self, required_location};
use super::router::{Req, RequestContext, Scope, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{
    ApiError, R, cluster_digits, det_guid, det_hex, ip_to_string, new_guid, rfc3339,
};
use crate::arm::{ArmResponse, Method};

const CLUSTER_TYPE: &str = "Microsoft.ContainerService/managedClusters";
const POOL_TYPE: &str = "Microsoft.ContainerService/managedClusters/agentPools";
const DEFAULT_K8S: &str = "1.33.5";
const DEFAULT_VM_SIZE: &str = "Standard_DS2_v2";
const NODE_IMAGE: &str = "AKSUbuntu-2204gen2containerd-202510.03.0";
const OPS_API: &str = "2017-08-31";

// ---------------------------------------------------------------------------------------
// Routing

pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    Some(match rest {
        ["managedclusters"] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                list_clusters(ctx, &scope.sub, Some(&scope.rg))
            }
        }
        ["managedclusters", _] => cluster(ctx, req, scope, segs[1]),
        ["managedclusters", _, "agentpools"] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                list_pools(ctx, scope, segs[1])
            }
        }
        ["managedclusters", _, "agentpools", _] => pool(ctx, req, scope, segs[1], segs[3]),
        ["managedclusters", _, "runcommand"] => {
            if req.method != Method::POST {
                Err(method_not_allowed(&req.method))
            } else {
                run_command(ctx, req, scope, segs[1])
            }
        }
        ["managedclusters", _, "commandresults", _] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                command_result(ctx, scope, segs[1], segs[3])
            }
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Cluster facts

struct ClusterInfo {
    id: String,
    name: String,
    sub: String,
    rg: String,
    location: String,
    node_rg: String,
    digits: String,
}

impl ClusterInfo {
    fn from_body(body: &Value) -> ClusterInfo {
        let id = body["id"].as_str().unwrap_or("").to_string();
        let parsed = crate::spec::resource_id::ResourceId::parse(&id);
        let sub = parsed
            .as_ref()
            .map(|p| p.subscription.clone())
            .unwrap_or_default();
        let rg = parsed
            .as_ref()
            .and_then(|p| p.resource_group.clone())
            .unwrap_or_default();
        ClusterInfo {
            name: body["name"].as_str().unwrap_or("").to_string(),
            location: body["location"].as_str().unwrap_or("").to_string(),
            node_rg: body
                .pointer("/properties/nodeResourceGroup")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            digits: cluster_digits(&id.to_lowercase()),
            id,
            sub,
            rg,
        }
    }
    fn vmss_name(&self, pool: &str) -> String {
        format!("aks-{pool}-{}-vmss", self.digits)
    }
    fn vmss_id(&self, pool: &str) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachineScaleSets/{}",
            self.sub,
            self.node_rg,
            self.vmss_name(pool)
        )
    }
    fn managed_asg_id(&self, pool: &str) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/applicationSecurityGroups/aks-{pool}-{}-asg",
            self.sub, self.node_rg, self.digits
        )
    }
    fn nsg_name(&self) -> String {
        format!("aks-agentpool-{}-nsg", self.digits)
    }
    fn nsg_id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/networkSecurityGroups/{}",
            self.sub,
            self.node_rg,
            self.nsg_name()
        )
    }
    fn pool_id(&self, pool: &str) -> String {
        format!("{}/agentPools/{pool}", self.id)
    }
}

fn valid_cluster_name(n: &str) -> bool {
    let b = n.as_bytes();
    let edge = |c: &u8| c.is_ascii_alphanumeric();
    !b.is_empty()
        && b.len() <= 63
        && edge(&b[0])
        && b.last().is_some_and(edge)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

fn valid_pool_name(n: &str) -> bool {
    let b = n.as_bytes();
    !b.is_empty()
        && b.len() <= 12
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn pool_name_error(n: &str) -> ApiError {
    ApiError::invalid_parameter(
        "agentPoolProfile.name",
        format!(
            "The value of parameter agentPoolProfile.name is invalid. Error details: Agent pool name '{n}' must be 1 to 12 characters long, start with a lowercase letter and contain only lowercase letters and numbers. Please see https://aka.ms/aks-naming-rules for more details."
        ),
    )
}

fn valid_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    (parts.len() == 2 || parts.len() == 3)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
}

/// The patch version a `major.minor[.patch]` request runs.
fn current_version(v: &str) -> String {
    if v.split('.').count() == 3 {
        return v.to_string();
    }
    match v {
        "1.31" => "1.31.11".into(),
        "1.32" => "1.32.7".into(),
        "1.33" => "1.33.5".into(),
        "1.34" => "1.34.1".into(),
        other => format!("{other}.0"),
    }
}

fn non_empty_str(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str).filter(|s| !s.is_empty())
}

// ---------------------------------------------------------------------------------------
// Reading

fn cluster_body(ctx: &RequestContext, stored: &Value) -> R<Value> {
    let mut c = stored.clone();
    let id = c["id"].as_str().unwrap_or("").to_string();
    let profiles: Vec<Value> = store::children(ctx.tx, &id, store::POOL)?
        .into_iter()
        .map(|p| {
            let mut flat = Map::new();
            flat.insert("name".into(), p["name"].clone());
            if let Some(props) = p["properties"].as_object() {
                for (k, v) in props {
                    flat.insert(k.clone(), v.clone());
                }
            }
            Value::Object(flat)
        })
        .collect();
    c["properties"]["agentPoolProfiles"] = json!(profiles);
    Ok(c)
}

pub fn list_clusters(ctx: &RequestContext, sub: &str, rg: Option<&str>) -> R<ArmResponse> {
    let value = store::list(ctx.tx, store::CLUSTER, sub, rg)?
        .iter()
        .map(|c| cluster_body(ctx, c))
        .collect::<R<Vec<_>>>()?;
    Ok(ok(200, &json!({ "value": value })))
}

fn get_cluster(ctx: &RequestContext, scope: &Scope, name: &str) -> R<Value> {
    store::get(ctx.tx, &scope.provider_id(CLUSTER_TYPE, name))?
        .ok_or_else(|| ApiError::not_found(CLUSTER_TYPE, name, &scope.rg))
}

fn list_pools(ctx: &RequestContext, scope: &Scope, cluster: &str) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster)?;
    let pools = store::children(ctx.tx, c["id"].as_str().unwrap_or(""), store::POOL)?;
    Ok(ok(200, &json!({ "value": pools })))
}

// ---------------------------------------------------------------------------------------
// Operations

/// 409 while an operation runs on the cluster or one of its pools.
fn ensure_not_busy(ctx: &RequestContext, cluster_id: &str) -> R<()> {
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

struct NewOp<'a> {
    kind: &'a str,
    info: &'a ClusterInfo,
    pool_name: &'a str,
    state: &'a str,
    plan: Value,
}

fn record_op(ctx: &RequestContext, req: &Req, op: NewOp) -> R<(String, String)> {
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

fn set_state(ctx: &RequestContext, id: &str, state: &str) -> R<()> {
    if let Some(mut b) = store::get(ctx.tx, id)? {
        b["properties"]["provisioningState"] = json!(state);
        store::update(ctx.tx, id, &b)?;
    }
    Ok(())
}

fn finish_put(ctx: &RequestContext, plan: &Value, failed: bool) -> R<()> {
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

fn finish_delete(ctx: &RequestContext, plan: &Value) -> R<()> {
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
type OpRow = (String, i64, i64, Option<String>);

fn op_row(ctx: &RequestContext, id: &str) -> R<Option<OpRow>> {
    Ok(ctx
        .tx
        .query_row(
            "SELECT status, start_ms, end_ms, error FROM operations WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?)
}

fn op_not_found(id: &str) -> ApiError {
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

// ---------------------------------------------------------------------------------------
// Pools: defaults, validation, capacity, building

/// One pool a PUT creates or changes.
struct PoolChange {
    name: String,
    /// The stored pool before this PUT.
    prev: Option<Value>,
    /// The pool's properties after this PUT, server defaults filled in.
    props: Value,
}

impl PoolChange {
    fn old_props(&self) -> Option<&Value> {
        self.prev.as_ref().map(|p| &p["properties"])
    }
}

fn pool_props(
    input: &Value,
    prev: Option<&Value>,
    default_mode: &str,
    cluster_version: &str,
) -> Value {
    let mut p = match input {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    p.remove("name");
    let linux = p
        .get("osType")
        .and_then(Value::as_str)
        .is_none_or(|o| o.is_empty() || o == "Linux");
    let defaults = [
        ("count", json!(1)),
        ("vmSize", json!(DEFAULT_VM_SIZE)),
        ("orchestratorVersion", json!(cluster_version)),
        ("osDiskSizeGB", json!(128)),
        ("osDiskType", json!("Managed")),
        ("kubeletDiskType", json!("OS")),
        ("maxPods", json!(110)),
        ("type", json!("VirtualMachineScaleSets")),
        ("osType", json!("Linux")),
        ("mode", json!(default_mode)),
        ("enableNodePublicIP", json!(false)),
        ("enableAutoScaling", json!(false)),
        ("scaleSetPriority", json!("Regular")),
        ("enableEncryptionAtHost", json!(false)),
        ("enableUltraSSD", json!(false)),
        ("enableFIPS", json!(false)),
        ("upgradeSettings", json!({})),
        ("osSKU", if linux { json!("Ubuntu") } else { Value::Null }),
    ];
    for (k, v) in defaults {
        // Absent, null, "" (and 0 for sizes) mean "the server's default", as in ARM.
        let missing = match p.get(k) {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.is_empty(),
            Some(Value::Number(n)) => n.as_i64() == Some(0) && k != "count",
            _ => false,
        };
        if missing {
            let old = prev
                .and_then(|o| o.get(k))
                .cloned()
                .filter(|o| !o.is_null());
            match old.unwrap_or(v) {
                Value::Null => {}
                v => {
                    p.insert(k.to_string(), v);
                }
            }
        }
    }
    let version = p
        .get("orchestratorVersion")
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_K8S)
        .to_string();
    p.insert(
        "currentOrchestratorVersion".into(),
        json!(current_version(&version)),
    );
    p.insert("nodeImageVersion".into(), json!(NODE_IMAGE));
    p.insert("powerState".into(), json!({"code": "Running"}));
    p.insert("eTag".into(), json!(new_guid()));
    p.remove("status");
    Value::Object(p)
}

fn port_error(msg: String) -> ApiError {
    ApiError::invalid_parameter("agentPoolProfile.networkProfile.allowedHostPorts", msg)
}

/// (start, end, "TCP"|"UDP") of a pool's allowed host ports.
fn allowed_ports(props: &Value) -> Vec<(u16, u16, String)> {
    props
        .pointer("/networkProfile/allowedHostPorts")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|p| {
                    Some((
                        p["portStart"].as_u64()? as u16,
                        p["portEnd"].as_u64()? as u16,
                        p["protocol"].as_str()?.to_uppercase(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn str_list(props: &Value, ptr: &str) -> Vec<String> {
    props
        .pointer(ptr)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn prefix_of(props: &Value) -> Option<String> {
    non_empty_str(props.get("nodePublicIPPrefixID")).map(str::to_string)
}

fn public_ip_on(props: &Value) -> bool {
    props["enableNodePublicIP"].as_bool().unwrap_or(false)
}

fn count_of(props: &Value) -> i64 {
    props["count"].as_i64().unwrap_or(0)
}

fn tags_of(props: &Value) -> Value {
    match props.pointer("/networkProfile/nodePublicIPTags") {
        Some(Value::Array(a)) => Value::Array(a.clone()),
        _ => json!([]),
    }
}

fn validate_pool(ctx: &RequestContext, info: &ClusterInfo, ch: &PoolChange) -> R<()> {
    let p = &ch.props;
    if !valid_pool_name(&ch.name) {
        return Err(pool_name_error(&ch.name));
    }
    let mode = p["mode"].as_str().unwrap_or("");
    if !["System", "User", "Gateway"].contains(&mode) {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.mode",
            format!(
                "The value of parameter agentPoolProfile.mode is invalid. Error details: mode '{mode}' is not one of System, User, Gateway."
            ),
        ));
    }
    let os = p["osType"].as_str().unwrap_or("Linux");
    if mode == "System" && os != "Linux" {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.osType",
            "System pools must use Linux as their OS type.",
        ));
    }
    if os == "Windows" && ch.name.len() > 6 {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.name",
            format!(
                "Windows agent pool name '{}' can not be longer than 6 characters.",
                ch.name
            ),
        ));
    }
    let min = if mode == "System" { 1 } else { 0 };
    let count = p["count"].as_i64();
    if !count.is_some_and(|c| (min..=1000).contains(&c)) {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.count",
            format!(
                "The value of parameter agentPoolProfile.count is invalid. Error details: count must be between {min} and 1000 for {mode} agent pools."
            ),
        ));
    }
    if let Some(v) = p["orchestratorVersion"]
        .as_str()
        .filter(|v| !valid_version(v))
    {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfile.orchestratorVersion",
            format!("The value of parameter orchestratorVersion '{v}' is invalid."),
        ));
    }
    if let Some(ports) = p.pointer("/networkProfile/allowedHostPorts") {
        let arr = ports.as_array().ok_or_else(|| {
            port_error("The value of parameter allowedHostPorts is invalid: it must be a list of port ranges.".into())
        })?;
        for r in arr {
            let start = r["portStart"].as_i64();
            let end = r["portEnd"].as_i64();
            let proto = r["protocol"].as_str().unwrap_or("");
            let (Some(s), Some(e)) = (start, end) else {
                return Err(port_error(format!(
                    "The port range {r} is invalid: portStart and portEnd are required."
                )));
            };
            if !(1..=65535).contains(&s) || !(1..=65535).contains(&e) {
                return Err(port_error(format!(
                    "The port range {s}-{e} is invalid: ports must be between 1 and 65535."
                )));
            }
            if s > e {
                return Err(port_error(format!(
                    "The port range {s}-{e} is invalid: portStart must not be greater than portEnd."
                )));
            }
            if proto != "TCP" && proto != "UDP" {
                return Err(port_error(format!(
                    "The protocol '{proto}' of port range {s}-{e} is invalid: it must be TCP or UDP."
                )));
            }
        }
    }
    // Create-only properties.
    if let Some(old) = ch.old_props() {
        if public_ip_on(old) != public_ip_on(p) {
            return Err(change_not_allowed("agentPoolProfile.enableNodePublicIP"));
        }
        let same_prefix = match (prefix_of(old), prefix_of(p)) {
            (None, None) => true,
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(&b),
            _ => false,
        };
        if !same_prefix {
            return Err(change_not_allowed("agentPoolProfile.nodePublicIPPrefixID"));
        }
        if tags_of(old) != tags_of(p) {
            return Err(change_not_allowed(
                "agentPoolProfile.networkProfile.nodePublicIPTags",
            ));
        }
    }
    if let Some(prefix) = prefix_of(p) {
        if !public_ip_on(p) {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.nodePublicIPPrefixID",
                "NodePublicIPPrefixID can only be set when EnableNodePublicIP is true.",
            ));
        }
        let found = crate::spec::resource_id::ResourceId::parse(&prefix)
            .filter(|id| id.is_type("Microsoft.Network/publicIPPrefixes"))
            .map(|_| store::get(ctx.tx, &prefix))
            .transpose()?
            .flatten();
        if found.is_none() {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.nodePublicIPPrefixID",
                format!(
                    "The public IP prefix '{prefix}' referenced by agentPoolProfile.nodePublicIPPrefixID was not found."
                ),
            ));
        }
    }
    for asg in str_list(p, "/networkProfile/applicationSecurityGroups") {
        let found = crate::spec::resource_id::ResourceId::parse(&asg)
            .filter(|id| id.is_type("Microsoft.Network/applicationSecurityGroups"))
            .map(|_| store::get(ctx.tx, &asg))
            .transpose()?
            .flatten();
        let same_region = found
            .as_ref()
            .and_then(|a| a["location"].as_str())
            .is_some_and(|l| l.eq_ignore_ascii_case(&info.location));
        if !same_region {
            return Err(ApiError::bad_request(
                "InvalidResourceReference",
                format!(
                    "Resource {asg} referenced by resource {} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.",
                    info.vmss_id(&ch.name)
                ),
            ));
        }
    }
    Ok(())
}

fn change_not_allowed(prop: &str) -> ApiError {
    ApiError::bad_request(
        "PropertyChangeNotAllowed",
        format!("Changing property '{prop}' is not allowed"),
    )
    .with_target(prop)
}

/// The error the operation ends with when a prefix cannot give every new node an address.
fn capacity_error(ctx: &RequestContext, changes: &[PoolChange]) -> R<Option<Value>> {
    let mut demand: BTreeMap<String, (String, i64)> = BTreeMap::new();
    for ch in changes {
        if !public_ip_on(&ch.props) {
            continue;
        }
        let Some(prefix) = prefix_of(&ch.props) else {
            continue;
        };
        let old = ch
            .old_props()
            .filter(|o| public_ip_on(o))
            .map(count_of)
            .unwrap_or(0);
        let need = count_of(&ch.props) - old;
        let e = demand
            .entry(prefix.to_lowercase())
            .or_insert((prefix.clone(), 0));
        e.1 += need;
    }
    for (_, (prefix, need)) in demand {
        if need <= 0 {
            continue;
        }
        let canonical = store::get(ctx.tx, &prefix)?
            .and_then(|p| p["id"].as_str().map(str::to_string))
            .unwrap_or(prefix.clone());
        let (_, size) = network::prefix_block(ctx, &canonical)?.unwrap_or((0, 0));
        let used = network::used_in_prefix(ctx, &canonical)?;
        if used + need > size as i64 {
            return Ok(Some(json!({
                "code": "PublicIpPrefixOutOfIpAddressesForVMScaleSet",
                "message": format!(
                    "IpPrefix {canonical} can provide {size} public ips at maximum, {used} of them are in use already. Current request requires {need} more public ips."
                )
            })));
        }
    }
    Ok(None)
}

/// Builds (or rebuilds) a pool's VMSS, addresses and managed ASG after a successful check.
fn realize_pool(ctx: &RequestContext, info: &ClusterInfo, name: &str, props: &Value) -> R<()> {
    let vmss_id = info.vmss_id(name);
    let vmss_name = info.vmss_name(name);
    let count = count_of(props);
    // Canonical prefix id, as the prefix was created.
    let prefix = match prefix_of(props) {
        Some(p) => Some(
            store::get(ctx.tx, &p)?
                .and_then(|b| b["id"].as_str().map(str::to_string))
                .unwrap_or(p),
        ),
        None => None,
    };
    if public_ip_on(props) {
        network::free_instances(ctx, &vmss_id, count)?;
        let have: std::collections::HashSet<i64> = network::vmss_addresses(ctx, &vmss_id)?
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        let missing: Vec<i64> = (0..count).filter(|i| !have.contains(i)).collect();
        network::allocate(ctx, prefix.as_deref(), &vmss_id, &missing)?;
    } else {
        network::free_vmss_addresses(ctx, &vmss_id)?;
    }
    let managed_asg = info.managed_asg_id(name);
    let mut asgs = Vec::new();
    if allowed_ports(props).is_empty() {
        store::delete(ctx.tx, &managed_asg)?;
    } else {
        if store::get(ctx.tx, &managed_asg)?.is_none() {
            let asg_name = managed_asg.rsplit('/').next().unwrap_or("");
            let body = network::new_asg(&managed_asg, asg_name, &info.location);
            network::put_asg(ctx, &info.sub, &info.node_rg, &managed_asg, &body)?;
        }
        asgs.push(json!({"id": managed_asg}));
    }
    for a in str_list(props, "/networkProfile/applicationSecurityGroups") {
        asgs.push(json!({"id": a}));
    }
    let mut ip_config = json!({
        "name": "ipconfig1",
        "properties": {
            "primary": true,
            "privateIPAddressVersion": "IPv4",
            "applicationSecurityGroups": asgs
        }
    });
    if public_ip_on(props) {
        let mut cfg = json!({"idleTimeoutInMinutes": 4, "ipTags": tags_of(props)});
        if let Some(p) = &prefix {
            cfg["publicIPPrefix"] = json!({"id": p});
        }
        ip_config["properties"]["publicIPAddressConfiguration"] =
            json!({"name": "pub1", "properties": cfg});
    }
    let version = props["currentOrchestratorVersion"]
        .as_str()
        .unwrap_or(DEFAULT_K8S);
    let vmss = json!({
        "id": vmss_id,
        "name": vmss_name,
        "type": "Microsoft.Compute/virtualMachineScaleSets",
        "location": info.location,
        "tags": {
            "aks-managed-poolName": name,
            "aks-managed-orchestrator": format!("Kubernetes:{version}"),
            "aks-managed-cluster-name": info.name,
            "aks-managed-cluster-rg": info.rg
        },
        "sku": {"name": props["vmSize"], "tier": "Standard", "capacity": count},
        "properties": {
            "orchestrationMode": "Uniform",
            "singlePlacementGroup": false,
            "overprovision": false,
            "upgradePolicy": {"mode": "Manual"},
            "provisioningState": "Succeeded",
            "uniqueId": det_guid(&format!("guid:{}", vmss_id.to_lowercase())),
            "timeCreated": rfc3339(ctx.now),
            "virtualMachineProfile": {
                "osProfile": {
                    "computerNamePrefix": vmss_name,
                    "adminUsername": "azureuser",
                    "linuxConfiguration": {"disablePasswordAuthentication": true}
                },
                "storageProfile": {
                    "osDisk": {
                        "createOption": "FromImage",
                        "caching": "ReadOnly",
                        "diskSizeGB": props["osDiskSizeGB"],
                        "managedDisk": {"storageAccountType": "Premium_LRS"}
                    }
                },
                "networkProfile": {
                    "networkInterfaceConfigurations": [{
                        "name": vmss_name,
                        "properties": {
                            "primary": true,
                            "enableIPForwarding": true,
                            "networkSecurityGroup": {"id": info.nsg_id()},
                            "ipConfigurations": [ip_config]
                        }
                    }]
                }
            }
        }
    });
    store::put(
        ctx.tx,
        &NewRes {
            id: &vmss_id,
            kind: store::VMSS,
            sub: &info.sub,
            rg: Some(&info.node_rg),
            parent: None,
        },
        &vmss,
    )
}

/// Whether a pool has its scale set: a pool whose creation failed has none.
fn has_nodes(ctx: &RequestContext, info: &ClusterInfo, pool: &str) -> R<bool> {
    Ok(store::get(ctx.tx, &info.vmss_id(pool))?.is_some())
}

fn remove_pool_infra(ctx: &RequestContext, info: &ClusterInfo, name: &str) -> R<()> {
    let vmss_id = info.vmss_id(name);
    network::free_vmss_addresses(ctx, &vmss_id)?;
    store::delete(ctx.tx, &vmss_id)?;
    store::delete(ctx.tx, &info.managed_asg_id(name))
}

/// The node NSG holds one allow rule per distinct allowed host port range of every pool.
fn rebuild_nsg(ctx: &RequestContext, info: &ClusterInfo) -> R<()> {
    if info.node_rg.is_empty() || !store::group_exists(ctx.tx, &info.sub, &info.node_rg)? {
        return Ok(());
    }
    let mut rules: Vec<AllowRule> = Vec::new();
    for p in store::children(ctx.tx, &info.id, store::POOL)? {
        let name = p["name"].as_str().unwrap_or("");
        if !has_nodes(ctx, info, name)? {
            continue;
        }
        let mut seen = std::collections::HashSet::new();
        for (s, e, proto) in allowed_ports(&p["properties"]) {
            if !seen.insert((s, e, proto.clone())) {
                continue;
            }
            let ports = if s == e {
                s.to_string()
            } else {
                format!("{s}-{e}")
            };
            let protocol = if proto == "UDP" { "Udp" } else { "Tcp" };
            rules.push(AllowRule {
                name: format!("aks-{name}-{}-{ports}", protocol.to_lowercase()),
                protocol,
                ports,
                asg_id: info.managed_asg_id(name),
            });
        }
    }
    network::write_nsg(
        ctx,
        &info.sub,
        &info.node_rg,
        &info.nsg_name(),
        &info.location,
        &rules,
    )
}

fn store_pool(
    ctx: &RequestContext,
    info: &ClusterInfo,
    name: &str,
    props: &Value,
    state: &str,
) -> R<Value> {
    let id = info.pool_id(name);
    let mut props = props.clone();
    props["provisioningState"] = json!(state);
    let body = json!({
        "id": id,
        "name": name,
        "type": POOL_TYPE,
        "properties": props
    });
    store::put(
        ctx.tx,
        &NewRes {
            id: &id,
            kind: store::POOL,
            sub: &info.sub,
            rg: Some(&info.rg),
            parent: Some(&info.id),
        },
        &body,
    )?;
    Ok(body)
}

/// Stores the pools, builds their node resources unless the operation will fail, records
/// the operation, and returns its (Azure-AsyncOperation, Location) URLs.
fn commit_changes(
    ctx: &RequestContext,
    req: &Req,
    info: &ClusterInfo,
    changes: &[PoolChange],
    state: &str,
    cluster_op: bool,
    cluster_prev: Option<Value>,
) -> R<(String, String)> {
    let fail = capacity_error(ctx, changes)?;
    for ch in changes {
        store_pool(ctx, info, &ch.name, &ch.props, state)?;
    }
    if fail.is_none() {
        resources::ensure_group(
            ctx,
            &info.sub,
            &info.node_rg,
            &info.location,
            Some(&info.id),
        )?;
        for ch in changes {
            realize_pool(ctx, info, &ch.name, &ch.props)?;
        }
        rebuild_nsg(ctx, info)?;
    }
    let plan = json!({
        "cluster": info.id,
        "cluster_op": cluster_op,
        "cluster_prev": cluster_prev,
        "pools": changes.iter().map(|c| json!({"id": info.pool_id(&c.name), "prev": c.prev})).collect::<Vec<_>>(),
        "fail": fail,
    });
    let first = changes
        .first()
        .map(|c| c.name.as_str())
        .unwrap_or(&info.name);
    record_op(
        ctx,
        req,
        NewOp {
            kind: "aks.put",
            info,
            pool_name: first,
            state,
            plan,
        },
    )
}

// ---------------------------------------------------------------------------------------
// Managed clusters

fn cluster(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let id = scope.provider_id(CLUSTER_TYPE, name);
    match req.method {
        Method::GET => {
            let c = get_cluster(ctx, scope, name)?;
            Ok(ok(200, &cluster_body(ctx, &c)?))
        }
        Method::PUT => put_cluster(ctx, req, scope, name),
        Method::DELETE => {
            let Some(c) = store::get(ctx.tx, &id)? else {
                return Ok(empty(204));
            };
            let info = ClusterInfo::from_body(&c);
            ensure_not_busy(ctx, &info.id)?;
            set_state(ctx, &info.id, "Deleting")?;
            let pools = store::children(ctx.tx, &info.id, store::POOL)?;
            for p in &pools {
                set_state(ctx, p["id"].as_str().unwrap_or(""), "Deleting")?;
            }
            let first = pools
                .first()
                .and_then(|p| p["name"].as_str())
                .unwrap_or(&info.name)
                .to_string();
            let (async_url, loc) = record_op(
                ctx,
                req,
                NewOp {
                    kind: "aks.delete",
                    info: &info,
                    pool_name: &first,
                    state: "Deleting",
                    plan: json!({"cluster": info.id}),
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

fn put_cluster(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    if !valid_cluster_name(name) {
        return Err(ApiError::bad_request(
            "InvalidResourceName",
            format!(
                "Resource name '{name}' is invalid. The name can be between 1 and 63 characters long and can contain only letters, numbers, underscores and hyphens. It must start and end with a letter or number."
            ),
        ));
    }
    let body = req.body()?;
    let id = scope.provider_id(CLUSTER_TYPE, name);
    let existing = store::get(ctx.tx, &id)?;
    if existing.is_some() {
        ensure_not_busy(ctx, &id)?;
    }
    let location = match &existing {
        Some(c) => c["location"].as_str().unwrap_or("").to_string(),
        None => required_location(&body, CLUSTER_TYPE)?,
    };
    let old_props = existing.as_ref().map(|c| c["properties"].clone());
    let old = |k: &str| old_props.as_ref().and_then(|p| p.get(k)).cloned();
    let mut props = match body.get("properties") {
        Some(Value::Object(m)) => m.clone(),
        None | Some(Value::Null) => Map::new(),
        Some(_) => {
            return Err(ApiError::bad_request(
                "InvalidRequestContent",
                "The request content was invalid and could not be deserialized: 'properties must be an object'.",
            ));
        }
    };
    let profiles = match props.remove("agentPoolProfiles") {
        Some(Value::Array(a)) => a,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfiles",
                "The value of parameter agentPoolProfiles is invalid: it must be a list.",
            ));
        }
    };
    // Versions.
    let requested = non_empty_str(props.get("kubernetesVersion"))
        .map(str::to_string)
        .or_else(|| old("kubernetesVersion").and_then(|v| v.as_str().map(str::to_string)))
        .unwrap_or_else(|| DEFAULT_K8S.to_string());
    if !valid_version(&requested) {
        return Err(ApiError::invalid_parameter(
            "properties.kubernetesVersion",
            format!("The value of parameter kubernetesVersion '{requested}' is invalid."),
        ));
    }
    let current = current_version(&requested);
    props.insert("kubernetesVersion".into(), json!(requested));
    props.insert("currentKubernetesVersion".into(), json!(current));
    // Names and addresses derived from the id.
    let sub6: String = scope.sub.chars().take(6).collect();
    let derived_prefix = format!(
        "{}-{}-{sub6}",
        name.chars().take(10).collect::<String>(),
        scope.rg.chars().take(16).collect::<String>()
    );
    let dns_prefix = old("dnsPrefix")
        .and_then(|v| v.as_str().map(str::to_string))
        .or_else(|| non_empty_str(props.get("dnsPrefix")).map(str::to_string))
        .unwrap_or(derived_prefix);
    let hash = det_hex(&format!("fqdn:{}", id.to_lowercase()), 8);
    props.insert("dnsPrefix".into(), json!(dns_prefix));
    props.insert(
        "fqdn".into(),
        json!(format!("{dns_prefix}-{hash}.hcp.{location}.azmk8s.io")),
    );
    props.insert(
        "azurePortalFQDN".into(),
        json!(format!(
            "{dns_prefix}-{hash}.portal.hcp.{location}.azmk8s.io"
        )),
    );
    let node_rg = old("nodeResourceGroup")
        .and_then(|v| v.as_str().map(str::to_string))
        .or_else(|| non_empty_str(props.get("nodeResourceGroup")).map(str::to_string))
        .unwrap_or_else(|| format!("MC_{}_{name}_{location}", scope.rg));
    props.insert("nodeResourceGroup".into(), json!(node_rg));
    props
        .entry("enableRBAC")
        .or_insert_with(|| old("enableRBAC").unwrap_or(json!(true)));
    props
        .entry("supportPlan")
        .or_insert_with(|| old("supportPlan").unwrap_or(json!("KubernetesOfficial")));
    props.insert("maxAgentPools".into(), json!(100));
    props.insert("powerState".into(), json!({"code": "Running"}));
    props.insert(
        "resourceUID".into(),
        json!(det_hex(&format!("uid:{}", id.to_lowercase()), 24)),
    );
    let mut net = match props.get("networkProfile") {
        Some(Value::Object(m)) => m.clone(),
        _ => old("networkProfile")
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default(),
    };
    for (k, v) in [
        ("networkPlugin", json!("azure")),
        ("networkPluginMode", json!("overlay")),
        ("podCidr", json!("10.244.0.0/16")),
        ("serviceCidr", json!("10.0.0.0/16")),
        ("dnsServiceIP", json!("10.0.0.10")),
        ("outboundType", json!("loadBalancer")),
        ("loadBalancerSku", json!("standard")),
        (
            "loadBalancerProfile",
            json!({"managedOutboundIPs": {"count": 1}, "backendPoolType": "nodeIPConfiguration"}),
        ),
        ("podCidrs", json!(["10.244.0.0/16"])),
        ("serviceCidrs", json!(["10.0.0.0/16"])),
        ("ipFamilies", json!(["IPv4"])),
    ] {
        net.entry(k).or_insert(v);
    }
    props.insert("networkProfile".into(), Value::Object(net));
    let state = if existing.is_some() {
        "Updating"
    } else {
        "Creating"
    };
    props.insert("provisioningState".into(), json!(state));

    let mut identity = body
        .get("identity")
        .cloned()
        .or_else(|| existing.as_ref().and_then(|c| c.get("identity").cloned()))
        .unwrap_or(json!({"type": "SystemAssigned"}));
    if identity["type"].as_str() == Some("SystemAssigned") {
        identity["principalId"] = json!(det_guid(&format!("principal:{}", id.to_lowercase())));
        identity["tenantId"] = json!(super::TENANT_ID);
    }
    let sku = body
        .get("sku")
        .cloned()
        .or_else(|| existing.as_ref().and_then(|c| c.get("sku").cloned()))
        .unwrap_or(json!({"name": "Base", "tier": "Free"}));
    let mut cluster = json!({
        "id": id,
        "location": location,
        "name": name,
        "type": CLUSTER_TYPE,
        "eTag": new_guid(),
        "properties": Value::Object(props),
        "identity": identity,
        "sku": sku
    });
    if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
        cluster["tags"] = t.clone();
    }
    if let Some(k) = body.get("kind").filter(|k| k.is_string()) {
        cluster["kind"] = k.clone();
    }
    let info = ClusterInfo::from_body(&cluster);

    // Pools.
    if existing.is_none() && profiles.is_empty() {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfiles",
            "The value of parameter agentPoolProfiles is invalid. Error details: A managed cluster needs at least one agent pool.",
        ));
    }
    let mut changes: Vec<PoolChange> = Vec::new();
    for prof in &profiles {
        let pname = prof["name"].as_str().unwrap_or("").to_string();
        if !valid_pool_name(&pname) {
            return Err(pool_name_error(&pname));
        }
        if changes.iter().any(|c| c.name == pname) {
            return Err(ApiError::invalid_parameter(
                "agentPoolProfile.name",
                format!("Agent pool name '{pname}' appears more than once in agentPoolProfiles."),
            ));
        }
        let prev = store::get(ctx.tx, &info.pool_id(&pname))?;
        let props = pool_props(
            prof,
            prev.as_ref().map(|p| &p["properties"]),
            "System",
            &requested,
        );
        changes.push(PoolChange {
            name: pname,
            prev,
            props,
        });
    }
    for ch in &changes {
        validate_pool(ctx, &info, ch)?;
    }
    let mut any_system = changes.iter().any(|c| c.props["mode"] == "System");
    for p in store::children(ctx.tx, &info.id, store::POOL)? {
        let n = p["name"].as_str().unwrap_or("");
        if !changes.iter().any(|c| c.name == n) && p["properties"]["mode"] == "System" {
            any_system = true;
        }
    }
    if !any_system {
        return Err(ApiError::invalid_parameter(
            "agentPoolProfiles",
            "The value of parameter agentPoolProfiles is invalid. Error details: A managed cluster needs at least one System agent pool.",
        ));
    }
    store::put(
        ctx.tx,
        &NewRes {
            id: &id,
            kind: store::CLUSTER,
            sub: &scope.sub,
            rg: Some(&scope.rg),
            parent: None,
        },
        &cluster,
    )?;
    // Pools a cluster PUT leaves out are kept; they show the cluster's state meanwhile.
    let (async_url, _) = commit_changes(ctx, req, &info, &changes, state, true, existing)?;
    let status = if state == "Creating" { 201 } else { 200 };
    let body = cluster_body(ctx, &cluster)?;
    Ok(ctx.poll_hint(ok(status, &body).with_header("Azure-AsyncOperation", async_url)))
}

// ---------------------------------------------------------------------------------------
// Agent pools

fn pool(
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
            if change.props["mode"] != "System" {
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

// ---------------------------------------------------------------------------------------
// runCommand

fn cluster_view(ctx: &RequestContext, info: &ClusterInfo) -> R<ClusterView> {
    let mut nodes = Vec::new();
    for p in store::children(ctx.tx, &info.id, store::POOL)? {
        let name = p["name"].as_str().unwrap_or("").to_string();
        if !has_nodes(ctx, info, &name)? {
            continue;
        }
        let props = &p["properties"];
        let ports = allowed_ports(props);
        let ips: BTreeMap<i64, u32> = network::vmss_addresses(ctx, &info.vmss_id(&name))?
            .into_iter()
            .collect();
        for i in 0..count_of(props) {
            nodes.push(NodeView {
                name: format!("{}{:06}", info.vmss_name(&name), i),
                pool: name.clone(),
                allowed_host_ports: ports.clone(),
                public_ip: ips.get(&i).map(|ip| ip_to_string(*ip)),
            });
        }
    }
    Ok(ClusterView {
        cluster_id: info.id.clone(),
        nodes,
        hostport_auto_assign: resources::hostport_auto_assign(ctx, &info.sub)?,
    })
}

fn run_command(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    cluster_name: &str,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    let info = ClusterInfo::from_body(&c);
    let body = req.body()?;
    let command = non_empty_str(body.get("command")).ok_or_else(|| {
        ApiError::invalid_parameter("command", "The value of parameter command is required.")
    })?;
    let context = non_empty_str(body.get("context"));
    let view = cluster_view(ctx, &info)?;
    let outcome = kube::run_command(ctx.tx, &view, command, context);
    let id = uuid::Uuid::new_v4().simple().to_string();
    let result = json!({
        "id": id,
        "properties": {
            "provisioningState": "Succeeded",
            "exitCode": outcome.exit_code,
            "startedAt": rfc3339(ctx.now),
            "finishedAt": rfc3339(ctx.opts.clock.now_ms().max(ctx.now)),
            "logs": outcome.logs
        }
    });
    ctx.tx.execute(
        "INSERT INTO command_results(id, cluster_lower, body) VALUES (?1, ?2, ?3)",
        params![id, info.id.to_lowercase(), serde_json::to_string(&result)?],
    )?;
    let loc = ctx.url(&format!(
        "{}/commandResults/{id}?api-version={}",
        info.id, req.api_version
    ));
    Ok(ctx.poll_hint(empty(202).with_header("Location", loc)))
}

fn command_result(
    ctx: &RequestContext,
    scope: &Scope,
    cluster_name: &str,
    id: &str,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    let body: Option<String> = ctx
        .tx
        .query_row(
            "SELECT body FROM command_results WHERE id = ?1 AND cluster_lower = ?2",
            params![id, c["id"].as_str().unwrap_or("").to_lowercase()],
            |r| r.get(0),
        )
        .optional()?;
    match body {
        Some(b) => Ok(ok(200, &serde_json::from_str(&b)?)),
        None => Err(ApiError::not_found(
            &format!("{CLUSTER_TYPE}/{cluster_name}/commandResults"),
            id,
            &scope.rg,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_versions() {
        assert!(valid_pool_name("nodepool1"));
        assert!(!valid_pool_name("Nodepool1"));
        assert!(!valid_pool_name("1pool"));
        assert!(!valid_pool_name("abcdefghijklm"));
        assert!(valid_cluster_name("c"));
        assert!(valid_cluster_name("my_cluster-1"));
        assert!(!valid_cluster_name("-c"));
        assert!(valid_version("1.33"));
        assert!(valid_version("1.33.5"));
        assert!(!valid_version("1.33.x"));
        assert_eq!(current_version("1.33"), "1.33.5");
    }
}
