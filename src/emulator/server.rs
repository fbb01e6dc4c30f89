//! `azr emulator start`: the emulator as an HTTPS server that the real az (and azr, through a
//! registered cloud) uses unchanged. Layers, outermost first: the request log, the auth
//! endpoints (no token needed), token check (401 as ARM), account reads (`/subscriptions`),
//! fault injection, then `Emulator::handle` on a blocking thread. Poll hints are added to
//! long-running-operation answers so az polls quickly (reference/az-as-peer.md §5).

use std::future::Future;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, Request, Response, StatusCode};
use axum_server::tls_rustls::RustlsConfig;
use serde_json::{Map, Value, json};

use crate::arm::envelope::error_body;
use crate::arm::{ArmRequest, ArmResponse};
use crate::error::{AzError, Result};

use super::auth::{self, Authority};
use super::oauth::UserLogins;
use super::{Emulator, EmulatorOptions, tls};

/// Request bodies above this are refused (413 `RequestEntityTooLarge`); ARM's own limit is
/// 4 MB per request. A declared `Content-Length` above it is refused before reading anything.
pub const MAX_BODY: usize = 16 * 1024 * 1024;
/// A connection must send a complete request head within this (the first request, and each
/// next one on a kept-alive HTTP/1.1 connection), else it is closed; so is one that never
/// finishes its TLS handshake (axum-server's 10 s).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How much of a refused body is read and dropped, and for how long, before the connection
/// is closed on the client.
const DISCARD_LIMIT: usize = 4 * MAX_BODY;
const DISCARD_TIME: Duration = Duration::from_secs(10);
/// How long in-flight requests may take to finish after SIGINT/SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub tls_dir: PathBuf,
    pub state: PathBuf,
    pub request_log: Option<PathBuf>,
    /// `None`: the emulator's default.
    pub operation_duration: Option<Duration>,
    pub feature_delay: Duration,
    pub faults: Option<FaultOptions>,
    pub token_lifetime: Duration,
    /// Poll interval hinted on long-running operations; `None`: the emulator's default.
    pub poll_ms: Option<u64>,
    /// The user interactive sign-ins consent as.
    pub login_user: String,
}

impl ServerOptions {
    /// Resolves the spec's defaults: the TLS dir falls back to `default_tls_dir`, the state
    /// file to `emulator.db` inside the TLS dir.
    pub fn from_spec(spec: crate::spec::emulator::ServerSpec, default_tls_dir: PathBuf) -> Self {
        let tls_dir = spec.tls_dir.unwrap_or(default_tls_dir);
        let state = spec.state.unwrap_or_else(|| tls_dir.join("emulator.db"));
        ServerOptions {
            bind: spec.bind,
            port: spec.port,
            tls_dir,
            state,
            request_log: spec.request_log,
            operation_duration: spec.operation_duration,
            feature_delay: spec.feature_delay,
            faults: spec.faults,
            token_lifetime: spec.token_lifetime,
            poll_ms: spec.poll_ms,
            login_user: spec.login_user,
        }
    }
}

pub use crate::spec::emulator::FaultSpec as FaultOptions;

/// What the server tells its caller once it accepts connections.
#[derive(Debug, Clone)]
pub struct Ready {
    pub addr: SocketAddr,
    pub url: String,
    pub ca_path: PathBuf,
}

impl Ready {
    /// The one line `azr emulator start` prints on stdout.
    pub fn line(&self) -> String {
        format!(
            "azr emulator listening on {} (port {}, CA {})",
            self.url,
            self.addr.port(),
            self.ca_path.display()
        )
    }
}

/// Deterministic faults: request n (counting ARM requests from 1) fails when
/// `floor(n * rate)` steps up, alternating 429 and 503, so a test knows exactly which
/// requests fail and a retry always gets through at rates up to 0.5.
pub struct Faults {
    opts: FaultOptions,
    count: AtomicU64,
}

impl Faults {
    pub fn new(opts: FaultOptions) -> Faults {
        Faults {
            opts,
            count: AtomicU64::new(0),
        }
    }

    pub fn next(&self) -> Option<ArmResponse> {
        let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
        let rate = self.opts.rate.clamp(0.0, 1.0);
        let k = (n as f64 * rate).floor() as u64;
        let prev = ((n - 1) as f64 * rate).floor() as u64;
        if k == prev {
            return None;
        }
        let retry = self.opts.retry_after.to_string();
        let resp = if k % 2 == 1 {
            ArmResponse::json(
                429,
                &error_body(
                    "TooManyRequests",
                    "The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, see - https://aka.ms/srpthrottlinglimits",
                ),
            )
        } else {
            ArmResponse::json(
                503,
                &error_body(
                    "ServiceUnavailable",
                    "The server is currently unable to handle the request. Please retry.",
                ),
            )
        };
        Some(resp.with_header("Retry-After", retry))
    }
}

/// JSON lines, one per request, for the differential suite. Secrets never reach it: the
/// Authorization header is reduced to whether it was present, form secrets are masked.
pub struct RequestLog {
    file: Mutex<std::fs::File>,
}

/// Request headers worth comparing between az and azr.
const LOGGED_HEADERS: &[&str] = &[
    "CommandName",
    "ParameterSetName",
    "Content-Type",
    "User-Agent",
    "Metadata",
];

impl RequestLog {
    pub fn open(path: &std::path::Path) -> Result<RequestLog> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| AzError::io(format!("cannot open '{}': {e}", path.display())))?;
        Ok(RequestLog {
            file: Mutex::new(file),
        })
    }

    pub fn entry(raw_path: &str, req: &ArmRequest, resp: &ArmResponse) -> Value {
        let mut headers = Map::new();
        for name in LOGGED_HEADERS {
            if let Some(v) = req.header(name) {
                headers.insert((*name).to_string(), Value::String(v.to_string()));
            }
        }
        let body = match req.body.as_deref() {
            None | Some([]) => Value::Null,
            Some(b) => match serde_json::from_slice::<Value>(b) {
                Ok(v) => v,
                Err(_) => Value::String(redact_form(&String::from_utf8_lossy(b))),
            },
        };
        json!({
            "method": req.method.as_str(),
            "path": raw_path,
            "query": redact_form(req.query()),
            "headers": headers,
            "authorization": req.header("Authorization").is_some(),
            "body": body,
            "status": resp.status,
        })
    }

    pub fn write(&self, entry: &Value) {
        let mut line = entry.to_string();
        line.push('\n');
        if let Ok(mut f) = self.file.lock() {
            // A full disk must not take the server down; the log is a test aid.
            let _ = f.write_all(line.as_bytes());
        }
    }
}

/// Masks the values of secret-bearing form fields (`client_secret=...`).
fn redact_form(s: &str) -> String {
    const SECRET: &[&str] = &[
        "client_secret",
        "client_assertion",
        "password",
        "refresh_token",
        "code",
        "code_verifier",
        "device_code",
        "user_code",
    ];
    s.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if SECRET.iter().any(|n| k.eq_ignore_ascii_case(n)) => {
                format!("{k}=<redacted>")
            }
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

struct App {
    emulator: Arc<Emulator>,
    authority: Authority,
    logins: UserLogins,
    faults: Option<Faults>,
    log: Option<RequestLog>,
    base_url: String,
}

impl App {
    /// ARM routes (`/subscriptions...`, `/tenants`) need a token; everything else is an auth
    /// endpoint that reads its form body first.
    fn is_arm_route(path: &str) -> bool {
        let first = path.split('/').find(|s| !s.is_empty()).unwrap_or("");
        first.eq_ignore_ascii_case("subscriptions") || first.eq_ignore_ascii_case("tenants")
    }

    /// Checks the token of an ARM request, from its headers alone: a refused request's body
    /// is never read.
    fn authorize(&self, req: &ArmRequest) -> std::result::Result<auth::Claims, ArmResponse> {
        let claims = self.authority.verify(req.header("Authorization"))?;
        self.authority.authorize_arm(&claims, req)?;
        Ok(claims)
    }

    /// `claims`: those of an ARM route, already checked before its body was read.
    async fn dispatch(
        &self,
        req: &ArmRequest,
        base: &str,
        claims: Option<auth::Claims>,
    ) -> ArmResponse {
        // A cluster's Kubernetes API checks its own bearer tokens (the kubeconfig's).
        if req.path().starts_with(super::aks::KUBE_PREFIX) {
            return self.emulator.handle(req);
        }
        let claims = match claims {
            Some(c) => c,
            None => {
                if let Some(r) = self.logins.handle(&self.authority, req, base) {
                    return r;
                }
                if let Some(r) = self.authority.handle_public(req, base) {
                    return r;
                }
                if super::graph::is_graph_path(req.path()) {
                    return self.graph(req, base);
                }
                match self.authorize(req) {
                    Ok(c) => c,
                    Err(r) => return r,
                }
            }
        };
        if let Some(r) = self.authority.handle_account(req, &claims) {
            return r;
        }
        if let Some(r) = self.faults.as_ref().and_then(Faults::next) {
            return r;
        }
        // On this worker, not a blocking-pool thread: a transaction is short (writes take
        // turns, reads run beside them: `Emulator::handle`), and the hop to another thread and
        // back cost more than the transaction (perf under 16 clients: 40% of the server's time
        // switching tasks).
        let mut resp = self.emulator.handle(req);
        add_poll_hint(&mut resp);
        resp
    }
}

impl App {
    /// Microsoft Graph at the server's base URL (the cloud's `microsoftGraphResourceId`):
    /// Graph tokens only, with Graph's errors.
    fn graph(&self, req: &ArmRequest, base: &str) -> ArmResponse {
        let authorization = req.header("Authorization");
        let claims = match self.authority.verify(authorization) {
            Ok(c) => c,
            Err(_) => return super::graph::unauthenticated(authorization),
        };
        if let Err(r) = super::graph::authorize(&claims, base) {
            return r;
        }
        let caller = super::graph::Caller::of(&claims);
        super::graph::handle(req, &caller, self.logins.user())
    }
}

fn too_large() -> ArmResponse {
    ArmResponse::json(
        413,
        &error_body(
            "RequestEntityTooLarge",
            &format!(
                "The request content was too large. The emulator accepts at most {} bytes.",
                MAX_BODY
            ),
        ),
    )
}

/// The next chunk of data of a body (trailers skipped); `None` at its end.
async fn next_chunk(body: &mut Body) -> Option<std::result::Result<Bytes, axum::Error>> {
    loop {
        match std::future::poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)).await? {
            Err(e) => return Some(Err(e)),
            Ok(frame) => {
                if let Ok(data) = frame.into_data() {
                    return Some(Ok(data));
                }
            }
        }
    }
}

/// Reads the body unless it is refused first: a declared length over `MAX_BODY` (413,
/// nothing read); a body that turns out longer is 413 too. A refused body is handed back with
/// what is left of it unread.
async fn read_body(
    arm: &ArmRequest,
    mut body: Body,
) -> std::result::Result<Vec<u8>, (ArmResponse, Option<Body>)> {
    let declared = arm
        .header("Content-Length")
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err((too_large(), Some(body)));
    }
    let mut buf = Vec::with_capacity(declared.unwrap_or(0) as usize);
    while let Some(chunk) = next_chunk(&mut body).await {
        let Ok(chunk) = chunk else {
            let unreadable = error_body(
                "InvalidRequestContent",
                "The request content could not be read.",
            );
            return Err((ArmResponse::json(400, &unreadable), None));
        };
        if buf.len() + chunk.len() > MAX_BODY {
            return Err((too_large(), Some(body)));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// Reads and drops what a client still sends after its request was refused, up to a bound,
/// so that it gets to read the answer instead of a reset (HTTP/1.1 cannot answer and keep the
/// connection otherwise). Nothing is kept in memory.
fn discard(mut body: Body) {
    tokio::spawn(async move {
        let mut left = DISCARD_LIMIT;
        let _ = tokio::time::timeout(DISCARD_TIME, async {
            while let Some(Ok(chunk)) = next_chunk(&mut body).await {
                match left.checked_sub(chunk.len()) {
                    Some(rest) => left = rest,
                    None => break,
                }
            }
        })
        .await;
    });
}

/// Makes sure a client polling this response waits briefly, never azure-core's 30 s default
/// (which it falls back to when no hint is given, or on `Retry-After: 0`). The emulator sends
/// its own hint (`poll_interval`); this is the safety net for answers that lack one.
pub fn add_poll_hint(resp: &mut ArmResponse) {
    if !resp.is_success() || !is_pollable(resp) {
        return;
    }
    let has_ms =
        resp.header("retry-after-ms").is_some() || resp.header("x-ms-retry-after-ms").is_some();
    let seconds = resp
        .header("Retry-After")
        .map(|v| v.trim().parse::<u64>().unwrap_or(1));
    if seconds == Some(0) || (seconds.is_none() && !has_ms) {
        resp.headers
            .retain(|(k, _)| !k.eq_ignore_ascii_case("Retry-After"));
        if !has_ms {
            resp.headers.push(("Retry-After".into(), "1".into()));
        }
    }
}

/// A response a client will poll again: it names an operation to follow, is a 202, or says
/// its operation or resource is not in a terminal state yet.
fn is_pollable(resp: &ArmResponse) -> bool {
    if resp.status == 202
        || resp.header("Azure-AsyncOperation").is_some()
        || resp.header("Location").is_some()
    {
        return true;
    }
    // Only the two fields matter: read them without building the whole body (every
    // successful answer passes here).
    #[derive(serde::Deserialize)]
    struct Props {
        #[serde(rename = "provisioningState")]
        provisioning_state: Option<Value>,
    }
    #[derive(serde::Deserialize)]
    struct Probe {
        status: Option<Value>,
        properties: Option<Props>,
    }
    let in_progress = |v: Option<&Value>| {
        v.and_then(Value::as_str).is_some_and(|s| {
            !["succeeded", "failed", "canceled", "cancelled"]
                .contains(&s.to_ascii_lowercase().as_str())
        })
    };
    let object = resp.body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    match serde_json::from_slice::<Probe>(&resp.body) {
        Ok(p) if object => {
            let state = p
                .properties
                .as_ref()
                .and_then(|p| p.provisioning_state.as_ref());
            in_progress(p.status.as_ref()) || in_progress(state)
        }
        // an odd shape (`properties` not an object, or no object at all): read it whole
        _ => resp.json_body().is_ok_and(|body| {
            in_progress(body.get("status"))
                || in_progress(body.pointer("/properties/provisioningState"))
        }),
    }
}

async fn handle(State(app): State<Arc<App>>, req: Request<Body>) -> Response<Body> {
    let (parts, body) = req.into_parts();
    let raw_path = parts.uri.path().to_string();
    let host = parts
        .headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| parts.uri.authority().map(|a| a.to_string()));
    let base = match host {
        Some(h) => format!("https://{h}"),
        None => app.base_url.clone(),
    };
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .filter_map(|(k, v)| {
            v.to_str()
                .ok()
                .map(|v| (k.as_str().to_string(), v.to_string()))
        })
        .collect();
    let mut url = auth::normalize_path(&raw_path);
    if let Some(q) = parts.uri.query() {
        url.push('?');
        url.push_str(q);
    }
    let mut arm = ArmRequest {
        method: parts.method.clone(),
        url,
        headers,
        body: None,
    };
    // ARM routes are authenticated from their headers: a refused request's body is not read.
    let mut claims = None;
    let read = if App::is_arm_route(&raw_path) {
        match app.authorize(&arm) {
            Ok(c) => {
                claims = Some(c);
                read_body(&arm, body).await
            }
            Err(refused) => Err((refused, Some(body))),
        }
    } else {
        read_body(&arm, body).await
    };
    let resp = match read {
        Err((refused, unread)) => {
            if let Some(rest) = unread {
                discard(rest);
            }
            refused
        }
        Ok(bytes) => {
            arm.body = (!bytes.is_empty()).then_some(bytes);
            app.dispatch(&arm, &base, claims).await
        }
    };
    if let Some(log) = &app.log {
        log.write(&RequestLog::entry(&raw_path, &arm, &resp));
    }
    to_http(resp, &arm)
}

fn to_http(resp: ArmResponse, req: &ArmRequest) -> Response<Body> {
    let mut out = Response::new(Body::from(resp.body));
    *out.status_mut() =
        StatusCode::from_u16(resp.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = out.headers_mut();
    for (k, v) in &resp.headers {
        if let (Ok(k), Ok(v)) = (
            HeaderName::try_from(k.as_str()),
            HeaderValue::try_from(v.as_str()),
        ) {
            h.append(k, v);
        }
    }
    let request_id = uuid::Uuid::new_v4().to_string();
    let correlation = req
        .header("x-ms-correlation-request-id")
        .map(str::to_string)
        .unwrap_or_else(|| request_id.clone());
    for (name, value) in [
        ("x-ms-request-id", request_id),
        ("x-ms-correlation-request-id", correlation),
    ] {
        if let (false, Ok(v)) = (h.contains_key(name), HeaderValue::try_from(value)) {
            h.insert(name, v);
        }
    }
    out
}

/// Runs the server until `shutdown` resolves, then lets in-flight requests finish.
/// `on_ready` is called once, when the socket accepts connections.
pub async fn serve(
    opts: ServerOptions,
    on_ready: impl FnOnce(&Ready),
    shutdown: impl Future<Output = ()>,
) -> Result<()> {
    let listener = std::net::TcpListener::bind((opts.bind, opts.port))
        .map_err(|e| AzError::io(format!("cannot listen on {}:{}: {e}", opts.bind, opts.port)))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| AzError::io(format!("cannot configure the socket: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| AzError::io(format!("cannot read the bound address: {e}")))?;
    // Clients reach an unspecified bind (0.0.0.0) through loopback.
    let host = if opts.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        match opts.bind {
            IpAddr::V6(ip) => format!("[{ip}]"),
            IpAddr::V4(ip) => ip.to_string(),
        }
    };
    let base_url = format!("https://{host}:{}", addr.port());

    let certs = tls::server_certs(&opts.tls_dir, &[opts.bind.to_string()])?;
    let config = RustlsConfig::from_pem(certs.chain_pem.into_bytes(), certs.key_pem.into_bytes())
        .await
        .map_err(|e| AzError::io(format!("cannot load the TLS certificate: {e}")))?;

    if let Some(parent) = opts.state.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| AzError::io(format!("cannot create '{}': {e}", parent.display())))?;
    }
    let defaults = EmulatorOptions::default();
    let ca_pem = std::fs::read_to_string(&certs.ca_path)
        .map_err(|e| AzError::io(format!("cannot read '{}': {e}", certs.ca_path.display())))?;
    let operation_duration = opts
        .operation_duration
        .unwrap_or(defaults.operation_duration);
    let emulator = Emulator::open(
        &opts.state,
        EmulatorOptions {
            base_url: base_url.clone(),
            operation_duration,
            feature_delay: opts.feature_delay,
            // No hint longer than the operations: with `--operation-ms 0` a client polls at once.
            poll_interval: opts
                .poll_ms
                .map(Duration::from_millis)
                .unwrap_or(defaults.poll_interval.min(operation_duration)),
            kube_ca: Some(super::KubeCa::Pem(ca_pem)),
            ..defaults
        },
    )?;
    let authority = Authority::for_state(&opts.state, opts.token_lifetime)?;
    let log = match &opts.request_log {
        Some(p) => Some(RequestLog::open(p)?),
        None => None,
    };
    let app = Arc::new(App {
        emulator: Arc::new(emulator),
        authority,
        logins: UserLogins::open(&opts.state, &opts.login_user)?,
        faults: opts.faults.map(Faults::new),
        log,
        base_url: base_url.clone(),
    });
    let router = Router::new().fallback(handle).with_state(app);

    let handle = axum_server::Handle::new();
    // TCP_NODELAY: without it, the last record of an answer could wait for the client's
    // delayed ACK, up to 40 ms a request (issue 15).
    let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config)
        .acceptor(axum_server::accept::NoDelayAcceptor::new());
    let mut server = axum_server::from_tcp(listener)
        .map_err(|e| AzError::io(format!("cannot start the server: {e}")))?
        .acceptor(acceptor)
        .handle(handle.clone())
        // Covers the protocol sniffing before the first request, which hyper does not time.
        .first_request_timeout(HEADER_READ_TIMEOUT);
    let http = server.http_builder();
    http.http1().header_read_timeout(HEADER_READ_TIMEOUT);
    // HTTP/2 has no header timeout; pings find the peers that went away.
    http.http2()
        .keep_alive_interval(Some(Duration::from_secs(30)))
        .keep_alive_timeout(HEADER_READ_TIMEOUT);
    let server = server.serve(router.into_make_service());
    let server = tokio::spawn(server);
    if handle.listening().await.is_none() {
        return Err(AzError::io(format!("cannot listen on {addr}")));
    }
    on_ready(&Ready {
        addr,
        url: base_url,
        ca_path: certs.ca_path,
    });
    shutdown.await;
    handle.graceful_shutdown(Some(SHUTDOWN_GRACE));
    match server.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(AzError::io(format!("the emulator server failed: {e}"))),
        Err(e) => Err(AzError::internal(format!(
            "the emulator server panicked: {e}"
        ))),
    }
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_follow_the_rate_and_alternate() {
        let f = Faults::new(FaultOptions {
            rate: 0.25,
            retry_after: 2,
        });
        let statuses: Vec<u16> = (0..12)
            .map(|_| f.next().map(|r| r.status).unwrap_or(200))
            .collect();
        assert_eq!(
            statuses,
            vec![200, 200, 200, 429, 200, 200, 200, 503, 200, 200, 200, 429]
        );
        let f = Faults::new(FaultOptions {
            rate: 0.5,
            retry_after: 3,
        });
        assert!(f.next().is_none());
        let r = f.next().unwrap();
        assert_eq!(r.header("Retry-After"), Some("3"));
        assert_eq!(r.json_body().unwrap()["error"]["code"], "TooManyRequests");
        let none = Faults::new(FaultOptions {
            rate: 0.0,
            retry_after: 1,
        });
        assert!((0..100).all(|_| none.next().is_none()));
    }

    #[test]
    fn poll_hints() {
        let mut r = ArmResponse::json(
            201,
            &json!({"properties": {"provisioningState": "Creating"}}),
        )
        .with_header("Azure-AsyncOperation", "https://h/op")
        .with_header("Retry-After", "0");
        add_poll_hint(&mut r);
        assert_eq!(r.header("Retry-After"), Some("1"));

        // The emulator's own millisecond hint is kept as it is, and a zero beside it dropped.
        let mut fast = ArmResponse::json(200, &json!({"status": "InProgress"}))
            .with_header("retry-after-ms", "20")
            .with_header("Retry-After", "0");
        add_poll_hint(&mut fast);
        assert_eq!(fast.header("Retry-After"), None);
        assert_eq!(fast.header("retry-after-ms"), Some("20"));

        let mut status = ArmResponse::json(200, &json!({"status": "InProgress"}));
        add_poll_hint(&mut status);
        assert_eq!(status.header("Retry-After"), Some("1"));

        let mut done = ArmResponse::json(
            200,
            &json!({"properties": {"provisioningState": "Succeeded"}}),
        );
        add_poll_hint(&mut done);
        assert_eq!(done.header("Retry-After"), None);
        let mut err = ArmResponse::json(404, &json!({}));
        add_poll_hint(&mut err);
        assert!(err.headers.iter().all(|(k, _)| k != "Retry-After"));
    }

    #[test]
    fn log_entries_hide_secrets() {
        let mut req = ArmRequest::new(axum::http::Method::POST, "/t/oauth2/v2.0/token?a=1");
        req.headers
            .push(("Authorization".into(), "Bearer x".into()));
        req.headers.push(("CommandName".into(), "login".into()));
        req.body =
            Some(b"client_id=c&client_secret=hunter2&grant_type=client_credentials".to_vec());
        let e = RequestLog::entry("/t/oauth2/v2.0/token", &req, &ArmResponse::new(200));
        let text = e.to_string();
        assert!(!text.contains("hunter2"), "{text}");
        assert!(!text.contains("Bearer x"), "{text}");
        assert_eq!(e["headers"]["CommandName"], "login");
        assert_eq!(e["authorization"], true);
        assert_eq!(
            e["body"],
            "client_id=c&client_secret=<redacted>&grant_type=client_credentials"
        );
        // The user sign-in grants: codes, verifier and refresh token are masked too.
        req.body = Some(
            b"grant_type=authorization_code&code=c0de&code_verifier=v3r&refresh_token=rt&device_code=dc"
                .to_vec(),
        );
        let text =
            RequestLog::entry("/t/oauth2/v2.0/token", &req, &ArmResponse::new(200)).to_string();
        for secret in ["c0de", "v3r", "=rt", "=dc"] {
            assert!(!text.contains(secret), "{text}");
        }
    }
}
