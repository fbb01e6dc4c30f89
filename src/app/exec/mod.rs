//! Dispatch: one small `exec` per command group, each turning its clap arguments into a
//! validated spec, then running the command in the session (the way cargo's `commands/*.rs` do).

mod account;
mod aks;
mod cloud;
mod config;
mod configure;
mod emulator;
mod extension;
mod feature;
mod group;
mod network;
mod network_vnet;
mod provider;
mod vmss;

use crate::cli::{self, Command};
use crate::commands::Output;
use crate::error::Result;

use super::session::Session;

/// Runs the command the line names.
pub async fn exec(command: Command, session: &Session<'_>) -> Result<Output> {
    match command {
        Command::Group(g) => group::exec(g.command, session).await,
        Command::Aks(a) => aks::exec(a.command, session).await,
        Command::Network(n) => network::exec(n.command, session).await,
        Command::Vmss(v) => vmss::exec(v.command, session).await,
        Command::Feature(f) => feature::exec(f.command, session).await,
        Command::Provider(p) => provider::exec(p.command, session).await,
        Command::Cloud(c) => cloud::exec(c.command, session).await,
        Command::Login(a) => account::login(a, session).await,
        Command::Logout(a) => account::logout(a, session),
        Command::Account(a) => account::exec(a.command, session).await,
        Command::Configure(a) => configure::exec(a),
        Command::Config(c) => config::exec(c.command, session),
        Command::Extension(e) => extension::exec(e.command, session),
        Command::Emulator(e) => emulator::exec(e.command).await,
        Command::Demo => crate::demo::run().map(|()| None),
        Command::Cassette(c) => match c.command {
            cli::cassette::CassetteCommand::Reset(a) => {
                crate::transport::session::CassetteFiles::new(&a.file).reset()?;
                Ok(None)
            }
        },
        Command::Completion(a) => {
            crate::output::write_text(&cli::completion::render(a.shell))?;
            Ok(None)
        }
    }
}
