//! A user's sign-in through Entra ID with az's public client, as az 2.91 (MSAL) does it: the
//! device-code flow, the authorization-code flow with PKCE and a one-shot listener on
//! `http://localhost:<port>` (`response_mode=form_post`, as MSAL 1.39: the code arrives in a
//! POST body, never in a URL), and later access tokens from the stored refresh token.
//!
//! The refresh token lives in `refresh_tokens.json` in the config dir (mode 0600), one per
//! cloud and user, rotated whenever the authority returns a new one. It is never printed or
//! logged; neither are the authorization code and the PKCE verifier.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::Token;
use crate::config::cloud::Cloud;
use crate::emulator::auth::{form_encode, parse_query};
use crate::error::{AzError, Result};

/// az's public client id ("Microsoft Azure CLI").
pub const AZ_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// The tenant az signs a user in through when none is given.
pub const DEFAULT_TENANT: &str = "organizations";
const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// How long the localhost listener waits for the browser (az waits without limit).
const BROWSER_TIMEOUT: Duration = Duration::from_secs(900);

/// az's landing page after a browser sign-in (azure/cli/core/auth/landing_pages/success.html).
const SUCCESS_PAGE: &str = r#"<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="60;url=https://learn.microsoft.com/cli/azure/">
    <title>Login successfully</title>
</head>
<body>
    <h3>You have logged into Microsoft Azure!</h3>
    <p>You can close this window, or we will redirect you to the <a href="https://learn.microsoft.com/cli/azure/">Azure CLI documentation</a> in 1 minute.</p>
</body>
</html>
"#;

/// The scopes of a sign-in: ARM's, plus a refresh token and the user's identity.
pub fn login_scope(cloud: &Cloud) -> String {
    format!("{} offline_access openid profile", cloud.arm_scope())
}

/// What a sign-in or a refresh gave.
pub struct UserTokens {
    pub access: Token,
    pub refresh_token: Option<String>,
    /// The user's UPN (from the ID token, else the access token).
    pub username: Option<String>,
    /// The tenant the access token is for (`tid`).
    pub tenant: Option<String>,
}

impl std::fmt::Debug for UserTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserTokens")
            .field("username", &self.username)
            .field("tenant", &self.tenant)
            .finish_non_exhaustive()
    }
}

fn claims(jwt: &str) -> Option<Value> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = B64.decode(payload.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn claim(c: &Option<Value>, keys: &[&str]) -> Option<String> {
    let c = c.as_ref()?;
    keys.iter()
        .find_map(|k| c.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A successful token answer → tokens; anything else → the authority's own words.
fn parse_tokens(status: u16, body: &Value) -> Result<UserTokens> {
    if status != 200 {
        return Err(aad_error(status, body));
    }
    let Some(access) = body.get("access_token").and_then(Value::as_str) else {
        return Err(AzError::auth(
            "The token endpoint answered without an access token.",
        ));
    };
    let expires_in = match body.get("expires_in") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
    .unwrap_or(3600);
    let id = body
        .get("id_token")
        .and_then(Value::as_str)
        .and_then(claims);
    let at = claims(access);
    let names = ["preferred_username", "upn", "unique_name", "email"];
    Ok(UserTokens {
        access: Token {
            secret: access.to_string(),
            expires_on: now() + expires_in,
        },
        refresh_token: body
            .get("refresh_token")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        username: claim(&id, &names).or_else(|| claim(&at, &names)),
        tenant: claim(&at, &["tid"]).or_else(|| claim(&id, &["tid"])),
    })
}

/// az's advice after a failed sign-in (auth/util.py `aad_error_handler`, no tenant or scope).
const RELOGIN: &str = "Run the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login";

/// A sign-in the authority refused, as az reports it: its description and az's advice.
fn login_error(status: u16, body: &Value) -> AzError {
    aad_error(status, body).with_recommendation(RELOGIN)
}

/// An error answer of the authority (`{"error", "error_description"}`) as az shows it.
fn aad_error(status: u16, body: &Value) -> AzError {
    let error = body.get("error").and_then(Value::as_str);
    let description = body.get("error_description").and_then(Value::as_str);
    match (error, description) {
        (_, Some(d)) => AzError::auth(d.to_string()),
        (Some(e), None) => AzError::auth(e.to_string()),
        _ => AzError::auth(format!(
            "The token endpoint answered HTTP {status} without an error description."
        )),
    }
}

async fn post_form(
    http: &reqwest::Client,
    url: &str,
    pairs: &[(&str, &str)],
) -> Result<(u16, Value)> {
    let resp = http
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(form_encode(pairs))
        .send()
        .await
        .map_err(|e| {
            AzError::auth(format!(
                "cannot reach {url}: {}",
                crate::transport::http::error_chain(&e)
            ))
        })?;
    let status = resp.status().as_u16();
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| AzError::auth(format!("cannot read the answer of {url}: {e}")))?;
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if body.is_null() {
        return Err(AzError::auth(format!(
            "{url} answered HTTP {status} with a body that is not JSON."
        )));
    }
    Ok((status, body))
}

fn endpoint(authority: &str, tenant: &str, what: &str) -> String {
    format!(
        "{}/{}/oauth2/v2.0/{what}",
        authority.trim_end_matches('/'),
        crate::arm::id::segment(tenant)
    )
}

/// The device-code flow: `show` gets the authority's message (az prints it on stderr); polls
/// until the user signs in, declines, or the code expires.
pub async fn device_code(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    scope: &str,
    show: &dyn Fn(&str),
) -> Result<UserTokens> {
    device_code_with(http, authority, tenant, scope, show, tokio::time::sleep).await
}

/// `device_code` with the wait between polls given (tests record it instead of sleeping).
async fn device_code_with<F, Fut>(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    scope: &str,
    show: &dyn Fn(&str),
    mut pause: F,
) -> Result<UserTokens>
where
    F: FnMut(Duration) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (status, flow) = post_form(
        http,
        &endpoint(authority, tenant, "devicecode"),
        &[("client_id", AZ_CLIENT_ID), ("scope", scope)],
    )
    .await?;
    let (Some(device_code), Some(message)) = (
        flow.get("device_code").and_then(Value::as_str),
        flow.get("message").and_then(Value::as_str),
    ) else {
        if status == 200 {
            return Err(AzError::auth(
                "Fail to create device flow: the answer has no device code.",
            ));
        }
        return Err(aad_error(status, &flow));
    };
    let num = |k: &str, default: u64| match flow.get(k) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(default),
        Some(Value::String(s)) => s.parse().unwrap_or(default),
        _ => default,
    };
    let mut interval = num("interval", 5).clamp(1, 60);
    let expires_at = std::time::Instant::now() + Duration::from_secs(num("expires_in", 1800));
    show(message);
    let token_url = endpoint(authority, tenant, "token");
    loop {
        let (status, body) = post_form(
            http,
            &token_url,
            &[
                ("grant_type", DEVICE_CODE_GRANT),
                ("client_id", AZ_CLIENT_ID),
                ("device_code", device_code),
                ("client_info", "1"),
            ],
        )
        .await?;
        match body.get("error").and_then(Value::as_str) {
            None if status == 200 => return parse_tokens(status, &body),
            Some("authorization_pending") => {}
            // RFC 8628 §3.5: back off by five seconds.
            Some("slow_down") => interval += 5,
            // `expired_token`, `authorization_declined` and the rest end the sign-in with the
            // authority's own description, as az shows it.
            _ => return Err(login_error(status, &body)),
        }
        if std::time::Instant::now() + Duration::from_secs(interval) > expires_at {
            return Err(AzError::auth(
                "The device code expired before the sign-in was completed. Run 'az login --use-device-code' again.",
            ));
        }
        pause(Duration::from_secs(interval)).await;
    }
}

/// A PKCE verifier (43 characters of base64url) and its S256 challenge.
fn pkce() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let verifier = B64.encode(bytes);
    let challenge = B64.encode(Sha256::digest(verifier.as_bytes()));
    (verifier, challenge)
}

/// Starts the user's browser on `url`: `BROWSER` (a `:`-separated list of commands, `%s` for
/// the URL, as Python's webbrowser reads it), else `open` on macOS, `xdg-open` with a display.
/// `None` when none could be started.
pub fn launch_browser(url: &str) -> Option<std::process::Child> {
    let mut commands: Vec<Vec<String>> = Vec::new();
    if let Some(b) = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
    {
        for entry in b.split(':').filter(|e| !e.trim().is_empty()) {
            let mut words: Vec<String> = entry.split_whitespace().map(str::to_string).collect();
            if words.iter().any(|w| w.contains("%s")) {
                for w in &mut words {
                    *w = w.replace("%s", url);
                }
            } else {
                words.push(url.to_string());
            }
            commands.push(words);
        }
    } else if cfg!(target_os = "macos") {
        commands.push(vec!["open".to_string(), url.to_string()]);
    } else if std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
    {
        // As Python's webbrowser: graphical openers only with a display (over SSH, no
        // browser, hence the device code).
        commands.push(vec!["xdg-open".to_string(), url.to_string()]);
    }
    commands.into_iter().find_map(|words| {
        std::process::Command::new(&words[0])
            .args(&words[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()
    })
}

/// A request to the localhost listener: its method and parameters (query, then form body).
struct Incoming {
    post: bool,
    params: Vec<(String, String)>,
}

/// Reads one request as far as its parameters; `None` for anything unreadable.
async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Incoming> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let header_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buf[..header_end]).into_owned();
    let mut lines = head.lines();
    let mut first = lines.next()?.split(' ');
    let method = first.next()?;
    let target = first.next()?;
    let mut params = parse_query(target.split_once('?').map(|(_, q)| q).unwrap_or(""));
    let post = method == "POST";
    if post {
        // form_post: the parameters are the body.
        let len: usize = lines
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse().ok())
            .unwrap_or(0)
            .min(64 * 1024);
        while buf.len() < header_end + len {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let end = buf.len().min(header_end + len);
        params.extend(parse_query(&String::from_utf8_lossy(&buf[header_end..end])));
    }
    Some(Incoming { post, params })
}

async fn answer(stream: &mut tokio::net::TcpStream, status: &str, page: &str) {
    let resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    );
    let _ = stream.write_all(resp.as_bytes()).await;
    let _ = stream.shutdown().await;
}

fn error_page(text: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Login failed</title></head>\
         <body><h3>Login failed</h3><p>{}</p></body></html>\n",
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    )
}

/// Waits on the listener for the browser's redirect; checks `state`.
async fn receive_code(listener: tokio::net::TcpListener, state: &str) -> Result<String> {
    // Connections are read concurrently: a browser's idle pre-connection must not hold up
    // the one that carries the answer.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(tokio::net::TcpStream, Incoming)>(8);
    loop {
        let (mut stream, Incoming { post, params }) = tokio::select! {
            accepted = listener.accept() => {
                let (mut stream, _) = accepted
                    .map_err(|e| AzError::auth(format!("the localhost listener failed: {e}")))?;
                let tx = tx.clone();
                tokio::spawn(async move {
                    let read = tokio::time::timeout(Duration::from_secs(30), read_request(&mut stream));
                    if let Ok(Some(incoming)) = read.await {
                        let _ = tx.send((stream, incoming)).await;
                    }
                });
                continue;
            }
            Some(got) = rx.recv() => got,
        };
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let (code, error) = (get("code"), get("error"));
        if code.is_none() && error.is_none() {
            // A favicon or a stray request: not the redirect.
            answer(&mut stream, "404 Not Found", &error_page("Not found.")).await;
            continue;
        }
        if !post {
            // MSAL's words: the answer must come as a form post, never in a URL.
            answer(
                &mut stream,
                "400 Bad Request",
                &error_page(
                    "response_mode=query is not supported for authentication responses. \
                     This application operates in response_mode=form_post mode only.",
                ),
            )
            .await;
            continue;
        }
        if get("state").as_deref() != Some(state) {
            answer(
                &mut stream,
                "400 Bad Request",
                &error_page("State mismatch: this response is not for this sign-in."),
            )
            .await;
            return Err(AzError::auth(
                "The sign-in response does not carry the state of this sign-in (state mismatch); it was refused.",
            ));
        }
        if let Some(e) = error {
            let d = get("error_description");
            let text = d.clone().unwrap_or_else(|| e.clone());
            answer(&mut stream, "400 Bad Request", &error_page(&text)).await;
            return Err(login_error(
                400,
                &serde_json::json!({"error": e, "error_description": d}),
            ));
        }
        answer(&mut stream, "200 OK", SUCCESS_PAGE).await;
        return code.ok_or_else(|| AzError::auth("the sign-in response has no code"));
    }
}

/// The authorization-code flow with PKCE. `Ok(None)` when no browser could be started (the
/// caller falls back to the device code, as az does); `warn` gets az's line once it is.
pub async fn browser(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    scope: &str,
    warn: &dyn Fn(&str),
) -> Result<Option<UserTokens>> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(|e| AzError::auth(format!("cannot listen on localhost: {e}")))?;
    let port = listener
        .local_addr()
        .map_err(|e| AzError::auth(format!("cannot listen on localhost: {e}")))?
        .port();
    let redirect_uri = format!("http://localhost:{port}");
    let (verifier, challenge) = pkce();
    let state = B64.encode(rand::random::<[u8; 16]>());
    // OpenID Connect: the ID token must carry it back (MSAL checks the same).
    let nonce = B64.encode(rand::random::<[u8; 16]>());
    let authorize = endpoint(authority, tenant, "authorize");
    let url = format!(
        "{authorize}?{}",
        form_encode(&[
            ("client_id", AZ_CLIENT_ID),
            ("response_type", "code"),
            ("redirect_uri", &redirect_uri),
            ("scope", scope),
            ("state", &state),
            ("nonce", &nonce),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
            ("prompt", "select_account"),
            // As MSAL 1.39: the code comes in a POST body, never in a URL.
            ("response_mode", "form_post"),
            ("client_info", "1"),
        ])
    );
    let Some(mut child) = launch_browser(&url) else {
        return Ok(None);
    };
    warn(&format!(
        "A web browser has been opened at {authorize}. Please continue the login in the web browser. \
         If no web browser is available or if the web browser fails to open, use device code flow \
         with `az login --use-device-code`."
    ));
    // A BROWSER command that exits with a failure did not open anything: device code then.
    let receive = receive_code(listener, &state);
    tokio::pin!(receive);
    let deadline = tokio::time::sleep(BROWSER_TIMEOUT);
    tokio::pin!(deadline);
    let mut child_done = false;
    let code = loop {
        tokio::select! {
            r = &mut receive => break r?,
            _ = &mut deadline => {
                let _ = child.kill();
                return Err(AzError::auth("Timed out waiting for the sign-in in the web browser."));
            }
            _ = tokio::time::sleep(Duration::from_millis(200)), if !child_done => {
                match child.try_wait() {
                    Ok(Some(status)) if !status.success() => return Ok(None),
                    Ok(Some(_)) | Err(_) => child_done = true,
                    Ok(None) => {}
                }
            }
        }
    };
    let (status, body) = post_form(
        http,
        &endpoint(authority, tenant, "token"),
        &[
            ("grant_type", "authorization_code"),
            ("client_id", AZ_CLIENT_ID),
            ("code", &code),
            ("code_verifier", &verifier),
            ("redirect_uri", &redirect_uri),
            ("scope", scope),
            ("client_info", "1"),
        ],
    )
    .await?;
    if status != 200 {
        return Err(login_error(status, &body));
    }
    let tokens = parse_tokens(status, &body)?;
    let id_nonce = body
        .get("id_token")
        .and_then(Value::as_str)
        .and_then(claims)
        .and_then(|c| c.get("nonce").and_then(Value::as_str).map(str::to_string));
    if id_nonce.as_deref() != Some(nonce.as_str()) {
        return Err(AzError::auth(format!(
            "The nonce in id token (\"{}\") should match our nonce ({nonce:?})",
            id_nonce.as_deref().unwrap_or("None")
        )));
    }
    Ok(Some(tokens))
}

/// A new access token (and usually a rotated refresh token) for `tenant`.
pub async fn refresh(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    refresh_token: &str,
    scope: &str,
) -> Result<UserTokens> {
    let (status, body) = post_form(
        http,
        &endpoint(authority, tenant, "token"),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", AZ_CLIENT_ID),
            ("refresh_token", refresh_token),
            ("scope", scope),
            ("client_info", "1"),
        ],
    )
    .await?;
    parse_tokens(status, &body)
}

/// `refresh_tokens.json`: one refresh token per `cloud|user`.
#[derive(Default, Serialize, Deserialize)]
struct RefreshFile {
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

pub fn refresh_path(dir: &Path) -> PathBuf {
    dir.join("refresh_tokens.json")
}

fn refresh_key(cloud: &str, user: &str) -> String {
    format!("{cloud}|{}", user.to_ascii_lowercase())
}

pub fn load_refresh_token(dir: &Path, cloud: &str, user: &str) -> Option<String> {
    let f: RefreshFile = crate::config::read_json(&refresh_path(dir)).ok()?;
    f.tokens.get(&refresh_key(cloud, user)).cloned()
}

pub fn save_refresh_token(dir: &Path, cloud: &str, user: &str, token: &str) -> Result<()> {
    let path = refresh_path(dir);
    let mut f: RefreshFile = crate::config::read_json(&path).unwrap_or_default();
    f.tokens.insert(refresh_key(cloud, user), token.to_string());
    crate::config::write_json(&path, &f, true)
}

/// Forgets a user's refresh tokens in every cloud (logout); the file goes when it is empty.
pub fn remove_refresh_tokens(dir: &Path, user: &str) -> Result<()> {
    let path = refresh_path(dir);
    let mut f: RefreshFile = crate::config::read_json(&path).unwrap_or_default();
    let suffix = format!("|{}", user.to_ascii_lowercase());
    f.tokens.retain(|k, _| !k.ends_with(&suffix));
    if f.tokens.is_empty() {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(AzError::io(format!(
                "cannot remove {}: {e}",
                path.display()
            ))),
            _ => Ok(()),
        };
    }
    crate::config::write_json(&path, &f, true)
}

/// An ARM access token for a signed-in user in `tenant`, from the stored refresh token (which
/// is rotated on disk).
pub async fn fetch(
    cloud: &Cloud,
    http: &reqwest::Client,
    dir: &Path,
    tenant: &str,
    user: &str,
) -> Result<Token> {
    let Some(rt) = load_refresh_token(dir, &cloud.name, user) else {
        return Err(AzError::auth(format!(
            "User '{user}' does not exist in MSAL token cache. Run `az login`."
        )));
    };
    let got = refresh(
        http,
        &cloud.authority_host()?,
        tenant,
        &rt,
        &login_scope(cloud),
    )
    .await
    .map_err(|e| {
        // az's recommendation (auth/util.py `aad_error_handler`).
        e.with_recommendation(format!(
            "Run the command below to authenticate interactively; additional arguments may be \
             added as needed:\naz logout\naz login --tenant \"{tenant}\" --scope \"{}\"",
            cloud.arm_scope()
        ))
    })?;
    if let Some(new) = &got.refresh_token {
        save_refresh_token(dir, &cloud.name, user, new)?;
    }
    Ok(got.access)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jwt(c: Value) -> String {
        format!("e30.{}.c2ln", B64.encode(c.to_string()))
    }

    #[test]
    fn tokens_name_the_user_from_the_id_token() {
        let body = json!({
            "access_token": jwt(json!({"tid": "t1", "upn": "at@x"})),
            "id_token": jwt(json!({"preferred_username": "me@x", "tid": "t2"})),
            "refresh_token": "rt", "expires_in": "3600",
        });
        let t = parse_tokens(200, &body).unwrap();
        assert_eq!(t.username.as_deref(), Some("me@x"));
        assert_eq!(t.tenant.as_deref(), Some("t1"));
        assert!(t.access.expires_on > now() + 3000);
        assert!(!format!("{t:?}").contains("rt"));
        let no_id = json!({"access_token": jwt(json!({"unique_name": "u@x"}))});
        assert_eq!(
            parse_tokens(200, &no_id).unwrap().username.as_deref(),
            Some("u@x")
        );
        let e = parse_tokens(
            400,
            &json!({"error": "invalid_grant", "error_description": "AADSTS70000: bad"}),
        )
        .unwrap_err();
        assert_eq!(e.message, "AADSTS70000: bad");
        assert!(parse_tokens(200, &json!({"token_type": "Bearer"})).is_err());
    }

    /// A token endpoint that answers the device-code polls from a script, on plain HTTP.
    async fn scripted(answers: Vec<Value>) -> String {
        use axum::routing::post;
        let answers = std::sync::Arc::new(std::sync::Mutex::new(answers.into_iter()));
        let app = axum::Router::new()
            .route(
                "/{tenant}/oauth2/v2.0/devicecode",
                post(|| async {
                    axum::Json(json!({
                        "device_code": "dc", "user_code": "UC", "interval": 1, "expires_in": 900,
                        "message": "To sign in, enter UC."
                    }))
                }),
            )
            .route(
                "/{tenant}/oauth2/v2.0/token",
                post(move || {
                    let next = answers.lock().unwrap().next().unwrap_or(json!({}));
                    async move {
                        let status = if next.get("error").is_some() {
                            400
                        } else {
                            200
                        };
                        (
                            axum::http::StatusCode::from_u16(status).unwrap(),
                            axum::Json(next),
                        )
                    }
                }),
            );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        format!("http://{addr}")
    }

    fn err(e: &str) -> Value {
        json!({"error": e, "error_description": format!("AADSTS70016: {e}")})
    }

    async fn run_device(answers: Vec<Value>) -> (Result<UserTokens>, Vec<u64>, Vec<String>) {
        let base = scripted(answers).await;
        let waits = std::cell::RefCell::new(Vec::new());
        let shown = std::cell::RefCell::new(Vec::new());
        let r = device_code_with(
            &reqwest::Client::new(),
            &base,
            "organizations",
            "s",
            &|m: &str| shown.borrow_mut().push(m.to_string()),
            |d: Duration| {
                waits.borrow_mut().push(d.as_secs());
                std::future::ready(())
            },
        )
        .await;
        (r, waits.into_inner(), shown.into_inner())
    }

    #[tokio::test]
    async fn device_code_polls_at_the_interval_and_backs_off_on_slow_down() {
        let ok =
            json!({"access_token": jwt(json!({"upn": "me@x", "tid": "t"})), "refresh_token": "r"});
        let (r, waits, shown) = run_device(vec![
            err("authorization_pending"),
            err("slow_down"),
            err("authorization_pending"),
            ok,
        ])
        .await;
        assert_eq!(r.unwrap().username.as_deref(), Some("me@x"));
        assert_eq!(waits, [1, 6, 6]);
        assert_eq!(shown, ["To sign in, enter UC."]);
    }

    #[tokio::test]
    async fn device_code_errors_are_clear() {
        let (r, _, _) = run_device(vec![err("authorization_pending"), err("expired_token")]).await;
        let e = r.unwrap_err();
        assert_eq!(e.message, "AADSTS70016: expired_token");
        assert_eq!(e.recommendations, [RELOGIN]);
        let (r, _, _) = run_device(vec![err("authorization_declined")]).await;
        assert_eq!(
            r.unwrap_err().message,
            "AADSTS70016: authorization_declined"
        );
        let (r, _, _) = run_device(vec![
            json!({"error": "invalid_grant", "error_description": "AADSTS70000: nope"}),
        ])
        .await;
        assert_eq!(r.unwrap_err().message, "AADSTS70000: nope");
        // A server answering nonsense is an error, not a panic.
        let (r, _, _) = run_device(vec![json!({"token_type": "Bearer"})]).await;
        assert!(r.is_err());
    }

    #[test]
    fn pkce_challenge_is_s256_of_the_verifier() {
        let (v, c) = pkce();
        assert_eq!(v.len(), 43);
        assert_eq!(c, crate::emulator::oauth::s256_challenge(&v));
    }

    #[test]
    fn refresh_tokens_are_per_cloud_and_user_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        save_refresh_token(d, "A", "Me@X", "rt1").unwrap();
        save_refresh_token(d, "B", "me@x", "rt2").unwrap();
        save_refresh_token(d, "A", "other@x", "rt3").unwrap();
        assert_eq!(load_refresh_token(d, "A", "me@x").as_deref(), Some("rt1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(refresh_path(d))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        remove_refresh_tokens(d, "ME@x").unwrap();
        assert_eq!(load_refresh_token(d, "B", "me@x"), None);
        assert_eq!(
            load_refresh_token(d, "A", "other@x").as_deref(),
            Some("rt3")
        );
        remove_refresh_tokens(d, "other@x").unwrap();
        assert!(!refresh_path(d).exists());
    }
}
