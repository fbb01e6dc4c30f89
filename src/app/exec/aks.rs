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
            a.misc
                .deprecation_warnings()
                .iter()
                .for_each(|w| session.printer.warn(w));
            if let Some(w) = a.addon_profiles.deprecation_warning() {
                session.printer.warn(w);
            }
            let mut spec = a.into_spec()?;
            spec.addon_profiles.cloud = session.active_cloud_name()?;
            spec.profile.load_files(read_text_file);
            for w in &spec.pool.settings.warnings {
                session.printer.warn(w);
            }
            // The key is found or generated before any request, as az's validator does.
            let home = crate::config::home_dir();
            spec.ssh = crate::spec::cluster_automatic::ssh_options(
                &spec.ssh,
                spec.misc.sku.as_deref(),
                &home,
            )?;
            let ssh = commands::ssh_keys::resolve(&spec.ssh, &home)?;
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
        A::GetCredentials(a) => get_credentials(a, session).await,
        A::Scale(a) => {
            let spec = a.into_spec()?;
            commands::aks_scale::scale(&session.build()?, spec).await
        }
        A::Update(a) => {
            a.misc
                .preview_warnings()
                .iter()
                .for_each(|w| session.printer.warn(w));
            if let Some(w) = a.monitor_logs.deprecation_warning() {
                session.printer.warn(w);
            }
            let mut spec = a.into_spec()?;
            spec.monitor_logs.cloud = session.active_cloud_name()?;
            spec.profile.ask = crate::spec::cluster_profile::Ask(ask_default_no);
            spec.misc.cloud = session.active_cloud_name()?;
            spec.profile.load_files(read_text_file);
            if !spec.changes_anything() && !reconcile()? {
                return Err(crate::spec::aks_update::nothing_to_update());
            }
            commands::aks_update::update(&session.build()?, spec).await
        }
        A::Nodepool(n) => nodepool(n.command, session).await,
        A::Machine(m) => {
            use cli::aks_machine::MachineCommand as M;
            match m.command {
                M::List(a) => {
                    let pool = a.into_spec()?;
                    commands::aks_machine::list(&session.build()?, &pool).await
                }
                M::Show(a) => {
                    let (pool, machine) = a.into_spec()?;
                    commands::aks_machine::show(&session.build()?, &pool, &machine).await
                }
            }
        }
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
            let (no_wait, ignore_pdb) = (a.no_wait, a.ignore_pdb);
            let spec = a.into_spec()?;
            commands::aks_nodepool::delete(&session.build()?, &spec, no_wait, ignore_pdb).await
        }
        N::Scale(a) => {
            let spec = a.into_spec()?;
            commands::aks_scale::nodepool_scale(&session.build()?, spec).await
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
        E::NodeIps(a) => {
            let (cluster, pool) = a.into_spec()?;
            return commands::aks_node_ips::node_ips(&session.build()?, &cluster, pool.as_deref())
                .await;
        }
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

/// `aks get-credentials`: the POST, then print (`--file -`) or merge into the kubeconfig file.
async fn get_credentials(
    a: cli::aks::AksGetCredentialsArgs,
    session: &Session<'_>,
) -> Result<Output> {
    let spec = a.into_spec()?;
    let ctx = session.build()?;
    let kubeconfig = commands::aks::credentials(&ctx, &spec).await?;
    if session.active_cloud_name()? == crate::config::cloud::LOCAL {
        // In-process, nothing serves the API the kubeconfig names until this runs.
        let state = crate::config::config_dir().join("emulator.db");
        session.printer.warn(&format!(
            "The cluster's Kubernetes API is served by the emulator's HTTPS server, which is not running: start it on the local cloud's state with `azr emulator start --state {}`, then use kubectl.",
            state.display()
        ));
    }
    let path = match spec.file.as_deref() {
        Some("-") => {
            session.printer.print_text(&kubeconfig, None, None)?;
            return Ok(None);
        }
        Some(f) => expand_user(f),
        None => {
            let default = crate::config::home_dir().join(".kube").join("config");
            match std::env::var_os("KUBECONFIG") {
                Some(v) => {
                    let first = v
                        .to_string_lossy()
                        .split(':')
                        .next()
                        .unwrap_or("")
                        .to_string();
                    if first.is_empty() {
                        session
                            .printer
                            .warn("Invalid path '' defined in KUBECONFIG.");
                        default
                    } else {
                        std::path::PathBuf::from(first)
                    }
                }
                None => default,
            }
        }
    };
    let ask = |question: &str| ask_yes_no(question);
    let warn = |m: &str| session.printer.warn(m);
    commands::kubeconfig::merge(
        &path,
        &kubeconfig,
        spec.overwrite_existing,
        spec.context.as_deref(),
        &ask,
        &warn,
    )?;
    Ok(None)
}

/// `~` and `~/...` as az's `file_type` expands them.
fn expand_user(f: &str) -> std::path::PathBuf {
    match f.strip_prefix('~') {
        Some("") => crate::config::home_dir(),
        Some(rest) if rest.starts_with('/') => {
            crate::config::home_dir().join(rest.trim_start_matches('/'))
        }
        _ => std::path::PathBuf::from(f),
    }
}

/// knack's `prompt_y_n`; `None` without a terminal.
fn ask_yes_no(question: &str) -> Option<bool> {
    crate::output::prompt::y_n(question, None).ok()?
}

/// A file's text as az's `read_file_content` reads it (UTF-8, a BOM dropped later); `None` when
/// it is not a readable file.
fn read_text_file(path: &str) -> Option<String> {
    // az's `os.path.isfile`: no `~` expansion (the shell does that)
    let path = std::path::Path::new(path);
    if !path.is_file() {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// knack's `prompt_y_n(question, default="n")`; no terminal is no.
fn ask_default_no(question: &str) -> bool {
    crate::output::prompt::y_n(question, Some(false)) == Ok(Some(true))
}

/// az's question when `aks update` is given nothing to change: `y` reconciles the cluster
/// (GET and PUT it unchanged). Without a terminal there is no one to ask: the answer is no.
fn reconcile() -> Result<bool> {
    let question =
        "No argument specified to update. Would you like to reconcile to current settings?";
    Ok(crate::output::prompt::y_n(question, Some(false))? == Some(true))
}
