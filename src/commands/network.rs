//! `network public-ip prefix create|show|list|delete`, `network asg create|show|list|delete`,
//! `network nsg list|show`, `network nsg rule list`.

use serde_json::{Map, Value, json};

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::client::Wait;
use crate::encoding::percent_encode;
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::names::ResourceGroupName;
use crate::spec::network::{AsgCreate, PublicIpPrefixCreate};
use crate::spec::paging::Paging;
use crate::spec::vnet::NetworkRef;

const PREFIX_API: &str = ApiVersion::NetworkPublicIpPrefix.as_str();
const ASG_API: &str = ApiVersion::NetworkAsg.as_str();
const NSG_API: &str = ApiVersion::NetworkNsg.as_str();

pub(super) fn wait(no_wait: bool) -> Wait {
    if no_wait { Wait::No } else { Wait::Yes }
}

/// `-l`, or the resource group's location (az reads the group only when `-l` is absent).
pub(super) async fn location_or_group(
    ctx: &CommandContext,
    location: &Option<String>,
    rg: &ResourceGroupName,
) -> Result<String> {
    if let Some(l) = location {
        return Ok(l.clone());
    }
    let group = ctx
        .client
        .get(
            &id::resource_group(&ctx.subscription, &rg.0),
            ApiVersion::Resources.as_str(),
        )
        .await?;
    Ok(group
        .get("location")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string())
}

/// The ids `network public-ip prefix create` resolves from names before it builds the body.
#[derive(Debug, Default)]
pub struct PrefixRefs {
    pub custom_ip_prefix: Option<String>,
    pub first_party_service_tag: Option<String>,
}

/// The PUT body of `network public-ip prefix create`, keys as az's AAZ builder writes them.
pub fn prefix_body(spec: &PublicIpPrefixCreate, location: &str, refs: &PrefixRefs) -> Value {
    let fpst = refs.first_party_service_tag.as_deref();
    let mut properties = Map::new();
    if let Some(id) = &refs.custom_ip_prefix {
        properties.insert("customIPPrefix".into(), json!({"id": id}));
    }
    if let Some(ip_tags) = &spec.ip_tags {
        let mut list: Vec<Value> = ip_tags
            .0
            .iter()
            .map(|(kind, tag)| json!({"ipTagType": kind, "tag": tag}))
            .collect();
        if let (Some(id), [one]) = (fpst, list.as_mut_slice()) {
            one["firstPartyServiceTagId"] = json!(id);
        }
        properties.insert("ipTags".into(), Value::Array(list));
    }
    if let Some(len) = spec.length {
        properties.insert("prefixLength".into(), json!(len));
    }
    properties.insert("publicIPAddressVersion".into(), json!(spec.version));
    let mut sku = Map::new();
    sku.insert("name".into(), json!(spec.sku));
    if let Some(t) = spec.tier {
        sku.insert("tier".into(), json!(t));
    }
    let mut body = json!({"location": location, "properties": properties, "sku": sku});
    if let Some(zone) = &spec.edge_zone {
        body["extendedLocation"] = json!({"name": zone, "type": "EdgeZone"});
    }
    if let Some(tags) = &spec.tags {
        body["tags"] = tags.to_json_object();
    }
    if !spec.zones.is_empty() {
        body["zones"] = json!(spec.zones);
    }
    body
}

pub async fn prefix_create(ctx: &CommandContext, spec: PublicIpPrefixCreate) -> Result<Output> {
    let location = location_or_group(ctx, &spec.location, &spec.resource_group).await?;
    let resolve = |r: &Option<NetworkRef>| {
        r.as_ref()
            .map(|r| r.resolve(&ctx.subscription, &spec.resource_group))
            .transpose()
    };
    let refs = PrefixRefs {
        custom_ip_prefix: resolve(&spec.custom_ip_prefix)?,
        first_party_service_tag: resolve(&spec.first_party_service_tag)?,
    };
    // az's pre_operations: the service tag goes on exactly one IP tag
    let fpst = refs.first_party_service_tag.as_ref();
    if fpst.is_some() && spec.ip_tags.as_ref().is_none_or(|t| t.0.len() != 1) {
        return Err(AzError::validation(
            "`--first-party-service-tag-id` requires exactly one value in `--ip-tags`.",
        ));
    }
    let body = prefix_body(&spec, &location, &refs);
    let path = id::public_ip_prefix(&ctx.subscription, &spec.resource_group.0, &spec.name);
    let result = ctx
        .client
        .put(&path, PREFIX_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::PUBLIC_IP_PREFIX))
}

/// A resource path with az's `$expand` query parameter.
/// A Microsoft.Network type at the top of a resource group, with az's show, list and delete.
pub struct NetworkType {
    collection: &'static str,
    api: &'static str,
    model: &'static str,
}

pub const PUBLIC_IP_PREFIXES: NetworkType = NetworkType {
    collection: "publicIPPrefixes",
    api: PREFIX_API,
    model: models::PUBLIC_IP_PREFIX,
};
pub const ASGS: NetworkType = NetworkType {
    collection: "applicationSecurityGroups",
    api: ASG_API,
    model: models::APPLICATION_SECURITY_GROUP,
};
pub const NSGS: NetworkType = NetworkType {
    collection: "networkSecurityGroups",
    api: NSG_API,
    model: models::NETWORK_SECURITY_GROUP,
};
pub const VNETS: NetworkType = NetworkType {
    collection: "virtualNetworks",
    api: ApiVersion::NetworkVnet.as_str(),
    model: models::VIRTUAL_NETWORK,
};

impl NetworkType {
    fn path(&self, ctx: &CommandContext, rg: &ResourceGroupName, name: &str) -> String {
        let collection = id::network_collection(&ctx.subscription, Some(&rg.0), self.collection);
        format!("{collection}/{}", id::segment(name))
    }

    pub async fn show(
        &self,
        ctx: &CommandContext,
        rg: &ResourceGroupName,
        name: &str,
        expand: Option<&str>,
    ) -> Result<Output> {
        let path = with_expand(self.path(ctx, rg, name), expand);
        Ok(WireResult::model(
            ctx.client.get(&path, self.api).await?,
            self.model,
        ))
    }

    /// The group's (or subscription's) resources; with `paging`, az's `--max-items` and
    /// `--next-token` (the AAZ list commands take them).
    pub async fn list(
        &self,
        ctx: &CommandContext,
        rg: Option<&ResourceGroupName>,
        paging: Option<&Paging>,
    ) -> Result<Output> {
        let path =
            id::network_collection(&ctx.subscription, rg.map(|r| r.0.as_str()), self.collection);
        let items = match paging {
            Some(p) => super::paging::list(ctx, &path, self.api, p).await?,
            None => ctx.client.list(&path, self.api).await?,
        };
        Ok(WireResult::model(Value::Array(items), self.model))
    }

    pub async fn delete(
        &self,
        ctx: &CommandContext,
        rg: &ResourceGroupName,
        name: &str,
        no_wait: bool,
    ) -> Result<Output> {
        let path = self.path(ctx, rg, name);
        ctx.client.delete(&path, self.api, wait(no_wait)).await?;
        Ok(None)
    }
}

pub fn with_expand(path: String, expand: Option<&str>) -> String {
    match expand {
        Some(e) => format!("{path}?$expand={}", percent_encode(e)),
        None => path,
    }
}

/// The PUT body of `network asg create`.
pub fn asg_body(spec: &AsgCreate, location: &str) -> Value {
    let mut body = json!({"location": location});
    if let Some(tags) = &spec.tags {
        body["tags"] = tags.to_json_object();
    }
    body
}

pub async fn asg_create(ctx: &CommandContext, spec: AsgCreate) -> Result<Output> {
    let location = location_or_group(ctx, &spec.location, &spec.resource_group).await?;
    let body = asg_body(&spec, &location);
    let path =
        id::application_security_group(&ctx.subscription, &spec.resource_group.0, &spec.name);
    let result = ctx
        .client
        .put(&path, ASG_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(
        result,
        models::APPLICATION_SECURITY_GROUP,
    ))
}

/// az reads the group and prints its `securityRules` (then `defaultSecurityRules` with
/// `--include-default`).
pub async fn nsg_rule_list(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    nsg: &str,
    include_default: bool,
) -> Result<Output> {
    let path = id::network_security_group(&ctx.subscription, &rg.0, nsg);
    let group = ctx.client.get(&path, NSG_API).await?;
    let rules_of = |key: &str| {
        group
            .get("properties")
            .and_then(|p| p.get(key))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut rules = rules_of("securityRules");
    if include_default {
        rules.extend(rules_of("defaultSecurityRules"));
    }
    Ok(WireResult::model(
        Value::Array(rules),
        models::SECURITY_RULE,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::names::ResourceGroupName;

    fn spec() -> PublicIpPrefixCreate {
        PublicIpPrefixCreate {
            resource_group: ResourceGroupName("rg".into()),
            name: "p".into(),
            location: Some("eastus".into()),
            length: Some(28),
            version: "IPv4",
            sku: "Standard",
            tier: None,
            zones: vec![],
            tags: None,
            ip_tags: None,
            edge_zone: None,
            first_party_service_tag: None,
            custom_ip_prefix: None,
            no_wait: false,
        }
    }

    #[test]
    fn prefix_body_as_az() {
        assert_eq!(
            prefix_body(&spec(), "eastus", &PrefixRefs::default()),
            json!({"location": "eastus", "properties": {"prefixLength": 28, "publicIPAddressVersion": "IPv4"}, "sku": {"name": "Standard"}})
        );
        let full = PublicIpPrefixCreate {
            length: None,
            version: "IPv6",
            sku: "StandardV2",
            tier: Some("Global"),
            zones: vec!["1".into(), "2".into()],
            ..spec()
        };
        assert_eq!(
            prefix_body(&full, "westus2", &PrefixRefs::default()),
            json!({"location": "westus2", "properties": {"publicIPAddressVersion": "IPv6"}, "sku": {"name": "StandardV2", "tier": "Global"}, "zones": ["1", "2"]})
        );
        let tagged = PublicIpPrefixCreate {
            ip_tags: Some(
                crate::spec::network::ip_tags(&["RoutingPreference=Internet".into()]).unwrap(),
            ),
            edge_zone: Some("ez1".into()),
            ..spec()
        };
        assert_eq!(
            prefix_body(
                &tagged,
                "eastus",
                &PrefixRefs {
                    custom_ip_prefix: Some("/x/cip".into()),
                    first_party_service_tag: Some("/x/fpst".into())
                }
            ),
            json!({"location": "eastus", "extendedLocation": {"name": "ez1", "type": "EdgeZone"}, "properties": {"customIPPrefix": {"id": "/x/cip"}, "ipTags": [{"ipTagType": "RoutingPreference", "tag": "Internet", "firstPartyServiceTagId": "/x/fpst"}], "prefixLength": 28, "publicIPAddressVersion": "IPv4"}, "sku": {"name": "Standard"}})
        );
    }
}
