#![no_main]
//! The emulator's request router, called in-process as the local transport calls it: any
//! method, URL and body gets an ARM answer. A panic inside (which `handle` would turn into a
//! 500 for a user) aborts here through libFuzzer's panic hook, so it is found.
//! Input: `METHOD URL` on the first line, the body after it.
use std::sync::LazyLock;

use azr::arm::{ArmRequest, Method};
use azr::emulator::{Emulator, EmulatorOptions};
use libfuzzer_sys::fuzz_target;

static EMULATOR: LazyLock<Emulator> = LazyLock::new(|| {
    // One state file per process, fresh each run; tools/fuzz.sh removes it afterwards.
    let path = std::env::temp_dir().join(format!("azr-fuzz-router-{}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    Emulator::open(&path, EmulatorOptions::default()).expect("open the emulator state")
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (method, url) = head.split_once(' ').unwrap_or(("GET", head));
    let method = Method::from_bytes(method.as_bytes()).unwrap_or(Method::GET);
    let mut req = ArmRequest::new(method, url);
    if !body.is_empty() {
        req.headers
            .push(("Content-Type".into(), "application/json".into()));
        req.body = Some(body.as_bytes().to_vec());
    }
    let resp = EMULATOR.handle(&req);
    assert!((100..600).contains(&resp.status), "status {}", resp.status);
});
