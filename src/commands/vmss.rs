//! `vmss list`, `vmss list-instance-public-ips`.

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::names::ResourceGroupName;

pub async fn list(ctx: &CommandContext, rg: Option<&ResourceGroupName>) -> Result<Output> {
    let path = id::vmss_collection(&ctx.subscription, rg.map(|r| r.0.as_str()));
    Ok(WireResult::model(
        Value::Array(
            ctx.client
                .list(&path, ApiVersion::ComputeVmssList.as_str())
                .await?,
        ),
        models::VIRTUAL_MACHINE_SCALE_SET,
    ))
}

/// az reads the scale set first (a missing one is a 404, exit 3; Flexible orchestration is
/// refused), then lists the instances' public IPs, dropping over-provisioned instances that
/// have no address.
pub async fn list_instance_public_ips(
    ctx: &CommandContext,
    rg: &ResourceGroupName,
    name: &str,
) -> Result<Output> {
    let vmss = ctx
        .client
        .get(
            &id::vmss(&ctx.subscription, &rg.0, name),
            ApiVersion::ComputeVmss.as_str(),
        )
        .await?;
    let mode = vmss
        .get("properties")
        .and_then(|p| p.get("orchestrationMode"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if mode.eq_ignore_ascii_case("flexible") {
        return Err(AzError::validation(
            "This command is not available for VMSS in Flex mode. Please use the \"az network public-ip list/show\" to retrieve networking information.",
        ));
    }
    let ips = ctx
        .client
        .list(
            &id::vmss_public_ips(&ctx.subscription, &rg.0, name),
            ApiVersion::VmssPublicIps.as_str(),
        )
        .await?;
    let with_address: Vec<Value> = ips.into_iter().filter(has_address).collect();
    Ok(WireResult::model(
        Value::Array(with_address),
        models::PUBLIC_IP_ADDRESS,
    ))
}

fn has_address(ip: &Value) -> bool {
    ip.get("properties")
        .and_then(|p| p.get("ipAddress"))
        .and_then(Value::as_str)
        .is_some_and(|a| !a.is_empty())
}
