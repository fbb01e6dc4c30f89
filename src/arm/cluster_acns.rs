//! `networkProfile.advancedNetworking` (ACNS): the create side of az's `set_up_network_profile`
//! and its `update_network_profile_advanced_networking`.

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_acns::{AcnsInput, Mode};

/// Create: the object az builds when `--enable-acns` is given, put in the network profile.
pub fn set_up(props: &mut Map<String, Value>, input: &AcnsInput) {
    // checked before the body is built (`commands::aks::create`, where az's decorator does)
    let Ok(acns) = input.validate(Mode::Create) else {
        return;
    };
    let Some(enabled) = acns.enabled else { return };
    let mut an = json!({"enabled": enabled});
    if let Some(o) = acns.observability {
        an["observability"] = json!({"enabled": o});
    }
    if let Some(s) = acns.security {
        an["security"] = json!({"enabled": s});
    }
    if let Some(p) = &acns.advanced_network_policies {
        sub(&mut an, "security")["advancedNetworkPolicies"] = json!(p);
    }
    if let Some(m) = &acns.acceleration_mode {
        sub(&mut an, "performance")["accelerationMode"] = json!(m);
    }
    if let Some(t) = &acns.transit_encryption {
        sub(&mut an, "security")["transitEncryption"] = json!({"type": t});
    }
    let np = props.entry("networkProfile").or_insert_with(|| json!({}));
    np["advancedNetworking"] = an;
}

/// Update: only the fields the flags name change; the rest of what the cluster has is kept.
pub fn update(mc: &mut Value, input: &AcnsInput) -> Result<()> {
    let acns = input.validate(Mode::Update)?;
    let Some(np) = mc.pointer_mut("/properties/networkProfile") else {
        return Ok(());
    };
    let Some(enabled) = acns.enabled else {
        if let Some(t) = &acns.transit_encryption {
            let on = np
                .pointer("/advancedNetworking/enabled")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if !on {
                return Err(AzError::validation(
                    "--acns-transit-encryption-type requires ACNS to be enabled on the cluster. Use --enable-acns together with --acns-transit-encryption-type.",
                ));
            }
            sub(&mut np["advancedNetworking"], "security")["transitEncryption"] =
                json!({"type": t});
        }
        return Ok(());
    };
    let an = sub(np, "advancedNetworking");
    an["enabled"] = json!(enabled);
    if !enabled {
        for part in ["observability", "security"] {
            if let Some(p) = an.get_mut(part).filter(|p| p.is_object()) {
                p["enabled"] = json!(false);
            }
        }
        if acns.acceleration_mode.is_none() {
            sub(an, "performance")["accelerationMode"] = json!("None");
        }
    } else {
        sub(an, "observability")["enabled"] = json!(acns.observability.unwrap_or(true));
        sub(an, "security")["enabled"] = json!(acns.security.unwrap_or(true));
    }
    if let Some(p) = &acns.advanced_network_policies {
        sub(an, "security")["advancedNetworkPolicies"] = json!(p);
    }
    if let Some(t) = &acns.transit_encryption {
        sub(an, "security")["transitEncryption"] = json!({"type": t});
    }
    if let Some(m) = &acns.acceleration_mode {
        sub(an, "performance")["accelerationMode"] = json!(m);
    }
    Ok(())
}

/// `_ensure_acns_*`: the sub-object, made empty when absent or null.
fn sub<'a>(parent: &'a mut Value, key: &str) -> &'a mut Value {
    if !parent.get(key).is_some_and(Value::is_object) {
        parent[key] = json!({});
    }
    &mut parent[key]
}
