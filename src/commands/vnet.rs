//! `network vnet create|show|list|delete`, `network vnet subnet create|update|show|list|delete`.

use serde_json::{Map, Value, json};

use super::network::{location_or_group, wait, with_expand};
use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::Result;
use crate::output::{models, shape};
use crate::spec::generic_update::GenericUpdate;
use crate::spec::names::ResourceGroupName;
use crate::spec::paging::Paging;
use crate::spec::vnet::{NetworkRef, NewSubnet, SubnetCreate, SubnetProps, VnetCreate};

const VNET_API: &str = ApiVersion::NetworkVnet.as_str();
const SUBNET_API: &str = ApiVersion::NetworkSubnet.as_str();

/// The ids `network vnet create` resolves from names before it builds the body.
#[derive(Debug, Default)]
pub struct VnetRefs {
    pub ddos_protection_plan: Option<String>,
    pub subnet_nsg: Option<String>,
    /// `--subnets` elements, their nested locations filled in.
    pub subnets: Option<Vec<Value>>,
}

/// The PUT body of `network vnet create`, as az's AAZ builder writes it (the DDoS plan and the
/// subnet's NSG already resolved to ids).
pub fn vnet_body(spec: &VnetCreate, location: &str, refs: &VnetRefs) -> Value {
    let subnet_nsg = refs.subnet_nsg.as_deref();
    let mut p = Map::new();
    p.insert(
        "addressSpace".into(),
        match &spec.ipam_allocations {
            // az clears the prefixes when a pool allocates the space
            Some(list) => json!({"addressPrefixes": [], "ipamPoolPrefixAllocations": list}),
            None => json!({"addressPrefixes": spec.address_prefixes}),
        },
    );
    if let Some(community) = &spec.bgp_community {
        p.insert(
            "bgpCommunities".into(),
            json!({"virtualNetworkCommunity": community}),
        );
    }
    if let Some(plan) = &refs.ddos_protection_plan {
        p.insert("ddosProtectionPlan".into(), json!({"id": plan}));
    }
    if let Some(dns) = &spec.dns_servers {
        p.insert("dhcpOptions".into(), json!({"dnsServers": dns}));
    }
    p.insert("enableDdosProtection".into(), json!(spec.ddos_protection));
    p.insert("enableVmProtection".into(), json!(spec.vm_protection));
    if spec.encryption.is_some() || spec.encryption_policy.is_some() {
        let mut e = Map::new();
        if let Some(on) = spec.encryption {
            e.insert("enabled".into(), json!(on));
        }
        if let Some(policy) = spec.encryption_policy {
            e.insert("enforcement".into(), json!(policy));
        }
        p.insert("encryption".into(), Value::Object(e));
    }
    if let Some(t) = spec.flow_timeout {
        p.insert("flowTimeoutInMinutes".into(), json!(t));
    }
    if let Some(policies) = spec.pe_vnet_policies {
        p.insert("privateEndpointVNetPolicies".into(), json!(policies));
    }
    if let Some(v) = &spec.summarized_gateway_prefixes {
        p.insert("summarizedGatewayPrefixes".into(), v.clone());
    }
    if let (None, Some(subnets)) = (&spec.subnet, &refs.subnets) {
        p.insert("subnets".into(), json!(subnets));
    }
    if let Some(s) = &spec.subnet {
        let mut sp = Map::new();
        let prefixes = s.prefixes.clone().unwrap_or_else(|| {
            let first = spec.address_prefixes.first().map(String::as_str);
            vec![NewSubnet::default_prefix(first.unwrap_or_default())]
        });
        set_prefixes(&mut sp, &prefixes);
        if let Some(nsg) = subnet_nsg {
            sp.insert("networkSecurityGroup".into(), json!({"id": nsg}));
        }
        p.insert(
            "subnets".into(),
            json!([{"name": s.name, "properties": sp}]),
        );
    }
    let mut body = json!({"location": location, "properties": p});
    if let Some(zone) = &spec.edge_zone {
        body["extendedLocation"] = json!({"name": zone, "type": "EdgeZone"});
    }
    if let Some(tags) = &spec.tags {
        body["tags"] = tags.to_json_object();
    }
    body
}

/// One prefix goes to `addressPrefix`, several to `addressPrefixes` (az's plural-or-singular).
fn set_prefixes(props: &mut Map<String, Value>, prefixes: &[String]) {
    if let [one] = prefixes {
        props.insert("addressPrefix".into(), json!(one));
        props.remove("addressPrefixes");
    } else {
        props.insert("addressPrefixes".into(), json!(prefixes));
        props.remove("addressPrefix");
    }
}

/// The `--subnets` elements with the group's location in each nested NSG and route table that
/// gives none (AAZ reads the group once, even when `--location` was given), after AAZ's id
/// checks.
async fn located_subnets(
    ctx: &CommandContext,
    spec: &VnetCreate,
    location: &str,
) -> Result<Option<Vec<Value>>> {
    let Some(elements) = &spec.subnets else {
        return Ok(None);
    };
    let needs_location = elements.iter().any(|e| !e.needs_location.is_empty());
    let group_location = match (&spec.location, needs_location) {
        (Some(_), true) => location_or_group(ctx, &None, &spec.resource_group).await?,
        _ => location.to_string(),
    };
    let mut out = Vec::new();
    for e in elements {
        for id in &e.ids {
            id.checked()?;
        }
        let mut body = e.body.clone();
        for pointer in &e.needs_location {
            if let Some(Value::Object(r)) = body.pointer_mut(pointer) {
                r.insert("location".into(), json!(group_location));
            }
        }
        out.push(body);
    }
    Ok(Some(out))
}

pub async fn vnet_create(ctx: &CommandContext, spec: VnetCreate) -> Result<Output> {
    let rg = &spec.resource_group;
    let location = location_or_group(ctx, &spec.location, rg).await?;
    // az formats the id arguments after the location (so after the group is read)
    let resolve = |r: Option<&NetworkRef>| r.map(|r| r.resolve(&ctx.subscription, rg)).transpose();
    let refs = VnetRefs {
        ddos_protection_plan: resolve(spec.ddos_protection_plan.as_ref())?,
        subnet_nsg: resolve(spec.subnet.as_ref().and_then(|s| s.nsg.as_ref()))?,
        subnets: located_subnets(ctx, &spec, &location).await?,
    };
    let body = vnet_body(&spec, &location, &refs);
    let path = id::virtual_network(&ctx.subscription, &rg.0, &spec.name);
    let result = ctx
        .client
        .put(&path, VNET_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::raw(
        json!({"newVNet": shape::shape(models::VIRTUAL_NETWORK, &result)}),
    ))
}

/// Sets what `subnet create|update` change on a subnet's properties.
fn apply_subnet_props(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    p: &mut Map<String, Value>,
    props: &SubnetProps,
) -> Result<()> {
    if let Some(prefixes) = &props.address_prefixes {
        set_prefixes(p, prefixes);
    }
    if let Some(v) = props.default_outbound {
        p.insert("defaultOutboundAccess".into(), json!(v));
    }
    for (key, reference) in [
        ("natGateway", &props.nat_gateway),
        ("networkSecurityGroup", &props.nsg),
        ("routeTable", &props.route_table),
    ] {
        match reference {
            Some(Some(r)) => {
                let id = r.resolve(&ctx.subscription, rg)?;
                p.insert(key.into(), json!({"id": id}));
            }
            Some(None) => {
                p.remove(key);
            }
            None => {}
        }
    }
    if let Some(v) = props.ple_policies {
        p.insert("privateEndpointNetworkPolicies".into(), json!(v));
    }
    if let Some(v) = props.pls_policies {
        p.insert("privateLinkServiceNetworkPolicies".into(), json!(v));
    }
    // a list flag replaces the whole list; `null` leaves it out of the PUT (the instance's
    // field is not nullable, so AAZ drops it)
    let delegations = props.delegations.as_ref().map(|d| {
        d.as_ref().map(|services| {
            let items = services.iter().enumerate().map(|(i, service)| {
                json!({"name": i.to_string(), "properties": {"serviceName": service}})
            });
            Value::Array(items.collect())
        })
    });
    let endpoints = props.service_endpoints.as_ref().map(|e| {
        e.as_ref()
            .map(|services| Value::Array(services.iter().map(|s| json!({"service": s})).collect()))
    });
    // `--endpoints` takes the same property whole (az refuses both flags together)
    let endpoints = match &props.endpoints {
        Some(list) => Some(list.clone().map(Value::Array)),
        None => endpoints,
    };
    for (key, list) in [
        ("delegations", delegations),
        ("serviceEndpoints", endpoints),
    ] {
        match list {
            Some(Some(v)) => {
                p.insert(key.into(), v);
            }
            Some(None) => {
                p.remove(key);
            }
            None => {}
        }
    }
    match &props.service_endpoint_policies {
        Some(Some(policies)) => {
            let ids = policies
                .iter()
                .map(|r| r.resolve(&ctx.subscription, rg).map(|id| json!({"id": id})))
                .collect::<Result<Vec<_>>>()?;
            p.insert("serviceEndpointPolicies".into(), Value::Array(ids));
        }
        Some(None) => {
            p.remove("serviceEndpointPolicies");
        }
        None => {}
    }
    if let Some(v) = props.sharing_scope {
        p.insert("sharingScope".into(), json!(v));
    }
    match &props.ipam_allocations {
        Some(Some(list)) => {
            p.insert("ipamPoolPrefixAllocations".into(), json!(list));
        }
        Some(None) => {
            p.remove("ipamPoolPrefixAllocations");
        }
        None => {}
    }
    Ok(())
}

/// az's `pre_operations`: allocations from a pool clear `addressPrefixes` (on create any
/// value does, on update a non-empty list).
fn clear_prefixes_for_pools(p: &mut Map<String, Value>, props: &SubnetProps, create: bool) {
    let clears = match &props.ipam_allocations {
        Some(Some(list)) => create || !list.is_empty(),
        _ => false,
    };
    if clears {
        p.insert("addressPrefixes".into(), json!([]));
    }
}

pub async fn subnet_create(ctx: &CommandContext, spec: SubnetCreate) -> Result<Output> {
    spec.props.warnings.iter().for_each(|w| ctx.warn(w));
    let rg = &spec.resource_group;
    let mut p = Map::new();
    apply_subnet_props(ctx, rg, &mut p, &spec.props)?;
    clear_prefixes_for_pools(&mut p, &spec.props, true);
    let body = json!({"name": spec.name, "properties": p});
    let path = id::subnet(&ctx.subscription, &rg.0, &spec.vnet, &spec.name);
    let result = ctx
        .client
        .put(&path, SUBNET_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::SUBNET))
}

/// Read-only subnet properties az's update leaves out of the PUT it sends back.
const SUBNET_READ_ONLY: &[&str] = &[
    "provisioningState",
    "ipConfigurations",
    "ipConfigurationProfiles",
    "privateEndpoints",
    "purpose",
    "resourceNavigationLinks",
    "serviceAssociationLinks",
];

/// `subnet update`: az's generic update, a GET, the changes, a PUT of the whole subnet.
pub async fn subnet_update(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    vnet: &str,
    name: &str,
    props: &SubnetProps,
    generic: &GenericUpdate,
    no_wait: bool,
) -> Result<Output> {
    props.warnings.iter().for_each(|w| ctx.warn(w));
    let path = id::subnet(&ctx.subscription, &rg.0, vnet, name);
    let current = ctx.client.get(&path, SUBNET_API).await?;
    let mut p = match current.get("properties") {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    for key in SUBNET_READ_ONLY {
        p.remove(*key);
    }
    apply_subnet_props(ctx, rg, &mut p, props)?;
    clear_prefixes_for_pools(&mut p, props, false);
    let mut body = json!({"name": current["name"], "properties": p});
    for key in ["id", "type"] {
        if let Some(v) = current.get(key) {
            body[key] = v.clone();
        }
    }
    generic.apply("network vnet subnet update", &mut body)?;
    let result = ctx
        .client
        .put(&path, SUBNET_API, &body, wait(no_wait))
        .await?;
    if no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::SUBNET))
}

pub async fn subnet_show(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    vnet: &str,
    name: &str,
    expand: Option<&str>,
) -> Result<Output> {
    let path = id::subnet(&ctx.subscription, &rg.0, vnet, name);
    Ok(WireResult::model(
        ctx.client
            .get(&with_expand(path, expand), SUBNET_API)
            .await?,
        models::SUBNET,
    ))
}

pub async fn subnet_list(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    vnet: &str,
    paging: &Paging,
) -> Result<Output> {
    let path = id::subnets(&ctx.subscription, &rg.0, vnet);
    Ok(WireResult::model(
        Value::Array(super::paging::list(ctx, &path, SUBNET_API, paging).await?),
        models::SUBNET,
    ))
}

pub async fn subnet_delete(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    vnet: &str,
    name: &str,
    no_wait: bool,
) -> Result<Output> {
    let path = id::subnet(&ctx.subscription, &rg.0, vnet, name);
    ctx.client.delete(&path, SUBNET_API, wait(no_wait)).await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> VnetCreate {
        VnetCreate {
            resource_group: ResourceGroupName("rg".into()),
            name: "v".into(),
            location: None,
            address_prefixes: vec!["10.0.0.0/16".into()],
            subnet: None,
            subnets: None,
            dns_servers: None,
            bgp_community: None,
            summarized_gateway_prefixes: None,
            ipam_allocations: None,
            ddos_protection_plan: None,
            ddos_protection: false,
            vm_protection: false,
            flow_timeout: None,
            encryption: None,
            encryption_policy: None,
            pe_vnet_policies: None,
            edge_zone: None,
            tags: None,
            no_wait: false,
        }
    }

    #[test]
    fn vnet_bodies_as_az_sends_them() {
        assert_eq!(
            vnet_body(&spec(), "eastus", &VnetRefs::default()),
            json!({"location": "eastus", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}, "enableDdosProtection": false, "enableVmProtection": false}})
        );
        let with_subnet = VnetCreate {
            subnet: Some(NewSubnet {
                name: "s1".into(),
                prefixes: None,
                nsg: Some(NetworkRef::new("--nsg", "networkSecurityGroups", "n")),
            }),
            dns_servers: Some(vec!["10.0.0.4".into()]),
            encryption: Some(true),
            encryption_policy: Some("AllowUnencrypted"),
            ..spec()
        };
        assert_eq!(
            vnet_body(
                &with_subnet,
                "eastus",
                &VnetRefs {
                    ddos_protection_plan: Some("/x/d".into()),
                    subnet_nsg: Some("/x/n".into()),
                    subnets: None,
                }
            ),
            json!({"location": "eastus", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}, "ddosProtectionPlan": {"id": "/x/d"},
                "dhcpOptions": {"dnsServers": ["10.0.0.4"]}, "enableDdosProtection": false, "enableVmProtection": false,
                "encryption": {"enabled": true, "enforcement": "AllowUnencrypted"},
                "subnets": [{"name": "s1", "properties": {"addressPrefix": "10.0.0.0/24", "networkSecurityGroup": {"id": "/x/n"}}}]}})
        );
    }
}
