//! What goes over the wire between `client::ArmClient` and a `transport::Transport`, and what
//! the emulator answers. Plain data: no I/O here.

use serde_json::Value;

pub use http::Method;

/// One ARM request. `url` is either relative to the cloud's resource-manager endpoint
/// (`/subscriptions/...?api-version=...`) or absolute (an `Azure-AsyncOperation` URL to poll).
#[derive(Debug, Clone)]
pub struct ArmRequest {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl ArmRequest {
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        ArmRequest {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }
    pub fn with_json(mut self, body: &Value) -> Self {
        // serde_json never fails on a Value.
        self.body = Some(serde_json::to_vec(body).unwrap_or_default());
        self.headers
            .push(("Content-Type".into(), "application/json".into()));
        self
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
    /// The path without scheme, host and query: `/subscriptions/...`.
    pub fn path(&self) -> &str {
        split_url(&self.url).0
    }
    /// The query string without `?`, empty when there is none.
    pub fn query(&self) -> &str {
        split_url(&self.url).1
    }
    pub fn json_body(&self) -> Option<Value> {
        self.body
            .as_deref()
            .filter(|b| !b.is_empty())
            .and_then(|b| serde_json::from_slice(b).ok())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArmResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl ArmResponse {
    pub fn new(status: u16) -> Self {
        ArmResponse {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
    pub fn json(status: u16, body: &Value) -> Self {
        ArmResponse {
            status,
            headers: vec![(
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: serde_json::to_vec(body).unwrap_or_default(),
        }
    }
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
    /// The body as JSON; `Value::Null` for an empty body, an error for a body that is not JSON.
    pub fn json_body(&self) -> Result<Value, serde_json::Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body)
    }
}

/// Whether a path is Microsoft Graph's (`/v1.0/...`, `/beta/...`), which no ARM path is: in
/// the emulator both are served at one base URL.
pub fn is_graph_path(path: &str) -> bool {
    let first = split_url(path)
        .0
        .split('/')
        .find(|s| !s.is_empty())
        .unwrap_or("");
    first.eq_ignore_ascii_case("v1.0") || first.eq_ignore_ascii_case("beta")
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Splits an absolute or relative URL into (path, query), dropping scheme and authority.
pub fn split_url(url: &str) -> (&str, &str) {
    // A relative URL may carry `://` in its query (`resource=https://...`).
    let scheme_end = if url.starts_with('/') {
        None
    } else {
        url.find("://")
    };
    let rest = match scheme_end {
        Some(i) => {
            let after = &url[i + 3..];
            match after.find('/') {
                Some(j) => &after[j..],
                None => "/",
            }
        }
        None => url,
    };
    match rest.find('?') {
        Some(q) => (&rest[..q], &rest[q + 1..]),
        None => (rest, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_absolute_and_relative() {
        assert_eq!(split_url("https://h:1/a/b?x=1"), ("/a/b", "x=1"));
        assert_eq!(split_url("/a/b"), ("/a/b", ""));
        assert_eq!(split_url("https://h"), ("/", ""));
        assert_eq!(
            split_url("/msi/token?resource=https://management.azure.com/"),
            ("/msi/token", "resource=https://management.azure.com/")
        );
    }
}
