//! Microsoft Graph, the part az and azr call: `GET /v1.0/me` (the signed-in user, delegated
//! tokens only), `GET /v1.0/servicePrincipals` and `GET /v1.0/users` with az's `$filter`s, and
//! `POST /v1.0/directoryObjects/getByIds`. The directory is fixed: the emulator's user and the
//! service principals its docs and tests sign in with, each with the object id its tokens carry
//! (`derived_guid`), so a role assigned to a resolved principal is the one that signs in.
//! Served on the same server as ARM, at the cloud's `microsoftGraphResourceId` (the server's
//! base URL), for tokens issued for Graph only; in process, as an app-only caller.

use serde_json::{Value, json};

use super::auth::{Claims, derived_guid, normalize_path};
use crate::arm::{ArmRequest, ArmResponse, Method};
use crate::encoding::parse_query;

/// The audiences Graph takes tokens for besides the server's own base URL.
const GRAPH_AUDIENCES: &[&str] = &[
    "https://graph.microsoft.com",
    "https://graph.microsoft.com/",
    "00000003-0000-0000-c000-000000000000",
];

/// The service principals of the directory (application ids): the one `az-peer.sh` and the
/// differential sign in with, and the ones the docs and tests name.
pub const SERVICE_PRINCIPALS: &[&str] = &[
    "11111111-1111-1111-1111-111111111111",
    "22222222-2222-2222-2222-222222222222",
    "33333333-3333-3333-3333-333333333333",
    "44444444-4444-4444-4444-444444444444",
];

pub use crate::arm::wire::is_graph_path;

/// Who calls: a user (delegated token) or an application (app-only token).
#[derive(Debug, Clone, PartialEq)]
pub enum Caller {
    User { object_id: String, upn: String },
    App,
}

impl Caller {
    pub fn of(claims: &Claims) -> Caller {
        match &claims.upn {
            Some(upn) => Caller::User {
                object_id: claims.object_id.clone(),
                upn: upn.clone(),
            },
            None => Caller::App,
        }
    }
}

/// Refuses a token not issued for Graph (an ARM token, say), as Graph does. `base`: the URL
/// the server is reached at, which is the cloud's Graph resource id.
pub fn authorize(claims: &Claims, base: &str) -> Result<(), ArmResponse> {
    let aud = claims.audience.as_str();
    let own = aud.trim_end_matches('/') == base.trim_end_matches('/');
    if own || GRAPH_AUDIENCES.contains(&aud) {
        return Ok(());
    }
    Err(error(
        401,
        "InvalidAuthenticationToken",
        "Access token validation failure. Invalid audience.",
    ))
}

/// Graph's answer to a token it cannot read (missing, foreign, tampered or expired).
pub fn unauthenticated(authorization: Option<&str>) -> ArmResponse {
    let message = if authorization.is_none_or(|a| a.trim().is_empty()) {
        "Access token is empty."
    } else {
        "Access token validation failure."
    };
    error(401, "InvalidAuthenticationToken", message)
}

/// Answers one Graph request. `user`: the emulator's user principal name.
pub fn handle(req: &ArmRequest, caller: &Caller, user: &str) -> ArmResponse {
    let path = normalize_path(req.path());
    let segs: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let get = req.method == Method::GET;
    let post = req.method == Method::POST;
    match segs.as_slice() {
        ["v1.0", "me"] if get => me(caller, user),
        ["v1.0", "serviceprincipals"] if get => list(req, "servicePrincipals", |f| {
            service_principals()
                .into_iter()
                .filter(|sp| f.matches(sp))
                .collect()
        }),
        ["v1.0", "users"] if get => list(req, "users", |f| {
            vec![user_object(user)]
                .into_iter()
                .filter(|u| f.matches(u))
                .collect()
        }),
        ["v1.0", "directoryobjects", "getbyids"] if post => by_ids(req, user),
        _ => error(
            400,
            "BadRequest",
            &format!(
                "Resource not found for the segment '{}'.",
                path.rsplit('/').next().unwrap_or_default()
            ),
        ),
    }
}

fn me(caller: &Caller, user: &str) -> ArmResponse {
    match caller {
        Caller::User { upn, .. } if upn.eq_ignore_ascii_case(user) => {
            let mut u = user_object(user);
            u["@odata.context"] = json!(format!("{}$metadata#users/$entity", context_base()));
            ArmResponse::json(200, &u)
        }
        Caller::User { upn, .. } => error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{upn}' does not exist or one of its queried reference-property objects are not present."
            ),
        ),
        Caller::App => error(
            400,
            "BadRequest",
            "/me request is only valid with delegated authentication flow.",
        ),
    }
}

fn context_base() -> &'static str {
    "https://graph.microsoft.com/v1.0/"
}

/// The emulator's user as Graph's `user` resource shows it.
fn user_object(upn: &str) -> Value {
    let name = upn.split('@').next().unwrap_or(upn);
    json!({
        "businessPhones": [],
        "displayName": name,
        "givenName": null,
        "jobTitle": null,
        "mail": null,
        "mobilePhone": null,
        "officeLocation": null,
        "preferredLanguage": null,
        "surname": null,
        "userPrincipalName": upn,
        "id": derived_guid("user", upn),
    })
}

fn service_principal(app_id: &str) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.servicePrincipal",
        "id": derived_guid("sp", app_id),
        "accountEnabled": true,
        "appDisplayName": format!("azr-emulator-{}", &app_id[..8]),
        "appId": app_id,
        "appOwnerOrganizationId": super::TENANT_ID,
        "displayName": format!("azr-emulator-{}", &app_id[..8]),
        "servicePrincipalNames": [app_id],
        "servicePrincipalType": "Application",
        "signInAudience": "AzureADMyOrg",
        "tags": [],
    })
}

fn service_principals() -> Vec<Value> {
    SERVICE_PRINCIPALS
        .iter()
        .map(|a| service_principal(a))
        .collect()
}

/// The `$filter`s az sends, the only ones the emulator reads.
enum Filter {
    All,
    /// `servicePrincipalNames/any(c:c eq 'X')`
    AnyName(String),
    /// `displayName eq 'X'`, `userPrincipalName eq 'X'`
    Eq(String, String),
}

impl Filter {
    fn parse(text: &str) -> Option<Filter> {
        let quoted = |s: &str| -> Option<String> {
            let s = s.trim();
            s.strip_prefix('\'')?
                .strip_suffix('\'')
                .map(|v| v.replace("''", "'"))
        };
        if let Some(rest) = text.trim().strip_prefix("servicePrincipalNames/any(") {
            let inner = rest.strip_suffix(')')?;
            let (var, cond) = inner.split_once(':')?;
            let value = cond
                .trim()
                .strip_prefix(var.trim())?
                .trim()
                .strip_prefix("eq ")?;
            return Some(Filter::AnyName(quoted(value)?));
        }
        let (field, value) = text.split_once(" eq ")?;
        let field = field.trim();
        matches!(field, "displayName" | "userPrincipalName" | "appId" | "id")
            .then(|| Some(Filter::Eq(field.to_string(), quoted(value)?)))?
    }

    fn matches(&self, object: &Value) -> bool {
        let eq = |a: &Value, b: &str| a.as_str().is_some_and(|a| a.eq_ignore_ascii_case(b));
        match self {
            Filter::All => true,
            Filter::AnyName(n) => object["servicePrincipalNames"]
                .as_array()
                .is_some_and(|names| names.iter().any(|x| eq(x, n))),
            Filter::Eq(field, v) => eq(&object[field.as_str()], v),
        }
    }
}

fn list(req: &ArmRequest, set: &str, select: impl Fn(&Filter) -> Vec<Value>) -> ArmResponse {
    let query = parse_query(req.query());
    let filter = match query
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("$filter"))
    {
        None => Filter::All,
        Some((_, text)) => match Filter::parse(text) {
            Some(f) => f,
            None => {
                return error(400, "BadRequest", &format!("Invalid filter clause: {text}"));
            }
        },
    };
    let value: Vec<Value> = select(&filter)
        .into_iter()
        .map(|mut v| {
            if let Some(o) = v.as_object_mut() {
                o.remove("@odata.type");
            }
            v
        })
        .collect();
    ArmResponse::json(
        200,
        &json!({"@odata.context": format!("{}$metadata#{set}", context_base()), "value": value}),
    )
}

fn by_ids(req: &ArmRequest, user: &str) -> ArmResponse {
    let body = req.json_body().unwrap_or(Value::Null);
    let Some(ids) = body["ids"].as_array() else {
        return error(
            400,
            "Request_BadRequest",
            "Invalid value specified for property 'ids' of resource 'DirectoryObject'.",
        );
    };
    let types: Vec<String> = body["types"]
        .as_array()
        .map(|t| {
            t.iter()
                .filter_map(Value::as_str)
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    let wants = |t: &str| types.is_empty() || types.iter().any(|x| x == t);
    let mut all = Vec::new();
    if wants("user") {
        let mut u = user_object(user);
        u["@odata.type"] = json!("#microsoft.graph.user");
        all.push(u);
    }
    if wants("serviceprincipal") {
        all.extend(service_principals());
    }
    let value: Vec<Value> = all
        .into_iter()
        .filter(|o| {
            ids.iter()
                .filter_map(Value::as_str)
                .any(|id| o["id"].as_str().is_some_and(|x| x.eq_ignore_ascii_case(id)))
        })
        .collect();
    ArmResponse::json(
        200,
        &json!({"@odata.context": format!("{}$metadata#directoryObjects", context_base()), "value": value}),
    )
}

/// Graph's error envelope, with the `innerError` it always adds.
pub fn error(status: u16, code: &str, message: &str) -> ArmResponse {
    let date = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default();
    ArmResponse::json(
        status,
        &json!({"error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": date,
                "request-id": uuid::Uuid::new_v4().to_string(),
                "client-request-id": uuid::Uuid::new_v4().to_string(),
            }
        }}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const USER: &str = "user@azr.emulator";

    fn get(url: &str, caller: &Caller) -> (u16, Value) {
        let r = handle(&ArmRequest::new(Method::GET, url), caller, USER);
        (r.status, serde_json::from_slice(&r.body).unwrap())
    }

    fn user() -> Caller {
        Caller::User {
            object_id: derived_guid("user", USER),
            upn: USER.into(),
        }
    }

    #[test]
    fn me_is_the_signed_in_user_and_refused_to_applications() {
        let (status, body) = get("/v1.0/me", &user());
        assert_eq!(status, 200);
        assert_eq!(body["id"], derived_guid("user", USER));
        assert_eq!(body["userPrincipalName"], USER);
        let (status, body) = get("/v1.0/me", &Caller::App);
        assert_eq!(status, 400);
        assert_eq!(body["error"]["code"], "BadRequest");
        assert_eq!(
            body["error"]["message"],
            "/me request is only valid with delegated authentication flow."
        );
    }

    #[test]
    fn service_principals_by_name_display_name_and_id() {
        let app = "44444444-4444-4444-4444-444444444444";
        let f =
            crate::encoding::percent_encode(&format!("servicePrincipalNames/any(c:c eq '{app}')"));
        let (status, body) = get(
            &format!("/v1.0/servicePrincipals?$filter={f}"),
            &Caller::App,
        );
        assert_eq!(status, 200);
        assert_eq!(body["value"].as_array().unwrap().len(), 1);
        assert_eq!(body["value"][0]["id"], derived_guid("sp", app));
        assert_eq!(body["value"][0]["appId"], app);
        // an unknown application: an empty list, as Graph answers
        let f = crate::encoding::percent_encode("servicePrincipalNames/any(c:c eq 'nope')");
        let (_, body) = get(
            &format!("/v1.0/servicePrincipals?$filter={f}"),
            &Caller::App,
        );
        assert_eq!(body["value"], json!([]));
        let f = crate::encoding::percent_encode("displayName eq 'azr-emulator-44444444'");
        let (_, body) = get(
            &format!("/v1.0/servicePrincipals?$filter={f}"),
            &Caller::App,
        );
        assert_eq!(body["value"][0]["appId"], app);
        let (status, body) = get(
            "/v1.0/servicePrincipals?$filter=startswith(x)",
            &Caller::App,
        );
        assert_eq!(status, 400);
        assert_eq!(body["error"]["code"], "BadRequest");
    }

    #[test]
    fn users_and_objects_by_id() {
        let f = crate::encoding::percent_encode(&format!("userPrincipalName eq '{USER}'"));
        let (_, body) = get(&format!("/v1.0/users?$filter={f}"), &Caller::App);
        assert_eq!(body["value"][0]["id"], derived_guid("user", USER));
        let sp = derived_guid("sp", "22222222-2222-2222-2222-222222222222");
        let req = ArmRequest::new(Method::POST, "/v1.0/directoryObjects/getByIds")
            .with_json(&json!({"ids": [sp], "types": ["user", "servicePrincipal"]}));
        let r = handle(&req, &Caller::App, USER);
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(body["value"][0]["id"], sp);
        assert_eq!(body["value"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn only_graph_tokens_are_taken() {
        let claims = |aud: &str| Claims {
            tenant: super::super::TENANT_ID.into(),
            object_id: "o".into(),
            app_id: "a".into(),
            audience: aud.into(),
            expires: 0,
            upn: None,
        };
        let base = "https://127.0.0.1:8443";
        assert!(authorize(&claims("https://127.0.0.1:8443"), base).is_ok());
        assert!(authorize(&claims("https://127.0.0.1:8443/"), base).is_ok());
        assert!(authorize(&claims("https://graph.microsoft.com"), base).is_ok());
        let refused = authorize(&claims("https://management.core.windows.net/"), base).unwrap_err();
        assert_eq!(refused.status, 401);
        let body: Value = serde_json::from_slice(&refused.body).unwrap();
        assert_eq!(
            body["error"]["message"],
            "Access token validation failure. Invalid audience."
        );
    }
}
