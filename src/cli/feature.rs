//! `azr feature ...`

use clap::{Args, Subcommand};

use crate::error::Result;
use crate::spec::network::resource_name;

#[derive(Debug, Args)]
pub struct FeatureArgs {
    #[command(subcommand)]
    pub command: FeatureCommand,
}

#[derive(Debug, Subcommand)]
pub enum FeatureCommand {
    /// Register a preview feature.
    Register(FeatureNameArgs),
    /// Get the feature details.
    Show(FeatureNameArgs),
    /// List preview features.
    List(FeatureListArgs),
    /// Unregister a preview feature.
    Unregister(FeatureNameArgs),
}

#[derive(Debug, Args)]
pub struct FeatureNameArgs {
    /// The resource namespace, aka 'provider'.
    #[arg(long)]
    pub namespace: String,
    /// The feature name.
    #[arg(short = 'n', long)]
    pub name: String,
}

impl FeatureNameArgs {
    /// (namespace, feature name)
    pub fn into_spec(self) -> Result<(String, String)> {
        Ok((
            resource_name(&self.namespace, "--namespace")?,
            resource_name(&self.name, "--name")?,
        ))
    }
}

#[derive(Debug, Args)]
pub struct FeatureListArgs {
    /// The resource namespace, aka 'provider'.
    #[arg(long)]
    pub namespace: Option<String>,
}

impl FeatureListArgs {
    pub fn into_spec(self) -> Result<Option<String>> {
        self.namespace
            .as_deref()
            .map(|n| resource_name(n, "--namespace"))
            .transpose()
    }
}
