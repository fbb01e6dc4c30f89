//! `aks command invoke|result` (the `runCommand` API, as az's `aks_runcommand` drives it) and
//! `aks hostport check`, which runs kubectl through the same API and compares the pods' host
//! ports with the node pools' `allowedHostPorts`.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::{Ctx, Output, Shaped};
use crate::arm::run_command::encode_context;
use crate::arm::{ApiVersion, ArmResponse, id};
use crate::error::{AzError, Result};
use crate::hostport::{self, Protocol};
use crate::output::models;
use crate::spec::aks_command::{Attach, CommandInvoke};

const API: &str = ApiVersion::ContainerService.as_str();

/// What `aks command invoke|result` gives back: az prints its own text unless `-o` was given.
#[derive(Debug, Clone, PartialEq)]
pub enum InvokeOutcome {
    /// Lines az prints itself (with `print`): `color` says which colour az would give the
    /// first line on a terminal.
    Text {
        first: String,
        rest: Option<String>,
        color: Color,
    },
    /// The `RunCommandResult` (az returns it when `-o/--output` is given).
    Result(Output),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Green,
    Red,
    Blue,
    Plain,
}

fn cluster_path(ctx: &Ctx, rg: &str, name: &str) -> String {
    id::managed_cluster(&ctx.subscription, rg, name)
}

/// Reads the `--file` attachments the way az's `_get_command_context` does.
pub fn read_attachments(attach: &Attach, cwd: &Path) -> Result<Vec<(String, Vec<u8>)>> {
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
                let data = std::fs::read(p).map_err(|_| {
                    AzError::validation(format!("{f} is not valid file, or not accessable."))
                })?;
                let base = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| f.clone());
                Ok((base, data))
            })
            .collect(),
        Attach::CurrentFolder => {
            let mut out = Vec::new();
            walk(cwd, cwd, &mut out)?;
            out.sort();
            Ok(out)
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
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
            out.push((name, std::fs::read(&path)?));
        }
    }
    Ok(())
}

/// POSTs `runCommand` and follows the `Location` result until a terminal
/// `properties.provisioningState` (az's `RunCommandLocationPolling`). With `no_wait`, returns
/// the command id from the first response instead.
async fn start(ctx: &Ctx, cluster: &str, command: &str, context: String) -> Result<ArmResponse> {
    let body = json!({"command": command, "context": context});
    ctx.client
        .post(&format!("{cluster}/runCommand"), API, Some(&body))
        .await
}

async fn follow(ctx: &Ctx, first: &ArmResponse) -> Result<Value> {
    let Some(location) = first.header("Location").map(str::to_string) else {
        // Answered at once.
        return first
            .json_body()
            .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")));
    };
    let mut delay = poll_delay(first);
    loop {
        ctx.client.clock().sleep(delay).await;
        let resp = ctx
            .client
            .send(crate::arm::ArmRequest::new(
                crate::arm::Method::GET,
                location.clone(),
            ))
            .await?;
        delay = poll_delay(&resp);
        let body = resp.json_body().unwrap_or(Value::Null);
        let state = body
            .pointer("/properties/provisioningState")
            .and_then(Value::as_str)
            .unwrap_or("");
        if matches!(
            state.to_ascii_lowercase().as_str(),
            "succeeded" | "failed" | "canceled"
        ) {
            return Ok(body);
        }
    }
}

/// The server's hint as azure-core reads it (`retry-after-ms`, `x-ms-retry-after-ms`, then
/// `Retry-After` in seconds), else az's polling interval for run command (5 s).
fn poll_delay(resp: &ArmResponse) -> Duration {
    for h in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = resp.header(h).and_then(|v| v.trim().parse::<u64>().ok()) {
            return Duration::from_millis(ms);
        }
    }
    resp.header("Retry-After")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map(Duration::from_secs)
        .unwrap_or(Duration::from_secs(5))
}

fn command_id(location: &str) -> Option<String> {
    let i = location.find("commandResults/")? + "commandResults/".len();
    let rest = &location[i..];
    let end = rest.find(['?', '/']).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// `files`: the attachments, from `read_attachments`.
pub async fn invoke(
    ctx: &Ctx,
    spec: CommandInvoke,
    files: Vec<(String, Vec<u8>)>,
) -> Result<InvokeOutcome> {
    let cluster = cluster_path(ctx, &spec.resource_group.0, &spec.name);
    // az reads the cluster first (for its AAD profile); a missing cluster fails here.
    ctx.client.get(&cluster, API).await?;
    let first = start(ctx, &cluster, &spec.command, encode_context(&files)).await?;
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
    Ok(print_result(result, spec.output_given))
}

pub async fn result(
    ctx: &Ctx,
    rg: &str,
    name: &str,
    command_id: &str,
    output_given: bool,
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
        return Ok(print_result(body, output_given));
    }
    in_progress(ctx, rg, name, command_id).await
}

/// az's `_aks_command_result_in_progess_helper`.
async fn in_progress(ctx: &Ctx, rg: &str, name: &str, command_id: &str) -> Result<InvokeOutcome> {
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
        Ok(InvokeOutcome::Text {
            first: format!(
                "command id: {command_id}, started at: {}, status: {}",
                show(props.get("startedAt")),
                show(props.get("provisioningState"))
            ),
            rest: Some(format!(
                "Please use command \"az aks command result -g {rg} -n {name} -i {command_id}\" to get the future execution result"
            )),
            color: Color::Plain,
        })
    } else {
        Ok(InvokeOutcome::Text {
            first: format!("failed to fetch command result for command id: {command_id}"),
            rest: None,
            color: Color::Plain,
        })
    }
}

/// az's `_print_command_result`.
pub fn print_result(result: Value, output_given: bool) -> InvokeOutcome {
    if output_given {
        return InvokeOutcome::Result(Shaped::model(result, models::RUN_COMMAND_RESULT));
    }
    let props = result.get("properties").cloned().unwrap_or(Value::Null);
    let s = |k: &str| props.get(k).and_then(Value::as_str).map(str::to_string);
    match s("provisioningState").as_deref() {
        Some("Succeeded") => InvokeOutcome::Text {
            first: format!(
                "command started at {}, finished at {} with exitcode={}",
                python_datetime(s("startedAt")),
                python_datetime(s("finishedAt")),
                props
                    .get("exitCode")
                    .and_then(Value::as_i64)
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "None".into())
            ),
            rest: Some(s("logs").unwrap_or_else(|| "None".into())),
            color: Color::Green,
        },
        Some("Failed") => InvokeOutcome::Text {
            first: format!(
                "command failed with reason: {}",
                s("reason").unwrap_or_else(|| "None".into())
            ),
            rest: None,
            color: Color::Red,
        },
        other => InvokeOutcome::Text {
            first: format!(
                "command (id: {}) is in {} state",
                result.get("id").and_then(Value::as_str).unwrap_or("None"),
                other.unwrap_or("None")
            ),
            rest: None,
            color: Color::Blue,
        },
    }
}

/// How Python prints the SDK's `datetime`: `2026-11-26 23:05:01+00:00`, microseconds only when
/// non-zero.
pub fn python_datetime(s: Option<String>) -> String {
    use time::format_description::well_known::Rfc3339;
    let Some(s) = s else {
        return "None".into();
    };
    let Ok(t) = time::OffsetDateTime::parse(&s, &Rfc3339) else {
        return s;
    };
    let date = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let mut out = t.format(&date).unwrap_or_else(|_| s.clone());
    let micros = t.microsecond();
    if micros != 0 {
        out.push_str(&format!(".{micros:06}"));
    }
    let off = t.offset();
    let (h, m, _) = off.as_hms();
    let sign = if off.is_negative() { '-' } else { '+' };
    out.push_str(&format!(
        "{sign}{:02}:{:02}",
        h.unsigned_abs(),
        m.unsigned_abs()
    ));
    out
}

/// The command `aks hostport check` runs in the cluster.
pub const CHECK_COMMAND: &str = "kubectl get nodes -o json && kubectl get pods -A -o json";

/// `aks hostport check`: the pods whose host ports their node pool's `allowedHostPorts` do
/// not open, and per pool the `--allowed-host-ports` value that would (existing ranges kept,
/// since `nodepool update --allowed-host-ports` replaces the list).
pub async fn hostport_check(ctx: &Ctx, rg: &str, name: &str) -> Result<Output> {
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
    Ok(Shaped::raw(check_report(&mc, nodes, pods, rg, name)))
}

/// Pure part of `hostport check`, from the cluster's ARM body and kubectl's lists.
pub fn check_report(mc: &Value, nodes: &Value, pods: &Value, rg: &str, name: &str) -> Value {
    let items = |v: &Value| {
        v.get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    // pool → allowed ranges.
    let mut allowed: BTreeMap<String, Vec<(u16, u16, String)>> = BTreeMap::new();
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
        allowed.insert(pool, ranges);
    }
    // node → (pool, external IP).
    let mut node_info: BTreeMap<String, (String, Option<String>)> = BTreeMap::new();
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
        let ext = n
            .pointer("/status/addresses")
            .and_then(Value::as_array)
            .and_then(|a| {
                a.iter()
                    .find(|x| x.get("type").and_then(Value::as_str) == Some("ExternalIP"))
            })
            .and_then(|x| x.get("address")?.as_str())
            .map(str::to_string);
        node_info.insert(nname, (pool, ext));
    }
    let mut unreachable = Vec::new();
    let mut per_pool: BTreeMap<String, Vec<(u16, Protocol)>> = BTreeMap::new();
    for pod in items(pods) {
        let Some(node) = pod.pointer("/spec/nodeName").and_then(Value::as_str) else {
            continue;
        };
        let (pool, ext) = node_info.get(node).cloned().unwrap_or_default();
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
                let open = ranges
                    .iter()
                    .any(|(s, e, pr)| pr == proto.as_k8s() && (*s..=*e).contains(&hp));
                if open {
                    continue;
                }
                per_pool.entry(pool.clone()).or_default().push((hp, proto));
                unreachable.push(json!({
                    "namespace": pod.pointer("/metadata/namespace"),
                    "pod": pod.pointer("/metadata/name"),
                    "container": c.get("name"),
                    "containerPort": p.get("containerPort"),
                    "hostPort": hp,
                    "protocol": proto.as_k8s(),
                    "node": node,
                    "nodePool": pool,
                    "nodePublicIp": ext,
                }));
            }
        }
    }
    let fixes: Vec<Value> = per_pool
        .into_iter()
        .map(|(pool, ports)| {
            let mut parts: Vec<String> = allowed
                .get(&pool)
                .into_iter()
                .flatten()
                .map(|(s, e, p)| {
                    let p = p.to_ascii_lowercase();
                    if s == e { format!("{s}/{p}") } else { format!("{s}-{e}/{p}") }
                })
                .collect();
            parts.push(hostport::allowed_host_ports_value(&hostport::covering_ranges(&ports)));
            let value = parts.join(" ");
            json!({
                "nodePool": pool,
                "allowedHostPorts": value,
                "command": format!("az aks nodepool update -g {rg} --cluster-name {name} -n {pool} --allowed-host-ports {value}"),
            })
        })
        .collect();
    json!({"unreachable": unreachable, "fixes": fixes})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_datetimes() {
        assert_eq!(
            python_datetime(Some("2026-11-26T23:05:01Z".into())),
            "2026-11-26 23:05:01+00:00"
        );
        assert_eq!(
            python_datetime(Some("2026-11-26T23:05:01.25+00:00".into())),
            "2026-11-26 23:05:01.250000+00:00"
        );
        assert_eq!(python_datetime(None), "None");
    }

    #[test]
    fn az_text_for_each_state() {
        let r = json!({"id": "abc", "properties": {"provisioningState": "Succeeded", "exitCode": 1,
            "startedAt": "2026-11-26T23:05:01Z", "finishedAt": "2026-11-26T23:05:02Z", "logs": "out\n"}});
        assert_eq!(
            print_result(r.clone(), false),
            InvokeOutcome::Text {
                first: "command started at 2026-11-26 23:05:01+00:00, finished at 2026-11-26 23:05:02+00:00 with exitcode=1".into(),
                rest: Some("out\n".into()),
                color: Color::Green
            }
        );
        assert!(matches!(
            print_result(r, true),
            InvokeOutcome::Result(Some(_))
        ));
        let r = json!({"id": "abc", "properties": {"provisioningState": "Running"}});
        assert!(
            matches!(print_result(r, false), InvokeOutcome::Text { first, .. } if first == "command (id: abc) is in Running state")
        );
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
        let r = check_report(&mc, &nodes, &pods, "rg", "c");
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
        use crate::commands::Ctx;
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
                            })
                            .collect(),
                        hostport_auto_assign: true,
                    },
                    results: Mutex::new(Vec::new()),
                    requests: Mutex::new(Vec::new()),
                })
            }

            pub fn ctx(self: &Arc<Self>) -> Ctx {
                Ctx {
                    client: ArmClient::new(
                        self.clone(),
                        Arc::new(FastForwardClock),
                        CommandHeaders::default(),
                    ),
                    subscription: "sub".into(),
                    warn: Box::new(|_| {}),
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

    fn spec(command: &str, no_wait: bool, output_given: bool) -> CommandInvoke {
        crate::spec::aks_command::command_invoke(
            crate::spec::names::ResourceGroupName("rg".into()),
            "c".into(),
            Some(command.into()),
            vec![],
            no_wait,
            output_given,
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
            spec("kubectl apply -f echo.yaml", false, false),
            files.clone(),
        )
        .await
        .unwrap();
        let InvokeOutcome::Text { first, rest, color } = out else {
            panic!("{out:?}")
        };
        assert_eq!(
            first,
            "command started at 2026-11-26 23:30:00+00:00, finished at 2026-11-26 23:30:01+00:00 with exitcode=0"
        );
        assert_eq!(color, Color::Green);
        let rest = rest.unwrap();
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

        // -o json: the result object, for the output layer to shape.
        let out = invoke(&ctx, spec("kubectl get pods -o name", false, true), vec![])
            .await
            .unwrap();
        let InvokeOutcome::Result(Some(shaped)) = out else {
            panic!("{out:?}")
        };
        assert_eq!(shaped.model, Some(models::RUN_COMMAND_RESULT));
        assert_eq!(
            shaped.value["properties"]["logs"]
                .as_str()
                .unwrap()
                .lines()
                .count(),
            3
        );
        let body = arm.requests.lock().unwrap()[4].json_body().unwrap();
        assert_eq!(body["context"], "", "no files: az sends an empty context");

        // --no-wait: az's in-progress helper text.
        let out = invoke(&ctx, spec("kubectl get pods", true, false), vec![])
            .await
            .unwrap();
        assert_eq!(
            out,
            InvokeOutcome::Text {
                first: "command id: cmd2, started at: 2026-11-26T23:30:00Z, status: Succeeded".into(),
                rest: Some("Please use command \"az aks command result -g rg -n c -i cmd2\" to get the future execution result".into()),
                color: Color::Plain,
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
