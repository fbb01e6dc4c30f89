//! The single cluster fields of `aks create`/`aks update` that need a rule of their own: a
//! kubelet identity the user brings (`--assign-kubelet-identity`) gets its client and object
//! ids from the identity resource, as AKS reads them (az's update sends the resource id only).

use serde_json::{Value, json};

use super::super::identity;
use super::super::router::RequestContext;
use super::super::util::R;

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
