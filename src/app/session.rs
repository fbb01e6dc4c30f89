//! The session of one invocation: the cloud, credentials, transport and subscription a command
//! runs with. Built lazily, so a command that does not talk to ARM pays for none of it.

use std::sync::Arc;

use crate::cli;
use crate::client::clock::{FastForwardClock, ObservedClock};
use crate::client::{ArmClient, Clock, CommandHeaders, SystemClock};
use crate::commands::{CommandContext, Level};
use crate::error::{AzError, Result};
use crate::output::Printer;
use crate::transport::Transport;
use crate::transport::record::RecordTransport;
use crate::transport::replay::ReplayTransport;
use crate::transport::sanitize::Sanitizers;
use crate::transport::session::{CassetteTransport, RecordMode};

/// What one invocation runs with: its global flags, where it prints, and the headers its
/// requests carry. The ARM context is built on demand (`arm`), once the command's flags are valid.
pub struct Session<'a> {
    pub global: &'a cli::GlobalArgs,
    pub printer: &'a Printer,
    pub headers: CommandHeaders,
}

impl Session<'_> {
    /// The ARM context in the subscription the flags, environment and profile select.
    pub fn build(&self) -> Result<CommandContext> {
        self.build_in(None)
    }

    /// A context in `subscription`, or in the one the flags, env and profile select.
    pub fn build_in(&self, subscription: Option<String>) -> Result<CommandContext> {
        let transport = transport_for(self.global)?;
        let clock: Arc<dyn Clock> = if transport.is_replay() {
            Arc::new(FastForwardClock)
        } else {
            Arc::new(SystemClock)
        };
        // a spinner on stderr while long-running operations are polled
        let clock: Arc<dyn Clock> = match self.printer.spinner(&self.headers.command_name) {
            Some(spinner) => Arc::new(ObservedClock::new(clock, move || spinner.start())),
            None => clock,
        };
        let mut headers = self.headers.clone();
        if let Some(policy) = &mut headers.policy {
            // az's `{subscriptionId}`: the command's own subscription, whatever one it reaches
            policy.subscription = subscription_for(self.global, transport.as_ref())?;
            policy.endpoint = self.resource_manager_endpoint()?;
        }
        let subscription = match subscription {
            Some(s) => s,
            None => subscription_for(self.global, transport.as_ref())?,
        };
        let mut client = ArmClient::new(transport, clock, headers);
        if let Ok(graph) = self.cloud().and_then(|c| c.graph_resource()) {
            client = client.with_graph_endpoint(&graph);
        }
        if self.global.debug {
            let printer = self.printer.clone();
            client = client.with_debug(Arc::new(move |line: &str| printer.debug(line)));
        }
        let printer = self.printer.clone();
        Ok(CommandContext {
            client,
            subscription,
            log: Box::new(move |level, m| match level {
                Level::Info => printer.info(m),
                Level::Warning => printer.warn(m),
                Level::Error => printer.error_line(m),
            }),
            progress: Box::new(crate::output::progress::write_stderr),
        })
    }
    /// Prints a `WARNING:` line.
    pub fn warn(&self) -> impl Fn(&str) + '_ {
        move |m: &str| self.printer.warn(m)
    }
    /// Where the cloud's ARM requests go: `local`, the built-in emulator, answers as
    /// the public cloud's resource manager.
    fn resource_manager_endpoint(&self) -> Result<String> {
        let cloud = self.cloud()?;
        if cloud.is_local() {
            return Ok("https://management.azure.com".into());
        }
        cloud.resource_manager()
    }
    /// The active cloud (`--cloud`, `AZR_CLOUD`, `azr cloud set`).
    pub fn cloud(&self) -> Result<crate::config::cloud::Cloud> {
        crate::config::cloud::active(&crate::config::config_dir(), self.global.cloud.as_deref())
    }
    pub fn active_cloud_name(&self) -> Result<String> {
        let dir = crate::config::config_dir();
        let file = crate::config::cloud::CloudsFile::load(&dir)?;
        Ok(crate::config::cloud::active_name(
            self.global.cloud.as_deref(),
            &file,
        ))
    }
}

/// An environment variable's value, treating empty as unset.
fn env_path(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
}

/// `AZR_CASSETTE=FILE` records or replays a script's session in `AZR_RECORD_MODE`;
/// `AZR_REPLAY=FILE` answers from a cassette; otherwise the cloud's transport. `AZR_RECORD=FILE`
/// wraps whichever was chosen.
fn transport_for(global: &cli::GlobalArgs) -> Result<Arc<dyn Transport>> {
    let ignore: Vec<String> = std::env::var("AZR_REPLAY_IGNORE")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let mode = std::env::var("AZR_RECORD_MODE")
        .ok()
        .filter(|m| !m.is_empty());
    let sanitizers = env_path("AZR_CASSETTE_SANITIZERS");
    let Some(path) = env_path("AZR_CASSETTE") else {
        for (name, set) in [
            ("AZR_RECORD_MODE", mode.is_some()),
            ("AZR_CASSETTE_SANITIZERS", sanitizers.is_some()),
        ] {
            if set {
                return Err(AzError::usage(format!(
                    "{name} applies to a cassette named by AZR_CASSETTE=FILE, which is not set."
                )));
            }
        }
        return legacy_transport(global, ignore);
    };
    for name in ["AZR_REPLAY", "AZR_RECORD"] {
        if env_path(name).is_some() {
            return Err(AzError::usage(format!(
                "AZR_CASSETTE and {name} are both set; use AZR_CASSETTE with AZR_RECORD_MODE alone."
            )));
        }
    }
    let mode: RecordMode = mode.as_deref().unwrap_or("once").parse()?;
    let sanitizers = match sanitizers {
        Some(file) => Sanitizers::load(&file)?,
        None => Sanitizers::default(),
    };
    Ok(Arc::new(CassetteTransport::open(
        &path,
        mode,
        sanitizers,
        ignore,
        || cloud_transport(global),
    )?))
}

/// `AZR_REPLAY` and `AZR_RECORD`, one process at a time.
fn legacy_transport(global: &cli::GlobalArgs, ignore: Vec<String>) -> Result<Arc<dyn Transport>> {
    let inner: Arc<dyn Transport> = match env_path("AZR_REPLAY") {
        Some(path) => Arc::new(ReplayTransport::open(&path)?.ignoring(ignore)),
        None => cloud_transport(global)?,
    };
    Ok(match env_path("AZR_RECORD") {
        Some(path) => Arc::new(RecordTransport::new(inner, &path)?),
        None => inner,
    })
}

/// The transport of the active cloud: `local` → the in-process emulator, any other cloud →
/// HTTPS to its resource-manager endpoint with a token from `auth`.
fn cloud_transport(global: &cli::GlobalArgs) -> Result<Arc<dyn Transport>> {
    let dir = crate::config::config_dir();
    let cloud = crate::config::cloud::active(&dir, global.cloud.as_deref())?;
    if cloud.is_local() {
        return local_transport(&dir);
    }
    let selected = select_subscription(global, &cloud)?;
    let candidates = credential_candidates(&dir, selected.account.as_ref())?;
    let http = crate::transport::http::shared_client()?;
    let tokens = crate::auth::TokenProvider::new(
        cloud.clone(),
        candidates.clone(),
        dir.clone(),
        http.clone(),
    );
    let transport = crate::transport::http::HttpTransport::new(
        http.clone(),
        &cloud.resource_manager()?,
        Arc::new(tokens),
        crate::transport::http::timeout()?,
    );
    // Microsoft Graph, where the cloud names it: the same credential, Graph's scope
    let transport = match (cloud.graph_resource(), cloud.graph_scope()) {
        (Ok(base), Ok(scope)) => {
            let graph = crate::auth::TokenProvider::new(cloud.clone(), candidates, dir, http)
                .for_scope(scope);
            transport.with_graph(&base, Arc::new(graph))
        }
        _ => transport,
    };
    Ok(Arc::new(transport))
}

/// The built-in emulator, in process, with its state in the config dir.
fn local_transport(dir: &std::path::Path) -> Result<Arc<dyn Transport>> {
    Ok(Arc::new(
        crate::transport::emulator::EmulatorTransport::open_local(&dir.join("emulator.db"))?,
    ))
}

/// The credential of the account that owns the subscription (from `azr login`); without
/// one, the credentials the user already has (auth's ambient chain).
fn credential_candidates(
    dir: &std::path::Path,
    account: Option<&serde_json::Value>,
) -> Result<Vec<crate::auth::Source>> {
    if let Some(a) = account {
        let user = crate::config::profile::user_name(a);
        let store = crate::auth::CredentialStore::load(dir)?;
        if let Some(src) = store.credentials.get(user) {
            // A user's tokens are asked for in the tenant of the account in use.
            if let crate::auth::Source::User { username, .. } = src {
                let tenant = a.get("tenantId").and_then(serde_json::Value::as_str);
                return Ok(vec![crate::auth::Source::User {
                    tenant_id: tenant
                        .unwrap_or(crate::auth::user::DEFAULT_TENANT)
                        .to_string(),
                    username: username.clone(),
                }]);
            }
            return Ok(vec![src.clone()]);
        }
    }
    Ok(crate::auth::ambient_sources(
        &crate::auth::ProcessEnv,
        &mut crate::auth::imds_reachable,
        crate::auth::az_on_path(),
    ))
}

fn select_subscription(
    global: &cli::GlobalArgs,
    cloud: &crate::config::cloud::Cloud,
) -> Result<crate::config::profile::Selected> {
    let dir = crate::config::config_dir();
    let ours = crate::config::profile::ProfileFile::load(&dir)?;
    let az = crate::config::profile::az_profile();
    let env = std::env::var("AZURE_SUBSCRIPTION_ID").ok();
    crate::config::profile::select(
        &ours,
        &az,
        cloud,
        global.subscription.as_deref(),
        env.as_deref(),
    )
}

/// `--subscription` > `AZURE_SUBSCRIPTION_ID` > a cassette's own subscription (replay) >
/// the account set in azr > az's default.
fn subscription_for(global: &cli::GlobalArgs, transport: &dyn Transport) -> Result<String> {
    let env_set = std::env::var("AZURE_SUBSCRIPTION_ID").is_ok_and(|s| !s.is_empty());
    if global.subscription.is_none()
        && !env_set
        && let Some(s) = transport.default_subscription()
    {
        return Ok(s);
    }
    let dir = crate::config::config_dir();
    let cloud = crate::config::cloud::active(&dir, global.cloud.as_deref())?;
    Ok(select_subscription(global, &cloud)?.id)
}

/// az's confirmation prompt for destructive commands without `--yes`. Without a terminal it
/// cannot ask, and says so as az does.
pub fn confirm(printer: &Printer) -> Result<()> {
    let cancelled = || AzError::validation("Operation cancelled.");
    match crate::output::prompt::y_n("Are you sure you want to perform this operation?", None)? {
        None => {
            printer.warn("Unable to prompt for confirmation as no tty available. Use --yes.");
            Err(cancelled())
        }
        Some(true) => Ok(()),
        Some(false) => Err(cancelled()),
    }
}
