//! Agent pools: defaults, validation, prefix capacity, and building their node resources
//! (VMSS, public IPs, NSG rules, ASG membership).

use super::*;

/// One pool a PUT creates or changes.
pub(super) struct PoolChange {
    pub(super) name: String,
    /// The stored pool before this PUT.
    pub(super) prev: Option<Value>,
    /// The pool's properties after this PUT, server defaults filled in.
    pub(super) props: Value,
}

impl PoolChange {
    fn old_props(&self) -> Option<&Value> {
        self.prev.as_ref().map(|p| &p["properties"])
    }
}

pub(super) fn pool_props(
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
    apply_spot_defaults(&mut p);
    apply_feature_defaults(&mut p);
    let image = node_image(p.get("osSKU").and_then(Value::as_str));
    p.insert("nodeImageVersion".into(), json!(image));
    p.insert("powerState".into(), json!({"code": "Running"}));
    p.insert("eTag".into(), json!(new_guid()));
    p.remove("status");
    Value::Object(p)
}

pub(super) fn port_error(msg: String) -> ApiError {
    ApiError::invalid_parameter("agentPoolProfile.networkProfile.allowedHostPorts", msg)
}

/// (start, end, "TCP"|"UDP") of a pool's allowed host ports.
pub(super) fn allowed_ports(props: &Value) -> Vec<(u16, u16, String)> {
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

pub(super) fn str_list(props: &Value, ptr: &str) -> Vec<String> {
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

/// `vnetSubnetID` (nodes) or `podSubnetID` (pods) of a pool.
pub(super) fn subnet_of(props: &Value, key: &str) -> Option<String> {
    non_empty_str(props.get(key)).map(str::to_string)
}

/// A pool's subnet must exist, and a subnet-less cluster cannot take a pool with one (nor the
/// other way round): AKS's `SubnetNotFound` and "does not have subnet defined".
fn validate_subnets(ctx: &RequestContext, info: &ClusterInfo, ch: &PoolChange) -> R<()> {
    for (key, target) in [
        ("vnetSubnetID", "agentPoolProfile.vnetSubnetID"),
        ("podSubnetID", "agentPoolProfile.podSubnetID"),
    ] {
        let Some(id) = subnet_of(&ch.props, key) else {
            continue;
        };
        if vnet::find_subnet(ctx, &id)?.is_none() {
            let parsed = crate::spec::resource_id::ResourceId::parse(&id);
            let sub = parsed
                .as_ref()
                .map(|p| p.subscription.as_str())
                .unwrap_or("");
            let rg = parsed
                .as_ref()
                .and_then(|p| p.resource_group.as_deref())
                .unwrap_or("");
            let mut parts = id.rsplit('/');
            let subnet = parts.next().unwrap_or("");
            let vnet_name = parts.nth(1).unwrap_or("");
            return Err(ApiError::bad_request(
                "SubnetNotFound",
                format!(
                    "Could not find subnet {subnet} in vnet {vnet_name} from resource group {rg} of subscription {sub}."
                ),
            )
            .with_target(target));
        }
    }
    if ch.prev.is_none() {
        let byo = subnet_of(&ch.props, "vnetSubnetID").is_some();
        for other in store::children(ctx.tx, &info.id, store::POOL)? {
            let name = other["name"].as_str().unwrap_or("");
            if name.eq_ignore_ascii_case(&ch.name) {
                continue;
            }
            if subnet_of(&other["properties"], "vnetSubnetID").is_some() != byo {
                let without = if byo { name } else { ch.name.as_str() };
                return Err(ApiError::invalid_parameter(
                    "agentPoolProfile.vnetSubnetID",
                    format!("The Agentpool {without} does not have subnet defined."),
                ));
            }
        }
    }
    Ok(())
}

pub(super) fn prefix_of(props: &Value) -> Option<String> {
    non_empty_str(props.get("nodePublicIPPrefixID")).map(str::to_string)
}

pub(super) fn public_ip_on(props: &Value) -> bool {
    props["enableNodePublicIP"].as_bool().unwrap_or(false)
}

pub(super) fn count_of(props: &Value) -> i64 {
    props["count"].as_i64().unwrap_or(0)
}

pub(super) fn tags_of(props: &Value) -> Value {
    match props.pointer("/networkProfile/nodePublicIPTags") {
        Some(Value::Array(a)) => Value::Array(a.clone()),
        _ => json!([]),
    }
}

pub(super) fn validate_pool(ctx: &RequestContext, info: &ClusterInfo, ch: &PoolChange) -> R<()> {
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
    check_pool_settings(p, ch.old_props(), mode)?;
    check_pool_features(p, ch.old_props())?;
    if ch.prev.is_none() {
        check_snapshot_source(ctx, p)?;
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
        for (key, prop) in [
            ("vnetSubnetID", "agentPoolProfile.vnetSubnetID"),
            ("podSubnetID", "agentPoolProfile.podSubnetID"),
        ] {
            let same = match (subnet_of(old, key), subnet_of(p, key)) {
                (None, None) => true,
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(&b),
                _ => false,
            };
            if !same {
                return Err(change_not_allowed(prop));
            }
        }
    }
    validate_subnets(ctx, info, ch)?;
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

pub(super) fn change_not_allowed(prop: &str) -> ApiError {
    ApiError::bad_request(
        "PropertyChangeNotAllowed",
        format!("Changing property '{prop}' is not allowed"),
    )
    .with_target(prop)
}

/// The error the operation ends with when a prefix cannot give every new node an address.
pub(super) fn capacity_error(ctx: &RequestContext, changes: &[PoolChange]) -> R<Option<Value>> {
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
pub(super) fn realize_pool(
    ctx: &RequestContext,
    info: &ClusterInfo,
    name: &str,
    props: &Value,
) -> R<()> {
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
    // a bring-your-own subnet: the nodes' NICs are in it (its `ipConfigurations` list them)
    if let Some(subnet) = subnet_of(props, "vnetSubnetID") {
        let canonical = vnet::find_subnet(ctx, &subnet)?
            .and_then(|(s, _)| s["id"].as_str().map(str::to_string))
            .unwrap_or(subnet);
        ip_config["properties"]["subnet"] = json!({"id": canonical});
    }
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
pub(super) fn has_nodes(ctx: &RequestContext, info: &ClusterInfo, pool: &str) -> R<bool> {
    Ok(store::get(ctx.tx, &info.vmss_id(pool))?.is_some())
}

pub(super) fn remove_pool_infra(ctx: &RequestContext, info: &ClusterInfo, name: &str) -> R<()> {
    let vmss_id = info.vmss_id(name);
    network::free_vmss_addresses(ctx, &vmss_id)?;
    store::delete(ctx.tx, &vmss_id)?;
    store::delete(ctx.tx, &info.managed_asg_id(name))
}

/// The node NSG holds one allow rule per distinct allowed host port range of every pool.
pub(super) fn rebuild_nsg(ctx: &RequestContext, info: &ClusterInfo) -> R<()> {
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
    nsg::write_nsg(
        ctx,
        &info.sub,
        &info.node_rg,
        &info.nsg_name(),
        &info.location,
        &rules,
    )
}

pub(super) fn store_pool(
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
pub(super) fn commit_changes(
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
