//! `azr cassette ...`: the record/replay sessions of `AZR_CASSETTE`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct CassetteArgs {
    #[command(subcommand)]
    pub command: CassetteCommand,
}

#[derive(Debug, Subcommand)]
pub enum CassetteCommand {
    /// End the cassette's session (its `FILE.state`): the next azr process replays from the
    /// first interaction, and `once` decides again whether to record.
    Reset(ResetArgs),
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// The cassette (`AZR_CASSETTE`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
