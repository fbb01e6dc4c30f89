//! `vmss list`, `vmss list-instance-public-ips`.

use serde_json::Value;

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::output::models;
use crate::spec::names::ResourceGroupName;
use crate::spec::paging::Paging;

pub async fn list(
    ctx: &CommandContext,
    rg: Option<&ResourceGroupName>,
    paging: &Paging,
) -> Result<Output> {
    let path = id::vmss_collection(&ctx.subscription, rg.map(|r| r.0.as_str()));
    let api = ApiVersion::ComputeVmssList.as_str();
    Ok(WireResult::model(
        Value::Array(super::paging::list(ctx, &path, api, paging).await?),
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
    if let Some(why) = with_address
        .is_empty()
        .then(|| why_no_public_ips(&vmss, name))
        .flatten()
    {
        ctx.warn(&why);
    }
    Ok(WireResult::model(
        Value::Array(with_address),
        models::PUBLIC_IP_ADDRESS,
    ))
}

/// Why a scale set lists no public IPs, read from the scale set az has already fetched (azr
/// only: az prints `[]` and nothing else, the most asked-about silence of node public IPs).
fn why_no_public_ips(vmss: &Value, name: &str) -> Option<String> {
    let nics = vmss
        .pointer("/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations")
        .and_then(Value::as_array)?;
    let has_public_config = nics.iter().any(|nic| {
        nic.pointer("/properties/ipConfigurations")
            .and_then(Value::as_array)
            .is_some_and(|cfgs| {
                cfgs.iter().any(|c| {
                    c.pointer("/properties/publicIPAddressConfiguration")
                        .is_some()
                })
            })
    });
    if !has_public_config {
        let pool = vmss
            .pointer("/tags/aks-managed-poolName")
            .and_then(Value::as_str)
            .map(|p| format!(" (AKS node pool '{p}')"))
            .unwrap_or_default();
        return Some(format!(
            "Scale set '{name}'{pool} gives its instances no public IPs: its IP configuration has no publicIPAddressConfiguration. For AKS, node public IPs are chosen when a node pool is created (--enable-node-public-ip) and cannot be turned on later: add a node pool with --enable-node-public-ip."
        ));
    }
    if vmss.pointer("/sku/capacity").and_then(Value::as_i64) == Some(0) {
        return Some(format!(
            "Scale set '{name}' has no instances (capacity 0), so no public IPs to list."
        ));
    }
    None
}

fn has_address(ip: &Value) -> bool {
    ip.get("properties")
        .and_then(|p| p.get("ipAddress"))
        .and_then(Value::as_str)
        .is_some_and(|a| !a.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn vmss(ip_config: Value, capacity: i64) -> Value {
        json!({"sku": {"capacity": capacity}, "tags": {"aks-managed-poolName": "np1"},
            "properties": {"virtualMachineProfile": {"networkProfile": {"networkInterfaceConfigurations": [
                {"properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": ip_config}]}}]}}}})
    }

    #[test]
    fn says_why_the_list_is_empty() {
        let without = why_no_public_ips(&vmss(json!({}), 3), "v").unwrap();
        assert!(
            without.starts_with(
                "Scale set 'v' (AKS node pool 'np1') gives its instances no public IPs"
            ),
            "{without}"
        );
        let with = json!({"publicIPAddressConfiguration": {"name": "pub1"}});
        assert_eq!(
            why_no_public_ips(&vmss(with.clone(), 0), "v").unwrap(),
            "Scale set 'v' has no instances (capacity 0), so no public IPs to list."
        );
        assert_eq!(why_no_public_ips(&vmss(with, 2), "v"), None);
    }
}
