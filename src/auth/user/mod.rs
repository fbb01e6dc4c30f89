//! A user's sign-in through Entra ID with az's public client, as az 2.91 (MSAL) does it: the
//! device-code flow, the authorization-code flow with PKCE and a one-shot listener on
//! `http://localhost:<port>` (`response_mode=form_post`, as MSAL 1.39: the code arrives in a
//! POST body, never in a URL), and later access tokens from the stored refresh token.
//!
//! The refresh token lives in `refresh_tokens.json` in the config dir (mode 0600), one per
//! cloud and user, rotated whenever the authority returns a new one. It is never printed or
//! logged; neither are the authorization code and the PKCE verifier.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::Token;
use crate::config::cloud::Cloud;
use crate::encoding::{form_encode, parse_query};
use crate::error::{AzError, Result};

mod browser;
mod device_code;
mod refresh_store;

#[cfg(test)]
use browser::*;
pub use browser::{browser, launch_browser};
pub use device_code::device_code;
#[cfg(test)]
use device_code::*;
pub use refresh_store::{
    load_refresh_token, refresh_path, remove_refresh_tokens, save_refresh_token,
};

/// az's public client id ("Microsoft Azure CLI").
pub const AZ_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// The tenant az signs a user in through when none is given.
pub const DEFAULT_TENANT: &str = "organizations";
const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// How long the localhost listener waits for the browser (az waits without limit).
const BROWSER_TIMEOUT: Duration = Duration::from_secs(900);

/// az's landing page after a browser sign-in (azure/cli/core/auth/landing_pages/success.html).
const SUCCESS_PAGE: &str = r#"<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="60;url=https://learn.microsoft.com/cli/azure/">
    <title>Login successfully</title>
</head>
<body>
    <h3>You have logged into Microsoft Azure!</h3>
    <p>You can close this window, or we will redirect you to the <a href="https://learn.microsoft.com/cli/azure/">Azure CLI documentation</a> in 1 minute.</p>
</body>
</html>
"#;

/// The scopes of a sign-in: ARM's, plus a refresh token and the user's identity.
pub fn login_scope(cloud: &Cloud) -> String {
    format!("{} offline_access openid profile", cloud.arm_scope())
}

/// What a sign-in asks the authority for: its scopes (`login --scope`, else ARM's, plus
/// MSAL's `offline_access openid profile`) and the claims (`--claims-challenge`, decoded, with
/// az's client capability), sent on the authorize or device-code request and the token
/// requests that redeem it, as MSAL sends them.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInRequest {
    pub scope: String,
    pub claims: Option<String>,
}

impl SignInRequest {
    pub fn new(cloud: &Cloud, scopes: &[String], claims: Option<String>) -> SignInRequest {
        let scope = if scopes.is_empty() {
            login_scope(cloud)
        } else {
            format!("{} offline_access openid profile", scopes.join(" "))
        };
        SignInRequest { scope, claims }
    }

    /// The form fields beside the flow's own.
    fn fields(&self) -> Vec<(&'static str, &str)> {
        [vec![("scope", self.scope.as_str())], self.claims_field()].concat()
    }

    /// `claims`, when there is a challenge.
    fn claims_field(&self) -> Vec<(&'static str, &str)> {
        self.claims.iter().map(|c| ("claims", c.as_str())).collect()
    }
}

/// What a sign-in or a refresh gave.
pub struct UserTokens {
    pub access: Token,
    pub refresh_token: Option<String>,
    /// The user's UPN (from the ID token, else the access token).
    pub username: Option<String>,
    /// The tenant the access token is for (`tid`).
    pub tenant: Option<String>,
}

impl std::fmt::Debug for UserTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserTokens")
            .field("username", &self.username)
            .field("tenant", &self.tenant)
            .finish_non_exhaustive()
    }
}

fn claim(c: &Option<Value>, keys: &[&str]) -> Option<String> {
    let c = c.as_ref()?;
    keys.iter()
        .find_map(|k| c.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A successful token answer → tokens; anything else → the authority's own words.
fn parse_tokens(status: u16, body: &Value) -> Result<UserTokens> {
    if status != 200 {
        return Err(aad_error(status, body));
    }
    let Some(access) = body.get("access_token").and_then(Value::as_str) else {
        return Err(AzError::auth(
            "The token endpoint answered without an access token.",
        ));
    };
    let expires_in = match body.get("expires_in") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => None,
    }
    .unwrap_or(3600);
    let id = body
        .get("id_token")
        .and_then(Value::as_str)
        .and_then(crate::jwt::claims);
    let at = crate::jwt::claims(access);
    let names = ["preferred_username", "upn", "unique_name", "email"];
    Ok(UserTokens {
        access: Token {
            secret: access.to_string(),
            expires_on: now() + expires_in,
        },
        refresh_token: body
            .get("refresh_token")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        username: claim(&id, &names).or_else(|| claim(&at, &names)),
        tenant: claim(&at, &["tid"]).or_else(|| claim(&id, &["tid"])),
    })
}

/// az's advice after a failed sign-in (auth/util.py `aad_error_handler`, no tenant or scope).
pub const RELOGIN: &str = "Run the command below to authenticate interactively; additional arguments may be added as needed:\naz logout\naz login";

/// A sign-in the authority refused, as az reports it: its description and az's advice.
fn login_error(status: u16, body: &Value) -> AzError {
    aad_error(status, body).with_recommendation(RELOGIN)
}

/// An error answer of the authority (`{"error", "error_description"}`) as az shows it.
fn aad_error(status: u16, body: &Value) -> AzError {
    let error = body.get("error").and_then(Value::as_str);
    let description = body.get("error_description").and_then(Value::as_str);
    match (error, description) {
        (_, Some(d)) => AzError::auth(d.to_string()),
        (Some(e), None) => AzError::auth(e.to_string()),
        _ => AzError::auth(format!(
            "The token endpoint answered HTTP {status} without an error description."
        )),
    }
}

async fn post_form(
    http: &reqwest::Client,
    url: &str,
    pairs: &[(&str, &str)],
) -> Result<(u16, Value)> {
    let resp = http
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(form_encode(pairs))
        .send()
        .await
        .map_err(|e| {
            AzError::auth(format!(
                "cannot reach {url}: {}",
                crate::error::error_chain(&e)
            ))
        })?;
    let status = resp.status().as_u16();
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| AzError::auth(format!("cannot read the answer of {url}: {e}")))?;
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    if body.is_null() {
        return Err(AzError::auth(format!(
            "{url} answered HTTP {status} with a body that is not JSON."
        )));
    }
    Ok((status, body))
}

fn endpoint(authority: &str, tenant: &str, what: &str) -> String {
    format!(
        "{}/{}/oauth2/v2.0/{what}",
        authority.trim_end_matches('/'),
        crate::arm::id::segment(tenant)
    )
}

/// A new access token (and usually a rotated refresh token) for `tenant`.
pub async fn refresh(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    refresh_token: &str,
    scope: &str,
) -> Result<UserTokens> {
    let (status, body) = post_form(
        http,
        &endpoint(authority, tenant, "token"),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", AZ_CLIENT_ID),
            ("refresh_token", refresh_token),
            ("scope", scope),
            ("client_info", "1"),
        ],
    )
    .await?;
    parse_tokens(status, &body)
}

/// An access token for `scope` (ARM's, or Microsoft Graph's) for a signed-in user in
/// `tenant`, from the stored refresh token (which is rotated on disk).
pub async fn fetch(
    cloud: &Cloud,
    http: &reqwest::Client,
    dir: &Path,
    tenant: &str,
    user: &str,
    scope: &str,
) -> Result<Token> {
    let Some(rt) = load_refresh_token(dir, &cloud.name, user) else {
        return Err(AzError::auth(format!(
            "User '{user}' does not exist in MSAL token cache. Run `az login`."
        )));
    };
    let got = refresh(
        http,
        &cloud.authority_host()?,
        tenant,
        &rt,
        &format!("{scope} offline_access openid profile"),
    )
    .await
    .map_err(|e| {
        // az's recommendation (auth/util.py `aad_error_handler`).
        e.with_recommendation(format!(
            "Run the command below to authenticate interactively; additional arguments may be \
             added as needed:\naz logout\naz login --tenant \"{tenant}\" --scope \"{}\"",
            cloud.arm_scope()
        ))
    })?;
    if let Some(new) = &got.refresh_token {
        save_refresh_token(dir, &cloud.name, user, new)?;
    }
    Ok(got.access)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jwt(c: Value) -> String {
        format!("e30.{}.c2ln", B64.encode(c.to_string()))
    }

    #[test]
    fn tokens_name_the_user_from_the_id_token() {
        let body = json!({
            "access_token": jwt(json!({"tid": "t1", "upn": "at@x"})),
            "id_token": jwt(json!({"preferred_username": "me@x", "tid": "t2"})),
            "refresh_token": "rt", "expires_in": "3600",
        });
        let t = parse_tokens(200, &body).unwrap();
        assert_eq!(t.username.as_deref(), Some("me@x"));
        assert_eq!(t.tenant.as_deref(), Some("t1"));
        assert!(t.access.expires_on > now() + 3000);
        assert!(!format!("{t:?}").contains("rt"));
        let no_id = json!({"access_token": jwt(json!({"unique_name": "u@x"}))});
        assert_eq!(
            parse_tokens(200, &no_id).unwrap().username.as_deref(),
            Some("u@x")
        );
        let e = parse_tokens(
            400,
            &json!({"error": "invalid_grant", "error_description": "AADSTS70000: bad"}),
        )
        .unwrap_err();
        assert_eq!(e.message, "AADSTS70000: bad");
        assert!(parse_tokens(200, &json!({"token_type": "Bearer"})).is_err());
    }

    /// A token endpoint that answers the device-code polls from a script, on plain HTTP.
    async fn scripted(answers: Vec<Value>) -> String {
        use axum::routing::post;
        let answers = std::sync::Arc::new(std::sync::Mutex::new(answers.into_iter()));
        let app = axum::Router::new()
            .route(
                "/{tenant}/oauth2/v2.0/devicecode",
                post(|| async {
                    axum::Json(json!({
                        "device_code": "dc", "user_code": "UC", "interval": 1, "expires_in": 900,
                        "message": "To sign in, enter UC."
                    }))
                }),
            )
            .route(
                "/{tenant}/oauth2/v2.0/token",
                post(move || {
                    let next = answers.lock().unwrap().next().unwrap_or(json!({}));
                    async move {
                        let status = if next.get("error").is_some() {
                            400
                        } else {
                            200
                        };
                        (
                            axum::http::StatusCode::from_u16(status).unwrap(),
                            axum::Json(next),
                        )
                    }
                }),
            );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        format!("http://{addr}")
    }

    fn err(e: &str) -> Value {
        json!({"error": e, "error_description": format!("AADSTS70016: {e}")})
    }

    async fn run_device(answers: Vec<Value>) -> (Result<UserTokens>, Vec<u64>, Vec<String>) {
        let base = scripted(answers).await;
        let waits = std::cell::RefCell::new(Vec::new());
        let shown = std::cell::RefCell::new(Vec::new());
        let r = device_code_with(
            &reqwest::Client::new(),
            &base,
            "organizations",
            &SignInRequest {
                scope: "s".into(),
                claims: None,
            },
            &|m: &str| shown.borrow_mut().push(m.to_string()),
            |d: Duration| {
                waits.borrow_mut().push(d.as_secs());
                std::future::ready(())
            },
        )
        .await;
        (r, waits.into_inner(), shown.into_inner())
    }

    #[tokio::test]
    async fn device_code_polls_at_the_interval_and_backs_off_on_slow_down() {
        let ok =
            json!({"access_token": jwt(json!({"upn": "me@x", "tid": "t"})), "refresh_token": "r"});
        let (r, waits, shown) = run_device(vec![
            err("authorization_pending"),
            err("slow_down"),
            err("authorization_pending"),
            ok,
        ])
        .await;
        assert_eq!(r.unwrap().username.as_deref(), Some("me@x"));
        assert_eq!(waits, [1, 6, 6]);
        assert_eq!(shown, ["To sign in, enter UC."]);
    }

    #[tokio::test]
    async fn device_code_errors_are_clear() {
        let (r, _, _) = run_device(vec![err("authorization_pending"), err("expired_token")]).await;
        let e = r.unwrap_err();
        assert_eq!(e.message, "AADSTS70016: expired_token");
        assert_eq!(e.recommendations, [RELOGIN]);
        let (r, _, _) = run_device(vec![err("authorization_declined")]).await;
        assert_eq!(
            r.unwrap_err().message,
            "AADSTS70016: authorization_declined"
        );
        let (r, _, _) = run_device(vec![
            json!({"error": "invalid_grant", "error_description": "AADSTS70000: nope"}),
        ])
        .await;
        assert_eq!(r.unwrap_err().message, "AADSTS70000: nope");
        // A server answering nonsense is an error, not a panic.
        let (r, _, _) = run_device(vec![json!({"token_type": "Bearer"})]).await;
        assert!(r.is_err());
    }

    #[test]
    fn pkce_challenge_is_s256_of_the_verifier() {
        let (v, c) = pkce();
        assert_eq!(v.len(), 43);
        assert_eq!(c, crate::emulator::oauth::s256_challenge(&v));
    }

    #[test]
    fn refresh_tokens_are_per_cloud_and_user_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        save_refresh_token(d, "A", "Me@X", "rt1").unwrap();
        save_refresh_token(d, "B", "me@x", "rt2").unwrap();
        save_refresh_token(d, "A", "other@x", "rt3").unwrap();
        assert_eq!(load_refresh_token(d, "A", "me@x").as_deref(), Some("rt1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(refresh_path(d))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        remove_refresh_tokens(d, "ME@x").unwrap();
        assert_eq!(load_refresh_token(d, "B", "me@x"), None);
        assert_eq!(
            load_refresh_token(d, "A", "other@x").as_deref(),
            Some("rt3")
        );
        remove_refresh_tokens(d, "other@x").unwrap();
        assert!(!refresh_path(d).exists());
    }
}
