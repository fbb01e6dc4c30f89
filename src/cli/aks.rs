//! `azr aks ...`

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct AksArgs {
    #[command(subcommand)]
    pub command: AksCommand,
}

#[derive(Debug, Subcommand)]
pub enum AksCommand {
    #[command(flatten)]
    Extra(crate::cli::aks_command::AksExtraCommand),
}
