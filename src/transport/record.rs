//! Records every interaction of another transport to a cassette (`AZR_RECORD=FILE`), in the
//! format of az's own recordings, so `AZR_REPLAY` can answer from it later.
//!
//! Interactions are appended to the file when it already holds a recording (one cassette for a
//! script of commands, like az's multi-command recordings), and the file is rewritten after each
//! interaction, so a crash leaves a valid file. Each append re-reads the file under the
//! cassette's lock (`FILE.lock`), so processes recording into one cassette at once keep every
//! interaction. Secrets never reach it: Authorization and
//! similar headers are dropped; tokens, client secrets and passwords in bodies are replaced;
//! ssh public keys are replaced; subscription and tenant ids become zeros, as in az's recordings.

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;

use super::Transport;
use super::cassette::{
    DEFAULT_HOST, Interaction, RecordedRequest, RecordedResponse, ResponseBody, Status,
    scrub_text_body, zero_subscriptions,
};
use super::session::CassetteFiles;
use crate::arm::envelope::reason_phrase;
use crate::arm::{ArmRequest, ArmResponse};
use crate::error::Result;
use crate::redact::is_secret_header;

pub struct RecordTransport {
    inner: Arc<dyn Transport>,
    files: CassetteFiles,
}

impl RecordTransport {
    /// Records to `path`, after the interactions it already holds (a file that is missing or
    /// empty starts a new recording; one that is not a recording is an error now, not later).
    pub fn new(inner: Arc<dyn Transport>, path: &Path) -> Result<RecordTransport> {
        let files = CassetteFiles::new(path);
        files.load_or_empty()?;
        Ok(RecordTransport { inner, files })
    }

    fn append(&self, req: &ArmRequest, resp: &ArmResponse) -> Result<()> {
        let _lock = self.files.lock()?;
        let mut c = self.files.load_or_empty()?;
        c.version = 1;
        c.interactions.push(interaction(req, resp));
        c.save(&self.files.cassette)
    }
}

fn headers(list: &[(String, String)]) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out = std::collections::BTreeMap::<String, Vec<String>>::new();
    for (k, v) in list.iter().filter(|(k, _)| !is_secret_header(k)) {
        out.entry(k.clone())
            .or_default()
            .push(zero_subscriptions(v));
    }
    out
}

fn body_text(body: &[u8]) -> Option<String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    Some(scrub_text_body(&String::from_utf8_lossy(body)))
}

/// The scrubbed recording of one exchange.
pub fn interaction(req: &ArmRequest, resp: &ArmResponse) -> Interaction {
    let uri = if req.url.starts_with('/') {
        format!("{DEFAULT_HOST}{}", req.url)
    } else {
        req.url.clone()
    };
    Interaction {
        request: RecordedRequest {
            body: req.body.as_deref().and_then(body_text),
            headers: headers(&req.headers),
            method: req.method.to_string(),
            uri: zero_subscriptions(&uri),
        },
        response: RecordedResponse {
            body: ResponseBody {
                string: Some(body_text(&resp.body).unwrap_or_default()),
            },
            headers: headers(&resp.headers),
            status: Status {
                code: resp.status,
                message: reason_phrase(resp.status).to_string(),
            },
        },
    }
}

/// A request as a recording would hold it (secret headers dropped, secrets in the body and
/// subscription ids replaced), for what is compared with recordings and named by sanitizers.
pub fn scrubbed_request(req: &ArmRequest) -> ArmRequest {
    ArmRequest {
        url: zero_subscriptions(&req.url),
        headers: headers(&req.headers)
            .into_iter()
            .flat_map(|(k, vs)| vs.into_iter().map(move |v| (k.clone(), v)))
            .collect(),
        body: req
            .body
            .as_deref()
            .and_then(body_text)
            .map(String::into_bytes),
        ..req.clone()
    }
}

#[async_trait]
impl Transport for RecordTransport {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        let resp = self.inner.send(req.clone()).await?;
        self.append(&req, &resp)?;
        Ok(resp)
    }

    fn is_replay(&self) -> bool {
        self.inner.is_replay()
    }

    fn default_subscription(&self) -> Option<String> {
        self.inner.default_subscription()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Method;
    use crate::transport::cassette::Cassette;
    use serde_json::json;

    struct Echo;
    #[async_trait]
    impl Transport for Echo {
        async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
            Ok(ArmResponse::json(200, &json!({"echo": req.json_body(), "access_token": "eyJhbGciOi"}))
                .with_header("Set-Cookie", "x=1")
                .with_header(
                    "Azure-AsyncOperation",
                    "https://management.azure.com/subscriptions/12345678-1234-1234-1234-123456789abc/op",
                ))
        }
    }

    #[tokio::test]
    async fn records_scrubbed_interactions_after_each_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rec.yaml");
        let rec = RecordTransport::new(Arc::new(Echo), &path).unwrap();
        let url =
            "/subscriptions/12345678-1234-1234-1234-123456789abc/resourceGroups/rg?api-version=1";
        let mut req = ArmRequest::new(Method::PUT, url).with_json(&json!({
            "location": "eastus",
            "linuxProfile": {"ssh": {"publicKeys": [{"keyData": "ssh-rsa AAAAB3NzaSECRET me@host"}]}}
        }));
        req.headers
            .push(("Authorization".into(), "Bearer eyJhbGciOi".into()));
        rec.send(req.clone()).await.unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        assert_eq!(Cassette::parse(&first).unwrap().interactions.len(), 1);
        rec.send(ArmRequest::new(Method::GET, url)).await.unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        for secret in ["eyJhbGciOi", "AAAAB3NzaSECRET", "12345678-1234", "x=1"] {
            assert!(!text.contains(secret), "{secret} leaked:\n{text}");
        }
        let c = Cassette::parse(&text).unwrap();
        assert_eq!(c.interactions.len(), 2);
        assert_eq!(
            c.interactions[0].request.uri,
            "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg?api-version=1"
        );
        // A second recorder appends to the same file.
        let again = RecordTransport::new(Arc::new(Echo), &path).unwrap();
        again.send(ArmRequest::new(Method::GET, url)).await.unwrap();
        assert_eq!(Cassette::load(&path).unwrap().interactions.len(), 3);
    }

    /// What sanitizers see (and the session state may keep) holds no secret.
    #[test]
    fn scrubbed_requests_hold_no_secrets() {
        let url = "/subscriptions/12345678-1234-1234-1234-123456789abc/resourceGroups/rg?x=1";
        let mut req = ArmRequest::new(Method::PUT, url).with_json(&json!({
            "properties": {"servicePrincipalProfile": {"clientId": "c", "secret": "s3cr3t-value"}}
        }));
        req.headers
            .push(("Authorization".into(), "Bearer eyJhbGciOi".into()));
        req.headers
            .push(("CommandName".into(), "aks create".into()));
        let out = scrubbed_request(&req);
        assert_eq!(
            out.url,
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg?x=1"
        );
        assert!(
            out.headers.iter().all(|(k, _)| k != "Authorization"),
            "{:?}",
            out.headers
        );
        assert!(
            out.headers
                .contains(&("CommandName".into(), "aks create".into()))
        );
        let body = String::from_utf8(out.body.unwrap()).unwrap();
        assert!(!body.contains("s3cr3t-value"), "{body}");
        assert_eq!(out.method, Method::PUT);
    }
}
