use std::collections::{BTreeMap, HashSet};

use proptest::prelude::*;

use super::*;

const TCP8080: PortRequest = PortRequest {
    container_port: 8080,
    protocol: Protocol::Tcp,
};
const TCP8443: PortRequest = PortRequest {
    container_port: 8443,
    protocol: Protocol::Tcp,
};
const UDP53: PortRequest = PortRequest {
    container_port: 53,
    protocol: Protocol::Udp,
};

#[test]
fn annotation_of_the_doc_page_parses_in_order() {
    let got = parse_annotation("8080/tcp,8443/tcp", &[TCP8080, TCP8443]).unwrap();
    assert_eq!(got, vec![TCP8080, TCP8443]);
    let got = parse_annotation(" 53/udp , 8080/tcp", &[TCP8080, UDP53]).unwrap();
    assert_eq!(got, vec![UDP53, TCP8080]);
}

#[test]
fn annotation_errors_name_the_entry() {
    let declared = [TCP8080, TCP8443, UDP53];
    let cases = [
        (
            "9090/tcp",
            "9090/tcp",
            "does not declare container port 9090/TCP",
        ),
        (
            "8080/udp",
            "8080/udp",
            "does not declare container port 8080/UDP",
        ),
        ("8080/sctp", "8080/sctp", "protocol 'sctp' is not supported"),
        ("8080", "8080", "expected <port>/<protocol>"),
        ("http/tcp", "http/tcp", "port 'http' is not a number"),
        ("70000/tcp", "70000/tcp", "between 1 and 65535"),
        ("+80/tcp", "+80/tcp", "not a number"),
        ("8080/tcp,,8443/tcp", "", "empty entry"),
        ("8080/tcp,8080/tcp", "8080/tcp", "listed more than once"),
        ("", "", "the value is empty"),
    ];
    for (value, entry, reason) in cases {
        let e = parse_annotation(value, &declared).unwrap_err();
        assert_eq!(e.entry, entry, "{value}");
        assert!(e.reason.contains(reason), "{value}: {}", e.reason);
        let text = e.to_string();
        assert!(text.contains(ANNOTATION), "{text}");
        assert!(text.contains(&format!("entry '{entry}'")), "{text}");
    }
}

#[test]
fn lowest_free_ports_first_and_deterministic() {
    let mut a = Allocator::new();
    let p1 = a.assign("p1", &[TCP8080, TCP8443]).unwrap();
    assert_eq!(
        p1.iter().map(|x| x.host_port).collect::<Vec<_>>(),
        [40000, 40001]
    );
    // UDP is a separate pool.
    let p2 = a.assign("p2", &[UDP53, TCP8080]).unwrap();
    assert_eq!(
        p2.iter()
            .map(|x| (x.host_port, x.protocol))
            .collect::<Vec<_>>(),
        [(40000, Protocol::Udp), (40002, Protocol::Tcp)]
    );
    // Assigning again gives the pod what it already holds.
    assert_eq!(a.assign("p1", &[TCP8080, TCP8443]).unwrap(), p1);
    // A freed port is the next one handed out.
    assert_eq!(a.release("p1").len(), 2);
    assert_eq!(a.holder(Protocol::Tcp, 40000), None);
    let p3 = a.assign("p3", &[TCP8080]).unwrap();
    assert_eq!(p3[0].host_port, 40000);
    assert_eq!(a.free(Protocol::Tcp), RANGE_SIZE - 2);
}

#[test]
fn env_var_name_keeps_the_deployment_name() {
    let a = Assignment {
        container_port: 8080,
        protocol: Protocol::Tcp,
        host_port: 46645,
    };
    assert_eq!(
        a.env_var_name("echoserver-hostport"),
        "echoserver-hostport_PORT_8080_TCP_HOSTPORT"
    );
}

#[test]
fn exhaustion_is_an_error_and_assigns_nothing() {
    let mut a = Allocator::new();
    for i in 0..RANGE_SIZE {
        let ports = a.assign(&format!("p{i}"), &[TCP8080]).unwrap();
        assert_eq!(ports[0].host_port as usize, RANGE_START as usize + i);
    }
    assert_eq!(a.free(Protocol::Tcp), 0);
    let e = a.assign("late", &[UDP53, TCP8080]).unwrap_err();
    assert_eq!(
        e,
        AllocError::Exhausted {
            pod: "late".into(),
            protocol: Protocol::Tcp,
            needed: 1,
            free: 0
        }
    );
    assert!(
        e.to_string()
            .contains("only 0 of the 20000 TCP ports in 40000-59999 are free")
    );
    // All or nothing: the UDP port was not taken either.
    assert_eq!(a.free(Protocol::Udp), RANGE_SIZE);
    assert!(a.ports_of("late").is_empty());
    // Freeing one port in the middle makes exactly that port available.
    a.release("p12345");
    assert_eq!(a.assign("late", &[TCP8080]).unwrap()[0].host_port, 52345);
}

#[test]
fn rebuilding_refuses_duplicates_and_out_of_range() {
    let asg = |p| Assignment {
        container_port: 80,
        protocol: Protocol::Tcp,
        host_port: p,
    };
    let e = Allocator::from_assignments([("a", asg(40005)), ("b", asg(40005))]).unwrap_err();
    assert!(matches!(
        e,
        AllocError::Conflict {
            host_port: 40005,
            ..
        }
    ));
    let e = Allocator::from_assignments([("a", asg(8080))]).unwrap_err();
    assert!(matches!(
        e,
        AllocError::OutOfRange {
            host_port: 8080,
            ..
        }
    ));
    let mut a = Allocator::from_assignments([("a", asg(40000)), ("b", asg(40002))]).unwrap();
    assert_eq!(a.assign("c", &[TCP8080]).unwrap()[0].host_port, 40001);
    assert_eq!(a.assign("d", &[TCP8080]).unwrap()[0].host_port, 40003);
}

#[test]
fn suggested_allowed_host_ports_merge_adjacent_ports() {
    let r = covering_ranges(&[
        (40001, Protocol::Tcp),
        (40000, Protocol::Tcp),
        (40003, Protocol::Tcp),
        (40000, Protocol::Udp),
        (40000, Protocol::Tcp),
    ]);
    assert_eq!(
        allowed_host_ports_value(&r),
        "40000-40001/tcp 40003/tcp 40000/udp"
    );
}

#[derive(Debug, Clone)]
enum Op {
    /// Creates a pod with this many TCP and UDP ports.
    Create { tcp: u8, udp: u8 },
    /// Sets a deployment's replica count (pods created or deleted from the end).
    Scale { deployment: u8, replicas: u16 },
    /// Deletes the nth live pod.
    Delete(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..3, 0u8..3).prop_map(|(tcp, udp)| Op::Create { tcp, udp }),
        (0u8..3, 0u16..40).prop_map(|(deployment, replicas)| Op::Scale {
            deployment,
            replicas
        }),
        any::<usize>().prop_map(Op::Delete),
    ]
}

fn requests(tcp: u8, udp: u8) -> Vec<PortRequest> {
    (0..tcp)
        .map(|i| PortRequest {
            container_port: 8000 + i as u16,
            protocol: Protocol::Tcp,
        })
        .chain((0..udp).map(|i| PortRequest {
            container_port: 5000 + i as u16,
            protocol: Protocol::Udp,
        }))
        .collect()
}

/// No two live pods share a host port/protocol, every live pod holds exactly what it asked
/// for, and deleted pods hold nothing.
fn check_invariants(a: &Allocator, live: &BTreeMap<String, Vec<PortRequest>>) {
    let mut seen = HashSet::new();
    let mut used = [0usize; 2];
    for (pod, reqs) in live {
        let held = a.ports_of(pod);
        assert_eq!(held.len(), reqs.len(), "{pod}");
        for h in held {
            assert!((RANGE_START..=RANGE_END).contains(&h.host_port));
            assert!(
                seen.insert((h.protocol, h.host_port)),
                "{}/{} given twice",
                h.host_port,
                h.protocol
            );
            assert_eq!(a.holder(h.protocol, h.host_port), Some(pod.as_str()));
            used[h.protocol.index()] += 1;
        }
    }
    assert_eq!(
        a.pods().count(),
        live.values().filter(|r| !r.is_empty()).count()
    );
    assert_eq!(a.free(Protocol::Tcp), RANGE_SIZE - used[0]);
    assert_eq!(a.free(Protocol::Udp), RANGE_SIZE - used[1]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn live_pods_never_share_a_host_port(ops in proptest::collection::vec(op(), 1..60)) {
        let mut a = Allocator::new();
        let mut live: BTreeMap<String, Vec<PortRequest>> = BTreeMap::new();
        let mut deployments: BTreeMap<u8, Vec<String>> = BTreeMap::new();
        let mut serial = 0u32;
        for op in ops {
            match op {
                Op::Create { tcp, udp } => {
                    serial += 1;
                    let pod = format!("single-{serial}");
                    let reqs = requests(tcp, udp);
                    a.assign(&pod, &reqs).unwrap();
                    live.insert(pod, reqs);
                }
                Op::Scale { deployment, replicas } => {
                    let pods = deployments.entry(deployment).or_default();
                    while pods.len() > replicas as usize {
                        let pod = pods.pop().unwrap();
                        a.release(&pod);
                        live.remove(&pod);
                    }
                    while pods.len() < replicas as usize {
                        serial += 1;
                        let pod = format!("d{deployment}-{serial}");
                        let reqs = requests(deployment % 3 + 1, deployment % 2);
                        a.assign(&pod, &reqs).unwrap();
                        live.insert(pod.clone(), reqs);
                        pods.push(pod);
                    }
                }
                Op::Delete(n) => {
                    if !live.is_empty() {
                        let pod = live.keys().nth(n % live.len()).unwrap().clone();
                        a.release(&pod);
                        live.remove(&pod);
                        for pods in deployments.values_mut() {
                            pods.retain(|p| *p != pod);
                        }
                    }
                }
            }
            check_invariants(&a, &live);
        }
        // Rebuilding from the recorded assignments gives the same book and the same next port.
        let rows: Vec<(String, Assignment)> = a
            .pods()
            .flat_map(|(p, h)| h.iter().map(move |x| (p.to_string(), *x)))
            .collect();
        let mut rebuilt = Allocator::from_assignments(rows.iter().map(|(p, x)| (p.as_str(), *x))).unwrap();
        check_invariants(&rebuilt, &live);
        let next = requests(2, 1);
        prop_assert_eq!(a.assign("next", &next).unwrap(), rebuilt.assign("next", &next).unwrap());
    }

    #[test]
    fn annotation_parser_never_panics(s in ".{0,40}") {
        let _ = parse_annotation(&s, &[TCP8080, UDP53]);
    }
}
