//! `kubectl scale deployment`.

use super::*;

impl Kube<'_> {
    pub(super) fn scale(&mut self, args: &Args) -> Res<()> {
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
                Fail(format!(
                    "Error from server (BadRequest): {}\n",
                    apply::admission_denied(&e)
                ))
            })?;
            d.replicas = replicas;
            self.reconcile(&mut d, &template, &requests)?;
            writeln!(self.out, "deployment.apps/{name} scaled").ok();
            self.warn_blocked(&d.namespace, &name)?;
        }
        Ok(())
    }
}
