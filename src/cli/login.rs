//! `azr login`, `azr logout`

use clap::Args;

use crate::error::{AzError, Result};
pub use crate::spec::login::{Discovery, Login, LoginSpec};

/// A flag value that must never be printed (`{:?}` shows `***`).
#[derive(Clone)]
pub struct Redacted(pub String);

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl std::str::FromStr for Redacted {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Ok(Redacted(s.to_string()))
    }
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// User name or service principal client ID.
    #[arg(short = 'u', long)]
    pub username: Option<String>,
    /// User password or service principal secret.
    #[arg(short = 'p', long, allow_hyphen_values = true)]
    pub password: Option<Redacted>,
    /// PEM file with key and public certificate.
    #[arg(long)]
    pub certificate: Option<String>,
    /// Log in with a service principal.
    #[arg(long)]
    pub service_principal: bool,
    /// The Microsoft Entra tenant, must be provided when using a service principal.
    #[arg(short = 't', long)]
    pub tenant: Option<String>,
    /// Support accessing tenants without subscriptions.
    #[arg(long)]
    pub allow_no_subscriptions: bool,
    /// Log in using managed identity.
    #[arg(short = 'i', long)]
    pub identity: bool,
    /// Client ID of the user-assigned managed identity.
    #[arg(long)]
    pub client_id: Option<String>,
    /// Object ID of the user-assigned managed identity.
    #[arg(long)]
    pub object_id: Option<String>,
    /// Resource ID of the user-assigned managed identity.
    #[arg(long)]
    pub resource_id: Option<String>,
    /// Use CLI's old authentication flow based on device code. CLI will also use this if it
    /// can't launch a browser in your behalf, e.g. in remote SSH or Cloud Shell.
    #[arg(long)]
    pub use_device_code: bool,
    /// Used in the /authorize request. It can cover only one static resource.
    #[arg(long = "scope", num_args = 1.., value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Base64-encoded claims challenge requested by a resource API in the WWW-Authenticate
    /// header.
    #[arg(long, allow_hyphen_values = true)]
    pub claims_challenge: Option<String>,
    /// Use Subject Name + Issuer (SN+I) authentication in order to support automatic
    /// certificate rolls.
    #[arg(long)]
    pub use_cert_sn_issuer: bool,
    /// Federated token that can be used for OIDC token exchange.
    #[arg(long, allow_hyphen_values = true)]
    pub federated_token: Option<Redacted>,
    /// Skip the subscription discovery process during login. Requires --tenant. Use with
    /// --subscription to fetch a single subscription without listing all.
    #[arg(long, visible_alias = "skip-sub")]
    pub skip_subscription_discovery: bool,
    /// Subscription ID or name to set as the default (`-s`; `--subscription` is the global
    /// flag of the same name).
    #[arg(short = 's', id = "login_subscription", value_name = "SUBSCRIPTION")]
    pub subscription: Option<String>,
}

impl LoginArgs {
    /// The login and its subscription selection; `subscription` is the global
    /// `--subscription` (login's `-s` wins).
    pub fn into_spec(self, subscription: Option<String>) -> Result<Login> {
        let discovery = Discovery {
            subscription: self.subscription.clone().or(subscription),
            skip: self.skip_subscription_discovery,
        };
        let cert_sn_issuer = self.use_cert_sn_issuer;
        let scopes = self.scopes.clone();
        let spec = self.kind(&discovery)?;
        Ok(Login {
            spec,
            discovery,
            cert_sn_issuer,
            scopes,
        })
    }

    /// az's usage checks, in az's order (`profile/custom.py` `login`), and the kind of login.
    fn kind(self, discovery: &Discovery) -> Result<LoginSpec> {
        if self.identity
            && (self.service_principal
                || self.username.is_some()
                || self.password.is_some()
                || self.certificate.is_some()
                || self.federated_token.is_some()
                || self.tenant.is_some()
                || self.use_device_code)
        {
            // az: `--identity` takes only the managed identity flags.
            return Err(AzError::validation(
                "usage error: '--identity' is not applicable with other arguments",
            ));
        }
        if self.use_cert_sn_issuer && !self.service_principal {
            return Err(AzError::validation(
                "usage error: '--use-sn-issuer' is only applicable with a service principal",
            ));
        }
        if self.service_principal && self.username.as_deref().is_none_or(str::is_empty) {
            return Err(AzError::validation(
                "usage error: --username/-u is required for a service principal",
            ));
        }
        discovery.check(self.tenant.as_deref())?;
        // az decodes it next, whatever the login (a service principal's or a managed
        // identity's sign-in does not send it, as az's does not).
        let cp1 = std::env::var_os("AZURE_IDENTITY_DISABLE_CP1").is_none();
        let claims = match &self.claims_challenge {
            Some(c) => Some(crate::spec::login::claims_challenge(c, cp1)?),
            None => None,
        };
        if !self.scopes.is_empty() && self.identity {
            return Err(AzError::usage(
                "azr does not support --scope with --identity yet (az 2.91 accepts it); nothing \
                 was sent",
            ));
        }
        if self.identity {
            let ids = [&self.client_id, &self.object_id, &self.resource_id]
                .iter()
                .filter(|v| v.is_some())
                .count();
            if ids > 1 {
                return Err(AzError::validation(
                    "usage error: --client-id, --object-id, --resource-id are mutually exclusive",
                ));
            }
            return Ok(LoginSpec::Identity {
                client_id: self.client_id,
                object_id: self.object_id,
                resource_id: self.resource_id,
                allow_no_subscriptions: self.allow_no_subscriptions,
            });
        }
        if self.client_id.is_some() || self.object_id.is_some() || self.resource_id.is_some() {
            return Err(AzError::validation(
                "usage error: --client-id, --object-id, --resource-id can only be used with --identity",
            ));
        }
        if !self.service_principal {
            if self.federated_token.is_some() {
                return Err(AzError::validation(
                    "usage error: --federated-token is the client assertion of a service \
                     principal: use it with --service-principal --username APP_ID --tenant TENANT.",
                ));
            }
            if self.username.is_some() || self.password.is_some() || self.certificate.is_some() {
                return Err(AzError::validation(
                    "usage error: azr signs a user in through the web browser ('azr login') or a \
                     device code ('azr login --use-device-code'), not with a user name and \
                     password; --username, --password and --certificate are for \
                     --service-principal.",
                ));
            }
            return Ok(LoginSpec::User {
                tenant: self.tenant.filter(|t| !t.is_empty()),
                use_device_code: self.use_device_code,
                allow_no_subscriptions: self.allow_no_subscriptions,
                claims,
            });
        }
        let Some(client_id) = self.username.filter(|u| !u.is_empty()) else {
            return Err(AzError::validation(
                "usage error: --username/-u is required for a service principal",
            ));
        };
        let Some(tenant) = self.tenant.filter(|t| !t.is_empty()) else {
            return Err(AzError::validation(
                "usage error: --tenant/-t is required when logging in with a service principal",
            ));
        };
        match (self.password, self.certificate) {
            (Some(_), Some(_)) => Err(AzError::validation(
                "usage error: --password and --certificate are mutually exclusive",
            )),
            // az's order (`ServicePrincipalAuth.build_credential`): a secret or a certificate
            // before a federated token.
            (None, None) if self.federated_token.is_some() => Ok(LoginSpec::FederatedToken {
                client_id,
                assertion: self.federated_token.map(|t| t.0).unwrap_or_default(),
                tenant,
                allow_no_subscriptions: self.allow_no_subscriptions,
            }),
            (Some(secret), None) => Ok(LoginSpec::Secret {
                client_id,
                secret: secret.0,
                tenant,
                allow_no_subscriptions: self.allow_no_subscriptions,
            }),
            (None, Some(path)) => Ok(LoginSpec::Certificate {
                client_id,
                path: path.into(),
                tenant,
                allow_no_subscriptions: self.allow_no_subscriptions,
            }),
            (None, None) => Err(AzError::validation(
                "usage error: --password, --certificate or --federated-token is required for a \
                 service principal (azr does not prompt)",
            )),
        }
    }
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Account user, if missing, logout the current active account.
    #[arg(long)]
    pub username: Option<String>,
}
