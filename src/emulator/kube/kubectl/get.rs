//! `kubectl get`: pods, deployments and nodes in kubectl's tables, json, yaml and names.

use super::*;

impl Kube<'_> {
    pub(super) fn get(&mut self, args: &Args) -> Res<()> {
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
        let rows: Vec<Value> = rows.into_iter().map(super::super::api::served).collect();
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
                self.out.push_str(&super::super::goyaml::to_yaml(&v));
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

    pub(super) fn select_pods(&self, args: &Args, names: &[String]) -> Res<Vec<PodRow>> {
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

    pub(super) fn select_deployments(&self, args: &Args, names: &[String]) -> Res<Vec<Value>> {
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

    pub(super) fn pod_table(&self, pods: &[Value], wide: bool, all_ns: bool) -> Vec<Vec<String>> {
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

    pub(super) fn deployment_table(
        &self,
        deps: &[Value],
        wide: bool,
        all_ns: bool,
    ) -> Vec<Vec<String>> {
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

    pub(super) fn node_objects(&self) -> Vec<Value> {
        self.cluster
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut addresses = vec![
                    json!({"type": "InternalIP", "address": n.private_ip.clone().unwrap_or_else(|| node_ip(i))}),
                    json!({"type": "Hostname", "address": n.name}),
                ];
                if let Some(ip) = &n.public_ip {
                    addresses.push(json!({"type": "ExternalIP", "address": ip}));
                }
                let node = json!({
                    "apiVersion": "v1",
                    "kind": "Node",
                    "metadata": {"name": n.name, "labels": node_labels(n)},
                    "spec": {"podCIDR": format!("10.244.{i}.0/24")},
                    "status": {"addresses": addresses}
                });
                super::nodes::full_node(self.cluster, i, node)
            })
            .collect()
    }

    pub(super) fn node_table(&self, nodes: &[Value], wide: bool) -> Vec<Vec<String>> {
        let mut head = vec!["NAME", "STATUS", "ROLES", "AGE", "VERSION"];
        if wide {
            head.extend([
                "INTERNAL-IP",
                "EXTERNAL-IP",
                "OS-IMAGE",
                "KERNEL-VERSION",
                "CONTAINER-RUNTIME",
            ]);
        }
        let now = format::now();
        let mut rows = vec![head.into_iter().map(String::from).collect::<Vec<_>>()];
        for n in nodes {
            let s = |ptr: &str| {
                n.pointer(ptr)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            let addr = |t: &str| format::node_address(n, t);
            let mut r = vec![
                n.pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                "Ready".into(),
                "<none>".into(),
                format::age(&s("/metadata/creationTimestamp"), now),
                s("/status/nodeInfo/kubeletVersion"),
            ];
            if wide {
                r.extend([
                    addr("InternalIP"),
                    addr("ExternalIP"),
                    s("/status/nodeInfo/osImage"),
                    s("/status/nodeInfo/kernelVersion"),
                    s("/status/nodeInfo/containerRuntimeVersion"),
                ]);
            }
            rows.push(r);
        }
        rows
    }
}
