//! `publicIPAddresses` that AKS makes for a cluster's load balancer outbound traffic (one per
//! managed outbound IP, in the node resource group): read with GET and lists, owned by the
//! cluster (they go with its node resource group).

use serde_json::{Value, json};

use super::router::{Req, RequestContext, Scope, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, det_hex, ip_to_string, sha};
use crate::arm::{ArmResponse, Method};

pub const KIND: &str = "microsoft.network/publicipaddresses";
const TYPE: &str = "Microsoft.Network/publicIPAddresses";

pub fn public_ip(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let id = scope.provider_id(TYPE, name);
    let ip = store::get(ctx.tx, &id)?.ok_or_else(|| ApiError::not_found(TYPE, name, &scope.rg))?;
    Ok(ok(200, &ip))
}

/// A Standard static public IP of `version` (`IPv4`/`IPv6`) owned by the cluster `owner`,
/// with an address drawn from the id (20.0.0.0/8, or 2603:1030::/32 for IPv6).
pub fn put_managed(
    ctx: &RequestContext,
    id: &str,
    version: &str,
    owner: &str,
    location: &str,
) -> R<()> {
    if store::get(ctx.tx, id)?.is_some() {
        return Ok(());
    }
    let parts: Vec<&str> = id.split('/').collect();
    let (Some(sub), Some(rg), Some(name)) = (parts.get(2), parts.get(4), parts.last()) else {
        return Err(ApiError::internal(format!("not a public IP id: {id}")));
    };
    let seed = sha(&id.to_lowercase());
    let address = if version == "IPv6" {
        format!(
            "2603:1030:{:x}:{:x}::{:x}",
            u16::from_be_bytes([seed[0], seed[1]]),
            u16::from_be_bytes([seed[2], seed[3]]),
            u16::from_be_bytes([seed[4], seed[5]])
        )
    } else {
        ip_to_string(u32::from_be_bytes([20, seed[0], seed[1], seed[2].max(1)]))
    };
    let body = json!({
        "id": id,
        "name": name,
        "type": TYPE,
        "location": location,
        "tags": {"aks-managed-cluster-name": owner.rsplit('/').next().unwrap_or(""),
                 "aks-managed-type": "aks-slb-managed-outbound-ip"},
        "sku": {"name": "Standard", "tier": "Regional"},
        "etag": format!("W/\"{}\"", det_hex(id, 32)),
        "properties": {
            "provisioningState": "Succeeded",
            "ipAddress": address,
            "publicIPAddressVersion": version,
            "publicIPAllocationMethod": "Static",
            "idleTimeoutInMinutes": 4,
        }
    });
    store::put(
        ctx.tx,
        &NewRes {
            id,
            kind: KIND,
            sub,
            rg: Some(rg),
            parent: None,
        },
        &body,
    )
}

/// The managed outbound IPs of `node_rg` that the cluster no longer lists.
pub fn drop_unlisted(ctx: &RequestContext, sub: &str, node_rg: &str, keep: &[String]) -> R<()> {
    for ip in store::list(ctx.tx, KIND, sub, Some(node_rg))? {
        let id = ip["id"].as_str().unwrap_or_default();
        let managed = ip.pointer("/tags/aks-managed-type").and_then(Value::as_str)
            == Some("aks-slb-managed-outbound-ip");
        if managed && !keep.iter().any(|k| k.eq_ignore_ascii_case(id)) {
            store::delete(ctx.tx, id)?;
        }
    }
    Ok(())
}
