//! A small HTTPS stand-in for Entra ID and ARM, started inside a test: its own CA (rcgen),
//! the token endpoint (client secret and certificate assertions), an App Service style managed
//! identity endpoint, `/metadata/endpoints`, `/subscriptions`, one resource group, and a path
//! that never answers in time. It logs every request so tests can count token requests and
//! look at the headers azr sent.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tempfile::TempDir;

pub const TENANT: &str = "72f988bf-0000-0000-0000-000000000001";
pub const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000001";
pub const SUBSCRIPTION2: &str = "00000000-0000-0000-0000-000000000002";
pub const CLIENT_ID: &str = "22222222-2222-2222-2222-222222222222";
pub const SECRET: &str = "Sup3r-Secret-Value~1234567890";
pub const IDENTITY_HEADER: &str = "identity-header-secret-0451";
/// The projected service-account token a workload identity presents.
pub const FEDERATED_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.ZmVkZXJhdGVk";

#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// `HTTP/2.0` or `HTTP/1.1`.
    pub version: String,
}

impl Logged {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
struct Inner {
    log: Vec<Logged>,
    /// Public key (PKCS#1 DER) that certificate assertions must be signed with.
    cert_key: Option<rsa::RsaPublicKey>,
    tokens_issued: u32,
    /// How many of the two subscriptions `/subscriptions` lists (default both).
    subscription_count: Option<usize>,
}

#[derive(Clone)]
struct AppState {
    inner: Arc<Mutex<Inner>>,
    base: String,
}

pub struct FakeAzure {
    pub base: String,
    pub ca_pem: PathBuf,
    inner: Arc<Mutex<Inner>>,
    pub dir: TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

fn jwt(claims: Value) -> String {
    format!(
        "{}.{}.c2ln",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    )
}

impl FakeAzure {
    pub fn start() -> FakeAzure {
        let dir = tempfile::tempdir().unwrap();
        // A CA and a CA:FALSE leaf for 127.0.0.1 (rustls rejects a CA used as end entity).
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "fake azure test CA");
        let ca_cert = ca_params.self_signed(&ca_key).unwrap();
        let issuer = rcgen::Issuer::new(ca_params, ca_key);
        let leaf_key = rcgen::KeyPair::generate().unwrap();
        let leaf_params =
            rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
                .unwrap();
        let leaf = leaf_params.signed_by(&leaf_key, &issuer).unwrap();
        let ca_pem = dir.path().join("ca.pem");
        std::fs::write(&ca_pem, ca_cert.pem()).unwrap();
        let chain = format!("{}{}", leaf.pem(), ca_cert.pem());

        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let base = format!("https://127.0.0.1:{port}");
        let inner = Arc::new(Mutex::new(Inner::default()));
        let state = AppState {
            inner: inner.clone(),
            base: base.clone(),
        };
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let key_pem = leaf_key.serialize_pem();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let config = axum_server::tls_rustls::RustlsConfig::from_pem(
                    chain.into_bytes(),
                    key_pem.into_bytes(),
                )
                .await
                .unwrap();
                let app = axum::Router::new().fallback(handle).with_state(state);
                let handle = axum_server::Handle::new();
                let server = axum_server::from_tcp_rustls(listener, config)
                    .unwrap()
                    .handle(handle.clone())
                    .serve(app.into_make_service());
                ready_tx.send(()).unwrap();
                tokio::select! {
                    _ = server => {}
                    _ = rx => { handle.shutdown(); }
                }
            });
        });
        ready_rx.recv().unwrap();
        FakeAzure {
            base,
            ca_pem,
            inner,
            dir,
            _shutdown: tx,
        }
    }

    pub fn requests(&self) -> Vec<Logged> {
        self.inner.lock().unwrap().log.clone()
    }

    /// Requests whose path ends with `suffix`.
    pub fn count(&self, suffix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path.ends_with(suffix))
            .count()
    }

    pub fn token_requests(&self) -> usize {
        self.count("/oauth2/v2.0/token") + self.count("/msi/token")
    }

    /// A service principal's certificate this fake trusts: a new key and its self-signed
    /// certificate, written as one PEM file (`sp.pem` in `dir`, as `--certificate` takes it).
    pub fn trusted_certificate(&self, dir: &std::path::Path) -> (PathBuf, rcgen::Certificate) {
        use rsa::pkcs8::EncodePrivateKey;
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let key_pem = key
            .to_pkcs8_pem(rsa::pkcs8::LineEnding::LF)
            .unwrap()
            .to_string();
        let kp = rcgen::KeyPair::from_pem(&key_pem).unwrap();
        let cert = rcgen::CertificateParams::new(Vec::<String>::new())
            .unwrap()
            .self_signed(&kp)
            .unwrap();
        let pem_path = dir.join("sp.pem");
        std::fs::write(&pem_path, format!("{key_pem}{}", cert.pem())).unwrap();
        self.inner.lock().unwrap().cert_key = Some(rsa::RsaPublicKey::from(&key));
        (pem_path, cert)
    }

    pub fn set_no_subscriptions(&self) {
        self.set_subscription_count(0);
    }

    pub fn set_subscription_count(&self, n: usize) {
        self.inner.lock().unwrap().subscription_count = Some(n);
    }
}

fn json_resp(status: StatusCode, v: Value) -> Response {
    (
        status,
        [("content-type", "application/json")],
        v.to_string(),
    )
        .into_response()
}

fn form(body: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect()
}

fn form_get<'a>(f: &'a [(String, String)], k: &str) -> Option<&'a str> {
    f.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
}

/// An RS256 client assertion signed by `key`, issued by the test's client id.
fn check_assertion(assertion: &str, key: &rsa::RsaPublicKey) -> bool {
    use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};
    use rsa::pkcs1::EncodeRsaPublicKey;
    let parts: Vec<&str> = assertion.split('.').collect();
    if parts.len() != 3 {
        return false;
    }
    let Ok(sig) = URL_SAFE_NO_PAD.decode(parts[2]) else {
        return false;
    };
    let Ok(public) = key.to_pkcs1_der() else {
        return false;
    };
    let signed = UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, public.as_bytes())
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig)
        .is_ok();
    let claims = azr::jwt::claims(assertion).unwrap_or(Value::Null);
    signed && claims["iss"] == CLIENT_ID
}

async fn handle(
    State(st): State<AppState>,
    method: Method,
    version: axum::http::Version,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let query = uri.query().unwrap_or("").to_string();
    let body_text = String::from_utf8_lossy(&body).into_owned();
    st.inner.lock().unwrap().log.push(Logged {
        method: method.to_string(),
        path: path.clone(),
        query: query.clone(),
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
            .collect(),
        body: body_text.clone(),
        version: format!("{version:?}"),
    });
    let lower = path.to_ascii_lowercase();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();

    // Entra ID token endpoint.
    if method == Method::POST && lower == format!("/{TENANT}/oauth2/v2.0/token") {
        let f = form(&body_text);
        let ok_client = form_get(&f, "client_id") == Some(CLIENT_ID)
            && form_get(&f, "grant_type") == Some("client_credentials")
            && matches!(
                form_get(&f, "scope"),
                Some("https://management.core.windows.net//.default")
                    | Some("https://graph.microsoft.com//.default")
            );
        let key = st.inner.lock().unwrap().cert_key.clone();
        let ok_secret = form_get(&f, "client_secret") == Some(SECRET);
        let ok_cert = match (form_get(&f, "client_assertion"), key) {
            (Some(a), Some(k)) => check_assertion(a, &k),
            _ => false,
        };
        let ok_federated = form_get(&f, "client_assertion") == Some(FEDERATED_TOKEN);
        if !(ok_client && (ok_secret || ok_cert || ok_federated)) {
            return json_resp(
                StatusCode::UNAUTHORIZED,
                json!({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided.", "error_codes": [7000215]}),
            );
        }
        st.inner.lock().unwrap().tokens_issued += 1;
        let token = jwt(json!({"tid": TENANT, "appid": CLIENT_ID, "exp": now + 3600}));
        return json_resp(
            StatusCode::OK,
            json!({"token_type": "Bearer", "expires_in": 3600, "access_token": token}),
        );
    }
    // App Service style managed identity.
    if method == Method::GET && lower == "/msi/token" {
        if headers
            .get("x-identity-header")
            .and_then(|v| v.to_str().ok())
            != Some(IDENTITY_HEADER)
        {
            return json_resp(
                StatusCode::UNAUTHORIZED,
                json!({"error": "bad identity header"}),
            );
        }
        let resource = url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "resource")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        let token = jwt(json!({"tid": TENANT, "exp": now + 3600}));
        return json_resp(
            StatusCode::OK,
            json!({"access_token": token, "expires_on": (now + 3600).to_string(), "resource": resource, "token_type": "Bearer"}),
        );
    }
    if method == Method::GET && lower.trim_start_matches('/') == "metadata/endpoints" {
        return json_resp(
            StatusCode::OK,
            json!({
                "name": "FakeAzure",
                "resourceManager": format!("{}/", st.base),
                "portal": "https://portal.fake",
                "authentication": {
                    "loginEndpoint": st.base,
                    "audiences": ["https://management.core.windows.net/"],
                    "tenant": "common",
                    "identityProvider": "AAD"
                },
                "suffixes": {"storage": "core.fake", "keyVaultDns": "vault.fake"}
            }),
        );
    }
    // ARM: every call needs a bearer token this server issued.
    let auth_ok = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer ey"));
    if !auth_ok {
        return json_resp(
            StatusCode::UNAUTHORIZED,
            json!({"error": {"code": "AuthenticationFailed", "message": "Authentication failed. The 'Authorization' header is missing."}}),
        );
    }
    if method == Method::GET && lower == "/subscriptions" {
        let count = st.inner.lock().unwrap().subscription_count.unwrap_or(2);
        let sub = |id: &str, name: &str| {
            json!({"id": format!("/subscriptions/{id}"), "subscriptionId": id, "tenantId": TENANT,
                   "displayName": name, "state": "Enabled", "managedByTenants": [],
                   "subscriptionPolicies": {"locationPlacementId": "Public_2014-09-01", "quotaId": "x", "spendingLimit": "Off"},
                   "authorizationSource": "RoleBased"})
        };
        let mut subs = vec![sub(SUBSCRIPTION, "Sub One"), sub(SUBSCRIPTION2, "Sub Two")];
        subs.truncate(count);
        return json_resp(StatusCode::OK, json!({ "value": subs }));
    }
    // One subscription (`login --skip-subscription-discovery -s ID`): those the list shows.
    if let (true, Some(id)) = (
        method == Method::GET,
        lower
            .strip_prefix("/subscriptions/")
            .filter(|id| !id.contains('/')),
    ) {
        let count = st.inner.lock().unwrap().subscription_count.unwrap_or(2);
        let known = [SUBSCRIPTION, SUBSCRIPTION2];
        if let Some(at) = known[..count].iter().position(|k| *k == id) {
            let name = ["Sub One", "Sub Two"][at];
            return json_resp(
                StatusCode::OK,
                json!({"id": format!("/subscriptions/{id}"), "subscriptionId": id, "tenantId": TENANT,
                       "displayName": name, "state": "Enabled", "managedByTenants": [],
                       "authorizationSource": "RoleBased"}),
            );
        }
        let sub = path.rsplit('/').next().unwrap_or("");
        return json_resp(
            StatusCode::NOT_FOUND,
            json!({"error": {"code": "SubscriptionNotFound", "message": format!("The subscription '{sub}' could not be found.")}}),
        );
    }
    let rg_prefix = "/subscriptions/";
    if lower.starts_with(rg_prefix) && lower.contains("/resourcegroups/") {
        let name = path.rsplit('/').next().unwrap_or("").to_string();
        if name == "slow" {
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
        }
        let sub = path.split('/').nth(2).unwrap_or("");
        if name == "missing" {
            return json_resp(
                StatusCode::NOT_FOUND,
                json!({"error": {"code": "ResourceGroupNotFound", "message": format!("Resource group '{name}' could not be found.")}}),
            );
        }
        return json_resp(
            StatusCode::OK,
            json!({"id": format!("/subscriptions/{sub}/resourceGroups/{name}"), "name": name,
                   "type": "Microsoft.Resources/resourceGroups", "location": "eastus",
                   "properties": {"provisioningState": "Succeeded"}}),
        );
    }
    json_resp(
        StatusCode::NOT_FOUND,
        json!({"error": {"code": "NotFound", "message": format!("no route {method} {path}")}}),
    )
}
