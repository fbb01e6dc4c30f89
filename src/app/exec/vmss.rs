//! `vmss list|list-instance-public-ips`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::Result;

use super::super::session::Session;
use super::super::targets::for_each_target;

pub async fn exec(cmd: cli::vmss::VmssCommand, session: &Session<'_>) -> Result<Output> {
    use cli::vmss::VmssCommand as V;
    match cmd {
        V::List(a) => {
            let (rg, paging) = a.into_spec()?;
            commands::vmss::list(&session.build()?, rg.as_ref(), &paging).await
        }
        V::ListInstancePublicIps(a) => {
            for_each_target(
                session,
                a.into_spec(),
                commands::vmss::list_instance_public_ips,
            )
            .await
        }
    }
}
