//! `kubectl delete`: by name or by file, pods released with their host ports.

use super::*;

impl Kube<'_> {
    pub(super) fn delete(&mut self, args: &Args, files: &[(String, Vec<u8>)]) -> Res<()> {
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

    pub(super) fn delete_pod(&mut self, ns: &str, name: &str) -> Res<()> {
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
}
