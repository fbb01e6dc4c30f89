//! `network nsg create|delete`, `network nsg rule create|update|show|delete` (list and show of
//! the group are in `network.rs`).

use serde_json::{Map, Value, json};

use super::network::{location_or_group, wait};
use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::Result;
use crate::output::{models, shape};
use crate::spec::generic_update::GenericUpdate;
use crate::spec::names::ResourceGroupName;
use crate::spec::vnet::{NetworkRef, NsgCreate, RuleCreate, RuleProps};

const NSG_API: &str = ApiVersion::NetworkNsg.as_str();

pub async fn nsg_create(ctx: &CommandContext, spec: NsgCreate) -> Result<Output> {
    let rg = &spec.resource_group;
    let location = location_or_group(ctx, &spec.location, rg).await?;
    let mut body = json!({"location": location});
    if let Some(tags) = &spec.tags {
        body["tags"] = tags.to_json_object();
    }
    let path = id::network_security_group(&ctx.subscription, &rg.0, &spec.name);
    let result = ctx
        .client
        .put(&path, NSG_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::raw(
        json!({"NewNSG": shape::shape(models::NETWORK_SECURITY_GROUP, &result)}),
    ))
}

/// The (singular, plural) property pairs of a rule, each with its side's ASG property.
const PAIRS: [(&str, &str); 4] = [
    ("sourceAddressPrefix", "sourceAddressPrefixes"),
    ("destinationAddressPrefix", "destinationAddressPrefixes"),
    ("sourcePortRange", "sourcePortRanges"),
    ("destinationPortRange", "destinationPortRanges"),
];

fn resolve_asgs(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    refs: &[NetworkRef],
) -> Result<Value> {
    let ids = refs
        .iter()
        .map(|r| r.resolve(&ctx.subscription, rg).map(|id| json!({"id": id})))
        .collect::<Result<Vec<_>>>()?;
    Ok(Value::Array(ids))
}

/// Sets what `rule create|update` change, with every list in its plural property; `finish`
/// then moves one-element lists to the singular property, as az does.
fn apply_rule_props(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    p: &mut Map<String, Value>,
    props: &RuleProps,
) -> Result<()> {
    if let Some(v) = props.priority {
        p.insert("priority".into(), json!(v));
    }
    for (key, v) in [
        ("access", props.access),
        ("direction", props.direction),
        ("protocol", props.protocol),
    ] {
        if let Some(v) = v {
            p.insert(key.into(), json!(v));
        }
    }
    match &props.description {
        Some(Some(d)) => {
            p.insert("description".into(), json!(d));
        }
        Some(None) => {
            p.remove("description");
        }
        None => {}
    }
    let lists = [
        &props.source_address_prefixes,
        &props.destination_address_prefixes,
        &props.source_port_ranges,
        &props.destination_port_ranges,
    ];
    for ((single, plural), list) in PAIRS.iter().zip(lists) {
        if let Some(values) = list {
            p.remove(*single);
            p.insert(plural.to_string(), json!(values));
        }
    }
    for (key, asgs) in [
        ("sourceApplicationSecurityGroups", &props.source_asgs),
        (
            "destinationApplicationSecurityGroups",
            &props.destination_asgs,
        ),
    ] {
        match asgs {
            Some(Some(refs)) => {
                p.insert(key.into(), resolve_asgs(ctx, rg, refs)?);
            }
            Some(None) => {
                p.remove(key);
            }
            None => {}
        }
    }
    Ok(())
}

/// A singular value moves to its plural list (az's `pre_instance_update`).
fn to_plural(p: &mut Map<String, Value>) {
    for (single, plural) in PAIRS {
        let value = p.get(single).and_then(Value::as_str).map(str::to_string);
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            p.remove(single);
            p.insert(plural.into(), json!([v]));
        }
    }
}

/// A one-element list moves to its singular property (az's `post_instance_update`).
fn to_singular(p: &mut Map<String, Value>) {
    for (single, plural) in PAIRS {
        let one = match p.get(plural).and_then(Value::as_array) {
            Some(list) if list.len() == 1 => list[0].clone(),
            _ => continue,
        };
        p.remove(plural);
        p.insert(single.into(), one);
    }
}

/// The PUT body of `nsg rule create`.
fn rule_create_body(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    spec: &RuleCreate,
) -> Result<Value> {
    let mut p = Map::new();
    apply_rule_props(ctx, rg, &mut p, &spec.props)?;
    to_singular(&mut p);
    // an ASG on a side replaces that side's (single) address prefix
    if spec.props.source_asgs.is_some() {
        p.remove("sourceAddressPrefix");
    }
    if spec.props.destination_asgs.is_some() {
        p.remove("destinationAddressPrefix");
    }
    Ok(json!({"name": spec.name, "properties": p}))
}

pub async fn rule_create(ctx: &CommandContext, spec: RuleCreate) -> Result<Output> {
    let rg = &spec.resource_group;
    let body = rule_create_body(ctx, rg, &spec)?;
    let path = id::security_rule(&ctx.subscription, &rg.0, &spec.nsg, &spec.name);
    let result = ctx
        .client
        .put(&path, NSG_API, &body, wait(spec.no_wait))
        .await?;
    if spec.no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::SECURITY_RULE))
}

/// `rule update`: az's generic update, a GET, the changes, a PUT of the whole rule.
pub async fn rule_update(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    nsg: &str,
    name: &str,
    props: &RuleProps,
    generic: &GenericUpdate,
    no_wait: bool,
) -> Result<Output> {
    let path = id::security_rule(&ctx.subscription, &rg.0, nsg, name);
    let current = ctx.client.get(&path, NSG_API).await?;
    let mut p = match current.get("properties") {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    p.remove("provisioningState");
    to_plural(&mut p);
    apply_rule_props(ctx, rg, &mut p, props)?;
    let mut body = json!({"name": current["name"], "properties": p});
    for key in ["id", "type"] {
        if let Some(v) = current.get(key) {
            body[key] = v.clone();
        }
    }
    generic.apply("network nsg rule update", &mut body)?;
    if let Some(Value::Object(p)) = body.get_mut("properties") {
        to_singular(p);
    }
    let result = ctx.client.put(&path, NSG_API, &body, wait(no_wait)).await?;
    if no_wait {
        return Ok(None);
    }
    Ok(WireResult::model(result, models::SECURITY_RULE))
}

pub async fn rule_show(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    nsg: &str,
    name: &str,
) -> Result<Output> {
    let path = id::security_rule(&ctx.subscription, &rg.0, nsg, name);
    Ok(WireResult::model(
        ctx.client.get(&path, NSG_API).await?,
        models::SECURITY_RULE,
    ))
}

pub async fn rule_delete(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    nsg: &str,
    name: &str,
    no_wait: bool,
) -> Result<Output> {
    let path = id::security_rule(&ctx.subscription, &rg.0, nsg, name);
    ctx.client.delete(&path, NSG_API, wait(no_wait)).await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_element_lists_become_singular_and_back() {
        let mut p = json!({"sourcePortRange": "*", "sourcePortRanges": [], "destinationPortRanges": ["80", "443"],
                           "destinationAddressPrefixes": []})
        .as_object()
        .unwrap()
        .clone();
        to_plural(&mut p);
        assert_eq!(p["sourcePortRanges"], json!(["*"]));
        assert!(!p.contains_key("sourcePortRange"));
        to_singular(&mut p);
        assert_eq!(
            Value::Object(p),
            json!({"sourcePortRange": "*", "destinationPortRanges": ["80", "443"], "destinationAddressPrefixes": []})
        );
    }
}
