//! Microsoft.Compute virtual machine scale sets (the AKS node pools' VMSS, Uniform
//! orchestration) and their instance-level public IPs (the 2018-10-01 Network API).

use serde_json::{Value, json};

use super::network::{instance_ip_id, vmss_addresses};
use super::router::{Req, RequestContext, Scope, method_not_allowed, ok};
use super::store;
use super::util::{ApiError, R, det_guid, ip_to_string};
use crate::arm::{ArmResponse, Method};

const VMSS_TYPE: &str = "Microsoft.Compute/virtualMachineScaleSets";

pub fn list_vmss(ctx: &RequestContext, sub: &str, rg: Option<&str>) -> R<ArmResponse> {
    let items = store::list(ctx.tx, store::VMSS, sub, rg)?;
    Ok(ok(200, &json!({ "value": items })))
}

pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    let get_only = |f: &dyn Fn() -> R<ArmResponse>| {
        if req.method != Method::GET {
            Err(method_not_allowed(&req.method))
        } else {
            f()
        }
    };
    Some(match rest {
        ["virtualmachinescalesets"] => get_only(&|| list_vmss(ctx, &scope.sub, Some(&scope.rg))),
        ["virtualmachinescalesets", _] => {
            get_only(&|| vmss(ctx, scope, segs[1]).map(|v| ok(200, &v)))
        }
        ["virtualmachinescalesets", _, "publicipaddresses"] => {
            get_only(&|| list_public_ips(ctx, req, scope, segs[1]))
        }
        [
            "virtualmachinescalesets",
            _,
            "virtualmachines",
            _,
            "networkinterfaces",
            _,
            "ipconfigurations",
            _,
            "publicipaddresses",
            tail @ ..,
        ] if tail.len() <= 1 => {
            get_only(&|| instance_public_ips(ctx, scope, segs, tail.first().map(|_| segs[9])))
        }
        _ => return None,
    })
}

fn vmss(ctx: &RequestContext, scope: &Scope, name: &str) -> R<Value> {
    store::get(ctx.tx, &scope.provider_id(VMSS_TYPE, name))?
        .ok_or_else(|| ApiError::not_found(VMSS_TYPE, name, &scope.rg))
}

/// The PublicIPAddress (2018-10-01 shape) of one instance.
fn ip_body(vmss: &Value, instance: i64, ip: u32) -> Value {
    let vmss_id = vmss["id"].as_str().unwrap_or("");
    let id = instance_ip_id(vmss_id, instance);
    let cfg = vmss.pointer(
        "/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations/0/properties/ipConfigurations/0/properties/publicIPAddressConfiguration/properties",
    );
    let ip_cfg_id = id
        .rsplit_once("/publicIPAddresses/")
        .map(|(a, _)| a.to_string())
        .unwrap_or_default();
    let mut props = json!({
        "provisioningState": "Succeeded",
        "resourceGuid": det_guid(&format!("guid:{}", id.to_lowercase())),
        "ipAddress": ip_to_string(ip),
        "publicIPAddressVersion": "IPv4",
        "publicIPAllocationMethod": "Static",
        "idleTimeoutInMinutes": cfg.and_then(|c| c.get("idleTimeoutInMinutes")).cloned().unwrap_or(json!(4)),
        "ipTags": cfg.and_then(|c| c.get("ipTags")).cloned().unwrap_or(json!([])),
        "ipConfiguration": {"id": ip_cfg_id}
    });
    if let Some(p) = cfg.and_then(|c| c.get("publicIPPrefix")) {
        props["publicIPPrefix"] = p.clone();
    }
    json!({
        "name": "pub1",
        "id": id,
        "etag": format!("W/\"{}\"", det_guid(&format!("etag:{}", id.to_lowercase()))),
        "location": vmss["location"],
        "sku": {"name": "Standard", "tier": "Regional"},
        "properties": props
    })
}

fn list_public_ips(ctx: &RequestContext, req: &Req, scope: &Scope, name: &str) -> R<ArmResponse> {
    let v = vmss(ctx, scope, name)?;
    let id = v["id"].as_str().unwrap_or("").to_string();
    let all = vmss_addresses(ctx, &id)?;
    let skip: usize = req
        .q("$skiptoken")
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let page = ctx.opts.page_size.max(1);
    let value: Vec<Value> = all
        .iter()
        .skip(skip)
        .take(page)
        .map(|(i, ip)| ip_body(&v, *i, *ip))
        .collect();
    let mut body = json!({ "value": value });
    if skip + page < all.len() {
        body["nextLink"] = json!(ctx.url(&format!(
            "{}?api-version={}&$skiptoken={}",
            req.path,
            req.api_version,
            skip + page
        )));
    }
    Ok(ok(200, &body))
}

fn instance_public_ips(
    ctx: &RequestContext,
    scope: &Scope,
    segs: &[&str],
    name: Option<&str>,
) -> R<ArmResponse> {
    let v = vmss(ctx, scope, segs[1])?;
    let id = v["id"].as_str().unwrap_or("").to_string();
    let instance: Option<i64> = segs[3].parse().ok();
    let vmss_name = v["name"].as_str().unwrap_or("");
    let matches_cfg =
        segs[5].eq_ignore_ascii_case(vmss_name) && segs[7].eq_ignore_ascii_case("ipconfig1");
    let found = vmss_addresses(ctx, &id)?
        .into_iter()
        .find(|(i, _)| Some(*i) == instance && matches_cfg)
        .map(|(i, ip)| ip_body(&v, i, ip));
    match name {
        None => Ok(ok(
            200,
            &json!({ "value": found.into_iter().collect::<Vec<_>>() }),
        )),
        Some(n) => found
            .filter(|_| n.eq_ignore_ascii_case("pub1"))
            .map(|b| ok(200, &b))
            .ok_or_else(|| {
                ApiError::not_found("Microsoft.Network/publicIPAddresses", n, &scope.rg)
            }),
    }
}
