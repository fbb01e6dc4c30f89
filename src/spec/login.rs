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
            && !crate::arm::id::is_guid(s)
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
            } => write!(f, "FederatedToken {{ client_id: {client_id}, tenant: {tenant} }}"),
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
