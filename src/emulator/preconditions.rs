//! ARM's conditional writes: `If-Match` and `If-None-Match` on a PUT, PATCH or DELETE are
//! compared with the resource as it stands (a GET of the same path, in the same transaction);
//! when they do not hold, 412 and nothing changes.

use serde_json::Value;

use super::router::Req;
use super::util::{ApiError, R};
use crate::arm::{ArmResponse, Method};

/// The etag without its quotes or weak marker, for comparing.
fn bare(etag: &str) -> &str {
    let etag = etag.strip_prefix("W/").unwrap_or(etag);
    etag.trim_matches(|c| c == '"' || c == '\'')
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Checks the request's conditions against the current resource, read with `get`.
pub fn check(
    req: &Req,
    headers: &[(String, String)],
    get: impl FnOnce(&Req) -> R<ArmResponse>,
) -> R<()> {
    let writes =
        req.method == Method::PUT || req.method == Method::PATCH || req.method == Method::DELETE;
    let if_match = header(headers, "If-Match");
    let if_none_match = header(headers, "If-None-Match");
    if !writes || (if_match.is_none() && if_none_match.is_none()) {
        return Ok(());
    }
    let read = Req {
        method: Method::GET,
        segs: req.segs.clone(),
        low: req.low.clone(),
        query: req.query.clone(),
        api_version: req.api_version.clone(),
        raw_body: None,
        path: req.path.clone(),
    };
    let current: Option<String> = match get(&read) {
        Ok(resp) if resp.status == 200 => {
            let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
            Some(
                // agent pools keep theirs in properties
                body.get("eTag")
                    .or_else(|| body.get("etag"))
                    .or_else(|| body.pointer("/properties/eTag"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
            )
        }
        Ok(_) => None,
        Err(e) if e.status == 404 => None,
        Err(e) => return Err(e),
    };
    let holds = match (if_match, if_none_match) {
        (Some("*"), _) => current.is_some(),
        (Some(etag), _) => current.as_deref().is_some_and(|c| bare(c) == bare(etag)),
        (None, Some("*")) => current.is_none(),
        (None, Some(etag)) => current.as_deref().is_none_or(|c| bare(c) != bare(etag)),
        (None, None) => true,
    };
    if holds {
        Ok(())
    } else {
        Err(ApiError::new(
            412,
            "PreconditionFailed",
            "The condition specified using HTTP conditional header(s) is not met.",
        ))
    }
}
