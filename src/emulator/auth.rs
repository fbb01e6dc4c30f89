//! The emulator server's Azure AD and ARM-account endpoints: OpenID discovery, the OAuth2 token
//! endpoint (client credentials, secret or assertion), managed identity in its App Service
//! (`IDENTITY_ENDPOINT`) and IMDS flavours, `/subscriptions`, `/tenants` and the cloud metadata
//! document. Tokens are JWTs signed with HMAC-SHA256 under a key kept beside the state file, so
//! the server can tell its own tokens from anything else; az and azr never check the signature,
//! they only read `tid`. The in-process transport never comes here: auth is a server concern.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::crypto::{hmac_sha256, sha256, verify_hmac_sha256};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Value, json};

use crate::arm::envelope::error_body;
use crate::arm::{ArmRequest, ArmResponse, Method};
use crate::encoding::parse_query;
use crate::error::{AzError, Result};

use super::{SUBSCRIPTION_ID, TENANT_ID};

/// How long issued tokens live unless told otherwise: long enough that no test run refreshes.
pub const DEFAULT_TOKEN_LIFETIME: Duration = Duration::from_secs(86400);

/// The audience ARM tokens carry when the client asks for none (az's resource id).
const DEFAULT_AUDIENCE: &str = "https://management.core.windows.net/";

/// The audiences ARM takes tokens for (its own list, in the order its error message gives).
const ARM_AUDIENCES: &[&str] = &[
    "https://management.core.windows.net/",
    "https://management.core.windows.net",
    "https://management.azure.com/",
    "https://management.azure.com",
];

/// The key file beside a state file: `<state>-tokenkey`.
pub fn key_path_for(state: &Path) -> PathBuf {
    let mut name = state.file_name().unwrap_or_default().to_os_string();
    name.push("-tokenkey");
    state.with_file_name(name)
}

/// Mints and checks the server's tokens.
#[derive(Clone)]
pub struct Authority {
    key: Vec<u8>,
    lifetime: Duration,
}

/// What a valid token says.
#[derive(Debug, Clone, PartialEq)]
pub struct Claims {
    pub tenant: String,
    pub object_id: String,
    pub app_id: String,
    pub audience: String,
    pub expires: u64,
    /// The signed-in user of a delegated token (`upn`); `None` for an application's.
    pub upn: Option<String>,
}

impl Authority {
    pub fn new(key: Vec<u8>, lifetime: Duration) -> Authority {
        Authority { key, lifetime }
    }

    /// The authority for a state file: its key is read from beside the file, or created there
    /// (mode 0600) the first time, so tokens stay valid across restarts on the same state.
    pub fn for_state(state: &Path, lifetime: Duration) -> Result<Authority> {
        let path = key_path_for(state);
        let key = match std::fs::read_to_string(&path) {
            Ok(text) => hex_decode(text.trim()).ok_or_else(|| {
                AzError::io(format!("the token key '{}' is corrupt", path.display()))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key: [u8; 32] = rand::random();
                super::tls::write_private(&path, &crate::crypto::hex(&key))?;
                key.to_vec()
            }
            Err(e) => {
                return Err(AzError::io(format!(
                    "cannot read '{}': {e}",
                    path.display()
                )));
            }
        };
        Ok(Authority::new(key, lifetime))
    }

    pub fn lifetime(&self) -> Duration {
        self.lifetime
    }

    /// A signed JWT for this principal and audience; returns the token and its expiry (epoch s).
    pub fn mint(
        &self,
        tenant: &str,
        object_id: &str,
        app_id: &str,
        audience: &str,
    ) -> (String, u64) {
        let now = now_secs();
        let exp = now + self.lifetime.as_secs();
        let claims = json!({
            "aud": audience,
            "iss": format!("https://sts.windows.net/{tenant}/"),
            "iat": now,
            "nbf": now,
            "exp": exp,
            "tid": tenant,
            "oid": object_id,
            "sub": object_id,
            "appid": app_id,
            "idtyp": "app",
            "ver": "1.0",
            "jti": uuid::Uuid::new_v4().to_string(),
        });
        (self.sign(&claims), exp)
    }

    /// A compact HS256 JWT of these claims under the server's key.
    pub fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": "HS256", "typ": "JWT"});
        let signing_input = format!(
            "{}.{}",
            B64.encode(header.to_string()),
            B64.encode(claims.to_string())
        );
        let sig = hmac_sha256(&self.key, signing_input.as_bytes());
        format!("{signing_input}.{}", B64.encode(sig))
    }

    /// Checks an `Authorization` header value; on failure, the 401 ARM would send.
    pub fn verify(&self, authorization: Option<&str>) -> std::result::Result<Claims, ArmResponse> {
        let Some(value) = authorization.filter(|v| !v.trim().is_empty()) else {
            return Err(unauthorized(
                "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is missing.",
                "The authentication failed because of missing 'Authorization' header.",
            ));
        };
        let invalid = || {
            unauthorized(
                "InvalidAuthenticationToken",
                "The access token is invalid.",
                "The access token is invalid.",
            )
        };
        let token = match value.trim().split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => {
                return Err(unauthorized(
                    "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is provided in an invalid format.",
                    "The authentication failed because of an invalid 'Authorization' header.",
                ));
            }
        };
        let mut parts = token.split('.');
        let (Some(h), Some(c), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        let given = B64.decode(s).map_err(|_| invalid())?;
        if !verify_hmac_sha256(&self.key, format!("{h}.{c}").as_bytes(), &given) {
            return Err(invalid());
        }
        let claims: Value = B64
            .decode(c)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or_else(invalid)?;
        let text = |k: &str| {
            claims
                .get(k)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let expires = claims
            .get("exp")
            .and_then(Value::as_u64)
            .ok_or_else(invalid)?;
        let now = now_secs();
        if expires <= now {
            return Err(unauthorized(
                "ExpiredAuthenticationToken",
                &format!(
                    "The access token expiry UTC time '{}' is earlier than current UTC time '{}'.",
                    http_time(expires),
                    http_time(now)
                ),
                "The access token has expired.",
            ));
        }
        Ok(Claims {
            tenant: text("tid"),
            object_id: text("oid"),
            app_id: text("appid"),
            audience: text("aud"),
            expires,
            upn: Some(text("upn")).filter(|u| !u.is_empty()),
        })
    }

    /// Answers the endpoints that need no token (discovery, token issuance, metadata); `None`
    /// for anything else. `base` is the URL clients reached us at (`https://127.0.0.1:PORT`).
    pub fn handle_public(&self, req: &ArmRequest, base: &str) -> Option<ArmResponse> {
        let path = normalize_path(req.path());
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let lower: Vec<String> = segs.iter().map(|s| s.to_ascii_lowercase()).collect();
        let l: Vec<&str> = lower.iter().map(String::as_str).collect();
        let get = req.method == Method::GET;
        let post = req.method == Method::POST;
        match l.as_slice() {
            [_, "v2.0", ".well-known", "openid-configuration"] if get => {
                Some(openid_configuration(base, segs[0]))
            }
            [_, ".well-known", "openid-configuration"] if get => {
                Some(openid_configuration(base, segs[0]))
            }
            [_, "oauth2", "v2.0", "token"] | [_, "oauth2", "token"] if post => {
                Some(self.token(req, segs[0]))
            }
            ["msi", "token"] if get => Some(self.managed_identity(req, Flavour::AppService)),
            ["metadata", "identity", "oauth2", "token"] if get => {
                Some(self.managed_identity(req, Flavour::Imds))
            }
            ["metadata", "endpoints"] if get => {
                Some(ArmResponse::json(200, &metadata_endpoints(base)))
            }
            _ => None,
        }
    }

    /// Refuses a valid token that ARM would not take: issued for another resource (Microsoft
    /// Graph, say) or by another tenant than the subscription's. `GET /subscriptions` and
    /// `/tenants` take any tenant's token, as ARM does (they list that tenant's own).
    pub fn authorize_arm(
        &self,
        claims: &Claims,
        req: &ArmRequest,
    ) -> std::result::Result<(), ArmResponse> {
        if !ARM_AUDIENCES.contains(&claims.audience.as_str()) {
            let allowed = ARM_AUDIENCES
                .iter()
                .map(|a| format!("'{a}'"))
                .collect::<Vec<_>>()
                .join(",");
            return Err(unauthorized(
                "InvalidAuthenticationTokenAudience",
                &format!(
                    "The access token has been obtained for wrong audience or resource '{}'. It should exactly match with one of the allowed audiences {allowed}.",
                    claims.audience
                ),
                "The access token has been obtained for wrong audience or resource.",
            ));
        }
        let path = normalize_path(req.path());
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let tenant_wide = matches!(segs.as_slice(), [s] if s.eq_ignore_ascii_case("subscriptions") || s.eq_ignore_ascii_case("tenants"));
        if !tenant_wide && !claims.tenant.eq_ignore_ascii_case(TENANT_ID) {
            return Err(unauthorized(
                "InvalidAuthenticationTokenTenant",
                &format!(
                    "The access token is from the wrong issuer 'https://sts.windows.net/{}/'. It must match the tenant 'https://sts.windows.net/{TENANT_ID}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/{TENANT_ID}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.",
                    claims.tenant
                ),
                "The access token is from the wrong issuer.",
            ));
        }
        Ok(())
    }

    /// Answers the account-level ARM reads that are not resources (`/subscriptions`,
    /// `/subscriptions/{id}`, `/tenants`) for the token's tenant; `None` for anything else.
    /// Call after `verify` and `authorize_arm`.
    pub fn handle_account(&self, req: &ArmRequest, claims: &Claims) -> Option<ArmResponse> {
        if req.method != Method::GET {
            return None;
        }
        let path = normalize_path(req.path());
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let home = claims.tenant.eq_ignore_ascii_case(TENANT_ID);
        match segs.as_slice() {
            [s] if s.eq_ignore_ascii_case("subscriptions") => {
                let subs: Vec<Value> = if home {
                    vec![subscription()]
                } else {
                    Vec::new()
                };
                let n = subs.len();
                Some(ArmResponse::json(
                    200,
                    &json!({"value": subs, "count": {"type": "Total", "value": n}}),
                ))
            }
            [s, id] if s.eq_ignore_ascii_case("subscriptions") => Some(
                match super::resources::known_subscription(&id.to_ascii_lowercase(), id) {
                    Ok(()) => ArmResponse::json(200, &subscription()),
                    Err(e) => e.response(),
                },
            ),
            [t] if t.eq_ignore_ascii_case("tenants") => Some(ArmResponse::json(
                200,
                &json!({"value": [{
                    "id": format!("/tenants/{TENANT_ID}"),
                    "tenantId": TENANT_ID,
                    "tenantCategory": "Home",
                    "displayName": "azr emulator",
                    "defaultDomain": "emulator.local",
                    "domains": ["emulator.local"],
                    "tenantType": "AAD"
                }], "count": {"type": "Total", "value": 1}}),
            )),
            _ => None,
        }
    }

    /// `POST /{tenant}/oauth2/v2.0/token`: client credentials with a secret or a client
    /// assertion. The emulator has no directory: any client id with some credential gets in,
    /// but a request without one is refused the way Azure AD refuses it.
    fn token(&self, req: &ArmRequest, tenant: &str) -> ArmResponse {
        let body = req
            .body
            .as_deref()
            .map(String::from_utf8_lossy)
            .unwrap_or_default();
        let form = parse_query(&body);
        let field = |k: &str| {
            form.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty())
        };
        let grant = field("grant_type").unwrap_or("");
        if grant != "client_credentials" {
            return aad_error(
                400,
                "unsupported_grant_type",
                "AADSTS70003: The app requested an unsupported grant type. The emulator supports 'client_credentials', 'authorization_code', 'refresh_token' and 'urn:ietf:params:oauth:grant-type:device_code'.",
                70003,
            );
        }
        let Some(client_id) = field("client_id") else {
            return aad_error(
                400,
                "invalid_request",
                "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
                900144,
            );
        };
        let has_secret = field("client_secret").is_some();
        match (has_secret, field("client_assertion")) {
            (true, _) => {}
            (false, Some(a)) => {
                if let Err((msg, code)) = check_assertion(a, client_id, now_secs()) {
                    return aad_error(401, "invalid_client", &msg, code);
                }
            }
            (false, None) => {
                return aad_error(
                    401,
                    "invalid_client",
                    "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
                    7000216,
                );
            }
        }
        let audience = field("scope")
            .and_then(|s| s.split(' ').next())
            .map(|s| s.strip_suffix("/.default").unwrap_or(s).to_string())
            .unwrap_or_else(|| DEFAULT_AUDIENCE.to_string());
        let tenant = if is_guid(tenant) { tenant } else { TENANT_ID };
        let oid = derived_guid("sp", client_id);
        let (token, _) = self.mint(tenant, &oid, client_id, &audience);
        let secs = self.lifetime.as_secs();
        ArmResponse::json(
            200,
            &json!({"token_type": "Bearer", "expires_in": secs, "ext_expires_in": secs, "access_token": token}),
        )
    }

    fn managed_identity(&self, req: &ArmRequest, flavour: Flavour) -> ArmResponse {
        let query = parse_query(req.query());
        let param = |k: &str| {
            query
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty())
        };
        match flavour {
            Flavour::AppService => {
                if req.header("X-IDENTITY-HEADER").is_none_or(str::is_empty) {
                    return ArmResponse::json(
                        400,
                        &json!({"statusCode": 400, "message": "The 'X-IDENTITY-HEADER' header is missing."}),
                    );
                }
            }
            Flavour::Imds => {
                if !req
                    .header("Metadata")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                {
                    return ArmResponse::json(
                        400,
                        &json!({"error": "invalid_request", "error_description": "Required metadata header not specified"}),
                    );
                }
            }
        }
        let Some(resource) = param("resource") else {
            return ArmResponse::json(
                400,
                &json!({"error": "invalid_request", "error_description": "Required audience parameter not specified"}),
            );
        };
        // A user-assigned identity is named by one of these; the system identity otherwise.
        let who = param("client_id")
            .or_else(|| param("object_id"))
            .or_else(|| param("principal_id"))
            .or_else(|| param("mi_res_id"))
            .or_else(|| param("msi_res_id"))
            .unwrap_or("system-assigned");
        let app_id = match param("client_id") {
            Some(c) => c.to_string(),
            None => derived_guid("mi-app", who),
        };
        let oid = derived_guid("mi", who);
        let (token, exp) = self.mint(TENANT_ID, &oid, &app_id, resource);
        let now = now_secs();
        let secs = self.lifetime.as_secs();
        // Both flavours send numbers as strings, as Azure does.
        let body = match flavour {
            Flavour::AppService => json!({
                "access_token": token,
                "expires_on": exp.to_string(),
                "resource": resource,
                "token_type": "Bearer",
                "client_id": app_id,
            }),
            Flavour::Imds => json!({
                "access_token": token,
                "refresh_token": "",
                "expires_in": secs.to_string(),
                "expires_on": exp.to_string(),
                "not_before": now.to_string(),
                "resource": resource,
                "token_type": "Bearer",
                "client_id": app_id,
            }),
        };
        ArmResponse::json(200, &body)
    }
}

#[derive(Clone, Copy)]
enum Flavour {
    AppService,
    Imds,
}

fn unauthorized(code: &str, message: &str, description: &str) -> ArmResponse {
    ArmResponse::json(401, &error_body(code, message)).with_header(
        "WWW-Authenticate",
        format!(
            "Bearer authorization_uri=\"https://login.microsoftonline.com/{TENANT_ID}\", error=\"invalid_token\", error_description=\"{description}\""
        ),
    )
}

pub(crate) fn aad_error(status: u16, error: &str, description: &str, code: u64) -> ArmResponse {
    ArmResponse::json(
        status,
        &json!({
            "error": error,
            "error_description": description,
            "error_codes": [code],
            "timestamp": http_time(now_secs()),
            "trace_id": uuid::Uuid::new_v4().to_string(),
            "correlation_id": uuid::Uuid::new_v4().to_string(),
        }),
    )
}

fn openid_configuration(base: &str, tenant: &str) -> ArmResponse {
    let t = format!("{base}/{tenant}");
    ArmResponse::json(
        200,
        &json!({
            "token_endpoint": format!("{t}/oauth2/v2.0/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": format!("{t}/discovery/v2.0/keys"),
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": format!("{t}/v2.0"),
            "request_uri_parameter_supported": false,
            "authorization_endpoint": format!("{t}/oauth2/v2.0/authorize"),
            "device_authorization_endpoint": format!("{t}/oauth2/v2.0/devicecode"),
            "end_session_endpoint": format!("{t}/oauth2/v2.0/logout"),
            "http_logout_supported": true,
            "frontchannel_logout_supported": true,
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "nbf", "tid", "oid", "appid"],
            "tenant_region_scope": null,
            "cloud_instance_name": "emulator.local",
        }),
    )
}

/// The `2022-09-01` cloud metadata object, with the keys az's `_arm_to_cli_mapper` reads.
pub fn metadata_endpoints(base: &str) -> Value {
    let slash = format!("{base}/");
    json!({
        "name": "AzureEmulator",
        "portal": base,
        "resourceManager": slash,
        "authentication": {
            "loginEndpoint": base,
            "audiences": [DEFAULT_AUDIENCE, "https://management.azure.com/"],
            "tenant": "common",
            "identityProvider": "AAD",
        },
        "media": slash,
        "graphAudience": "https://graph.windows.net/",
        "graph": slash,
        "batch": slash,
        "gallery": slash,
        "sqlManagement": slash,
        "vmImageAliasDoc": format!("{base}/vm-aliases.json"),
        "activeDirectoryDataLake": slash,
        "microsoftGraphResourceId": slash,
        "appInsightsResourceId": slash,
        "appInsightsTelemetryChannelResourceId": slash,
        "attestationResourceId": slash,
        "synapseAnalyticsResourceId": slash,
        "logAnalyticsResourceId": slash,
        "ossrDbmsResourceId": slash,
        "suffixes": {
            "storage": "core.emulator.local",
            "keyVaultDns": "vault.emulator.local",
            "sqlServerHostname": "database.emulator.local",
            "acrLoginServer": "azurecr.emulator.local",
            "azureDataLakeStoreFileSystem": "azuredatalakestore.emulator.local",
            "azureDataLakeAnalyticsCatalogAndJob": "azuredatalakeanalytics.emulator.local",
            "mhsmDns": "managedhsm.emulator.local",
            "mysqlServerEndpoint": "mysql.database.emulator.local",
            "postgresqlServerEndpoint": "postgres.database.emulator.local",
            "mariadbServerEndpoint": "mariadb.database.emulator.local",
            "synapseAnalytics": "dev.azuresynapse.emulator.local",
            "attestationEndpoint": "attest.emulator.local",
            "storageSyncEndpointSuffix": "afs.emulator.local",
            "azureFrontDoorEndpointSuffix": "azurefd.emulator.local",
        },
    })
}

fn subscription() -> Value {
    json!({
        "id": format!("/subscriptions/{SUBSCRIPTION_ID}"),
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": SUBSCRIPTION_ID,
        "tenantId": TENANT_ID,
        "displayName": "azr emulator",
        "state": "Enabled",
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": "PayAsYouGo_2014-09-01",
            "spendingLimit": "Off",
        },
    })
}

/// Collapses repeated slashes (`//metadata/endpoints`, from a cloud registered with a
/// trailing slash) so every route sees one canonical path.
pub fn normalize_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1);
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.push_str(seg);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || s.is_empty() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Whether Entra would take this client assertion from `client_id`: a JWT either signed by
/// the client itself (`iss` the client, or none: then `sub` must be the client too) or issued
/// by an external identity provider (a federated token: a CI pipeline's OIDC token, say; the
/// emulator has no directory, so any issuer is trusted for any client), within its `nbf`..`exp`
/// time range. The error is Entra's message and code.
fn check_assertion(jwt: &str, client_id: &str, now: u64) -> std::result::Result<(), (String, u64)> {
    let malformed = || {
        (
            "AADSTS50027: JWT token is invalid or malformed.".to_string(),
            50027,
        )
    };
    let mut parts = jwt.split('.');
    let (Some(_), Some(claims), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed());
    };
    let claims: Value = B64
        .decode(claims.trim_end_matches('='))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .filter(Value::is_object)
        .ok_or_else(malformed)?;
    let text = |k: &str| claims.get(k).and_then(Value::as_str).unwrap_or("");
    let external = !text("iss").is_empty() && text("iss") != client_id;
    if !(external || text("sub").is_empty() || text("sub") == client_id) {
        return Err(malformed());
    }
    let nbf = claims.get("nbf").and_then(Value::as_u64);
    let exp = claims.get("exp").and_then(Value::as_u64);
    if exp.is_some_and(|e| e <= now) || nbf.is_some_and(|n| n > now) {
        return Err((
            format!(
                "AADSTS700024: Client assertion is not within its valid time range. Current time: {}, assertion valid from {}, expiry time of assertion {}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .",
                entra_time(now),
                entra_time(nbf.unwrap_or(0)),
                entra_time(exp.unwrap_or(0)),
            ),
            700024,
        ));
    }
    Ok(())
}

/// A time as Entra's messages write it: `2025-08-29T05:47:32.0000000Z`.
fn entra_time(secs: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .ok()
        .and_then(|t| {
            t.format(&time::macros::format_description!(
                "[year]-[month]-[day]T[hour]:[minute]:[second].0000000Z"
            ))
            .ok()
        })
        .unwrap_or_default()
}

/// A stable GUID for a principal: the same client id always gets the same object id.
pub(crate) fn derived_guid(kind: &str, name: &str) -> String {
    let d = sha256(&[format!("{kind}:{}", name.to_ascii_lowercase()).as_bytes()]);
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50; // version 5 style: name-based
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(b).to_string()
}

pub(crate) use crate::arm::id::is_guid;

pub(crate) fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn http_time(secs: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .ok()
        .and_then(|t| {
            t.format(&time::macros::format_description!(
                "[month]/[day]/[year] [hour]:[minute]:[second]"
            ))
            .ok()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authority() -> Authority {
        Authority::new(b"k".to_vec(), DEFAULT_TOKEN_LIFETIME)
    }

    fn claims_of(token: &str) -> Value {
        crate::jwt::claims(token).expect("a JWT")
    }

    #[test]
    fn minted_token_verifies_and_carries_claims() {
        let a = authority();
        let (t, exp) = a.mint(
            TENANT_ID,
            "o",
            "app",
            "https://management.core.windows.net/",
        );
        let c = a.verify(Some(&format!("Bearer {t}"))).unwrap();
        assert_eq!(c.tenant, TENANT_ID);
        assert_eq!(c.app_id, "app");
        assert_eq!(c.expires, exp);
        assert_eq!(claims_of(&t)["tid"], TENANT_ID);
    }

    #[test]
    fn foreign_or_tampered_tokens_are_refused() {
        let a = authority();
        let (t, _) = a.mint(TENANT_ID, "o", "app", "aud");
        let other = Authority::new(b"other".to_vec(), DEFAULT_TOKEN_LIFETIME);
        let r = other.verify(Some(&format!("Bearer {t}"))).unwrap_err();
        assert_eq!(r.status, 401);
        assert_eq!(
            r.json_body().unwrap()["error"]["code"],
            "InvalidAuthenticationToken"
        );
        let r = a.verify(None).unwrap_err();
        assert_eq!(
            r.json_body().unwrap()["error"]["code"],
            "AuthenticationFailed"
        );
        assert!(r.header("WWW-Authenticate").unwrap().starts_with("Bearer "));
        let r = a.verify(Some("Basic abc")).unwrap_err();
        assert_eq!(
            r.json_body().unwrap()["error"]["code"],
            "AuthenticationFailed"
        );
        let r = a.verify(Some("Bearer a.b.c")).unwrap_err();
        assert_eq!(
            r.json_body().unwrap()["error"]["code"],
            "InvalidAuthenticationToken"
        );
    }

    #[test]
    fn expired_token_is_refused() {
        let a = Authority::new(b"k".to_vec(), Duration::from_secs(0));
        let (t, _) = a.mint(TENANT_ID, "o", "app", "aud");
        let r = a.verify(Some(&format!("Bearer {t}"))).unwrap_err();
        assert_eq!(
            r.json_body().unwrap()["error"]["code"],
            "ExpiredAuthenticationToken"
        );
    }

    fn post_form(path: &str, body: &str) -> ArmRequest {
        let mut r = ArmRequest::new(Method::POST, path);
        r.body = Some(body.as_bytes().to_vec());
        r
    }

    #[test]
    fn client_credentials_with_secret_or_assertion() {
        let a = authority();
        let r = a
            .handle_public(
                &post_form(
                    &format!("/{TENANT_ID}/oauth2/v2.0/token"),
                    "client_id=c1&grant_type=client_credentials&client_secret=s&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default",
                ),
                "https://127.0.0.1:1",
            )
            .unwrap();
        assert_eq!(r.status, 200);
        let body = r.json_body().unwrap();
        assert_eq!(body["expires_in"], 86400);
        let c = claims_of(body["access_token"].as_str().unwrap());
        assert_eq!(c["aud"], "https://management.core.windows.net/");
        assert_eq!(c["appid"], "c1");

        let assertion = format!("e30.{}.sig", B64.encode(r#"{"sub":"c1","iss":"c1"}"#));
        let r = a
            .handle_public(
                &post_form(
                    "/t/oauth2/v2.0/token",
                    &format!("client_id=c1&grant_type=client_credentials&client_assertion_type=x&client_assertion={assertion}"),
                ),
                "https://h",
            )
            .unwrap();
        assert_eq!(r.status, 200);

        let r = a
            .handle_public(
                &post_form(
                    "/t/oauth2/v2.0/token",
                    "client_id=c1&grant_type=client_credentials",
                ),
                "https://h",
            )
            .unwrap();
        assert_eq!(r.status, 401);
        assert_eq!(r.json_body().unwrap()["error"], "invalid_client");
        let r = a
            .handle_public(
                &post_form("/t/oauth2/v2.0/token", "grant_type=password"),
                "https://h",
            )
            .unwrap();
        assert_eq!(r.json_body().unwrap()["error"], "unsupported_grant_type");
    }

    fn jwt(claims: Value) -> String {
        format!("e30.{}.c2ln", B64.encode(claims.to_string()))
    }

    #[test]
    fn federated_assertions_from_external_issuers_within_their_time_range() {
        let now = 1_800_000_000;
        let gh = |exp: u64, nbf: u64| {
            jwt(json!({"iss": "https://token.actions.githubusercontent.com",
                "sub": "repo:o/r:ref:refs/heads/main", "aud": "api://AzureADTokenExchange",
                "exp": exp, "nbf": nbf}))
        };
        assert_eq!(check_assertion(&gh(now + 300, now - 5), "app", now), Ok(()));
        // A self-signed assertion names the client as its subject.
        let own = jwt(json!({"iss": "app", "sub": "other", "exp": now + 60}));
        assert_eq!(check_assertion(&own, "app", now).unwrap_err().1, 50027);
        for bad in [
            "",
            "a.b",
            "a.b.c.d",
            "e30.bm90IGpzb24.c2ln",
            "e30.WzFd.c2ln",
        ] {
            assert_eq!(
                check_assertion(bad, "app", now).unwrap_err().1,
                50027,
                "{bad}"
            );
        }
        let (msg, code) = check_assertion(&gh(now - 1, now - 600), "app", now).unwrap_err();
        assert_eq!(code, 700024);
        assert_eq!(
            msg,
            "AADSTS700024: Client assertion is not within its valid time range. Current time: \
             2027-01-15T08:00:00.0000000Z, assertion valid from 2027-01-15T07:50:00.0000000Z, \
             expiry time of assertion 2027-01-15T07:59:59.0000000Z. Review the documentation at \
             https://learn.microsoft.com/entra/identity-platform/certificate-credentials ."
        );
        // Not valid yet is the same error.
        let early = check_assertion(&gh(now + 600, now + 60), "app", now);
        assert_eq!(early.unwrap_err().1, 700024);

        // Through the token endpoint: 401 invalid_client, nothing minted.
        let a = authority();
        let expired = jwt(json!({"iss": "https://issuer", "sub": "s", "exp": 1}));
        let r = a
            .handle_public(
                &post_form(
                    "/t/oauth2/v2.0/token",
                    &format!("client_id=app&grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion={expired}"),
                ),
                "https://h",
            )
            .unwrap();
        assert_eq!(r.status, 401);
        let body = r.json_body().unwrap();
        assert_eq!(body["error"], "invalid_client");
        assert_eq!(body["error_codes"], json!([700024]));
        assert!(body.get("access_token").is_none());
    }

    #[test]
    fn discovery_and_metadata_tolerate_double_slash() {
        let a = authority();
        let r = a
            .handle_public(
                &ArmRequest::new(Method::GET, "/t1/v2.0/.well-known/openid-configuration"),
                "https://127.0.0.1:9",
            )
            .unwrap();
        let b = r.json_body().unwrap();
        assert_eq!(
            b["token_endpoint"],
            "https://127.0.0.1:9/t1/oauth2/v2.0/token"
        );
        assert!(b["authorization_endpoint"].is_string());
        let r = a
            .handle_public(
                &ArmRequest::new(Method::GET, "//metadata/endpoints?api-version=2022-09-01"),
                "https://127.0.0.1:9",
            )
            .unwrap();
        let b = r.json_body().unwrap();
        assert_eq!(b["authentication"]["loginEndpoint"], "https://127.0.0.1:9");
        assert!(b["suffixes"].is_object());
        assert!(
            a.handle_public(&ArmRequest::new(Method::GET, "/subscriptions"), "https://h")
                .is_none()
        );
    }

    #[test]
    fn managed_identity_flavours() {
        let a = authority();
        let mut r = ArmRequest::new(
            Method::GET,
            "/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fmanagement.core.windows.net%2F",
        );
        assert_eq!(a.handle_public(&r, "https://h").unwrap().status, 400);
        r.headers.push(("X-IDENTITY-HEADER".into(), "x".into()));
        let resp = a.handle_public(&r, "https://h").unwrap();
        let b = resp.json_body().unwrap();
        assert!(b["expires_on"].is_string());
        assert_eq!(
            claims_of(b["access_token"].as_str().unwrap())["tid"],
            TENANT_ID
        );

        let mut r = ArmRequest::new(
            Method::GET,
            "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
        );
        assert_eq!(a.handle_public(&r, "https://h").unwrap().status, 400);
        r.headers.push(("Metadata".into(), "true".into()));
        let b = a
            .handle_public(&r, "https://h")
            .unwrap()
            .json_body()
            .unwrap();
        assert_eq!(b["resource"], "https://management.azure.com/");
        assert!(
            a.verify(Some(&format!(
                "Bearer {}",
                b["access_token"].as_str().unwrap()
            )))
            .is_ok()
        );
    }

    fn claims_for(tenant: &str, audience: &str) -> Claims {
        Claims {
            tenant: tenant.into(),
            object_id: "o".into(),
            app_id: "a".into(),
            audience: audience.into(),
            expires: u64::MAX,
            upn: None,
        }
    }

    #[test]
    fn subscriptions() {
        let a = authority();
        let home = claims_for(TENANT_ID, DEFAULT_AUDIENCE);
        let get = |path: &str, claims: &Claims| {
            a.handle_account(&ArmRequest::new(Method::GET, path), claims)
        };
        let list = get("/subscriptions?api-version=2022-12-01", &home).unwrap();
        let b = list.json_body().unwrap();
        assert_eq!(b["value"][0]["subscriptionId"], SUBSCRIPTION_ID);
        assert_eq!(b["value"][0]["tenantId"], TENANT_ID);
        let one = get(&format!("/subscriptions/{SUBSCRIPTION_ID}"), &home).unwrap();
        assert_eq!(one.status, 200);
        let missing = get("/subscriptions/00000000-0000-0000-0000-0000000000ff", &home).unwrap();
        assert_eq!(missing.status, 404);
        assert_eq!(
            missing.json_body().unwrap()["error"]["code"],
            "SubscriptionNotFound"
        );
        let malformed = get("/subscriptions/nope", &home).unwrap();
        assert_eq!(malformed.status, 400);
        assert_eq!(
            malformed.json_body().unwrap()["error"]["message"],
            "The provided subscription identifier 'nope' is malformed or invalid."
        );
        assert!(
            get(
                &format!("/subscriptions/{SUBSCRIPTION_ID}/resourcegroups"),
                &home
            )
            .is_none()
        );
        // Another tenant's principal sees none of this tenant's subscriptions.
        let foreign = claims_for("11111111-1111-1111-1111-111111111111", DEFAULT_AUDIENCE);
        let list = get("/subscriptions", &foreign).unwrap();
        assert_eq!(list.json_body().unwrap()["value"], json!([]));
    }

    #[test]
    fn arm_takes_only_its_audiences_from_its_tenant() {
        let a = authority();
        let write = ArmRequest::new(
            Method::PUT,
            format!("/subscriptions/{SUBSCRIPTION_ID}/resourcegroups/rg?api-version=2024-11-01"),
        );
        for aud in ARM_AUDIENCES {
            assert!(
                a.authorize_arm(&claims_for(TENANT_ID, aud), &write).is_ok(),
                "{aud}"
            );
        }
        let r = a
            .authorize_arm(
                &claims_for(TENANT_ID, "https://graph.microsoft.com"),
                &write,
            )
            .unwrap_err();
        assert_eq!(r.status, 401);
        let e = r.json_body().unwrap();
        assert_eq!(e["error"]["code"], "InvalidAuthenticationTokenAudience");
        assert!(
            e["error"]["message"].as_str().unwrap().starts_with(
                "The access token has been obtained for wrong audience or resource 'https://graph.microsoft.com'."
            )
        );
        let other = "11111111-1111-1111-1111-111111111111";
        let r = a
            .authorize_arm(&claims_for(other, DEFAULT_AUDIENCE), &write)
            .unwrap_err();
        assert_eq!(r.status, 401);
        let e = r.json_body().unwrap();
        assert_eq!(e["error"]["code"], "InvalidAuthenticationTokenTenant");
        assert!(
            e["error"]["message"]
                .as_str()
                .unwrap()
                .starts_with(&format!(
                    "The access token is from the wrong issuer 'https://sts.windows.net/{other}/'."
                ))
        );
        // Listing subscriptions is tenant-wide.
        let list = ArmRequest::new(Method::GET, "/subscriptions?api-version=2022-12-01");
        assert!(
            a.authorize_arm(&claims_for(other, DEFAULT_AUDIENCE), &list)
                .is_ok()
        );
    }

    #[test]
    fn key_file_is_created_once() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("s.db");
        let a = Authority::for_state(&state, DEFAULT_TOKEN_LIFETIME).unwrap();
        let (t, _) = a.mint(TENANT_ID, "o", "a", "x");
        let b = Authority::for_state(&state, DEFAULT_TOKEN_LIFETIME).unwrap();
        assert!(b.verify(Some(&format!("Bearer {t}"))).is_ok());
        assert!(dir.path().join("s.db-tokenkey").exists());
    }
}
