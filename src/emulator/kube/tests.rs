//! The kubectl subset against an in-memory store, the way the AKS provider calls it.

use std::collections::HashSet;

use rusqlite::Connection;
use serde_json::Value;

use super::*;
use crate::arm::run_command::encode_context;

const CLUSTER: &str =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c1";

const ECHO: &str = crate::demo::ECHO_YAML;

fn cluster(auto_assign: bool) -> ClusterView {
    ClusterView {
        cluster_id: CLUSTER.into(),
        nodes: (0..3)
            .map(|i| NodeView {
                name: format!("aks-nodepool1-12345678-vmss00000{i}"),
                pool: "nodepool1".into(),
                allowed_host_ports: vec![(80, 80, "TCP".into())],
                public_ip: Some(format!("20.1.2.{}", 10 + i)),
                private_ip: None,
            })
            .collect(),
        hostport_auto_assign: auto_assign,
        location: "eastus".into(),
        node_resource_group: "MC_rg_c1_eastus".into(),
        created_at: None,
        service_cidr: "10.0.0.0/16".into(),
    }
}

struct Env {
    conn: Connection,
    cluster: ClusterView,
}

impl Env {
    fn new(auto_assign: bool) -> Env {
        let conn = Connection::open_in_memory().unwrap();
        init_schema(&conn).unwrap();
        Env {
            conn,
            cluster: cluster(auto_assign),
        }
    }

    fn run(&mut self, command: &str, files: &[(&str, &str)]) -> CommandOutcome {
        let files: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|(n, c)| (n.to_string(), c.as_bytes().to_vec()))
            .collect();
        let ctx = encode_context(&files);
        let tx = self.conn.transaction().unwrap();
        let out = run_command(&tx, &self.cluster, command, Some(&ctx));
        tx.commit().unwrap();
        out
    }

    fn ok(&mut self, command: &str, files: &[(&str, &str)]) -> String {
        let out = self.run(command, files);
        assert_eq!(out.exit_code, 0, "{command}: {}", out.logs);
        out.logs
    }

    fn pods(&mut self) -> Vec<Value> {
        let logs = self.ok("kubectl get pods -A -o json", &[]);
        let v: Value = serde_json::from_str(&logs).unwrap();
        v["items"].as_array().unwrap().clone()
    }
}

/// (container port, protocol, host port) of every port that has a host port.
fn host_ports(pod: &Value) -> Vec<(u64, String, u64)> {
    pod["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["ports"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| {
            Some((
                p["containerPort"].as_u64()?,
                p["protocol"].as_str().unwrap_or("TCP").to_string(),
                p["hostPort"].as_u64()?,
            ))
        })
        .collect()
}

fn env(pod: &Value) -> Vec<(String, String)> {
    pod["spec"]["containers"][0]["env"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn all_host_ports(pods: &[Value]) -> Vec<u64> {
    pods.iter()
        .flat_map(host_ports)
        .map(|(_, _, h)| h)
        .collect()
}

fn assert_distinct_in_range(ports: &[u64]) {
    let set: HashSet<_> = ports.iter().collect();
    assert_eq!(set.len(), ports.len(), "duplicate host ports: {ports:?}");
    assert!(
        ports.iter().all(|p| (40000..=59999).contains(p)),
        "{ports:?}"
    );
}

#[test]
fn echoserver_gets_six_distinct_host_ports_and_env_vars() {
    let mut e = Env::new(true);
    let logs = e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    assert!(
        logs.starts_with("deployment.apps/echoserver-hostport created\n"),
        "{logs}"
    );
    let pods = e.pods();
    assert_eq!(pods.len(), 3);
    let ports = all_host_ports(&pods);
    assert_eq!(ports.len(), 6);
    assert_distinct_in_range(&ports);
    let mut nodes = HashSet::new();
    for pod in &pods {
        let name = pod["metadata"]["name"].as_str().unwrap();
        // <deployment>-<pod-template-hash>-<5 chars>
        let hash = pod["metadata"]["labels"]["pod-template-hash"]
            .as_str()
            .unwrap();
        assert_eq!(hash.len(), 10);
        let suffix = name
            .strip_prefix(&format!("echoserver-hostport-{hash}-"))
            .unwrap();
        assert_eq!(suffix.len(), 5);
        nodes.insert(pod["spec"]["nodeName"].as_str().unwrap().to_string());
        let hp = host_ports(pod);
        assert_eq!(
            hp.iter()
                .map(|(c, p, _)| (*c, p.as_str()))
                .collect::<Vec<_>>(),
            [(8080, "TCP"), (8443, "TCP")]
        );
        assert_eq!(
            env(pod),
            vec![
                (
                    "echoserver-hostport_PORT_8080_TCP_HOSTPORT".to_string(),
                    hp[0].2.to_string()
                ),
                (
                    "echoserver-hostport_PORT_8443_TCP_HOSTPORT".to_string(),
                    hp[1].2.to_string()
                ),
            ]
        );
        // kubectl describe shows them as the doc page does.
        let d = e.ok(&format!("kubectl describe pod {name}"), &[]);
        assert!(
            d.contains("    Ports:          8080/TCP, 8443/TCP\n"),
            "{d}"
        );
        assert!(
            d.contains(&format!(
                "    Host Ports:     {}/TCP, {}/TCP\n",
                hp[0].2, hp[1].2
            )),
            "{d}"
        );
        assert!(
            d.contains(&format!(
                "    Environment:\n      echoserver-hostport_PORT_8080_TCP_HOSTPORT:  {}\n      echoserver-hostport_PORT_8443_TCP_HOSTPORT:  {}\n",
                hp[0].2, hp[1].2
            )),
            "{d}"
        );
    }
    // Spread over the three nodes.
    assert_eq!(nodes.len(), 3);
    // The pool allows only 80/tcp: the apply output says the ports are blocked and how to open them.
    assert!(
        logs.contains("Warning: the node security group blocks these auto-assigned host ports"),
        "{logs}"
    );
    assert!(
        logs.contains("az aks nodepool update -g rg --cluster-name c1 -n nodepool1 --allowed-host-ports 80/tcp 40000-40005/tcp"),
        "{logs}"
    );
    // Applying the same file again changes nothing.
    assert_eq!(
        e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)])
            .lines()
            .next(),
        Some("deployment.apps/echoserver-hostport unchanged")
    );
    assert_eq!(all_host_ports(&e.pods()), ports);
}

#[test]
fn feature_off_means_no_host_ports() {
    let mut e = Env::new(false);
    let logs = e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    assert_eq!(logs, "deployment.apps/echoserver-hostport created\n");
    let pods = e.pods();
    assert_eq!(pods.len(), 3);
    assert!(all_host_ports(&pods).is_empty());
    assert!(pods.iter().all(|p| env(p).is_empty()));
    // Even an annotation naming an undeclared port is ignored, as AKS ignores it.
    let bad = ECHO
        .replace("8080/tcp,8443/tcp", "9999/tcp")
        .replace("echoserver-hostport", "other");
    e.ok("kubectl apply -f bad.yaml", &[("bad.yaml", &bad)]);
}

#[test]
fn scaling_frees_ports_and_delete_frees_all() {
    let mut e = Env::new(true);
    e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    let logs = e.ok(
        "kubectl scale deployment echoserver-hostport --replicas=10",
        &[],
    );
    assert!(
        logs.starts_with("deployment.apps/echoserver-hostport scaled\n"),
        "{logs}"
    );
    let pods = e.pods();
    assert_eq!(pods.len(), 10);
    let ports = all_host_ports(&pods);
    assert_eq!(ports.len(), 20);
    assert_distinct_in_range(&ports);

    e.ok(
        "kubectl scale deployment/echoserver-hostport --replicas 1",
        &[],
    );
    let pods = e.pods();
    assert_eq!(pods.len(), 1);
    let kept = all_host_ports(&pods);
    assert_eq!(kept.len(), 2);
    // The oldest pod stays, with its ports; the 18 others went back to the pool.
    assert_eq!(kept, [40000, 40001]);
    let rows = store::hostports(&e.conn, CLUSTER).unwrap();
    assert_eq!(rows.len(), 2);

    // Freed ports are handed out again (lowest first).
    let other = ECHO
        .replace("echoserver-hostport", "second")
        .replace("replicas: 3", "replicas: 1");
    e.ok("kubectl apply -f other.yaml", &[("other.yaml", &other)]);
    let second: Vec<u64> = e
        .pods()
        .iter()
        .filter(|p| {
            p["metadata"]["name"]
                .as_str()
                .unwrap()
                .starts_with("second-")
        })
        .flat_map(host_ports)
        .map(|x| x.2)
        .collect();
    assert_eq!(second, [40002, 40003]);

    let logs = e.ok("kubectl delete deployment echoserver-hostport", &[]);
    assert_eq!(logs, "deployment.apps \"echoserver-hostport\" deleted\n");
    assert_eq!(store::hostports(&e.conn, CLUSTER).unwrap().len(), 2);
    e.ok("kubectl delete deployment second", &[]);
    assert!(store::hostports(&e.conn, CLUSTER).unwrap().is_empty());
    assert!(e.pods().is_empty());
    let out = e.run("kubectl delete deployment second", &[]);
    assert_eq!(out.exit_code, 1);
    assert_eq!(
        out.logs,
        "Error from server (NotFound): deployments.apps \"second\" not found\n"
    );
}

#[test]
fn a_second_deployment_never_reuses_a_live_port() {
    let mut e = Env::new(true);
    e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    let first = all_host_ports(&e.pods());
    let other = ECHO
        .replace("echoserver-hostport", "game")
        .replace("replicas: 3", "replicas: 5");
    e.ok("kubectl apply -f game.yaml", &[("game.yaml", &other)]);
    let all = all_host_ports(&e.pods());
    assert_eq!(all.len(), 16);
    assert_distinct_in_range(&all);
    for p in first {
        assert!(all.contains(&p));
    }
}

#[test]
fn annotation_with_an_undeclared_port_is_rejected() {
    let mut e = Env::new(true);
    let bad = ECHO.replace("8080/tcp,8443/tcp", "8080/tcp,9090/tcp");
    let out = e.run("kubectl apply -f echo.yaml", &[("echo.yaml", &bad)]);
    assert_eq!(out.exit_code, 1);
    assert_eq!(
        out.logs,
        "Error from server (BadRequest): error when creating \"echo.yaml\": admission webhook \"hostport-auto-assign.aks.azure.com\" denied the request: invalid value for annotation kubernetes.azure.com/assign-hostports-for-containerports: entry '9090/tcp': the pod does not declare container port 9090/TCP\n"
    );
    // Nothing was created.
    let out = e.run("kubectl get deployments", &[]);
    assert_eq!(out.logs, "No resources found in default namespace.\n");
    let bad = ECHO.replace("8080/tcp,8443/tcp", "8080/sctp");
    let out = e.run("kubectl apply -f echo.yaml", &[("echo.yaml", &bad)]);
    assert!(
        out.logs
            .contains("entry '8080/sctp': protocol 'sctp' is not supported; use tcp or udp"),
        "{}",
        out.logs
    );
}

#[test]
fn template_change_replaces_pods_and_their_ports() {
    let mut e = Env::new(true);
    e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    let before: Vec<String> = e
        .pods()
        .iter()
        .map(|p| p["metadata"]["name"].as_str().unwrap().to_string())
        .collect();
    let changed = ECHO.replace("echoserver:1.10", "echoserver:1.11");
    let logs = e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", &changed)]);
    assert!(
        logs.starts_with("deployment.apps/echoserver-hostport configured\n"),
        "{logs}"
    );
    let pods = e.pods();
    assert_eq!(pods.len(), 3);
    assert!(
        pods.iter()
            .all(|p| !before.contains(&p["metadata"]["name"].as_str().unwrap().to_string()))
    );
    assert_eq!(store::hostports(&e.conn, CLUSTER).unwrap().len(), 6);
    assert_distinct_in_range(&all_host_ports(&pods));
}

#[test]
fn tables_and_errors_read_like_kubectl() {
    let mut e = Env::new(true);
    let two = format!(
        "{ECHO}---\n{}",
        ECHO.replace("echoserver-hostport", "b")
            .replace("replicas: 3", "replicas: 0")
    );
    let logs = e.ok(
        "kubectl apply -f two.yaml && kubectl get deployments",
        &[("two.yaml", &two)],
    );
    let lines: Vec<&str> = logs.lines().collect();
    assert_eq!(lines[0], "deployment.apps/echoserver-hostport created");
    assert!(lines.contains(&"deployment.apps/b created"));
    let header = lines.iter().position(|l| l.starts_with("NAME")).unwrap();
    assert_eq!(
        lines[header],
        "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE"
    );
    assert!(
        lines[header + 1].starts_with("b                     0/0     0            0           ")
    );
    assert!(
        lines[header + 2].starts_with("echoserver-hostport   3/3     3            3           ")
    );

    let wide = e.ok("kubectl get pods -o wide", &[]);
    let head = wide.lines().next().unwrap();
    assert!(
        head.starts_with("NAME ") && head.contains("READY   STATUS    RESTARTS   AGE"),
        "{head}"
    );
    // NODE is as wide as the longest node name (33) plus kubectl's padding of 3.
    assert!(
        head.ends_with(&format!(
            "NODE{}NOMINATED NODE   READINESS GATES",
            " ".repeat(32)
        )),
        "{head}"
    );
    assert_eq!(
        wide.lines()
            .filter(|l| l.contains("1/1     Running   0"))
            .count(),
        3
    );

    let names = e.ok("kubectl get pods -o name", &[]);
    assert_eq!(names.lines().count(), 3);
    assert!(
        names
            .lines()
            .all(|l| l.starts_with("pod/echoserver-hostport-"))
    );

    let yaml = e.ok("kubectl get deployment b -o yaml", &[]);
    assert!(yaml.contains("kind: Deployment"), "{yaml}");

    let cases = [
        (
            "kubectl get pods nope",
            "Error from server (NotFound): pods \"nope\" not found\n",
        ),
        (
            "kubectl get widgets",
            "error: the server doesn't have a resource type \"widgets\"\n",
        ),
        (
            "kubectl scale deployment b",
            "error: required flag(s) \"replicas\" not set\n",
        ),
        (
            "kubectl apply -f missing.yaml",
            "error: the path \"missing.yaml\" does not exist (attach it with --file)\n",
        ),
        (
            "kubectl frob",
            "error: unknown command \"frob\" for \"kubectl\"\nRun 'kubectl --help' for usage.\n",
        ),
        (
            "kubectl get pods --bogus",
            "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n",
        ),
    ];
    for (cmd, want) in cases {
        let out = e.run(cmd, &[]);
        assert_eq!(out.exit_code, 1, "{cmd}");
        assert_eq!(out.logs, want, "{cmd}");
    }
    let out = e.run("helm install x", &[]);
    assert_eq!(out.exit_code, 127);
    // && stops at the first failure; ; does not.
    let out = e.run(
        "kubectl get pods nope && kubectl get deploy b -o name; kubectl get deploy b -o name",
        &[],
    );
    assert_eq!(out.exit_code, 0);
    assert_eq!(out.logs.matches("deployment.apps/b").count(), 1);
}

#[test]
fn exhaustion_fails_the_command_and_changes_nothing() {
    let mut e = Env::new(true);
    let count = |e: &Env| {
        (
            store::pods(&e.conn, CLUSTER, None).unwrap().len(),
            store::hostports(&e.conn, CLUSTER).unwrap().len(),
        )
    };
    e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    // Every other TCP port of the range is held, as the store records it (10,000 pods would
    // take long to build in a debug test; the allocator reads only these rows).
    let tx = e.conn.transaction().unwrap();
    for host_port in 40006..=59999 {
        let a = crate::hostport::Assignment {
            container_port: 7000,
            protocol: crate::hostport::Protocol::Tcp,
            host_port,
        };
        store::put_hostport(&tx, CLUSTER, "default", "holder", &a).unwrap();
    }
    tx.commit().unwrap();
    assert_eq!(count(&e), (3, 20_000));

    let out = e.run(
        "kubectl scale deployment echoserver-hostport --replicas=4",
        &[],
    );
    assert_eq!(out.exit_code, 1);
    assert!(
        out.logs
            .starts_with("Error from server (Forbidden): pods \"echoserver-hostport-"),
        "{}",
        out.logs
    );
    assert!(
        out.logs
            .contains("is forbidden: cannot assign host ports to pod default/echoserver-hostport-"),
        "{}",
        out.logs
    );
    assert!(
        out.logs.contains(
            "it needs 2 TCP port(s) but only 0 of the 20000 TCP ports in 40000-59999 are free"
        ),
        "{}",
        out.logs
    );
    assert_eq!(count(&e), (3, 20_000));

    // Through apply: the failing document leaves nothing behind, the next one applies.
    let more = ECHO
        .replace("echoserver-hostport", "more")
        .replace("replicas: 3", "replicas: 1");
    let none = ECHO
        .replace("echoserver-hostport", "none")
        .replace("replicas: 3", "replicas: 0");
    let out = e.run(
        "kubectl apply -f two.yaml",
        &[("two.yaml", &format!("{more}---\n{none}"))],
    );
    assert_eq!(out.exit_code, 1);
    assert!(out.logs.contains("pods \"more-"), "{}", out.logs);
    assert!(
        out.logs.contains("deployment.apps/none created"),
        "{}",
        out.logs
    );
    assert_eq!(e.run("kubectl get deployment more", &[]).exit_code, 1);
    assert_eq!(count(&e), (3, 20_000));

    // Deleting frees the deployment's ports, and the next pod gets the lowest of them.
    e.ok("kubectl delete deployment echoserver-hostport", &[]);
    assert_eq!(count(&e), (0, 19_994));
    e.ok("kubectl scale deployment none --replicas=1", &[]);
    let ports = all_host_ports(&e.pods());
    assert_eq!(ports, [40000, 40001]);
}

#[test]
fn delete_cluster_forgets_everything() {
    let mut e = Env::new(true);
    e.ok("kubectl apply -f echo.yaml", &[("echo.yaml", ECHO)]);
    let tx = e.conn.transaction().unwrap();
    delete_cluster(&tx, &CLUSTER.to_uppercase()).unwrap();
    tx.commit().unwrap();
    assert!(e.pods().is_empty());
    assert!(store::hostports(&e.conn, CLUSTER).unwrap().is_empty());
}

mod prop {
    use proptest::prelude::*;

    use super::*;

    #[derive(Debug, Clone)]
    enum Op {
        Apply { d: u8, replicas: u8, image: u8 },
        Scale { d: u8, replicas: u8 },
        Delete { d: u8 },
        DeletePod { n: usize },
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u8..3, 0u8..6, 0u8..2).prop_map(|(d, replicas, image)| Op::Apply {
                d,
                replicas,
                image
            }),
            (0u8..3, 0u8..8).prop_map(|(d, replicas)| Op::Scale { d, replicas }),
            (0u8..3).prop_map(|d| Op::Delete { d }),
            any::<usize>().prop_map(|n| Op::DeletePod { n }),
        ]
    }

    fn manifest(d: u8, replicas: u8, image: u8) -> String {
        let m = ECHO
            .replace("echoserver-hostport", &format!("d{d}"))
            .replace("replicas: 3", &format!("replicas: {replicas}"))
            .replace("echoserver:1.10", &format!("echoserver:1.{image}"));
        if d != 2 {
            return m;
        }
        // Deployment d2 also asks for a UDP port.
        let last = "              containerPort: 8443\n              protocol: TCP\n";
        m.replace("8080/tcp,8443/tcp", "8080/tcp,8443/tcp,53/udp")
            .replace(
                last,
                &format!("{last}            - containerPort: 53\n              protocol: UDP\n"),
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Through any sequence of kubectl applies, scales and deletes, live pods never share
        /// a host port/protocol, every live pod holds exactly the ports its template asks for,
        /// and the store holds no port of a deleted pod.
        #[test]
        fn kubectl_never_hands_out_a_live_port_twice(ops in proptest::collection::vec(op(), 1..14)) {
            let mut e = Env::new(true);
            for op in ops {
                let cmd = match &op {
                    Op::Apply { d, replicas, image } => {
                        let m = manifest(*d, *replicas, *image);
                        e.run("kubectl apply -f m.yaml", &[("m.yaml", &m)]);
                        continue;
                    }
                    Op::Scale { d, replicas } => format!("kubectl scale deployment d{d} --replicas={replicas}"),
                    Op::Delete { d } => format!("kubectl delete deployment d{d}"),
                    Op::DeletePod { n } => {
                        let pods = e.pods();
                        if pods.is_empty() { continue; }
                        let name = pods[n % pods.len()]["metadata"]["name"].as_str().unwrap().to_string();
                        format!("kubectl delete pod {name}")
                    }
                };
                e.run(&cmd, &[]);
                let pods = e.pods();
                let mut seen = HashSet::new();
                for pod in &pods {
                    let d = pod["metadata"]["labels"]["app"].as_str().unwrap().to_string();
                    let hp = host_ports(pod);
                    prop_assert_eq!(hp.len(), if d == "d2" { 3 } else { 2 }, "{}", d);
                    for (_, proto, port) in hp {
                        prop_assert!((40000..=59999).contains(&port));
                        prop_assert!(seen.insert((proto.clone(), port)), "{}/{} twice", port, proto);
                    }
                }
                let rows = store::hostports(&e.conn, CLUSTER).unwrap();
                prop_assert_eq!(rows.len(), seen.len());
            }
        }
    }
}
