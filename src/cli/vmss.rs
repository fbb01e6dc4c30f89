//! `azr vmss ...`

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct VmssArgs {
    #[command(subcommand)]
    pub command: VmssCommand,
}

#[derive(Debug, Subcommand)]
pub enum VmssCommand {}
