//! Host-port allocator benchmarks (no criterion: a plain timed loop, best of N runs).
//! `cargo bench --bench hostport`
//!
//! 1. Assigning all 20,000 ports of one protocol, one port per pod.
//! 2. 10,000 replicas × 2 ports (8080/tcp, 8443/tcp): the whole TCP range.
//! 3. Rebuilding the book from 20,000 recorded rows (what each kubectl command does) and
//!    releasing every pod.

use std::hint::black_box;
use std::time::{Duration, Instant};

use azr::hostport::{Allocator, Assignment, PortRequest, Protocol, RANGE_SIZE};

fn best_of<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn report(name: &str, d: Duration, ops: usize) {
    println!(
        "{name:<48} {:>10.3} ms   {:>8.1} ns/port",
        d.as_secs_f64() * 1e3,
        d.as_nanos() as f64 / ops as f64
    );
}

fn main() {
    let runs = 10;
    let names: Vec<String> = (0..RANGE_SIZE)
        .map(|i| format!("default/pod-{i}"))
        .collect();
    let one = [PortRequest {
        container_port: 7777,
        protocol: Protocol::Udp,
    }];
    let d = best_of(runs, || {
        let mut a = Allocator::new();
        for n in &names {
            black_box(a.assign(n, &one).unwrap());
        }
        assert_eq!(a.free(Protocol::Udp), 0);
        assert!(a.assign("one-more", &one).is_err());
    });
    report("assign all 20,000 UDP ports (1 per pod)", d, RANGE_SIZE);

    let two = [
        PortRequest {
            container_port: 8080,
            protocol: Protocol::Tcp,
        },
        PortRequest {
            container_port: 8443,
            protocol: Protocol::Tcp,
        },
    ];
    let d = best_of(runs, || {
        let mut a = Allocator::new();
        for n in &names[..10_000] {
            black_box(a.assign(n, &two).unwrap());
        }
        assert_eq!(a.free(Protocol::Tcp), 0);
    });
    report("10,000 replicas x 2 TCP ports", d, RANGE_SIZE);

    let mut full = Allocator::new();
    for n in &names[..10_000] {
        full.assign(n, &two).unwrap();
    }
    let rows: Vec<(String, Assignment)> = full
        .pods()
        .flat_map(|(p, h)| h.iter().map(move |x| (p.to_string(), *x)))
        .collect();
    let d = best_of(runs, || {
        let a = Allocator::from_assignments(rows.iter().map(|(p, x)| (p.as_str(), *x))).unwrap();
        black_box(a);
    });
    report("rebuild from 20,000 recorded assignments", d, RANGE_SIZE);

    let d = best_of(runs, || {
        let mut a = full.clone();
        for n in &names[..10_000] {
            black_box(a.release(n));
        }
        assert_eq!(a.free(Protocol::Tcp), RANGE_SIZE);
    });
    report("release 10,000 pods x 2 ports (incl. clone)", d, RANGE_SIZE);

    // Churn: free one pod in the middle of a full range, assign a new one (lowest-free search).
    let d = best_of(runs, || {
        let mut a = full.clone();
        for i in 0..1000 {
            a.release(&names[i * 7]);
            black_box(a.assign(&format!("churn-{i}"), &two).unwrap());
        }
    });
    report("1,000 delete+create in a full range (incl. clone)", d, 2000);
}
