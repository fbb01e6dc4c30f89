//! The kubectl subset: apply / get / describe / delete / scale for Deployments and their pods,
//! `get nodes`, with kubectl's messages. A Deployment's replicas become pods at once (there is
//! no scheduler loop): each pod is placed on a node, given an IP, and, when the cluster has
//! `PodHostPortAutoAssignPreview`, the host ports its template's annotation asks for.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::format::{self, tabwrite};
use super::shell::{self, Sep};
use super::store::{self, DeploymentRow, PodRow};
use super::{ClusterView, CommandOutcome, NodeView};
use crate::crypto::hex;
use crate::hostport::{self, Allocator, Assignment, PortRequest, Protocol};

mod apply;
mod bare;
mod blocked;
mod delete;
mod describe;
mod get;
pub mod nodes;
mod objects;
mod scale;
pub mod server;
pub mod services;

use blocked::*;
use objects::*;

/// The alphabet Kubernetes uses for generated names (`SafeEncodeString`, `rand.String`).
const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

/// A failed kubectl invocation: its text (printed to the logs) and exit code.
struct Fail(String);

type Res<T> = Result<T, Fail>;

fn fail<T>(msg: impl Into<String>) -> Res<T> {
    Err(Fail(msg.into()))
}

fn db<T>(r: rusqlite::Result<T>) -> Res<T> {
    r.map_err(|e| {
        Fail(format!(
            "Error from server (InternalError): the store failed: {e}"
        ))
    })
}

pub fn run(
    conn: &Connection,
    cluster: &ClusterView,
    command: &str,
    context: Option<&str>,
) -> CommandOutcome {
    let files = match context.map(crate::arm::run_command::decode_context) {
        Some(Err(e)) => {
            return CommandOutcome {
                exit_code: 1,
                logs: format!("error: {e}\n"),
            };
        }
        Some(Ok(f)) => f,
        None => Vec::new(),
    };
    let commands = match shell::split(command) {
        Ok(c) => c,
        Err(e) => {
            return CommandOutcome {
                exit_code: 2,
                logs: format!("/bin/bash: -c: line 1: {e}\n"),
            };
        }
    };
    let mut logs = String::new();
    let mut code = 0;
    for (sep, words) in commands {
        if sep == Sep::IfOk && code != 0 {
            continue;
        }
        code = run_one(conn, cluster, &files, &words, &mut logs);
    }
    CommandOutcome {
        exit_code: code,
        logs,
    }
}

fn run_one(
    conn: &Connection,
    cluster: &ClusterView,
    files: &[(String, Vec<u8>)],
    words: &[String],
    logs: &mut String,
) -> i32 {
    if words[0] != "kubectl" {
        logs.push_str(&format!(
            "/bin/bash: line 1: {}: command not found\n",
            words[0]
        ));
        return 127;
    }
    let Some(verb) = words.get(1) else {
        logs.push_str("kubectl controls the Kubernetes cluster manager.\n\nThe emulator supports: apply, get, describe, delete, scale.\n");
        return 0;
    };
    let args = match Args::parse(verb, &words[2..]) {
        Ok(a) => a,
        Err(Fail(m)) => {
            logs.push_str(&m);
            return 1;
        }
    };
    // One savepoint per kubectl invocation: a failure leaves the store as it was.
    if conn.execute_batch("SAVEPOINT kubectl").is_err() {
        logs.push_str("Error from server (InternalError): the store is not available\n");
        return 1;
    }
    let mut k = Kube {
        conn,
        cluster,
        now: format::rfc3339(format::now()),
        out: String::new(),
        failed: false,
    };
    let result = match verb.as_str() {
        "apply" => k.apply(&args, files),
        "get" => k.get(&args),
        "describe" => k.describe(&args),
        "delete" => k.delete(&args, files),
        "scale" => k.scale(&args),
        other => fail(format!(
            "error: unknown command \"{other}\" for \"kubectl\"\nRun 'kubectl --help' for usage.\n"
        )),
    };
    let ok = match result {
        Ok(()) => !k.failed,
        Err(Fail(m)) => {
            k.out.push_str(&m);
            if !m.ends_with('\n') {
                k.out.push('\n');
            }
            false
        }
    };
    // apply keeps what succeeded document by document (as kubectl does); other verbs are
    // all or nothing.
    let keep = ok || verb == "apply";
    let end = if keep {
        "RELEASE kubectl"
    } else {
        "ROLLBACK TO kubectl; RELEASE kubectl"
    };
    let _ = conn.execute_batch(end);
    logs.push_str(&k.out);
    if ok { 0 } else { 1 }
}

/// Parsed kubectl flags and positionals.
#[derive(Debug, Default)]
struct Args {
    positional: Vec<String>,
    namespace: Option<String>,
    all_namespaces: bool,
    output: Option<String>,
    files: Vec<String>,
    replicas: Option<String>,
    selector: Option<String>,
}

impl Args {
    fn parse(verb: &str, words: &[String]) -> Res<Args> {
        let mut a = Args::default();
        let mut i = 0;
        let unknown = |flag: &str| {
            Fail(format!(
                "error: unknown flag: {flag}\nSee 'kubectl {verb} --help' for usage.\n"
            ))
        };
        while i < words.len() {
            let w = &words[i];
            i += 1;
            if !w.starts_with('-') || w == "-" {
                a.positional.push(w.clone());
                continue;
            }
            let (flag, inline) = match w.split_once('=') {
                Some((f, v)) if w.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ if !w.starts_with("--") && w.len() > 2 && w.is_char_boundary(2) => {
                    (w[..2].to_string(), Some(w[2..].to_string()))
                }
                _ => (w.clone(), None),
            };
            let mut value = |name: &str| -> Res<String> {
                if let Some(v) = &inline {
                    return Ok(v.clone());
                }
                match words.get(i) {
                    Some(v) => {
                        i += 1;
                        Ok(v.clone())
                    }
                    None => fail(format!(
                        "error: flag needs an argument: {name}\nSee 'kubectl {verb} --help' for usage.\n"
                    )),
                }
            };
            match flag.as_str() {
                "-n" | "--namespace" => a.namespace = Some(value(&flag)?),
                "-A" | "--all-namespaces" => {
                    if inline.is_some() {
                        return Err(unknown(w));
                    }
                    a.all_namespaces = true
                }
                "-o" | "--output" => a.output = Some(value(&flag)?),
                "-f" | "--filename" => a.files.push(value(&flag)?),
                "-l" | "--selector" => a.selector = Some(value(&flag)?),
                "--replicas" if verb == "scale" => a.replicas = Some(value(&flag)?),
                _ => return Err(unknown(w)),
            }
        }
        if let Some(o) = &a.output
            && !matches!(o.as_str(), "wide" | "yaml" | "json" | "name")
        {
            return fail(format!(
                "error: unable to match a printer suitable for the output format \"{o}\", allowed formats are: json,name,wide,yaml\n"
            ));
        }
        Ok(a)
    }

    fn ns(&self) -> &str {
        self.namespace.as_deref().unwrap_or("default")
    }

    /// The namespace to list, `None` for all.
    fn list_ns(&self) -> Option<&str> {
        if self.all_namespaces {
            None
        } else {
            Some(self.ns())
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pod,
    Deployment,
    Node,
}

fn kind_of(word: &str) -> Res<Kind> {
    match word.to_ascii_lowercase().as_str() {
        "pod" | "pods" | "po" => Ok(Kind::Pod),
        "deployment" | "deployments" | "deploy" | "deployment.apps" | "deployments.apps" => {
            Ok(Kind::Deployment)
        }
        "node" | "nodes" | "no" => Ok(Kind::Node),
        _ => fail(format!(
            "error: the server doesn't have a resource type \"{word}\"\n"
        )),
    }
}

/// `pods`, `pod/NAME`, `pods NAME...` → (kind, names).
fn kind_and_names(positional: &[String]) -> Res<(Kind, Vec<String>)> {
    let Some(first) = positional.first() else {
        return fail(
            "error: You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
        );
    };
    if let Some((k, name)) = first.split_once('/') {
        let kind = kind_of(k)?;
        let mut names = vec![name.to_string()];
        for p in &positional[1..] {
            match p.split_once('/') {
                Some((k2, n)) if kind_of(k2)? == kind => names.push(n.to_string()),
                _ => {
                    return fail(
                        "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
                    );
                }
            }
        }
        return Ok((kind, names));
    }
    Ok((kind_of(first)?, positional[1..].to_vec()))
}

fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Pod => "pods",
        Kind::Deployment => "deployments.apps",
        Kind::Node => "nodes",
    }
}

struct Kube<'a> {
    conn: &'a Connection,
    cluster: &'a ClusterView,
    now: String,
    out: String,
    /// Some part failed but the command went on (multi-document apply).
    failed: bool,
}

/// A Deployment document, checked.
struct Manifest {
    namespace: String,
    name: String,
    doc: Value,
    replicas: u32,
    template: Value,
    hash: String,
}

impl Kube<'_> {
    fn cid(&self) -> &str {
        &self.cluster.cluster_id
    }

    // ---- apply ----
}

/// What placement needs to know about the pods already in the cluster.
#[derive(Default)]
struct Live {
    names: std::collections::HashSet<(String, String)>,
    /// node → (pods of the deployment being reconciled, all pods).
    per_node: std::collections::HashMap<String, (usize, usize)>,
    ips: std::collections::HashMap<String, std::collections::HashSet<String>>,
}

impl Live {
    fn add(&mut self, p: &PodRow, d: &DeploymentRow) {
        self.names.insert((p.namespace.clone(), p.name.clone()));
        if let Some(node) = &p.node {
            let e = self.per_node.entry(node.clone()).or_default();
            if p.namespace == d.namespace && p.deployment == d.name {
                e.0 += 1;
            }
            e.1 += 1;
            if let Some(ip) = p.pod.pointer("/status/podIP").and_then(Value::as_str) {
                self.ips
                    .entry(node.clone())
                    .or_default()
                    .insert(ip.to_string());
            }
        }
    }
}

/// `spec.containers` of a template (`{metadata, spec}`) or of a pod spec.
fn containers(v: &Value) -> Vec<Value> {
    v.pointer("/spec/containers")
        .or_else(|| v.get("containers"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn rg_and_name(cluster_id: &str) -> (String, String) {
    let parts: Vec<&str> = cluster_id.split('/').collect();
    let after = |key: &str| {
        parts
            .iter()
            .position(|p| p.eq_ignore_ascii_case(key))
            .and_then(|i| parts.get(i + 1))
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    (after("resourceGroups"), after("managedClusters"))
}

/// The private address of the cluster's `index`th node (the node subnet AKS makes).
pub fn node_ip(index: usize) -> String {
    format!("10.224.0.{}", 4 + index % 250)
}

fn node_labels(n: &NodeView) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("agentpool".to_string(), n.pool.clone()),
        ("kubernetes.azure.com/agentpool".to_string(), n.pool.clone()),
        ("kubernetes.io/hostname".to_string(), n.name.clone()),
        ("kubernetes.io/os".to_string(), "linux".to_string()),
        ("kubernetes.io/arch".to_string(), "amd64".to_string()),
    ])
}

fn file_text(files: &[(String, Vec<u8>)], path: &str) -> Res<String> {
    let want = path.trim_start_matches("./");
    let base = want.rsplit('/').next().unwrap_or(want);
    let found = files
        .iter()
        .find(|(n, _)| n.trim_start_matches("./") == want)
        .or_else(|| {
            files
                .iter()
                .find(|(n, _)| n.rsplit('/').next() == Some(base))
        });
    match found {
        Some((_, bytes)) => String::from_utf8(bytes.clone()).map_err(|_| {
            Fail(format!(
                "error: error reading \"{path}\": the file is not UTF-8 text\n"
            ))
        }),
        None => fail(format!(
            "error: the path \"{path}\" does not exist (attach it with --file)\n"
        )),
    }
}

fn parse_documents(text: &str, file: &str) -> Res<Vec<Value>> {
    let mut out = Vec::new();
    for doc in yaml_serde::Deserializer::from_str(text) {
        let v: Value = serde::Deserialize::deserialize(doc).map_err(|e| {
            Fail(format!(
                "error: error parsing {file}: error converting YAML to JSON: yaml: {e}\n"
            ))
        })?;
        match v {
            Value::Null => {}
            Value::Object(_) => out.push(v),
            _ => {
                return fail(format!(
                    "error: error validating \"{file}\": error validating data: the document is not an object\n"
                ));
            }
        }
    }
    if out.is_empty() {
        return fail(format!(
            "error: no objects passed to apply (\"{file}\" is empty)\n"
        ));
    }
    Ok(out)
}

fn parse_selector(sel: &str) -> Res<Vec<(String, String)>> {
    sel.split(',')
        .map(|part| match part.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((
                k.trim_end_matches('=').to_string(),
                v.trim_start_matches('=').to_string(),
            )),
            _ => fail(format!(
                "error: the emulator's kubectl supports only key=value selectors: \"{part}\"\n"
            )),
        })
        .collect()
}

fn is_dns_subdomain(s: &str) -> bool {
    s.len() <= 253
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
        && s.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric())
}

fn digest(parts: &[&str]) -> [u8; 32] {
    let separated: Vec<&[u8]> = parts
        .iter()
        .flat_map(|p| [p.as_bytes(), &[0u8][..]])
        .collect();
    crate::crypto::sha256(&separated)
}

/// `n` characters of Kubernetes' name alphabet drawn from `bytes`.
fn encode(bytes: &[u8], n: usize) -> String {
    bytes
        .iter()
        .take(n)
        .map(|b| ALPHANUMS[*b as usize % ALPHANUMS.len()] as char)
        .collect()
}

/// The `pod-template-hash` as Kubernetes makes it: FNV-32a of the template, its decimal digits
/// mapped onto the name alphabet (`SafeEncodeString`), e.g. `75dc8d8855`.
fn template_hash(template: &Value) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in template.to_string().bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h.to_string()
        .bytes()
        .map(|b| ALPHANUMS[b as usize % ALPHANUMS.len()] as char)
        .collect()
}

fn uid(parts: &[&str]) -> String {
    let h = hex(&digest(parts));
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}
