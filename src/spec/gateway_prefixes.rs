//! `--sgp` / `--summarized-gateway-prefixes` of `network vnet create` (preview): AAZ's
//! address-space object (`address-prefixes`, `ipam-pool-prefix-allocations`), given whole in
//! shorthand syntax or JSON, or field by field as partial values (`address-prefixes=[...]`),
//! formatted as AAZ's object action does into `summarizedGatewayPrefixes`. (AAZ marks it
//! preview in the help only: az prints no preview warning for it.)

use serde_json::{Map, Value};

use super::ipam_allocations;
use super::shorthand::{self, Sh};
use super::subnet_endpoints::{Formatted, is_partial, snake, str_list};
use crate::error::{AzError, Result};

/// The wire field a key names: the field name, its option alias, or camelCase of the name.
fn field(key: &str) -> Option<&'static str> {
    let name = if key != key.to_lowercase() {
        snake(key)
    } else {
        key.replace('-', "_")
    };
    match name.as_str() {
        "address_prefixes" => Some("addressPrefixes"),
        "ipam_pool_prefix_allocations" => Some("ipamPoolPrefixAllocations"),
        _ => None,
    }
}

/// One field's value, formatted: a list of prefixes or of IPAM pool allocations.
fn field_value(wire: &str, key: &str, v: &Sh) -> Formatted<Option<Value>> {
    let formatted = if wire == "ipamPoolPrefixAllocations" {
        ipam_allocations::list(v, false).map(|l| l.map(Value::Array))
    } else {
        str_list(v, false)
    };
    formatted.map_err(|e| match e.strip_prefix('\u{0}') {
        Some(unknown) => unknown.to_string(),
        None => format!("Invalid '{key}' : {e}"),
    })
}

/// `{address-prefixes:[...]}` as a whole object.
fn object(v: &Sh) -> Result<Formatted<Map<String, Value>>> {
    let fields = match v.as_dict(false) {
        Ok(fields) => fields.unwrap_or_default(),
        Err(e) => return Ok(Err(e)),
    };
    let mut out = Map::new();
    for (key, value) in fields {
        let Some(wire) = field(key) else {
            return Ok(Err(format!(
                "Model 'AAZObjectArg' has no field named '{key}'"
            )));
        };
        match field_value(wire, key, value) {
            Ok(Some(v)) => {
                out.insert(wire.into(), v);
            }
            Ok(None) => {}
            Err(e) => return Ok(Err(e)),
        }
    }
    Ok(Ok(out))
}

/// The object from the flag's values, applied in turn (a whole value replaces the object, a
/// partial one sets its field). `option`: the spelling used, as az names it in errors.
pub fn summarized_gateway_prefixes(option: &str, values: &[String]) -> Result<Value> {
    let fail =
        |msg: String| AzError::validation(format!("Failed to parse '{option}' argument: {msg}"));
    let mut out = Map::new();
    for value in values {
        if is_partial(value) {
            let (key, rest) = value.split_once('=').unwrap_or_default();
            let Some(wire) = field(key) else {
                return Err(fail(format!(
                    "Model 'AAZObjectArg' has no field named '{key}'"
                )));
            };
            let parsed = if rest.is_empty() {
                Sh::Blank
            } else {
                shorthand::parse_compound(rest).map_err(|e| fail(e.to_string()))?
            };
            // a partial value's error names no key: AAZ formats the field's value alone
            let formatted = field_value(wire, key, &parsed).map_err(|e| {
                fail(
                    e.trim_start_matches(&format!("Invalid '{key}' : "))
                        .to_string(),
                )
            })?;
            if let Some(v) = formatted {
                out.insert(wire.into(), v);
            }
            continue;
        }
        let parsed = if value.is_empty() {
            Sh::Blank
        } else {
            shorthand::parse_compound(value).map_err(|e| fail(e.to_string()))?
        };
        out = object(&parsed)?.map_err(fail)?;
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sgp(values: &[&str]) -> Result<Value> {
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        summarized_gateway_prefixes("--sgp", &values)
    }

    #[test]
    fn whole_and_partial_values() {
        assert_eq!(
            sgp(&["{address-prefixes:[10.1.0.0/16,10.2.0.0/16]}"]).unwrap(),
            json!({"addressPrefixes": ["10.1.0.0/16", "10.2.0.0/16"]})
        );
        assert_eq!(
            sgp(&["address-prefixes=[10.1.0.0/16]"]).unwrap(),
            json!({"addressPrefixes": ["10.1.0.0/16"]})
        );
        assert_eq!(
            sgp(&[r#"{"addressPrefixes": ["10.3.0.0/16"]}"#]).unwrap(),
            json!({"addressPrefixes": ["10.3.0.0/16"]})
        );
    }

    #[test]
    fn refusals() {
        let e = |v: &[&str]| sgp(v).unwrap_err().to_string();
        assert!(e(&["{bogus:1}"]).ends_with(
            "Failed to parse '--sgp' argument: Model 'AAZObjectArg' has no field named 'bogus'"
        ));
        assert!(e(&["[a]"]).ends_with(
            "Failed to parse '--sgp' argument: dict type value expected, got '['a']'(<class 'list'>)"
        ));
        assert_eq!(
            sgp(&["{ipam-pool-prefix-allocations:[{id:/p,number-of-ip-addresses:8}]}"]).unwrap(),
            json!({"ipamPoolPrefixAllocations": [{"numberOfIpAddresses": "8", "pool": {"id": "/p"}}]})
        );
    }
}
