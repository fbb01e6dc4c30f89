//! `feature register|show|list|unregister`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::Result;

use super::super::session::Session;

pub async fn exec(cmd: cli::feature::FeatureCommand, session: &Session<'_>) -> Result<Output> {
    use cli::feature::FeatureCommand as F;
    use commands::feature;
    match cmd {
        F::Register(a) => {
            let (ns, name) = a.into_spec()?;
            feature::register(&session.build()?, &ns, &name).await
        }
        F::Show(a) => {
            let (ns, name) = a.into_spec()?;
            feature::show(&session.build()?, &ns, &name).await
        }
        F::List(a) => {
            let ns = a.into_spec()?;
            feature::list(&session.build()?, ns.as_deref()).await
        }
        F::Unregister(a) => {
            let (ns, name) = a.into_spec()?;
            feature::unregister(&session.build()?, &ns, &name).await
        }
    }
}
