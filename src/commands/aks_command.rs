//! `aks command invoke|result` (the `runCommand` API, as az's `aks_runcommand` drives it) and
//! `aks hostport check`, which runs kubectl through the same API and compares the pods' host
//! ports with the node pools' `allowedHostPorts` and, for pools in a bring-your-own subnet,
//! with the subnet NSG's inbound rules.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::{CommandContext, Output, WireResult, nsg_eval};
use crate::arm::run_command::{ContextFile, encode_files};
use crate::arm::{ApiVersion, ArmResponse, id};
use crate::error::{AzError, Result};
use crate::hostport::{self, Protocol};
use crate::spec::aks_command::{Attach, CommandInvoke};

const API: &str = ApiVersion::ContainerService.as_str();

/// What `aks command invoke|result` gives back.
#[derive(Debug, Clone, PartialEq)]
pub enum InvokeOutcome {
    /// The finished `RunCommandResult`; `output` prints it (az's own text unless `-o` is given).
    Finished(Value),
    /// The command still runs (or its result is gone): the lines az prints whatever `-o` says.
    Pending { first: String, rest: Option<String> },
}

fn cluster_path(ctx: &CommandContext, rg: &str, name: &str) -> String {
    id::managed_cluster(&ctx.subscription, rg, name)
}

/// Reads the `--file` attachments the way az's `_get_command_context` does.
pub fn read_attachments(attach: &Attach, cwd: &Path) -> Result<Vec<ContextFile>> {
    match attach {
        Attach::None => Ok(Vec::new()),
        Attach::Files(files) => files
            .iter()
            .map(|f| {
                let p = Path::new(f);
                if !p.is_file() {
                    return Err(AzError::validation(format!(
                        "{f} is not valid file, or not accessable."
                    )));
                }
                let base = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| f.clone());
                context_file(base, p).map_err(|_| {
                    AzError::validation(format!("{f} is not valid file, or not accessable."))
                })
            })
            .collect(),
        Attach::CurrentFolder => {
            let mut out = Vec::new();
            walk(cwd, cwd, &mut out)?;
            out.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(out)
        }
    }
}

/// A file as az's `zipfile.write` takes it: contents, modification time and mode.
fn context_file(name: String, path: &Path) -> std::io::Result<ContextFile> {
    let data = std::fs::read(path)?;
    let meta = std::fs::metadata(path)?;
    let modified = meta
        .modified()?
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    #[cfg(unix)]
    let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions());
    #[cfg(not(unix))]
    let mode = 0o100644;
    Ok(ContextFile {
        name,
        data,
        modified,
        mode,
    })
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<ContextFile>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let ty = entry.file_type()?;
        if ty.is_dir() {
            walk(root, &path, out)?;
        } else if path.is_file() {
            // az keeps the folder structure: `./sub/file` (os.path.join(relpath, file)).
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = if rel.parent().is_some_and(|p| p.as_os_str().is_empty()) {
                format!("./{}", rel.to_string_lossy())
            } else {
                rel.to_string_lossy().into_owned()
            };
            out.push(context_file(name, &path)?);
        }
    }
    Ok(())
}

/// POSTs `runCommand` and follows the `Location` result until a terminal
/// `properties.provisioningState` (az's `RunCommandLocationPolling`). With `no_wait`, returns
/// the command id from the first response instead.
async fn start(
    ctx: &CommandContext,
    cluster: &str,
    command: &str,
    context: String,
) -> Result<ArmResponse> {
    let body = json!({"command": command, "context": context});
    ctx.client
        .post(&format!("{cluster}/runCommand"), API, Some(&body))
        .await
}

async fn follow(ctx: &CommandContext, first: &ArmResponse) -> Result<Value> {
    let Some(location) = first.header("Location").map(str::to_string) else {
        // Answered at once.
        return first
            .json_body()
            .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")));
    };
    // az polls run command every 5 s unless the server says otherwise
    ctx.client
        .poll_until(&location, first, Duration::from_secs(5), |body| {
            let state = body
                .pointer("/properties/provisioningState")
                .and_then(Value::as_str)
                .unwrap_or("");
            matches!(
                state.to_ascii_lowercase().as_str(),
                "succeeded" | "failed" | "canceled"
            )
        })
        .await
}

fn command_id(location: &str) -> Option<String> {
    let i = location.find("commandResults/")? + "commandResults/".len();
    let rest = &location[i..];
    let end = rest.find(['?', '/']).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// `files`: the attachments, from `read_attachments`.
pub async fn invoke(
    ctx: &CommandContext,
    spec: CommandInvoke,
    files: Vec<ContextFile>,
) -> Result<InvokeOutcome> {
    let cluster = cluster_path(ctx, &spec.resource_group.0, &spec.name);
    // az reads the cluster first (for its AAD profile); a missing cluster fails here.
    ctx.client.get(&cluster, API).await?;
    let first = start(ctx, &cluster, &spec.command, encode_files(&files)).await?;
    if spec.no_wait {
        let id = first
            .header("Location")
            .and_then(command_id)
            .ok_or_else(|| {
                AzError::transport("The run command response has no Location header.")
            })?;
        return in_progress(ctx, &spec.resource_group.0, &spec.name, &id).await;
    }
    let result = follow(ctx, &first).await?;
    Ok(InvokeOutcome::Finished(result))
}

pub async fn result(
    ctx: &CommandContext,
    rg: &str,
    name: &str,
    command_id: &str,
) -> Result<InvokeOutcome> {
    let path = format!(
        "{}/commandResults/{}",
        cluster_path(ctx, rg, name),
        id::segment(command_id)
    );
    let resp = ctx
        .client
        .send(crate::arm::ArmRequest::new(
            crate::arm::Method::GET,
            id::with_api_version(&path, API),
        ))
        .await?;
    if resp.status == 200 {
        let body = resp
            .json_body()
            .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))?;
        return Ok(InvokeOutcome::Finished(body));
    }
    in_progress(ctx, rg, name, command_id).await
}

/// az's `_aks_command_result_in_progess_helper`.
async fn in_progress(
    ctx: &CommandContext,
    rg: &str,
    name: &str,
    command_id: &str,
) -> Result<InvokeOutcome> {
    let path = format!(
        "{}/commandResults/{}",
        cluster_path(ctx, rg, name),
        id::segment(command_id)
    );
    let resp = ctx
        .client
        .send(crate::arm::ArmRequest::new(
            crate::arm::Method::GET,
            id::with_api_version(&path, API),
        ))
        .await?;
    let body = resp.json_body().unwrap_or(Value::Null);
    if body.as_object().is_some_and(|o| !o.is_empty()) {
        let props = body.get("properties").cloned().unwrap_or(Value::Null);
        let show = |v: Option<&Value>| match v {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => "None".to_string(),
            Some(v) => v.to_string(),
        };
        Ok(InvokeOutcome::Pending {
            first: format!(
                "command id: {command_id}, started at: {}, status: {}",
                show(props.get("startedAt")),
                show(props.get("provisioningState"))
            ),
            rest: Some(format!(
                "Please use command \"az aks command result -g {rg} -n {name} -i {command_id}\" to get the future execution result"
            )),
        })
    } else {
        Ok(InvokeOutcome::Pending {
            first: format!("failed to fetch command result for command id: {command_id}"),
            rest: None,
        })
    }
}

/// The command `aks hostport check` runs in the cluster.
pub const CHECK_COMMAND: &str = "kubectl get nodes -o json && kubectl get pods -A -o json";

/// `aks hostport check`: the pods whose host ports their node pool's `allowedHostPorts` do
/// not open, and per pool the `--allowed-host-ports` value that would (existing ranges kept,
/// since `nodepool update --allowed-host-ports` replaces the list).
pub async fn hostport_check(ctx: &CommandContext, rg: &str, name: &str) -> Result<Output> {
    let cluster = cluster_path(ctx, rg, name);
    let mc = ctx.client.get(&cluster, API).await?;
    let first = start(ctx, &cluster, CHECK_COMMAND, String::new()).await?;
    let result = follow(ctx, &first).await?;
    let props = result.get("properties").cloned().unwrap_or(Value::Null);
    if props.get("provisioningState").and_then(Value::as_str) != Some("Succeeded") {
        return Err(AzError::internal(format!(
            "the run command did not succeed: {}",
            props
                .get("reason")
                .and_then(Value::as_str)
                .unwrap_or("no reason given")
        )));
    }
    let logs = props.get("logs").and_then(Value::as_str).unwrap_or("");
    let code = props.get("exitCode").and_then(Value::as_i64).unwrap_or(0);
    if code != 0 {
        return Err(AzError::internal(format!(
            "`{CHECK_COMMAND}` failed in the cluster with exit code {code}:\n{}",
            logs.trim_end()
        )));
    }
    let docs: Vec<Value> = serde_json::Deserializer::from_str(logs)
        .into_iter::<Value>()
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| AzError::internal(format!("cannot read kubectl's output: {e}")))?;
    let [nodes, pods] = docs.as_slice() else {
        return Err(AzError::internal(
            "cannot read kubectl's output: expected the node list and the pod list",
        ));
    };
    let networks = pool_networks(ctx, &mc).await?;
    Ok(WireResult::raw(check_report(
        &mc, nodes, pods, &networks, rg, name,
    )))
}

/// A pool's bring-your-own subnet: its prefixes and the NSG on it, if any.
#[derive(Debug, Clone, Default)]
pub struct PoolNetwork {
    pub subnet_prefixes: Vec<String>,
    pub nsg: Option<Value>,
}

/// The subnet (and its NSG) of each pool in a bring-your-own VNet, read once per subnet/NSG.
async fn pool_networks(ctx: &CommandContext, mc: &Value) -> Result<BTreeMap<String, PoolNetwork>> {
    let mut out = BTreeMap::new();
    let mut read: BTreeMap<String, PoolNetwork> = BTreeMap::new();
    for p in mc
        .pointer("/properties/agentPoolProfiles")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(pool), Some(subnet)) = (p["name"].as_str(), p["vnetSubnetID"].as_str()) else {
            continue;
        };
        if subnet.is_empty() {
            continue;
        }
        let key = subnet.to_lowercase();
        if let std::collections::btree_map::Entry::Vacant(slot) = read.entry(key.clone()) {
            let s = ctx
                .client
                .get(subnet, ApiVersion::NetworkSubnet.as_str())
                .await?;
            let props = &s["properties"];
            let mut prefixes: Vec<String> = props["addressPrefix"]
                .as_str()
                .map(str::to_string)
                .into_iter()
                .collect();
            if let Some(list) = props["addressPrefixes"].as_array() {
                prefixes.extend(list.iter().filter_map(|x| x.as_str().map(str::to_string)));
            }
            let nsg = match props["networkSecurityGroup"]["id"].as_str() {
                Some(id) => Some(ctx.client.get(id, ApiVersion::NetworkNsg.as_str()).await?),
                None => None,
            };
            slot.insert(PoolNetwork {
                subnet_prefixes: prefixes,
                nsg,
            });
        }
        out.insert(pool.to_string(), read[&key].clone());
    }
    Ok(out)
}

/// Pure part of `hostport check`, from the cluster's ARM body, kubectl's lists and the pools'
/// subnet NSGs: every host port, whether the pool's `allowedHostPorts` and the subnet's NSG
/// let Internet traffic in, and the commands that open what is closed.
pub fn check_report(
    mc: &Value,
    nodes: &Value,
    pods: &Value,
    networks: &BTreeMap<String, PoolNetwork>,
    rg: &str,
    name: &str,
) -> Value {
    let items = |v: &Value| {
        v.get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    // pool → allowed ranges; pool → the ASGs its nodes are in.
    let mut allowed: BTreeMap<String, Vec<hostport::AllowedRange>> = BTreeMap::new();
    let mut pool_asgs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in mc
        .pointer("/properties/agentPoolProfiles")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let pool = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let ranges = p
            .pointer("/networkProfile/allowedHostPorts")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|r| {
                Some((
                    r.get("portStart")?.as_u64()? as u16,
                    r.get("portEnd")?.as_u64()? as u16,
                    r.get("protocol")?.as_str()?.to_ascii_uppercase(),
                ))
            })
            .collect();
        let asgs = p
            .pointer("/networkProfile/applicationSecurityGroups")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect();
        pool_asgs.insert(pool.clone(), asgs);
        allowed.insert(pool, ranges);
    }
    // node → (pool, external IP, internal IP).
    let mut node_info: BTreeMap<String, (String, Option<String>, Option<String>)> = BTreeMap::new();
    for n in items(nodes) {
        let nname = n
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let labels = n.pointer("/metadata/labels");
        let pool = labels
            .and_then(|l| {
                l.get("kubernetes.azure.com/agentpool")
                    .or_else(|| l.get("agentpool"))
            })
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let address = |kind: &str| {
            n.pointer("/status/addresses")
                .and_then(Value::as_array)
                .and_then(|a| {
                    a.iter()
                        .find(|x| x.get("type").and_then(Value::as_str) == Some(kind))
                })
                .and_then(|x| x.get("address")?.as_str())
                .map(str::to_string)
        };
        node_info.insert(nname, (pool, address("ExternalIP"), address("InternalIP")));
    }
    let mut reachable = Vec::new();
    let mut unreachable = Vec::new();
    let mut per_pool: BTreeMap<String, Vec<(u16, Protocol)>> = BTreeMap::new();
    let mut per_nsg: BTreeMap<(String, Protocol), NsgFix> = BTreeMap::new();
    for pod in items(pods) {
        let Some(node) = pod.pointer("/spec/nodeName").and_then(Value::as_str) else {
            continue;
        };
        let (pool, ext, internal) = node_info.get(node).cloned().unwrap_or_default();
        let network = networks.get(&pool);
        let ranges = allowed.get(&pool).cloned().unwrap_or_default();
        for c in pod
            .pointer("/spec/containers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for p in c
                .get("ports")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(hp) = p
                    .get("hostPort")
                    .and_then(Value::as_u64)
                    .filter(|h| (1..=65535).contains(h))
                else {
                    continue;
                };
                let Some(proto) = Protocol::from_k8s(p.get("protocol").and_then(Value::as_str))
                else {
                    continue;
                };
                let hp = hp as u16;
                let by_pool = hostport::is_open(&ranges, hp, proto);
                let asgs = pool_asgs.get(&pool).cloned().unwrap_or_default();
                let target = nsg_eval::Node {
                    private_ip: internal.as_deref(),
                    asgs: &asgs,
                };
                let nsg = network.and_then(|n| n.nsg.as_ref());
                let verdict =
                    nsg.and_then(|g| nsg_eval::inbound_from_internet(g, &target, hp, proto));
                let by_nsg = verdict.as_ref().is_none_or(|v| v.allowed);
                let mut entry = json!({
                    "namespace": pod.pointer("/metadata/namespace"),
                    "pod": pod.pointer("/metadata/name"),
                    "container": c.get("name"),
                    "containerPort": p.get("containerPort"),
                    "hostPort": hp,
                    "protocol": proto.as_k8s(),
                    "node": node,
                    "nodePool": pool,
                    "nodePublicIp": ext,
                    "allowedHostPortsOpen": by_pool,
                });
                if let (Some(g), Some(v)) = (nsg, &verdict) {
                    entry["subnetNsg"] = json!({
                        "id": g["id"],
                        "rule": v.rule,
                        "priority": v.priority,
                        "access": if v.allowed { "Allow" } else { "Deny" },
                    });
                }
                if by_pool && by_nsg {
                    reachable.push(entry);
                    continue;
                }
                let mut blocked = Vec::new();
                if !by_pool {
                    blocked.push("allowedHostPorts");
                    per_pool.entry(pool.clone()).or_default().push((hp, proto));
                }
                if let (false, Some(g), Some(v), Some(n)) = (by_nsg, nsg, &verdict, network) {
                    blocked.push("subnetNsg");
                    let fix = per_nsg
                        .entry((pool.clone(), proto))
                        .or_insert_with(|| NsgFix {
                            nsg: g.clone(),
                            subnet_prefixes: n.subnet_prefixes.clone(),
                            asg: asgs.first().cloned(),
                            ports: Vec::new(),
                            below: v.priority,
                        });
                    fix.below = fix.below.min(v.priority);
                    if !fix.ports.contains(&hp) {
                        fix.ports.push(hp);
                    }
                }
                entry["blockedBy"] = json!(blocked);
                unreachable.push(entry);
            }
        }
    }
    let fixes: Vec<Value> = per_pool
        .into_iter()
        .map(|(pool, ports)| {
            let existing = allowed.get(&pool).map(Vec::as_slice).unwrap_or_default();
            let value = hostport::opening_value(existing, &ports);
            json!({
                "nodePool": pool,
                "allowedHostPorts": value,
                "command": format!("az aks nodepool update -g {rg} --cluster-name {name} -n {pool} --allowed-host-ports {value}"),
            })
        })
        .collect();
    let nsg_fixes: Vec<Value> = per_nsg
        .into_iter()
        .map(|((pool, proto), fix)| fix.into_json(&pool, proto))
        .collect();
    json!({"reachable": reachable, "unreachable": unreachable, "fixes": fixes, "nsgFixes": nsg_fixes})
}

/// The allow rule that opens a pool's blocked host ports of one protocol on its subnet NSG:
/// to the pool's (first) ASG when it has one, as the AKS docs advise, else to the subnet.
struct NsgFix {
    nsg: Value,
    subnet_prefixes: Vec<String>,
    asg: Option<String>,
    ports: Vec<u16>,
    /// The highest-priority rule that denies one of the ports: the new rule must come first.
    below: i64,
}

impl NsgFix {
    fn into_json(mut self, pool: &str, proto: Protocol) -> Value {
        self.ports.sort_unstable();
        let nsg_id = self.nsg["id"].as_str().unwrap_or_default().to_string();
        let parsed = crate::spec::resource_id::ResourceId::parse(&nsg_id);
        let rg = parsed
            .as_ref()
            .and_then(|p| p.resource_group.clone())
            .unwrap_or_default();
        let nsg_name = self.nsg["name"].as_str().unwrap_or_default();
        let protocol = match proto {
            Protocol::Tcp => "Tcp",
            Protocol::Udp => "Udp",
        };
        let rule = nsg_eval::free_rule_name(
            &self.nsg,
            &format!("allow-{pool}-hostports-{}", protocol.to_lowercase()),
        );
        let ports: Vec<String> = self.ports.iter().map(u16::to_string).collect();
        let priority = nsg_eval::free_priority(&self.nsg, self.below);
        let destination = match &self.asg {
            Some(asg) => format!("--destination-asgs {asg}"),
            None => format!(
                "--destination-address-prefixes {}",
                self.subnet_prefixes.join(" ")
            ),
        };
        let command = priority.map(|p| {
            format!(
                "az network nsg rule create -g {rg} --nsg-name {nsg_name} -n {rule} --priority {p} --direction Inbound --access Allow --protocol {protocol} --source-address-prefixes Internet --destination-port-ranges {} {destination}",
                ports.join(" ")
            )
        });
        json!({
            "nodePool": pool,
            "networkSecurityGroup": nsg_id,
            "protocol": protocol,
            "destinationPortRanges": ports,
            "priority": priority,
            "command": command,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_ids_come_from_the_location() {
        assert_eq!(
            command_id("https://x/commandResults/0a1b2c?api-version=1"),
            Some("0a1b2c".into())
        );
    }

    #[test]
    fn check_report_names_blocked_pods_and_the_fix() {
        let mc = json!({"properties": {"agentPoolProfiles": [
            {"name": "np1", "networkProfile": {"allowedHostPorts": [{"portStart": 40000, "portEnd": 40000, "protocol": "TCP"}]}}
        ]}});
        let nodes = json!({"items": [{"metadata": {"name": "n0", "labels": {"agentpool": "np1"}},
            "status": {"addresses": [{"type": "ExternalIP", "address": "20.0.0.1"}]}}]});
        let pod = |name: &str, ports: Value| {
            json!({"metadata": {"name": name, "namespace": "default"},
            "spec": {"nodeName": "n0", "containers": [{"name": "c", "ports": ports}]}})
        };
        let pods = json!({"items": [
            pod("a", json!([{"containerPort": 8080, "hostPort": 40000, "protocol": "TCP"},
                            {"containerPort": 8443, "hostPort": 40001, "protocol": "TCP"}])),
            pod("b", json!([{"containerPort": 53, "hostPort": 40000, "protocol": "UDP"},
                            {"containerPort": 80}])),
        ]});
        let r = check_report(&mc, &nodes, &pods, &BTreeMap::new(), "rg", "c");
        let un = r["unreachable"].as_array().unwrap();
        assert_eq!(un.len(), 2);
        assert_eq!(un[0]["pod"], "a");
        assert_eq!(un[0]["hostPort"], 40001);
        assert_eq!(un[0]["nodePublicIp"], "20.0.0.1");
        assert_eq!(un[1]["protocol"], "UDP");
        assert_eq!(
            r["fixes"][0]["allowedHostPorts"],
            "40000/tcp 40001/tcp 40000/udp"
        );
        assert_eq!(
            r["fixes"][0]["command"],
            "az aks nodepool update -g rg --cluster-name c -n np1 --allowed-host-ports 40000/tcp 40001/tcp 40000/udp"
        );
    }

    /// An ARM stand-in for one cluster whose runCommand runs the emulator's kubectl
    /// (`emulator::kube`) on an in-memory store, recording the requests it gets.
    mod fake {
        use std::sync::{Arc, Mutex};

        use async_trait::async_trait;
        use rusqlite::Connection;
        use serde_json::{Value, json};

        use crate::arm::{ArmRequest, ArmResponse, Method};
        use crate::client::{ArmClient, CommandHeaders, clock::FastForwardClock};
        use crate::commands::CommandContext;
        use crate::emulator::kube::{self, ClusterView, NodeView};
        use crate::error::Result;
        use crate::transport::Transport;

        pub const CLUSTER: &str = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c";

        pub struct FakeAks {
            conn: Mutex<Connection>,
            view: ClusterView,
            results: Mutex<Vec<Value>>,
            pub requests: Mutex<Vec<ArmRequest>>,
        }

        impl FakeAks {
            pub fn new() -> Arc<FakeAks> {
                let conn = Connection::open_in_memory().unwrap();
                kube::init_schema(&conn).unwrap();
                Arc::new(FakeAks {
                    conn: Mutex::new(conn),
                    view: ClusterView {
                        cluster_id: CLUSTER.into(),
                        nodes: (0..2)
                            .map(|i| NodeView {
                                name: format!("aks-nodepool1-1234-vmss00000{i}"),
                                pool: "nodepool1".into(),
                                allowed_host_ports: vec![(80, 80, "TCP".into())],
                                public_ip: Some(format!("20.0.0.{i}")),
                                private_ip: None,
                            })
                            .collect(),
                        hostport_auto_assign: true,
                        location: "eastus".into(),
                        node_resource_group: "MC_rg_c_eastus".into(),
                        created_at: None,
                        service_cidr: "10.0.0.0/16".into(),
                    },
                    results: Mutex::new(Vec::new()),
                    requests: Mutex::new(Vec::new()),
                })
            }

            pub fn ctx(self: &Arc<Self>) -> CommandContext {
                CommandContext {
                    client: ArmClient::new(
                        self.clone(),
                        Arc::new(FastForwardClock),
                        CommandHeaders::default(),
                    ),
                    subscription: "sub".into(),
                    log: Box::new(|_, _| {}),
                    progress: Box::new(|_| {}),
                }
            }
        }

        #[async_trait]
        impl Transport for FakeAks {
            async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
                self.requests.lock().unwrap().push(req.clone());
                let path = req.path().to_string();
                if req.method == Method::GET && path == CLUSTER {
                    return Ok(ArmResponse::json(
                        200,
                        &json!({"id": CLUSTER, "name": "c", "properties": {"agentPoolProfiles": [
                            {"name": "nodepool1", "networkProfile": {"allowedHostPorts": [
                                {"portStart": 80, "portEnd": 80, "protocol": "TCP"}]}}]}}),
                    ));
                }
                if req.method == Method::POST && path == format!("{CLUSTER}/runCommand") {
                    let body = req.json_body().unwrap();
                    let mut conn = self.conn.lock().unwrap();
                    let tx = conn.transaction().unwrap();
                    let out = kube::run_command(
                        &tx,
                        &self.view,
                        body["command"].as_str().unwrap(),
                        body["context"].as_str(),
                    );
                    tx.commit().unwrap();
                    let mut results = self.results.lock().unwrap();
                    let id = format!("cmd{}", results.len());
                    results.push(json!({"id": id, "properties": {
                        "provisioningState": "Succeeded", "exitCode": out.exit_code,
                        "startedAt": "2026-11-26T23:30:00Z", "finishedAt": "2026-11-26T23:30:01Z",
                        "logs": out.logs}}));
                    return Ok(ArmResponse::new(202)
                        .with_header(
                            "Location",
                            format!("https://management.azure.com{CLUSTER}/commandResults/{id}?api-version=2026-06-01"),
                        )
                        .with_header("Retry-After", "1"));
                }
                if req.method == Method::GET
                    && let Some(id) = path.strip_prefix(&format!("{CLUSTER}/commandResults/"))
                {
                    let results = self.results.lock().unwrap();
                    if let Some(r) = results.iter().find(|r| r["id"] == id) {
                        return Ok(ArmResponse::json(200, r));
                    }
                }
                Ok(ArmResponse::json(
                    404,
                    &json!({"error": {"code": "NotFound", "message": path}}),
                ))
            }
        }
    }

    const ECHO: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: echoserver-hostport
spec:
  replicas: 3
  selector:
    matchLabels:
      app: echoserver-hostport
  template:
    metadata:
      annotations:
        kubernetes.azure.com/assign-hostports-for-containerports: 8080/tcp,8443/tcp
      labels:
        app: echoserver-hostport
    spec:
      containers:
        - name: echoserver-hostport
          image: k8s.gcr.io/echoserver:1.10
          ports:
            - containerPort: 8080
              protocol: TCP
            - containerPort: 8443
              protocol: TCP
";

    fn spec(command: &str, no_wait: bool) -> CommandInvoke {
        crate::spec::aks_command::command_invoke(
            crate::spec::names::ResourceGroupName("rg".into()),
            "c".into(),
            Some(command.into()),
            vec![],
            no_wait,
        )
        .unwrap()
    }

    #[tokio::test]
    async fn invoke_sends_what_az_sends_and_prints_what_az_prints() {
        let arm = fake::FakeAks::new();
        let ctx = arm.ctx();
        let files = vec![("echo.yaml".to_string(), ECHO.as_bytes().to_vec())];
        let out = invoke(
            &ctx,
            spec("kubectl apply -f echo.yaml", false),
            vec![ContextFile::plain("echo.yaml", ECHO.as_bytes().to_vec())],
        )
        .await
        .unwrap();
        let InvokeOutcome::Finished(result) = out else {
            panic!("{out:?}")
        };
        let text = crate::output::run_command::az_text(&result);
        assert_eq!(
            text.first,
            "command started at 2026-11-26 23:30:00+00:00, finished at 2026-11-26 23:30:01+00:00 with exitcode=0"
        );
        assert_eq!(text.ansi, Some("32"));
        let rest = text.rest.unwrap();
        assert!(
            rest.starts_with("deployment.apps/echoserver-hostport created\n"),
            "{rest}"
        );
        // The pool opens only 80/tcp: kubectl's output says how to open the six ports.
        assert!(
            rest.contains("--allowed-host-ports 80/tcp 40000-40005/tcp"),
            "{rest}"
        );

        let reqs = arm.requests.lock().unwrap().clone();
        let seen: Vec<(String, String)> = reqs
            .iter()
            .map(|r| (r.method.to_string(), r.path().to_string()))
            .collect();
        assert_eq!(
            seen,
            [
                ("GET".to_string(), fake::CLUSTER.to_string()),
                ("POST".to_string(), format!("{}/runCommand", fake::CLUSTER)),
                (
                    "GET".to_string(),
                    format!("{}/commandResults/cmd0", fake::CLUSTER)
                ),
            ]
        );
        assert!(reqs[1].query().contains("api-version=2026-06-01"));
        let body = reqs[1].json_body().unwrap();
        assert_eq!(body["command"], "kubectl apply -f echo.yaml");
        assert_eq!(body.as_object().unwrap().len(), 2, "{body}");
        let ctx_text = body["context"].as_str().unwrap();
        assert_eq!(
            crate::arm::run_command::decode_context(ctx_text).unwrap(),
            files
        );

        let out = invoke(&ctx, spec("kubectl get pods -o name", false), vec![])
            .await
            .unwrap();
        let InvokeOutcome::Finished(result) = out else {
            panic!("{out:?}")
        };
        assert_eq!(
            result["properties"]["logs"]
                .as_str()
                .unwrap()
                .lines()
                .count(),
            3
        );
        let body = arm.requests.lock().unwrap()[4].json_body().unwrap();
        assert_eq!(body["context"], "", "no files: az sends an empty context");

        // --no-wait: az's in-progress helper text.
        let out = invoke(&ctx, spec("kubectl get pods", true), vec![])
            .await
            .unwrap();
        assert_eq!(
            out,
            InvokeOutcome::Pending {
                first: "command id: cmd2, started at: 2026-11-26T23:30:00Z, status: Succeeded".into(),
                rest: Some("Please use command \"az aks command result -g rg -n c -i cmd2\" to get the future execution result".into()),
            }
        );

        // hostport check: six blocked ports, one fix for the pool.
        let report = hostport_check(&ctx, "rg", "c")
            .await
            .unwrap()
            .unwrap()
            .value;
        assert_eq!(report["unreachable"].as_array().unwrap().len(), 6);
        assert_eq!(report["fixes"][0]["nodePool"], "nodepool1");
        assert_eq!(
            report["fixes"][0]["allowedHostPorts"],
            "80/tcp 40000-40005/tcp"
        );
        assert!(
            report["unreachable"][0]["nodePublicIp"]
                .as_str()
                .unwrap()
                .starts_with("20.0.0.")
        );
    }
}
