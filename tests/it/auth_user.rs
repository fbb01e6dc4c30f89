//! A user's `azr login` against `azr emulator start`: the device-code flow (the test approves
//! the code on the server's verification page, as the user would in a browser), the browser
//! flow (BROWSER is a script that records the URL; the test plays the browser), the errors a
//! user can meet, later commands on the refresh token, and logout.

use crate::common::argv;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::emulator_server::{Server, jwt_claims};

const SUB: &str = "00000000-0000-0000-0000-000000000001";
const TENANT: &str = "72f988bf-0000-0000-0000-000000000001";
const USER: &str = "user@azr.emulator";
/// A guard against a hung child, not a timing assertion.
const GUARD: Duration = Duration::from_secs(120);

/// One config dir registered against the server as the active cloud `Emu`.
pub(crate) struct Client<'a> {
    server: &'a Server,
    root: PathBuf,
}

pub(crate) struct Out {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl<'a> Client<'a> {
    pub(crate) fn new(server: &'a Server, root: &Path) -> Client<'a> {
        let c = Client {
            server,
            root: root.to_path_buf(),
        };
        let arm = format!("{}/", server.base());
        c.ok(&[
            "cloud",
            "register",
            "-n",
            "Emu",
            "--endpoint-resource-manager",
            &arm,
        ]);
        c.ok(&argv("cloud set -n Emu"));
        c
    }

    fn config(&self) -> PathBuf {
        self.root.join("azr")
    }

    fn cmd(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_azr"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.root.join("home"))
            .env("AZR_CONFIG_DIR", self.config())
            .env("REQUESTS_CA_BUNDLE", self.server.ca())
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd
    }

    pub(crate) fn run(&self, args: &[&str]) -> Out {
        let out = self.cmd(args, &[]).output().expect("run azr");
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub(crate) fn ok(&self, args: &[&str]) -> Out {
        let out = self.run(args);
        assert_eq!(out.code, 0, "azr {args:?}: {}", out.stderr);
        out
    }

    /// Starts `azr login ...` as a child whose stderr lines arrive as they are written.
    pub(crate) fn spawn_login(&self, args: &[&str], env: &[(&str, &str)]) -> LoginChild {
        LoginChild::spawn(self.cmd(args, env))
    }

    fn file(&self, name: &str) -> PathBuf {
        self.config().join(name)
    }
}

impl LoginChild {
    fn spawn(mut cmd: Command) -> LoginChild {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn azr login");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, lines) = mpsc::channel();
        let err_reader = std::thread::spawn(move || {
            let mut all = String::new();
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                all.push_str(&line);
                all.push('\n');
                let _ = tx.send(line);
            }
            all
        });
        let mut stdout = child.stdout.take().expect("stdout");
        let out_reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = stdout.read_to_string(&mut s);
            s
        });
        LoginChild {
            child,
            lines,
            err_reader: Some(err_reader),
            out_reader: Some(out_reader),
        }
    }
}

pub(crate) struct LoginChild {
    child: Child,
    lines: mpsc::Receiver<String>,
    err_reader: Option<std::thread::JoinHandle<String>>,
    out_reader: Option<std::thread::JoinHandle<String>>,
}

impl LoginChild {
    /// The user code of the device-code message azr printed.
    pub(crate) fn device_code(&self, base: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(GUARD)
                .expect("azr printed no device code message");
            if let Some(rest) = line.strip_prefix(&format!(
                "To sign in, use a web browser to open the page {base}/devicelogin and enter the code "
            )) {
                let code = rest
                    .strip_suffix(" to authenticate.")
                    .unwrap_or_else(|| panic!("message: {line}"));
                return code.to_string();
            }
        }
    }

    pub(crate) fn finish(mut self) -> Out {
        let status = self.child.wait().expect("wait azr login");
        Out {
            code: status.code().unwrap_or(-1),
            stdout: self
                .out_reader
                .take()
                .and_then(|h| h.join().ok())
                .unwrap_or_default(),
            stderr: self
                .err_reader
                .take()
                .and_then(|h| h.join().ok())
                .unwrap_or_default(),
        }
    }
}

impl Drop for LoginChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub(crate) fn log_entries(log: &Path) -> Vec<Value> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).expect("log line"))
        .collect()
}

fn is_path(e: &Value, suffix: &str) -> bool {
    e["path"].as_str().is_some_and(|p| p.ends_with(suffix))
}

fn expected_accounts() -> Value {
    json!([{
        "cloudName": "Emu",
        "homeTenantId": TENANT,
        "id": SUB,
        "isDefault": true,
        "managedByTenants": [],
        "name": "azr emulator",
        "state": "Enabled",
        "tenantDefaultDomain": "emulator.local",
        "tenantDisplayName": "azr emulator",
        "tenantId": TENANT,
        "user": {"name": USER, "type": "user"}
    }])
}

fn refresh_token(c: &Client) -> String {
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(c.file("refresh_tokens.json")).unwrap())
            .unwrap();
    v["tokens"][format!("Emu|{USER}")]
        .as_str()
        .expect("a refresh token for the user")
        .to_string()
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

pub(crate) async fn approve(s: &Server, user_code: &str, action: Option<&str>) -> (u16, String) {
    let mut form = format!("user_code={user_code}");
    if let Some(a) = action {
        form.push_str(&format!("&action={a}"));
    }
    let r = s
        .client()
        .post(format!("{}/devicelogin", s.base()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .expect("devicelogin POST");
    (r.status().as_u16(), r.text().await.unwrap_or_default())
}

#[tokio::test]
async fn device_code_login_then_commands_ride_the_refresh_token_until_logout() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let c = Client::new(&s, tmp.path());

    let login = c.spawn_login(&["login", "--use-device-code", "--debug"], &[]);
    let code = login.device_code(&s.base());
    let (status, page) = approve(&s, &code, None).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains(USER), "{page}");
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let printed: Value = serde_json::from_str(&out.stdout).expect("stdout JSON");
    assert_eq!(printed, expected_accounts());
    assert!(out.stderr.contains(&format!(
        "To sign in, use a web browser to open the page {}/devicelogin and enter the code {code} to authenticate.\n",
        s.base()
    )));

    let rt = refresh_token(&c);
    #[cfg(unix)]
    {
        assert_eq!(mode(&c.file("refresh_tokens.json")), 0o600);
        assert_eq!(mode(&c.file("tokens.json")), 0o600);
    }
    let show: Value = serde_json::from_str(&c.ok(&argv("account show -o json")).stdout).unwrap();
    assert_eq!(show["user"], json!({"name": USER, "type": "user"}));
    assert_eq!(show["id"], SUB);

    let listed: Value =
        serde_json::from_str(&c.ok(&argv("account list --refresh -o json")).stdout).unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed[0]["user"], json!({"name": USER, "type": "user"}));

    // The sign-in asked for a device code once, and nothing else did afterwards.
    let before = log_entries(&log).len();
    let created = c.ok(&argv("group create -n rg-user -l eastus --debug"));
    let after = log_entries(&log);
    let new: Vec<&Value> = after[before..].iter().collect();
    assert!(
        new.iter()
            .all(|e| !is_path(e, "/devicecode") && !is_path(e, "/authorize")),
        "{new:?}"
    );
    assert!(
        new.iter()
            .filter(|e| is_path(e, "/token"))
            .all(|e| e["body"]
                .as_str()
                .unwrap_or("")
                .contains("grant_type=refresh_token")),
        "{new:?}"
    );
    assert!(
        new.iter()
            .any(|e| e["method"] == "PUT" && e["status"] == 201)
    );

    // A cached token within five minutes of expiry is replaced through the refresh token,
    // which the server rotates.
    let tokens_path = c.file("tokens.json");
    let mut cache: Value =
        serde_json::from_str(&std::fs::read_to_string(&tokens_path).unwrap()).unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    for (_, t) in cache["tokens"].as_object_mut().unwrap().iter_mut() {
        t["expiresOn"] = json!(now + 120);
    }
    std::fs::write(&tokens_path, cache.to_string()).unwrap();
    let before = log_entries(&log).len();
    let shown = c.ok(&argv("group show -n rg-user --query name -o tsv"));
    assert_eq!(shown.stdout, "rg-user\n");
    let new = log_entries(&log)[before..].to_vec();
    let grants: Vec<&Value> = new.iter().filter(|e| is_path(e, "/token")).collect();
    assert_eq!(grants.len(), 1, "{new:?}");
    assert!(
        grants[0]["body"]
            .as_str()
            .unwrap()
            .contains("grant_type=refresh_token")
    );
    let rotated = refresh_token(&c);
    assert_ne!(rotated, rt);
    // The old refresh token is spent on the server.
    let r = s
        .client()
        .post(format!("{}/organizations/oauth2/v2.0/token", s.base()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!(
            "grant_type=refresh_token&client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&refresh_token={rt}"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    // A refresh token the server does not know: az's error and recommendation.
    let good = std::fs::read(c.file("refresh_tokens.json")).unwrap();
    std::fs::write(
        c.file("refresh_tokens.json"),
        json!({"tokens": {format!("Emu|{USER}"): "azr-rt.not-issued"}}).to_string(),
    )
    .unwrap();
    std::fs::write(&tokens_path, "{}").unwrap();
    let refused = c.run(&["group", "list"]);
    assert_eq!(refused.code, 1);
    assert_eq!(
        refused.stderr,
        format!(
            "ERROR: AADSTS70000: Provided grant is invalid or malformed.\nRun the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login --tenant \"{TENANT}\" --scope \"https://management.core.windows.net//.default\"\n"
        )
    );
    std::fs::write(c.file("refresh_tokens.json"), good).unwrap();

    // Logout: no refresh token left, and the next command asks for a login.
    c.ok(&["logout"]);
    assert!(!c.file("refresh_tokens.json").exists());
    let cached = std::fs::read_to_string(&tokens_path).unwrap_or_default();
    assert!(!cached.contains("user:"), "{cached}");
    let before = log_entries(&log).len();
    let after_logout = c.run(&["group", "list"]);
    assert_eq!(after_logout.code, 1);
    assert_eq!(
        after_logout.stderr,
        "ERROR: Please run 'az login' to setup account.\n"
    );
    assert_eq!(log_entries(&log).len(), before);

    drop(s);
    let text = std::fs::read_to_string(&log).unwrap();
    for secret in [&rt, &rotated] {
        for (what, t) in [
            ("login stdout", &out.stdout),
            ("login stderr", &out.stderr),
            ("debug stderr", &created.stderr),
            ("request log", &text),
        ] {
            assert!(!t.contains(secret.as_str()), "refresh token in {what}");
        }
    }
    assert!(text.contains("device_code=<redacted>"), "{text}");
}

/// A BROWSER script that records the URL it is given and exits 0, as a browser launcher does.
fn browser_script(dir: &Path) -> (PathBuf, PathBuf) {
    let script = dir.join("browser.sh");
    let url_file = dir.join("browser-url.txt");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{}.tmp'\nmv '{0}.tmp' '{0}'\n",
            url_file.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (script, url_file)
}

fn wait_for_url(path: &Path, login: &LoginChild) -> String {
    let start = std::time::Instant::now();
    loop {
        if let Ok(u) = std::fs::read_to_string(path) {
            return u;
        }
        assert!(start.elapsed() < GUARD, "the browser was never started");
        // Drain stderr so azr never blocks on a full pipe.
        while login.lines.try_recv().is_ok() {}
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn query_param(url: &str, name: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    q.split('&').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k == name).then(|| v.to_string())
    })
}

/// What the server's sign-in page tells the browser to post, and where.
struct FormPost {
    action: String,
    fields: Vec<(String, String)>,
}

impl FormPost {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Posts the fields to the listener, as the page's script does in a browser.
    async fn submit(&self) -> (u16, String) {
        let body: Vec<String> = self
            .fields
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
                )
            })
            .collect();
        let r = reqwest::Client::new()
            .post(&self.action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body.join("&"))
            .send()
            .await
            .expect("POST to the localhost listener");
        (r.status().as_u16(), r.text().await.unwrap_or_default())
    }
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let len = tag[start..].find('"')?;
    Some(
        tag[start..start + len]
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The authorize URL fetched as a browser would: with `response_mode=form_post` (az's, and
/// azr's), the server answers with a page that posts the code to the listener.
async fn authorize(s: &Server, url: &str) -> FormPost {
    let client = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(&std::fs::read(s.ca()).unwrap()).unwrap()])
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = client.get(url).send().await.expect("authorize GET");
    let status = r.status().as_u16();
    let page = r.text().await.unwrap();
    assert_eq!(status, 200, "{page}");
    let form = page.split("<form ").nth(1).expect("a form");
    let action = attr(form, "action").expect("form action");
    let fields = page
        .split("<input ")
        .skip(1)
        .filter_map(|t| Some((attr(t, "name")?, attr(t, "value")?)))
        .collect();
    FormPost { action, fields }
}

#[tokio::test]
async fn browser_login_with_pkce_through_the_localhost_listener() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let c = Client::new(&s, tmp.path());
    let (script, url_file) = browser_script(tmp.path());

    let login = c.spawn_login(
        &["login", "--debug"],
        &[("BROWSER", script.to_str().unwrap())],
    );
    let url = wait_for_url(&url_file, &login);
    assert!(
        url.starts_with(&format!(
            "{}/organizations/oauth2/v2.0/authorize?",
            s.base()
        )),
        "{url}"
    );
    assert_eq!(
        query_param(&url, "client_id").as_deref(),
        Some("04b07795-8ddb-461a-bbee-02f9e1bf7b46")
    );
    assert_eq!(
        query_param(&url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    assert_eq!(
        query_param(&url, "response_mode").as_deref(),
        Some("form_post")
    );
    let post = authorize(&s, &url).await;
    assert!(
        post.action.starts_with("http://localhost:"),
        "{}",
        post.action
    );
    let auth_code = post.get("code").expect("code").to_string();
    // As MSAL's listener: an answer in a URL is refused, and azr keeps waiting.
    let in_url = reqwest::get(format!(
        "{}?code=x&state={}",
        post.action,
        post.get("state").unwrap()
    ))
    .await
    .expect("localhost listener");
    assert_eq!(in_url.status(), 400);
    // A connection that never sends anything (a browser's pre-connection) holds nothing up.
    let port = post.action.trim_start_matches("http://localhost:");
    let port: u16 = port.trim_end_matches('/').parse().expect("listener port");
    let _idle = std::net::TcpStream::connect(("127.0.0.1", port)).expect("idle connection");
    // The browser posts to azr's listener, which answers with az's page.
    let (status, page) = post.submit().await;
    assert_eq!(status, 200);
    assert!(
        page.contains("You have logged into Microsoft Azure!"),
        "{page}"
    );
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap(),
        expected_accounts()
    );
    assert!(out.stderr.contains(&format!(
        "WARNING: A web browser has been opened at {}/organizations/oauth2/v2.0/authorize. Please continue the login in the web browser. If no web browser is available or if the web browser fails to open, use device code flow with `az login --use-device-code`.\n",
        s.base()
    )), "{}", out.stderr);

    // The code is spent: redeeming it again is refused by the server.
    let r = s
        .client()
        .post(format!("{}/organizations/oauth2/v2.0/token", s.base()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("grant_type=authorization_code&client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&code={auth_code}&code_verifier=x&redirect_uri=x"))
        .send()
        .await
        .unwrap();
    let body: Value = r.json().await.unwrap();
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .starts_with("AADSTS54005:"),
        "{body}"
    );

    let show: Value = serde_json::from_str(&c.ok(&["account", "show"]).stdout).unwrap();
    assert_eq!(show["user"]["type"], "user");
    c.ok(&argv("group create -n rg-browser -l eastus -o none"));

    let rt = refresh_token(&c);
    let text = std::fs::read_to_string(&log).unwrap();
    for (what, t) in [
        ("stdout", &out.stdout),
        ("stderr", &out.stderr),
        ("request log", &text),
    ] {
        assert!(!t.contains(&rt), "refresh token in {what}");
        assert!(!t.contains(&auth_code), "authorization code in {what}");
    }
    // The verifier went to the token endpoint only, and the log masks it.
    let token_posts: Vec<Value> = log_entries(&log)
        .into_iter()
        .filter(|e| {
            is_path(e, "/token")
                && e["body"]
                    .as_str()
                    .unwrap_or("")
                    .contains("authorization_code")
        })
        .collect();
    assert!(!token_posts.is_empty(), "{text}");
    for e in &token_posts {
        let body = e["body"].as_str().unwrap();
        assert!(
            body.contains("code_verifier=<redacted>") && body.contains("code=<redacted>"),
            "{body}"
        );
    }
    assert!(!out.stderr.contains("code_verifier"), "{}", out.stderr);
    // The access token is the emulated user's.
    let cache: Value =
        serde_json::from_str(&std::fs::read_to_string(c.file("tokens.json")).unwrap()).unwrap();
    let (_, tok) = cache["tokens"].as_object().unwrap().iter().next().unwrap();
    let claims = jwt_claims(tok["accessToken"].as_str().unwrap());
    assert_eq!(
        (claims["upn"].as_str(), claims["tid"].as_str()),
        (Some(USER), Some(TENANT))
    );
}

#[tokio::test]
async fn a_forged_state_is_refused_by_azr() {
    let tmp = tempfile::tempdir().unwrap();
    let s = Server::start(&[]);
    let c = Client::new(&s, tmp.path());
    let (script, url_file) = browser_script(tmp.path());
    let login = c.spawn_login(&["login"], &[("BROWSER", script.to_str().unwrap())]);
    let url = wait_for_url(&url_file, &login);
    let state = query_param(&url, "state").expect("state");
    let forged = url.replace(&format!("state={state}"), "state=forged");
    let post = authorize(&s, &forged).await;
    assert_eq!(post.get("state"), Some("forged"));
    assert_eq!(post.submit().await.0, 400);
    let out = login.finish();
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.ends_with("ERROR: The sign-in response does not carry the state of this sign-in (state mismatch); it was refused.\n"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
    assert!(!c.file("refresh_tokens.json").exists());
    assert_eq!(c.run(&["account", "show"]).code, 1);
}

#[tokio::test]
async fn without_a_browser_it_falls_back_to_a_device_code_which_can_be_declined() {
    let tmp = tempfile::tempdir().unwrap();
    let s = Server::start(&[]);
    let c = Client::new(&s, tmp.path());
    let missing = tmp.path().join("no-such-browser");
    let login = c.spawn_login(&["login"], &[("BROWSER", missing.to_str().unwrap())]);
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, Some("deny")).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        !out.stderr.contains("A web browser has been opened"),
        "{}",
        out.stderr
    );
    // az's words (the server's description, then az's advice), after the device message.
    assert!(
        out.stderr.ends_with(
            " to authenticate.\nERROR: AADSTS70000: The user declined the authorization request.\nRun the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login\n"
        ),
        "{}",
        out.stderr
    );
    assert!(!c.file("refresh_tokens.json").exists());
    // A code nobody issued is refused by the verification page.
    assert_eq!(approve(&s, "NOTACODE1", None).await.0, 400);
}

#[test]
fn user_login_flags_are_checked_before_any_request() {
    let sb = crate::common::Sandbox::new();
    let out = sb
        .azr()
        .args(argv("login -u me@example.com -p pw"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("ERROR: usage error: azr signs a user in through the web browser"),
        "{err}"
    );
    assert!(!err.contains("pw\n"));
}

/// The real az signs in with a device code against the same server, and prints what azr
/// prints: the account list, and the server's message on stderr.
#[tokio::test]
#[ignore = "external tier: needs the real az and ../shared/reference/az-peer.sh"]
async fn real_az_device_code_login_prints_what_azr_prints() {
    let venv = crate::common::az_venv();
    let peer_sh = crate::common::az_peer_sh();
    let tmp = tempfile::tempdir().unwrap();
    let s = Server::start(&[]);
    let port = s.base().rsplit(':').next().unwrap().to_string();
    let tls = s.ca().parent().unwrap().to_path_buf();
    let az = |args: &[&str]| {
        let mut cmd = Command::new("bash");
        cmd.arg(&peer_sh)
            .args(args)
            .env("AZ_PEER_VENV", &venv)
            .env("AZ_PEER_DIR", tmp.path().join("az"))
            .env("AZ_PEER_TLS", &tls)
            .env("AZ_PEER_PORT", &port);
        cmd
    };
    // `setup` registers the cloud (and signs a service principal in, which goes first).
    let setup = az(&["setup"]).output().unwrap();
    assert!(
        setup.status.success(),
        "{}",
        String::from_utf8_lossy(&setup.stderr)
    );
    assert!(az(&["az", "logout"]).status().unwrap().success());

    let az_login = LoginChild::spawn(az(&["az", "login", "--use-device-code"]));
    let code = az_login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let az_out = az_login.finish();
    let stdout = az_out.stdout.clone();
    assert_eq!(az_out.code, 0, "{}", az_out.stderr);
    let mut expected = expected_accounts();
    expected[0]["cloudName"] = json!("Local");
    assert_eq!(serde_json::from_str::<Value>(&stdout).unwrap(), expected);
    assert_eq!(
        az_out.stderr,
        format!(
            "To sign in, use a web browser to open the page {}/devicelogin and enter the code {code} to authenticate.\n",
            s.base()
        )
    );
    let user = az(&argv("az account show --query user -o json"))
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&user.stdout).unwrap(),
        json!({"name": USER, "type": "user"})
    );

    // az's browser sign-in (MSAL's form_post listener) through the server's authorize page.
    assert!(az(&["az", "logout"]).status().unwrap().success());
    let (script, url_file) = browser_script(tmp.path());
    let mut cmd = az(&["az", "login"]);
    cmd.env("BROWSER", &script);
    let az_browser = LoginChild::spawn(cmd);
    let url = wait_for_url(&url_file, &az_browser);
    assert_eq!(
        query_param(&url, "response_mode").as_deref(),
        Some("form_post")
    );
    let (status, page) = authorize(&s, &url).await.submit().await;
    assert_eq!(status, 200, "{page}");
    let browser_out = az_browser.finish();
    assert_eq!(browser_out.code, 0, "{}", browser_out.stderr);
    assert_eq!(
        serde_json::from_str::<Value>(&browser_out.stdout).unwrap(),
        expected
    );

    // azr, same server, same flow: the same stderr line, the same accounts (its cloud is Emu).
    let c = Client::new(&s, tmp.path());
    let login = c.spawn_login(&["login", "--use-device-code"], &[]);
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    expected[0]["cloudName"] = json!("Emu");
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap(),
        expected
    );
    assert_eq!(out.stdout, stdout.replace("\"Local\"", "\"Emu\""));
    assert_eq!(
        out.stderr,
        format!(
            "To sign in, use a web browser to open the page {}/devicelogin and enter the code {code} to authenticate.\n",
            s.base()
        )
    );
}

/// `--tenant`: the sign-in goes to that tenant and its subscriptions are listed with that
/// token, as az's `find_using_specific_tenant` (so no tenant display fields). The server signs
/// in the user `--login-user` names.
#[tokio::test]
async fn device_code_login_into_a_given_tenant_as_the_servers_user() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&[
        "--request-log",
        log.to_str().unwrap(),
        "--login-user",
        "dev@contoso.com",
    ]);
    let c = Client::new(&s, tmp.path());
    let login = c.spawn_login(&["login", "--use-device-code", "--tenant", TENANT], &[]);
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut expected = expected_accounts();
    let entry = expected[0].as_object_mut().unwrap();
    entry.remove("tenantDefaultDomain");
    entry.remove("tenantDisplayName");
    entry["user"] = json!({"name": "dev@contoso.com", "type": "user"});
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap(),
        expected
    );
    let paths: Vec<String> = log_entries(&log)
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        paths.contains(&format!("/{TENANT}/oauth2/v2.0/devicecode")),
        "{paths:?}"
    );
    assert!(!paths.iter().any(|p| p == "/tenants"), "{paths:?}");
}

#[test]
fn a_login_user_that_is_not_a_upn_is_a_usage_error() {
    let cfg = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_azr"))
        .args(argv("emulator start --port 0 --login-user nobody"))
        .env("AZR_CONFIG_DIR", cfg.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--login-user") && err.contains("must be a user principal name"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

/// `--scope` and `--claims-challenge`: the device-code request and its redemption carry them
/// as MSAL sends them (the claims decoded, with az's `CP1` capability); ARM's token then comes
/// from the refresh token, so the subscriptions are found as without `--scope`.
#[tokio::test]
async fn device_code_login_with_scope_and_claims_challenge() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let c = Client::new(&s, tmp.path());
    // {"access_token":{"nbf":{"essential":true,"value":"1"}}}
    let challenge = "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxIn19fQ==";
    let graph = "https://graph.microsoft.com//.default";
    let login = c.spawn_login(
        &[
            "login",
            "--use-device-code",
            "--tenant",
            TENANT,
            "--scope",
            graph,
            "--claims-challenge",
            challenge,
        ],
        &[],
    );
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let accounts: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(accounts[0]["id"], SUB);
    assert_eq!(accounts[0]["user"]["type"], "user");

    let entries = log_entries(&log);
    let form_of = |e: &Value| -> Vec<(String, String)> {
        url::form_urlencoded::parse(e["body"].as_str().unwrap_or("").as_bytes())
            .into_owned()
            .collect()
    };
    let field =
        |f: &[(String, String)], k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let claims = json!({"access_token": {"nbf": {"essential": true, "value": "1"},
                                         "xms_cc": {"values": ["CP1"]}}});
    let dc = entries.iter().find(|e| is_path(e, "/devicecode")).unwrap();
    let dc = form_of(dc);
    assert_eq!(
        field(&dc, "scope").as_deref(),
        Some(format!("{graph} offline_access openid profile").as_str())
    );
    let sent: Value = serde_json::from_str(&field(&dc, "claims").unwrap()).unwrap();
    assert_eq!(sent, claims);
    let tokens: Vec<Vec<(String, String)>> = entries
        .iter()
        .filter(|e| is_path(e, "/oauth2/v2.0/token"))
        .map(form_of)
        .collect();
    let redeem = tokens
        .iter()
        .find(|f| field(f, "grant_type").is_some_and(|g| g.ends_with("device_code")))
        .unwrap();
    let sent: Value = serde_json::from_str(&field(redeem, "claims").unwrap()).unwrap();
    assert_eq!(sent, claims);
    // ARM's token: a refresh for ARM's scope, then the subscriptions with it.
    let refresh = tokens
        .iter()
        .find(|f| field(f, "grant_type").as_deref() == Some("refresh_token"))
        .unwrap();
    assert_eq!(
        field(refresh, "scope").as_deref(),
        Some("https://management.core.windows.net//.default offline_access openid profile")
    );

    // A claims challenge that is not base64: az's reason, the flag and the value, nothing sent.
    let before = log_entries(&log).len();
    let out = c.run(&["login", "--use-device-code", "--claims-challenge", "abc"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "ERROR: argument --claims-challenge: not valid base64 (Incorrect padding): 'abc'\n"
    );
    assert_eq!(log_entries(&log).len(), before);
}

/// A user's `--skip-subscription-discovery`: alone, no ARM subscription call and a tenant-level
/// account; with `-s`, one GET of that subscription, which becomes the default.
#[tokio::test]
async fn device_code_login_skipping_subscription_discovery() {
    let tmp = tempfile::tempdir().unwrap();
    let log = tmp.path().join("requests.jsonl");
    let s = Server::start(&["--request-log", log.to_str().unwrap()]);
    let c = Client::new(&s, tmp.path());
    let arm_paths = |from: usize| -> Vec<String> {
        log_entries(&log)[from..]
            .iter()
            .filter_map(|e| e["path"].as_str())
            .filter(|p| p.starts_with("/subscriptions") || p.starts_with("/tenants"))
            .map(str::to_string)
            .collect()
    };
    let login = c.spawn_login(
        &[
            "login",
            "--use-device-code",
            "--tenant",
            TENANT,
            "--skip-subscription-discovery",
        ],
        &[],
    );
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap(),
        json!([{"cloudName": "Emu", "id": TENANT, "isDefault": true,
                "name": "N/A(tenant level account)", "state": "Enabled", "tenantId": TENANT,
                "user": {"name": USER, "type": "user"}}])
    );
    assert!(arm_paths(0).is_empty(), "{:?}", arm_paths(0));

    let from = log_entries(&log).len();
    let login = c.spawn_login(
        &[
            "login",
            "--use-device-code",
            "--tenant",
            TENANT,
            "--skip-sub",
            "-s",
            SUB,
        ],
        &[],
    );
    let code = login.device_code(&s.base());
    assert_eq!(approve(&s, &code, None).await.0, 200);
    let out = login.finish();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut expected = expected_accounts();
    let entry = expected[0].as_object_mut().unwrap();
    entry.remove("tenantDefaultDomain");
    entry.remove("tenantDisplayName");
    assert_eq!(
        serde_json::from_str::<Value>(&out.stdout).unwrap(),
        expected
    );
    assert_eq!(arm_paths(from), [format!("/subscriptions/{SUB}")]);
    let show: Value = serde_json::from_str(&c.ok(&argv("account show --query id")).stdout).unwrap();
    assert_eq!(show, json!(SUB));
}
