//! `aks ...`, `aks nodepool ...`, `aks command ...`, `aks hostport check`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::{AzError, Result};

use super::super::session::{Session, confirm};

pub async fn exec(cmd: cli::aks::AksCommand, session: &Session<'_>) -> Result<Output> {
    use cli::aks::AksCommand as A;
    match cmd {
        A::Extra(c) => extra(c, session).await,
        A::Create(a) => {
            let spec = a.into_spec()?;
            for w in &spec.pool.settings.warnings {
                session.printer.warn(w);
            }
            // The key is found or generated before any request, as az's validator does.
            let ssh = commands::ssh_keys::resolve(&spec.ssh, &crate::config::home_dir())?;
            for w in &ssh.warnings {
                session.printer.warn(w);
            }
            commands::aks::create(&session.build()?, spec, ssh.key).await
        }
        A::Show(a) => {
            let spec = a.into_spec()?;
            commands::aks::show(&session.build()?, &spec).await
        }
        A::List(a) => {
            let rg = a.into_spec()?;
            commands::aks::list(&session.build()?, rg.as_deref()).await
        }
        A::Delete(a) => {
            let (yes, no_wait) = (a.yes, a.no_wait);
            let spec = a.into_spec()?;
            if !yes {
                confirm(session.printer)?;
            }
            commands::aks::delete(&session.build()?, &spec, no_wait).await
        }
        A::Nodepool(n) => nodepool(n.command, session).await,
    }
}

async fn nodepool(
    cmd: cli::aks_nodepool::NodepoolCommand,
    session: &Session<'_>,
) -> Result<Output> {
    use cli::aks_nodepool::NodepoolCommand as N;
    match cmd {
        N::Add(a) => {
            let spec = a.into_spec()?;
            for w in &spec.pool.settings.warnings {
                session.printer.warn(w);
            }
            commands::aks_nodepool::add(&session.build()?, spec).await
        }
        N::Update(a) => {
            let spec = a.into_spec()?;
            commands::aks_nodepool::update(&session.build()?, spec).await
        }
        N::Show(a) => {
            let spec = a.into_spec()?;
            commands::aks_nodepool::show(&session.build()?, &spec).await
        }
        N::List(a) => {
            let (rg, cluster) = a.into_spec()?;
            commands::aks_nodepool::list(&session.build()?, &rg, &cluster).await
        }
        N::Delete(a) => {
            let no_wait = a.no_wait;
            let spec = a.into_spec()?;
            commands::aks_nodepool::delete(&session.build()?, &spec, no_wait).await
        }
    }
}

async fn extra(cmd: cli::aks_command::AksExtraCommand, session: &Session<'_>) -> Result<Output> {
    use cli::aks_command::{AksExtraCommand as E, AksHostportCommand as H, AksRunCommand as C};
    use commands::aks_command::{self as ac, InvokeOutcome};
    let outcome = match cmd {
        E::Command(c) => match c.command {
            C::Invoke(a) => {
                let spec = a.into_spec()?;
                // Attachments are read (and checked) before any transport is set up.
                let files = ac::read_attachments(&spec.files, &std::env::current_dir()?)?;
                ac::invoke(&session.build()?, spec, files).await?
            }
            C::Result(a) => {
                let rg = a.cluster.group()?;
                let Some(id) = a.command_id.filter(|c| !c.is_empty()) else {
                    return Err(AzError::validation("CommandID cannot be empty."));
                };
                ac::result(&session.build()?, &rg.0, &a.cluster.name, &id).await?
            }
        },
        E::Hostport(h) => match h.command {
            H::Check(a) => {
                let rg = a.group()?;
                return ac::hostport_check(&session.build()?, &rg.0, &a.name).await;
            }
        },
    };
    match outcome {
        InvokeOutcome::Finished(result) => session.printer.run_command_result(result),
        InvokeOutcome::Pending { first, rest } => {
            session.printer.print_text(&first, rest.as_deref(), None)?;
            Ok(None)
        }
    }
}
