//! `aks node-ips` (azr's own): each node of a cluster (or of one pool) with its public IP, the
//! prefix it came from, its IP tags and the pool's allowed host ports, in one process.
//!
//! Calls: GET the cluster (pools, their prefixes, tags and ports, the node resource group);
//! when a chosen pool has node public IPs, one VMSS list of the node resource group (which
//! scale set is which pool) and one public IP list per such pool (address, prefix and tags of
//! each instance); for a pool without node public IPs, its Machines list (the node names).

use serde_json::{Value, json};

use super::{CommandContext, Output, WireResult};
use crate::arm::{ApiVersion, id};
use crate::error::{AzError, Result};
use crate::spec::aks::ClusterRef;
use crate::spec::ports::HostPortRange;

const API: &str = ApiVersion::ContainerService.as_str();

pub async fn node_ips(
    ctx: &CommandContext,
    cluster: &ClusterRef,
    pool: Option<&str>,
) -> Result<Output> {
    let sub = &ctx.subscription;
    let mc = ctx
        .client
        .get(
            &id::managed_cluster(sub, &cluster.resource_group, &cluster.name),
            API,
        )
        .await?;
    let profiles: Vec<Value> = mc
        .pointer("/properties/agentPoolProfiles")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let chosen: Vec<&Value> = profiles
        .iter()
        .filter(|p| pool.is_none_or(|n| p.get("name").and_then(Value::as_str) == Some(n)))
        .collect();
    if let (Some(n), true) = (pool, chosen.is_empty()) {
        return Err(AzError::validation(format!(
            "The nodepool \"{n}\" was not found."
        )));
    }
    let node_rg = mc
        .pointer("/properties/nodeResourceGroup")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let with_ips = |p: &&Value| p.get("enableNodePublicIP").and_then(Value::as_bool) == Some(true);
    let scale_sets = if chosen.iter().any(with_ips) {
        ctx.client
            .list(
                &id::vmss_collection(sub, Some(&node_rg)),
                ApiVersion::ComputeVmssList.as_str(),
            )
            .await?
    } else {
        Vec::new()
    };
    let mut rows = Vec::new();
    for p in chosen {
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        let ports = allowed_host_ports(p);
        if !with_ips(&p) {
            ctx.warn(&format!(
                "Node pool '{name}' has no node public IPs (it was created without --enable-node-public-ip): its nodes are listed with publicIp null."
            ));
            let machines = ctx
                .client
                .list(
                    &id::machines(sub, &cluster.resource_group, &cluster.name, name, None),
                    API,
                )
                .await?;
            for m in machines {
                rows.push(row(&m["name"], name, None, &ports));
            }
            continue;
        }
        let Some(vmss) = scale_sets.iter().find(|v| {
            v.pointer("/tags/aks-managed-poolName")
                .and_then(Value::as_str)
                == Some(name)
        }) else {
            ctx.warn(&format!(
                "Node pool '{name}' has no scale set in {node_rg} yet: it has no nodes."
            ));
            continue;
        };
        let vmss_name = vmss.get("name").and_then(Value::as_str).unwrap_or_default();
        let computer_prefix = vmss
            .pointer("/properties/virtualMachineProfile/osProfile/computerNamePrefix")
            .and_then(Value::as_str)
            .unwrap_or(vmss_name);
        let ips = ctx
            .client
            .list(
                &id::vmss_public_ips(sub, &node_rg, vmss_name),
                ApiVersion::VmssPublicIps.as_str(),
            )
            .await?;
        for ip in ips {
            let Some(instance) = instance_of(&ip) else {
                continue;
            };
            let node = json!(format!("{computer_prefix}{}", base36_6(instance)));
            rows.push(row(&node, name, Some(&ip), &ports));
        }
    }
    Ok(WireResult::raw(Value::Array(rows)))
}

fn row(node: &Value, pool: &str, ip: Option<&Value>, ports: &[String]) -> Value {
    let props = ip.and_then(|i| i.get("properties"));
    let field = |k: &str| props.and_then(|p| p.get(k)).cloned().unwrap_or(Value::Null);
    json!({
        "name": node,
        "nodepool": pool,
        "publicIp": field("ipAddress"),
        "publicIpPrefix": props
            .and_then(|p| p.pointer("/publicIPPrefix/id"))
            .cloned()
            .unwrap_or(Value::Null),
        "ipTags": match field("ipTags") {
            Value::Null => json!([]),
            t => t,
        },
        "allowedHostPorts": ports,
    })
}

/// The pool's allowed host ports in the flag's own syntax (`80/tcp`, `40000-60000/udp`).
fn allowed_host_ports(pool: &Value) -> Vec<String> {
    pool.pointer("/networkProfile/allowedHostPorts")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|r| {
                    HostPortRange::from_json(r).map_or_else(|| r.to_string(), |r| r.to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The VMSS instance id in a public IP's id (`.../virtualMachines/{id}/networkInterfaces/...`).
fn instance_of(ip: &Value) -> Option<u64> {
    let id = ip.get("id").and_then(Value::as_str)?;
    let mut parts = id.split('/');
    parts.find(|p| p.eq_ignore_ascii_case("virtualMachines"))?;
    parts.next()?.parse().ok()
}

/// A VMSS instance's computer-name suffix: the instance id in base 36, six digits.
fn base36_6(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = [b'0'; 6];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_names_as_vmss_computer_names() {
        assert_eq!(base36_6(0), "000000");
        assert_eq!(base36_6(10), "00000a");
        assert_eq!(base36_6(36), "000010");
        let ip = json!({"id": "/subscriptions/s/resourceGroups/mc/providers/Microsoft.Compute/virtualMachineScaleSets/v/virtualMachines/12/networkInterfaces/v/ipConfigurations/ipconfig1/publicIPAddresses/pub1"});
        assert_eq!(instance_of(&ip), Some(12));
        assert_eq!(instance_of(&json!({"id": "/x"})), None);
    }

    #[test]
    fn rows_carry_prefix_tags_and_ports() {
        let ip = json!({"properties": {"ipAddress": "20.1.2.3", "publicIPPrefix": {"id": "/p"},
            "ipTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}]}});
        let pool = json!({"networkProfile": {"allowedHostPorts": [
            {"portStart": 80, "portEnd": 80, "protocol": "TCP"},
            {"portStart": 40000, "portEnd": 60000, "protocol": "UDP"}]}});
        let r = row(&json!("n0"), "np", Some(&ip), &allowed_host_ports(&pool));
        assert_eq!(
            r,
            json!({"name": "n0", "nodepool": "np", "publicIp": "20.1.2.3", "publicIpPrefix": "/p",
                   "ipTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}],
                   "allowedHostPorts": ["80/tcp", "40000-60000/udp"]})
        );
        let none = row(&json!("n1"), "np", None, &[]);
        assert_eq!(none["publicIp"], Value::Null);
        assert_eq!(none["ipTags"], json!([]));
    }
}
