//! `kubectl apply -f`: manifests checked as the API server checks them, Deployments
//! reconciled into pods placed on nodes, with their auto-assigned host ports.

use super::*;

impl Kube<'_> {
    pub(super) fn apply(&mut self, args: &Args, files: &[(String, Vec<u8>)]) -> Res<()> {
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

    pub(super) fn check_manifest(
        &self,
        doc: Value,
        file: &str,
        ns_flag: Option<&str>,
    ) -> Res<Manifest> {
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

    pub(super) fn apply_one(&mut self, m: Manifest, file: &str) -> Res<()> {
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
                "Error from server (BadRequest): error when {verb} \"{file}\": {}\n",
                admission_denied(&e)
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
    pub(super) fn requested_ports(&self, template: &Value) -> Result<Vec<PortRequest>, String> {
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
    pub(super) fn reconcile(
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

    pub(super) fn new_pod(
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
            rs: Some(&rs),
            name: &name,
            template,
            assigned: &assigned,
            node: node_view.map(|n| {
                let ip = n.private_ip.clone();
                (
                    n.name.as_str(),
                    ip.unwrap_or_else(|| node_ip(node_index.unwrap_or(0))),
                )
            }),
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
    pub(super) fn place<'n>(
        &'n self,
        template: &Value,
        live: &Live,
    ) -> Option<(usize, &'n NodeView)> {
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
    pub(super) fn warn_blocked(&mut self, namespace: &str, deployment: &str) -> Res<()> {
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
}

/// The host-port admission webhook's refusal, as the API server relays it.
pub(super) fn admission_denied(reason: &str) -> String {
    format!("admission webhook \"hostport-auto-assign.aks.azure.com\" denied the request: {reason}")
}
