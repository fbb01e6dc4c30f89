//! Emulator server throughput: GET and PUT of resource groups over HTTPS with N concurrent
//! clients (default 16), against `azr emulator start` as a child process on a free port.
//! A measurement, not a test: it prints numbers and asserts nothing about them.
//!
//!     cargo bench --bench emulator_throughput -- [--clients 16] [--seconds 10]
//!
//! (The server binary is the one cargo built for the bench, with the release settings. Set
//! AZR=/path/to/azr to measure another build. benches/emulator.sh measures the same with h2load,
//! which leaves the server more of the CPU than this in-Rust client.)

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const SUB: &str = "00000000-0000-0000-0000-000000000001";

struct Stats {
    ok: u64,
    errors: u64,
    latencies_us: Vec<u64>,
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let clients = arg("--clients", 16) as usize;
    let seconds = arg("--seconds", 10);
    let azr = std::env::var("AZR").unwrap_or_else(|_| env!("CARGO_BIN_EXE_azr").to_string());
    let tmp = std::env::temp_dir().join(format!("azr-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut child = Command::new(&azr)
        .args(["emulator", "start", "--port", "0", "--tls-dir"])
        .arg(tmp.join("tls"))
        .arg("--state")
        .arg(tmp.join("state.db"))
        .env("AZR_CONFIG_DIR", tmp.join("config"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("start azr emulator");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("ready line");
    let port: u16 = line
        .split("https://127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|p| p.parse().ok())
        .expect("port in ready line");
    let base = format!("https://127.0.0.1:{port}");
    let ca = std::fs::read(tmp.join("tls/ca.pem")).expect("ca.pem");

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let client = reqwest::Client::builder()
            .tls_certs_only([reqwest::Certificate::from_pem(&ca).expect("ca")])
            .pool_max_idle_per_host(clients)
            .build()
            .expect("client");
        let token: Value = client
            .post(format!("{base}/bench/oauth2/v2.0/token"))
            .body("client_id=bench&client_secret=x&grant_type=client_credentials&scope=https://management.core.windows.net//.default")
            .send()
            .await
            .expect("token")
            .json()
            .await
            .expect("token json");
        let token = token["access_token"].as_str().expect("access_token").to_string();
        let rg = format!("{base}/subscriptions/{SUB}/resourcegroups/bench?api-version=2024-11-01");
        let setup = client
            .put(&rg)
            .bearer_auth(&token)
            .json(&json!({"location": "eastus"}))
            .send()
            .await
            .expect("PUT bench group");
        println!(
            "server {azr} on port {port}; setup PUT status {}; {clients} clients, {seconds} s per phase",
            setup.status()
        );
        for phase in ["GET", "PUT"] {
            let stop = Arc::new(AtomicBool::new(false));
            let started = Instant::now();
            let mut tasks = Vec::new();
            for c in 0..clients {
                let (client, token, base, stop) =
                    (client.clone(), token.clone(), base.clone(), stop.clone());
                let rg = rg.clone();
                tasks.push(tokio::spawn(async move {
                    let mut s = Stats { ok: 0, errors: 0, latencies_us: Vec::new() };
                    let mut i = 0u64;
                    while !stop.load(Ordering::Relaxed) {
                        let t = Instant::now();
                        let req = if phase == "GET" {
                            client.get(&rg)
                        } else {
                            // A new group each time: every PUT is a write transaction.
                            i += 1;
                            client
                                .put(format!(
                                    "{base}/subscriptions/{SUB}/resourcegroups/b{c}-{i}?api-version=2024-11-01"
                                ))
                                .json(&json!({"location": "eastus", "tags": {"n": i.to_string()}}))
                        };
                        match req.bearer_auth(&token).send().await {
                            Ok(r) if r.status().is_success() => {
                                let _ = r.bytes().await;
                                s.ok += 1;
                            }
                            Ok(r) => {
                                let _ = r.bytes().await;
                                s.errors += 1;
                            }
                            Err(_) => s.errors += 1,
                        }
                        s.latencies_us.push(t.elapsed().as_micros() as u64);
                    }
                    s
                }));
            }
            tokio::time::sleep(Duration::from_secs(seconds)).await;
            stop.store(true, Ordering::Relaxed);
            let mut all = Stats { ok: 0, errors: 0, latencies_us: Vec::new() };
            for t in tasks {
                let s = t.await.expect("task");
                all.ok += s.ok;
                all.errors += s.errors;
                all.latencies_us.extend(s.latencies_us);
            }
            let elapsed = started.elapsed().as_secs_f64();
            all.latencies_us.sort_unstable();
            let pct = |p: f64| {
                let v = &all.latencies_us;
                if v.is_empty() { 0.0 } else { v[((v.len() - 1) as f64 * p) as usize] as f64 / 1000.0 }
            };
            println!(
                "{phase}: {:.0} req/s ({} ok, {} non-2xx/errors in {:.1} s); latency p50 {:.2} ms, p99 {:.2} ms",
                all.ok as f64 / elapsed,
                all.ok,
                all.errors,
                elapsed,
                pct(0.5),
                pct(0.99)
            );
        }
    });
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&tmp);
}
