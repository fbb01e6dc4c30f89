//! `login`, `logout`, `account show|list|set`: accounts in the config dir, credentials in
//! `credentials.json` (0600), as az keeps them in `azureProfile.json` and its MSAL cache.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::{Output, Shaped};
use crate::arm::ApiVersion;
use crate::auth::{self, CredentialStore, Source};
use crate::client::{ArmClient, CommandHeaders, SystemClock};
use crate::config::cloud::Cloud;
use crate::config::profile::{self, ProfileFile, TENANT_LEVEL_ACCOUNT_NAME};
use crate::error::{AzError, Result};
use crate::spec::login::LoginSpec;
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
        return Ok(Shaped::raw(local_account()));
    }
    Ok(Shaped::raw(p.get(&cloud.name, name)?.clone()))
}

/// The account of the built-in emulator (no login needed).
fn local_account() -> Value {
    json!({
        "environmentName": crate::config::cloud::LOCAL,
        "homeTenantId": crate::emulator::TENANT_ID,
        "id": crate::emulator::SUBSCRIPTION_ID,
        "isDefault": true,
        "managedByTenants": [],
        "name": "azr local emulator",
        "state": "Enabled",
        "tenantId": crate::emulator::TENANT_ID,
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
    if items.is_empty() {
        if cloud.is_local() && !all {
            return Ok(Shaped::raw(json!([local_account()])));
        }
        warn("Please run \"az login\" to access your accounts.");
    }
    Ok(Shaped::raw(Value::Array(items)))
}

pub fn set(dir: &Path, cloud: &Cloud, name: &str) -> Result<Output> {
    let mut p = ProfileFile::load(dir)?;
    p.set_default(&cloud.name, name)?;
    p.save(dir)?;
    Ok(None)
}

/// The identity a login spec names, and the user name az files its accounts under.
fn source_of(spec: &LoginSpec) -> Result<(Source, String, Option<String>, bool)> {
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
    spec: LoginSpec,
    http: reqwest::Client,
    headers: CommandHeaders,
    timeout: Duration,
) -> Result<Output> {
    if cloud.is_local() {
        return Err(AzError::validation(
            "The 'local' cloud is the built-in emulator: it needs no login.",
        ));
    }
    let (source, user_name, identity_info, allow_no_subscriptions) = source_of(&spec)?;
    let token = auth::fetch(&source, cloud, &http).await?;
    let tenant = match &spec {
        LoginSpec::Secret { tenant, .. } | LoginSpec::Certificate { tenant, .. } => tenant.clone(),
        LoginSpec::Identity { .. } => auth::jwt_tenant(&token.secret).ok_or_else(|| {
            AzError::auth("The managed identity token has no tenant ('tid' claim).")
        })?,
    };
    let transport = HttpTransport::new(
        http.clone(),
        &cloud.resource_manager()?,
        Arc::new(StaticToken(token.secret.clone())),
        timeout,
    );
    let client = ArmClient::new(Arc::new(transport), Arc::new(SystemClock), headers);
    let subs = client
        .list("/subscriptions", ApiVersion::Subscriptions.as_str())
        .await?;

    let mut user = json!({"name": user_name, "type": "servicePrincipal"});
    if let Some(info) = &identity_info {
        user["assignedIdentityInfo"] = json!(info);
    }
    let mut accounts: Vec<Value> = subs
        .iter()
        .map(|s| account_entry(s, &tenant, &user, &cloud.name))
        .collect();
    if accounts.is_empty() {
        if !allow_no_subscriptions {
            return Err(AzError::validation(match &spec {
                LoginSpec::Identity { .. } => "No access was configured for the managed identity, hence no subscriptions were found. If this is expected, use '--allow-no-subscriptions' to have tenant level access.".to_string(),
                _ => format!("No subscriptions found for {user_name}."),
            }));
        }
        accounts.push(json!({
            "environmentName": cloud.name,
            "id": tenant,
            "isDefault": false,
            "name": TENANT_LEVEL_ACCOUNT_NAME,
            "state": "Enabled",
            "tenantId": tenant,
            "user": user,
        }));
    }

    let mut store = CredentialStore::load(dir)?;
    if let Some(old) = store.credentials.insert(user_name.clone(), source.clone()) {
        if old != source {
            auth::cache::remove_identity(dir, &old.identity())?;
        }
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
    let mut p = ProfileFile::load(dir)?;
    p.merge_login(&cloud.name, accounts.clone(), None);
    p.save(dir)?;
    // Print the entries as stored (with the default marked).
    let ids: Vec<String> = accounts
        .iter()
        .map(|a| a["id"].as_str().unwrap_or_default().to_string())
        .collect();
    let shown: Vec<Value> = p
        .for_cloud(&cloud.name)
        .into_iter()
        .filter(|a| ids.iter().any(|i| a["id"] == json!(i)) && profile::user_name(a) == user_name)
        .cloned()
        .collect();
    Ok(Shaped::raw(Value::Array(shown)))
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
    let mut users: Vec<(String, Value, String)> = Vec::new();
    for a in p.for_cloud(&cloud.name) {
        let name = profile::user_name(a).to_string();
        if !users.iter().any(|(u, _, _)| *u == name) {
            let tenant = a["tenantId"].as_str().unwrap_or_default().to_string();
            users.push((name, a["user"].clone(), tenant));
        }
    }
    for (name, user, tenant) in users {
        let Some(src) = store.credentials.get(&name) else {
            continue;
        };
        let provider = auth::TokenProvider::new(
            cloud.clone(),
            vec![src.clone()],
            dir.to_path_buf(),
            http.clone(),
        );
        let transport = HttpTransport::new(
            http.clone(),
            &cloud.resource_manager()?,
            Arc::new(provider),
            timeout,
        );
        let client = ArmClient::new(Arc::new(transport), Arc::new(SystemClock), headers.clone());
        let subs = client
            .list("/subscriptions", ApiVersion::Subscriptions.as_str())
            .await?;
        let accounts: Vec<Value> = subs
            .iter()
            .map(|s| account_entry(s, &tenant, &user, &cloud.name))
            .collect();
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
        }
        store.save(dir)?;
    }
    p.remove_user(&user);
    p.save(dir)?;
    Ok(None)
}
