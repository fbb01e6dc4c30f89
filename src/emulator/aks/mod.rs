//! Microsoft.ContainerService: managed clusters, agent pools, their long-running operations,
//! the node resource group they own (VMSS, node public IPs, NSG rules, ASGs), and runCommand.
//!
//! A PUT decides everything inside its transaction: it validates, checks that the prefixes
//! have room, and either builds the node resources at once (the operation will succeed) or
//! builds nothing (the operation will fail with `PublicIpPrefixOutOfIpAddressesForVMScaleSet`).
//! `settle` later moves the operation to its end: `Succeeded`, or `Failed` with the resources
//! put back as they were, so nothing is ever half-made.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::kube::{self, ClusterView, NodeView};
use super::network;
use super::nsg::{self, AllowRule};
use super::resources::{self, required_location};
use super::router::{Req, RequestContext, Scope, delete_resource, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{
    ApiError, R, cluster_digits, det_guid, det_hex, ip_to_string, new_guid, rfc3339,
};
use super::vnet;
use crate::arm::{ArmResponse, Method};

mod addon_profiles;
mod addons;
mod agent_pools;
mod automatic;
mod clusters;
mod kube_server;
mod machines;
mod misc;
mod net_rules;
mod operations;
mod pool_features;
mod pool_rules;
mod pools;
mod profile;
mod run_command;
mod sec;
mod snapshots;
mod subnet_capacity;

pub use agent_pools::*;
use clusters::*;
use kube_server::list_credential;
pub use kube_server::{KUBE_PREFIX, kube_api};
use machines::*;
pub use operations::*;
use pool_features::*;
use pool_rules::*;
use pools::*;
use run_command::*;
use snapshots::*;

const CLUSTER_TYPE: &str = "Microsoft.ContainerService/managedClusters";
const POOL_TYPE: &str = "Microsoft.ContainerService/managedClusters/agentPools";
const DEFAULT_K8S: &str = "1.33.5";
const DEFAULT_VM_SIZE: &str = "Standard_DS2_v2";
const NODE_IMAGE: &str = "AKSUbuntu-2204gen2containerd-202510.03.0";
const OPS_API: &str = "2017-08-31";

// ---------------------------------------------------------------------------------------
// Routing

pub fn route(
    ctx: &RequestContext,
    req: &Req,
    scope: &Scope,
    rest: &[&str],
    segs: &[&str],
) -> Option<R<ArmResponse>> {
    Some(match rest {
        ["managedclusters"] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                list_clusters(ctx, &scope.sub, Some(&scope.rg))
            }
        }
        ["managedclusters", _] => cluster(ctx, req, scope, segs[1]),
        ["snapshots"] if req.method == Method::GET => list_snapshots(ctx, scope),
        ["snapshots", _] => snapshot(ctx, req, scope, segs[1]),
        ["managedclusters", _, "agentpools"] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                list_pools(ctx, scope, segs[1])
            }
        }
        ["managedclusters", _, "agentpools", _] => pool(ctx, req, scope, segs[1], segs[3]),
        ["managedclusters", _, "agentpools", _, "machines", rest @ ..] if rest.len() <= 1 => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                machines(ctx, scope, segs[1], segs[3], rest.first().map(|_| segs[5]))
            }
        }
        ["managedclusters", _, "runcommand"] => {
            if req.method != Method::POST {
                Err(method_not_allowed(&req.method))
            } else {
                run_command(ctx, req, scope, segs[1])
            }
        }
        [
            "managedclusters",
            _,
            action @ ("listclusterusercredential" | "listclusteradmincredential"),
        ] => {
            if req.method != Method::POST {
                Err(method_not_allowed(&req.method))
            } else {
                list_credential(ctx, scope, segs[1], *action == "listclusteradmincredential")
            }
        }
        ["managedclusters", _, "commandresults", _] => {
            if req.method != Method::GET {
                Err(method_not_allowed(&req.method))
            } else {
                command_result(ctx, scope, segs[1], segs[3])
            }
        }
        [
            "managedclusters",
            _,
            "providers",
            "microsoft.kubernetesconfiguration",
            rest @ ..,
        ] => {
            return super::k8s_extensions::route(ctx, req, scope, segs[1], rest, &segs[4..]);
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Cluster facts

struct ClusterInfo {
    id: String,
    name: String,
    sub: String,
    rg: String,
    location: String,
    node_rg: String,
    digits: String,
}

impl ClusterInfo {
    fn from_body(body: &Value) -> ClusterInfo {
        let id = body["id"].as_str().unwrap_or("").to_string();
        let parsed = crate::spec::resource_id::ResourceId::parse(&id);
        let sub = parsed
            .as_ref()
            .map(|p| p.subscription.clone())
            .unwrap_or_default();
        let rg = parsed
            .as_ref()
            .and_then(|p| p.resource_group.clone())
            .unwrap_or_default();
        ClusterInfo {
            name: body["name"].as_str().unwrap_or("").to_string(),
            location: body["location"].as_str().unwrap_or("").to_string(),
            node_rg: body
                .pointer("/properties/nodeResourceGroup")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            digits: cluster_digits(&id.to_lowercase()),
            id,
            sub,
            rg,
        }
    }
    fn vmss_name(&self, pool: &str) -> String {
        format!("aks-{pool}-{}-vmss", self.digits)
    }
    fn vmss_id(&self, pool: &str) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachineScaleSets/{}",
            self.sub,
            self.node_rg,
            self.vmss_name(pool)
        )
    }
    fn managed_asg_id(&self, pool: &str) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/applicationSecurityGroups/aks-{pool}-{}-asg",
            self.sub, self.node_rg, self.digits
        )
    }
    fn nsg_name(&self) -> String {
        format!("aks-agentpool-{}-nsg", self.digits)
    }
    fn nsg_id(&self) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/networkSecurityGroups/{}",
            self.sub,
            self.node_rg,
            self.nsg_name()
        )
    }
    /// `identityProfile.kubeletidentity` as AKS makes it: `<cluster>-agentpool` in the node
    /// resource group (AKS spells `resourcegroups` in lower case there).
    fn kubelet_identity(&self) -> Value {
        let key = self.id.to_lowercase();
        json!({
            "resourceId": format!(
                "/subscriptions/{}/resourcegroups/{}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{}-agentpool",
                self.sub, self.node_rg, self.name
            ),
            "clientId": det_guid(&format!("kubelet-client:{key}")),
            "objectId": det_guid(&format!("kubelet-object:{key}"))
        })
    }
    fn pool_id(&self, pool: &str) -> String {
        format!("{}/agentPools/{pool}", self.id)
    }
}

fn valid_cluster_name(n: &str) -> bool {
    let b = n.as_bytes();
    let edge = |c: &u8| c.is_ascii_alphanumeric();
    !b.is_empty()
        && b.len() <= 63
        && edge(&b[0])
        && b.last().is_some_and(edge)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

fn valid_pool_name(n: &str) -> bool {
    let b = n.as_bytes();
    !b.is_empty()
        && b.len() <= 12
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn pool_name_error(n: &str) -> ApiError {
    ApiError::invalid_parameter(
        "agentPoolProfile.name",
        format!(
            "The value of parameter agentPoolProfile.name is invalid. Error details: Agent pool name '{n}' must be 1 to 12 characters long, start with a lowercase letter and contain only lowercase letters and numbers. Please see https://aka.ms/aks-naming-rules for more details."
        ),
    )
}

fn valid_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    (parts.len() == 2 || parts.len() == 3)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
}

/// The patch version a `major.minor[.patch]` request runs.
fn current_version(v: &str) -> String {
    if v.split('.').count() == 3 {
        return v.to_string();
    }
    match v {
        "1.31" => "1.31.11".into(),
        "1.32" => "1.32.7".into(),
        "1.33" => "1.33.5".into(),
        "1.34" => "1.34.1".into(),
        other => format!("{other}.0"),
    }
}

fn non_empty_str(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str).filter(|s| !s.is_empty())
}

// ---------------------------------------------------------------------------------------
// Reading

fn cluster_body(ctx: &RequestContext, stored: &Value) -> R<Value> {
    let mut c = stored.clone();
    let id = c["id"].as_str().unwrap_or("").to_string();
    let profiles: Vec<Value> = store::children(ctx.tx, &id, store::POOL)?
        .into_iter()
        .map(|p| {
            let mut flat = Map::new();
            flat.insert("name".into(), p["name"].clone());
            if let Some(props) = p["properties"].as_object() {
                for (k, v) in props {
                    flat.insert(k.clone(), v.clone());
                }
            }
            Value::Object(flat)
        })
        .collect();
    c["properties"]["agentPoolProfiles"] = json!(profiles);
    Ok(c)
}

pub fn list_clusters(ctx: &RequestContext, sub: &str, rg: Option<&str>) -> R<ArmResponse> {
    let value = store::list(ctx.tx, store::CLUSTER, sub, rg)?
        .iter()
        .map(|c| cluster_body(ctx, c))
        .collect::<R<Vec<_>>>()?;
    Ok(ok(200, &json!({ "value": value })))
}

fn get_cluster(ctx: &RequestContext, scope: &Scope, name: &str) -> R<Value> {
    store::get(ctx.tx, &scope.provider_id(CLUSTER_TYPE, name))?
        .ok_or_else(|| ApiError::not_found(CLUSTER_TYPE, name, &scope.rg))
}

fn list_pools(ctx: &RequestContext, scope: &Scope, cluster: &str) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster)?;
    let pools = store::children(ctx.tx, c["id"].as_str().unwrap_or(""), store::POOL)?;
    Ok(ok(200, &json!({ "value": pools })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_versions() {
        assert!(valid_pool_name("nodepool1"));
        assert!(!valid_pool_name("Nodepool1"));
        assert!(!valid_pool_name("1pool"));
        assert!(!valid_pool_name("abcdefghijklm"));
        assert!(valid_cluster_name("c"));
        assert!(valid_cluster_name("my_cluster-1"));
        assert!(!valid_cluster_name("-c"));
        assert!(valid_version("1.33"));
        assert!(valid_version("1.33.5"));
        assert!(!valid_version("1.33.x"));
        assert_eq!(current_version("1.33"), "1.33.5");
    }
}
