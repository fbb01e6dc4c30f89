//! ARM's error envelope: `{"error": {"code", "message", "target"?, "details"?}}`.

use serde_json::{Value, json};

use crate::error::AzError;

use super::wire::ArmResponse;

/// The body ARM sends with an error status.
pub fn error_body(code: &str, message: &str) -> Value {
    json!({"error": {"code": code, "message": message}})
}

/// Turns a non-2xx response into the error az prints. A body without an envelope still
/// gives a readable message built from the status.
pub fn to_error(resp: &ArmResponse) -> AzError {
    let body = resp.json_body().unwrap_or(Value::Null);
    let err = body
        .get("error")
        .or_else(|| body.get("odata.error"))
        .unwrap_or(&body);
    let code = err.get("code").and_then(Value::as_str).unwrap_or("");
    let message = match err.get("message") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(m)) => m
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        _ => String::new(),
    };
    if code.is_empty() && message.is_empty() {
        let text = String::from_utf8_lossy(&resp.body).trim().to_string();
        let message = if text.is_empty() {
            format!(
                "Operation returned an invalid status '{}'",
                reason_phrase(resp.status)
            )
        } else {
            text
        };
        return AzError::arm(resp.status, "", message);
    }
    let mut error = AzError::arm(resp.status, code, message);
    // azure-core's ODataV4Format prints the target after the message.
    if let Some(target) = err.get("target").and_then(Value::as_str) {
        error.message.push_str(&format!("\nTarget: {target}"));
    }
    error
}

pub fn reason_phrase(status: u16) -> &'static str {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_prints_as_az() {
        let resp = ArmResponse::json(
            404,
            &error_body(
                "ResourceGroupNotFound",
                "Resource group 'nosuchrg' could not be found.",
            ),
        );
        let e = to_error(&resp);
        assert_eq!(
            e.message,
            "(ResourceGroupNotFound) Resource group 'nosuchrg' could not be found.\nCode: ResourceGroupNotFound\nMessage: Resource group 'nosuchrg' could not be found."
        );
        assert_eq!(e.exit_code(), 3);
    }

    #[test]
    fn a_target_is_printed_after_the_message() {
        let body = json!({"error": {"code": "InvalidParameter", "message": "Bad.", "target": "properties.x"}});
        let e = to_error(&ArmResponse::json(400, &body));
        assert_eq!(
            e.message,
            "(InvalidParameter) Bad.\nCode: InvalidParameter\nMessage: Bad.\nTarget: properties.x"
        );
    }

    #[test]
    fn bare_status_has_a_message() {
        let e = to_error(&ArmResponse::new(503));
        assert_eq!(
            e.message,
            "Operation returned an invalid status 'Service Unavailable'"
        );
        assert_eq!(e.exit_code(), 1);
    }
}
