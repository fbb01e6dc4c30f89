//! ARM over HTTPS: reqwest (rustls, HTTP/2 where the server offers it), one client per
//! process, a bearer token per request from `auth`. Relative URLs are joined to the cloud's
//! resource-manager endpoint; absolute ones (LRO poll URLs, nextLinks) are used as they are.
//! The token is added here, below `ArmClient`, so no debug hook above ever sees it.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use async_trait::async_trait;

use super::Transport;
use crate::arm::{ArmRequest, ArmResponse};
use crate::error::{AzError, Result};

/// Where bearer tokens come from.
#[async_trait]
pub trait TokenSource: Send + Sync {
    async fn token(&self) -> Result<String>;
}

#[async_trait]
impl TokenSource for crate::auth::TokenProvider {
    async fn token(&self) -> Result<String> {
        crate::auth::TokenProvider::token(self).await
    }
}

/// A fixed token (tests, and clouds that need none).
pub struct StaticToken(pub String);

#[async_trait]
impl TokenSource for StaticToken {
    async fn token(&self) -> Result<String> {
        Ok(self.0.clone())
    }
}

pub const DEFAULT_TIMEOUT_SECS: u64 = 120;
const CONNECT_TIMEOUT_SECS: u64 = 20;

/// The per-request timeout: `AZR_HTTP_TIMEOUT` seconds, default 120.
pub fn timeout() -> Result<Duration> {
    match std::env::var("AZR_HTTP_TIMEOUT") {
        Ok(v) if !v.trim().is_empty() => match v.trim().parse::<f64>() {
            Ok(s) if s > 0.0 && s.is_finite() => Ok(Duration::from_secs_f64(s)),
            _ => Err(AzError::validation(format!(
                "AZR_HTTP_TIMEOUT '{v}' is not a number of seconds greater than 0."
            ))),
        },
        _ => Ok(Duration::from_secs(DEFAULT_TIMEOUT_SECS)),
    }
}

pub fn user_agent() -> String {
    format!(
        "azr/{} ({}; {}) az-compatible",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// The variables naming extra PEM bundles to trust: azr's own, az's (`REQUESTS_CA_BUNDLE`,
/// which requests and MSAL read) and OpenSSL's `SSL_CERT_FILE`.
const CA_BUNDLE_VARS: [&str; 3] = ["AZR_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"];

/// The roots HTTPS trusts: Mozilla's, compiled in (what az trusts through certifi), plus the
/// bundles `CA_BUNDLE_VARS` name. The system store is not read: the platform verifier opens
/// every file in /etc/ssl/certs, milliseconds in each process; `SSL_CERT_FILE` brings it back.
fn trusted_roots() -> Result<Vec<reqwest::Certificate>> {
    let mut out: Vec<reqwest::Certificate> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|der| reqwest::Certificate::from_der(der))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| AzError::internal(format!("the compiled-in CA roots: {e}")))?;
    for var in CA_BUNDLE_VARS {
        let Some(path) = std::env::var_os(var).filter(|p| !p.is_empty()) else {
            continue;
        };
        let pem = std::fs::read(&path).map_err(|e| {
            AzError::validation(format!(
                "{var}: cannot read the CA bundle '{}': {e}",
                std::path::Path::new(&path).display()
            ))
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            AzError::validation(format!(
                "{var}: '{}' is not a PEM certificate bundle: {e}",
                std::path::Path::new(&path).display()
            ))
        })?;
        if certs.is_empty() {
            return Err(AzError::validation(format!(
                "{var}: '{}' holds no certificate.",
                std::path::Path::new(&path).display()
            )));
        }
        out.extend(certs);
    }
    Ok(out)
}

fn build_client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .user_agent(user_agent())
        .connect_timeout(Duration::from_secs(CONNECT_TIMEOUT_SECS))
        // Bounds token requests too; ARM requests set their own.
        .timeout(timeout()?)
        .tls_certs_only(trusted_roots()?)
        .build()
        .map_err(|e| AzError::transport(format!("cannot set up HTTPS: {}", error_chain(&e))))
}

/// The process's one HTTP client (connection pool shared by token and ARM requests).
pub fn shared_client() -> Result<reqwest::Client> {
    static CLIENT: OnceLock<std::result::Result<reqwest::Client, AzError>> = OnceLock::new();
    CLIENT.get_or_init(build_client).clone()
}

pub use crate::error::error_chain;

pub struct HttpTransport {
    client: reqwest::Client,
    /// The resource-manager endpoint, without a trailing slash.
    base: String,
    tokens: Arc<dyn TokenSource>,
    timeout: Duration,
    /// Microsoft Graph's base URL (no trailing slash) and the tokens for its audience.
    graph: Option<(String, Arc<dyn TokenSource>)>,
}

impl HttpTransport {
    pub fn new(
        client: reqwest::Client,
        resource_manager: &str,
        tokens: Arc<dyn TokenSource>,
        timeout: Duration,
    ) -> HttpTransport {
        HttpTransport {
            client,
            base: resource_manager.trim_end_matches('/').to_string(),
            tokens,
            timeout,
            graph: None,
        }
    }

    /// Requests to Microsoft Graph at `base` (`/v1.0/...`) carry a token from `tokens`.
    pub fn with_graph(mut self, base: &str, tokens: Arc<dyn TokenSource>) -> HttpTransport {
        self.graph = Some((base.trim_end_matches('/').to_string(), tokens));
        self
    }

    /// Where this request's token comes from: Graph's for a Graph URL, else ARM's.
    fn tokens_for(&self, url: &str) -> &Arc<dyn TokenSource> {
        match &self.graph {
            Some((base, tokens))
                if url.strip_prefix(base.as_str()).is_some_and(|rest| {
                    rest.starts_with('/') && crate::arm::wire::is_graph_path(rest)
                }) =>
            {
                tokens
            }
            _ => &self.tokens,
        }
    }

    /// The absolute URL of a request.
    pub fn url_for(&self, url: &str) -> String {
        if url.starts_with("https://") || url.starts_with("http://") {
            url.to_string()
        } else if url.starts_with('/') {
            format!("{}{url}", self.base)
        } else {
            format!("{}/{url}", self.base)
        }
    }
}

#[async_trait]
impl Transport for HttpTransport {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        let url = self.url_for(&req.url);
        let method = reqwest::Method::from_bytes(req.method.as_str().as_bytes())
            .map_err(|e| AzError::internal(format!("bad method: {e}")))?;
        let token = self.tokens_for(&url).token().await?;
        let mut rb = self.client.request(method, &url).timeout(self.timeout);
        let mut has_request_id = false;
        for (k, v) in &req.headers {
            if k.eq_ignore_ascii_case("authorization") {
                continue;
            }
            has_request_id |= k.eq_ignore_ascii_case("x-ms-client-request-id");
            rb = rb.header(k.as_str(), v.as_str());
        }
        if !has_request_id {
            rb = rb.header("x-ms-client-request-id", uuid::Uuid::new_v4().to_string());
        }
        rb = rb.bearer_auth(token);
        rb = match req.body {
            Some(b) => rb.body(b),
            // az sends `Content-Length: 0` on bodiless POST/PUT.
            None if req.method == http::Method::POST || req.method == http::Method::PUT => {
                rb.header("Content-Length", "0")
            }
            None => rb,
        };
        let resp = rb.send().await.map_err(|e| self.send_error(&url, e))?;
        let status = resp.status().as_u16();
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = resp
            .bytes()
            .await
            .map_err(|e| self.send_error(&url, e))?
            .to_vec();
        Ok(ArmResponse {
            status,
            headers,
            body,
        })
    }
}

impl HttpTransport {
    fn send_error(&self, url: &str, e: reqwest::Error) -> AzError {
        // reqwest's text names the URL; strip the query, which may carry anything.
        let shown = url.split('?').next().unwrap_or(url);
        if e.is_timeout() {
            return AzError::transport(format!(
                "The request to {shown} timed out after {} seconds. Set AZR_HTTP_TIMEOUT to wait longer.",
                fmt_secs(self.timeout)
            ));
        }
        let (is_connect, is_builder) = (e.is_connect(), e.is_builder());
        let detail = error_chain(&e.without_url());
        // `Connection` is what `ArmClient` retries, as azure-core retries its
        // ServiceRequestError (not sent) and ServiceResponseError (sent, no answer).
        if is_connect {
            return AzError::connection(format!("Cannot connect to {shown}: {detail}"));
        }
        if is_builder {
            return AzError::transport(format!("The request to {shown} failed: {detail}"));
        }
        AzError::connection(format!("The request to {shown} failed: {detail}"))
    }
}

fn fmt_secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{}", s as u64)
    } else {
        format!("{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_joined_or_passed_through() {
        let t = HttpTransport::new(
            reqwest::Client::new(),
            "https://management.azure.com/",
            Arc::new(StaticToken("x".into())),
            Duration::from_secs(1),
        );
        assert_eq!(
            t.url_for("/subscriptions?api-version=1"),
            "https://management.azure.com/subscriptions?api-version=1"
        );
        assert_eq!(
            t.url_for("https://other.example/op/1?x=y"),
            "https://other.example/op/1?x=y"
        );
        assert_eq!(t.url_for("a/b"), "https://management.azure.com/a/b");
    }

    /// Graph's URLs get Graph's token, even where Graph and ARM share a base URL (the emulator).
    #[test]
    fn graph_urls_get_graph_tokens() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let token = |t: &HttpTransport, url: &str| rt.block_on(t.tokens_for(url).token()).unwrap();
        let base = "https://127.0.0.1:8443";
        let t = HttpTransport::new(
            reqwest::Client::new(),
            &format!("{base}/"),
            Arc::new(StaticToken("arm".into())),
            Duration::from_secs(1),
        )
        .with_graph(&format!("{base}/"), Arc::new(StaticToken("graph".into())));
        assert_eq!(token(&t, &format!("{base}/v1.0/me")), "graph");
        assert_eq!(
            token(&t, &format!("{base}/subscriptions?api-version=1")),
            "arm"
        );
        assert_eq!(token(&t, "https://other.example/v1.0/me"), "arm");
        let public = HttpTransport::new(
            reqwest::Client::new(),
            "https://management.azure.com/",
            Arc::new(StaticToken("arm".into())),
            Duration::from_secs(1),
        )
        .with_graph(
            "https://graph.microsoft.com/",
            Arc::new(StaticToken("graph".into())),
        );
        assert_eq!(
            token(
                &public,
                "https://graph.microsoft.com/v1.0/servicePrincipals?$filter=x"
            ),
            "graph"
        );
    }

    /// A refused connection is a `Connection` error, the kind `ArmClient` retries.
    #[test]
    fn a_refused_connection_is_a_connection_error() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let t = HttpTransport::new(
            reqwest::Client::new(),
            &format!("http://127.0.0.1:{port}"),
            Arc::new(StaticToken("x".into())),
            Duration::from_secs(5),
        );
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let req = ArmRequest::new(http::Method::GET, "/subscriptions?api-version=1");
        let e = rt.block_on(t.send(req)).unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::Connection, "{}", e.message);
        assert!(
            e.message.starts_with(&format!(
                "Cannot connect to http://127.0.0.1:{port}/subscriptions"
            )),
            "{}",
            e.message
        );
    }

    #[test]
    fn user_agent_names_azr() {
        assert!(user_agent().starts_with(&format!("azr/{}", env!("CARGO_PKG_VERSION"))));
    }
}
