//! `runCommand` and `commandResults`: the cluster's kubectl subset in the emulator.

use super::*;

pub(super) fn cluster_view(ctx: &RequestContext, info: &ClusterInfo) -> R<ClusterView> {
    let mut nodes = Vec::new();
    // nodes in a bring-your-own subnet take its addresses in order, after Azure's 4 reserved
    let mut next_in_subnet: BTreeMap<String, u32> = BTreeMap::new();
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
        let subnet_start = match subnet_of(props, "vnetSubnetID") {
            Some(id) => vnet::find_subnet(ctx, &id)?.and_then(|(s, _)| {
                let prefix = s["properties"]["addressPrefix"]
                    .as_str()
                    .or_else(|| s["properties"]["addressPrefixes"][0].as_str())?;
                Some((id.to_lowercase(), vnet::parse_cidr(prefix)?.start()))
            }),
            None => None,
        };
        for i in 0..count_of(props) {
            let private_ip = subnet_start.as_ref().map(|(id, start)| {
                let n = next_in_subnet.entry(id.clone()).or_insert(4);
                *n += 1;
                ip_to_string(start + *n - 1)
            });
            nodes.push(NodeView {
                name: format!("{}{:06}", info.vmss_name(&name), i),
                pool: name.clone(),
                allowed_host_ports: ports.clone(),
                public_ip: ips.get(&i).map(|ip| ip_to_string(*ip)),
                private_ip,
            });
        }
    }
    Ok(ClusterView {
        cluster_id: info.id.clone(),
        nodes,
        hostport_auto_assign: resources::hostport_auto_assign(ctx, &info.sub)?,
        location: info.location.clone(),
        node_resource_group: info.node_rg.clone(),
        // The kube side's own record of the cluster: nodes are as old as it.
        created_at: Some(kube::access(ctx.tx, &info.id)?.created_at),
        service_cidr: store::get(ctx.tx, &info.id)?
            .and_then(|c| {
                c.pointer("/properties/networkProfile/serviceCidr")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| "10.0.0.0/16".to_string()),
    })
}

pub(super) fn run_command(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    cluster_name: &str,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    super::addons::check_run_command_allowed(&c)?;
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

pub(super) fn command_result(
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
