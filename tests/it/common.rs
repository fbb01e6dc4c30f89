//! Shared helpers: an isolated environment per test, the project's fixtures, and what the
//! external tier needs (../shared, the real az), which it asks for loudly.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use tempfile::TempDir;

/// The project's own test data (`fixtures/` in the repository): all the first tier reads.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// The `shared/` folder beside the repository (`AZR_SHARED_DIR` overrides): outside data, read
/// by external-tier tests only. Panics, naming what is missing, when it is not there.
pub fn shared_dir() -> PathBuf {
    let dir = match std::env::var_os("AZR_SHARED_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("shared"),
    };
    assert!(
        dir.is_dir(),
        "external tier: the shared folder {} is missing (set AZR_SHARED_DIR to it)",
        dir.display()
    );
    dir
}

/// Outside data (az's own recordings, az-captured, ARM's examples) under `../shared/fixtures`.
pub fn external_fixture(rel: &str) -> PathBuf {
    let path = shared_dir().join("fixtures").join(rel);
    assert!(
        path.exists(),
        "external tier: {} is missing (set AZR_SHARED_DIR)",
        path.display()
    );
    path
}

/// Checks a file generated from the real az: runs `tools/<script>` with the az venv's Python,
/// `commands` on stdin one per line, and compares its output with the committed `file`
/// (`update_env` set: rewrites it first).
pub fn assert_generated_fresh(script: &str, commands: &[String], file: &str, update_env: &str) {
    use std::io::Write;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut child = std::process::Command::new(az_venv().join("bin/python"))
        .arg(repo.join("tools").join(script))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run {script}: {e}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(commands.join("\n").as_bytes())
        .expect("write commands");
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = repo.join(file);
    if std::env::var_os(update_env).is_some() {
        std::fs::write(&path, &out.stdout).unwrap_or_else(|e| panic!("write {file}: {e}"));
    }
    let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(
        out.stdout == committed,
        "stale: {update_env}=1 cargo test --test it -- --ignored (regenerates {file})"
    );
}

/// A command line as words: `argv("aks nodepool add -g rg --cluster-name c")`. Words split on
/// white space, with no quoting: write an array for a value that holds a space.
pub fn argv(line: &'static str) -> Vec<&'static str> {
    line.split_whitespace().collect()
}

/// A sandbox: its own config dir and HOME, so no test touches the user's ~/.azr or ~/.ssh.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// `azr` with a clean environment pointing into the sandbox.
    pub fn azr(&self) -> Command {
        let mut cmd = Command::cargo_bin("azr").expect("azr binary");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("AZR_CONFIG_DIR", self.config_dir())
            .env("NO_COLOR", "1");
        cmd
    }

    /// `azr ARGS` against the built-in emulator (`AZR_CLOUD=local`), which must succeed.
    pub fn local_ok(&self, args: &[&str]) -> std::process::Output {
        let out = self
            .azr()
            .env("AZR_CLOUD", "local")
            .args(args)
            .output()
            .expect("run azr");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

/// One request a command sent, as its recording (`AZR_RECORD`) holds it.
pub struct Sent {
    pub method: String,
    /// The URI without its query string.
    pub path: String,
    /// The whole URI, query string included.
    pub uri: String,
    /// The JSON body, `Null` when there was none.
    pub body: serde_json::Value,
}

impl Sandbox {
    /// `azr ARGS` against the built-in emulator, recorded: its output and the requests it sent.
    /// `local_recorded` of a command that must succeed.
    pub fn local_recorded_ok(&self, args: &[&str]) -> (std::process::Output, Vec<Sent>) {
        let (out, sent) = self.local_recorded(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (out, sent)
    }

    pub fn local_recorded(&self, args: &[&str]) -> (std::process::Output, Vec<Sent>) {
        let record = self.dir.path().join("sent.yaml");
        let _ = std::fs::remove_file(&record);
        let out = self
            .azr()
            .env("AZR_CLOUD", "local")
            .env("AZR_RECORD", &record)
            .args(args)
            .output()
            .expect("run azr");
        let sent = azr::transport::cassette::Cassette::load(&record)
            .map(|c| c.interactions)
            .unwrap_or_default()
            .into_iter()
            .map(|i| Sent {
                path: i.request.uri.split('?').next().unwrap_or("").to_string(),
                uri: i.request.uri.clone(),
                body: i
                    .request
                    .body
                    .as_deref()
                    .and_then(|b| serde_json::from_str(b).ok())
                    .unwrap_or(serde_json::Value::Null),
                method: i.request.method,
            })
            .collect();
        (out, sent)
    }
}

/// What a refused command may have sent before its refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentFirst {
    /// Nothing: the flags alone are refused.
    Nothing,
    /// Reads only (GET, HEAD): az's getters check the flags against what they read first.
    Reads,
}

impl Sandbox {
    /// Runs `line` (split on whitespace) on the local emulator and asserts az's refusal: exit
    /// `code`, exactly `stderr`, nothing on stdout, and no request but what `first` allows.
    pub fn assert_refused(&self, line: &str, code: i32, stderr: &str, first: SentFirst) {
        let args: Vec<&str> = line.split_whitespace().collect();
        let (out, sent) = self.local_recorded(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{line}: {err}");
        assert_eq!(err, stderr, "{line}");
        assert!(out.stdout.is_empty(), "{line}");
        let unexpected: Vec<String> = sent
            .iter()
            .filter(|s| first == SentFirst::Nothing || !matches!(s.method.as_str(), "GET" | "HEAD"))
            .map(|s| format!("{} {}", s.method, s.path))
            .collect();
        assert!(unexpected.is_empty(), "{line}: sent {unexpected:?}");
    }
}

/// Sends one request straight to the sandbox's emulator (what no azr command does).
pub fn emulator(
    sb: &Sandbox,
    method: azr::arm::Method,
    url: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let emu = azr::emulator::Emulator::open(
        &sb.config_dir().join("emulator.db"),
        azr::emulator::EmulatorOptions::default(),
    )
    .expect("open the emulator");
    let mut req = azr::arm::ArmRequest::new(method, url.to_string());
    if let Some(b) = &body {
        req = req.with_json(b);
    }
    let resp = emu.handle(&req);
    (
        resp.status,
        resp.json_body().unwrap_or(serde_json::Value::Null),
    )
}

/// The real az's virtualenv: `AZ_PEER_VENV`, else `$AZ_PEER_ROOT/venv`, else
/// `${TMPDIR:-/tmp}/azr-az-peer/venv` (where `tools/az-conformance.sh` installs it). External
/// tier only: panics, saying how to install it, when it is missing.
pub fn az_venv() -> PathBuf {
    let venv = match (
        std::env::var_os("AZ_PEER_VENV"),
        std::env::var_os("AZ_PEER_ROOT"),
    ) {
        (Some(v), _) => PathBuf::from(v),
        (None, Some(root)) => PathBuf::from(root).join("venv"),
        (None, None) => {
            let tmp = std::env::var_os("TMPDIR").unwrap_or_else(|| "/tmp".into());
            PathBuf::from(tmp).join("azr-az-peer").join("venv")
        }
    };
    assert!(
        venv.join("bin/az").exists(),
        "external tier: the real az is not installed at {} (tools/external-tier.sh installs it; \
         or set AZ_PEER_VENV / AZ_PEER_ROOT)",
        venv.display()
    );
    venv
}

/// A tool the test runs (openssl, script): panics naming it when it is not on the machine.
/// `probe` is an argument that makes it print its version and exit.
pub fn require_tool(path: &str, probe: &str, why: &str) {
    let found = std::process::Command::new(path)
        .arg(probe)
        .stdin(std::process::Stdio::null())
        .output()
        .is_ok();
    assert!(found, "{path} is needed {why}, and it is not installed");
}

/// `../shared/reference/az-peer.sh`, which drives the real az against an emulator server
/// (external tier; panics when missing).
pub fn az_peer_sh() -> PathBuf {
    let path = shared_dir().join("reference").join("az-peer.sh");
    assert!(
        path.exists(),
        "external tier: {} is missing (set AZR_SHARED_DIR)",
        path.display()
    );
    path
}

/// The filters `azr_snapshot!` applies: what changes from run to run becomes a stable word.
pub const SNAPSHOT_FILTERS: &[(&str, &str)] = &[
    (
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "[GUID]",
    ),
    (
        r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?",
        "[TIME]",
    ),
    (r"(127\.0\.0\.1|localhost):\d+", "[HOST]"),
    (r"aks-(\w+)-\d{8}-vmss", "aks-$1-[DIGITS]-vmss"),
    (r#"W/"[^"]*""#, "[ETAG]"),
    (r"/tmp/[^\s/]+", "[TEMP]"),
];

/// The outcome of a command as one text: exit code, stdout and stderr, for a snapshot.
pub fn outcome_text(out: &std::process::Output) -> String {
    format!(
        "exit_code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
        out.status
            .code()
            .map_or("killed".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `text` with every `SNAPSHOT_FILTERS` pattern replaced.
pub fn filtered(text: &str) -> String {
    SNAPSHOT_FILTERS
        .iter()
        .fold(text.to_string(), |t, (pattern, with)| {
            regex::Regex::new(pattern)
                .expect("a filter pattern")
                .replace_all(&t, *with)
                .into_owned()
        })
}

/// Runs a command and snapshots what a user sees (exit code, stdout, stderr) with GUIDs,
/// times, ports, VMSS digits, etags and temp paths filtered, as uv's `uv_snapshot!` does.
#[macro_export]
macro_rules! azr_snapshot {
    ($name:expr, $cmd:expr) => {{
        let out = $cmd.output().expect("run azr");
        insta::assert_snapshot!(
            $name,
            $crate::common::filtered(&$crate::common::outcome_text(&out))
        );
        out
    }};
}
