//! What `azr login` was asked to do, validated (`cli::login::LoginArgs::into_spec`).

/// What kind of login, validated.
#[derive(Clone, PartialEq)]
pub enum LoginSpec {
    Secret {
        client_id: String,
        secret: String,
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
