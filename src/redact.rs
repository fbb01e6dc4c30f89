//! What never leaves azr in clear. Logs (`--debug`) lose secrets: tokens, client secrets,
//! passwords, keys, and secret headers. Recordings (cassettes) lose those and also ssh public
//! keys and subscription and tenant ids (az's zero subscription), so a recording can be shared.

use serde_json::Value;

use crate::arm::id::is_guid;

/// az's recordings use this subscription id in place of the real one.
pub const ZERO_SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
/// What a secret value is replaced with.
pub const SECRET_PLACEHOLDER: &str = "<redacted>";
/// What an ssh public key is replaced with.
pub const SSH_KEY_PLACEHOLDER: &str = "ssh-rsa <redacted>";

/// How much a value loses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Secrets only: for logs, which keep ids and public keys.
    Secrets,
    /// Secrets, ssh public keys and subscription/tenant ids: for recordings.
    SecretsAndIds,
}

fn walk(v: &Value, key: &str, strength: Strength) -> Value {
    match v {
        // `listClusterUserCredential`'s answer: each kubeconfig (base64 YAML) keeps its shape,
        // its credentials go.
        Value::Object(m) if normalized_key(key) == "kubeconfigs" => Value::Object(
            m.iter()
                .map(|(k, val)| match (k.as_str(), val) {
                    ("value", Value::String(b64)) => {
                        (k.clone(), Value::String(redact_kubeconfig(b64)))
                    }
                    _ => (k.clone(), walk(val, k, strength)),
                })
                .collect(),
        ),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, val)| (k.clone(), walk(val, k, strength)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, key, strength)).collect()),
        Value::String(s) if is_secret_key(key) && !s.is_empty() => {
            Value::String(SECRET_PLACEHOLDER.into())
        }
        Value::String(s) if strength == Strength::SecretsAndIds => {
            if normalized_key(key) == "keydata" || looks_like_ssh_key(s) {
                Value::String(SSH_KEY_PLACEHOLDER.into())
            } else if is_id_key(key) && is_guid(s) {
                Value::String(ZERO_SUBSCRIPTION.into())
            } else {
                Value::String(zero_subscriptions(s))
            }
        }
        other => other.clone(),
    }
}

fn text_body(body: &str, strength: Strength) -> String {
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        return walk(&v, "", strength).to_string();
    }
    if body.contains('=') && !body.contains(char::is_whitespace) {
        return body
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((k, _)) if is_secret_key(k) => format!("{k}={SECRET_PLACEHOLDER}"),
                _ => pair.to_string(),
            })
            .collect::<Vec<_>>()
            .join("&");
    }
    match strength {
        Strength::Secrets => body.to_string(),
        Strength::SecretsAndIds => zero_subscriptions(body),
    }
}

/// A JSON value fit for a recording: secrets, ssh keys and subscription/tenant ids replaced.
/// `key` is the name the value is stored under (empty at the top).
pub fn scrub_json(v: &Value, key: &str) -> Value {
    walk(v, key, Strength::SecretsAndIds)
}

/// A request or response body fit for a recording: JSON walked by key, form bodies by field,
/// anything else has its subscription ids replaced.
pub fn scrub_text_body(body: &str) -> String {
    text_body(body, Strength::SecretsAndIds)
}

/// A JSON value fit for a log: secrets replaced, ids and keys kept.
pub fn redact_json(v: &Value, key: &str) -> Value {
    walk(v, key, Strength::Secrets)
}

/// A body fit for a log: secrets replaced in JSON and form bodies, other text unchanged.
pub fn redact_text_body(body: &str) -> String {
    text_body(body, Strength::Secrets)
}

/// A base64 kubeconfig with the values of its credential lines (`token:`,
/// `client-key-data:`, `client-certificate-data:`, `password:`) replaced.
fn redact_kubeconfig(b64: &str) -> String {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    let Some(text) = engine
        .decode(b64)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
    else {
        return SECRET_PLACEHOLDER.into();
    };
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let key = l.trim_start().split(':').next().unwrap_or("");
            if matches!(
                key,
                "token" | "client-key-data" | "client-certificate-data" | "password"
            ) && l.contains(": ")
            {
                let indent = &l[..l.len() - l.trim_start().len()];
                format!("{indent}{key}: {SECRET_PLACEHOLDER}")
            } else {
                l.to_string()
            }
        })
        .collect();
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    engine.encode(out)
}

fn normalized_key(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '_' && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// JSON keys and form fields whose values are secrets.
fn is_secret_key(key: &str) -> bool {
    matches!(
        normalized_key(key).as_str(),
        "accesstoken"
            | "refreshtoken"
            | "idtoken"
            | "token"
            | "clientsecret"
            | "clientassertion"
            | "assertion"
            | "secret"
            | "password"
            | "adminpassword"
            | "windowsprofilepassword"
            | "primarykey"
            | "secondarykey"
    )
}

fn is_id_key(key: &str) -> bool {
    matches!(normalized_key(key).as_str(), "subscriptionid" | "tenantid")
}

fn looks_like_ssh_key(s: &str) -> bool {
    let s = s.trim_start();
    [
        "ssh-rsa ",
        "ssh-ed25519 ",
        "ssh-dss ",
        "ecdsa-sha2-",
        "sk-ssh-",
        "sk-ecdsa-",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

/// Replaces the id after every `/subscriptions/` with az's zero subscription.
pub fn zero_subscriptions(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let needle = "/subscriptions/";
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(pos) = lower[i..].find(needle) {
        let start = i + pos + needle.len();
        out.push_str(&text[i..start]);
        match text.get(start..start + 36) {
            Some(id) if is_guid(id) => {
                out.push_str(ZERO_SUBSCRIPTION);
                i = start + 36;
            }
            _ => i = start,
        }
    }
    out.push_str(&text[i..]);
    out
}

/// Headers never written to a recording or a log.
pub fn is_secret_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "authorization"
            | "x-ms-authorization-auxiliary"
            | "cookie"
            | "set-cookie"
            | "x-identity-header"
            | "secret"
            | "metadata"
            // an Azure Policy token: it vouches for the operation like a credential
            | "x-ms-policy-external-evaluations"
    )
}

/// A header value safe to log (secrets shown as `REDACTED`, as azure-core's logger does).
pub fn redact_header(name: &str, value: &str) -> String {
    if is_secret_header(name) {
        "REDACTED".into()
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The kubeconfig of a credential answer keeps its shape and loses its token and keys.
    #[test]
    fn kubeconfig_credentials_are_redacted() {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let kc = "apiVersion: v1\nusers:\n- name: u\n  user:\n    client-key-data: S0VZ\n    token: t0ps3cret\n";
        let v = json!({"kubeconfigs": [{"name": "clusterUser", "value": engine.encode(kc)}]});
        for out in [redact_json(&v, ""), scrub_json(&v, "")] {
            let text = out.to_string();
            assert!(!text.contains(&engine.encode(kc)), "{text}");
            let back = engine
                .decode(out["kubeconfigs"][0]["value"].as_str().unwrap())
                .unwrap();
            assert_eq!(
                String::from_utf8(back).unwrap(),
                "apiVersion: v1\nusers:\n- name: u\n  user:\n    client-key-data: <redacted>\n    token: <redacted>\n"
            );
            assert_eq!(out["kubeconfigs"][0]["name"], "clusterUser");
        }
    }

    /// Logs lose secrets only; recordings lose ssh keys and ids as well.
    #[test]
    fn logs_keep_ids_and_recordings_do_not() {
        let sub = "/subscriptions/12345678-1234-1234-1234-123456789abc/resourceGroups/rg";
        let v = json!({"accessToken": "eyJx", "tenantId": "12345678-1234-1234-1234-123456789abc",
                       "keyData": "ssh-rsa AAAA", "id": sub});
        let log = redact_json(&v, "");
        assert_eq!(log["accessToken"], SECRET_PLACEHOLDER);
        assert_eq!(log["tenantId"], v["tenantId"]);
        assert_eq!(log["keyData"], "ssh-rsa AAAA");
        let rec = scrub_json(&v, "");
        assert_eq!(rec["accessToken"], SECRET_PLACEHOLDER);
        assert_eq!(rec["tenantId"], ZERO_SUBSCRIPTION);
        assert_eq!(rec["keyData"], SSH_KEY_PLACEHOLDER);
        assert_eq!(
            rec["id"],
            format!("/subscriptions/{ZERO_SUBSCRIPTION}/resourceGroups/rg")
        );
        let form = "client_id=a&client_secret=xyz";
        assert_eq!(
            redact_text_body(form),
            "client_id=a&client_secret=<redacted>"
        );
        assert_eq!(scrub_text_body(form), redact_text_body(form));
        assert_eq!(redact_text_body(sub), sub);
        assert_ne!(scrub_text_body(sub), sub);
        assert_eq!(redact_header("Authorization", "Bearer x"), "REDACTED");
    }
}
