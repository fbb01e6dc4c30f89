//! The kubectl subset: apply / get / describe / delete / scale for Deployments and their pods,
//! `get nodes`, with kubectl's messages. A Deployment's replicas become pods at once (there is
//! no scheduler loop): each pod is placed on a node, given an IP, and, when the cluster has
//! `PodHostPortAutoAssignPreview`, the host ports its template's annotation asks for.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rusqlite::Connection;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::format::{self, tabwrite};
use super::shell::{self, Sep};
use super::store::{self, DeploymentRow, PodRow};
use super::{ClusterView, CommandOutcome, NodeView};
use crate::hostport::{self, Allocator, Assignment, PortRequest, Protocol};

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

    fn apply(&mut self, args: &Args, files: &[(String, Vec<u8>)]) -> Res<()> {
        if args.files.is_empty() {
            return fail("error: must specify one of -f and -k\n");
        }
        for f in &args.files {
            let text = file_text(files, f)?;
            let docs = parse_documents(&text, f)?;
            for doc in docs {
                // Each document is all or nothing (pods and their ports included); the
                // others still apply, as with kubectl.
                db(self.conn.execute_batch("SAVEPOINT kubectl_doc"))?;
                let result = self
                    .check_manifest(doc, f, args.namespace.as_deref())
                    .and_then(|m| self.apply_one(m, f));
                let end = match result {
                    Ok(()) => "RELEASE kubectl_doc",
                    Err(Fail(m)) => {
                        self.out.push_str(&m);
                        self.failed = true;
                        "ROLLBACK TO kubectl_doc; RELEASE kubectl_doc"
                    }
                };
                db(self.conn.execute_batch(end))?;
            }
        }
        Ok(())
    }

    fn check_manifest(&self, doc: Value, file: &str, ns_flag: Option<&str>) -> Res<Manifest> {
        let kind = doc.get("kind").and_then(Value::as_str).unwrap_or("");
        let api = doc.get("apiVersion").and_then(Value::as_str).unwrap_or("");
        let name = doc
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if kind.is_empty() || api.is_empty() {
            let missing = if api.is_empty() { "apiVersion" } else { "kind" };
            return fail(format!(
                "error: error validating \"{file}\": error validating data: {missing} not set; if you choose to ignore these errors, turn validation off with --validate=false\n"
            ));
        }
        if kind != "Deployment" || api != "apps/v1" {
            return fail(format!(
                "error: resource mapping not found for name: \"{name}\" namespace: \"\" from \"{file}\": no matches for kind \"{kind}\" in version \"{api}\" (the emulator's kubectl knows only apps/v1 Deployment)\n"
            ));
        }
        let invalid = |field: &str, what: &str| {
            Fail(format!(
                "The Deployment \"{name}\" is invalid: {field}: {what}\n"
            ))
        };
        if name.is_empty() {
            return Err(invalid(
                "metadata.name",
                "Required value: name or generateName is required",
            ));
        }
        if !is_dns_subdomain(&name) {
            return Err(invalid(
                "metadata.name",
                &format!(
                    "Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
                ),
            ));
        }
        let doc_ns = doc.pointer("/metadata/namespace").and_then(Value::as_str);
        if let (Some(d), Some(f)) = (doc_ns, ns_flag)
            && d != f
        {
            return fail(format!(
                "error: the namespace from the provided object \"{d}\" does not match the namespace \"{f}\". You must pass '--namespace={d}' to perform this operation.\n"
            ));
        }
        let namespace = doc_ns.or(ns_flag).unwrap_or("default").to_string();
        let replicas = match doc.pointer("/spec/replicas") {
            None | Some(Value::Null) => 1,
            Some(v) => match v.as_u64() {
                Some(n) if n <= 100_000 => n as u32,
                _ => {
                    return Err(invalid(
                        "spec.replicas",
                        &format!("Invalid value: {v}: must be greater than or equal to 0"),
                    ));
                }
            },
        };
        let template = doc
            .pointer("/spec/template")
            .cloned()
            .unwrap_or(Value::Null);
        let labels = template
            .pointer("/metadata/labels")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let selector = doc
            .pointer("/spec/selector/matchLabels")
            .and_then(Value::as_object);
        match selector {
            None => return Err(invalid("spec.selector", "Required value")),
            Some(sel) => {
                if sel.iter().any(|(k, v)| labels.get(k) != Some(v)) {
                    return Err(invalid(
                        "spec.template.metadata.labels",
                        &format!(
                            "Invalid value: {}: `selector` does not match template `labels`",
                            Value::Object(labels.clone())
                        ),
                    ));
                }
            }
        }
        let containers = template
            .pointer("/spec/containers")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if containers.is_empty() {
            return Err(invalid("spec.template.spec.containers", "Required value"));
        }
        for (i, c) in containers.iter().enumerate() {
            let at = format!("spec.template.spec.containers[{i}]");
            if c.get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .is_empty()
            {
                return Err(invalid(&format!("{at}.name"), "Required value"));
            }
            if c.get("image")
                .and_then(Value::as_str)
                .unwrap_or("")
                .is_empty()
            {
                return Err(invalid(&format!("{at}.image"), "Required value"));
            }
            for (j, p) in c
                .get("ports")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let pat = format!("{at}.ports[{j}]");
                match p.get("containerPort").and_then(Value::as_u64) {
                    Some(n) if (1..=65535).contains(&n) => {}
                    Some(n) => {
                        return Err(invalid(
                            &format!("{pat}.containerPort"),
                            &format!("Invalid value: {n}: must be between 1 and 65535, inclusive"),
                        ));
                    }
                    None => {
                        return Err(invalid(&format!("{pat}.containerPort"), "Required value"));
                    }
                }
                match p.get("protocol").and_then(Value::as_str) {
                    None | Some("TCP" | "UDP" | "SCTP") => {}
                    Some(other) => {
                        return Err(invalid(
                            &format!("{pat}.protocol"),
                            &format!(
                                "Unsupported value: \"{other}\": supported values: \"SCTP\", \"TCP\", \"UDP\""
                            ),
                        ));
                    }
                }
            }
        }
        let hash = template_hash(&template);
        Ok(Manifest {
            namespace,
            name,
            doc,
            replicas,
            template,
            hash,
        })
    }

    fn apply_one(&mut self, m: Manifest, file: &str) -> Res<()> {
        let existing = db(store::deployment(
            self.conn,
            self.cid(),
            &m.namespace,
            &m.name,
        ))?;
        let requests = self.requested_ports(&m.template).map_err(|e| {
            let verb = if existing.is_some() {
                "applying patch"
            } else {
                "creating"
            };
            Fail(format!(
                "Error from server (BadRequest): error when {verb} \"{file}\": admission webhook \"hostport-auto-assign.aks.azure.com\" denied the request: {e}\n"
            ))
        })?;
        let result = match existing {
            None => {
                let mut d = DeploymentRow {
                    namespace: m.namespace.clone(),
                    name: m.name.clone(),
                    manifest: m.doc.clone(),
                    replicas: m.replicas,
                    template_hash: m.hash.clone(),
                    created_at: self.now.clone(),
                    generation: 1,
                    pod_serial: 0,
                };
                self.reconcile(&mut d, &m.template, &requests)?;
                "created"
            }
            // kubectl patches only what changed since the last apply: nothing here.
            Some(d) if d.manifest == m.doc => "unchanged",
            Some(mut d) => {
                let old_replicas = d.manifest.pointer("/spec/replicas").cloned();
                if old_replicas != m.doc.pointer("/spec/replicas").cloned() {
                    d.replicas = m.replicas;
                }
                d.manifest = m.doc.clone();
                d.template_hash = m.hash.clone();
                d.generation += 1;
                self.reconcile(&mut d, &m.template, &requests)?;
                "configured"
            }
        };
        writeln!(self.out, "deployment.apps/{} {result}", m.name).ok();
        self.warn_blocked(&m.namespace, &m.name)?;
        Ok(())
    }

    /// The container ports the template's annotation asks host ports for, when the cluster
    /// assigns them (the preview feature); otherwise none, the annotation being ignored.
    fn requested_ports(&self, template: &Value) -> Result<Vec<PortRequest>, String> {
        if !self.cluster.hostport_auto_assign {
            return Ok(Vec::new());
        }
        let Some(value) = template
            .pointer("/metadata/annotations")
            .and_then(|a| a.get(hostport::ANNOTATION))
        else {
            return Ok(Vec::new());
        };
        let Some(value) = value.as_str() else {
            return Err(format!(
                "annotation {}: the value must be a string such as \"8080/tcp,8443/tcp\"",
                hostport::ANNOTATION
            ));
        };
        let declared: Vec<PortRequest> = containers(template)
            .iter()
            .flat_map(|c| {
                c.get("ports")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
            })
            .filter_map(|p| {
                Some(PortRequest {
                    container_port: p.get("containerPort")?.as_u64()? as u16,
                    protocol: Protocol::from_k8s(p.get("protocol").and_then(Value::as_str))?,
                })
            })
            .collect();
        hostport::parse_annotation(value, &declared).map_err(|e| e.to_string())
    }

    /// Makes the deployment's pods match its replica count and template: pods of an older
    /// template are replaced, extra pods deleted (newest first), missing pods created.
    fn reconcile(
        &mut self,
        d: &mut DeploymentRow,
        template: &Value,
        requests: &[PortRequest],
    ) -> Res<()> {
        let all = db(store::pods(self.conn, self.cid(), None))?;
        let mut mine: Vec<PodRow> = Vec::new();
        let mut others: Vec<PodRow> = Vec::new();
        for p in all {
            if p.namespace == d.namespace && p.deployment == d.name {
                mine.push(p);
            } else {
                others.push(p);
            }
        }
        mine.sort_by_key(|p| p.serial);
        let (current, stale): (Vec<PodRow>, Vec<PodRow>) = mine
            .into_iter()
            .partition(|p| p.template_hash == d.template_hash);
        let mut keep = current;
        for p in &stale {
            db(store::delete_pod(
                self.conn,
                self.cid(),
                &p.namespace,
                &p.name,
            ))?;
        }
        while keep.len() > d.replicas as usize {
            let Some(p) = keep.pop() else { break };
            db(store::delete_pod(
                self.conn,
                self.cid(),
                &p.namespace,
                &p.name,
            ))?;
        }
        let missing = d.replicas as usize - keep.len().min(d.replicas as usize);
        if missing > 0 {
            let rows = db(store::hostports(self.conn, self.cid()))?;
            let mut alloc = Allocator::from_assignments(rows.iter().map(|(p, a)| (p.as_str(), *a)))
                .map_err(|e| Fail(format!("Error from server (InternalError): {e}\n")))?;
            let mut live = Live::default();
            for p in others.iter().chain(keep.iter()) {
                live.add(p, d);
            }
            for _ in 0..missing {
                let pod = self.new_pod(d, template, requests, &mut alloc, &live)?;
                live.add(&pod, d);
            }
        }
        db(store::put_deployment(self.conn, self.cid(), d))?;
        Ok(())
    }

    fn new_pod(
        &self,
        d: &mut DeploymentRow,
        template: &Value,
        requests: &[PortRequest],
        alloc: &mut Allocator,
        live: &Live,
    ) -> Res<PodRow> {
        let rs = format!("{}-{}", d.name, d.template_hash);
        let name = loop {
            d.pod_serial += 1;
            let n = format!(
                "{rs}-{}",
                encode(
                    &digest(&[rs.as_str(), d.pod_serial.to_string().as_str()]),
                    5
                )
            );
            if !live.names.contains(&(d.namespace.clone(), n.clone())) {
                break n;
            }
        };
        let key = format!("{}/{name}", d.namespace);
        let assigned = alloc.assign(&key, requests).map_err(|e| {
            Fail(format!(
                "Error from server (Forbidden): pods \"{name}\" is forbidden: {e}\n"
            ))
        })?;
        for a in &assigned {
            db(store::put_hostport(
                self.conn,
                self.cid(),
                &d.namespace,
                &name,
                a,
            ))?;
        }
        let node = self.place(template, live);
        let (node_index, node_view) = match node {
            Some((i, n)) => (Some(i), Some(n)),
            None => (None, None),
        };
        let pod_ip = node_view.and_then(|n| {
            let used = live.ips.get(&n.name);
            (4..255)
                .map(|k| format!("10.244.{}.{k}", node_index.unwrap_or(0)))
                .find(|ip| used.is_none_or(|u| !u.contains(ip)))
        });
        let pod = build_pod(PodParts {
            deployment: d,
            rs: &rs,
            name: &name,
            template,
            assigned: &assigned,
            node: node_view.map(|n| (n.name.as_str(), node_ip(node_index.unwrap_or(0)))),
            pod_ip: pod_ip.as_deref(),
            now: &self.now,
            cluster_id: self.cid(),
        });
        let row = PodRow {
            namespace: d.namespace.clone(),
            name,
            deployment: d.name.clone(),
            template_hash: d.template_hash.clone(),
            serial: d.pod_serial,
            node: node_view.map(|n| n.name.clone()),
            pod,
        };
        db(store::put_pod(self.conn, self.cid(), &row))?;
        Ok(row)
    }

    /// Spreads a deployment's pods: the eligible node with the fewest of its pods, then the
    /// fewest pods overall, then the first by order.
    fn place<'n>(&'n self, template: &Value, live: &Live) -> Option<(usize, &'n NodeView)> {
        let selector = template
            .pointer("/spec/nodeSelector")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        self.cluster
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| {
                let labels = node_labels(n);
                selector.iter().all(|(k, v)| {
                    labels.get(k).map(|l| Value::String(l.clone())) == Some(v.clone())
                })
            })
            .min_by_key(|(i, n)| {
                let (same, total) = live.per_node.get(&n.name).copied().unwrap_or((0, 0));
                (same, total, *i)
            })
    }

    /// Warns about host ports of the deployment's pods that their node pool's
    /// `allowedHostPorts` do not open, and says which `--allowed-host-ports` value would.
    fn warn_blocked(&mut self, namespace: &str, deployment: &str) -> Res<()> {
        let pods: Vec<PodRow> = db(store::pods(self.conn, self.cid(), Some(namespace)))?
            .into_iter()
            .filter(|p| p.deployment == deployment)
            .collect();
        let report = blocked_ports(self.cluster, &pods);
        if report.pods.is_empty() {
            return Ok(());
        }
        self.out.push_str("Warning: the node security group blocks these auto-assigned host ports: they are not in the allowedHostPorts of the pods' node pools\n");
        for (pod, node, pool, ports) in &report.pods {
            let ports: Vec<String> = ports.iter().map(|(p, pr)| format!("{p}/{pr}")).collect();
            writeln!(
                self.out,
                "Warning:   pod {pod} on node {node} (pool {pool}): {}",
                ports.join(", ")
            )
            .ok();
        }
        let (rg, cluster) = rg_and_name(self.cid());
        for (pool, value) in &report.suggestions {
            writeln!(
                self.out,
                "Warning: to open them: az aks nodepool update -g {rg} --cluster-name {cluster} -n {pool} --allowed-host-ports {value}"
            )
            .ok();
        }
        Ok(())
    }

    // ---- scale / delete ----

    fn scale(&mut self, args: &Args) -> Res<()> {
        let Some(r) = &args.replicas else {
            return fail("error: required flag(s) \"replicas\" not set\n");
        };
        let replicas: u32 = match r.parse::<i64>() {
            Ok(n) if (0..=100_000).contains(&n) => n as u32,
            Ok(_) => {
                return fail(
                    "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n",
                );
            }
            Err(_) => {
                return fail(format!(
                    "error: invalid argument \"{r}\" for \"--replicas\" flag: strconv.ParseInt: parsing \"{r}\": invalid syntax\nSee 'kubectl scale --help' for usage.\n"
                ));
            }
        };
        let (kind, names) = kind_and_names(&args.positional)?;
        if kind != Kind::Deployment {
            return fail(format!(
                "error: the emulator's kubectl scales only deployments, not {}\n",
                plural(kind)
            ));
        }
        if names.is_empty() {
            return fail("error: resource(s) were provided, but no name was specified\n");
        }
        for name in names {
            let Some(mut d) = db(store::deployment(self.conn, self.cid(), args.ns(), &name))?
            else {
                return fail(format!(
                    "Error from server (NotFound): deployments.apps \"{name}\" not found\n"
                ));
            };
            let template = d
                .manifest
                .pointer("/spec/template")
                .cloned()
                .unwrap_or(Value::Null);
            let requests = self.requested_ports(&template).map_err(|e| {
                Fail(format!("Error from server (BadRequest): admission webhook \"hostport-auto-assign.aks.azure.com\" denied the request: {e}\n"))
            })?;
            d.replicas = replicas;
            self.reconcile(&mut d, &template, &requests)?;
            writeln!(self.out, "deployment.apps/{name} scaled").ok();
            self.warn_blocked(&d.namespace, &name)?;
        }
        Ok(())
    }

    fn delete(&mut self, args: &Args, files: &[(String, Vec<u8>)]) -> Res<()> {
        let mut targets: Vec<(String, String)> = Vec::new();
        if !args.files.is_empty() {
            for f in &args.files {
                for doc in parse_documents(&file_text(files, f)?, f)? {
                    let m = self.check_manifest(doc, f, args.namespace.as_deref())?;
                    targets.push((m.namespace, m.name));
                }
            }
        } else {
            let (kind, names) = kind_and_names(&args.positional)?;
            match kind {
                Kind::Deployment => {}
                Kind::Pod => {
                    // A Deployment's pod comes back right away (its ReplicaSet recreates it).
                    for name in &names {
                        self.delete_pod(args.ns(), name)?;
                    }
                    return Ok(());
                }
                Kind::Node => {
                    return fail(
                        "error: the emulator's kubectl does not delete nodes; scale the node pool with az aks nodepool scale\n",
                    );
                }
            }
            if names.is_empty() {
                return fail("error: resource(s) were provided, but no name was specified\n");
            }
            targets.extend(names.into_iter().map(|n| (args.ns().to_string(), n)));
        }
        for (ns, name) in targets {
            if db(store::deployment(self.conn, self.cid(), &ns, &name))?.is_none() {
                return fail(format!(
                    "Error from server (NotFound): deployments.apps \"{name}\" not found\n"
                ));
            }
            for p in db(store::pods(self.conn, self.cid(), Some(&ns)))? {
                if p.deployment == name {
                    db(store::delete_pod(self.conn, self.cid(), &ns, &p.name))?;
                }
            }
            db(store::delete_deployment(self.conn, self.cid(), &ns, &name))?;
            writeln!(self.out, "deployment.apps \"{name}\" deleted").ok();
        }
        Ok(())
    }

    fn delete_pod(&mut self, ns: &str, name: &str) -> Res<()> {
        let pods = db(store::pods(self.conn, self.cid(), Some(ns)))?;
        let Some(p) = pods.into_iter().find(|p| p.name == name) else {
            return fail(format!(
                "Error from server (NotFound): pods \"{name}\" not found\n"
            ));
        };
        db(store::delete_pod(self.conn, self.cid(), ns, name))?;
        writeln!(self.out, "pod \"{name}\" deleted").ok();
        if let Some(mut d) = db(store::deployment(self.conn, self.cid(), ns, &p.deployment))? {
            let template = d
                .manifest
                .pointer("/spec/template")
                .cloned()
                .unwrap_or(Value::Null);
            let requests = self.requested_ports(&template).unwrap_or_default();
            self.reconcile(&mut d, &template, &requests)?;
        }
        Ok(())
    }

    // ---- get / describe ----

    fn get(&mut self, args: &Args) -> Res<()> {
        let (kind, names) = kind_and_names(&args.positional)?;
        let output = args.output.as_deref();
        let rows: Vec<Value> = match kind {
            Kind::Pod => self
                .select_pods(args, &names)?
                .into_iter()
                .map(|p| p.pod)
                .collect(),
            Kind::Deployment => self.select_deployments(args, &names)?,
            Kind::Node => {
                let all = self.node_objects();
                if names.is_empty() {
                    all
                } else {
                    let mut v = Vec::new();
                    for n in &names {
                        match all.iter().find(|o| {
                            o.pointer("/metadata/name").and_then(Value::as_str) == Some(n.as_str())
                        }) {
                            Some(o) => v.push(o.clone()),
                            None => {
                                return fail(format!(
                                    "Error from server (NotFound): nodes \"{n}\" not found\n"
                                ));
                            }
                        }
                    }
                    v
                }
            }
        };
        let single = names.len() == 1;
        match output {
            Some("json") => {
                let v = if single {
                    rows.into_iter().next().unwrap_or(Value::Null)
                } else {
                    list(rows)
                };
                self.out.push_str(&to_json(&v));
                self.out.push('\n');
            }
            Some("yaml") => {
                let v = if single {
                    rows.into_iter().next().unwrap_or(Value::Null)
                } else {
                    list(rows)
                };
                self.out
                    .push_str(&yaml_serde::to_string(&v).unwrap_or_default());
            }
            Some("name") => {
                let prefix = match kind {
                    Kind::Pod => "pod",
                    Kind::Deployment => "deployment.apps",
                    Kind::Node => "node",
                };
                for r in &rows {
                    let n = r
                        .pointer("/metadata/name")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    writeln!(self.out, "{prefix}/{n}").ok();
                }
            }
            _ => {
                if rows.is_empty() {
                    match args.list_ns() {
                        Some(ns) if kind != Kind::Node => {
                            writeln!(self.out, "No resources found in {ns} namespace.").ok()
                        }
                        _ => writeln!(self.out, "No resources found").ok(),
                    };
                    return Ok(());
                }
                let wide = output == Some("wide");
                let table = match kind {
                    Kind::Pod => self.pod_table(&rows, wide, args.all_namespaces),
                    Kind::Deployment => self.deployment_table(&rows, wide, args.all_namespaces),
                    Kind::Node => self.node_table(&rows, wide),
                };
                self.out.push_str(&format::table(&table));
            }
        }
        Ok(())
    }

    fn select_pods(&self, args: &Args, names: &[String]) -> Res<Vec<PodRow>> {
        let ns = if names.is_empty() {
            args.list_ns()
        } else {
            Some(args.ns())
        };
        let pods = db(store::pods(self.conn, self.cid(), ns))?;
        let pods: Vec<PodRow> = match &args.selector {
            Some(sel) => {
                let want = parse_selector(sel)?;
                pods.into_iter()
                    .filter(|p| {
                        want.iter().all(|(k, v)| {
                            p.pod
                                .pointer("/metadata/labels")
                                .and_then(|l| l.get(k))
                                .and_then(Value::as_str)
                                == Some(v.as_str())
                        })
                    })
                    .collect()
            }
            None => pods,
        };
        if names.is_empty() {
            return Ok(pods);
        }
        let mut out = Vec::new();
        for n in names {
            match pods.iter().find(|p| &p.name == n) {
                Some(p) => out.push(p.clone()),
                None => {
                    return fail(format!(
                        "Error from server (NotFound): pods \"{n}\" not found\n"
                    ));
                }
            }
        }
        Ok(out)
    }

    fn select_deployments(&self, args: &Args, names: &[String]) -> Res<Vec<Value>> {
        let ns = if names.is_empty() {
            args.list_ns()
        } else {
            Some(args.ns())
        };
        let deps = db(store::deployments(self.conn, self.cid(), ns))?;
        let pods = db(store::pods(self.conn, self.cid(), ns))?;
        let objects: Vec<(String, Value)> = deps
            .iter()
            .map(|d| (d.name.clone(), deployment_object(d, &pods)))
            .collect();
        if names.is_empty() {
            return Ok(objects.into_iter().map(|(_, v)| v).collect());
        }
        let mut out = Vec::new();
        for n in names {
            match objects.iter().find(|(name, _)| name == n) {
                Some((_, v)) => out.push(v.clone()),
                None => {
                    return fail(format!(
                        "Error from server (NotFound): deployments.apps \"{n}\" not found\n"
                    ));
                }
            }
        }
        Ok(out)
    }

    fn pod_table(&self, pods: &[Value], wide: bool, all_ns: bool) -> Vec<Vec<String>> {
        let now = format::now();
        let mut head: Vec<&str> = Vec::new();
        if all_ns {
            head.push("NAMESPACE");
        }
        head.extend(["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
        if wide {
            head.extend(["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]);
        }
        let mut rows = vec![head.into_iter().map(String::from).collect::<Vec<_>>()];
        for p in pods {
            let s = |ptr: &str| {
                p.pointer(ptr)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            let total = p
                .pointer("/spec/containers")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let running = s("/status/phase") == "Running";
            let mut r = Vec::new();
            if all_ns {
                r.push(s("/metadata/namespace"));
            }
            r.extend([
                s("/metadata/name"),
                format!("{}/{total}", if running { total } else { 0 }),
                s("/status/phase"),
                "0".into(),
                format::age(&s("/metadata/creationTimestamp"), now),
            ]);
            if wide {
                let or_none = |v: String| {
                    if v.is_empty() {
                        "<none>".to_string()
                    } else {
                        v
                    }
                };
                r.extend([
                    or_none(s("/status/podIP")),
                    or_none(s("/spec/nodeName")),
                    "<none>".into(),
                    "<none>".into(),
                ]);
            }
            rows.push(r);
        }
        rows
    }

    fn deployment_table(&self, deps: &[Value], wide: bool, all_ns: bool) -> Vec<Vec<String>> {
        let now = format::now();
        let mut head: Vec<&str> = Vec::new();
        if all_ns {
            head.push("NAMESPACE");
        }
        head.extend(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]);
        if wide {
            head.extend(["CONTAINERS", "IMAGES", "SELECTOR"]);
        }
        let mut rows = vec![head.into_iter().map(String::from).collect::<Vec<_>>()];
        for d in deps {
            let n = |ptr: &str| d.pointer(ptr).and_then(Value::as_u64).unwrap_or(0);
            let s = |ptr: &str| {
                d.pointer(ptr)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            let mut r = Vec::new();
            if all_ns {
                r.push(s("/metadata/namespace"));
            }
            r.extend([
                s("/metadata/name"),
                format!("{}/{}", n("/status/readyReplicas"), n("/spec/replicas")),
                n("/status/updatedReplicas").to_string(),
                n("/status/availableReplicas").to_string(),
                format::age(&s("/metadata/creationTimestamp"), now),
            ]);
            if wide {
                let cs = containers(d.pointer("/spec/template").unwrap_or(&Value::Null));
                let names: Vec<&str> = cs.iter().filter_map(|c| c.get("name")?.as_str()).collect();
                let images: Vec<&str> =
                    cs.iter().filter_map(|c| c.get("image")?.as_str()).collect();
                let sel: Vec<String> = d
                    .pointer("/spec/selector/matchLabels")
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                            .collect()
                    })
                    .unwrap_or_default();
                r.extend([names.join(","), images.join(","), sel.join(",")]);
            }
            rows.push(r);
        }
        rows
    }

    fn node_objects(&self) -> Vec<Value> {
        self.cluster
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut addresses = vec![
                    json!({"type": "InternalIP", "address": node_ip(i)}),
                    json!({"type": "Hostname", "address": n.name}),
                ];
                if let Some(ip) = &n.public_ip {
                    addresses.push(json!({"type": "ExternalIP", "address": ip}));
                }
                json!({
                    "apiVersion": "v1",
                    "kind": "Node",
                    "metadata": {"name": n.name, "labels": node_labels(n)},
                    "spec": {"podCIDR": format!("10.244.{i}.0/24")},
                    "status": {
                        "addresses": addresses,
                        "conditions": [{"type": "Ready", "status": "True"}],
                        "nodeInfo": {"operatingSystem": "linux", "architecture": "amd64"}
                    }
                })
            })
            .collect()
    }

    fn node_table(&self, nodes: &[Value], wide: bool) -> Vec<Vec<String>> {
        let mut head = vec!["NAME", "STATUS", "ROLES", "AGE", "VERSION"];
        if wide {
            head.extend(["INTERNAL-IP", "EXTERNAL-IP"]);
        }
        let mut rows = vec![head.into_iter().map(String::from).collect::<Vec<_>>()];
        for n in nodes {
            let addr = |t: &str| {
                n.pointer("/status/addresses")
                    .and_then(Value::as_array)
                    .and_then(|a| {
                        a.iter()
                            .find(|x| x.get("type").and_then(Value::as_str) == Some(t))
                    })
                    .and_then(|x| x.get("address")?.as_str())
                    .unwrap_or("<none>")
                    .to_string()
            };
            let mut r = vec![
                n.pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                "Ready".into(),
                "<none>".into(),
                "<unknown>".into(),
                "<unknown>".into(),
            ];
            if wide {
                r.extend([addr("InternalIP"), addr("ExternalIP")]);
            }
            rows.push(r);
        }
        rows
    }

    fn describe(&mut self, args: &Args) -> Res<()> {
        let (kind, names) = kind_and_names(&args.positional)?;
        if kind != Kind::Pod {
            return fail(format!(
                "error: the emulator's kubectl describes only pods, not {}\n",
                plural(kind)
            ));
        }
        let pods = self.select_pods(args, &names)?;
        if pods.is_empty() {
            writeln!(self.out, "No resources found in {} namespace.", args.ns()).ok();
            return Ok(());
        }
        let texts: Vec<String> = pods.iter().map(|p| describe_pod(&p.pod)).collect();
        self.out.push_str(&texts.join("\n\n"));
        Ok(())
    }
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

/// (pod, node, pool, [(host port, protocol)]).
pub type BlockedPod = (String, String, String, Vec<(u16, Protocol)>);

/// The pods whose assigned host ports their node pool does not open, and per pool the
/// `--allowed-host-ports` value (existing ranges kept) that would.
pub struct Blocked {
    pub pods: Vec<BlockedPod>,
    /// (pool, value).
    pub suggestions: Vec<(String, String)>,
}

pub fn blocked_ports(cluster: &ClusterView, pods: &[PodRow]) -> Blocked {
    let mut out = Blocked {
        pods: Vec::new(),
        suggestions: Vec::new(),
    };
    let mut per_pool: BTreeMap<String, Vec<(u16, Protocol)>> = BTreeMap::new();
    for p in pods {
        let Some(node) = p
            .node
            .as_deref()
            .and_then(|n| cluster.nodes.iter().find(|x| x.name == n))
        else {
            continue;
        };
        let blocked: Vec<(u16, Protocol)> = host_ports(&p.pod)
            .into_iter()
            .filter(|(port, proto)| !hostport::is_open(&node.allowed_host_ports, *port, *proto))
            .collect();
        if blocked.is_empty() {
            continue;
        }
        per_pool
            .entry(node.pool.clone())
            .or_default()
            .extend(blocked.iter().copied());
        out.pods.push((
            p.name.clone(),
            node.name.clone(),
            node.pool.clone(),
            blocked,
        ));
    }
    for (pool, ports) in per_pool {
        let existing = cluster
            .nodes
            .iter()
            .find(|n| n.pool == pool)
            .map(|n| n.allowed_host_ports.clone())
            .unwrap_or_default();
        let value = hostport::opening_value(&existing, &ports);
        out.suggestions.push((pool, value));
    }
    out
}

/// Host ports a pod object binds: (port, protocol).
fn host_ports(pod: &Value) -> Vec<(u16, Protocol)> {
    containers(pod.get("spec").map_or(&Value::Null, |s| s))
        .iter()
        .flat_map(|c| {
            c.get("ports")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|p| {
            let hp = p.get("hostPort")?.as_u64()?;
            let proto = Protocol::from_k8s(p.get("protocol").and_then(Value::as_str))?;
            (1..=65535).contains(&hp).then_some((hp as u16, proto))
        })
        .collect()
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

fn node_ip(index: usize) -> String {
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
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize().into()
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

struct PodParts<'a> {
    deployment: &'a DeploymentRow,
    rs: &'a str,
    name: &'a str,
    template: &'a Value,
    assigned: &'a [Assignment],
    node: Option<(&'a str, String)>,
    pod_ip: Option<&'a str>,
    now: &'a str,
    cluster_id: &'a str,
}

/// The Pod object a ReplicaSet would create from the template, after the host-port webhook:
/// `hostPort` set on each assigned container port and one env var per assignment.
fn build_pod(p: PodParts<'_>) -> Value {
    let d = p.deployment;
    let mut labels = p
        .template
        .pointer("/metadata/labels")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    labels.insert("pod-template-hash".into(), json!(d.template_hash));
    let mut metadata = Map::new();
    if let Some(a) = p.template.pointer("/metadata/annotations") {
        metadata.insert("annotations".into(), a.clone());
    }
    metadata.insert("creationTimestamp".into(), json!(p.now));
    metadata.insert("generateName".into(), json!(format!("{}-", p.rs)));
    metadata.insert("labels".into(), Value::Object(labels));
    metadata.insert("name".into(), json!(p.name));
    metadata.insert("namespace".into(), json!(d.namespace));
    metadata.insert(
        "ownerReferences".into(),
        json!([{
            "apiVersion": "apps/v1",
            "blockOwnerDeletion": true,
            "controller": true,
            "kind": "ReplicaSet",
            "name": p.rs,
            "uid": uid(&[p.cluster_id, d.namespace.as_str(), p.rs]),
        }]),
    );
    metadata.insert(
        "uid".into(),
        json!(uid(&[p.cluster_id, d.namespace.as_str(), p.name])),
    );
    let mut spec = p
        .template
        .get("spec")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let env: Vec<Value> = p
        .assigned
        .iter()
        .map(|a| json!({"name": a.env_var_name(&d.name), "value": a.host_port.to_string()}))
        .collect();
    let mut statuses = Vec::new();
    if let Some(Value::Array(cs)) = spec.get_mut("containers") {
        for c in cs.iter_mut() {
            let Some(c) = c.as_object_mut() else { continue };
            if let Some(Value::Array(ports)) = c.get_mut("ports") {
                for port in ports.iter_mut().filter(|p| p.is_object()) {
                    let cp = port.get("containerPort").and_then(Value::as_u64);
                    let proto = Protocol::from_k8s(port.get("protocol").and_then(Value::as_str));
                    if let Some(a) = p
                        .assigned
                        .iter()
                        .find(|a| Some(a.container_port as u64) == cp && Some(a.protocol) == proto)
                    {
                        port["hostPort"] = json!(a.host_port);
                        if port.get("protocol").is_none() {
                            port["protocol"] = json!("TCP");
                        }
                    }
                }
            }
            if !env.is_empty() {
                let list = c.entry("env").or_insert_with(|| json!([]));
                if let Some(list) = list.as_array_mut() {
                    list.extend(env.iter().cloned());
                }
            }
            let cname = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let image = c
                .get("image")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            statuses.push((cname, image));
        }
    }
    let running = p.node.is_some();
    if let Some((node, _)) = &p.node {
        spec.insert("nodeName".into(), json!(node));
    }
    let mut status = Map::new();
    if running {
        let (_, host_ip) = p
            .node
            .as_ref()
            .map(|(n, ip)| (*n, ip.clone()))
            .unwrap_or_default();
        status.insert(
            "conditions".into(),
            json!(
                ["Initialized", "Ready", "ContainersReady", "PodScheduled"]
                    .iter()
                    .map(|t| json!({"type": t, "status": "True", "lastTransitionTime": p.now}))
                    .collect::<Vec<_>>()
            ),
        );
        status.insert(
            "containerStatuses".into(),
            json!(statuses
                .iter()
                .map(|(n, image)| json!({
                    "containerID": format!("containerd://{}", hex(&digest(&[p.name, n.as_str()]))),
                    "image": image,
                    "imageID": format!("{}@sha256:{}", image.split(':').next().unwrap_or(image), hex(&digest(&[image.as_str()]))),
                    "name": n,
                    "ready": true,
                    "restartCount": 0,
                    "started": true,
                    "state": {"running": {"startedAt": p.now}},
                }))
                .collect::<Vec<_>>()),
        );
        status.insert("hostIP".into(), json!(host_ip));
        status.insert("phase".into(), json!("Running"));
        if let Some(ip) = p.pod_ip {
            status.insert("podIP".into(), json!(ip));
            status.insert("podIPs".into(), json!([{"ip": ip}]));
        }
        status.insert("startTime".into(), json!(p.now));
    } else {
        status.insert(
            "conditions".into(),
            json!([{
                "type": "PodScheduled", "status": "False", "reason": "Unschedulable",
                "message": "0/0 nodes are available: no node matches the pod's node selector.",
                "lastTransitionTime": p.now
            }]),
        );
        status.insert("phase".into(), json!("Pending"));
    }
    status.insert("qosClass".into(), json!("BestEffort"));
    json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": metadata,
        "spec": spec,
        "status": status,
    })
}

fn deployment_object(d: &DeploymentRow, pods: &[PodRow]) -> Value {
    let mine: Vec<&PodRow> = pods
        .iter()
        .filter(|p| p.namespace == d.namespace && p.deployment == d.name)
        .collect();
    let ready = mine
        .iter()
        .filter(|p| p.pod.pointer("/status/phase").and_then(Value::as_str) == Some("Running"))
        .count();
    let mut v = d.manifest.clone();
    if let Some(md) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        md.insert("namespace".into(), json!(d.namespace));
        md.insert("creationTimestamp".into(), json!(d.created_at));
        md.insert("generation".into(), json!(d.generation));
        md.insert(
            "uid".into(),
            json!(uid(&[
                "deployment",
                d.namespace.as_str(),
                d.name.as_str(),
                d.created_at.as_str()
            ])),
        );
    }
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
        spec.insert("replicas".into(), json!(d.replicas));
    }
    v["status"] = json!({
        "availableReplicas": ready,
        "observedGeneration": d.generation,
        "readyReplicas": ready,
        "replicas": mine.len(),
        "updatedReplicas": mine.len(),
    });
    v
}

fn list(items: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// JSON with kubectl's four-space indent.
fn to_json(v: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    let _ = serde::Serialize::serialize(v, &mut ser);
    String::from_utf8(buf).unwrap_or_default()
}

/// `kubectl describe pod`, the parts the workflow reads (ports, host ports, environment).
fn describe_pod(pod: &Value) -> String {
    let s = |ptr: &str| {
        pod.pointer(ptr)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let map_lines = |ptr: &str, sep: &str| -> Vec<String> {
        pod.pointer(ptr)
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| {
                        format!(
                            "{k}{sep}{}",
                            v.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| v.to_string())
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut t = String::new();
    let kv = |t: &mut String, k: &str, v: &str| {
        let _ = writeln!(t, "{k}\t{}", if v.is_empty() { "<none>" } else { v });
    };
    let multi = |t: &mut String, k: &str, lines: Vec<String>| {
        if lines.is_empty() {
            let _ = writeln!(t, "{k}\t<none>");
        }
        for (i, l) in lines.iter().enumerate() {
            let _ = writeln!(t, "{}\t{l}", if i == 0 { k } else { "" });
        }
    };
    kv(&mut t, "Name:", &s("/metadata/name"));
    kv(&mut t, "Namespace:", &s("/metadata/namespace"));
    kv(&mut t, "Priority:", "0");
    kv(&mut t, "Service Account:", "default");
    let node = s("/spec/nodeName");
    let node_text = if node.is_empty() {
        String::new()
    } else {
        format!("{node}/{}", s("/status/hostIP"))
    };
    kv(&mut t, "Node:", &node_text);
    if !s("/status/startTime").is_empty() {
        kv(
            &mut t,
            "Start Time:",
            &format::describe_time(&s("/status/startTime")),
        );
    }
    multi(&mut t, "Labels:", map_lines("/metadata/labels", "="));
    multi(
        &mut t,
        "Annotations:",
        map_lines("/metadata/annotations", ": "),
    );
    kv(&mut t, "Status:", &s("/status/phase"));
    kv(&mut t, "IP:", &s("/status/podIP"));
    if s("/status/podIP").is_empty() {
        t.push_str("IPs:\t<none>\n");
    } else {
        t.push_str("IPs:\n");
        let _ = writeln!(t, "  IP:\t{}", s("/status/podIP"));
    }
    let owner = pod
        .pointer("/metadata/ownerReferences/0/name")
        .and_then(Value::as_str)
        .unwrap_or("");
    let _ = writeln!(t, "Controlled By:\tReplicaSet/{owner}");
    t.push_str("Containers:\n");
    let statuses = pod
        .pointer("/status/containerStatuses")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for c in containers(pod.get("spec").unwrap_or(&Value::Null)) {
        let cs = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let name = cs("name");
        let st = statuses
            .iter()
            .find(|x| x.get("name").and_then(Value::as_str) == Some(name.as_str()));
        let sv = |k: &str| {
            st.and_then(|x| x.get(k))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let _ = writeln!(t, "  {name}:");
        if st.is_some() {
            let _ = writeln!(t, "    Container ID:\t{}", sv("containerID"));
        }
        let _ = writeln!(t, "    Image:\t{}", cs("image"));
        if st.is_some() {
            let _ = writeln!(t, "    Image ID:\t{}", sv("imageID"));
        }
        let ports: Vec<Value> = c
            .get("ports")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let proto = |p: &Value| {
            p.get("protocol")
                .and_then(Value::as_str)
                .unwrap_or("TCP")
                .to_string()
        };
        let port_list: Vec<String> = ports
            .iter()
            .map(|p| {
                format!(
                    "{}/{}",
                    p.get("containerPort").and_then(Value::as_u64).unwrap_or(0),
                    proto(p)
                )
            })
            .collect();
        let host_list: Vec<String> = ports
            .iter()
            .map(|p| {
                format!(
                    "{}/{}",
                    p.get("hostPort").and_then(Value::as_u64).unwrap_or(0),
                    proto(p)
                )
            })
            .collect();
        if ports.len() > 1 {
            let _ = writeln!(t, "    Ports:\t{}", port_list.join(", "));
            let _ = writeln!(t, "    Host Ports:\t{}", host_list.join(", "));
        } else {
            let _ = writeln!(
                t,
                "    Port:\t{}",
                port_list.first().map(String::as_str).unwrap_or("<none>")
            );
            let _ = writeln!(
                t,
                "    Host Port:\t{}",
                host_list.first().map(String::as_str).unwrap_or("<none>")
            );
        }
        match st {
            Some(x) => {
                let started = x
                    .pointer("/state/running/startedAt")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                t.push_str("    State:\tRunning\n");
                let _ = writeln!(t, "      Started:\t{}", format::describe_time(started));
                t.push_str("    Ready:\tTrue\n    Restart Count:\t0\n");
            }
            None => t.push_str("    State:\tWaiting\n    Ready:\tFalse\n    Restart Count:\t0\n"),
        }
        let env: Vec<Value> = c
            .get("env")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if env.is_empty() {
            t.push_str("    Environment:\t<none>\n");
        } else {
            t.push_str("    Environment:\n");
            for e in env {
                let n = e.get("name").and_then(Value::as_str).unwrap_or("");
                let v = e.get("value").and_then(Value::as_str).unwrap_or("");
                let _ = writeln!(t, "      {n}:\t{v}");
            }
        }
        t.push_str("    Mounts:\t<none>\n");
    }
    t.push_str("Conditions:\n  Type\tStatus\n");
    for cnd in pod
        .pointer("/status/conditions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
    {
        let _ = writeln!(
            t,
            "  {}\t{}",
            cnd.get("type").and_then(Value::as_str).unwrap_or(""),
            cnd.get("status").and_then(Value::as_str).unwrap_or("")
        );
    }
    t.push_str("Volumes:\t<none>\n");
    kv(&mut t, "QoS Class:", &s("/status/qosClass"));
    multi(
        &mut t,
        "Node-Selectors:",
        map_lines("/spec/nodeSelector", "="),
    );
    t.push_str("Tolerations:\t<none>\nEvents:\t<none>\n");
    tabwrite(&t, 0, 2)
}
