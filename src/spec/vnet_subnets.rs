//! `--subnets` of `network vnet create`: AAZ's list of subnet objects, in shorthand syntax or
//! JSON, formatted as AAZ's arg actions format them (their error texts included) into the
//! wire's `subnets` elements. The nested NSG and route table carry a `location` AAZ fills from
//! the resource group when it is not given; the fields azr cannot send yet are refused by name.

use serde_json::{Map, Value, json};

use super::shorthand::{self, Sh};
use super::subnet_endpoints::{Formatted, is_partial, snake, str_list, string};
use crate::error::{AzError, Result};

const OPTION: &str = "--subnets";

/// One `--subnets` element: its wire body, and which of its properties
/// (`networkSecurityGroup`, `routeTable`) still need the group's location.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetElement {
    pub body: Value,
    /// JSON pointers into `body` (`/properties/networkSecurityGroup`).
    pub needs_location: Vec<String>,
    /// The resource ids given, with the AAZ path that names them in errors and the template.
    pub ids: Vec<IdField>,
}

/// A resource id field (`nsg.id`), checked against its AAZ template at command time (after the
/// group is read, as az formats its arguments).
#[derive(Debug, Clone, PartialEq)]
pub struct IdField {
    /// As az names it: `--subnets[0].nsg.id` (the keys as the user spelled them).
    pub path: String,
    pub value: String,
    pub template: &'static str,
}

const NSG_TEMPLATE: &str =
    "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/networkSecurityGroups/{}";
const ROUTE_TABLE_TEMPLATE: &str =
    "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/routeTables/{}";

impl IdField {
    /// AAZ's template check: three blank placeholders, so only a whole id fits.
    pub fn checked(&self) -> Result<()> {
        let expected: Vec<&str> = self.template.split('/').collect();
        let given: Vec<&str> = self.value.split('/').collect();
        let fits = given.len() == expected.len()
            && given
                .iter()
                .zip(&expected)
                .all(|(g, e)| e.starts_with('{') || g.eq_ignore_ascii_case(e));
        if fits {
            return Ok(());
        }
        Err(AzError::validation(format!(
            "InvalidArgumentValue: {}: Invalid format: resource id should be in '{}' format.",
            self.path, self.template
        )))
    }
}

/// The element's fields: AAZ field name, option aliases, wire name.
const FIELDS: &[(&str, &[&str], &str)] = &[
    ("name", &["name"], "name"),
    ("address_prefix", &["address-prefix"], "addressPrefix"),
    ("address_prefixes", &["address-prefixes"], "addressPrefixes"),
    (
        "application_gateway_ip_configurations",
        &["application-gateway-ip-configurations"],
        "applicationGatewayIPConfigurations",
    ),
    (
        "default_outbound_access",
        &["default-outbound-access"],
        "defaultOutboundAccess",
    ),
    ("delegations", &["delegations"], "delegations"),
    (
        "ipam_pool_prefix_allocations",
        &["ipam-pool-prefix-allocations"],
        "ipamPoolPrefixAllocations",
    ),
    ("nat_gateway", &["nat-gateway"], "natGateway"),
    (
        "network_security_group",
        &["nsg", "network-security-group"],
        "networkSecurityGroup",
    ),
    (
        "disable_private_endpoint_network_policies",
        &["disable-private-endpoint-network-policies"],
        "privateEndpointNetworkPolicies",
    ),
    (
        "disable_private_link_service_network_policies",
        &["disable-private-link-service-network-policies"],
        "privateLinkServiceNetworkPolicies",
    ),
    ("route_table", &["route-table"], "routeTable"),
    (
        "service_endpoint_policy",
        &["service-endpoint-policy"],
        "serviceEndpointPolicies",
    ),
    (
        "service_endpoints",
        &["service-endpoints"],
        "serviceEndpoints",
    ),
    ("service_gateway", &["service-gateway"], "serviceGateway"),
    ("sharing_scope", &["sharing-scope"], "sharingScope"),
];

/// What azr cannot send yet (resources it has no model of); refused by name.
const NOT_YET: &[&str] = &[
    "applicationGatewayIPConfigurations",
    "ipamPoolPrefixAllocations",
    "serviceGateway",
];

/// The field a key names in `fields` (AAZ's lookup: the name, an alias, or a camelCase name
/// in snake case).
fn lookup<'a, T: Copy>(fields: &'a [(&'a str, &'a [&'a str], T)], key: &str) -> Option<T> {
    let find = |k: &str| {
        fields
            .iter()
            .find(|(name, aliases, _)| k == *name || aliases.contains(&k))
    };
    find(key)
        .or_else(|| {
            (key != key.to_lowercase())
                .then(|| snake(key))
                .and_then(|s| fields.iter().find(|(name, _, _)| s == *name))
        })
        .map(|(_, _, v)| *v)
}

fn unknown(key: &str) -> String {
    format!("\u{0}Model 'AAZObjectArg' has no field named '{key}'")
}

fn not_yet(key: &str) -> AzError {
    AzError::usage(format!(
        "azr does not support '{key}' in {OPTION} yet; nothing was sent"
    ))
}

/// The object's fields, or AAZ's message for a value that is not an object.
fn dict(v: &Sh) -> Formatted<&[(String, Sh)]> {
    v.as_dict(false).map(Option::unwrap_or_default)
}

fn list(v: &Sh) -> Formatted<&[Sh]> {
    v.as_list(false).map(Option::unwrap_or_default)
}

fn text(v: &Sh) -> Formatted<String> {
    string(v, false).map(Option::unwrap_or_default)
}

/// An AAZ enum value: matched case-insensitively, az's message otherwise.
fn enum_value(v: &Sh, allowed: &[&'static str]) -> Result<Formatted<&'static str>> {
    let s = match text(v) {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    match allowed.iter().find(|a| a.eq_ignore_ascii_case(&s)) {
        Some(a) => Ok(Ok(a)),
        None => Err(AzError::validation(format!(
            "unrecognized value '{s}' from choices '{}' ",
            py_list(allowed)
        ))),
    }
}

fn py_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("'{i}'")).collect();
    format!("[{}]", quoted.join(", "))
}

const BOOLS: &[&str] = &["true", "t", "yes", "y", "1", "false", "f", "no", "n", "0"];

/// An AAZ boolean: a blank key is true, a string goes through the yes/no table.
fn boolean(v: &Sh) -> Result<Formatted<bool>> {
    match v {
        Sh::Blank => Ok(Ok(true)),
        Sh::Bool(b) => Ok(Ok(*b)),
        Sh::Str(_) => {
            Ok(enum_value(v, BOOLS)?.map(|s| BOOLS.iter().position(|b| *b == s) < Some(5)))
        }
        Sh::Null => Ok(Err("field is not nullable".into())),
        other => Ok(Err(format!(
            "<class 'bool'> type value expected, got {}",
            other.described()
        ))),
    }
}

/// How a field of a nested reference is formatted.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Str,
    Bool,
    StrList,
    Tags,
    Enum(&'static [&'static str]),
}

/// A field of a nested reference: its wire name, whether it sits under `properties`, its kind.
type RefField = (&'static str, bool, Kind);

/// A nested reference AAZ lets one describe in full (an NSG, a route table, a service endpoint
/// policy): the id template, the fields azr sends, the ones it cannot send yet.
struct RefSchema {
    template: &'static str,
    fields: &'static [(&'static str, &'static [&'static str], RefField)],
    not_yet: &'static [(&'static str, &'static [&'static str], ())],
}

const ID: (&str, &[&str], RefField) = ("id", &["id"], ("id", false, Kind::Str));
const LOCATION: (&str, &[&str], RefField) = (
    "location",
    &["l", "location"],
    ("location", false, Kind::Str),
);
const TAGS: (&str, &[&str], RefField) = ("tags", &["tags"], ("tags", false, Kind::Tags));

const NSG: RefSchema = RefSchema {
    template: NSG_TEMPLATE,
    fields: &[
        ID,
        LOCATION,
        TAGS,
        (
            "flush_connection",
            &["flush-connection"],
            ("flushConnection", true, Kind::Bool),
        ),
    ],
    not_yet: &[("security_rules", &["security-rules"], ())],
};

const ROUTE_TABLE: RefSchema = RefSchema {
    template: ROUTE_TABLE_TEMPLATE,
    fields: &[
        ID,
        LOCATION,
        TAGS,
        (
            "disable_bgp_route_propagation",
            &["disable-bgp-route-propagation"],
            ("disableBgpRoutePropagation", true, Kind::Bool),
        ),
        (
            "disable_peering_route",
            &["disable-peering-route"],
            ("disablePeeringRoute", true, Kind::Enum(&["All", "None"])),
        ),
    ],
    not_yet: &[("routes", &["routes"], ())],
};

const ENDPOINT_POLICY: RefSchema = RefSchema {
    template: "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/serviceEndpointPolicies/{}",
    fields: &[
        ID,
        LOCATION,
        TAGS,
        (
            "service_alias",
            &["service-alias"],
            ("serviceAlias", true, Kind::Str),
        ),
        (
            "contextual_service_endpoint_policies",
            &["contextual-service-endpoint-policies"],
            ("contextualServiceEndpointPolicies", true, Kind::StrList),
        ),
    ],
    not_yet: &[(
        "service_endpoint_policy_definitions",
        &["service-endpoint-policy-definitions"],
        (),
    )],
};

/// `tags`: a dict of strings.
fn tags(v: &Sh) -> Formatted<Value> {
    let mut out = Map::new();
    for (key, value) in dict(v)? {
        let s = text(value).map_err(|e| format!("Invalid '{key}' : {e}"))?;
        out.insert(key.clone(), json!(s));
    }
    Ok(Value::Object(out))
}

fn formatted(kind: Kind, v: &Sh) -> Result<Formatted<Value>> {
    Ok(match kind {
        Kind::Str => text(v).map(Value::String),
        Kind::Bool => boolean(v)?.map(Value::Bool),
        Kind::StrList => str_list(v, false).map(Option::unwrap_or_default),
        Kind::Tags => tags(v),
        Kind::Enum(allowed) => enum_value(v, allowed)?.map(Value::from),
    })
}

/// A nested NSG, route table or service endpoint policy. `path`: how az names it in errors
/// (`--subnets[0].nsg`); `pointer`: where it sits in the element's body, to fill its location.
fn located_ref(
    path: String,
    pointer: String,
    schema: &RefSchema,
    v: &Sh,
    element: &mut SubnetElement,
) -> Result<Formatted<Value>> {
    let fields = match dict(v) {
        Ok(f) => f,
        Err(e) => return Ok(Err(e)),
    };
    let mut out = Map::new();
    let mut props = Map::new();
    let mut id = None;
    for (key, value) in fields {
        let Some((wire, in_props, kind)) = lookup(schema.fields, key) else {
            if lookup(schema.not_yet, key).is_some() {
                return Err(not_yet(key));
            }
            return Ok(Err(unknown(key)));
        };
        let v = match formatted(kind, value)? {
            Ok(v) => v,
            Err(e) if e.starts_with('\u{0}') => return Ok(Err(e)),
            Err(e) => return Ok(Err(format!("Invalid '{key}' : {e}"))),
        };
        if wire == "id" {
            id = Some((key, v.as_str().unwrap_or_default().to_string()));
        }
        if in_props {
            props.insert(wire.into(), v);
        } else {
            out.insert(wire.into(), v);
        }
    }
    if !props.is_empty() {
        out.insert("properties".into(), Value::Object(props));
    }
    if let Some((key, value)) = id {
        element.ids.push(IdField {
            path: format!("{path}.{key}"),
            value,
            template: schema.template,
        });
    }
    if !out.contains_key("location") {
        element.needs_location.push(pointer);
    }
    Ok(Ok(Value::Object(out)))
}

/// `service-endpoint-policy`: a list of located references.
fn endpoint_policies(
    path: String,
    v: &Sh,
    element: &mut SubnetElement,
) -> Result<Formatted<Value>> {
    let items = match list(v) {
        Ok(items) => items,
        Err(e) => return Ok(Err(e)),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let pointer = format!("/properties/serviceEndpointPolicies/{i}");
        match located_ref(
            format!("{path}[{i}]"),
            pointer,
            &ENDPOINT_POLICY,
            item,
            element,
        )? {
            Ok(v) => out.push(v),
            Err(e) if e.starts_with('\u{0}') => return Ok(Err(e)),
            Err(e) => return Ok(Err(format!("Invalid at [{i}] : {e}"))),
        }
    }
    Ok(Ok(Value::Array(out)))
}

/// `{id}` (AAZ's common sub-resource).
fn sub_resource(v: &Sh) -> Formatted<Value> {
    let mut out = Map::new();
    for (key, value) in dict(v)? {
        if key != "id" {
            return Err(unknown(key));
        }
        out.insert(
            "id".into(),
            json!(text(value).map_err(|e| format!("Invalid '{key}' : {e}"))?),
        );
    }
    Ok(Value::Object(out))
}

/// `[{name, service-name, id, type}]` → delegations with `properties.serviceName`.
fn delegations(v: &Sh) -> Formatted<Value> {
    const D: &[(&str, &[&str], &str)] = &[
        ("id", &["id"], "id"),
        ("name", &["name"], "name"),
        ("service_name", &["service-name"], "serviceName"),
        ("type", &["type"], "type"),
    ];
    let mut out = Vec::new();
    for (i, item) in list(v)?.iter().enumerate() {
        let mut d = Map::new();
        for (key, value) in dict(item).map_err(|e| format!("Invalid at [{i}] : {e}"))? {
            let wire = lookup(D, key).ok_or_else(|| unknown(key))?;
            let s = text(value).map_err(|e| format!("Invalid at [{i}] : Invalid '{key}' : {e}"))?;
            if wire == "serviceName" {
                d.insert("properties".into(), json!({"serviceName": s}));
            } else {
                d.insert(wire.into(), json!(s));
            }
        }
        out.push(Value::Object(d));
    }
    Ok(Value::Array(out))
}

/// `[{service, locations, network-identifier}]`.
fn service_endpoints(v: &Sh) -> Formatted<Value> {
    const E: &[(&str, &[&str], &str)] = &[
        ("locations", &["locations"], "locations"),
        (
            "network_identifier",
            &["network-identifier"],
            "networkIdentifier",
        ),
        ("service", &["service"], "service"),
    ];
    let mut out = Vec::new();
    for (i, item) in list(v)?.iter().enumerate() {
        let mut e = Map::new();
        for (key, value) in dict(item).map_err(|e| format!("Invalid at [{i}] : {e}"))? {
            let wire = lookup(E, key).ok_or_else(|| unknown(key))?;
            let at = |e: String| format!("Invalid at [{i}] : Invalid '{key}' : {e}");
            let formatted = match wire {
                "locations" => str_list(value, false).map_err(at)?.unwrap_or_default(),
                "networkIdentifier" => sub_resource(value).map_err(at)?,
                _ => json!(text(value).map_err(at)?),
            };
            e.insert(wire.into(), formatted);
        }
        out.push(Value::Object(e));
    }
    Ok(Value::Array(out))
}

/// One element, or AAZ's message (unknown keys unwrapped, marked by a leading NUL).
fn element(v: &Sh, i: usize) -> Result<Formatted<SubnetElement>> {
    let fields = match dict(v) {
        Ok(f) => f,
        Err(e) => return Ok(Err(e)),
    };
    let mut el = SubnetElement {
        body: json!({}),
        needs_location: Vec::new(),
        ids: Vec::new(),
    };
    let mut props = Map::new();
    for (key, value) in fields {
        let Some(wire) = lookup(FIELDS, key) else {
            return Ok(Err(unknown(key)));
        };
        if NOT_YET.contains(&wire) {
            return Err(not_yet(key));
        }
        let invalid = |e: String| {
            if e.starts_with('\u{0}') {
                e
            } else {
                format!("Invalid '{key}' : {e}")
            }
        };
        let formatted: Formatted<Value> = match wire {
            "name" => text(value).map(Value::String),
            "addressPrefix" => text(value).map(Value::String),
            "addressPrefixes" => str_list(value, false).map(Option::unwrap_or_default),
            "defaultOutboundAccess" => boolean(value)?.map(Value::Bool),
            "delegations" => delegations(value),
            "natGateway" => sub_resource(value),
            "networkSecurityGroup" => located_ref(
                format!("{OPTION}[{i}].{key}"),
                "/properties/networkSecurityGroup".into(),
                &NSG,
                value,
                &mut el,
            )?,
            "routeTable" => located_ref(
                format!("{OPTION}[{i}].{key}"),
                "/properties/routeTable".into(),
                &ROUTE_TABLE,
                value,
                &mut el,
            )?,
            "serviceEndpointPolicies" => {
                endpoint_policies(format!("{OPTION}[{i}].{key}"), value, &mut el)?
            }
            "privateEndpointNetworkPolicies" => enum_value(
                value,
                &[
                    "Disabled",
                    "Enabled",
                    "NetworkSecurityGroupEnabled",
                    "RouteTableEnabled",
                ],
            )?
            .map(Value::from),
            "privateLinkServiceNetworkPolicies" => {
                enum_value(value, &["Disabled", "Enabled"])?.map(Value::from)
            }
            "sharingScope" => enum_value(value, &["DelegatedServices", "Tenant"])?.map(Value::from),
            "serviceEndpoints" => service_endpoints(value),
            _ => return Err(not_yet(key)),
        };
        let formatted = match formatted {
            Ok(v) => v,
            Err(e) => return Ok(Err(invalid(e))),
        };
        if wire == "name" {
            el.body["name"] = formatted;
        } else {
            props.insert(wire.into(), formatted);
        }
    }
    if !props.is_empty() {
        el.body["properties"] = Value::Object(props);
    }
    Ok(Ok(el))
}

/// `--subnets` values (each a whole list; the last one wins, as AAZ assigns them in turn).
pub fn subnets(values: &[String]) -> Result<Vec<SubnetElement>> {
    let fail =
        |msg: String| AzError::validation(format!("Failed to parse '{OPTION}' argument: {msg}"));
    let mut last = Vec::new();
    for value in values {
        if is_partial(value) {
            return Err(AzError::usage(format!(
                "azr does not support AAZ's partial-value form ('{value}') on {OPTION} yet; give the whole list, e.g. {OPTION} \"[{{name:s1,address-prefix:10.0.0.0/24}}]\"; nothing was sent"
            )));
        }
        let parsed = if value.is_empty() {
            Sh::Blank
        } else {
            shorthand::parse_compound(value).map_err(|e| fail(e.to_string()))?
        };
        let items = list(&parsed).map_err(fail)?;
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match element(item, i)? {
                Ok(el) => out.push(el),
                Err(e) => {
                    return Err(fail(match e.strip_prefix('\u{0}') {
                        Some(unknown) => unknown.to_string(),
                        None => format!("Invalid at [{i}] : {e}"),
                    }));
                }
            }
        }
        last = out;
    }
    Ok(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(v: &str) -> Vec<SubnetElement> {
        subnets(&[v.to_string()]).unwrap()
    }

    fn fails(v: &str) -> String {
        subnets(&[v.to_string()]).unwrap_err().to_string()
    }

    #[test]
    fn elements_as_aaz_builds_them() {
        let els = one(
            "[{name:a,address-prefix:10.0.0.0/24,nsg:{id:/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/networkSecurityGroups/n}},\
             {name:b,addressPrefixes:[10.0.1.0/24],nat-gateway:{id:/x},delegations:[{name:d,service-name:Microsoft.Sql/servers}],\
             default-outbound-access,sharing-scope:tenant,service-endpoints:[{service:Microsoft.Storage}]}]",
        );
        assert_eq!(
            els[0].needs_location,
            vec!["/properties/networkSecurityGroup"]
        );
        assert_eq!(els[0].ids[0].path, "--subnets[0].nsg.id");
        assert_eq!(
            els[1].body,
            json!({"name": "b", "properties": {"addressPrefixes": ["10.0.1.0/24"], "natGateway": {"id": "/x"},
                "delegations": [{"name": "d", "properties": {"serviceName": "Microsoft.Sql/servers"}}],
                "defaultOutboundAccess": true, "sharingScope": "Tenant",
                "serviceEndpoints": [{"service": "Microsoft.Storage"}]}})
        );
        let json = one("[{\"name\": \"a\", \"address_prefix\": \"10.0.0.0/24\"}]");
        assert_eq!(
            json[0].body,
            json!({"name": "a", "properties": {"addressPrefix": "10.0.0.0/24"}})
        );
    }

    #[test]
    fn refusals_as_aaz_words_them() {
        assert!(fails("[{name:a,bogus:1}]").ends_with(
            "Failed to parse '--subnets' argument: Model 'AAZObjectArg' has no field named 'bogus'"
        ));
        assert!(fails("{name:a}").ends_with(
            "list type value expected, got 'OrderedDict([('name', 'a')])'(<class 'collections.OrderedDict'>)"
        ));
        assert!(fails("[{name:[a]}]").ends_with(
            "Invalid at [0] : Invalid 'name' : <class 'str'> type value expected, got '['a']'(<class 'list'>)"
        ));
        assert!(
            fails("[{name:a,service-gateway:{id:x}}]")
                .contains("azr does not support 'service-gateway'")
        );
        let bad = IdField {
            path: "--subnets[0].route-table.id".into(),
            value: "rt1".into(),
            template: ROUTE_TABLE_TEMPLATE,
        };
        assert_eq!(
            bad.checked().unwrap_err().message,
            "InvalidArgumentValue: --subnets[0].route-table.id: Invalid format: resource id should be in '/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/routeTables/{}' format."
        );
    }
}
