//! What `azr login` was asked to do, validated (`cli::login::LoginArgs::into_spec`).

use crate::error::{AzError, Result};

/// A validated `login` line: who signs in, and which subscriptions it looks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Login {
    pub spec: LoginSpec,
    pub discovery: Discovery,
    /// `--use-cert-sn-issuer`: a certificate's assertions carry its chain, and the accounts
    /// say so (`user.useCertSNIssuerAuth`, whatever the credential, as az writes it).
    pub cert_sn_issuer: bool,
    /// `--scope`: what the sign-in asks for instead of ARM (a user's sign-in, or a service
    /// principal's first token); ARM's token comes after.
    pub scopes: Vec<String>,
}

/// Which subscriptions a login looks for and which becomes the default (`--subscription/-s`,
/// `--skip-subscription-discovery`), as az's `Profile.login` applies them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discovery {
    /// The subscription (id or name) to make the default; with `skip`, the only one fetched.
    pub subscription: Option<String>,
    /// No `GET /subscriptions`: only `subscription` (one GET), else a tenant-level account.
    pub skip: bool,
}

impl Discovery {
    /// az's usage checks of the two flags (`profile/custom.py` `login`).
    pub fn check(&self, tenant: Option<&str>) -> Result<()> {
        if !self.skip {
            return Ok(());
        }
        if tenant.is_none_or(str::is_empty) {
            return Err(AzError::validation(
                "usage error: '--skip-subscription-discovery' requires '--tenant'",
            ));
        }
        if let Some(s) = &self.subscription
            && !is_uuid(s)
        {
            return Err(AzError::validation(
                "usage error: '--subscription' must be a subscription ID (GUID), not a name, \
                 when combined with '--skip-subscription-discovery'.",
            ));
        }
        Ok(())
    }

    /// No ARM subscription call at all: a tenant-level account only.
    pub fn bare(&self) -> bool {
        self.skip && self.subscription.is_none()
    }
}

/// az's `is_guid`: what Python's `uuid.UUID` takes (braces, `urn:uuid:`, hyphens anywhere or
/// none around 32 hex digits).
fn is_uuid(s: &str) -> bool {
    let hex = s.replace("urn:", "").replace("uuid:", "");
    let hex = hex.trim_matches(|c| c == '{' || c == '}').replace('-', "");
    hex.len() == 32 && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// What kind of login, validated.
#[derive(Clone, PartialEq)]
pub enum LoginSpec {
    Secret {
        client_id: String,
        secret: String,
        tenant: String,
        allow_no_subscriptions: bool,
    },
    /// A service principal's client assertion (`--federated-token`: an OIDC token from a CI
    /// pipeline or another identity provider), kept and re-sent for later tokens as az does.
    FederatedToken {
        client_id: String,
        assertion: String,
        tenant: String,
        allow_no_subscriptions: bool,
    },
    Certificate {
        client_id: String,
        path: std::path::PathBuf,
        tenant: String,
        allow_no_subscriptions: bool,
    },
    Identity {
        client_id: Option<String>,
        object_id: Option<String>,
        resource_id: Option<String>,
        allow_no_subscriptions: bool,
    },
    /// A user, through the browser (authorization code with PKCE) or a device code.
    User {
        tenant: Option<String>,
        use_device_code: bool,
        allow_no_subscriptions: bool,
        /// `--claims-challenge`, decoded and merged with az's client capability.
        claims: Option<String>,
    },
}

// The secret never reaches a debug print.
impl std::fmt::Debug for LoginSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoginSpec::Secret {
                client_id, tenant, ..
            } => write!(f, "Secret {{ client_id: {client_id}, tenant: {tenant} }}"),
            LoginSpec::FederatedToken {
                client_id, tenant, ..
            } => write!(
                f,
                "FederatedToken {{ client_id: {client_id}, tenant: {tenant} }}"
            ),
            LoginSpec::Certificate {
                client_id,
                path,
                tenant,
                ..
            } => write!(
                f,
                "Certificate {{ client_id: {client_id}, path: {}, tenant: {tenant} }}",
                path.display()
            ),
            LoginSpec::Identity { client_id, .. } => {
                write!(f, "Identity {{ client_id: {client_id:?} }}")
            }
            LoginSpec::User {
                tenant,
                use_device_code,
                ..
            } => write!(
                f,
                "User {{ tenant: {tenant:?}, use_device_code: {use_device_code} }}"
            ),
        }
    }
}

/// `--claims-challenge` as az reads it (`util.b64decode`: Python's lenient base64, characters
/// outside the alphabet skipped, then latin-1), merged as MSAL merges it with az's client
/// capability `CP1` (`{"access_token": {"xms_cc": {"values": ["CP1"]}}}`) unless
/// `AZURE_IDENTITY_DISABLE_CP1` is set (`cp1` false).
pub fn claims_challenge(value: &str, cp1: bool) -> Result<String> {
    use base64::Engine;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let bad = |why: String| {
        AzError::validation(format!(
            "argument --claims-challenge: not valid base64 ({why}): '{value}'"
        ))
    };
    let data: String = value
        .chars()
        .take_while(|c| *c != '=')
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
        .collect();
    let pads = value
        .chars()
        .skip_while(|c| *c != '=')
        .filter(|c| *c == '=')
        .count();
    match data.len() % 4 {
        1 => {
            return Err(bad(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
                 than a multiple of 4",
                data.len()
            )));
        }
        r @ (2 | 3) if pads < 4 - r => return Err(bad("Incorrect padding".into())),
        _ => {}
    }
    let lenient = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::RequireNone),
    );
    let bytes = lenient.decode(&data).map_err(|e| bad(e.to_string()))?;
    let text: String = bytes.iter().map(|b| char::from(*b)).collect();
    if !cp1 {
        return Ok(text);
    }
    let mut claims: serde_json::Value = if text.is_empty() {
        serde_json::json!({})
    } else {
        serde_json::from_str(&text).map_err(|e| {
            AzError::validation(format!(
                "argument --claims-challenge: the decoded claims are not JSON ({e}): '{text}'"
            ))
        })?
    };
    let Some(obj) = claims.as_object_mut() else {
        return Err(AzError::validation(format!(
            "argument --claims-challenge: the decoded claims are not a JSON object: '{text}'"
        )));
    };
    let at = obj
        .entry("access_token")
        .or_insert_with(|| serde_json::json!({}));
    if let Some(at) = at.as_object_mut() {
        at.insert("xms_cc".into(), serde_json::json!({"values": ["CP1"]}));
    }
    Ok(claims.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_ids_are_what_python_s_uuid_takes() {
        for ok in [
            "00000000-0000-0000-0000-000000000001",
            "{00000000-0000-0000-0000-000000000001}",
            "urn:uuid:00000000-0000-0000-0000-000000000001",
            "00000000000000000000000000000001",
        ] {
            assert!(is_uuid(ok), "{ok}");
        }
        for bad in [
            "Sub One",
            "0000-0001",
            "00000000-0000-0000-0000-00000000000g",
            "",
        ] {
            assert!(!is_uuid(bad), "{bad}");
        }
    }

    #[test]
    fn claims_challenge_decodes_as_az_and_adds_cp1() {
        // {"access_token":{"nbf":{"essential":true,"value":"1"}}}
        let v = "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxIn19fQ==";
        assert_eq!(
            claims_challenge(v, false).unwrap(),
            r#"{"access_token":{"nbf":{"essential":true,"value":"1"}}}"#
        );
        let merged: serde_json::Value =
            serde_json::from_str(&claims_challenge(v, true).unwrap()).unwrap();
        assert_eq!(
            merged,
            serde_json::json!({"access_token": {"nbf": {"essential": true, "value": "1"},
                                                "xms_cc": {"values": ["CP1"]}}})
        );
        // Python's messages for what it cannot decode, naming the flag and the value.
        assert_eq!(
            claims_challenge("a", true).unwrap_err().message,
            "argument --claims-challenge: not valid base64 (Invalid base64-encoded string: \
             number of data characters (1) cannot be 1 more than a multiple of 4): 'a'"
        );
        assert_eq!(
            claims_challenge("abc", true).unwrap_err().message,
            "argument --claims-challenge: not valid base64 (Incorrect padding): 'abc'"
        );
        // Characters outside the alphabet are skipped, as Python skips them.
        assert_eq!(claims_challenge("!!!!", false).unwrap(), "");
        assert_eq!(claims_challenge("e30", false).unwrap_err().exit_code(), 1);
        assert_eq!(claims_challenge("e30=", false).unwrap(), "{}");
        assert!(
            claims_challenge("bm90IGpzb24=", true)
                .unwrap_err()
                .message
                .contains("not JSON")
        );
    }
}
