//! Credentials and the token cache.
//!
//! Which identity a command uses: the credential stored by `azr login` for the selected
//! account; without one, what the user already has, in this order (each only when it is
//! configured): `AZURE_CLIENT_ID` + `AZURE_CLIENT_SECRET`/`AZURE_CLIENT_CERTIFICATE_PATH` +
//! `AZURE_TENANT_ID`; workload identity (`AZURE_FEDERATED_TOKEN_FILE`); managed identity
//! (`IDENTITY_ENDPOINT`/`MSI_ENDPOINT`, or a reachable IMDS); the az CLI's own login.
//! Tokens come from azure_identity (feature `live-auth`) with our HTTP client, so a custom
//! cloud's authority behind a private CA works too, and are cached in the config dir.

pub mod cache;
pub mod cert;
#[cfg(feature = "live-auth")]
mod identity;
pub mod user;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::cloud::Cloud;
use crate::error::{AzError, Result};

/// One identity azr can get tokens for. Serialised into `credentials.json` (0600) by login.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Source {
    #[serde(rename_all = "camelCase")]
    ClientSecret {
        tenant_id: String,
        client_id: String,
        client_secret: String,
    },
    #[serde(rename_all = "camelCase")]
    ClientCertificate {
        tenant_id: String,
        client_id: String,
        certificate_path: PathBuf,
        /// `--use-cert-sn-issuer`: every assertion carries the certificate chain (`x5c`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        use_cert_sn_issuer: bool,
    },
    /// A service principal's federated token (`login --federated-token`), re-sent as the
    /// client assertion of every later token request, as az keeps and re-uses it.
    #[serde(rename_all = "camelCase")]
    ClientAssertion {
        tenant_id: String,
        client_id: String,
        client_assertion: String,
    },
    #[serde(rename_all = "camelCase")]
    WorkloadIdentity {
        tenant_id: String,
        client_id: String,
        token_file: PathBuf,
    },
    #[serde(rename_all = "camelCase")]
    ManagedIdentity {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        client_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        object_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resource_id: Option<String>,
    },
    AzureCli,
    /// A user signed in by `azr login` (device code or browser); the refresh token is kept
    /// apart, in `refresh_tokens.json`, as it rotates. `tenant_id` is the tenant tokens are
    /// asked for: the selected account's.
    #[serde(rename_all = "camelCase")]
    User {
        tenant_id: String,
        username: String,
    },
}

// Never print a secret, not even in a panic or a debug log.
impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.identity())
    }
}

impl Source {
    /// A name for the identity, without secrets: the token cache key and `--debug` text.
    pub fn identity(&self) -> String {
        match self {
            Source::ClientSecret {
                tenant_id,
                client_id,
                ..
            } => format!("servicePrincipal:{tenant_id}:{client_id}"),
            Source::ClientCertificate {
                tenant_id,
                client_id,
                ..
            } => format!("servicePrincipalCertificate:{tenant_id}:{client_id}"),
            Source::ClientAssertion {
                tenant_id,
                client_id,
                ..
            } => format!("servicePrincipalAssertion:{tenant_id}:{client_id}"),
            Source::WorkloadIdentity {
                tenant_id,
                client_id,
                ..
            } => format!("workloadIdentity:{tenant_id}:{client_id}"),
            Source::ManagedIdentity {
                client_id,
                object_id,
                resource_id,
            } => {
                let endpoint = std::env::var("IDENTITY_ENDPOINT")
                    .or_else(|_| std::env::var("MSI_ENDPOINT"))
                    .unwrap_or_else(|_| "imds".into());
                let id = client_id
                    .as_deref()
                    .or(object_id.as_deref())
                    .or(resource_id.as_deref())
                    .unwrap_or("system");
                format!("managedIdentity:{endpoint}:{id}")
            }
            Source::User {
                tenant_id,
                username,
            } => format!("user:{tenant_id}:{}", username.to_ascii_lowercase()),
            Source::AzureCli => {
                // az's token follows az's login: key it by who az is logged in as, so an
                // `az login` as someone else does not reuse the old identity's token.
                let az = crate::config::profile::az_profile();
                let who: Vec<String> = az
                    .subscriptions
                    .iter()
                    .filter(|a| {
                        a.get("isDefault").and_then(serde_json::Value::as_bool) == Some(true)
                    })
                    .map(|a| {
                        format!(
                            "{}@{}",
                            crate::config::profile::user_name(a),
                            a.get("tenantId")
                                .and_then(serde_json::Value::as_str)
                                .unwrap_or("")
                        )
                    })
                    .collect();
                format!("azureCli:{}", who.join(","))
            }
        }
    }

    /// What it is, for messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Source::ClientSecret { .. } => "service principal (client secret)",
            Source::ClientCertificate { .. } => "service principal (certificate)",
            Source::ClientAssertion { .. } => "service principal (federated token)",
            Source::WorkloadIdentity { .. } => "workload identity",
            Source::ManagedIdentity { .. } => "managed identity",
            Source::AzureCli => "Azure CLI",
            Source::User { .. } => "user account",
        }
    }
}

/// `credentials.json`: what `azr login` stored, by user name (an SP's app id,
/// `systemAssignedIdentity`, `userAssignedIdentity`).
#[derive(Default, Serialize, Deserialize)]
pub struct CredentialStore {
    #[serde(default)]
    pub credentials: BTreeMap<String, Source>,
}

pub fn store_path(dir: &Path) -> PathBuf {
    dir.join("credentials.json")
}

impl CredentialStore {
    pub fn load(dir: &Path) -> Result<CredentialStore> {
        crate::config::read_json(&store_path(dir))
    }
    pub fn save(&self, dir: &Path) -> Result<()> {
        crate::config::write_json(&store_path(dir), self, true)
    }
}

/// Reads the process environment (a trait so tests can give their own).
pub trait Env {
    fn var(&self, key: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok().filter(|v| !v.is_empty())
    }
}

impl Env for BTreeMap<&str, &str> {
    fn var(&self, key: &str) -> Option<String> {
        self.get(key)
            .map(|v| v.to_string())
            .filter(|v| !v.is_empty())
    }
}

/// The credentials the user already has, in order (module doc). `imds_reachable` is asked
/// only when no managed-identity variable is set; `az_available` says whether `az` is on PATH.
pub fn ambient_sources(
    env: &dyn Env,
    imds_reachable: &mut dyn FnMut() -> bool,
    az_available: bool,
) -> Vec<Source> {
    let mut out = Vec::new();
    let client = env.var("AZURE_CLIENT_ID");
    let tenant = env.var("AZURE_TENANT_ID");
    if let (Some(client_id), Some(tenant_id)) = (client.clone(), tenant.clone()) {
        if let Some(client_secret) = env.var("AZURE_CLIENT_SECRET") {
            out.push(Source::ClientSecret {
                tenant_id,
                client_id,
                client_secret,
            });
        } else if let Some(path) = env.var("AZURE_CLIENT_CERTIFICATE_PATH") {
            out.push(Source::ClientCertificate {
                tenant_id,
                client_id,
                certificate_path: PathBuf::from(path),
                use_cert_sn_issuer: false,
            });
        }
    }
    if let (Some(client_id), Some(tenant_id), Some(file)) = (
        client.clone(),
        tenant,
        env.var("AZURE_FEDERATED_TOKEN_FILE"),
    ) {
        out.push(Source::WorkloadIdentity {
            tenant_id,
            client_id,
            token_file: PathBuf::from(file),
        });
    }
    let mi_env = env.var("IDENTITY_ENDPOINT").is_some() || env.var("MSI_ENDPOINT").is_some();
    if mi_env || imds_reachable() {
        out.push(Source::ManagedIdentity {
            // As azure-identity's DefaultAzureCredential: AZURE_CLIENT_ID picks a
            // user-assigned identity.
            client_id: client,
            object_id: None,
            resource_id: None,
        });
    }
    if az_available {
        out.push(Source::AzureCli);
    }
    out
}

/// Whether IMDS answers a TCP connect quickly (it is link-local; off Azure it never answers,
/// and azure_identity's IMDS credential would retry for over a minute).
pub fn imds_reachable() -> bool {
    use std::net::{SocketAddr, TcpStream};
    use std::time::Duration;
    let addr: SocketAddr = ([169, 254, 169, 254], 80).into();
    TcpStream::connect_timeout(&addr, Duration::from_millis(300)).is_ok()
}

/// Whether an `az` executable is on PATH.
pub fn az_on_path() -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|d| {
        let p = d.join("az");
        p.is_file() || d.join("az.cmd").is_file()
    })
}

/// A token with its expiry (unix seconds).
#[derive(Clone, PartialEq)]
pub struct Token {
    pub secret: String,
    pub expires_on: i64,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("expires_on", &self.expires_on)
            .finish_non_exhaustive()
    }
}

/// Gets a fresh token from one source for a cloud's ARM scope (no cache).
pub async fn fetch(source: &Source, cloud: &Cloud, http: &reqwest::Client) -> Result<Token> {
    fetch_for(source, cloud, http, &[&cloud.arm_scope()]).await
}

/// Gets a fresh token from one source for other scopes (a service principal's
/// `login --scope`).
pub async fn fetch_for(
    source: &Source,
    cloud: &Cloud,
    http: &reqwest::Client,
    scopes: &[&str],
) -> Result<Token> {
    if let Source::User { .. } = source {
        // Its refresh token is in the config dir: `TokenProvider` gets its tokens.
        return Err(AzError::internal(
            "a user account's token needs the config dir",
        ));
    }
    #[cfg(feature = "live-auth")]
    {
        identity::fetch(source, cloud, http, scopes).await
    }
    #[cfg(not(feature = "live-auth"))]
    {
        let _ = (source, cloud, http, scopes);
        Err(AzError::auth(
            "azr was built without the `live-auth` feature: only the 'local' cloud works.",
        ))
    }
}

/// Tokens for one command: one of `candidates`, from the cache when it can.
pub struct TokenProvider {
    pub cloud: Cloud,
    pub candidates: Vec<Source>,
    pub config_dir: PathBuf,
    pub http: reqwest::Client,
    /// What tokens are for: the cloud's ARM scope unless `for_scope` says otherwise.
    scope: Option<String>,
    memo: tokio::sync::Mutex<Option<Token>>,
}

impl TokenProvider {
    pub fn new(
        cloud: Cloud,
        candidates: Vec<Source>,
        config_dir: PathBuf,
        http: reqwest::Client,
    ) -> TokenProvider {
        TokenProvider {
            cloud,
            candidates,
            config_dir,
            http,
            scope: None,
            memo: tokio::sync::Mutex::new(None),
        }
    }

    /// Tokens for another resource's scope (Microsoft Graph's), cached under that scope.
    pub fn for_scope(mut self, scope: String) -> TokenProvider {
        self.scope = Some(scope);
        self
    }

    /// A bearer token: in memory, else from the cache, else from the first candidate that
    /// gives one (then cached).
    pub async fn token(&self) -> Result<String> {
        let mut memo = self.memo.lock().await;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        if let Some(t) = memo.as_ref().filter(|t| t.expires_on - now > 60) {
            return Ok(t.secret.clone());
        }
        let scope = self.scope.clone().unwrap_or_else(|| self.cloud.arm_scope());
        for c in &self.candidates {
            let key = cache::key(&self.cloud.name, &c.identity(), &scope);
            if let Some(t) = cache::get(&self.config_dir, &key) {
                *memo = Some(Token {
                    secret: t.access_token.clone(),
                    expires_on: t.expires_on,
                });
                return Ok(t.access_token);
            }
        }
        if self.candidates.is_empty() {
            return Err(no_credential());
        }
        let mut failures = Vec::new();
        for c in &self.candidates {
            let got = match c {
                Source::User {
                    tenant_id,
                    username,
                } => {
                    user::fetch(
                        &self.cloud,
                        &self.http,
                        &self.config_dir,
                        tenant_id,
                        username,
                        &scope,
                    )
                    .await
                }
                _ => fetch_for(c, &self.cloud, &self.http, &[&scope]).await,
            };
            match got {
                Ok(t) => {
                    let key = cache::key(&self.cloud.name, &c.identity(), &scope);
                    // A cache that cannot be written only costs a token request next time.
                    let _ = cache::put(
                        &self.config_dir,
                        &key,
                        cache::CachedToken {
                            access_token: t.secret.clone(),
                            expires_on: t.expires_on,
                        },
                    );
                    let secret = t.secret.clone();
                    *memo = Some(t);
                    return Ok(secret);
                }
                // A signed-in user is the only candidate: its error is az's, as it is.
                Err(e) if matches!(c, Source::User { .. }) => return Err(e),
                Err(e) => failures.push(format!("{}: {}", c.describe(), e.message)),
            }
        }
        if failures.len() == 1 {
            return Err(AzError::auth(failures.remove(0)));
        }
        Err(AzError::auth(format!(
            "No credential could get a token:\n{}",
            failures.join("\n")
        )))
    }
}

pub fn no_credential() -> AzError {
    AzError::auth(
        "No credential found. Run 'azr login', set AZURE_CLIENT_ID, AZURE_TENANT_ID and \
         AZURE_CLIENT_SECRET, or log in with 'az login'.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&'static str, &'static str)]) -> BTreeMap<&'static str, &'static str> {
        pairs.iter().cloned().collect()
    }

    fn kinds(v: &[Source]) -> Vec<&'static str> {
        v.iter().map(Source::describe).collect()
    }

    #[test]
    fn nothing_configured_means_only_az_if_present() {
        let e = env(&[]);
        assert!(ambient_sources(&e, &mut || false, false).is_empty());
        assert_eq!(
            kinds(&ambient_sources(&e, &mut || false, true)),
            ["Azure CLI"]
        );
    }

    #[test]
    fn env_service_principal_comes_first() {
        let e = env(&[
            ("AZURE_CLIENT_ID", "app"),
            ("AZURE_TENANT_ID", "t"),
            ("AZURE_CLIENT_SECRET", "s3cret"),
            ("AZURE_FEDERATED_TOKEN_FILE", "/var/run/token"),
            ("IDENTITY_ENDPOINT", "https://127.0.0.1/msi/token"),
        ]);
        let got = ambient_sources(
            &e,
            &mut || panic!("IMDS is not probed when MI env is set"),
            true,
        );
        assert_eq!(
            kinds(&got),
            [
                "service principal (client secret)",
                "workload identity",
                "managed identity",
                "Azure CLI"
            ]
        );
        assert_eq!(got[0].identity(), "servicePrincipal:t:app");
        assert!(!format!("{got:?}").contains("s3cret"));
    }

    #[test]
    fn certificate_when_no_secret_and_incomplete_env_is_skipped() {
        let e = env(&[
            ("AZURE_CLIENT_ID", "app"),
            ("AZURE_TENANT_ID", "t"),
            ("AZURE_CLIENT_CERTIFICATE_PATH", "/c.pem"),
        ]);
        assert_eq!(
            kinds(&ambient_sources(&e, &mut || false, false)),
            ["service principal (certificate)"]
        );
        // A secret without a tenant is not a credential.
        let e = env(&[("AZURE_CLIENT_ID", "app"), ("AZURE_CLIENT_SECRET", "s")]);
        assert!(ambient_sources(&e, &mut || false, false).is_empty());
    }

    #[test]
    fn imds_is_probed_only_without_mi_env() {
        let e = env(&[]);
        let mut probed = 0;
        let got = ambient_sources(
            &e,
            &mut || {
                probed += 1;
                true
            },
            false,
        );
        assert_eq!(probed, 1);
        assert_eq!(kinds(&got), ["managed identity"]);
    }

    #[test]
    fn stored_secret_round_trips_without_debug_leak() {
        let s = Source::ClientSecret {
            tenant_id: "t".into(),
            client_id: "c".into(),
            client_secret: "hunter2".into(),
        };
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains("\"type\":\"clientSecret\""));
        assert_eq!(serde_json::from_str::<Source>(&json).unwrap(), s);
        assert!(!format!("{s:?}").contains("hunter2"));
    }

    /// A build without azure_identity says why a real cloud cannot be used (run by .ci/run's
    /// `cargo test --no-default-features --lib`).
    #[cfg(not(feature = "live-auth"))]
    #[tokio::test]
    async fn without_live_auth_real_clouds_are_a_clear_error() {
        let cloud = crate::config::cloud::builtin().remove(0);
        let source = Source::ClientSecret {
            tenant_id: "t".into(),
            client_id: "c".into(),
            client_secret: "hunter2".into(),
        };
        let err = fetch(&source, &cloud, &reqwest::Client::new())
            .await
            .unwrap_err();
        assert_eq!(err.exit_code(), 1);
        assert!(
            err.message.contains("`live-auth` feature"),
            "{}",
            err.message
        );
    }
}
