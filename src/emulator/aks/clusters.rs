//! `managedClusters`: create, update, delete and their node resource group.

use super::*;

pub(super) fn cluster(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    name: &str,
) -> R<ArmResponse> {
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

pub(super) fn put_cluster(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    name: &str,
) -> R<ArmResponse> {
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
    check_auto_upgrade_profile(props.get("autoUpgradeProfile"))?;
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
    network_defaults(&mut net);
    props.insert("networkProfile".into(), Value::Object(net));
    super::sec::security_defaults(&mut props);
    net_rules::check_and_default(&mut props, old_props.as_ref(), &location, &id)?;
    super::misc::fqdn_subdomain(&mut props, old_props.as_ref(), &body, &location, &id)?;
    oidc_issuer(&mut props, &location, &id);
    super::addon_profiles::complete(&mut props, &id, &scope.sub, &node_rg, name, &location);
    profile::storage_profile(&mut props, old_props.as_ref());
    profile::autoscaler_profile(&mut props, old_props.as_ref(), &profiles);
    profile::node_os_upgrade_channel(&mut props);
    profile::kept_profiles(&mut props, old_props.as_ref());
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
        identity["tenantId"] = json!(crate::emulator::TENANT_ID);
    }
    super::sec::user_assigned_identities(ctx, &mut identity)?;
    let sku = body
        .get("sku")
        .cloned()
        .or_else(|| existing.as_ref().and_then(|c| c.get("sku").cloned()))
        .unwrap_or(json!({"name": "Base", "tier": "Free"}));
    let mut cluster = json!({
        "id": id,
        "location": location,
        "name": name,
        // real AKS spells the type of a cluster this way (az's recordings of it)
        "type": "Microsoft.ContainerService/ManagedClusters",
        "eTag": new_guid(),
        "properties": Value::Object(props),
        "identity": identity,
        "sku": sku
    });
    super::sec::service_principal_cluster(&mut cluster, &body, existing.as_ref());
    if let Some(t) = body.get("tags").filter(|t| t.is_object()) {
        cluster["tags"] = t.clone();
    }
    if let Some(k) = body.get("kind").filter(|k| k.is_string()) {
        cluster["kind"] = k.clone();
    }
    net_rules::extended_location(&mut cluster, &body, existing.as_ref())?;
    let info = ClusterInfo::from_body(&cluster);
    super::addons::apply(&mut cluster, &info)?;
    super::misc::kubelet_identity(ctx, &mut cluster)?;
    // A managed-identity cluster's kubelet runs as a user-assigned identity AKS makes in the
    // node resource group (az's update path reads it: attach-acr, monitoring).
    let managed = matches!(
        cluster["identity"]["type"].as_str(),
        Some("SystemAssigned" | "UserAssigned")
    );
    if managed
        && cluster
            .pointer("/properties/identityProfile/kubeletidentity")
            .is_none()
    {
        let kept = old("identityProfile").filter(|p| p.get("kubeletidentity").is_some());
        cluster["properties"]["identityProfile"] =
            kept.unwrap_or_else(|| json!({"kubeletidentity": info.kubelet_identity()}));
    }

    // Pools.
    if existing.is_none() && profiles.is_empty() && !super::automatic::hosts_system_pool(&cluster) {
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
        let prof = &super::misc::vmas_to_vms(prof, prev.as_ref());
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
    super::subnet_capacity::check(ctx, &cluster, &info, &changes)?;
    let mut any_system = changes.iter().any(|c| c.props["mode"] == "System");
    for p in store::children(ctx.tx, &info.id, store::POOL)? {
        let n = p["name"].as_str().unwrap_or("");
        if !changes.iter().any(|c| c.name == n) && p["properties"]["mode"] == "System" {
            any_system = true;
        }
    }
    if !any_system && !super::automatic::hosts_system_pool(&cluster) {
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
    if let Some(kubelet) = cluster.pointer("/properties/identityProfile/kubeletidentity") {
        put_kubelet_identity(ctx, &info, kubelet)?;
    }
    net_rules::put_outbound_ips(ctx, &info, &cluster)?;
    let status = if state == "Creating" { 201 } else { 200 };
    let body = cluster_body(ctx, &cluster)?;
    Ok(ctx.poll_hint(ok(status, &body).with_header("Azure-AsyncOperation", async_url)))
}

/// The kubelet identity's resource, once the node resource group exists (a failed create has
/// none); an identity the user brought (`--assign-kubelet-identity`) lives elsewhere.
/// AKS's enums of `autoUpgradeProfile` (case-insensitive, as its API reads them), and its
/// rule that the `node-image` channel upgrades node images through `NodeImage` only.
fn check_auto_upgrade_profile(profile: Option<&Value>) -> R<()> {
    let Some(profile) = profile.filter(|p| !p.is_null()) else {
        return Ok(());
    };
    let field = |k: &str| profile.get(k).filter(|v| !v.is_null());
    for (key, allowed) in [
        (
            "upgradeChannel",
            &["rapid", "stable", "patch", "node-image", "none"][..],
        ),
        (
            "nodeOSUpgradeChannel",
            &["None", "Unmanaged", "SecurityPatch", "NodeImage"][..],
        ),
    ] {
        let Some(v) = field(key) else { continue };
        let known = v
            .as_str()
            .is_some_and(|s| allowed.iter().any(|a| a.eq_ignore_ascii_case(s)));
        if !known {
            let shown = v.as_str().map_or_else(|| v.to_string(), str::to_string);
            return Err(ApiError::invalid_parameter(
                &format!("properties.autoUpgradeProfile.{key}"),
                format!(
                    "The value of parameter autoUpgradeProfile.{key} '{shown}' is invalid. Allowed values are: {}.",
                    allowed.join(", ")
                ),
            ));
        }
    }
    let is = |k: &str, want: &str| {
        field(k)
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case(want))
    };
    if is("upgradeChannel", "node-image")
        && field("nodeOSUpgradeChannel").is_some()
        && !is("nodeOSUpgradeChannel", "NodeImage")
    {
        return Err(ApiError::invalid_parameter(
            "properties.autoUpgradeProfile.nodeOSUpgradeChannel",
            "The nodeOSUpgradeChannel must be NodeImage when the upgradeChannel is node-image.",
        ));
    }
    Ok(())
}

fn put_kubelet_identity(ctx: &RequestContext, info: &ClusterInfo, kubelet: &Value) -> R<()> {
    let id = kubelet["resourceId"].as_str().unwrap_or("");
    let ours =
        id.eq_ignore_ascii_case(info.kubelet_identity()["resourceId"].as_str().unwrap_or(""));
    if !ours
        || !store::group_exists(ctx.tx, &info.sub, &info.node_rg)?
        || store::get(ctx.tx, id)?.is_some()
    {
        return Ok(());
    }
    let name = id.rsplit('/').next().unwrap_or("");
    let body = json!({
        "id": id,
        "name": name,
        "type": "Microsoft.ManagedIdentity/userAssignedIdentities",
        "location": info.location,
        "tags": {},
        "properties": {
            "tenantId": crate::emulator::TENANT_ID,
            "principalId": kubelet["objectId"],
            "clientId": kubelet["clientId"]
        }
    });
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: store::IDENTITY,
            sub: &info.sub,
            rg: Some(&info.node_rg),
            parent: None,
        },
        &body,
    )
}

/// AKS's network defaults: Azure CNI Overlay unless a plugin is given; kubenet and overlay get
/// a pod CIDR, Azure CNI on the node subnet none; the outbound side as the type and SKU say.
fn network_defaults(net: &mut Map<String, Value>) {
    let plugin_given = non_empty_str(net.get("networkPlugin")).is_some();
    net.entry("networkPlugin").or_insert(json!("azure"));
    if !plugin_given {
        net.entry("networkPluginMode").or_insert(json!("overlay"));
    }
    let plugin = net["networkPlugin"].as_str().unwrap_or("azure").to_string();
    let overlay = net.get("networkPluginMode").and_then(Value::as_str) == Some("overlay");
    if plugin == "kubenet" || overlay {
        net.entry("podCidr").or_insert(json!("10.244.0.0/16"));
        let pod = net["podCidr"].clone();
        net.entry("podCidrs").or_insert(json!([pod]));
    }
    for (k, v) in [
        ("serviceCidr", json!("10.0.0.0/16")),
        ("dnsServiceIP", json!("10.0.0.10")),
        ("outboundType", json!("loadBalancer")),
        ("loadBalancerSku", json!("standard")),
        ("ipFamilies", json!(["IPv4"])),
    ] {
        net.entry(k).or_insert(v);
    }
    let service = net["serviceCidr"].clone();
    net.entry("serviceCidrs").or_insert(json!([service]));
    let basic = net["loadBalancerSku"]
        .as_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("basic"));
    match net["outboundType"].as_str() {
        Some("loadBalancer") if !basic => {
            let lb = net
                .entry("loadBalancerProfile")
                .or_insert_with(|| json!({}));
            if let Some(m) = lb.as_object_mut() {
                m.entry("managedOutboundIPs").or_insert(json!({"count": 1}));
                m.entry("backendPoolType")
                    .or_insert(json!("nodeIPConfiguration"));
            }
        }
        Some("managedNATGateway") => {
            net.entry("natGatewayProfile").or_insert(
                json!({"managedOutboundIPProfile": {"count": 1}, "idleTimeoutInMinutes": 4}),
            );
        }
        _ => {}
    }
}

/// An enabled OIDC issuer gets its URL, as AKS gives it: per region, tenant and cluster.
fn oidc_issuer(props: &mut Map<String, Value>, location: &str, id: &str) {
    let Some(profile) = props
        .get_mut("oidcIssuerProfile")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    if profile.get("enabled").and_then(Value::as_bool) == Some(true) {
        let cluster = det_guid(&format!("oidc:{}", id.to_lowercase()));
        profile.insert(
            "issuerURL".into(),
            json!(format!(
                "https://{location}.oic.prod-aks.azure.com/{}/{cluster}/",
                crate::emulator::TENANT_ID
            )),
        );
    } else {
        profile.remove("issuerURL");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_upgrade_profile_as_aks_reads_it() {
        let check = |p: Value| check_auto_upgrade_profile(Some(&p));
        assert!(
            check(json!({"upgradeChannel": "Patch", "nodeOSUpgradeChannel": "securitypatch"}))
                .is_ok()
        );
        assert!(
            check(json!({"upgradeChannel": "node-image", "nodeOSUpgradeChannel": "NodeImage"}))
                .is_ok()
        );
        assert!(check_auto_upgrade_profile(None).is_ok());
        let e = check(json!({"nodeOSUpgradeChannel": "weekly"})).unwrap_err();
        assert_eq!(
            (e.status, e.code.as_str(), e.target.as_deref()),
            (
                400,
                "InvalidParameter",
                Some("properties.autoUpgradeProfile.nodeOSUpgradeChannel")
            )
        );
        assert!(e.message.contains("'weekly'"), "{}", e.message);
        let e = check(json!({"upgradeChannel": "node-image", "nodeOSUpgradeChannel": "None"}))
            .unwrap_err();
        assert!(
            e.message
                .starts_with("The nodeOSUpgradeChannel must be NodeImage")
        );
    }
}
