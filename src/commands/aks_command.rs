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

/// `Retry-After`, else az's polling interval for run command (5 s).
fn poll_delay(resp: &ArmResponse) -> Duration {
    resp.header("Retry-After")
        .and_then(|v| v.trim().parse::<u64>().ok())
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
        "{}/commandResults/{command_id}",
        cluster_path(ctx, rg, name)
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
        "{}/commandResults/{command_id}",
        cluster_path(ctx, rg, name)
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
}
