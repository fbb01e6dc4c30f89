//! `provider register|show|unregister`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::Result;

use super::super::session::Session;

pub async fn exec(cmd: cli::provider::ProviderCommand, session: &Session<'_>) -> Result<Output> {
    use crate::spec::network::resource_name;
    use cli::provider::ProviderCommand as P;
    use commands::provider;
    match cmd {
        P::Register(a) => {
            let spec = a.into_spec()?;
            provider::register(&session.build()?, &spec).await
        }
        P::Show(a) => {
            let ns = resource_name(&a.namespace, "--namespace")?;
            provider::show(&session.build()?, &ns, a.expand.as_deref()).await
        }
        P::Unregister(a) => {
            let ns = resource_name(&a.namespace, "--namespace")?;
            provider::unregister(&session.build()?, &ns, a.wait).await
        }
    }
}
