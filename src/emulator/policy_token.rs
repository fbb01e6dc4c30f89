//! Azure Policy tokens (`POST .../providers/Microsoft.Authorization/acquirePolicyToken`): a
//! token is issued for one operation (method and URL) and a write that carries one in
//! `x-ms-policy-external-evaluations` is refused unless the token was issued for it. The
//! token is self-describing (base64 of the operation it covers), so no state is kept.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::router::{Req, RequestContext, ok};
use super::util::{ApiError, R};
use crate::arm::{ArmResponse, Method};

/// The header az puts the token in on the write.
pub const HEADER: &str = "x-ms-policy-external-evaluations";

/// The path and query of an absolute or relative URL, lower-cased for comparing.
fn path_and_query(uri: &str) -> String {
    let rest = match uri.split_once("://") {
        Some((_, after)) => after.find('/').map_or("/", |i| &after[i..]),
        None => uri,
    };
    rest.to_ascii_lowercase()
}

/// `acquirePolicyToken`: the body names the operation (`operation.uri`, `operation.httpMethod`)
/// and an optional `changeReference`; the answer carries the token for it.
pub fn acquire(ctx: &RequestContext, req: &Req) -> R<ArmResponse> {
    if req.method != Method::POST {
        return Err(super::router::method_not_allowed(&req.method));
    }
    let body = req.body()?;
    let operation = body.get("operation").filter(|o| o.is_object());
    let field = |name: &str| {
        operation
            .and_then(|o| o.get(name))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let (Some(uri), Some(method)) = (field("uri"), field("httpMethod")) else {
        return Err(ApiError::bad_request(
            "InvalidRequestContent",
            "The request content must name the operation: 'operation.uri' and 'operation.httpMethod' are required.",
        ));
    };
    let change_reference = body.get("changeReference").cloned().unwrap_or(Value::Null);
    let covered = json!({
        "httpMethod": method.to_ascii_uppercase(),
        "uri": path_and_query(uri),
        "changeReference": change_reference,
    });
    let token = URL_SAFE_NO_PAD.encode(covered.to_string());
    let expiration = super::util::rfc3339(ctx.now + 5 * 60 * 1000);
    Ok(ok(
        200,
        &json!({
            "result": "Succeeded",
            "token": token,
            "tokenId": super::util::new_guid(),
            "changeReference": change_reference,
            "expiration": expiration,
        }),
    ))
}

/// A write carrying a policy token goes ahead only when the token covers it.
pub fn check(req: &Req, url: &str, headers: &[(String, String)]) -> R<()> {
    let Some((_, token)) = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(HEADER)) else {
        return Ok(());
    };
    let covered = URL_SAFE_NO_PAD
        .decode(token.trim())
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let matches = covered.as_ref().is_some_and(|c| {
        c.get("httpMethod").and_then(Value::as_str) == Some(req.method.as_str())
            && c.get("uri").and_then(Value::as_str) == Some(path_and_query(url).as_str())
    });
    if matches {
        return Ok(());
    }
    Err(ApiError::bad_request(
        "InvalidPolicyToken",
        format!(
            "The policy token in the '{HEADER}' header was not issued for this operation ('{} {}').",
            req.method, req.path
        ),
    ))
}
