//! `login`, `logout`, `account show|list|set`: accounts in the config dir, credentials in
//! `credentials.json` (0600), as az keeps them in `azureProfile.json` and its MSAL cache.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::{Output, WireResult};
use crate::arm::ApiVersion;
use crate::auth::{self, CredentialStore, Source};
use crate::client::{ArmClient, CommandHeaders, SystemClock};
use crate::config::cloud::Cloud;
use crate::config::profile::{self, ProfileFile, TENANT_LEVEL_ACCOUNT_NAME};
use crate::error::{AzError, Result};
use crate::spec::login::{Discovery, Login, LoginSpec};
use crate::transport::http::{HttpTransport, StaticToken};

const SYSTEM_ASSIGNED: &str = "systemAssignedIdentity";
const USER_ASSIGNED: &str = "userAssignedIdentity";

/// The accounts `azr` would use in this cloud: its own, else az's.
fn visible_accounts(dir: &Path, cloud: &str) -> Result<ProfileFile> {
    let ours = ProfileFile::load(dir)?;
    if !ours.for_cloud(cloud).is_empty() {
        return Ok(ours);
    }
    Ok(profile::az_profile())
}

pub fn show(dir: &Path, cloud: &Cloud, name: Option<&str>) -> Result<Output> {
    let p = visible_accounts(dir, &cloud.name)?;
    if p.for_cloud(&cloud.name).is_empty() && cloud.is_local() {
        return Ok(WireResult::raw(local_account()));
    }
    Ok(WireResult::raw(p.get(&cloud.name, name)?.clone()))
}

/// The account of the built-in emulator (no login needed).
fn local_account() -> Value {
    json!({
        "environmentName": crate::config::cloud::LOCAL,
        "homeTenantId": crate::arm::local::TENANT_ID,
        "id": crate::arm::local::SUBSCRIPTION_ID,
        "isDefault": true,
        "managedByTenants": [],
        "name": "azr local emulator",
        "state": "Enabled",
        "tenantId": crate::arm::local::TENANT_ID,
        "user": {"name": "local", "type": "servicePrincipal"}
    })
}

pub fn list(dir: &Path, cloud: &Cloud, all: bool, warn: &dyn Fn(&str)) -> Result<Output> {
    let p = visible_accounts(dir, &cloud.name)?;
    let items: Vec<Value> = if all {
        p.subscriptions.clone()
    } else {
        p.for_cloud(&cloud.name)
            .into_iter()
            .filter(|a| a["state"] == "Enabled")
            .cloned()
            .collect()
    };
    // az's `account list` names the cloud `cloudName` (`account show` keeps `environmentName`).
    let items: Vec<Value> = items.into_iter().map(with_cloud_name).collect();
    if items.is_empty() {
        if cloud.is_local() && !all {
            return Ok(WireResult::raw(json!([local_account()])));
        }
        warn("Please run \"az login\" to access your accounts.");
    }
    Ok(WireResult::raw(Value::Array(items)))
}

pub fn set(dir: &Path, cloud: &Cloud, name: &str) -> Result<Output> {
    let mut p = ProfileFile::load(dir)?;
    p.set_default(&cloud.name, name)?;
    p.save(dir)?;
    Ok(None)
}

/// The identity a login spec names, and the user name az files its accounts under.
fn source_of(
    spec: &LoginSpec,
    cert_sn_issuer: bool,
) -> Result<(Source, String, Option<String>, bool)> {
    Ok(match spec {
        LoginSpec::Secret {
            client_id,
            secret,
            tenant,
            allow_no_subscriptions,
        } => (
            Source::ClientSecret {
                tenant_id: tenant.clone(),
                client_id: client_id.clone(),
                client_secret: secret.clone(),
            },
            client_id.clone(),
            None,
            *allow_no_subscriptions,
        ),
        LoginSpec::FederatedToken {
            client_id,
            assertion,
            tenant,
            allow_no_subscriptions,
        } => (
            Source::ClientAssertion {
                tenant_id: tenant.clone(),
                client_id: client_id.clone(),
                client_assertion: assertion.clone(),
            },
            client_id.clone(),
            None,
            *allow_no_subscriptions,
        ),
        LoginSpec::Certificate {
            client_id,
            path,
            tenant,
            allow_no_subscriptions,
        } => {
            // Fail on a bad file before any request, and keep an absolute path.
            auth::cert::PemCertificate::load(path)?;
            let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            (
                Source::ClientCertificate {
                    tenant_id: tenant.clone(),
                    client_id: client_id.clone(),
                    certificate_path: path,
                    use_cert_sn_issuer: cert_sn_issuer,
                },
                client_id.clone(),
                None,
                *allow_no_subscriptions,
            )
        }
        LoginSpec::Identity {
            client_id,
            object_id,
            resource_id,
            allow_no_subscriptions,
        } => {
            let (user, info) = match (client_id, object_id, resource_id) {
                (Some(c), _, _) => (USER_ASSIGNED, format!("MSIClient-{c}")),
                (_, Some(o), _) => (USER_ASSIGNED, format!("MSIObject-{o}")),
                (_, _, Some(r)) => (USER_ASSIGNED, format!("MSIResource-{r}")),
                _ => (SYSTEM_ASSIGNED, "MSI".to_string()),
            };
            (
                Source::ManagedIdentity {
                    client_id: client_id.clone(),
                    object_id: object_id.clone(),
                    resource_id: resource_id.clone(),
                },
                user.to_string(),
                Some(info),
                *allow_no_subscriptions,
            )
        }
        LoginSpec::User { .. } => {
            return Err(AzError::internal("a user login has no stored credential"));
        }
    })
}

/// az's account entry for one subscription of `GET /subscriptions` (api 2022-12-01).
fn account_entry(sub: &Value, tenant: &str, user: &Value, cloud: &str) -> Value {
    let id = sub
        .get("subscriptionId")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| {
            sub["id"]
                .as_str()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string()
        });
    let managed_by = match sub.get("managedByTenants") {
        Some(Value::Array(a)) => Value::Array(
            a.iter()
                .map(|t| json!({"tenantId": t.get("tenantId").cloned().unwrap_or(Value::Null)}))
                .collect(),
        ),
        _ => Value::Null,
    };
    json!({
        "environmentName": cloud,
        "homeTenantId": sub.get("tenantId").cloned().unwrap_or(Value::Null),
        "id": id,
        "isDefault": false,
        "managedByTenants": managed_by,
        "name": sub.get("displayName").cloned().unwrap_or(Value::Null),
        "state": sub.get("state").cloned().unwrap_or(Value::Null),
        "tenantId": tenant,
        "user": user,
    })
}

/// `azr login`: gets a token, lists the subscriptions it reaches, stores the accounts and the
/// credential, and prints the accounts as az does.
pub async fn login(
    dir: &Path,
    cloud: &Cloud,
    request: Login,
    http: reqwest::Client,
    headers: CommandHeaders,
    timeout: Duration,
    ui: &LoginUi<'_>,
) -> Result<Output> {
    let Login {
        spec,
        discovery,
        cert_sn_issuer,
        scopes,
    } = request;
    if cloud.is_local() {
        return Err(AzError::validation(
            "The 'local' cloud is the built-in emulator: it needs no login.",
        ));
    }
    if let LoginSpec::User {
        tenant,
        use_device_code,
        allow_no_subscriptions,
        claims,
    } = spec
    {
        let arm = ArmFactory {
            http: http.clone(),
            base: cloud.resource_manager()?,
            headers,
            timeout,
        };
        let opts = UserLogin {
            tenant,
            use_device_code,
            allow_no_subscriptions,
            discovery,
            sign_in: auth::user::SignInRequest::new(cloud, &scopes, claims),
        };
        return login_user(dir, cloud, opts, http, &arm, ui).await;
    }
    let (source, user_name, identity_info, allow_no_subscriptions) =
        source_of(&spec, cert_sn_issuer)?;
    // az's service principal sign-in asks for `--scope` (MSAL's acquire_token_for_client),
    // then ARM's token lists the subscriptions.
    if !scopes.is_empty() {
        let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
        auth::fetch_for(&source, cloud, &http, &scopes)
            .await
            .map_err(sp_login_error)?;
    }
    let token = auth::fetch(&source, cloud, &http)
        .await
        .map_err(|e| match spec {
            LoginSpec::Identity { .. } => e,
            _ => sp_login_error(e),
        })?;
    let tenant = match &spec {
        LoginSpec::Secret { tenant, .. }
        | LoginSpec::Certificate { tenant, .. }
        | LoginSpec::FederatedToken { tenant, .. } => tenant.clone(),
        LoginSpec::Identity { .. } | LoginSpec::User { .. } => {
            crate::jwt::string_claim(&token.secret, "tid").ok_or_else(|| {
                AzError::auth("The managed identity token has no tenant ('tid' claim).")
            })?
        }
    };
    let transport = HttpTransport::new(
        http.clone(),
        &cloud.resource_manager()?,
        Arc::new(StaticToken(token.secret.clone())),
        timeout,
    );
    let client = ArmClient::new(Arc::new(transport), Arc::new(SystemClock), headers);
    // az's managed identity login lists the subscriptions whatever the flags say.
    let identity = matches!(spec, LoginSpec::Identity { .. });
    let discovery = if identity {
        Discovery::default()
    } else {
        discovery
    };
    let subs = find_subscriptions(&client, &discovery, ui.warn).await?;

    let mut user = json!({"name": user_name, "type": "servicePrincipal"});
    if cert_sn_issuer {
        user["useCertSNIssuerAuth"] = json!(true);
    }
    if let Some(info) = &identity_info {
        user["assignedIdentityInfo"] = json!(info);
    }
    let mut accounts: Vec<Value> = subs
        .iter()
        .map(|s| account_entry(s, &tenant, &user, &cloud.name))
        .collect();
    if accounts.is_empty() {
        if !allow_no_subscriptions && !discovery.bare() {
            if let (true, Some(sub)) = (discovery.skip, &discovery.subscription) {
                return Err(not_retrieved(sub, &user_name));
            }
            return Err(AzError::validation(match &spec {
                LoginSpec::Identity { .. } => "No access was configured for the managed identity, hence no subscriptions were found. If this is expected, use '--allow-no-subscriptions' to have tenant level access.".to_string(),
                _ => format!("No subscriptions found for {user_name}."),
            }));
        }
        accounts.push(tenant_level_account(&cloud.name, &tenant, &user));
    }

    let mut store = CredentialStore::load(dir)?;
    if let Some(old) = store.credentials.insert(user_name.clone(), source.clone())
        && old != source
    {
        auth::cache::remove_identity(dir, &old.identity())?;
    }
    store.save(dir)?;
    let scope = cloud.arm_scope();
    let _ = auth::cache::put(
        dir,
        &auth::cache::key(&cloud.name, &source.identity(), &scope),
        auth::cache::CachedToken {
            access_token: token.secret.clone(),
            expires_on: token.expires_on,
        },
    );
    save_and_show(dir, cloud, accounts, &user_name, &discovery, ui.warn)
}

/// A service principal sign-in the authority refused, as az reports it (auth/util.py
/// `aad_error_handler`): Entra's description, without azure_identity's preamble
/// ("ClientAssertionCredential authentication failed. ") and its troubleshooting link, and
/// az's advice.
fn sp_login_error(e: AzError) -> AzError {
    let Some(at) = e.message.find("AADSTS") else {
        return e;
    };
    let description = &e.message[at..];
    let description = description
        .split_once("\nTo troubleshoot, visit ")
        .map_or(description, |(d, _)| d);
    let advice = if description.starts_with("AADSTS7000215:") {
        "The error may be caused by passing a service principal certificate with --password. \
         Please note that --password no longer accepts a service principal certificate. To pass \
         a service principal certificate, use --certificate instead."
    } else {
        auth::user::RELOGIN
    };
    AzError::auth(description.to_string()).with_recommendation(advice)
}

/// The subscriptions a login finds (az's `Profile.login`): with `--skip-subscription-discovery`
/// only `--subscription`, by one GET (a failure is a warning), or none at all; else the list.
async fn find_subscriptions(
    client: &ArmClient,
    discovery: &Discovery,
    warn: &dyn Fn(&str),
) -> Result<Vec<Value>> {
    let api = ApiVersion::Subscriptions.as_str();
    match (discovery.skip, &discovery.subscription) {
        (true, None) => Ok(Vec::new()),
        (true, Some(sub)) => match client.get(&format!("/subscriptions/{sub}"), api).await {
            Ok(s) => Ok(vec![s]),
            Err(e) => {
                warn(&format!(
                    "Failed to retrieve subscription {sub}: {}",
                    e.message
                ));
                Ok(Vec::new())
            }
        },
        (false, _) => client.list("/subscriptions", api).await,
    }
}

fn not_retrieved(sub: &str, user: &str) -> AzError {
    AzError::validation(format!(
        "The subscription '{sub}' could not be retrieved for '{user}'. Ensure the subscription \
         exists and that you have access to it."
    ))
}

/// Merges a login's accounts into the profile and returns them as az's `login` prints them:
/// as stored (the default marked), with `environmentName` renamed `cloudName`.
fn save_and_show(
    dir: &Path,
    cloud: &Cloud,
    accounts: Vec<Value>,
    user_name: &str,
    discovery: &Discovery,
    warn: &dyn Fn(&str),
) -> Result<Output> {
    let wanted = discovery.subscription.as_deref();
    let mut p = ProfileFile::load(dir)?;
    p.merge_login(&cloud.name, accounts.clone(), wanted);
    p.save(dir)?;
    // az prints only the accounts `--subscription` names (by id or name); none is an error,
    // raised after the profile is saved, as az raises it.
    let matching: Vec<&Value> = match wanted {
        Some(w) => accounts.iter().filter(|a| profile::matches(a, w)).collect(),
        None => accounts.iter().collect(),
    };
    let shown_accounts = match (wanted, matching.is_empty()) {
        (Some(w), true) if discovery.skip => {
            warn(&format!(
                "Subscription '{w}' not found. Profile has tenant-level account only."
            ));
            accounts.iter().collect()
        }
        (Some(w), true) => {
            return Err(AzError::validation(format!(
                "Subscription '{w}' not found. Check the ID or name and try again."
            )));
        }
        _ => matching,
    };
    let ids: Vec<String> = shown_accounts
        .iter()
        .map(|a| a["id"].as_str().unwrap_or_default().to_string())
        .collect();
    let shown: Vec<Value> = p
        .for_cloud(&cloud.name)
        .into_iter()
        .filter(|a| ids.iter().any(|i| a["id"] == json!(i)) && profile::user_name(a) == user_name)
        .cloned()
        .map(with_cloud_name)
        .collect();
    Ok(WireResult::raw(Value::Array(shown)))
}

/// An account as az's `login` and `account list` print it: `environmentName` renamed
/// `cloudName`.
fn with_cloud_name(mut account: Value) -> Value {
    if let Some(o) = account.as_object_mut() {
        let env = o.remove("environmentName").unwrap_or(Value::Null);
        o.insert("cloudName".into(), env);
    }
    account
}

/// Where a user login writes what it has to say on stderr.
pub struct LoginUi<'a> {
    /// az's plain lines (the device-code message).
    pub message: &'a dyn Fn(&str),
    /// az's `WARNING:` lines.
    pub warn: &'a dyn Fn(&str),
}

struct UserLogin {
    tenant: Option<String>,
    use_device_code: bool,
    allow_no_subscriptions: bool,
    discovery: Discovery,
    sign_in: auth::user::SignInRequest,
}

/// ARM clients with a given bearer token (one per tenant during a user login).
struct ArmFactory {
    http: reqwest::Client,
    base: String,
    headers: CommandHeaders,
    timeout: Duration,
}

impl ArmFactory {
    fn client(&self, token: &str) -> ArmClient {
        let transport = HttpTransport::new(
            self.http.clone(),
            &self.base,
            Arc::new(StaticToken(token.to_string())),
            self.timeout,
        );
        ArmClient::new(
            Arc::new(transport),
            Arc::new(SystemClock),
            self.headers.clone(),
        )
    }
}

fn tenant_level_account(cloud: &str, tenant: &str, user: &Value) -> Value {
    json!({
        "environmentName": cloud,
        "id": tenant,
        "isDefault": false,
        "name": TENANT_LEVEL_ACCOUNT_NAME,
        "state": "Enabled",
        "tenantId": tenant,
        "user": user,
    })
}

/// A user's `azr login`: signs in (browser, else device code), finds the subscriptions of
/// every tenant the user is in (or of `--tenant`) as az's `SubscriptionFinder` does, and
/// stores the accounts, the refresh token and the access tokens it got.
async fn login_user(
    dir: &Path,
    cloud: &Cloud,
    opts: UserLogin,
    http: reqwest::Client,
    arm: &ArmFactory,
    ui: &LoginUi<'_>,
) -> Result<Output> {
    use auth::user;
    let authority = cloud.authority_host()?;
    let scope = user::login_scope(cloud);
    let sign_in_tenant = opts.tenant.as_deref().unwrap_or(user::DEFAULT_TENANT);
    let browser = if opts.use_device_code {
        None
    } else {
        user::browser(&http, &authority, sign_in_tenant, &opts.sign_in, ui.warn).await?
    };
    let signed_in = match browser {
        Some(t) => t,
        None => {
            user::device_code(&http, &authority, sign_in_tenant, &opts.sign_in, ui.message).await?
        }
    };
    let Some(username) = signed_in.username.clone() else {
        return Err(AzError::auth(
            "The sign-in did not say who signed in: the tokens have no 'preferred_username' or 'upn' claim.",
        ));
    };
    let Some(mut refresh_token) = signed_in.refresh_token.clone() else {
        return Err(AzError::auth(
            "The sign-in gave no refresh token (scope 'offline_access' was not granted).",
        ));
    };
    // Signed in for other scopes (`--scope`): ARM's token comes from the refresh token, as
    // az's credential gets it silently.
    let mut access = signed_in.access.clone();
    if opts.sign_in.scope != scope {
        let got = user::refresh(&http, &authority, sign_in_tenant, &refresh_token, &scope).await?;
        if let Some(rt) = got.refresh_token {
            refresh_token = rt;
        }
        access = got.access;
    }
    let user_json = json!({"name": username, "type": "user"});
    let mut accounts: Vec<Value> = Vec::new();
    let mut searched: Vec<String> = Vec::new();
    let mut tokens: Vec<(String, auth::Token)> = Vec::new();
    match &opts.tenant {
        Some(t) => {
            let client = arm.client(&access.secret);
            let subs = find_subscriptions(&client, &opts.discovery, ui.warn).await?;
            accounts.extend(
                subs.iter()
                    .map(|s| account_entry(s, t, &user_json, &cloud.name)),
            );
            searched.push(t.clone());
            tokens.push((t.clone(), access.clone()));
        }
        None => {
            let tenants = arm
                .client(&access.secret)
                .list("/tenants", ApiVersion::Subscriptions.as_str())
                .await?;
            let mut empty: Vec<String> = Vec::new();
            let mut failed: Vec<String> = Vec::new();
            for t in &tenants {
                let Some(tid) = t.get("tenantId").and_then(Value::as_str) else {
                    continue;
                };
                let display = t.get("displayName").and_then(Value::as_str);
                let id_name = match display {
                    Some(d) if !d.is_empty() => format!("{tid} '{d}'"),
                    _ => tid.to_string(),
                };
                let got = match user::refresh(&http, &authority, tid, &refresh_token, &scope).await
                {
                    Ok(g) => g,
                    Err(e) => {
                        (ui.warn)(&format!(
                            "Authentication failed against tenant {id_name}: {}",
                            e.message
                        ));
                        failed.push(id_name);
                        continue;
                    }
                };
                if let Some(rt) = got.refresh_token {
                    refresh_token = rt;
                }
                let subs = arm
                    .client(&got.access.secret)
                    .list("/subscriptions", ApiVersion::Subscriptions.as_str())
                    .await?;
                searched.push(tid.to_string());
                tokens.push((tid.to_string(), got.access));
                if subs.is_empty() {
                    empty.push(id_name);
                }
                for s in &subs {
                    let mut entry = account_entry(s, tid, &user_json, &cloud.name);
                    if let Some(d) = t.get("defaultDomain") {
                        entry["tenantDefaultDomain"] = d.clone();
                    }
                    if let Some(d) = t.get("displayName") {
                        entry["tenantDisplayName"] = d.clone();
                    }
                    // A subscription reached from two tenants is kept under the first.
                    if let Some(first) = accounts.iter().find(|a| a["id"] == entry["id"]) {
                        (ui.warn)(&format!(
                            "Subscription {} '{}' can be accessed from tenants {}(default) and {tid}. \
                             To select a specific tenant when accessing this subscription, use \
                             'az login --tenant TENANT_ID'.",
                            entry["id"].as_str().unwrap_or_default(),
                            entry["name"].as_str().unwrap_or_default(),
                            first["tenantId"].as_str().unwrap_or_default(),
                        ));
                        continue;
                    }
                    accounts.push(entry);
                }
            }
            if !empty.is_empty() {
                (ui.warn)(
                    "The following tenants don't contain accessible subscriptions. Use \
                     `az login --allow-no-subscriptions` to have tenant level access.",
                );
                for t in &empty {
                    (ui.warn)(t);
                }
            }
            if !failed.is_empty() {
                (ui.warn)(
                    "If you need to access subscriptions in the following tenants, please use \
                     `az login --tenant TENANT_ID`.",
                );
                for t in &failed {
                    (ui.warn)(t);
                }
            }
        }
    }
    let bare = opts.discovery.bare();
    if accounts.is_empty() && !opts.allow_no_subscriptions && !bare {
        if let (true, Some(sub)) = (opts.discovery.skip, &opts.discovery.subscription) {
            return Err(not_retrieved(sub, &username));
        }
        return Err(AzError::validation(format!(
            "No subscriptions found for {username}."
        )));
    }
    if opts.allow_no_subscriptions || bare {
        for t in &searched {
            if !accounts.iter().any(|a| a["tenantId"] == json!(t)) {
                accounts.push(tenant_level_account(&cloud.name, t, &user_json));
            }
        }
        if accounts.is_empty() {
            return Ok(WireResult::raw(json!([])));
        }
    }

    // A new sign-in replaces whatever this user had.
    auth::cache::remove_user(dir, &username)?;
    user::save_refresh_token(dir, &cloud.name, &username, &refresh_token)?;
    let home = signed_in
        .tenant
        .clone()
        .or_else(|| searched.first().cloned())
        .unwrap_or_else(|| sign_in_tenant.to_string());
    let source = Source::User {
        tenant_id: home,
        username: username.clone(),
    };
    let mut store = CredentialStore::load(dir)?;
    if let Some(old) = store.credentials.insert(username.clone(), source) {
        auth::cache::remove_identity(dir, &old.identity())?;
    }
    store.save(dir)?;
    let arm_scope = cloud.arm_scope();
    for (tenant, token) in tokens {
        let id = Source::User {
            tenant_id: tenant,
            username: username.clone(),
        }
        .identity();
        // A cache that cannot be written only costs a refresh next time.
        let _ = auth::cache::put(
            dir,
            &auth::cache::key(&cloud.name, &id, &arm_scope),
            auth::cache::CachedToken {
                access_token: token.secret,
                expires_on: token.expires_on,
            },
        );
    }
    save_and_show(dir, cloud, accounts, &username, &opts.discovery, ui.warn)
}

/// `account list --refresh`: lists the subscriptions of every stored login of this cloud
/// again, so new subscriptions appear and removed ones go.
pub async fn refresh(
    dir: &Path,
    cloud: &Cloud,
    http: reqwest::Client,
    headers: CommandHeaders,
    timeout: Duration,
) -> Result<()> {
    let mut p = ProfileFile::load(dir)?;
    let store = CredentialStore::load(dir)?;
    // Each user with the tenants of its accounts (a signed-in user may be in several).
    let mut users: Vec<(String, Value, Vec<String>)> = Vec::new();
    for a in p.for_cloud(&cloud.name) {
        let name = profile::user_name(a).to_string();
        let tenant = a["tenantId"].as_str().unwrap_or_default().to_string();
        match users.iter_mut().find(|(u, _, _)| *u == name) {
            Some((_, _, tenants)) => {
                if !tenants.contains(&tenant) {
                    tenants.push(tenant);
                }
            }
            None => users.push((name, a["user"].clone(), vec![tenant])),
        }
    }
    for (name, user, tenants) in users {
        let Some(src) = store.credentials.get(&name) else {
            continue;
        };
        let mut accounts: Vec<Value> = Vec::new();
        for tenant in &tenants {
            // A user's tokens are asked for in each account's tenant; any other credential
            // has one tenant.
            let src = match src {
                Source::User { username, .. } => Source::User {
                    tenant_id: tenant.clone(),
                    username: username.clone(),
                },
                other if tenant == &tenants[0] => other.clone(),
                _ => continue,
            };
            let provider =
                auth::TokenProvider::new(cloud.clone(), vec![src], dir.to_path_buf(), http.clone());
            let transport = HttpTransport::new(
                http.clone(),
                &cloud.resource_manager()?,
                Arc::new(provider),
                timeout,
            );
            let client =
                ArmClient::new(Arc::new(transport), Arc::new(SystemClock), headers.clone());
            let subs = client
                .list("/subscriptions", ApiVersion::Subscriptions.as_str())
                .await?;
            for s in &subs {
                let entry = account_entry(s, tenant, &user, &cloud.name);
                if !accounts.iter().any(|a| a["id"] == entry["id"]) {
                    accounts.push(entry);
                }
            }
        }
        let keep_default = p
            .default_account(&cloud.name)
            .filter(|a| profile::user_name(a) == name)
            .map(|a| a["id"].as_str().unwrap_or_default().to_string());
        p.subscriptions.retain(|a| {
            !(a["environmentName"] == json!(cloud.name) && profile::user_name(a) == name)
        });
        p.merge_login(&cloud.name, accounts, keep_default.as_deref());
    }
    p.save(dir)
}

/// `azr logout`: forgets an account's entries, its stored credential and its tokens.
pub fn logout(dir: &Path, cloud: &Cloud, username: Option<&str>) -> Result<Output> {
    let mut p = ProfileFile::load(dir)?;
    let user = match username {
        Some(u) => u.to_string(),
        None => match p.default_account(&cloud.name) {
            Some(a) => profile::user_name(a).to_string(),
            None => return Err(AzError::validation("There are no active accounts.")),
        },
    };
    let mut store = CredentialStore::load(dir)?;
    let key = store
        .credentials
        .keys()
        .find(|k| k.eq_ignore_ascii_case(&user))
        .cloned();
    if let Some(k) = key {
        if let Some(src) = store.credentials.remove(&k) {
            auth::cache::remove_identity(dir, &src.identity())?;
            if let Source::User { username, .. } = &src {
                auth::cache::remove_user(dir, username)?;
            }
        }
        store.save(dir)?;
    }
    // Whatever the store says, no refresh token of this user stays behind.
    auth::user::remove_refresh_tokens(dir, &user)?;
    auth::cache::remove_user(dir, &user)?;
    p.remove_user(&user);
    p.save(dir)?;
    Ok(None)
}
