//! az's Global Policy Arguments (`--acquire-policy-token`, `--change-reference`): before every
//! request that is not a GET, az's `get_custom_hook_policy` POSTs the operation (its absolute
//! URL, method and JSON body) with the change reference to `acquirePolicyToken` in the
//! command's subscription, and sends the token it gets in `x-ms-policy-external-evaluations`.
//! Both requests share one `x-ms-correlation-request-id`.

use serde_json::{Value, json};

use super::ArmClient;
use crate::arm::{ArmRequest, Method};
use crate::error::{AzError, Result};

/// The endpoint az's hook calls (`ACQUIRE_POLICY_TOKEN_URL`).
const ACQUIRE_PATH: &str =
    "/providers/Microsoft.Authorization/acquirePolicyToken?api-version=2025-11-01";

/// The header the token goes out in on the operation.
pub const TOKEN_HEADER: &str = "x-ms-policy-external-evaluations";

/// What the flags ask for, and where the session says the operation goes.
#[derive(Debug, Clone, Default)]
pub struct PolicyToken {
    /// `--change-reference`; `null` in the request when only `--acquire-policy-token` is given.
    pub change_reference: Option<String>,
    /// The cloud's resource-manager endpoint, which makes the operation's URL absolute.
    pub endpoint: String,
    /// The subscription the command runs in (`{subscriptionId}` of az's URL).
    pub subscription: String,
}

impl PolicyToken {
    fn absolute(&self, url: &str) -> String {
        if url.contains("://") {
            url.to_string()
        } else {
            format!("{}{url}", self.endpoint.trim_end_matches('/'))
        }
    }
}

/// az's `ServiceError` wrapping whatever went wrong (exit 1).
fn failed(why: impl std::fmt::Display) -> AzError {
    AzError::transport(format!("Failed to acquire policy token, exception: {why}"))
}

impl ArmClient {
    /// Gets a token for `req` and puts it on it, as az's hook does; GETs go out as they are.
    pub(super) async fn with_policy_token(&self, mut req: ArmRequest) -> Result<ArmRequest> {
        let Some(policy) = &self.headers.policy else {
            return Ok(req);
        };
        if req.method == Method::GET {
            return Ok(req);
        }
        let correlation = match req.header("x-ms-correlation-request-id") {
            Some(id) => id.to_string(),
            None => {
                let id = uuid::Uuid::new_v4().to_string();
                req.headers
                    .push(("x-ms-correlation-request-id".into(), id.clone()));
                id
            }
        };
        // the body as az's hook reads it: JSON when it parses, else the text, else null
        let content = match req.body.as_deref().filter(|b| !b.is_empty()) {
            None => Value::Null,
            Some(b) => serde_json::from_slice(b)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(b).into_owned())),
        };
        let body = json!({
            "operation": {
                "uri": policy.absolute(&req.url),
                "httpMethod": req.method.as_str(),
                "content": content,
            },
            "changeReference": policy.change_reference,
        });
        let url = format!("/subscriptions/{}{ACQUIRE_PATH}", policy.subscription);
        // az's raw request carries none of the command's write headers
        let mut acquire = self.plain_request(Method::POST, url).with_json(&body);
        acquire
            .headers
            .push(("x-ms-force-sync".into(), "true".into()));
        acquire
            .headers
            .push(("x-ms-correlation-request-id".into(), correlation));
        let resp = self
            .send_retrying(acquire)
            .await
            .map_err(|e| failed(e.message))?;
        if !resp.is_success() {
            let reason = http::StatusCode::from_u16(resp.status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("");
            let text = String::from_utf8_lossy(&resp.body);
            return Err(failed(if text.is_empty() {
                reason.to_string()
            } else {
                format!("{reason}({text})")
            }));
        }
        if resp.status != 200 || resp.body.is_empty() {
            return Ok(req);
        }
        let token = serde_json::from_slice::<Value>(&resp.body)
            .map_err(failed)?
            .get("token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        match token {
            Some(token) => {
                req.headers.push((TOKEN_HEADER.into(), token));
                Ok(req)
            }
            None => Err(failed(format!(
                "No token returned. Response:b'{}'",
                String::from_utf8_lossy(&resp.body)
            ))),
        }
    }
}
