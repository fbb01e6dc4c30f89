//! The emulator server's user sign-in, as Entra ID does it for az's public client: the
//! device-code flow (`/{tenant}/oauth2/v2.0/devicecode`, a verification page at
//! `/devicelogin`), the authorization-code flow with PKCE (`/{tenant}/oauth2/v2.0/authorize`,
//! which consents at once as the one emulated user and redirects to the client's localhost
//! listener), and the token grants `device_code`, `authorization_code` and `refresh_token`.
//!
//! Refresh tokens survive a restart: their SHA-256 (never the token) is kept in the state
//! file's `oauth_refresh_tokens` table. Device and authorization codes live in memory: they are
//! good for minutes, and a client whose server restarted mid-login simply logs in again.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::TENANT_ID;
use super::auth::{Authority, aad_error, derived_guid, is_guid, normalize_path, now_secs};
use crate::arm::{ArmRequest, ArmResponse, Method};
use crate::encoding::{form_encode, parse_query};
use crate::error::{AzError, Result};

/// az's public client id: the only application the emulator knows for user sign-in.
pub const AZ_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// The user every sign-in consents as, unless the server is told another.
pub const DEFAULT_USER: &str = "user@azr.emulator";
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

const DEVICE_CODE_LIFETIME: u64 = 900;
const AUTH_CODE_LIFETIME: u64 = 600;
const REFRESH_TOKEN_LIFETIME: u64 = 90 * 86400;
/// Seconds between device-code polls. Entra ID says 5; the emulator keeps tests quick.
const POLL_INTERVAL: u64 = 1;

#[derive(Debug, Clone, Copy, PartialEq)]
enum DeviceState {
    Pending,
    Approved,
    Declined,
}

struct Device {
    user_code: String,
    client_id: String,
    tenant: String,
    scope: String,
    expires: u64,
    state: DeviceState,
    last_poll: Option<Instant>,
}

struct AuthCode {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    tenant: String,
    scope: String,
    /// OpenID Connect: echoed in the ID token so the client can tie it to its request.
    nonce: Option<String>,
    expires: u64,
}

#[derive(Default)]
struct Pending {
    /// By device code.
    devices: HashMap<String, Device>,
    /// By authorization code.
    codes: HashMap<String, AuthCode>,
    /// Codes already redeemed (or burnt by a failed redemption): Entra ID names the reuse.
    redeemed: HashSet<String>,
}

/// The user sign-in endpoints and what they remember.
pub struct UserLogins {
    user: String,
    db: Mutex<Connection>,
    pending: Mutex<Pending>,
}

type Form = Vec<(String, String)>;

fn field<'a>(form: &'a Form, k: &str) -> Option<&'a str> {
    form.iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn sha256_hex(s: &str) -> String {
    crate::crypto::hex(&crate::crypto::sha256(&[s.as_bytes()]))
}

fn random_token(bytes: usize) -> String {
    let v: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    B64.encode(v)
}

/// A user code as Entra ID shows it: nine letters and digits, no look-alikes.
fn user_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    (0..9)
        .map(|_| ALPHABET[rand::random::<usize>() % ALPHABET.len()] as char)
        .collect()
}

fn missing(name: &str) -> ArmResponse {
    aad_error(
        400,
        "invalid_request",
        &format!("AADSTS900144: The request body must contain the following parameter: '{name}'."),
        900144,
    )
}

fn unknown_client(client_id: &str, tenant: &str) -> ArmResponse {
    aad_error(
        400,
        "unauthorized_client",
        &format!(
            "AADSTS700016: Application with identifier '{client_id}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant."
        ),
        700016,
    )
}

fn invalid_grant(description: &str, code: u64) -> ArmResponse {
    aad_error(400, "invalid_grant", description, code)
}

fn html(status: u16, title: &str, text: &str) -> ArmResponse {
    let body = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><h3>{title}</h3><p>{text}</p></body></html>\n"
    );
    let mut r = ArmResponse::new(status).with_header("Content-Type", "text/html; charset=utf-8");
    r.body = body.into_bytes();
    r
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The tenant a request's path names: a GUID as is, `organizations`/`common`/a domain → the
/// emulator's own tenant.
fn tenant_of(segment: &str) -> String {
    if is_guid(segment) {
        segment.to_ascii_lowercase()
    } else {
        TENANT_ID.to_string()
    }
}

/// Whether a redirect URI is a loopback listener az may use (`http://localhost[:port][/path]`).
fn is_localhost_redirect(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://localhost") else {
        return false;
    };
    match rest.strip_prefix(':') {
        None => rest.is_empty() || rest.starts_with('/'),
        Some(r) => {
            let port: String = r.chars().take_while(char::is_ascii_digit).collect();
            !port.is_empty()
                && port.parse::<u16>().is_ok()
                && (r.len() == port.len() || r[port.len()..].starts_with('/'))
        }
    }
}

/// The PKCE S256 challenge of a verifier.
pub fn s256_challenge(verifier: &str) -> String {
    B64.encode(crate::crypto::sha256(&[verifier.as_bytes()]))
}

impl UserLogins {
    /// The user principal name that signs in (`user@azr.emulator` unless told otherwise).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Opens (and creates) the refresh-token table in the state file.
    pub fn open(state: &Path, user: &str) -> Result<UserLogins> {
        let err = |e: rusqlite::Error| {
            AzError::io(format!(
                "cannot open the emulator state '{}': {e}",
                state.display()
            ))
        };
        let conn = super::store::connect(state).map_err(err)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS oauth_refresh_tokens(
                hash TEXT PRIMARY KEY,
                upn TEXT NOT NULL,
                client_id TEXT NOT NULL,
                scope TEXT NOT NULL,
                expires INTEGER NOT NULL);",
        )
        .map_err(err)?;
        Ok(UserLogins {
            user: user.to_string(),
            db: Mutex::new(conn),
            pending: Mutex::new(Pending::default()),
        })
    }

    /// A store in memory (unit tests).
    #[cfg(test)]
    pub fn in_memory(user: &str) -> UserLogins {
        let conn = Connection::open_in_memory().expect("sqlite in memory");
        conn.execute_batch(
            "CREATE TABLE oauth_refresh_tokens(hash TEXT PRIMARY KEY, upn TEXT NOT NULL,
             client_id TEXT NOT NULL, scope TEXT NOT NULL, expires INTEGER NOT NULL);",
        )
        .expect("schema");
        UserLogins {
            user: user.to_string(),
            db: Mutex::new(conn),
            pending: Mutex::new(Pending::default()),
        }
    }

    fn pending(&self) -> std::sync::MutexGuard<'_, Pending> {
        // A poisoned lock only means another request panicked; the map is still usable.
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Answers the user sign-in routes; `None` for anything else (the token endpoint's
    /// `client_credentials` grant included).
    pub fn handle(
        &self,
        authority: &Authority,
        req: &ArmRequest,
        base: &str,
    ) -> Option<ArmResponse> {
        let path = normalize_path(req.path());
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let lower: Vec<String> = segs.iter().map(|s| s.to_ascii_lowercase()).collect();
        let l: Vec<&str> = lower.iter().map(String::as_str).collect();
        let get = req.method == Method::GET;
        let post = req.method == Method::POST;
        let body = || {
            parse_query(
                &req.body
                    .as_deref()
                    .map(String::from_utf8_lossy)
                    .unwrap_or_default(),
            )
        };
        match l.as_slice() {
            [_, "oauth2", "v2.0", "devicecode"] if post => {
                Some(self.device_code(&body(), segs[0], base))
            }
            [_, "oauth2", "v2.0", "authorize"] if get => {
                Some(self.authorize(&parse_query(req.query()), segs[0]))
            }
            ["devicelogin"] if get || post => {
                let mut form = parse_query(req.query());
                if post {
                    form.extend(body());
                }
                Some(self.device_login(&form))
            }
            [_, "oauth2", "v2.0", "token"] | [_, "oauth2", "token"] if post => {
                let form = body();
                match field(&form, "grant_type") {
                    Some(DEVICE_CODE_GRANT) => Some(self.redeem_device_code(authority, &form)),
                    Some("authorization_code") => Some(self.redeem_auth_code(authority, &form)),
                    Some("refresh_token") => {
                        Some(self.redeem_refresh_token(authority, &form, segs[0]))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn device_code(&self, form: &Form, tenant: &str, base: &str) -> ArmResponse {
        let Some(client_id) = field(form, "client_id") else {
            return missing("client_id");
        };
        if client_id != AZ_CLIENT_ID {
            return unknown_client(client_id, tenant);
        }
        let Some(scope) = field(form, "scope") else {
            return missing("scope");
        };
        let device_code = random_token(48);
        let code = user_code();
        let uri = format!("{base}/devicelogin");
        let mut p = self.pending();
        let now = now_secs();
        p.devices.retain(|_, d| d.expires > now);
        p.devices.insert(
            device_code.clone(),
            Device {
                user_code: code.clone(),
                client_id: client_id.to_string(),
                tenant: tenant_of(tenant),
                scope: scope.to_string(),
                expires: now + DEVICE_CODE_LIFETIME,
                state: DeviceState::Pending,
                last_poll: None,
            },
        );
        ArmResponse::json(
            200,
            &json!({
                "user_code": code,
                "device_code": device_code,
                "verification_uri": uri,
                "expires_in": DEVICE_CODE_LIFETIME,
                "interval": POLL_INTERVAL,
                "message": format!("To sign in, use a web browser to open the page {uri} and enter the code {code} to authenticate."),
            }),
        )
    }

    /// The verification page: without a code, a form; with `user_code`, signs the emulated
    /// user in on that device (or declines with `action=deny`).
    fn device_login(&self, form: &Form) -> ArmResponse {
        let Some(code) = field(form, "user_code") else {
            return html(
                200,
                "Enter code",
                "<form method=\"post\" action=\"/devicelogin\">Enter the code displayed on your \
                 app or device. <input name=\"user_code\"> <button type=\"submit\">Next</button></form>",
            );
        };
        let code = code.trim().to_ascii_uppercase();
        let deny = field(form, "action").is_some_and(|a| a.eq_ignore_ascii_case("deny"));
        let now = now_secs();
        let mut p = self.pending();
        let Some(d) = p
            .devices
            .values_mut()
            .find(|d| d.user_code == code && d.state == DeviceState::Pending)
        else {
            return html(
                400,
                "Code not recognized",
                &format!(
                    "AADSTS70000: The code '{}' is not valid or was already used.",
                    escape_html(&code)
                ),
            );
        };
        if d.expires <= now {
            return html(
                400,
                "Code expired",
                "AADSTS70020: The code has expired. Sign in again on your device.",
            );
        }
        if deny {
            d.state = DeviceState::Declined;
            return html(
                200,
                "Sign-in declined",
                "You have declined the sign-in request.",
            );
        }
        d.state = DeviceState::Approved;
        html(
            200,
            "Microsoft Azure Cross-platform Command Line Interface",
            &format!(
                "You have signed in to the Microsoft Azure Cross-platform Command Line Interface \
                 application on your device as {}. You may now close this window.",
                escape_html(&self.user)
            ),
        )
    }

    fn authorize(&self, q: &Form, tenant: &str) -> ArmResponse {
        let Some(client_id) = field(q, "client_id") else {
            return missing("client_id");
        };
        if client_id != AZ_CLIENT_ID {
            return unknown_client(client_id, tenant);
        }
        let Some(redirect_uri) = field(q, "redirect_uri") else {
            return missing("redirect_uri");
        };
        if !is_localhost_redirect(redirect_uri) {
            return aad_error(
                400,
                "invalid_request",
                &format!(
                    "AADSTS50011: The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs configured for the application '{client_id}'."
                ),
                50011,
            );
        }
        if field(q, "response_type") != Some("code") {
            return aad_error(
                400,
                "unsupported_response_type",
                "AADSTS700054: response_type 'code' is the only one the emulator supports.",
                700054,
            );
        }
        let Some(challenge) = field(q, "code_challenge") else {
            return aad_error(
                400,
                "invalid_request",
                "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.",
                9002325,
            );
        };
        if field(q, "code_challenge_method") != Some("S256") {
            return aad_error(
                400,
                "invalid_request",
                "AADSTS501491: Invalid size of Code_Challenge parameter or code_challenge_method 'plain' is not allowed; use 'S256'.",
                501491,
            );
        }
        let code = random_token(48);
        let now = now_secs();
        let mut p = self.pending();
        p.codes.retain(|_, c| c.expires > now);
        p.codes.insert(
            code.clone(),
            AuthCode {
                client_id: client_id.to_string(),
                redirect_uri: redirect_uri.to_string(),
                challenge: challenge.to_string(),
                tenant: tenant_of(tenant),
                scope: field(q, "scope").unwrap_or("").to_string(),
                nonce: field(q, "nonce").map(str::to_string),
                expires: now + AUTH_CODE_LIFETIME,
            },
        );
        let mut pairs = vec![("code", code.as_str())];
        if let Some(state) = field(q, "state") {
            pairs.push(("state", state));
        }
        if field(q, "response_mode") == Some("form_post") {
            // MSAL's listener (and azr's) takes the answer as a POST only: the browser gets a
            // page that posts it.
            let inputs: String = pairs
                .iter()
                .map(|(k, v)| {
                    format!(
                        "<input type=\"hidden\" name=\"{k}\" value=\"{}\">",
                        escape_html(v)
                    )
                })
                .collect();
            let body = format!(
                "<!DOCTYPE html>\n<html><head><title>Working...</title></head>\
                 <body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{}\">\
                 {inputs}<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>\n",
                escape_html(redirect_uri)
            );
            let mut r =
                ArmResponse::new(200).with_header("Content-Type", "text/html; charset=utf-8");
            r.body = body.into_bytes();
            return r;
        }
        let sep = if redirect_uri.contains('?') { '&' } else { '?' };
        let location = format!("{redirect_uri}{sep}{}", form_encode(&pairs));
        ArmResponse::new(302).with_header("Location", location)
    }

    fn redeem_device_code(&self, authority: &Authority, form: &Form) -> ArmResponse {
        let Some(device_code) = field(form, "device_code") else {
            return missing("device_code");
        };
        let now = now_secs();
        let mut p = self.pending();
        let Some(d) = p.devices.get_mut(device_code) else {
            return invalid_grant(
                "AADSTS70000: The provided value for the 'device_code' parameter is not valid.",
                70000,
            );
        };
        if field(form, "client_id") != Some(d.client_id.as_str()) {
            return aad_error(
                400,
                "invalid_client",
                "AADSTS700016: The device code was issued to another application.",
                700016,
            );
        }
        if d.expires <= now {
            p.devices.remove(device_code);
            return aad_error(
                400,
                "expired_token",
                "AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
                70020,
            );
        }
        match d.state {
            DeviceState::Declined => {
                p.devices.remove(device_code);
                aad_error(
                    400,
                    "authorization_declined",
                    "AADSTS70000: The user declined the authorization request.",
                    70000,
                )
            }
            DeviceState::Pending => {
                // Polling faster than the interval asks the client to back off (RFC 8628).
                let too_soon = d.last_poll.is_some_and(|t| {
                    t.elapsed() < std::time::Duration::from_millis(POLL_INTERVAL * 1000 / 2)
                });
                d.last_poll = Some(Instant::now());
                if too_soon {
                    aad_error(
                        400,
                        "slow_down",
                        "AADSTS70016: OAuth 2.0 device flow error. Polling too fast: wait the interval between requests.",
                        70016,
                    )
                } else {
                    aad_error(
                        400,
                        "authorization_pending",
                        "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                        70016,
                    )
                }
            }
            DeviceState::Approved => {
                let Some(d) = p.devices.remove(device_code) else {
                    return missing("device_code");
                };
                drop(p);
                self.issue(authority, &d.tenant, &d.client_id, &d.scope, None)
            }
        }
    }

    fn redeem_auth_code(&self, authority: &Authority, form: &Form) -> ArmResponse {
        let Some(code) = field(form, "code") else {
            return missing("code");
        };
        let now = now_secs();
        let mut p = self.pending();
        // One redemption per code, even a failed one: a code that leaked cannot be retried.
        let Some(c) = p.codes.remove(code) else {
            return if p.redeemed.contains(code) {
                invalid_grant(
                    "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
                    54005,
                )
            } else {
                invalid_grant(
                    "AADSTS9002313: Invalid request. Request is malformed or invalid.",
                    9002313,
                )
            };
        };
        p.redeemed.insert(code.to_string());
        drop(p);
        if c.expires <= now {
            return invalid_grant(
                "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.",
                70008,
            );
        }
        if field(form, "client_id") != Some(c.client_id.as_str()) {
            return aad_error(
                400,
                "invalid_client",
                "AADSTS700016: The authorization code was issued to another application.",
                700016,
            );
        }
        if field(form, "redirect_uri") != Some(c.redirect_uri.as_str()) {
            return invalid_grant(
                "AADSTS50148: The redirect_uri specified in the token request does not match the redirect_uri used when acquiring the authorization code.",
                50148,
            );
        }
        let Some(verifier) = field(form, "code_verifier") else {
            return invalid_grant(
                "AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.",
                50148,
            );
        };
        if s256_challenge(verifier) != c.challenge {
            return invalid_grant(
                "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.",
                501481,
            );
        }
        let scope = field(form, "scope").unwrap_or(&c.scope).to_string();
        self.issue(
            authority,
            &c.tenant,
            &c.client_id,
            &scope,
            c.nonce.as_deref(),
        )
    }

    fn redeem_refresh_token(
        &self,
        authority: &Authority,
        form: &Form,
        tenant: &str,
    ) -> ArmResponse {
        let Some(rt) = field(form, "refresh_token") else {
            return missing("refresh_token");
        };
        let Some(client_id) = field(form, "client_id") else {
            return missing("client_id");
        };
        let hash = sha256_hex(rt);
        let now = now_secs() as i64;
        let found = {
            let db = self.db.lock().unwrap_or_else(|e| e.into_inner());
            // Rotation: the token is spent whatever comes next.
            let row: rusqlite::Result<Option<(String, String, String, i64)>> = db
                .query_row(
                    "SELECT upn, client_id, scope, expires FROM oauth_refresh_tokens WHERE hash = ?1",
                    params![hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional();
            let _ = db.execute(
                "DELETE FROM oauth_refresh_tokens WHERE hash = ?1 OR expires <= ?2",
                params![hash, now],
            );
            row
        };
        let (upn, owner, stored_scope, expires) = match found {
            Ok(Some(row)) => row,
            Ok(None) => {
                return invalid_grant(
                    "AADSTS70000: Provided grant is invalid or malformed.",
                    70000,
                );
            }
            Err(e) => {
                return aad_error(
                    500,
                    "server_error",
                    &format!("AADSTS90015: The emulator's store failed: {e}"),
                    90015,
                );
            }
        };
        if expires <= now {
            return invalid_grant(
                "AADSTS700082: The refresh token has expired due to inactivity.",
                700082,
            );
        }
        if owner != client_id {
            return aad_error(
                400,
                "invalid_client",
                "AADSTS700016: The refresh token was issued to another application.",
                700016,
            );
        }
        if upn != self.user {
            // Issued while the server signed in someone else: that user is gone.
            return invalid_grant(
                "AADSTS50034: The user account does not exist in the directory.",
                50034,
            );
        }
        let scope = field(form, "scope").unwrap_or(&stored_scope).to_string();
        self.issue(authority, &tenant_of(tenant), client_id, &scope, None)
    }

    /// Access, ID and refresh tokens for the emulated user in `tenant`.
    fn issue(
        &self,
        authority: &Authority,
        tenant: &str,
        client_id: &str,
        scope: &str,
        nonce: Option<&str>,
    ) -> ArmResponse {
        let audience = scope
            .split(' ')
            .find(|s| s.contains("://"))
            .map(|s| s.strip_suffix("/.default").unwrap_or(s).to_string())
            .unwrap_or_else(|| "https://management.core.windows.net/".to_string());
        let oid = derived_guid("user", &self.user);
        let now = now_secs();
        let secs = authority.lifetime().as_secs();
        let exp = now + secs;
        let name = self
            .user
            .split('@')
            .next()
            .unwrap_or(&self.user)
            .to_string();
        let access = authority.sign(&json!({
            "aud": audience,
            "iss": format!("https://sts.windows.net/{tenant}/"),
            "iat": now, "nbf": now, "exp": exp,
            "tid": tenant, "oid": oid, "sub": oid,
            "upn": self.user, "unique_name": self.user, "name": name,
            "appid": client_id, "idtyp": "user", "scp": "user_impersonation",
            "ver": "1.0", "jti": uuid::Uuid::new_v4().to_string(),
        }));
        let mut id_claims = json!({
            "aud": client_id,
            "iss": format!("https://login.microsoftonline.com/{tenant}/v2.0"),
            "iat": now, "nbf": now, "exp": exp,
            "tid": tenant, "oid": oid, "sub": oid,
            "preferred_username": self.user, "name": name, "ver": "2.0",
        });
        if let Some(n) = nonce {
            id_claims["nonce"] = json!(n);
        }
        let id_token = authority.sign(&id_claims);
        let refresh = format!("azr-rt.{}", random_token(48));
        let stored = {
            let db = self.db.lock().unwrap_or_else(|e| e.into_inner());
            db.execute(
                "INSERT INTO oauth_refresh_tokens(hash, upn, client_id, scope, expires) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    sha256_hex(&refresh),
                    self.user,
                    client_id,
                    scope,
                    (now + REFRESH_TOKEN_LIFETIME) as i64
                ],
            )
        };
        if let Err(e) = stored {
            return aad_error(
                500,
                "server_error",
                &format!("AADSTS90015: The emulator's store failed: {e}"),
                90015,
            );
        }
        let client_info = B64.encode(json!({"uid": oid, "utid": tenant}).to_string());
        let granted: Vec<String> = scope
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        ArmResponse::json(
            200,
            &json!({
                "token_type": "Bearer",
                "scope": granted.join(" "),
                "expires_in": secs,
                "ext_expires_in": secs,
                "access_token": access,
                "refresh_token": refresh,
                "id_token": id_token,
                "client_info": client_info,
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::auth::DEFAULT_TOKEN_LIFETIME;
    use serde_json::Value;

    const BASE: &str = "https://127.0.0.1:1";
    const SCOPE: &str =
        "https://management.core.windows.net//.default offline_access openid profile";

    fn setup() -> (UserLogins, Authority) {
        (
            UserLogins::in_memory(DEFAULT_USER),
            Authority::new(b"k".to_vec(), DEFAULT_TOKEN_LIFETIME),
        )
    }

    fn post(path: &str, pairs: &[(&str, &str)]) -> ArmRequest {
        let mut r = ArmRequest::new(Method::POST, path);
        r.body = Some(form_encode(pairs).into_bytes());
        r
    }

    fn json_of(r: &ArmResponse) -> Value {
        r.json_body().unwrap()
    }

    fn claims(token: &str) -> Value {
        crate::jwt::claims(token).expect("a JWT")
    }

    fn start_device(u: &UserLogins, a: &Authority) -> (String, String) {
        let r = u
            .handle(
                a,
                &post(
                    "/organizations/oauth2/v2.0/devicecode",
                    &[("client_id", AZ_CLIENT_ID), ("scope", SCOPE)],
                ),
                BASE,
            )
            .unwrap();
        assert_eq!(r.status, 200);
        let v = json_of(&r);
        let code = v["user_code"].as_str().unwrap().to_string();
        assert_eq!(
            v["message"],
            format!(
                "To sign in, use a web browser to open the page {BASE}/devicelogin and enter the code {code} to authenticate."
            )
        );
        (v["device_code"].as_str().unwrap().to_string(), code)
    }

    fn poll(u: &UserLogins, a: &Authority, device_code: &str) -> ArmResponse {
        u.handle(
            a,
            &post(
                "/organizations/oauth2/v2.0/token",
                &[
                    ("grant_type", DEVICE_CODE_GRANT),
                    ("client_id", AZ_CLIENT_ID),
                    ("device_code", device_code),
                ],
            ),
            BASE,
        )
        .unwrap()
    }

    fn approve(u: &UserLogins, a: &Authority, code: &str, action: Option<&str>) -> ArmResponse {
        let mut pairs = vec![("user_code", code)];
        if let Some(x) = action {
            pairs.push(("action", x));
        }
        u.handle(a, &post("/devicelogin", &pairs), BASE).unwrap()
    }

    #[test]
    fn device_code_pending_then_approved_once() {
        let (u, a) = setup();
        let (dc, code) = start_device(&u, &a);
        let r = poll(&u, &a, &dc);
        assert_eq!(
            (r.status, json_of(&r)["error"].clone()),
            (400, json!("authorization_pending"))
        );
        assert!(
            json_of(&r)["error_description"]
                .as_str()
                .unwrap()
                .starts_with("AADSTS70016:")
        );
        // Polling again at once is too fast.
        assert_eq!(json_of(&poll(&u, &a, &dc))["error"], "slow_down");
        assert_eq!(approve(&u, &a, &code.to_lowercase(), None).status, 200);
        let r = poll(&u, &a, &dc);
        assert_eq!(r.status, 200);
        let v = json_of(&r);
        let at = claims(v["access_token"].as_str().unwrap());
        assert_eq!(at["upn"], DEFAULT_USER);
        assert_eq!(at["tid"], TENANT_ID);
        assert_eq!(at["aud"], "https://management.core.windows.net/");
        assert!(
            a.verify(Some(&format!(
                "Bearer {}",
                v["access_token"].as_str().unwrap()
            )))
            .is_ok()
        );
        assert_eq!(
            claims(v["id_token"].as_str().unwrap())["preferred_username"],
            DEFAULT_USER
        );
        // The device code is spent.
        assert_eq!(json_of(&poll(&u, &a, &dc))["error"], "invalid_grant");
        // And the user code cannot be approved again.
        assert_eq!(approve(&u, &a, &code, None).status, 400);
    }

    #[test]
    fn device_code_declined_expired_and_wrong_client() {
        let (u, a) = setup();
        let (dc, code) = start_device(&u, &a);
        assert_eq!(approve(&u, &a, &code, Some("deny")).status, 200);
        let r = poll(&u, &a, &dc);
        assert_eq!(json_of(&r)["error"], "authorization_declined");
        assert_eq!(json_of(&poll(&u, &a, &dc))["error"], "invalid_grant");

        let (dc, _) = start_device(&u, &a);
        u.pending().devices.get_mut(&dc).unwrap().expires = now_secs() - 1;
        let r = poll(&u, &a, &dc);
        assert_eq!(json_of(&r)["error"], "expired_token");
        assert!(
            json_of(&r)["error_description"]
                .as_str()
                .unwrap()
                .starts_with("AADSTS70020:")
        );

        let r = u
            .handle(
                &a,
                &post(
                    "/organizations/oauth2/v2.0/devicecode",
                    &[
                        ("client_id", "11111111-1111-1111-1111-111111111111"),
                        ("scope", SCOPE),
                    ],
                ),
                BASE,
            )
            .unwrap();
        assert_eq!(
            (r.status, json_of(&r)["error"].clone()),
            (400, json!("unauthorized_client"))
        );
        assert_eq!(approve(&u, &a, "NOPE", None).status, 400);
    }

    fn authorize(u: &UserLogins, a: &Authority, query: &str) -> ArmResponse {
        u.handle(
            a,
            &ArmRequest::new(
                Method::GET,
                format!("/organizations/oauth2/v2.0/authorize?{query}"),
            ),
            BASE,
        )
        .unwrap()
    }

    fn code_from(r: &ArmResponse) -> String {
        assert_eq!(r.status, 302);
        let loc = r.header("Location").unwrap();
        let q = parse_query(loc.split_once('?').unwrap().1);
        assert_eq!(field(&q, "state"), Some("st-1"));
        field(&q, "code").unwrap().to_string()
    }

    fn redeem(
        u: &UserLogins,
        a: &Authority,
        code: &str,
        verifier: &str,
        redirect: &str,
    ) -> ArmResponse {
        u.handle(
            a,
            &post(
                "/organizations/oauth2/v2.0/token",
                &[
                    ("grant_type", "authorization_code"),
                    ("client_id", AZ_CLIENT_ID),
                    ("code", code),
                    ("code_verifier", verifier),
                    ("redirect_uri", redirect),
                    ("scope", SCOPE),
                ],
            ),
            BASE,
        )
        .unwrap()
    }

    #[test]
    fn auth_code_with_pkce_is_single_use_and_checked() {
        let (u, a) = setup();
        let verifier = "a-verifier-of-enough-length-0123456789-abcdefghijk";
        let redirect = "http://localhost:4711";
        let q = form_encode(&[
            ("client_id", AZ_CLIENT_ID),
            ("response_type", "code"),
            ("redirect_uri", redirect),
            ("scope", SCOPE),
            ("state", "st-1"),
            ("nonce", "n-1"),
            ("code_challenge", &s256_challenge(verifier)),
            ("code_challenge_method", "S256"),
        ]);
        let r = authorize(&u, &a, &q);
        assert!(
            r.header("Location")
                .unwrap()
                .starts_with("http://localhost:4711?code=")
        );
        let code = code_from(&r);
        // A wrong verifier is refused, and burns the code.
        let bad = redeem(&u, &a, &code, "another-verifier", redirect);
        assert_eq!(bad.status, 400);
        assert!(
            json_of(&bad)["error_description"]
                .as_str()
                .unwrap()
                .starts_with("AADSTS501481:")
        );
        assert!(
            json_of(&redeem(&u, &a, &code, verifier, redirect))["error_description"]
                .as_str()
                .unwrap()
                .starts_with("AADSTS54005:")
        );

        let code = code_from(&authorize(&u, &a, &q));
        assert_eq!(
            json_of(&redeem(&u, &a, &code, verifier, "http://localhost:1"))["error"],
            "invalid_grant"
        );
        let code = code_from(&authorize(&u, &a, &q));
        let ok = redeem(&u, &a, &code, verifier, redirect);
        assert_eq!(ok.status, 200);
        assert_eq!(
            claims(json_of(&ok)["id_token"].as_str().unwrap())["nonce"],
            "n-1"
        );
        let reused = redeem(&u, &a, &code, verifier, redirect);
        assert_eq!(reused.status, 400);
        assert!(
            json_of(&reused)["error_description"]
                .as_str()
                .unwrap()
                .starts_with("AADSTS54005:")
        );

        // The refresh token works once, then is rotated.
        let rt = json_of(&ok)["refresh_token"].as_str().unwrap().to_string();
        let refresh = |rt: &str, tenant: &str| {
            u.handle(
                &a,
                &post(
                    &format!("/{tenant}/oauth2/v2.0/token"),
                    &[
                        ("grant_type", "refresh_token"),
                        ("client_id", AZ_CLIENT_ID),
                        ("refresh_token", rt),
                        ("scope", SCOPE),
                    ],
                ),
                BASE,
            )
            .unwrap()
        };
        let other = "11111111-2222-3333-4444-555555555555";
        let r1 = refresh(&rt, other);
        assert_eq!(r1.status, 200);
        assert_eq!(
            claims(json_of(&r1)["access_token"].as_str().unwrap())["tid"],
            other
        );
        assert_eq!(json_of(&refresh(&rt, other))["error"], "invalid_grant");
        let rt2 = json_of(&r1)["refresh_token"].as_str().unwrap().to_string();
        assert_ne!(rt, rt2);
        assert_eq!(refresh(&rt2, "organizations").status, 200);
    }

    #[test]
    fn authorize_validates_client_redirect_and_pkce() {
        let (u, a) = setup();
        let base = |client: &str, redirect: &str, method: Option<&str>| {
            let mut p = vec![
                ("client_id", client),
                ("response_type", "code"),
                ("redirect_uri", redirect),
                ("state", "st-1"),
                ("code_challenge", "abc"),
            ];
            if let Some(m) = method {
                p.push(("code_challenge_method", m));
            }
            form_encode(&p)
        };
        let r = authorize(&u, &a, &base("nope", "http://localhost:1", Some("S256")));
        assert_eq!(json_of(&r)["error"], "unauthorized_client");
        for bad in [
            "https://evil.example/cb",
            "http://localhost.evil.example/",
            "http://localhost:x",
        ] {
            let r = authorize(&u, &a, &base(AZ_CLIENT_ID, bad, Some("S256")));
            assert_eq!(r.status, 400, "{bad}");
            assert!(
                json_of(&r)["error_description"]
                    .as_str()
                    .unwrap()
                    .starts_with("AADSTS50011:")
            );
        }
        for m in [None, Some("plain")] {
            let r = authorize(&u, &a, &base(AZ_CLIENT_ID, "http://localhost:1", m));
            assert_eq!(r.status, 400);
            assert_eq!(json_of(&r)["error"], "invalid_request");
        }
        // form_post: a page that posts the code and state to the listener.
        let q = form_encode(&[
            ("client_id", AZ_CLIENT_ID),
            ("response_type", "code"),
            ("redirect_uri", "http://localhost:5/"),
            ("state", "st-1"),
            ("code_challenge", "abc"),
            ("code_challenge_method", "S256"),
            ("response_mode", "form_post"),
        ]);
        let r = authorize(&u, &a, &q);
        assert_eq!(r.status, 200);
        let page = String::from_utf8(r.body.clone()).unwrap();
        assert!(
            page.contains("<form method=\"post\" action=\"http://localhost:5/\">"),
            "{page}"
        );
        assert!(
            page.contains("<input type=\"hidden\" name=\"state\" value=\"st-1\">"),
            "{page}"
        );
        assert!(page.contains("name=\"code\" value=\""), "{page}");
        assert!(is_localhost_redirect("http://localhost:8400/"));
        assert!(is_localhost_redirect("http://localhost"));
    }

    #[test]
    fn refresh_tokens_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.db");
        let a = Authority::new(b"k".to_vec(), DEFAULT_TOKEN_LIFETIME);
        let u = UserLogins::open(&state, DEFAULT_USER).unwrap();
        let (dc, code) = start_device(&u, &a);
        approve(&u, &a, &code, None);
        let rt = json_of(&poll(&u, &a, &dc))["refresh_token"]
            .as_str()
            .unwrap()
            .to_string();
        drop(u);
        let u = UserLogins::open(&state, DEFAULT_USER).unwrap();
        let r = u
            .handle(
                &a,
                &post(
                    "/organizations/oauth2/v2.0/token",
                    &[
                        ("grant_type", "refresh_token"),
                        ("client_id", AZ_CLIENT_ID),
                        ("refresh_token", &rt),
                    ],
                ),
                BASE,
            )
            .unwrap();
        assert_eq!(r.status, 200);
        // Only a hash of the token is stored.
        let bytes = std::fs::read(&state).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains(&rt));
    }
}
