//! `group create|show|list|delete`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::Result;

use super::super::session::Session;

pub async fn exec(cmd: cli::group::GroupCommand, session: &Session<'_>) -> Result<Output> {
    use cli::group::GroupCommand as G;
    match cmd {
        G::Create(a) => {
            let spec = a.into_spec()?;
            commands::group::create(&session.build()?, spec).await
        }
        G::Show(a) => commands::group::show(&session.build()?, &a.name).await,
        G::List(a) => commands::group::list(&session.build()?, a.tag.as_deref()).await,
        G::Delete(a) => commands::group::delete(&session.build()?, &a.name, a.no_wait).await,
    }
}
