//! `azr config set|get|unset`: az's settings (`defaults.group=rg`, `core.output=table`) in
//! azr's config file, or with `--local` in `./.azr/config` beside the working directory.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Set a configuration.
    Set(ConfigSetArgs),
    /// Get a configuration.
    Get(ConfigGetArgs),
    /// Unset a configuration.
    Unset(ConfigUnsetArgs),
}

#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// Space-separated configurations in the form of `<section>.<key>=<value>`.
    #[arg(required = true, num_args = 1.., value_name = "KEY_VALUE")]
    pub key_value: Vec<String>,
    /// Set as a local configuration in the working directory.
    #[arg(long)]
    pub local: bool,
}

#[derive(Debug, Args)]
pub struct ConfigGetArgs {
    /// The configuration to get: all sections when left out, one section (`defaults`), or one
    /// setting (`defaults.group`).
    #[arg(value_name = "KEY")]
    pub key: Option<String>,
    /// Include local configuration. Scan from the working directory up to the root drive, then
    /// the global configuration and return the first occurrence.
    #[arg(long)]
    pub local: bool,
}

#[derive(Debug, Args)]
pub struct ConfigUnsetArgs {
    /// The configuration to unset, in the form of `<section>.<key>`.
    #[arg(required = true, num_args = 1.., value_name = "KEY")]
    pub key: Vec<String>,
    /// Include local configuration. Scan from the working directory up to the root drive, then
    /// the global configuration and unset the first occurrence.
    #[arg(long)]
    pub local: bool,
}
