//! `login`, `logout`, `account show|list|set`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::{AzError, Result};

use super::super::session::Session;

pub async fn login(a: cli::login::LoginArgs, session: &Session<'_>) -> Result<Output> {
    let request = a.into_spec(session.global.subscription.clone())?;
    let cloud = session.cloud()?;
    let message = |m: &str| session.printer.message(m);
    let warn = session.warn();
    commands::account::login(
        &crate::config::config_dir(),
        &cloud,
        request,
        crate::transport::http::shared_client()?,
        session.headers.clone(),
        crate::transport::http::timeout()?,
        &commands::account::LoginUi {
            message: &message,
            warn: &warn,
        },
    )
    .await
}

pub fn logout(a: cli::login::LogoutArgs, session: &Session<'_>) -> Result<Output> {
    commands::account::logout(
        &crate::config::config_dir(),
        &session.cloud()?,
        a.username.as_deref(),
    )
}

pub async fn exec(cmd: cli::account::AccountCommand, session: &Session<'_>) -> Result<Output> {
    use cli::account::AccountCommand as A;
    let dir = crate::config::config_dir();
    let cloud = session.cloud()?;
    match cmd {
        A::Show(a) => {
            let name = a.name.as_deref().or(session.global.subscription.as_deref());
            commands::account::show(&dir, &cloud, name)
        }
        A::List(a) => {
            if a.refresh {
                commands::account::refresh(
                    &dir,
                    &cloud,
                    crate::transport::http::shared_client()?,
                    session.headers.clone(),
                    crate::transport::http::timeout()?,
                )
                .await?;
            }
            commands::account::list(&dir, &cloud, a.all, &session.warn())
        }
        A::Set(a) => {
            let Some(name) = a.name.as_deref().or(session.global.subscription.as_deref()) else {
                return Err(AzError::usage(
                    "the following arguments are required: --name/--subscription/-n/-s",
                ));
            };
            commands::account::set(&dir, &cloud, name)
        }
    }
}
