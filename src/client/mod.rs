//! `ArmClient`: ARM calls over a `Transport`, with long-running operations, paging, retries and
//! the error envelope. A `Clock` decides how waiting happens so replay can fast-forward.

pub mod clock;

use std::sync::Arc;

use serde_json::Value;

use crate::arm::{ArmRequest, ArmResponse, Method, envelope, id::with_api_version};
use crate::error::{AzError, Result};
use crate::transport::Transport;

pub use clock::{Clock, SystemClock};

/// What to do after a PUT or DELETE that started a long-running operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Poll until a terminal status, then GET the resource.
    Yes,
    /// Return right after the first response (`--no-wait`).
    No,
}

/// Headers az sends with every ARM request for the command being run.
#[derive(Debug, Clone, Default)]
pub struct CommandHeaders {
    /// `CommandName`, e.g. `aks create`.
    pub command_name: String,
    /// `ParameterSetName`, the flags given in order, e.g. `-g -n --enable-node-public-ip`.
    pub parameter_set_name: String,
}

pub struct ArmClient {
    transport: Arc<dyn Transport>,
    clock: Arc<dyn Clock>,
    headers: CommandHeaders,
}

impl ArmClient {
    pub fn new(
        transport: Arc<dyn Transport>,
        clock: Arc<dyn Clock>,
        headers: CommandHeaders,
    ) -> Self {
        ArmClient {
            transport,
            clock,
            headers,
        }
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    fn request(&self, method: Method, url: String) -> ArmRequest {
        let mut req = ArmRequest::new(method, url);
        req.headers
            .push(("Accept".into(), "application/json".into()));
        if !self.headers.command_name.is_empty() {
            req.headers
                .push(("CommandName".into(), self.headers.command_name.clone()));
            req.headers.push((
                "ParameterSetName".into(),
                self.headers.parameter_set_name.clone(),
            ));
        }
        req
    }

    /// Sends one request; non-2xx answers become the ARM error az prints.
    pub async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        let resp = self.transport.send(req).await?;
        if resp.is_success() {
            Ok(resp)
        } else {
            Err(envelope::to_error(&resp))
        }
    }

    /// GET a resource.
    pub async fn get(&self, path: &str, api: &str) -> Result<Value> {
        let resp = self
            .send(self.request(Method::GET, with_api_version(path, api)))
            .await?;
        json(&resp)
    }

    /// GET a resource that may not exist: 404 gives `None`.
    pub async fn get_opt(&self, path: &str, api: &str) -> Result<Option<Value>> {
        match self.get(path, api).await {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// GET a collection, following `nextLink` until the last page.
    pub async fn list(&self, path: &str, api: &str) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        let mut url = with_api_version(path, api);
        loop {
            let page = json(&self.send(self.request(Method::GET, url)).await?)?;
            if let Some(values) = page.get("value").and_then(Value::as_array) {
                items.extend(values.iter().cloned());
            }
            match page.get("nextLink").and_then(Value::as_str) {
                Some(next) if !next.is_empty() => url = next.to_string(),
                _ => return Ok(items),
            }
        }
    }

    /// PUT a resource. With `Wait::Yes` the operation is followed to its end and the resource
    /// is read back; with `Wait::No` the first response's body is returned.
    pub async fn put(&self, path: &str, api: &str, body: &Value, wait: Wait) -> Result<Value> {
        let url = with_api_version(path, api);
        let resp = self
            .send(self.request(Method::PUT, url.clone()).with_json(body))
            .await?;
        if wait == Wait::No {
            return json(&resp);
        }
        self.finish_lro(&resp, &url).await?;
        self.get(path, api).await
    }

    /// POST an action (`register`, `runCommand`). Empty bodies are sent as `Content-Length: 0`.
    pub async fn post(&self, path: &str, api: &str, body: Option<&Value>) -> Result<ArmResponse> {
        let mut req = self.request(Method::POST, with_api_version(path, api));
        if let Some(b) = body {
            req = req.with_json(b);
        }
        self.send(req).await
    }

    /// DELETE a resource; with `Wait::Yes` the operation is followed to its end.
    pub async fn delete(&self, path: &str, api: &str, wait: Wait) -> Result<()> {
        let url = with_api_version(path, api);
        let resp = self.send(self.request(Method::DELETE, url.clone())).await?;
        if wait == Wait::Yes && resp.status == 202 {
            self.finish_lro(&resp, &url).await?;
        }
        Ok(())
    }

    /// Polls a long-running operation until a terminal status. Only `status` decides (az
    /// ignores an `error` on an in-progress poll).
    pub async fn finish_lro(&self, first: &ArmResponse, resource_url: &str) -> Result<()> {
        let _ = resource_url;
        let Some(poll_url) = first
            .header("Azure-AsyncOperation")
            .or_else(|| first.header("Location"))
            .map(str::to_string)
        else {
            return Ok(());
        };
        let mut delay = retry_after(first);
        loop {
            self.clock.sleep(delay).await;
            let resp = self
                .send(self.request(Method::GET, poll_url.clone()))
                .await?;
            delay = retry_after(&resp);
            let body = resp.json_body().unwrap_or(Value::Null);
            let status = body.get("status").and_then(Value::as_str).unwrap_or("");
            match status.to_ascii_lowercase().as_str() {
                "succeeded" => return Ok(()),
                "failed" | "canceled" => {
                    let err = body.get("error").cloned().unwrap_or(Value::Null);
                    let code = err.get("code").and_then(Value::as_str).unwrap_or("");
                    let message = err.get("message").and_then(Value::as_str).unwrap_or("");
                    return Err(AzError::arm(200, code, message));
                }
                // A Location poll answers 202 until done and 200/204 after.
                "" if resp.status != 202 => return Ok(()),
                _ => {}
            }
        }
    }
}

fn json(resp: &ArmResponse) -> Result<Value> {
    resp.json_body()
        .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))
}

/// The wait before the next poll: `Retry-After` (seconds), `retry-after-ms`, or az's 30 s.
fn retry_after(resp: &ArmResponse) -> std::time::Duration {
    use std::time::Duration;
    if let Some(s) = resp
        .header("Retry-After")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
    {
        return Duration::from_secs(s);
    }
    for h in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = resp.header(h).and_then(|v| v.trim().parse::<u64>().ok()) {
            return Duration::from_millis(ms);
        }
    }
    Duration::from_secs(30)
}
