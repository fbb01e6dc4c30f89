//! `azr emulator start` as a user runs it: a child process on a free port, reached over TLS
//! verified against the `ca.pem` it writes, with its Azure AD endpoints, token checks, fault
//! injection and clean shutdown. The real az is used too, in the external tier.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

const SUB: &str = "00000000-0000-0000-0000-000000000001";
const TENANT: &str = "72f988bf-0000-0000-0000-000000000001";

pub(crate) struct Server {
    pub(crate) child: Child,
    dir: PathBuf,
    pub(crate) port: u16,
    ready_line: String,
    _tmp: Option<tempfile::TempDir>,
}

impl Server {
    pub(crate) fn start(extra: &[&str]) -> Server {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().to_path_buf();
        let mut s = Server::start_in(&dir, extra);
        s._tmp = Some(tmp);
        s
    }

    /// Starts a server whose TLS dir and state live in `dir` (kept by the caller).
    pub(crate) fn start_in(dir: &Path, extra: &[&str]) -> Server {
        Server::start_on(dir, 0, extra)
    }

    /// `start_in` on `port` (0: a free one), e.g. to restart a killed server where it was.
    pub(crate) fn start_on(dir: &Path, port: u16, extra: &[&str]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_azr"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", dir.join("home"))
            .env("AZR_CONFIG_DIR", dir.join("config"))
            .args([
                "emulator",
                "start",
                "--port",
                &port.to_string(),
                "--tls-dir",
            ])
            .arg(dir.join("tls"))
            .arg("--state")
            .arg(dir.join("state.db"))
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn azr emulator start");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        // A guard against a server that never comes up, not a timing assertion.
        let line = match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(l) => l,
            Err(_) => {
                let _ = child.kill();
                let out = child.wait_with_output().expect("output");
                panic!(
                    "no ready line; stderr: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        };
        let port = line
            .split("https://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no URL in ready line: {line}"));
        Server {
            child,
            dir: dir.to_path_buf(),
            port,
            ready_line: line,
            _tmp: None,
        }
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    /// SIGKILL: the server dies mid-request, as in a crash.
    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub(crate) fn base(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    pub(crate) fn ca(&self) -> PathBuf {
        self.dir.join("tls").join("ca.pem")
    }

    /// A client that trusts only the server's CA: every request verifies the chain.
    pub(crate) fn client(&self) -> reqwest::Client {
        self.client_builder().build().expect("client")
    }

    /// A client builder that trusts only the server's CA, for clients with other settings.
    pub(crate) fn client_builder(&self) -> reqwest::ClientBuilder {
        let pem = std::fs::read(self.ca()).expect("ca.pem");
        reqwest::Client::builder()
            .tls_certs_only([reqwest::Certificate::from_pem(&pem).expect("CA pem")])
    }

    pub(crate) async fn sp_token(&self) -> String {
        self.token_for(TENANT, "https://management.core.windows.net//.default")
            .await
    }

    /// A service principal's token from the server's token endpoint for `tenant` and `scope`.
    pub(crate) async fn token_for(&self, tenant: &str, scope: &str) -> String {
        let form = format!(
            "client_id=22222222-2222-2222-2222-222222222222&grant_type=client_credentials&client_info=1&client_secret=s3cret&scope={}",
            url::form_urlencoded::byte_serialize(scope.as_bytes()).collect::<String>()
        );
        let r = self
            .client()
            .post(format!("{}/{tenant}/oauth2/v2.0/token", self.base()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .expect("token POST");
        assert_eq!(r.status(), 200);
        let body: Value = r.json().await.expect("token json");
        assert_eq!(body["token_type"], "Bearer");
        assert_eq!(body["expires_in"], 86400);
        body["access_token"]
            .as_str()
            .expect("access_token")
            .to_string()
    }

    pub(crate) fn terminate(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(status.success());
        self.child.wait().expect("wait")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// azr as a client of the server whose CA is `ca`: HOME under `dir`, its config dir
/// `dir/<config>`, with `env` added. Asserts that the command succeeds.
pub(crate) fn client_azr<V: AsRef<std::ffi::OsStr>>(
    ca: &Path,
    dir: &Path,
    config: &str,
    args: &[&str],
    env: &[(&str, V)],
) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_azr"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("AZR_CONFIG_DIR", dir.join(config))
        .env("REQUESTS_CA_BUNDLE", ca)
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run azr");
    assert_eq!(
        out.status.code(),
        Some(0),
        "azr {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Registers the server as the cloud `Emu` in `dir/<config>`, makes it active and logs in
/// there with a service principal and `secret`.
pub(crate) fn register_and_login(s: &Server, dir: &Path, config: &str, secret: &str) {
    let none: &[(&str, &str)] = &[];
    let arm = format!("{}/", s.base());
    let register = [
        "cloud",
        "register",
        "-n",
        "Emu",
        "--endpoint-resource-manager",
        &arm,
    ];
    client_azr(&s.ca(), dir, config, &register, none);
    client_azr(&s.ca(), dir, config, &["cloud", "set", "-n", "Emu"], none);
    let login = [
        "login",
        "--service-principal",
        "-u",
        "33333333-3333-3333-3333-333333333333",
        "-p",
        secret,
        "--tenant",
        TENANT,
        "-o",
        "none",
    ];
    client_azr(&s.ca(), dir, config, &login, none);
}

pub(crate) fn jwt_claims(token: &str) -> Value {
    use base64::Engine;
    let part = token.split('.').nth(1).expect("jwt claims");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("claims json")
}

async fn json_of(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn ready_line_names_url_and_ca() {
    let s = Server::start(&[]);
    assert!(
        s.ready_line.contains(&s.base()) && s.ready_line.contains(&format!("port {}", s.port)),
        "{}",
        s.ready_line
    );
    assert!(s.ca().exists());
    // The CA key never leaves the TLS dir readable by others.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.dir.join("tls/ca-key.pem"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0);
    }
}

#[tokio::test]
async fn tls_is_verified_against_the_ca() {
    let s = Server::start(&[]);
    // Trusting the CA: both names in the leaf work.
    let r = s
        .client()
        .get(format!(
            "{}/metadata/endpoints?api-version=2022-09-01",
            s.base()
        ))
        .send()
        .await
        .expect("GET over TLS");
    assert_eq!(r.status(), 200);
    let r = s
        .client()
        .get(format!(
            "https://localhost:{}/metadata/endpoints?api-version=2022-09-01",
            s.port
        ))
        .send()
        .await
        .expect("GET via localhost");
    assert_eq!(r.status(), 200);
    // Trusting some other CA: the handshake fails.
    let other = tempfile::tempdir().unwrap();
    let o = Server::start_in(other.path(), &[]);
    let wrong = o.client();
    let err = wrong
        .get(format!("{}/metadata/endpoints", s.base()))
        .send()
        .await
        .expect_err("must not trust another CA");
    assert!(err.is_connect() || err.is_request(), "{err:?}");
}

#[tokio::test]
async fn oidc_token_then_arm_calls() {
    let s = Server::start(&[]);
    let c = s.client();
    let (status, oidc) = json_of(
        c.get(format!(
            "{}/{TENANT}/v2.0/.well-known/openid-configuration",
            s.base()
        ))
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        oidc["token_endpoint"],
        format!("{}/{TENANT}/oauth2/v2.0/token", s.base())
    );
    assert!(
        oidc["authorization_endpoint"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );

    let token = s.sp_token().await;
    let claims = jwt_claims(&token);
    assert_eq!(claims["tid"], TENANT);
    assert_eq!(claims["appid"], "22222222-2222-2222-2222-222222222222");
    assert_eq!(claims["aud"], "https://management.core.windows.net/");
    assert!(claims["oid"].is_string() && claims["exp"].is_u64());

    let (status, subs) = json_of(
        c.get(format!("{}/subscriptions?api-version=2022-12-01", s.base()))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(subs["value"][0]["subscriptionId"], SUB);
    assert_eq!(subs["value"][0]["tenantId"], TENANT);
    assert_eq!(subs["value"][0]["state"], "Enabled");

    let (status, one) = json_of(
        c.get(format!(
            "{}/subscriptions/{SUB}?api-version=2022-12-01",
            s.base()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!((status, one["subscriptionId"].clone()), (200, json!(SUB)));

    // An ARM resource route goes through to the emulator with the token accepted.
    let r = c
        .get(format!(
            "{}/subscriptions/{SUB}/resourcegroups/nosuchrg?api-version=2024-11-01",
            s.base()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(r.headers().contains_key("x-ms-request-id"));
    let (status, body) = json_of(r).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["error"]["code"], "ResourceGroupNotFound");
}

#[tokio::test]
async fn token_endpoint_refuses_a_client_without_credentials() {
    let s = Server::start(&[]);
    let (status, body) = json_of(
        s.client()
            .post(format!("{}/{TENANT}/oauth2/v2.0/token", s.base()))
            .body("client_id=x&grant_type=client_credentials&scope=a")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"], "invalid_client");
}

#[tokio::test]
async fn managed_identity_tokens_work_for_arm() {
    let s = Server::start(&[]);
    let c = s.client();
    // App Service flavour (IDENTITY_ENDPOINT), as MSAL calls it for `az login --identity`.
    let url = format!(
        "{}/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fmanagement.core.windows.net%2F",
        s.base()
    );
    let (status, _) = json_of(c.get(&url).send().await.unwrap()).await;
    assert_eq!(status, 400, "the identity header is required");
    let (status, body) = json_of(
        c.get(&url)
            .header("X-IDENTITY-HEADER", "h")
            .header("Metadata", "true")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert!(body["expires_on"].as_str().unwrap().parse::<u64>().is_ok());
    let token = body["access_token"].as_str().unwrap().to_string();
    assert_eq!(jwt_claims(&token)["tid"], TENANT);
    let r = c
        .get(format!("{}/subscriptions?api-version=2022-12-01", s.base()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // IMDS flavour.
    let (status, body) = json_of(
        c.get(format!(
            "{}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
            s.base()
        ))
        .header("Metadata", "true")
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["resource"], "https://management.azure.com/");
    let r = c
        .get(format!(
            "{}/subscriptions/{SUB}?api-version=2022-12-01",
            s.base()
        ))
        .bearer_auth(body["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn arm_calls_without_a_valid_token_get_401() {
    let s = Server::start(&[]);
    let c = s.client();
    let url = format!(
        "{}/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01",
        s.base()
    );
    let (status, body) = json_of(c.get(&url).send().await.unwrap()).await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "AuthenticationFailed");
    let (status, body) = json_of(
        c.put(&url)
            .bearer_auth("not-a-token")
            .json(&json!({"location": "eastus"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");
    // A well-formed JWT the server did not sign (az never checks signatures; ARM does).
    let forged = "eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2ln";
    let r = c.get(&url).bearer_auth(forged).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.headers().contains_key("www-authenticate"));
    let (status, _) = json_of(
        c.get(format!("{}/subscriptions?api-version=2022-12-01", s.base()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn metadata_endpoints_for_cloud_register() {
    let s = Server::start(&[]);
    // A cloud registered with a trailing slash makes az ask for `//metadata/endpoints`.
    for path in ["/metadata/endpoints", "//metadata/endpoints"] {
        let (status, m) = json_of(
            s.client()
                .get(format!("{}{path}?api-version=2022-09-01", s.base()))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200, "{path}");
        assert!(m.is_object());
        assert!(m["name"].is_string());
        assert_eq!(m["authentication"]["loginEndpoint"], s.base());
        assert_eq!(
            m["authentication"]["audiences"][0],
            "https://management.core.windows.net/"
        );
        assert_eq!(m["resourceManager"], format!("{}/", s.base()));
        assert!(m["suffixes"].is_object());
    }
}

#[tokio::test]
async fn faults_are_injected_at_a_fixed_cadence_on_arm_routes_only() {
    let s = Server::start(&["--fault-rate", "0.5", "--fault-retry-after", "7"]);
    let token = s.sp_token().await;
    let c = s.client();
    let url = format!(
        "{}/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01",
        s.base()
    );
    let mut seen = Vec::new();
    for _ in 0..4 {
        let r = c.get(&url).bearer_auth(&token).send().await.unwrap();
        let retry = r
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_string());
        let (status, body) = json_of(r).await;
        seen.push((status, retry, body["error"]["code"].clone()));
        // Auth and account endpoints in between are never faulted.
        let r = c
            .get(format!("{}/subscriptions?api-version=2022-12-01", s.base()))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    assert_eq!(seen[1], (429, Some("7".into()), json!("TooManyRequests")));
    assert_eq!(
        seen[3],
        (503, Some("7".into()), json!("ServiceUnavailable"))
    );
    for i in [0, 2] {
        assert!(
            seen[i].0 != 429 && seen[i].0 != 503,
            "request {i} should reach the emulator: {:?}",
            seen[i]
        );
    }
}

#[tokio::test]
async fn bad_fault_rate_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_azr"))
        .args(["emulator", "start", "--port", "0", "--fault-rate", "2"])
        .env("AZR_CONFIG_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--fault-rate") && err.contains("between 0 and 1"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[tokio::test]
async fn request_log_records_requests_without_secrets() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let token = s.sp_token().await;
    let r = s
        .client()
        .put(format!(
            "{}/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01",
            s.base()
        ))
        .bearer_auth(&token)
        .header("CommandName", "group create")
        .header("ParameterSetName", "-n -l")
        .json(&json!({"location": "eastus"}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    drop(s);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(!text.contains("s3cret") && !text.contains(&token), "{text}");
    let entries: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["method"], "POST");
    assert!(
        entries[0]["body"]
            .as_str()
            .unwrap()
            .contains("client_secret=<redacted>")
    );
    let put = &entries[1];
    assert_eq!(put["method"], "PUT");
    assert_eq!(
        put["path"],
        format!("/subscriptions/{SUB}/resourcegroups/rg")
    );
    assert_eq!(put["query"], "api-version=2024-11-01");
    assert_eq!(put["headers"]["CommandName"], "group create");
    assert_eq!(put["headers"]["ParameterSetName"], "-n -l");
    assert_eq!(put["body"], json!({"location": "eastus"}));
    assert_eq!(put["authorization"], true);
    assert_eq!(put["status"], status);
}

// Multi-threaded so the client's pooled HTTP/2 connection answers the server's GOAWAY while
// this thread waits for the process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_shuts_down_cleanly_and_a_restart_keeps_trust_and_tokens() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(tmp.path(), &[]);
    let token = s.sp_token().await;
    let ca_before = std::fs::read_to_string(s.ca()).unwrap();
    let status = s.terminate();
    assert!(status.success(), "exit status {status:?}");
    let mut stderr = String::new();
    if let Some(mut e) = s.child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    assert!(!stderr.contains("panicked"), "{stderr}");

    let s2 = Server::start_in(tmp.path(), &[]);
    assert_eq!(std::fs::read_to_string(s2.ca()).unwrap(), ca_before);
    // The old client config (same CA) and the old token still work.
    let r = s2
        .client()
        .get(format!(
            "{}/subscriptions?api-version=2022-12-01",
            s2.base()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

use crate::common::{az_peer_sh, az_venv};

/// `az-peer.sh setup` (cloud register + login) and `az account show`, for both login flavours.
#[tokio::test]
#[ignore = "external tier: needs the real az and ../shared/reference/az-peer.sh"]
async fn real_az_logs_in_with_service_principal_and_managed_identity() {
    let venv = az_venv();
    let s = Server::start(&[]);
    for login in ["sp", "identity"] {
        let peer_dir = s.dir.join(format!("az-{login}"));
        let run = |args: &[&str]| {
            Command::new("bash")
                .arg(az_peer_sh())
                .args(args)
                .env("AZ_PEER_VENV", &venv)
                .env("AZ_PEER_DIR", &peer_dir)
                .env("AZ_PEER_TLS", s.dir.join("tls"))
                .env("AZ_PEER_PORT", s.port.to_string())
                .env("AZ_PEER_LOGIN", login)
                .output()
                .expect("az-peer.sh")
        };
        let setup = run(&["setup"]);
        assert!(
            setup.status.success(),
            "{login} setup failed: {}",
            String::from_utf8_lossy(&setup.stderr)
        );
        let show = run(&["az", "account", "show", "-o", "json"]);
        assert_eq!(
            show.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&show.stderr)
        );
        let acct: Value = serde_json::from_slice(&show.stdout).unwrap();
        assert_eq!(acct["id"], SUB);
        assert_eq!(acct["tenantId"], TENANT);
        // ARM calls az makes after login carry a token the server accepts.
        let missing = run(&["az", "group", "show", "-n", "nosuchrg-az"]);
        assert_eq!(missing.status.code(), Some(3));
        let err = String::from_utf8_lossy(&missing.stderr);
        assert!(err.contains("(ResourceGroupNotFound)"), "{login}: {err}");
        let rg = format!("rg-{login}");
        let created = run(&[
            "az", "group", "create", "-n", &rg, "-l", "eastus", "-o", "json",
        ]);
        assert_eq!(
            created.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&created.stderr)
        );
        let g: Value = serde_json::from_slice(&created.stdout).unwrap();
        assert_eq!(g["properties"]["provisioningState"], "Succeeded");
    }
}

/// With faults injected, the real az meets a 429 or 503, waits the `Retry-After` it is given
/// and retries; the command still succeeds and the request log shows the fault it met.
#[tokio::test]
#[ignore = "external tier: needs the real az and ../shared/reference/az-peer.sh"]
async fn real_az_retries_through_injected_faults() {
    let venv = az_venv();
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&[
        "--fault-rate",
        "0.5",
        "--fault-retry-after",
        "1",
        "--request-log",
        log.to_str().unwrap(),
    ]);
    let run = |args: &[&str]| {
        Command::new("bash")
            .arg(az_peer_sh())
            .args(args)
            .env("AZ_PEER_VENV", &venv)
            .env("AZ_PEER_DIR", tmp.path().join("az"))
            .env("AZ_PEER_TLS", s.dir.join("tls"))
            .env("AZ_PEER_PORT", s.port.to_string())
            .output()
            .expect("az-peer.sh")
    };
    let setup = run(&["setup"]);
    assert!(
        setup.status.success(),
        "{}",
        String::from_utf8_lossy(&setup.stderr)
    );
    for rg in ["rg-f1", "rg-f2"] {
        let out = run(&[
            "az", "group", "create", "-n", rg, "-l", "eastus", "-o", "json",
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let entries: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let puts: Vec<u64> = entries
        .iter()
        .filter(|e| e["method"] == "PUT")
        .map(|e| e["status"].as_u64().unwrap())
        .collect();
    // Every other ARM request fails: each PUT is answered once with a fault, then succeeds.
    assert!(puts.iter().any(|s| *s == 429 || *s == 503), "{puts:?}");
    assert!(
        puts.iter().filter(|s| (200..300).contains(*s)).count() == 2,
        "{puts:?}"
    );
}

/// azr itself against the server: cloud registration with endpoint discovery, both login
/// flavours, and an account read; the server's request log shows what azr sent.
#[tokio::test]
async fn azr_registers_the_server_as_a_cloud_and_logs_in() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let azr = |args: &[&str], extra_env: &[(&str, String)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_azr"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", tmp.path().join("home"))
            .env("AZR_CONFIG_DIR", tmp.path().join("azr"))
            .env("REQUESTS_CA_BUNDLE", s.ca())
            .args(args);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        cmd.output().expect("run azr")
    };
    let ok = |out: &std::process::Output, what: &str| {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let base = s.base();
    ok(
        &azr(
            &[
                "cloud",
                "register",
                "-n",
                "Emu",
                "--endpoint-resource-manager",
                &format!("{base}/"),
            ],
            &[],
        ),
        "cloud register",
    );
    ok(&azr(&["cloud", "set", "-n", "Emu"], &[]), "cloud set");
    ok(
        &azr(
            &[
                "login",
                "--service-principal",
                "-u",
                "22222222-2222-2222-2222-222222222222",
                "-p",
                "azr-secret-value",
                "--tenant",
                TENANT,
                "-o",
                "none",
            ],
            &[],
        ),
        "login --service-principal",
    );
    let show = azr(&["account", "show", "-o", "json"], &[]);
    ok(&show, "account show");
    let acct: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(acct["id"], SUB);
    assert_eq!(acct["tenantId"], TENANT);

    let mi = azr(
        &["login", "--identity", "-o", "json"],
        &[
            ("IDENTITY_ENDPOINT", format!("{base}/msi/token")),
            ("IDENTITY_HEADER", "hdr".into()),
        ],
    );
    ok(&mi, "login --identity");
    let subs: Value = serde_json::from_slice(&mi.stdout).unwrap();
    assert_eq!(subs[0]["id"], SUB);

    drop(s);
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(!text.contains("azr-secret-value"), "{text}");
    let entries: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Discovery went to the metadata endpoint (through the `//` a trailing slash gives).
    assert!(
        entries.iter().any(
            |e| e["path"].as_str().unwrap().ends_with("/metadata/endpoints") && e["status"] == 200
        ),
        "{text}"
    );
    let sub_reads: Vec<&Value> = entries
        .iter()
        .filter(|e| e["path"] == "/subscriptions")
        .collect();
    assert!(!sub_reads.is_empty());
    assert!(
        sub_reads
            .iter()
            .all(|e| e["authorization"] == true && e["status"] == 200)
    );
    assert!(
        entries
            .iter()
            .any(|e| e["path"] == "/msi/token" && e["status"] == 200)
    );
}

/// SIGTERM while a request is half sent: the server answers it before exiting. The client is
/// `openssl s_client` (the test fails without it), which lets the test send a body in two parts.
#[tokio::test]
async fn sigterm_lets_an_in_flight_request_finish() {
    use std::io::{Read, Write};
    crate::common::require_tool("openssl", "version", "as the TLS client of this test");
    let mut s = Server::start(&[]);
    let mut client = Command::new("openssl")
        .args(["s_client", "-quiet", "-verify_return_error", "-CAfile"])
        .arg(s.ca())
        .args([
            "-connect",
            &format!("127.0.0.1:{}", s.port),
            "-servername",
            "localhost",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("openssl s_client");
    let body = "client_id=c&client_secret=s&grant_type=client_credentials&scope=a%2F.default";
    let mut stdin = client.stdin.take().unwrap();
    write!(
        stdin,
        "POST /{TENANT}/oauth2/v2.0/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    stdin.flush().unwrap();
    // The server's `100 Continue` says it holds the request and waits for the body.
    let mut stdout = std::io::BufReader::new(client.stdout.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("HTTP/1.1 100") {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0,
            "the server closed before asking for the body"
        );
    }
    let pid = s.child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    // It has taken the signal once it stops accepting connections.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", s.port)).is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "the server still accepts connections after SIGTERM"
        );
        std::thread::yield_now();
    }
    stdin.write_all(body.as_bytes()).unwrap();
    stdin.flush().unwrap();
    let mut out = String::new();
    stdout.read_to_string(&mut out).unwrap();
    drop(stdin);
    let _ = client.wait();
    let out = out.trim_start();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(out.contains("access_token"), "{out}");
    let status = s.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// `azr emulator check` on the state a server left behind, and on a missing file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_reports_on_the_server_state() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(tmp.path(), &[]);
    let token = s.sp_token().await;
    let c = s.client();
    let base = s.base();
    let put = |path: String, body: Value| {
        c.put(format!("{base}/subscriptions/{SUB}{path}"))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    let r = put(
        "/resourcegroups/rg?api-version=2024-11-01".into(),
        json!({"location": "eastus"}),
    )
    .await
    .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let r = put(
        "/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p?api-version=2025-09-01".into(),
        json!({"location": "eastus", "properties": {"prefixLength": 30, "publicIPAddressVersion": "IPv4"}, "sku": {"name": "Standard"}}),
    )
    .await
    .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    drop(c);
    assert!(s.terminate().success());

    let azr = |state: &Path| {
        Command::new(env!("CARGO_BIN_EXE_azr"))
            .args(["emulator", "check", "--state"])
            .arg(state)
            .env("AZR_CONFIG_DIR", tmp.path().join("config"))
            .output()
            .unwrap()
    };
    let out = azr(&tmp.path().join("state.db"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("1 prefixes") && stdout.trim_end().ends_with("ok"),
        "{stdout}"
    );

    let out = azr(&tmp.path().join("nope.db"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("ERROR: "));
}

/// azr against the server as it would run against Azure: one token for many commands (the
/// cache in the config dir), env-var service principal credentials without `azr login`, and
/// commands that still succeed when the server throttles and fails a share of ARM calls.
#[tokio::test]
async fn azr_caches_its_token_uses_env_credentials_and_retries_through_faults() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&[
        "--request-log",
        log.to_str().unwrap(),
        "--fault-rate",
        "0.3",
        "--fault-retry-after",
        "0",
    ]);
    let ca = s.ca();
    let azr = |config: &str, args: &[&str], extra_env: &[(&str, &str)]| {
        client_azr(&ca, tmp.path(), config, args, extra_env)
    };
    let secret = "cache-test-secret";
    register_and_login(&s, tmp.path(), "sp", secret);
    let arm = format!("{}/", s.base());
    let register = [
        "cloud",
        "register",
        "-n",
        "Emu",
        "--endpoint-resource-manager",
        &arm,
    ];
    azr("env", &register, &[]);
    azr("env", &["cloud", "set", "-n", "Emu"], &[]);
    let token_posts = |text: &str| {
        text.lines()
            .filter(|l| l.contains("\"POST\"") && l.contains("/oauth2/v2.0/token"))
            .count()
    };
    let before = token_posts(&std::fs::read_to_string(&log).unwrap());
    for i in 0..6 {
        let name = format!("rg{i}");
        azr(
            "sp",
            &["group", "create", "-n", &name, "-l", "eastus", "-o", "none"],
            &[],
        );
    }
    let listed = azr(
        "sp",
        &["group", "list", "--query", "length(@)", "-o", "tsv"],
        &[],
    );
    assert_eq!(String::from_utf8_lossy(&listed.stdout), "6\n");
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        token_posts(&text),
        before,
        "commands after login asked for a new token:\n{text}"
    );

    // No login in this config dir: the AZURE_* variables are the credential.
    let env = [
        ("AZURE_CLIENT_ID", "44444444-4444-4444-4444-444444444444"),
        ("AZURE_CLIENT_SECRET", secret),
        ("AZURE_TENANT_ID", TENANT),
        ("AZURE_SUBSCRIPTION_ID", SUB),
    ];
    let shown = azr(
        "env",
        &["group", "show", "-n", "rg3", "--query", "name", "-o", "tsv"],
        &env,
    );
    assert_eq!(String::from_utf8_lossy(&shown.stdout), "rg3\n");

    drop(s);
    let text = std::fs::read_to_string(&log).unwrap();
    // The fault cadence did hit azr's ARM calls, and every one of them was retried to success.
    assert!(
        text.contains("\"status\":429") || text.contains("\"status\": 429"),
        "{text}"
    );
    assert!(!text.contains(secret), "a secret reached the request log");
}

/// `AZR_RECORD` over the HTTP transport, against the server standing in for Azure: the cassette
/// holds every ARM exchange of a script of commands with no secret in it (token, client secret,
/// ssh key, subscription and tenant ids), and `AZR_REPLAY` of it prints what the live run printed
/// with the server gone.
#[tokio::test]
async fn azr_records_a_live_session_without_secrets_and_replays_it() {
    let tmp = tempfile::tempdir().unwrap();
    let s = Server::start(&[]);
    let cassette = tmp.path().join("session.yaml");
    let secret = "record-test-secret";
    let ca = s.ca();
    let azr = |config: &str, args: &[&str], extra_env: &[(&str, &Path)]| {
        client_azr(&ca, tmp.path(), config, args, extra_env)
    };
    register_and_login(&s, tmp.path(), "live", secret);
    let script: [&[&str]; 4] = [
        &["group", "create", "-n", "rg1", "-l", "eastus", "-o", "json"],
        &[
            "aks",
            "create",
            "-g",
            "rg1",
            "-n",
            "c1",
            "--node-count",
            "1",
            "--generate-ssh-keys",
            "-o",
            "json",
        ],
        &[
            "aks",
            "show",
            "-g",
            "rg1",
            "-n",
            "c1",
            "--query",
            "agentPoolProfiles[0].count",
        ],
        &["group", "list", "-o", "table"],
    ];
    let record = [("AZR_RECORD", cassette.as_path())];
    let live: Vec<String> = script
        .iter()
        .map(|args| String::from_utf8_lossy(&azr("live", args, &record).stdout).into_owned())
        .collect();

    // the public key the live run generated and sent
    let public_key = std::fs::read_to_string(tmp.path().join("home/.ssh/id_rsa.pub")).unwrap();
    let key_material = public_key.split_whitespace().nth(1).expect("key body");
    let text = std::fs::read_to_string(&cassette).expect("cassette written");
    assert!(text.contains("managedClusters/c1"), "{text}");
    for leaked in [secret, key_material, SUB, TENANT, "eyJ", "Bearer"] {
        assert!(!text.contains(leaked), "{leaked} reached the cassette");
    }

    // The server is gone: the replay answers everything from the cassette, with the live
    // run's output as the cassette holds it (ids zeroed, the key redacted).
    drop(s);
    let zeros = "00000000-0000-0000-0000-000000000000";
    let scrubbed = |live: &str| {
        live.replace(SUB, zeros)
            .replace(TENANT, zeros)
            .replace(key_material, "<redacted>")
    };
    let replay = [("AZR_REPLAY", cassette.as_path())];
    for (args, live_out) in script.iter().zip(&live) {
        let out = azr("replay", args, &replay);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            scrubbed(live_out),
            "{args:?}"
        );
    }
}

/// tools/real-azure-smoke.sh (run by hand against real Azure) passes against the server standing
/// in for Azure, with a service-principal login: the script keeps working between real runs.
#[tokio::test]
async fn real_azure_smoke_script_passes_against_the_server() {
    let s = Server::start(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/real-azure-smoke.sh");
    let out = Command::new("bash")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", tmp.path())
        .env("TMPDIR", tmp.path())
        .env("AZR", env!("CARGO_BIN_EXE_azr"))
        .env("REQUESTS_CA_BUNDLE", s.ca())
        .env("SMOKE_ARM_ENDPOINT", format!("{}/", s.base()))
        .env("SMOKE_SP", "1")
        .env("AZURE_CLIENT_ID", "55555555-5555-5555-5555-555555555555")
        .env("AZURE_CLIENT_SECRET", "smoke-secret")
        .env("AZURE_TENANT_ID", TENANT)
        .output()
        .expect("run the smoke script");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("\n== OK\n"), "{stderr}");
    assert!(stderr.contains("\n== group delete azr-smoke-"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Succeeded"), "{stdout}");
    assert!(!stdout.contains("smoke-secret") && !stderr.contains("smoke-secret"));
}
