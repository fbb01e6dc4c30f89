//! Token requests through azure_identity, with azr's HTTP client (so `AZR_CA_BUNDLE` /
//! `REQUESTS_CA_BUNDLE` apply) and the cloud's authority host.

use std::sync::Arc;

use azure_core::cloud::CustomConfiguration;
use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::{ClientMethodOptions, ClientOptions, Transport};
use azure_identity::{
    AzureCliCredential, ClientAssertion, ClientAssertionCredential,
    ClientAssertionCredentialOptions, ClientSecretCredential, ClientSecretCredentialOptions,
    ManagedIdentityCredential, ManagedIdentityCredentialOptions, UserAssignedId,
    WorkloadIdentityCredential, WorkloadIdentityCredentialOptions,
};

use super::cert::PemCertificate;
use super::{Source, Token};
use crate::config::cloud::Cloud;
use crate::error::{AzError, Result};

fn client_options(cloud: &Cloud, http: &reqwest::Client) -> Result<ClientOptions> {
    let mut custom = CustomConfiguration::default();
    custom.authority_host = cloud.authority_host()?;
    Ok(ClientOptions {
        transport: Some(Transport::new(Arc::new(http.clone()))),
        cloud: Some(Arc::new(custom.into())),
        ..Default::default()
    })
}

/// Signs a fresh assertion per token request.
#[derive(Debug)]
struct CertAssertion {
    cert: PemCertificate,
    client_id: String,
    audience: String,
    sn_issuer: bool,
}

#[async_trait::async_trait]
impl ClientAssertion for CertAssertion {
    async fn secret(&self, _: Option<ClientMethodOptions<'_>>) -> azure_core::Result<String> {
        self.cert
            .assertion(&self.client_id, &self.audience, self.sn_issuer)
            .map_err(|e| {
                azure_core::Error::with_message(azure_core::error::ErrorKind::Credential, e.message)
            })
    }
}

/// A federated token kept by `login --federated-token`, sent as it is.
struct StoredAssertion(String);

// The token is a credential: never in a debug print.
impl std::fmt::Debug for StoredAssertion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoredAssertion(***)")
    }
}

#[async_trait::async_trait]
impl ClientAssertion for StoredAssertion {
    async fn secret(&self, _: Option<ClientMethodOptions<'_>>) -> azure_core::Result<String> {
        Ok(self.0.clone())
    }
}

fn az_err(e: azure_core::Error) -> AzError {
    // Display, never Debug: azure_core prints a backtrace in Debug.
    AzError::auth(format!("{e}"))
}

// `..Default::default()` keeps the option structs building when azure_identity adds fields.
#[allow(clippy::needless_update)]
pub async fn fetch(
    source: &Source,
    cloud: &Cloud,
    http: &reqwest::Client,
    scopes: &[&str],
) -> Result<Token> {
    let cred: Arc<dyn TokenCredential> = match source {
        Source::ClientSecret {
            tenant_id,
            client_id,
            client_secret,
        } => ClientSecretCredential::new(
            tenant_id,
            client_id.clone(),
            Secret::new(client_secret.clone()),
            Some(ClientSecretCredentialOptions {
                client_options: client_options(cloud, http)?,
            }),
        )
        .map_err(az_err)?,
        Source::ClientCertificate {
            tenant_id,
            client_id,
            certificate_path,
            use_cert_sn_issuer,
        } => {
            let cert = PemCertificate::load(certificate_path)?;
            let audience = format!("{}/{tenant_id}/oauth2/v2.0/token", cloud.authority_host()?);
            ClientAssertionCredential::new(
                tenant_id.clone(),
                client_id.clone(),
                CertAssertion {
                    cert,
                    client_id: client_id.clone(),
                    audience,
                    sn_issuer: *use_cert_sn_issuer,
                },
                Some(ClientAssertionCredentialOptions {
                    client_options: client_options(cloud, http)?,
                }),
            )
            .map_err(az_err)?
        }
        Source::ClientAssertion {
            tenant_id,
            client_id,
            client_assertion,
        } => ClientAssertionCredential::new(
            tenant_id.clone(),
            client_id.clone(),
            StoredAssertion(client_assertion.clone()),
            Some(ClientAssertionCredentialOptions {
                client_options: client_options(cloud, http)?,
            }),
        )
        .map_err(az_err)?,
        Source::WorkloadIdentity {
            tenant_id,
            client_id,
            token_file,
        } => WorkloadIdentityCredential::new(Some(WorkloadIdentityCredentialOptions {
            credential_options: ClientAssertionCredentialOptions {
                client_options: client_options(cloud, http)?,
            },
            client_id: Some(client_id.clone()),
            tenant_id: Some(tenant_id.clone()),
            token_file_path: Some(token_file.clone()),
            ..Default::default()
        }))
        .map_err(az_err)?,
        Source::ManagedIdentity {
            client_id,
            object_id,
            resource_id,
        } => {
            let user_assigned_id = match (client_id, object_id, resource_id) {
                (Some(c), _, _) => Some(UserAssignedId::ClientId(c.clone())),
                (_, Some(o), _) => Some(UserAssignedId::ObjectId(o.clone())),
                (_, _, Some(r)) => Some(UserAssignedId::ResourceId(r.clone())),
                _ => None,
            };
            // The MI endpoint is no authority host: only the HTTP client matters.
            ManagedIdentityCredential::new(Some(ManagedIdentityCredentialOptions {
                user_assigned_id,
                client_options: ClientOptions {
                    transport: Some(Transport::new(Arc::new(http.clone()))),
                    ..Default::default()
                },
                ..Default::default()
            }))
            .map_err(az_err)?
        }
        Source::AzureCli => AzureCliCredential::new(None).map_err(az_err)?,
        Source::User { .. } => {
            return Err(AzError::internal(
                "a user account's token comes from its refresh token",
            ));
        }
    };
    let t = cred.get_token(scopes, None).await.map_err(az_err)?;
    Ok(Token {
        secret: t.token.secret().to_string(),
        expires_on: t.expires_on.unix_timestamp(),
    })
}
