//! Reading a JWT's claims without checking its signature: what az does with the tokens it is
//! given (the tenant of a managed identity's token, the user in an ID token). Verifying
//! signatures is the issuer's business, not a client's.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// The payload (claims) of a compact JWT, `None` when it is not one.
pub fn claims(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A string claim (`tid`, `oid`, ...).
pub fn string_claim(token: &str, name: &str) -> Option<String> {
    claims(token)?.get(name)?.as_str().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_claims_and_refuses_what_is_not_a_jwt() {
        let enc = |v: &str| URL_SAFE_NO_PAD.encode(v);
        let token = format!("{}.{}.sig", enc("{}"), enc(r#"{"tid":"t1","n":1}"#));
        assert_eq!(string_claim(&token, "tid").as_deref(), Some("t1"));
        assert_eq!(string_claim(&token, "n"), None);
        assert_eq!(claims("not-a-jwt"), None);
        assert_eq!(claims("a.%%%.c"), None);
    }
}
