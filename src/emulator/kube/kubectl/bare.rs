//! Bare pods: a Pod created as itself (`kubectl apply -f pod.yaml`, `kubectl run`), owned by
//! no ReplicaSet. The scheduler places it and the host-port webhook assigns its ports with
//! the same allocator as a Deployment's pods; nothing recreates it once deleted.

use super::*;

impl Kube<'_> {
    /// Stores the pod `doc` (`metadata` and `spec`, as a template carries them) in `ns`.
    pub(super) fn create_bare_pod(
        &mut self,
        ns: &str,
        name: &str,
        doc: &Value,
        requests: &[PortRequest],
    ) -> Res<PodRow> {
        // The pod is its own "deployment" of one with no name: bare pods spread among themselves.
        let owner = DeploymentRow {
            namespace: ns.to_string(),
            name: String::new(),
            manifest: Value::Null,
            replicas: 1,
            template_hash: String::new(),
            created_at: self.now.clone(),
            generation: 1,
            pod_serial: 0,
        };
        let all = db(store::pods(self.conn, self.cid(), None))?;
        let mut live = Live::default();
        for p in &all {
            live.add(p, &owner);
        }
        let rows = db(store::hostports(self.conn, self.cid()))?;
        let mut alloc = Allocator::from_assignments(rows.iter().map(|(p, a)| (p.as_str(), *a)))
            .map_err(|e| Fail(format!("Error from server (InternalError): {e}\n")))?;
        let assigned = alloc
            .assign(&format!("{ns}/{name}"), requests)
            .map_err(|e| {
                Fail(format!(
                    "Error from server (Forbidden): pods \"{name}\" is forbidden: {e}\n"
                ))
            })?;
        for a in &assigned {
            db(store::put_hostport(self.conn, self.cid(), ns, name, a))?;
        }
        let placed = self.place(doc, &live);
        let pod_ip = placed.and_then(|(i, n)| {
            let used = live.ips.get(&n.name);
            (4..255)
                .map(|k| format!("10.244.{i}.{k}"))
                .find(|ip| used.is_none_or(|u| !u.contains(ip)))
        });
        let pod = build_pod(PodParts {
            deployment: &owner,
            rs: None,
            name,
            template: doc,
            assigned: &assigned,
            node: placed.map(|(i, n)| (n.name.as_str(), node_ip(i))),
            pod_ip: pod_ip.as_deref(),
            now: &self.now,
            cluster_id: self.cid(),
        });
        let row = PodRow {
            namespace: ns.to_string(),
            name: name.to_string(),
            deployment: String::new(),
            template_hash: String::new(),
            serial: 0,
            node: placed.map(|(_, n)| n.name.clone()),
            pod,
        };
        db(store::put_pod(self.conn, self.cid(), &row))?;
        Ok(row)
    }
}
