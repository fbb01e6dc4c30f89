//! `azr provider ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::network::resource_name;

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
    /// Wait for the registration to finish.
    #[arg(long)]
    pub wait: bool,
}

impl ProviderRegisterArgs {
    pub fn into_spec(self) -> Result<(String, bool, bool)> {
        Ok((
            resource_name(&self.namespace, "--namespace")?,
            self.consent_to_permissions,
            self.wait,
        ))
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
