//! `azr provider ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::network::resource_name;
use crate::spec::provider::ProviderRegister;

#[derive(Debug, Args)]
pub struct ProviderArgs {
    #[command(subcommand)]
    pub command: ProviderCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    /// Register a provider.
    Register(ProviderRegisterArgs),
    /// Gets the specified resource provider.
    Show(ProviderShowArgs),
    /// Unregister a provider.
    Unregister(ProviderUnregisterArgs),
}

#[derive(Debug, Args)]
pub struct ProviderRegisterArgs {
    /// The resource namespace, aka 'provider'.
    #[arg(short = 'n', long)]
    pub namespace: String,
    /// A value indicating whether authorization is consented or not.
    #[arg(short = 'c', long)]
    pub consent_to_permissions: bool,
    /// The management group id to register.
    #[arg(short = 'm', long)]
    pub management_group_id: Option<String>,
    /// Wait for the registration to finish.
    #[arg(long)]
    pub wait: bool,
    /// Accept market place terms and RP terms for RPaaS.
    #[arg(long)]
    pub accept_terms: bool,
}

impl ProviderRegisterArgs {
    pub fn into_spec(self) -> Result<ProviderRegister> {
        Ok(ProviderRegister {
            namespace: resource_name(&self.namespace, "--namespace")?,
            consent: self.consent_to_permissions,
            management_group: self.management_group_id,
            wait: self.wait,
            accept_terms: self.accept_terms,
        })
    }
}

#[derive(Debug, Args)]
pub struct ProviderUnregisterArgs {
    /// The resource namespace, aka 'provider'.
    #[arg(short = 'n', long)]
    pub namespace: String,
    /// Wait for unregistration to finish.
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
pub struct ProviderShowArgs {
    /// The resource namespace, aka 'provider'.
    #[arg(short = 'n', long)]
    pub namespace: String,
    /// The $expand query parameter, e.g. `resourceTypes/aliases`.
    #[arg(long)]
    pub expand: Option<String>,
}
