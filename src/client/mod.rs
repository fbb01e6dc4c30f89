//! `ArmClient`: ARM calls over a `Transport`, with long-running operations, paging, retries and
//! the error envelope. A `Clock` decides how waiting happens so replay and tests never sleep.
//!
//! - Retries: 408, 429, 500, 502, 503, 504 and connection errors (`ErrorKind::Connection`), at
//!   most `RetryPolicy::max_retries` times; the wait is the server's (`Retry-After` in seconds
//!   or as an HTTP-date, then `retry-after-ms`, `x-ms-retry-after-ms`, as azure-core reads
//!   them), else exponential backoff with jitter. A wait of 0 is no hint (azure-core's
//!   `if retry_after:`), so it backs off too. A server asking for more than
//!   `MAX_RETRY_AFTER` in all, azure-core's 7-day request timeout, fails at once instead of
//!   sleeping that long. ARM's PUT and DELETE are idempotent, so every status is retried
//!   whatever the method; a broken connection is not retried for POST and PATCH, which the
//!   server may have acted on (azure-core's method allow-list).
//! - Long-running operations: `Azure-AsyncOperation` (only its `status` decides: an `error` on an
//!   in-progress poll is ignored, as az does), else `Location` (202 until done), else the
//!   resource's own `provisioningState`. A failed operation is printed as az prints it.
//! - `--debug`: every request and response goes to a callback, secrets redacted.

pub mod clock;
pub mod graph;
mod policy_token;

pub use policy_token::PolicyToken;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::arm::{ArmRequest, ArmResponse, Method, envelope, id::with_api_version};
use crate::error::{AzError, ErrorKind, Result};
use crate::redact::{redact_header, redact_text_body};
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
#[derive(Debug, Clone)]
pub struct CommandHeaders {
    /// `CommandName`, e.g. `aks create`.
    pub command_name: String,
    /// `ParameterSetName`, the flags given in order, e.g. `-g -n --enable-node-public-ip`.
    pub parameter_set_name: String,
    /// Headers on every write (not on GETs): `--aks-custom-headers`, `--if-match`,
    /// `--if-none-match`, as az's SDK calls pass them to the create, update or delete.
    /// Or why they cannot be built (a malformed `--aks-custom-headers`): az finds out when it
    /// builds the write, so the reads before it still go out and the write fails unsent.
    pub write_headers: std::result::Result<Vec<(String, String)>, AzError>,
    /// `--acquire-policy-token`/`--change-reference`: a policy token before every non-GET.
    pub policy: Option<PolicyToken>,
}

impl Default for CommandHeaders {
    fn default() -> Self {
        CommandHeaders {
            command_name: String::new(),
            parameter_set_name: String::new(),
            write_headers: Ok(Vec::new()),
            policy: None,
        }
    }
}

/// Receives `--debug` lines (the app prefixes them with `DEBUG: ` on stderr).
pub type DebugLog = Arc<dyn Fn(&str) + Send + Sync>;

/// How often and how long to retry throttled or failed requests.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The first backoff; it doubles with each retry.
    pub base: Duration,
    /// The longest backoff (a server's `Retry-After` may ask for more).
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base: Duration::from_millis(800),
            max_backoff: Duration::from_secs(60),
        }
    }
}

/// The wait between polls when the server names none (azure-core's ARM default).
const DEFAULT_POLL: Duration = Duration::from_secs(30);

/// The longest a request may wait on the server's say-so, in all: azure-core's `RetryPolicy`
/// `timeout` (604800 s), after which it gives up on the request.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(604_800);

pub struct ArmClient {
    transport: Arc<dyn Transport>,
    clock: Arc<dyn Clock>,
    headers: CommandHeaders,
    retry: RetryPolicy,
    debug: Option<DebugLog>,
    /// Microsoft Graph's base URL, without a trailing slash (`graph::Graph`).
    graph_base: String,
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
            retry: RetryPolicy::default(),
            debug: None,
            graph_base: "https://graph.microsoft.com".into(),
        }
    }

    /// Logs every request and response through `log` (`--debug`).
    pub fn with_debug(mut self, log: DebugLog) -> Self {
        self.debug = Some(log);
        self
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    pub fn request(&self, method: Method, url: String) -> ArmRequest {
        let mut req = self.plain_request(method, url);
        if method_writes(&req.method)
            && let Ok(headers) = &self.headers.write_headers
        {
            req.headers.extend(headers.iter().cloned());
        }
        req
    }

    /// A request with the headers az puts on every call, without the command's write headers.
    fn plain_request(&self, method: Method, url: String) -> ArmRequest {
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

    fn log(&self, line: &str) {
        if let Some(d) = &self.debug {
            d(line);
        }
    }

    fn log_request(&self, req: &ArmRequest) {
        if self.debug.is_none() {
            return;
        }
        self.log(&format!("Request URL: '{}'", req.url));
        self.log(&format!("Request method: '{}'", req.method));
        self.log("Request headers:");
        for (k, v) in &req.headers {
            self.log(&format!("    '{k}': '{}'", redact_header(k, v)));
        }
        match req.body.as_deref().filter(|b| !b.is_empty()) {
            Some(b) => {
                self.log("Request body:");
                self.log(&redact_text_body(&String::from_utf8_lossy(b)));
            }
            None => self.log("No body was attached to the request"),
        }
    }

    fn log_response(&self, result: &Result<ArmResponse>) {
        if self.debug.is_none() {
            return;
        }
        match result {
            Ok(resp) => {
                self.log(&format!("Response status: {}", resp.status));
                self.log("Response headers:");
                for (k, v) in &resp.headers {
                    self.log(&format!("    '{k}': '{}'", redact_header(k, v)));
                }
                if !resp.body.is_empty() {
                    self.log("Response content:");
                    self.log(&redact_text_body(&String::from_utf8_lossy(&resp.body)));
                }
            }
            Err(e) => self.log(&format!("Request failed: {}", e.message)),
        }
    }

    /// Sends one request, retrying throttling, server errors and broken connections; returns
    /// the last response whatever its status.
    pub async fn send_raw(&self, req: ArmRequest) -> Result<ArmResponse> {
        if method_writes(&req.method)
            && let Err(e) = &self.headers.write_headers
        {
            return Err(e.clone());
        }
        let req = self.with_policy_token(req).await?;
        self.send_retrying(req).await
    }

    /// `send_raw` without the write checks and hooks: the request as it is, with retries.
    async fn send_retrying(&self, req: ArmRequest) -> Result<ArmResponse> {
        let mut attempt = 0;
        let mut last: Option<ArmResponse> = None;
        let mut waited = Duration::ZERO;
        loop {
            self.log_request(&req);
            let result = self.transport.send(req.clone()).await;
            self.log_response(&result);
            let server_wait = match &result {
                Ok(resp) if is_retryable(resp.status) => retry_after(resp, self.clock.now())?,
                Err(e) if e.kind == ErrorKind::Connection && !may_have_acted(&req.method) => None,
                // A cassette that recorded no retry ends here: the recorded answer stands.
                Err(e) if e.kind == ErrorKind::Transport && last.is_some() => {
                    return Ok(last.take().unwrap_or_else(|| ArmResponse::new(500)));
                }
                _ => return result,
            };
            if let Ok(resp) = &result {
                last = Some(resp.clone());
            }
            if attempt >= self.retry.max_retries {
                return result;
            }
            let delay = server_wait
                .filter(|d| !d.is_zero())
                .unwrap_or_else(|| self.backoff(attempt));
            waited = check_total_wait(waited, delay)?;
            self.log(&format!(
                "Retrying {} {} in {:.3}s (retry {} of {})",
                req.method,
                req.url,
                delay.as_secs_f64(),
                attempt + 1,
                self.retry.max_retries
            ));
            self.clock.sleep(delay).await;
            attempt += 1;
        }
    }

    /// Exponential backoff with ±20% jitter, so parallel clients do not retry in step.
    fn backoff(&self, attempt: u32) -> Duration {
        use rand::Rng;
        let exp = self
            .retry
            .base
            .saturating_mul(1u32.checked_shl(attempt).unwrap_or(u32::MAX));
        let capped = exp.min(self.retry.max_backoff);
        capped.mul_f64(rand::thread_rng().gen_range(0.8..=1.2))
    }

    /// Sends one request (with retries); non-2xx answers become the ARM error az prints.
    pub async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        let resp = self.send_raw(req).await?;
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
        let mut seen = std::collections::HashSet::new();
        loop {
            seen.insert(url.clone());
            let page = json(&self.send(self.request(Method::GET, url)).await?)?;
            if let Some(values) = page.get("value").and_then(Value::as_array) {
                items.extend(values.iter().cloned());
            }
            match page.get("nextLink").and_then(Value::as_str) {
                // A server handing out the same link again would loop forever.
                Some(next) if !next.is_empty() && !seen.contains(next) => url = next.to_string(),
                _ => return Ok(items),
            }
        }
    }

    /// PUT a resource. With `Wait::Yes` the operation is followed to its end and the resource
    /// is read back; with `Wait::No` the first response's body is returned.
    pub async fn put(&self, path: &str, api: &str, body: &Value, wait: Wait) -> Result<Value> {
        self.put_with_headers(path, api, body, wait, &[]).await
    }

    /// `put` with extra request headers on the PUT (az's `--aks-custom-headers`).
    pub async fn put_with_headers(
        &self,
        path: &str,
        api: &str,
        body: &Value,
        wait: Wait,
        headers: &[(String, String)],
    ) -> Result<Value> {
        let url = with_api_version(path, api);
        let mut req = self.request(Method::PUT, url).with_json(body);
        req.headers.extend(headers.iter().cloned());
        let resp = self.send(req).await?;
        if wait == Wait::No {
            return json(&resp);
        }
        self.put_finish(&resp, path, api).await
    }

    /// The first half of `put`: the PUT alone, for callers that act before following the
    /// operation (az grants a role on a cluster's subnet in between).
    pub async fn put_begin(&self, path: &str, api: &str, body: &Value) -> Result<ArmResponse> {
        let url = with_api_version(path, api);
        self.send(self.request(Method::PUT, url).with_json(body))
            .await
    }

    /// The second half of `put`: follows the operation `first` started, reads the resource back.
    pub async fn put_finish(&self, first: &ArmResponse, path: &str, api: &str) -> Result<Value> {
        let url = with_api_version(path, api);
        if has_operation_headers(first) {
            self.finish_lro(first, &url).await?;
            return self.get(path, api).await;
        }
        let body = json(first)?;
        self.poll_provisioning_state(body, &url).await
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
        if wait == Wait::Yes && matches!(resp.status, 201 | 202) && has_operation_headers(&resp) {
            self.finish_lro(&resp, &url).await?;
        }
        Ok(())
    }

    /// Follows a long-running operation to a terminal status. `Azure-AsyncOperation` first:
    /// only its `status` decides (az ignores an `error` on an in-progress poll). Else
    /// `Location`: 202 while running, any other success when done.
    pub async fn finish_lro(&self, first: &ArmResponse, resource_url: &str) -> Result<()> {
        let mut delay = poll_delay(first, self.clock.now())?;
        if let Some(op_url) = first.header("Azure-AsyncOperation").map(str::to_string) {
            loop {
                self.clock.sleep(delay).await;
                let resp = self.send(self.request(Method::GET, op_url.clone())).await?;
                delay = poll_delay(&resp, self.clock.now())?;
                let body = resp.json_body().unwrap_or(Value::Null);
                let status = body.get("status").and_then(Value::as_str).unwrap_or("");
                match status.to_ascii_lowercase().as_str() {
                    "succeeded" => return Ok(()),
                    "failed" | "canceled" | "cancelled" => {
                        return Err(operation_failed(resp.status, &body));
                    }
                    _ => {}
                }
            }
        }
        if let Some(loc) = first.header("Location").map(str::to_string) {
            loop {
                self.clock.sleep(delay).await;
                let resp = self.send(self.request(Method::GET, loc.clone())).await?;
                if resp.status != 202 {
                    let body = resp.json_body().unwrap_or(Value::Null);
                    let status = body.get("status").and_then(Value::as_str).unwrap_or("");
                    if matches!(
                        status.to_ascii_lowercase().as_str(),
                        "failed" | "canceled" | "cancelled"
                    ) {
                        return Err(operation_failed(resp.status, &body));
                    }
                    return Ok(());
                }
                delay = poll_delay(&resp, self.clock.now())?;
            }
        }
        let _ = resource_url;
        Ok(())
    }

    /// Reads `url` until `done` says its body is final, waiting between reads as the last
    /// answer asks (else `default_wait`), and returns that body. For resources that are their
    /// own operation, such as run command's `commandResults`.
    pub async fn poll_until(
        &self,
        url: &str,
        first: &ArmResponse,
        default_wait: Duration,
        done: impl Fn(&Value) -> bool,
    ) -> Result<Value> {
        let mut delay = server_wait_or(first, self.clock.now(), default_wait)?;
        loop {
            self.clock.sleep(delay).await;
            let resp = self
                .send(self.request(Method::GET, url.to_string()))
                .await?;
            delay = server_wait_or(&resp, self.clock.now(), default_wait)?;
            let body = resp.json_body().unwrap_or(Value::Null);
            if done(&body) {
                return Ok(body);
            }
        }
    }

    /// A PUT answered without operation headers: while the resource's `provisioningState` is
    /// not terminal, read the resource again.
    async fn poll_provisioning_state(&self, mut body: Value, url: &str) -> Result<Value> {
        loop {
            let state = provisioning_state(&body).unwrap_or_default();
            match state.to_ascii_lowercase().as_str() {
                "" | "succeeded" => return Ok(body),
                "failed" | "canceled" | "cancelled" => {
                    return Err(AzError::arm(
                        200,
                        "",
                        format!("The resource's provisioning state is '{state}'"),
                    ));
                }
                _ => {
                    self.clock.sleep(DEFAULT_POLL).await;
                    body = json(
                        &self
                            .send(self.request(Method::GET, url.to_string()))
                            .await?,
                    )?;
                }
            }
        }
    }
}

fn method_writes(method: &Method) -> bool {
    *method != Method::GET && *method != Method::HEAD
}

fn has_operation_headers(resp: &ArmResponse) -> bool {
    resp.header("Azure-AsyncOperation").is_some() || resp.header("Location").is_some()
}

fn provisioning_state(body: &Value) -> Option<String> {
    body.get("properties")
        .and_then(|p| p.get("provisioningState"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The error az prints for a failed operation: the operation's `error` as an ARM error.
fn operation_failed(status: u16, body: &Value) -> AzError {
    let err = body.get("error").cloned().unwrap_or(Value::Null);
    let code = err.get("code").and_then(Value::as_str).unwrap_or("");
    let message = err.get("message").and_then(Value::as_str).unwrap_or("");
    if code.is_empty() && message.is_empty() {
        return AzError::arm(status, "", "Operation failed or canceled");
    }
    // A 404 poll status would make this look like a missing resource; the operation failed.
    AzError::arm(if status == 404 { 200 } else { status }, code, message)
}

fn json(resp: &ArmResponse) -> Result<Value> {
    resp.json_body()
        .map_err(|e| AzError::transport(format!("The response is not valid JSON: {e}")))
}

fn is_retryable(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

/// A connection that broke after the request may have reached the server: azure-core retries
/// only the methods on its allow-list, which leaves out POST and PATCH.
fn may_have_acted(method: &Method) -> bool {
    *method == Method::POST || *method == Method::PATCH
}

/// The server's requested wait, as azure-core's `get_retry_after` reads it: `Retry-After`
/// (seconds, possibly fractional, or an HTTP-date; negative or past is 0), else
/// `retry-after-ms`, then `x-ms-retry-after-ms`. A value beyond `MAX_RETRY_AFTER` (`1e300`)
/// is an error naming the header, never a panic or a sleep for ages.
pub fn retry_after(resp: &ArmResponse, now: SystemTime) -> Result<Option<Duration>> {
    if let Some(v) = resp
        .header("Retry-After")
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        if let Ok(s) = v.parse::<f64>() {
            return seconds_to_wait("Retry-After", v, s).map(Some);
        }
        let Some(when) = parse_http_date(v) else {
            return Ok(None);
        };
        let wait = when.duration_since(now).unwrap_or_default();
        if wait > MAX_RETRY_AFTER {
            return Err(too_long("Retry-After", v));
        }
        return Ok(Some(wait));
    }
    for h in ["retry-after-ms", "x-ms-retry-after-ms"] {
        let Some(v) = resp.header(h).map(str::trim).filter(|v| !v.is_empty()) else {
            continue;
        };
        if let Ok(ms) = v.parse::<f64>() {
            return seconds_to_wait(h, v, ms / 1000.0).map(Some);
        }
    }
    Ok(None)
}

/// Seconds from a header as a wait: NaN and negatives are 0 (Python's `max(0, delay)`).
fn seconds_to_wait(header: &str, value: &str, secs: f64) -> Result<Duration> {
    if secs.is_nan() || secs <= 0.0 {
        return Ok(Duration::ZERO);
    }
    match Duration::try_from_secs_f64(secs) {
        Ok(d) if d <= MAX_RETRY_AFTER => Ok(d),
        _ => Err(too_long(header, value)),
    }
}

fn too_long(header: &str, value: &str) -> AzError {
    AzError::transport(format!(
        "The server asked to wait '{header}: {value}' before retrying, more than the {} seconds (7 days) a request may wait; giving up.",
        MAX_RETRY_AFTER.as_secs()
    ))
}

/// Adds `delay` to the waits so far; past `MAX_RETRY_AFTER` the request is given up.
fn check_total_wait(waited: Duration, delay: Duration) -> Result<Duration> {
    let total = waited.saturating_add(delay);
    if total > MAX_RETRY_AFTER {
        return Err(AzError::transport(format!(
            "The server's retry waits add up to {:.0} seconds, more than the {} seconds (7 days) a request may wait; giving up.",
            total.as_secs_f64(),
            MAX_RETRY_AFTER.as_secs()
        )));
    }
    Ok(total)
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 IMF-fixdate).
fn parse_http_date(s: &str) -> Option<SystemTime> {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let t = time::PrimitiveDateTime::parse(s, fmt).ok()?;
    Some(SystemTime::from(t.assume_utc()))
}

/// The wait before the next poll: the server's, or az's 30 s.
fn poll_delay(resp: &ArmResponse, now: SystemTime) -> Result<Duration> {
    server_wait_or(resp, now, DEFAULT_POLL)
}

/// The server's requested wait, else `default` (a zero hint is no hint, as in azure-core); a
/// wait too long to sleep is an error naming the header.
fn server_wait_or(resp: &ArmResponse, now: SystemTime, default: Duration) -> Result<Duration> {
    Ok(retry_after(resp, now)?
        .filter(|d| !d.is_zero())
        .unwrap_or(default))
}

#[cfg(test)]
mod tests;
