//! The identity and access profiles of a managed cluster, as AKS stores and returns them:
//! every cluster GET carries `securityProfile`, `oidcIssuerProfile` and
//! `servicePrincipalProfile` (`msi` for a managed-identity cluster), a managed AAD profile gets
//! the tenant it was made in, and secrets (the service principal's, the Windows admin
//! password) are kept out of what is stored and returned.

use serde_json::{Map, Value, json};

use super::super::identity;
use super::super::router::RequestContext;
use super::super::util::R;

/// A user-assigned control-plane identity gets its principal and client ids from the identity
/// resource it names, as AKS reads them.
pub(super) fn user_assigned_identities(ctx: &RequestContext, identity: &mut Value) -> R<()> {
    if identity["type"].as_str() != Some("UserAssigned") {
        return Ok(());
    }
    let Some(map) = identity
        .get_mut("userAssignedIdentities")
        .and_then(Value::as_object_mut)
    else {
        return Ok(());
    };
    for (id, value) in map.iter_mut() {
        if let Some(p) = identity::properties(ctx, id)? {
            *value = json!({"principalId": p["principalId"], "clientId": p["clientId"]});
        }
    }
    Ok(())
}

/// A cluster made with a service principal and no managed identity has no `identity` (nor a
/// kubelet identity); one that had an identity keeps it.
pub(super) fn service_principal_cluster(
    cluster: &mut Value,
    body: &Value,
    existing: Option<&Value>,
) {
    let sp = body
        .pointer("/properties/servicePrincipalProfile/clientId")
        .and_then(Value::as_str)
        .is_some_and(|c| !c.eq_ignore_ascii_case("msi"));
    let had_identity = existing.is_some_and(|c| c.get("identity").is_some_and(|i| !i.is_null()));
    if sp
        && body.get("identity").is_none_or(Value::is_null)
        && !had_identity
        && let Some(c) = cluster.as_object_mut()
    {
        c.remove("identity");
    }
}

/// Fills AKS's defaults in a cluster's properties before they are stored.
pub(super) fn security_defaults(props: &mut Map<String, Value>) {
    props.entry("securityProfile").or_insert_with(|| json!({}));
    let oidc = props
        .entry("oidcIssuerProfile")
        .or_insert_with(|| json!({"enabled": false}));
    if let Some(o) = oidc.as_object_mut() {
        o.entry("enabled").or_insert(json!(false));
    }
    let sp = props
        .entry("servicePrincipalProfile")
        .or_insert_with(|| json!({"clientId": "msi"}));
    if let Some(sp) = sp.as_object_mut() {
        // write-only, as ARM: never stored, never returned
        sp.remove("secret");
    }
    if let Some(win) = props
        .get_mut("windowsProfile")
        .and_then(Value::as_object_mut)
    {
        win.remove("adminPassword");
    }
    if let Some(aad) = props.get_mut("aadProfile").and_then(Value::as_object_mut)
        && aad.get("managed").and_then(Value::as_bool) == Some(true)
    {
        aad.entry("enableAzureRBAC").or_insert(json!(false));
        let tenant = aad
            .entry("tenantID")
            .or_insert(json!(crate::emulator::TENANT_ID));
        if tenant.as_str().is_none_or(str::is_empty) {
            *tenant = json!(crate::emulator::TENANT_ID);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults(props: Value) -> Value {
        let mut m = props.as_object().cloned().unwrap_or_default();
        security_defaults(&mut m);
        Value::Object(m)
    }

    #[test]
    fn what_aks_returns_for_a_plain_cluster() {
        assert_eq!(
            defaults(json!({})),
            json!({
                "securityProfile": {},
                "oidcIssuerProfile": {"enabled": false},
                "servicePrincipalProfile": {"clientId": "msi"}
            })
        );
    }

    #[test]
    fn secrets_are_never_kept() {
        let p = defaults(json!({
            "servicePrincipalProfile": {"clientId": "app", "secret": "s3cret"},
            "windowsProfile": {"adminUsername": "azureuser", "adminPassword": "P@ss"},
        }));
        assert_eq!(p["servicePrincipalProfile"], json!({"clientId": "app"}));
        assert_eq!(p["windowsProfile"], json!({"adminUsername": "azureuser"}));
        assert!(!p.to_string().contains("s3cret") && !p.to_string().contains("P@ss"));
    }

    #[test]
    fn managed_aad_gets_its_tenant() {
        let p = defaults(json!({"aadProfile": {"managed": true}}));
        assert_eq!(
            p["aadProfile"],
            json!({"managed": true, "enableAzureRBAC": false, "tenantID": crate::emulator::TENANT_ID})
        );
        let given = defaults(json!({"aadProfile": {"managed": true, "tenantID": "t"}}));
        assert_eq!(given["aadProfile"]["tenantID"], json!("t"));
    }
}
