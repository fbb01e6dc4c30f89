//! `azr extension add|list|show|remove|update|list-available`: az's extension commands.
//! azr installs nothing: it has aks-preview's flags built in, and records whether the user
//! "added" it so `extension list` answers as az would.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ExtensionArgs {
    #[command(subcommand)]
    pub command: ExtensionCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExtensionCommand {
    /// Add an extension.
    #[command(disable_version_flag = true)]
    Add(ExtensionAddArgs),
    /// List the installed extensions.
    List,
    /// Show an extension.
    Show(ExtensionNameArgs),
    /// Remove an extension.
    Remove(ExtensionNameArgs),
    /// Update an extension.
    Update(ExtensionUpdateArgs),
    /// List publicly available extensions.
    ListAvailable(ExtensionListAvailableArgs),
}

/// `--allow-preview [true|false]` (az's three-state flag).
const THREE_STATE: [&str; 2] = ["true", "false"];

#[derive(Debug, Args)]
pub struct ExtensionAddArgs {
    /// Name of extension.
    #[arg(short = 'n', long = "name")]
    pub name: Option<String>,
    /// Filepath or URL to an extension.
    #[arg(short = 's', long)]
    pub source: Option<String>,
    /// The specific version of an extension.
    #[arg(long, default_value = "latest")]
    pub version: String,
    /// Do not prompt for confirmation.
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Update the extension if already installed, otherwise just install the extension.
    #[arg(long)]
    pub upgrade: bool,
    /// Include preview packages for extension installation, if exists.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = THREE_STATE,
          ignore_case = true)]
    pub allow_preview: Option<String>,
    /// Space-separated list of extra URLs of package indexes to use.
    #[arg(long, num_args = 1..)]
    pub pip_extra_index_urls: Option<Vec<String>>,
    /// Proxy for pip to use for extension dependencies.
    #[arg(long)]
    pub pip_proxy: Option<String>,
    /// Use a system directory for the extension.
    #[arg(long)]
    pub system: bool,
    #[arg(long, hide = true)]
    pub index: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExtensionNameArgs {
    /// Name of extension.
    #[arg(short = 'n', long = "name")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ExtensionUpdateArgs {
    /// Name of extension.
    #[arg(short = 'n', long = "name")]
    pub name: String,
    /// Include preview packages for extension installation, if exists.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_parser = THREE_STATE,
          ignore_case = true)]
    pub allow_preview: Option<String>,
    /// Space-separated list of extra URLs of package indexes to use.
    #[arg(long, num_args = 1..)]
    pub pip_extra_index_urls: Option<Vec<String>>,
    /// Proxy for pip to use for extension dependencies.
    #[arg(long)]
    pub pip_proxy: Option<String>,
    #[arg(long, hide = true)]
    pub index: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExtensionListAvailableArgs {
    /// Show the raw data from the extension index.
    #[arg(short = 'd', long)]
    pub show_details: bool,
    #[arg(long, hide = true)]
    pub index: Option<String>,
}
