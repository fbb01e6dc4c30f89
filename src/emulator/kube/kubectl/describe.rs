//! `kubectl describe pod`.

use super::*;

impl Kube<'_> {
    pub(super) fn describe(&mut self, args: &Args) -> Res<()> {
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

/// `kubectl describe pod`, the parts the workflow reads (ports, host ports, environment).
pub(super) fn describe_pod(pod: &Value) -> String {
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
        // kubectl writes a space after each cell here.
        let _ = writeln!(
            t,
            "  {} \t{} ",
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
    let tolerations: Vec<String> = pod
        .pointer("/spec/tolerations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(toleration)
        .collect();
    multi(&mut t, "Tolerations:", tolerations);
    t.push_str(&super::super::events::describe_section(
        &super::super::events::for_pod(pod),
        format::now(),
    ));
    tabwrite(&t, 0, 2)
}

/// `key:effect op=Exists for 300s`, as kubectl describes a toleration.
fn toleration(t: &Value) -> String {
    let f = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or("");
    let mut s = f("key").to_string();
    if !f("value").is_empty() {
        s.push('=');
        s.push_str(f("value"));
    }
    if !f("effect").is_empty() {
        s.push(':');
        s.push_str(f("effect"));
    }
    if f("operator") == "Exists" && f("value").is_empty() {
        s.push_str(" op=Exists");
    }
    if let Some(secs) = t.get("tolerationSeconds").and_then(Value::as_i64) {
        s.push_str(&format!(" for {secs}s"));
    }
    s
}
