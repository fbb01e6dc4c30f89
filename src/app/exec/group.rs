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
        // an empty name would make the URL the collection's
        G::Show(a) => {
            let name = crate::spec::network::resource_name(&a.name, "--name")?;
            commands::group::show(&session.build()?, &name).await
        }
        G::List(a) => commands::group::list(&session.build()?, a.tag.as_deref()).await,
        G::Delete(a) => {
            let name = crate::spec::network::resource_name(&a.name, "--name")?;
            let force = a.force_deletion_types.as_deref();
            commands::group::delete(&session.build()?, &name, force, a.no_wait).await
        }
    }
}
