//! Request bodies per resource type, built from validated specs, as az 2.91 sends them
//! (fixtures/az/aks-create-no-wait.json, aks-nodepool-add-allowed-host-ports-valid.json).

use serde_json::{Map, Value, json};

use crate::spec::aks::{AksCreate, NodepoolAdd, NodepoolUpdate, PoolSpec};
use crate::spec::cluster_settings::ClusterSettings;
use crate::spec::pool_settings::PoolSettings;
use crate::spec::pool_update::{AutoscalerChange, PoolUpdate};

/// The pool's `networkProfile`, as az's `set_up_agentpool_network_profile` makes it: only when
/// host ports are given (then with the ASGs) or there is at least one IP tag.
fn pool_network_profile(pool: &PoolSpec) -> Option<Value> {
    let mut profile = Map::new();
    if let Some(ports) = &pool.allowed_host_ports {
        profile.insert(
            "allowedHostPorts".into(),
            Value::Array(ports.iter().map(|p| p.to_json()).collect()),
        );
        if let Some(asgs) = &pool.asg_ids {
            profile.insert("applicationSecurityGroups".into(), json!(asgs));
        }
    }
    if !pool.node_public_ip_tags.is_empty() {
        let tags: Vec<Value> = pool
            .node_public_ip_tags
            .0
            .iter()
            .map(|(k, v)| json!({"ipTagType": k, "tag": v}))
            .collect();
        profile.insert("nodePublicIPTags".into(), Value::Array(tags));
    }
    let given = pool.allowed_host_ports.is_some() || !pool.node_public_ip_tags.is_empty();
    given.then_some(Value::Object(profile))
}

/// The pool fields both `aks create` and `aks nodepool add` send, in the order
/// `construct_agentpool_profile_default` sets them.
fn pool_common(pool: &PoolSpec) -> Map<String, Value> {
    let s = &pool.settings;
    let mut p = Map::new();
    p.insert("vmSize".into(), json!(pool.vm_size));
    p.insert("osType".into(), json!(s.os_type));
    if let Some(sku) = s.os_sku {
        p.insert("osSKU".into(), json!(sku));
    }
    p.insert(
        "enableNodePublicIP".into(),
        json!(pool.enable_node_public_ip),
    );
    if let Some(id) = &pool.node_public_ip_prefix_id {
        p.insert("nodePublicIPPrefixID".into(), json!(id));
    }
    p.insert("count".into(), json!(pool.count));
    p.insert("enableAutoScaling".into(), json!(s.autoscale().is_some()));
    if let Some(a) = s.autoscale() {
        p.insert("minCount".into(), json!(a.min_count));
        p.insert("maxCount".into(), json!(a.max_count));
    }
    p.insert("scaleSetPriority".into(), json!(s.priority));
    if let Some(spot) = &s.spot {
        p.insert("scaleSetEvictionPolicy".into(), json!(spot.eviction_policy));
        // az's default is the int -1; a given price is a Python float
        let price = spot.max_price.map_or(json!(-1), |f| json!(f));
        p.insert("spotMaxPrice".into(), price);
    }
    if let Some(tags) = &s.tags {
        p.insert("tags".into(), tags.to_json_object());
    }
    if let Some(labels) = &s.labels {
        p.insert("nodeLabels".into(), labels.to_json_object());
    }
    p.insert(
        "nodeTaints".into(),
        json!(s.taints.clone().unwrap_or_default()),
    );
    if let Some(size) = s.osdisk_size {
        p.insert("osDiskSizeGB".into(), json!(size));
    }
    if let Some(t) = s.osdisk_type {
        p.insert("osDiskType".into(), json!(t));
    }
    p.insert("type".into(), json!(s.vm_set_type));
    if let Some(ppg) = &s.ppg {
        p.insert("proximityPlacementGroupID".into(), json!(ppg));
    }
    p.insert(
        "enableEncryptionAtHost".into(),
        json!(s.enable_encryption_at_host),
    );
    p.insert("enableUltraSSD".into(), json!(s.enable_ultra_ssd));
    p.insert("enableFIPS".into(), json!(s.enable_fips_image));
    if let Some(zones) = &s.zones {
        p.insert("availabilityZones".into(), json!(zones));
    }
    if let Some(max_pods) = s.max_pods {
        p.insert("maxPods".into(), json!(max_pods));
    }
    p.insert("mode".into(), json!(pool.mode.as_wire()));
    if let Some(id) = &pool.vnet_subnet_id {
        p.insert("vnetSubnetID".into(), json!(id));
    }
    if let Some(id) = &pool.pod_subnet_id {
        p.insert("podSubnetID".into(), json!(id));
    }
    if let Some(np) = pool_network_profile(pool) {
        p.insert("networkProfile".into(), np);
    }
    super::pool_features::apply_new(&mut p, &s.features);
    p
}

/// `set_up_upgrade_settings` of `aks nodepool add`: only what was given (with az's
/// `--undrainable-node-behavior` default, `Schedule`).
fn pool_upgrade_settings(s: &PoolSettings) -> Value {
    let mut u = Map::new();
    if let Some(surge) = &s.max_surge {
        u.insert("maxSurge".into(), json!(surge));
    }
    if let Some(t) = s.drain_timeout {
        u.insert("drainTimeoutInMinutes".into(), json!(t));
    }
    if let Some(d) = s.node_soak_duration {
        u.insert("nodeSoakDurationInMinutes".into(), json!(d));
    }
    super::pool_features::new_upgrade_settings(&mut u, &s.features);
    Value::Object(u)
}

/// The managed cluster PUT of `aks create`. `location` is `--location` or the group's;
/// `dns_prefix` is `--dns-name-prefix` or az's default; `ssh_key` is `None` without a key.
pub fn managed_cluster(
    spec: &AksCreate,
    location: &str,
    dns_prefix: &str,
    ssh_key: Option<&str>,
) -> Value {
    let version = spec
        .kubernetes_version
        .as_ref()
        .map_or("", |v| v.text.as_str());
    let mut pool = pool_common(&spec.pool);
    pool.insert("name".into(), json!(spec.pool.name));
    pool.insert("orchestratorVersion".into(), json!(version));
    pool.insert("upgradeSettings".into(), json!({}));

    let c = &spec.cluster;
    let mut props = Map::new();
    props.insert("agentPoolProfiles".into(), json!([Value::Object(pool)]));
    props.insert("kubernetesVersion".into(), json!(version));
    if !dns_prefix.is_empty() {
        props.insert("dnsPrefix".into(), json!(dns_prefix));
    }
    props.insert(
        "disableLocalAccounts".into(),
        json!(c.disable_local_accounts),
    );
    props.insert("enableRBAC".into(), json!(true));
    if let Some(key) = ssh_key {
        props.insert(
            "linuxProfile".into(),
            json!({
                "adminUsername": spec.admin_username,
                "ssh": {"publicKeys": [{"keyData": key}]},
            }),
        );
    }
    if let Some(np) = cluster_network_profile(c) {
        props.insert("networkProfile".into(), np);
    }
    super::cluster_net::create(
        &mut props,
        &spec.net,
        c.has_network_settings(),
        c.load_balancer_sku == "basic",
    );
    super::cluster_acns::set_up(&mut props, &spec.acns);
    props.insert(
        "addonProfiles".into(),
        super::cluster_addon_profiles::addon_profiles(&spec.addon_profiles),
    );
    super::cluster_monitor_logs::set_up(&mut props, &spec.monitor_logs);
    if c.enable_aad {
        props.insert(
            "aadProfile".into(),
            json!({"managed": true, "enableAzureRBAC": c.enable_azure_rbac}),
        );
    }
    if c.enable_oidc_issuer {
        props.insert("oidcIssuerProfile".into(), json!({"enabled": true}));
    }
    let mut upgrade = Map::new();
    if let Some(ch) = c.auto_upgrade_channel {
        upgrade.insert("upgradeChannel".into(), json!(ch));
    }
    if let Some(ch) = c.node_os_upgrade_channel {
        upgrade.insert("nodeOSUpgradeChannel".into(), json!(ch));
    }
    if !upgrade.is_empty() {
        props.insert("autoUpgradeProfile".into(), Value::Object(upgrade));
    }
    if let Some(group) = &c.node_resource_group {
        props.insert("nodeResourceGroup".into(), json!(group));
    }
    if c.enable_workload_identity {
        props.insert(
            "securityProfile".into(),
            json!({"workloadIdentity": {"enabled": true}}),
        );
    }
    super::cluster_sec::set_up_create(&mut props, &spec.sec);
    super::cluster_sec::set_up_create_kms(&mut props, &spec.sec.kms);
    super::cluster_profile::set_up(&mut props, &spec.profile);
    super::cluster_misc::set_up(&mut props, &spec.misc);
    super::cluster_metrics::set_up(&mut props, &spec.metrics);
    super::cluster_automatic::set_up(&mut props, &spec.automatic);

    let mut body = Map::new();
    body.insert("location".into(), json!(location));
    if let Some(tags) = &spec.tags {
        body.insert("tags".into(), tags.to_json_object());
    }
    body.insert("properties".into(), Value::Object(props));
    super::cluster_sec::set_up_create_identity(&mut body, &spec.sec);
    super::cluster_net::create_extended_location(&mut body, &spec.net);
    let sku = crate::spec::cluster_automatic::sku_body(spec.misc.sku.as_deref(), c.tier);
    body.insert("sku".into(), sku);
    let mut body = Value::Object(body);
    super::cluster_addons::set_up(&mut body, &spec.addons);
    body
}

/// `set_up_network_profile`: the whole profile when a network setting is given, else only the
/// load balancer's part (a basic one without outbound type or profile).
fn cluster_network_profile(c: &ClusterSettings) -> Option<Value> {
    let lb_profile = c
        .managed_outbound_ip_count
        .filter(|&n| n != 0)
        .map(|n| json!({"managedOutboundIPs": {"count": n}}));
    let mut p = Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            p.insert(k.into(), v);
        }
    };
    put("networkPlugin", c.network_plugin.map(|v| json!(v)));
    if c.has_network_settings() {
        put("networkPluginMode", c.network_plugin_mode.map(|v| json!(v)));
        put("podCidr", c.pod_cidr.as_ref().map(|v| json!(v)));
        put("serviceCidr", c.service_cidr.as_ref().map(|v| json!(v)));
        put("dnsServiceIP", c.dns_service_ip.as_ref().map(|v| json!(v)));
        put("networkPolicy", c.network_policy.as_ref().map(|v| json!(v)));
        put("networkDataplane", c.network_dataplane.map(|v| json!(v)));
    } else if c.load_balancer_sku == "basic" {
        put("loadBalancerSku", Some(json!("basic")));
        return Some(Value::Object(p));
    } else if c.load_balancer_sku != "standard" && lb_profile.is_none() {
        return None;
    }
    put("loadBalancerSku", Some(json!(c.load_balancer_sku)));
    put("loadBalancerProfile", lb_profile);
    put(
        "outboundType",
        c.effective_outbound_type().map(|v| json!(v)),
    );
    Some(Value::Object(p))
}

/// The agent pool PUT of `aks nodepool add` (no `name`, no `location`).
pub fn agent_pool_add(spec: &NodepoolAdd) -> Value {
    let mut p = pool_common(&spec.pool);
    p.insert(
        "upgradeSettings".into(),
        pool_upgrade_settings(&spec.pool.settings),
    );
    p.insert(
        "scaleDownMode".into(),
        json!(spec.pool.settings.scale_down_mode.unwrap_or("Delete")),
    );
    if let Some(v) = &spec.kubernetes_version {
        p.insert("orchestratorVersion".into(), json!(v.text));
    }
    json!({ "properties": Value::Object(p) })
}

/// Read-only paths of the AgentPool model that the SDK serializer (az 2.91,
/// azure-mgmt-containerservice 41.6, `exclude_readonly=True`) leaves out of a PUT.
const AGENT_POOL_READ_ONLY: &[&[&str]] = &[
    &["id"],
    &["name"],
    &["type"],
    &["systemData"],
    &["properties", "eTag"],
    &["properties", "currentOrchestratorVersion"],
    &["properties", "provisioningState"],
    &["properties", "status", "provisioningError"],
    &["properties", "localDNSProfile", "state"],
];

/// Read-only paths of the ManagedCluster model (the same serializer; `[]` is every item of a
/// list, `{}` every value of a map), read from azure-mgmt-containerservice 41.6's rest fields
/// whose visibility is `["read"]`.
const MANAGED_CLUSTER_READ_ONLY: &[&[&str]] = &[
    &["id"],
    &["name"],
    &["type"],
    &["systemData"],
    &["eTag"],
    &["identity", "principalId"],
    &["identity", "tenantId"],
    &["identity", "userAssignedIdentities", "{}", "principalId"],
    &["identity", "userAssignedIdentities", "{}", "clientId"],
    &["properties", "provisioningState"],
    &["properties", "powerState"],
    &["properties", "maxAgentPools"],
    &["properties", "currentKubernetesVersion"],
    &["properties", "fqdn"],
    &["properties", "privateFQDN"],
    &["properties", "azurePortalFQDN"],
    &["properties", "agentPoolProfiles", "[]", "eTag"],
    &[
        "properties",
        "agentPoolProfiles",
        "[]",
        "currentOrchestratorVersion",
    ],
    &["properties", "agentPoolProfiles", "[]", "provisioningState"],
    &[
        "properties",
        "agentPoolProfiles",
        "[]",
        "status",
        "provisioningError",
    ],
    &[
        "properties",
        "agentPoolProfiles",
        "[]",
        "localDNSProfile",
        "state",
    ],
    &["properties", "addonProfiles", "{}", "identity"],
    &[
        "properties",
        "podIdentityProfile",
        "userAssignedIdentities",
        "[]",
        "provisioningState",
    ],
    &[
        "properties",
        "podIdentityProfile",
        "userAssignedIdentities",
        "[]",
        "provisioningInfo",
    ],
    &["properties", "oidcIssuerProfile", "issuerURL"],
    &[
        "properties",
        "networkProfile",
        "loadBalancerProfile",
        "effectiveOutboundIPs",
    ],
    &[
        "properties",
        "networkProfile",
        "natGatewayProfile",
        "effectiveOutboundIPs",
    ],
    &[
        "properties",
        "privateLinkResources",
        "[]",
        "privateLinkServiceID",
    ],
    &["properties", "ingressProfile", "webAppRouting", "identity"],
    &["properties", "resourceUID"],
    &["properties", "status", "provisioningError"],
];

/// Removes `path` from `v`; `[]` and `{}` stand for every item of a list or value of a map.
fn remove_path(v: &mut Value, path: &[&str]) {
    match path {
        [] => {}
        [last] => {
            if let Some(m) = v.as_object_mut() {
                m.remove(*last);
            }
        }
        ["[]", rest @ ..] => {
            for item in v.as_array_mut().into_iter().flatten() {
                remove_path(item, rest);
            }
        }
        ["{}", rest @ ..] => {
            for item in v.as_object_mut().into_iter().flat_map(|m| m.values_mut()) {
                remove_path(item, rest);
            }
        }
        [first, rest @ ..] => {
            if let Some(child) = v.get_mut(*first) {
                remove_path(child, rest);
            }
        }
    }
}

/// A resource as read, made into the body of its PUT: every field kept (those azr does not
/// know included) except the read-only ones, as the SDK serializer leaves them out.
fn writable(existing: &Value, read_only: &[&[&str]]) -> Value {
    let mut body = existing.clone();
    if !body.is_object() {
        body = json!({});
    }
    for path in read_only {
        remove_path(&mut body, path);
    }
    body
}

/// The agent pool as read, ready to be PUT back (`aks nodepool scale`, `update`).
pub fn agent_pool_put(existing: &Value) -> Value {
    writable(existing, AGENT_POOL_READ_ONLY)
}

/// The managed cluster as read, ready to be PUT back (`aks scale`, `aks update`).
pub fn managed_cluster_put(existing: &Value) -> Value {
    writable(existing, MANAGED_CLUSTER_READ_ONLY)
}

/// The agent pool PUT of `aks nodepool update`: the pool as read, every field kept (those azr
/// does not know included) except the read-only ones, with what the flags change applied in
/// the order of az's `update_agentpool_profile_default`.
pub fn agent_pool_update(
    existing: &Value,
    spec: &NodepoolUpdate,
    autoscaler: Option<AutoscalerChange>,
) -> Value {
    let mut body = agent_pool_put(existing);
    let props = body
        .as_object_mut()
        .map(|m| m.entry("properties").or_insert_with(|| json!({})))
        .filter(|p| p.is_object())
        .and_then(Value::as_object_mut);
    let Some(props) = props else { return body };
    let s = &spec.settings;
    match autoscaler {
        Some(AutoscalerChange::Set {
            min_count,
            max_count,
        }) => {
            props.insert("enableAutoScaling".into(), json!(true));
            props.insert("minCount".into(), json!(min_count));
            props.insert("maxCount".into(), json!(max_count));
        }
        Some(AutoscalerChange::Disable) => {
            props.insert("enableAutoScaling".into(), json!(false));
            props.remove("minCount");
            props.remove("maxCount");
        }
        None => {}
    }
    if let Some(labels) = &s.labels {
        props.insert("nodeLabels".into(), labels.to_json_object());
    }
    if let Some(tags) = &s.tags {
        props.insert("tags".into(), tags.to_json_object());
    }
    if let Some(taints) = &s.taints {
        props.insert("nodeTaints".into(), json!(taints));
    }
    update_upgrade_settings(props, s);
    super::pool_features::update_upgrade_settings(props, &s.features);
    if let Some(m) = s.scale_down_mode {
        props.insert("scaleDownMode".into(), json!(m));
    }
    if let Some(m) = s.mode {
        props.insert("mode".into(), json!(m));
    }
    update_network_profile(props, spec);
    super::pool_features::update_network_profile(props, &s.features);
    if let Some(sku) = s.os_sku {
        props.insert("osSKU".into(), json!(sku));
    }
    if s.enable_fips_image {
        props.insert("enableFIPS".into(), json!(true));
    }
    if s.disable_fips_image {
        props.insert("enableFIPS".into(), json!(false));
    }
    super::pool_features::apply_update(props, &s.features);
    body
}

/// `update_upgrade_settings`: the given fields set on the pool's own settings.
fn update_upgrade_settings(props: &mut Map<String, Value>, s: &PoolUpdate) {
    let changes = [
        ("maxSurge", s.max_surge.as_ref().map(|v| json!(v))),
        ("drainTimeoutInMinutes", s.drain_timeout.map(|v| json!(v))),
        (
            "nodeSoakDurationInMinutes",
            s.node_soak_duration.map(|v| json!(v)),
        ),
    ];
    if changes.iter().all(|(_, v)| v.is_none()) {
        return;
    }
    let settings = props.entry("upgradeSettings").or_insert_with(|| json!({}));
    if !settings.is_object() {
        *settings = json!({});
    }
    if let Some(m) = settings.as_object_mut() {
        for (key, value) in changes {
            if let Some(v) = value {
                m.insert(key.into(), v);
            }
        }
    }
}

/// `update_network_profile`: the lists that were given replace the pool's.
fn update_network_profile(props: &mut Map<String, Value>, spec: &NodepoolUpdate) {
    if spec.allowed_host_ports.is_none() && spec.asg_ids.is_none() {
        return;
    }
    let profile = props.entry("networkProfile").or_insert(Value::Null);
    if !profile.is_object() {
        *profile = json!({});
    }
    if let Some(m) = profile.as_object_mut() {
        if let Some(asgs) = &spec.asg_ids {
            m.insert("applicationSecurityGroups".into(), json!(asgs));
        }
        if let Some(ports) = &spec.allowed_host_ports {
            m.insert(
                "allowedHostPorts".into(),
                Value::Array(ports.iter().map(|p| p.to_json()).collect()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::aks::{AksCreateInput, NodepoolUpdateInput};

    #[test]
    fn update_drops_read_only_keeps_unknown_and_replaces_lists() {
        let existing = json!({
            "id": "/x", "name": "np2", "type": "t", "systemData": {"createdBy": "me"},
            "properties": {
                "eTag": "e", "count": 1, "provisioningState": "Succeeded",
                "currentOrchestratorVersion": "1.27.7", "orchestratorVersion": "1.27.7",
                "nodeImageVersion": "img", "futureField": {"x": 1},
                "status": {"provisioningError": null, "other": 1},
                "localDNSProfile": {"state": "Enabled", "mode": "Preferred"},
                "networkProfile": {"nodePublicIPTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}],
                                   "allowedHostPorts": [{"portStart": 1, "portEnd": 2, "protocol": "TCP"}]}
            }
        });
        let spec = NodepoolUpdateInput {
            resource_group: "rg".into(),
            cluster_name: "c".into(),
            name: "np2".into(),
            allowed_host_ports: Some(vec!["80/tcp".into()]),
            asg_ids: None,
            pool_update: Default::default(),
            no_wait: false,
        }
        .validate()
        .unwrap();
        // What az 2.91 sent for this pool (checked with its SDK serializer).
        assert_eq!(
            agent_pool_update(&existing, &spec, None),
            json!({"properties": {
                "count": 1, "orchestratorVersion": "1.27.7", "nodeImageVersion": "img",
                "futureField": {"x": 1}, "status": {"other": 1}, "localDNSProfile": {"mode": "Preferred"},
                "networkProfile": {"nodePublicIPTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}],
                                   "allowedHostPorts": [{"portStart": 80, "portEnd": 80, "protocol": "TCP"}]}
            }})
        );
    }

    #[test]
    fn network_profile_only_with_ports_or_tags() {
        let base = AksCreateInput {
            resource_group: "rg".into(),
            name: "c".into(),
            admin_username: "azureuser".into(),
            nodepool_name: "nodepool1".into(),
            node_count: 3,
            ..Default::default()
        };
        let plain = base.clone().validate().unwrap();
        let body = managed_cluster(&plain, "eastus", "c-rg-000000", None);
        assert!(
            body["properties"]["agentPoolProfiles"][0]
                .get("networkProfile")
                .is_none()
        );
        assert!(body["properties"].get("linuxProfile").is_none());
        let tags = AksCreateInput {
            node_public_ip_tags: Some(vec!["RoutingPreference=Internet".into()]),
            ..base
        }
        .validate()
        .unwrap();
        let body = managed_cluster(&tags, "eastus", "c-rg-000000", Some("ssh-rsa AAAA"));
        assert_eq!(
            body["properties"]["agentPoolProfiles"][0]["networkProfile"],
            json!({"nodePublicIPTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}]})
        );
    }
}
