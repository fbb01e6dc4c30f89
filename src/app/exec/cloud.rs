//! `cloud list|show|register|set|unregister`.

use crate::cli;
use crate::commands::{self, Output};
use crate::error::{AzError, Result};

use super::super::session::Session;

pub async fn exec(cmd: cli::cloud::CloudCommand, session: &Session<'_>) -> Result<Output> {
    use cli::cloud::CloudCommand as C;
    let dir = crate::config::config_dir();
    match cmd {
        C::List(_) => commands::cloud::list(&dir, &session.active_cloud_name()?),
        C::Show(a) => commands::cloud::show(&dir, a.name.as_deref(), &session.active_cloud_name()?),
        C::Register(a) => {
            let (endpoints, suffixes) = a.flag_values();
            let cloud_config = a
                .cloud_config
                .as_deref()
                .map(commands::cloud::parse_cloud_config)
                .transpose()?;
            let spec = commands::cloud::RegisterSpec {
                name: a.name.clone(),
                cloud_config,
                profile: a.profile.clone(),
                skip_endpoint_discovery: a.skip_endpoint_discovery,
                endpoints,
                suffixes,
            };
            let http = if a.skip_endpoint_discovery {
                None
            } else {
                Some(crate::transport::http::shared_client()?)
            };
            commands::cloud::register(&dir, spec, http).await
        }
        C::Set(a) => {
            if let Some(p) = a.profile.as_deref().filter(|p| *p != "latest") {
                return Err(AzError::validation(format!(
                    "--profile '{p}' is not supported: azr only has the 'latest' profile."
                )));
            }
            commands::cloud::set(&dir, &a.name, &session.warn())
        }
        C::Unregister(a) => {
            commands::cloud::unregister(&dir, &a.name, &session.active_cloud_name()?)
        }
    }
}
