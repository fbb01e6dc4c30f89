//! `azr account ...`. The subscription flag of `account show|set` is the global
//! `--subscription`; `-n/--name/-s` are accepted here as az's aliases.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Get the details of a subscription.
    Show(AccountNameArgs),
    /// Get a list of subscriptions for the logged in account.
    List(AccountListArgs),
    /// Set a subscription to be the current active subscription.
    Set(AccountNameArgs),
}

#[derive(Debug, Args)]
pub struct AccountNameArgs {
    /// Name or ID of subscription (also `--subscription`).
    #[arg(short = 'n', long = "name", short_alias = 's')]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct AccountListArgs {
    /// List all subscriptions from all clouds, including subscriptions that are not 'Enabled'.
    #[arg(long)]
    pub all: bool,
    /// Retrieve up-to-date subscriptions from server.
    #[arg(long)]
    pub refresh: bool,
}
