//! `extension ...`: arguments checked, then `commands::extension` on the config dir.

use crate::app::session::Session;
use crate::cli::extension::ExtensionCommand;
use crate::commands::{Output, extension};
use crate::config::config_dir;
use crate::error::Result;
use crate::spec::extension::add_target;

pub fn exec(command: ExtensionCommand, session: &Session<'_>) -> Result<Output> {
    let dir = config_dir();
    let warn = session.warn();
    match command {
        ExtensionCommand::Add(a) => {
            let name = add_target(a.name.as_deref(), a.source.as_deref())?;
            extension::add(&dir, &name, a.upgrade, &warn)
        }
        ExtensionCommand::List => extension::list(&dir),
        ExtensionCommand::Show(a) => extension::show(&dir, &a.name),
        ExtensionCommand::Remove(a) => extension::remove(&dir, &a.name, &warn),
        ExtensionCommand::Update(a) => extension::update(&dir, &a.name, &warn),
        ExtensionCommand::ListAvailable(a) => extension::list_available(&dir, a.show_details),
    }
}
