//! The single cluster fields of `aks create`/`aks update` that need a rule of their own: a
//! kubelet identity the user brings (`--assign-kubelet-identity`) gets its client and object
//! ids from the identity resource, as AKS reads them (az's update sends the resource id only);
//! a cluster named by an FQDN subdomain.

use serde_json::{Map, Value, json};

use super::super::identity;
use super::super::router::RequestContext;
use super::super::util::{ApiError, R, det_hex};

pub(super) fn kubelet_identity(ctx: &RequestContext, cluster: &mut Value) -> R<()> {
    let Some(kubelet) = cluster
        .pointer_mut("/properties/identityProfile/kubeletidentity")
        .and_then(Value::as_object_mut)
    else {
        return Ok(());
    };
    let Some(id) = kubelet.get("resourceId").and_then(Value::as_str) else {
        return Ok(());
    };
    if let Some(p) = identity::properties(ctx, id)? {
        kubelet.insert("clientId".into(), json!(p["clientId"]));
        kubelet.insert("objectId".into(), json!(p["principalId"]));
    }
    Ok(())
}

/// `fqdnSubdomain` instead of `dnsPrefix` (AKS needs one of them): fixed once the cluster is
/// made, for a private cluster whose private DNS zone is the user's own; its FQDNs are built
/// from the subdomain, the private one as a record in that zone.
pub(super) fn fqdn_subdomain(
    props: &mut Map<String, Value>,
    old: Option<&Value>,
    body: &Value,
    location: &str,
    id: &str,
) -> R<()> {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let before = text(old.and_then(|o| o.get("fqdnSubdomain")));
    let given = text(props.get("fqdnSubdomain"));
    if old.is_some() && given.as_ref().is_some_and(|g| Some(g) != before.as_ref()) {
        return Err(ApiError::bad_request(
            "PropertyChangeNotAllowed",
            "Changing property 'fqdnSubdomain' is not allowed.",
        )
        .with_target("fqdnSubdomain"));
    }
    let Some(sub) = given.or(before).filter(|s| !s.is_empty()) else {
        return Ok(());
    };
    if old.is_none()
        && body
            .pointer("/properties/dnsPrefix")
            .and_then(Value::as_str)
            .is_some_and(|p| !p.is_empty())
    {
        return Err(ApiError::invalid_parameter(
            "properties.dnsPrefix",
            "Only one of dnsPrefix and fqdnSubdomain can be specified.",
        ));
    }
    let access = props.get("apiServerAccessProfile");
    let private = access
        .and_then(|a| a.get("enablePrivateCluster"))
        .and_then(Value::as_bool)
        == Some(true);
    let zone = access
        .and_then(|a| a.get("privateDNSZone"))
        .and_then(Value::as_str)
        .filter(|z| z.contains('/'));
    let (true, Some(zone)) = (private, zone) else {
        return Err(ApiError::invalid_parameter(
            "properties.fqdnSubdomain",
            "FqdnSubdomain can only be used for a private cluster with a custom private DNS zone.",
        ));
    };
    let zone_name = zone.rsplit('/').next().unwrap_or_default().to_string();
    let hash = det_hex(&format!("fqdn:{}", id.to_lowercase()), 8);
    props.remove("dnsPrefix");
    props.insert("fqdnSubdomain".into(), json!(sub));
    props.insert("privateFQDN".into(), json!(format!("{sub}.{zone_name}")));
    if props.contains_key("fqdn") {
        props.insert(
            "fqdn".into(),
            json!(format!("{sub}-{hash}.hcp.{location}.azmk8s.io")),
        );
    }
    props.insert(
        "azurePortalFQDN".into(),
        json!(format!("{sub}-{hash}.portal.hcp.{location}.azmk8s.io")),
    );
    Ok(())
}

/// Whether a pool PUT migrates an AvailabilitySet pool to the VirtualMachines type (`aks
/// update --migrate-vmas-to-vms`), the one type change AKS allows.
pub(super) fn is_vmas_migration(old: &Value, new: &Value) -> bool {
    let kind = |m: &Value| m.get("type").and_then(Value::as_str).map(str::to_string);
    kind(old).as_deref() == Some("AvailabilitySet")
        && kind(new).as_deref() == Some("VirtualMachines")
}

/// The migrated pool keeps its VMs: AKS writes them as the manual scale profile of the
/// VirtualMachines pool (size and count as they were), and keeps the size.
pub(super) fn vmas_to_vms(profile: &Value, prev: Option<&Value>) -> Value {
    let (Some(old), Some(new)) = (
        prev.and_then(|p| p["properties"].as_object()),
        profile.as_object(),
    ) else {
        return profile.clone();
    };
    if !is_vmas_migration(&prev.unwrap_or(&Value::Null)["properties"], profile) {
        return profile.clone();
    }
    let mut p = new.clone();
    let size = old.get("vmSize").cloned().unwrap_or(Value::Null);
    let count = old.get("count").cloned().unwrap_or(json!(1));
    p.entry("vmSize").or_insert(size.clone());
    p.entry("virtualMachinesProfile")
        .or_insert_with(|| json!({"scale": {"manual": [{"size": size, "count": count}]}}));
    Value::Object(p)
}
