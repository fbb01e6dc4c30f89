//! Wires one invocation together: argv → clap → validated spec → transport and client →
//! command → output, and maps the outcome to az's exit code. Validation happens before any
//! transport, credential or config file is touched.

use std::ffi::OsString;
use std::sync::Arc;

use clap::Parser;
use clap::error::ErrorKind as ClapErrorKind;

use crate::cli::{self, Cli, Command, OutputFormat};
use crate::client::{ArmClient, Clock, CommandHeaders, SystemClock, clock::FastForwardClock};
use crate::commands::{self, Ctx, Output};
use crate::error::{AzError, Result};
use crate::output::{Format, Printer, usage};
use crate::spec::ids::Targets;
use crate::spec::names::ResourceGroupName;
use crate::transport::Transport;
use crate::transport::record::RecordTransport;
use crate::transport::replay::ReplayTransport;

/// Runs azr with these arguments (argv[0] included) and returns the process exit code.
pub fn main(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                ClapErrorKind::DisplayHelp
                | ClapErrorKind::DisplayVersion
                | ClapErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 2,
            };
            match (code, az_usage_error(&e, &args)) {
                // argparse rejects unknown flags before a command is chosen: no examples
                (2, Some(message)) if e.kind() == ClapErrorKind::UnknownArgument => {
                    Printer::default().error(&usage::usage_error(message))
                }
                (2, Some(message)) => {
                    let typed: Vec<String> = args
                        .iter()
                        .skip(1)
                        .map(|a| a.to_string_lossy().into_owned())
                        .collect();
                    let command = command_headers(&args).command_name;
                    Printer::default().error(&usage::command_usage_error(message, &command, &typed))
                }
                _ => {
                    let _ = e.print();
                }
            }
            return code;
        }
    };
    let headers = command_headers(&args);
    let mut printer = printer_for(&cli.global);
    printer.command = headers.command_name.clone();
    // az compiles --query while parsing arguments: a bad one fails before anything runs.
    if let Err(e) = printer.validate() {
        printer.error(&e);
        return e.exit_code();
    }
    // The emulator server serves many clients at once; a CLI command needs one thread.
    let runtime = if matches!(cli.command, Command::Emulator(_)) {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    }
    .enable_all()
    .build();
    let runtime = match runtime {
        Ok(rt) => rt,
        Err(e) => {
            printer.error(&AzError::internal(format!(
                "cannot start the async runtime: {e}"
            )));
            return 1;
        }
    };
    let outcome = runtime.block_on(run(cli, &printer, headers));
    match outcome.and_then(|out| match out {
        Some(result) => printer.print_result(&result),
        None => Ok(()),
    }) {
        Ok(()) => 0,
        Err(e) => {
            printer.error(&e);
            e.exit_code()
        }
    }
}

fn printer_for(global: &cli::GlobalArgs) -> Printer {
    let format = match global.output {
        None => crate::output::default_format(),
        Some(OutputFormat::Json) => Format::Json,
        Some(OutputFormat::Jsonc) => Format::Jsonc,
        Some(OutputFormat::Yaml) => Format::Yaml,
        Some(OutputFormat::Yamlc) => Format::Yamlc,
        Some(OutputFormat::Table) => Format::Table,
        Some(OutputFormat::Tsv) => Format::Tsv,
        Some(OutputFormat::None) => Format::None,
    };
    Printer {
        format,
        query: global.query.clone(),
        only_show_errors: global.only_show_errors,
        verbose: global.verbose,
        debug: global.debug,
        command: String::new(),
        color: None,
    }
}

/// The usage errors az's argparse reports, in its words; `None` leaves clap's own message.
fn az_usage_error(e: &clap::Error, args: &[OsString]) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    match e.kind() {
        ClapErrorKind::UnknownArgument => Some(format!(
            "unrecognized arguments: {}",
            context(ContextKind::InvalidArg).join(" ")
        )),
        ClapErrorKind::InvalidValue
            if context(ContextKind::InvalidArg)
                .first()
                .is_some_and(|a| a.starts_with("--output")) =>
        {
            let value = context(ContextKind::InvalidValue).join("").to_lowercase();
            Some(format!(
                "az {}: '{value}' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.",
                command_headers(args).command_name
            ))
        }
        // A value outside a flag's choices.
        ClapErrorKind::InvalidValue
            if !context(ContextKind::ValidValue).is_empty()
                && !context(ContextKind::InvalidValue).concat().is_empty() =>
        {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            // argparse names the option by its first string
            let option = az_option_strings(&arg, args)
                .and_then(|strings| strings.into_iter().next())
                .unwrap_or(format!("--{}", arg.get_long()?));
            Some(format!(
                "az {}: '{}' is not a valid value for '{option}'. Allowed values: {}.",
                command_headers(args).command_name,
                context(ContextKind::InvalidValue).concat(),
                context(ContextKind::ValidValue).join(", ")
            ))
        }
        // A number flag given something else (argparse's `type=int`).
        ClapErrorKind::ValueValidation
            if std::error::Error::source(e).is_some_and(|s| s.is::<std::num::ParseIntError>()) =>
        {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            Some(format!(
                "argument {}: invalid int value: '{}'",
                argparse_spelling(&arg, args),
                context(ContextKind::InvalidValue).concat()
            ))
        }
        // A flag given without its value.
        ClapErrorKind::InvalidValue if context(ContextKind::InvalidValue).concat().is_empty() => {
            let name = context(ContextKind::InvalidArg).concat();
            let arg = find_arg(args, &name)?;
            let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
            let expected = if many {
                "expected at least one argument"
            } else {
                "expected one argument"
            };
            Some(format!(
                "argument {}: {expected}",
                argparse_spelling(&arg, args)
            ))
        }
        ClapErrorKind::MissingRequiredArgument => {
            let spelled: Vec<String> = context(ContextKind::InvalidArg)
                .iter()
                .map(|n| {
                    find_arg(args, n)
                        .map(|a| argparse_spelling(&a, args))
                        .unwrap_or_else(|| n.clone())
                })
                .collect();
            Some(format!(
                "the following arguments are required: {}",
                spelled.join(", ")
            ))
        }
        _ => None,
    }
}

/// The definition of the flag clap names as `--long <VALUE>` in the command being run.
fn find_arg(args: &[OsString], name: &str) -> Option<clap::Arg> {
    // building clap's tree is most of an error's cost: once per process
    static ROOT: std::sync::LazyLock<clap::Command> =
        std::sync::LazyLock::new(<Cli as clap::CommandFactory>::command);
    let mut cmd = &*ROOT;
    for word in command_headers(args)
        .command_name
        .split(' ')
        .filter(|w| !w.is_empty())
    {
        cmd = cmd.find_subcommand(word)?;
    }
    let long = name
        .split([' ', '='])
        .next()
        .unwrap_or(name)
        .trim_start_matches('-');
    cmd.get_arguments()
        .chain(ROOT.get_arguments())
        .find(|a| a.get_long() == Some(long))
        .cloned()
}

fn az_option_strings(arg: &clap::Arg, args: &[OsString]) -> Option<Vec<String>> {
    let long = format!("--{}", arg.get_long()?);
    usage::option_strings(&command_headers(args).command_name, &long)
}

/// How az's parser names an option (`--name/-n`, `-n/--name`: the order az registered them in);
/// for commands az does not have, every long spelling, then every short.
fn argparse_spelling(arg: &clap::Arg, args: &[OsString]) -> String {
    if let Some(strings) = az_option_strings(arg, args) {
        return strings.join("/");
    }
    let longs = arg
        .get_long()
        .into_iter()
        .chain(arg.get_visible_aliases().into_iter().flatten());
    let shorts = arg
        .get_short()
        .into_iter()
        .chain(arg.get_all_short_aliases().into_iter().flatten());
    longs
        .map(|l| format!("--{l}"))
        .chain(shorts.map(|s| format!("-{s}")))
        .collect::<Vec<_>>()
        .join("/")
}

/// `CommandName` and `ParameterSetName` as az sends them: the command words, then every flag
/// given (global ones included), in order, without values.
pub fn command_headers(args: &[OsString]) -> CommandHeaders {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let command_name = words
        .iter()
        .take_while(|w| !w.starts_with('-'))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let parameter_set_name = words
        .iter()
        .filter(|w| w.starts_with('-') && w.len() > 1 && w.parse::<f64>().is_err())
        .map(|w| w.split('=').next().unwrap_or(w).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    CommandHeaders {
        command_name,
        parameter_set_name,
    }
}

/// Builds the context lazily: only commands that talk to ARM pay for a transport.
struct CtxFactory<'a> {
    global: &'a cli::GlobalArgs,
    printer: &'a Printer,
    headers: CommandHeaders,
}

impl CtxFactory<'_> {
    fn build(&self) -> Result<Ctx> {
        self.build_in(None)
    }

    /// A context in `subscription`, or in the one the flags, env and profile select.
    fn build_in(&self, subscription: Option<String>) -> Result<Ctx> {
        let transport = transport_for(self.global)?;
        let clock: Arc<dyn Clock> = if transport.is_replay() {
            Arc::new(FastForwardClock)
        } else {
            Arc::new(SystemClock)
        };
        // a spinner on stderr while long-running operations are polled
        let clock = self
            .printer
            .progress()
            .clock(clock, &self.headers.command_name);
        let subscription = match subscription {
            Some(s) => s,
            None => subscription_for(self.global, transport.as_ref())?,
        };
        let mut client = ArmClient::new(transport, clock, self.headers.clone());
        if self.global.debug {
            let printer = self.printer.clone();
            client = client.with_debug(Arc::new(move |line: &str| printer.debug(line)));
        }
        let printer = self.printer.clone();
        Ok(Ctx {
            client,
            subscription,
            warn: Box::new(move |m| printer.warn(m)),
        })
    }
}

/// An environment variable's value, treating empty as unset.
fn env_path(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
}

/// `AZR_REPLAY=FILE` answers from a cassette; otherwise the cloud's transport. `AZR_RECORD=FILE`
/// wraps whichever was chosen.
fn transport_for(global: &cli::GlobalArgs) -> Result<Arc<dyn Transport>> {
    let inner: Arc<dyn Transport> = match env_path("AZR_REPLAY") {
        Some(path) => {
            let ignore = std::env::var("AZR_REPLAY_IGNORE")
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            Arc::new(ReplayTransport::open(&path)?.ignoring(ignore))
        }
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
    let tokens = crate::auth::TokenProvider::new(cloud.clone(), candidates, dir, http.clone());
    Ok(Arc::new(crate::transport::http::HttpTransport::new(
        http,
        &cloud.resource_manager()?,
        Arc::new(tokens),
        crate::transport::http::timeout()?,
    )))
}

/// The built-in emulator, in process, with its state in the config dir.
fn local_transport(dir: &std::path::Path) -> Result<Arc<dyn Transport>> {
    Ok(Arc::new(
        crate::transport::emulator::EmulatorTransport::open(&dir.join("emulator.db"))?,
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

async fn run(cli: Cli, printer: &Printer, headers: CommandHeaders) -> Result<Output> {
    let factory = CtxFactory {
        global: &cli.global,
        printer,
        headers,
    };
    match cli.command {
        Command::Group(g) => run_group(g.command, &factory).await,
        Command::Aks(a) => run_aks(a.command, &factory, cli.global.output.is_some()).await,
        Command::Network(n) => run_network(n.command, &factory).await,
        Command::Vmss(v) => run_vmss(v.command, &factory).await,
        Command::Feature(f) => run_feature(f.command, &factory).await,
        Command::Provider(p) => run_provider(p.command, &factory).await,
        Command::Cloud(c) => run_cloud(c.command, &factory).await,
        Command::Login(a) => run_login(a, &factory).await,
        Command::Logout(a) => run_logout(a, &factory),
        Command::Account(a) => run_account(a.command, &factory).await,
        Command::Emulator(e) => run_emulator(e.command).await,
        Command::Demo => crate::demo::run().map(|()| None),
        Command::Completion(a) => {
            crate::output::write_text(&cli::completion::render(a.shell))?;
            Ok(None)
        }
    }
}

async fn run_group(cmd: cli::group::GroupCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::group::GroupCommand as G;
    match cmd {
        G::Create(a) => {
            let spec = a.into_spec()?;
            commands::group::create(&f.build()?, spec).await
        }
        // an empty name would make the URL the collection's
        G::Show(a) => {
            let name = crate::spec::network::resource_name(&a.name, "--name")?;
            commands::group::show(&f.build()?, &name).await
        }
        G::List(a) => commands::group::list(&f.build()?, a.tag.as_deref()).await,
        G::Delete(a) => {
            let name = crate::spec::network::resource_name(&a.name, "--name")?;
            commands::group::delete(&f.build()?, &name, a.no_wait).await
        }
    }
}

async fn run_network(cmd: cli::network::NetworkCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::network::{
        AsgCommand as A, NetworkCommand as N, NsgCommand, NsgRuleCommand, PrefixCommand as P,
        PublicIpCommand,
    };
    use commands::network as net;
    match cmd {
        N::PublicIp(p) => match p.command {
            PublicIpCommand::Prefix(p) => match p.command {
                P::Create(a) => {
                    let spec = a.into_spec()?;
                    net::prefix_create(&f.build()?, spec).await
                }
                P::Show(a) => for_each_target(f, a.into_spec(), net::prefix_show).await,
                P::List(a) => {
                    let rg = a.into_spec()?;
                    net::prefix_list(&f.build()?, rg.as_ref()).await
                }
                P::Delete(a) => {
                    let no_wait = a.no_wait;
                    for_each_target(f, a.target.into_spec(), async |ctx, rg, name| {
                        net::prefix_delete(ctx, rg, name, no_wait).await
                    })
                    .await
                }
            },
        },
        N::Asg(a) => match a.command {
            A::Create(a) => {
                let spec = a.into_spec()?;
                net::asg_create(&f.build()?, spec).await
            }
            A::Show(a) => for_each_target(f, a.into_spec(), net::asg_show).await,
            A::List(a) => {
                let rg = a.into_spec()?;
                net::asg_list(&f.build()?, rg.as_ref()).await
            }
            A::Delete(a) => {
                let no_wait = a.no_wait;
                for_each_target(f, a.target.into_spec(), async |ctx, rg, name| {
                    net::asg_delete(ctx, rg, name, no_wait).await
                })
                .await
            }
        },
        N::Nsg(n) => match n.command {
            NsgCommand::List(a) => {
                let rg = a.into_spec()?;
                net::nsg_list(&f.build()?, rg.as_ref()).await
            }
            NsgCommand::Show(a) => for_each_target(f, a.into_spec(), net::nsg_show).await,
            NsgCommand::Rule(r) => match r.command {
                NsgRuleCommand::List(a) => {
                    let (rg, nsg, include_default) = a.into_spec()?;
                    net::nsg_rule_list(&f.build()?, &rg, &nsg, include_default).await
                }
            },
        },
    }
}

/// Runs a command once per target (az's `--ids`; one target without it), each in the
/// subscription its id names, and combines the outcomes as az's invoker does: one result as it
/// is, several as a list; one failure alone is the error; several are warnings naming their id,
/// and an error only when nothing succeeded.
async fn for_each_target<F>(f: &CtxFactory<'_>, targets: Targets, run: F) -> Result<Output>
where
    F: AsyncFn(&Ctx, &ResourceGroupName, &str) -> Result<Output>,
{
    for warning in &targets.warnings {
        f.printer.warn(warning);
    }
    if targets.from_ids && f.global.subscription.is_some() {
        f.printer
            .warn("option '--subscription' will be ignored due to use of '--ids'.");
    }
    let targets = targets.targets?;
    // ids name their subscriptions: the selected one is neither needed nor checked
    let mut ctx = f.build_in(targets.first().and_then(|t| t.subscription.clone()))?;
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for target in targets {
        if let Some(subscription) = &target.subscription {
            ctx.subscription = subscription.clone();
        }
        match run(&ctx, &target.resource_group, &target.name).await {
            Ok(out) => results.push(out),
            Err(e) => failures.push((target.id, e)),
        }
    }
    if failures.len() == 1 && results.is_empty() {
        return Err(failures.remove(0).1);
    }
    if !failures.is_empty() {
        for (id, e) in &failures {
            f.printer.warn(&format!(
                "{}: \"{}\"",
                id.as_deref().unwrap_or("None"),
                e.message
            ));
        }
        if results.is_empty() {
            return Err(AzError::validation("Encountered more than one exception."));
        }
        f.printer.warn("Encountered more than one exception.");
    }
    if results.len() == 1 {
        return Ok(results.remove(0));
    }
    let model = results.iter().flatten().find_map(|s| s.model);
    let values = results
        .into_iter()
        .map(|out| out.map_or(serde_json::Value::Null, |s| s.value))
        .collect();
    Ok(Some(commands::Shaped {
        value: serde_json::Value::Array(values),
        model,
    }))
}

async fn run_vmss(cmd: cli::vmss::VmssCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::vmss::VmssCommand as V;
    match cmd {
        V::List(a) => {
            let rg = a.into_spec()?;
            commands::vmss::list(&f.build()?, rg.as_ref()).await
        }
        V::ListInstancePublicIps(a) => {
            for_each_target(f, a.into_spec(), commands::vmss::list_instance_public_ips).await
        }
    }
}

async fn run_feature(cmd: cli::feature::FeatureCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::feature::FeatureCommand as F;
    use commands::feature;
    match cmd {
        F::Register(a) => {
            let (ns, name) = a.into_spec()?;
            feature::register(&f.build()?, &ns, &name).await
        }
        F::Show(a) => {
            let (ns, name) = a.into_spec()?;
            feature::show(&f.build()?, &ns, &name).await
        }
        F::List(a) => {
            let ns = a.into_spec()?;
            feature::list(&f.build()?, ns.as_deref()).await
        }
        F::Unregister(a) => {
            let (ns, name) = a.into_spec()?;
            feature::unregister(&f.build()?, &ns, &name).await
        }
    }
}

async fn run_provider(cmd: cli::provider::ProviderCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use crate::spec::network::resource_name;
    use cli::provider::ProviderCommand as P;
    use commands::provider;
    match cmd {
        P::Register(a) => {
            let (ns, consent, wait) = a.into_spec()?;
            provider::register(&f.build()?, &ns, consent, wait).await
        }
        P::Show(a) => {
            let ns = resource_name(&a.namespace, "--namespace")?;
            provider::show(&f.build()?, &ns, a.expand.as_deref()).await
        }
        P::Unregister(a) => {
            let ns = resource_name(&a.namespace, "--namespace")?;
            provider::unregister(&f.build()?, &ns, a.wait).await
        }
    }
}

async fn run_emulator(cmd: cli::emulator::EmulatorCommand) -> Result<Output> {
    use crate::emulator::server;
    use cli::emulator::EmulatorCommand as E;
    match cmd {
        E::Start(a) => {
            let opts = server::ServerOptions::from_spec(
                a.into_spec(),
                crate::config::config_dir().join("emulator-server"),
            );
            let mut printed = Ok(());
            server::serve(
                opts,
                |ready| printed = crate::output::print_line(&ready.line()),
                server::shutdown_signal(),
            )
            .await?;
            printed.map(|()| None)
        }
        E::Check(a) => {
            let report = crate::emulator::check(&a.state)?;
            crate::output::print_line(report.to_string().trim_end())?;
            if report.is_ok() {
                Ok(None)
            } else {
                Err(AzError::validation(format!(
                    "The emulator state {} breaks {} invariant(s).",
                    a.state.display(),
                    report.problems.len()
                )))
            }
        }
    }
}

async fn run_aks_extra(
    cmd: cli::aks_command::AksExtraCommand,
    f: &CtxFactory<'_>,
    output_given: bool,
) -> Result<Output> {
    use cli::aks_command::{AksCommandCommand as C, AksExtraCommand as E, AksHostportCommand as H};
    use commands::aks_command::{self as ac, Color, InvokeOutcome};
    let outcome = match cmd {
        E::Command(c) => match c.command {
            C::Invoke(a) => {
                let spec = a.into_spec(output_given)?;
                // Attachments are read (and checked) before any transport is set up.
                let files = ac::read_attachments(&spec.files, &std::env::current_dir()?)?;
                ac::invoke(&f.build()?, spec, files).await?
            }
            C::Result(a) => {
                let rg = a.cluster.group()?;
                let Some(id) = a.command_id.filter(|c| !c.is_empty()) else {
                    return Err(AzError::validation("CommandID cannot be empty."));
                };
                ac::result(&f.build()?, &rg.0, &a.cluster.name, &id, output_given).await?
            }
        },
        E::Hostport(h) => match h.command {
            H::Check(a) => {
                let rg = a.group()?;
                return ac::hostport_check(&f.build()?, &rg.0, &a.name).await;
            }
        },
    };
    match outcome {
        InvokeOutcome::Result(out) => Ok(out),
        InvokeOutcome::Text { first, rest, color } => {
            let ansi = match color {
                Color::Green => Some("32"),
                Color::Red => Some("31"),
                Color::Blue => Some("34"),
                Color::Plain => None,
            };
            f.printer.print_text(&first, rest.as_deref(), ansi)?;
            Ok(None)
        }
    }
}

impl CtxFactory<'_> {
    fn warn(&self) -> impl Fn(&str) + '_ {
        move |m: &str| self.printer.warn(m)
    }
    fn cloud(&self) -> Result<crate::config::cloud::Cloud> {
        crate::config::cloud::active(&crate::config::config_dir(), self.global.cloud.as_deref())
    }
    fn active_cloud_name(&self) -> Result<String> {
        let dir = crate::config::config_dir();
        let file = crate::config::cloud::CloudsFile::load(&dir)?;
        Ok(crate::config::cloud::active_name(
            self.global.cloud.as_deref(),
            &file,
        ))
    }
}

async fn run_cloud(cmd: cli::cloud::CloudCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::cloud::CloudCommand as C;
    let dir = crate::config::config_dir();
    match cmd {
        C::List(_) => commands::cloud::list(&dir, &f.active_cloud_name()?),
        C::Show(a) => commands::cloud::show(&dir, a.name.as_deref(), &f.active_cloud_name()?),
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
            commands::cloud::set(&dir, &a.name, &f.warn())
        }
        C::Unregister(a) => commands::cloud::unregister(&dir, &a.name, &f.active_cloud_name()?),
    }
}

async fn run_login(a: cli::login::LoginArgs, f: &CtxFactory<'_>) -> Result<Output> {
    let spec = a.into_spec()?;
    let cloud = f.cloud()?;
    let message = |m: &str| f.printer.message(m);
    let warn = f.warn();
    commands::account::login(
        &crate::config::config_dir(),
        &cloud,
        spec,
        crate::transport::http::shared_client()?,
        f.headers.clone(),
        crate::transport::http::timeout()?,
        &commands::account::LoginUi {
            message: &message,
            warn: &warn,
        },
    )
    .await
}

fn run_logout(a: cli::login::LogoutArgs, f: &CtxFactory<'_>) -> Result<Output> {
    commands::account::logout(
        &crate::config::config_dir(),
        &f.cloud()?,
        a.username.as_deref(),
    )
}

async fn run_account(cmd: cli::account::AccountCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::account::AccountCommand as A;
    let dir = crate::config::config_dir();
    let cloud = f.cloud()?;
    match cmd {
        A::Show(a) => {
            let name = a.name.as_deref().or(f.global.subscription.as_deref());
            commands::account::show(&dir, &cloud, name)
        }
        A::List(a) => {
            if a.refresh {
                commands::account::refresh(
                    &dir,
                    &cloud,
                    crate::transport::http::shared_client()?,
                    f.headers.clone(),
                    crate::transport::http::timeout()?,
                )
                .await?;
            }
            commands::account::list(&dir, &cloud, a.all, &f.warn())
        }
        A::Set(a) => {
            let Some(name) = a.name.as_deref().or(f.global.subscription.as_deref()) else {
                return Err(AzError::usage(
                    "the following arguments are required: --name/--subscription/-n/-s",
                ));
            };
            commands::account::set(&dir, &cloud, name)
        }
    }
}
async fn run_aks(
    cmd: cli::aks::AksCommand,
    f: &CtxFactory<'_>,
    output_given: bool,
) -> Result<Output> {
    use cli::aks::AksCommand as A;
    match cmd {
        A::Extra(c) => run_aks_extra(c, f, output_given).await,
        A::Create(a) => {
            let spec = a.into_spec()?;
            // The key is found or generated before any request, as az's validator does.
            let ssh = commands::ssh_keys::resolve(&spec.ssh, &crate::config::home_dir())?;
            for w in &ssh.warnings {
                f.printer.warn(w);
            }
            commands::aks::create(&f.build()?, spec, ssh.key).await
        }
        A::Show(a) => {
            let spec = a.into_spec()?;
            commands::aks::show(&f.build()?, &spec).await
        }
        A::List(a) => {
            let rg = a.into_spec()?;
            commands::aks::list(&f.build()?, rg.as_deref()).await
        }
        A::Delete(a) => {
            let (yes, no_wait) = (a.yes, a.no_wait);
            let spec = a.into_spec()?;
            if !yes {
                confirm(f.printer)?;
            }
            commands::aks::delete(&f.build()?, &spec, no_wait).await
        }
        A::Nodepool(n) => run_aks_nodepool(n.command, f).await,
    }
}

async fn run_aks_nodepool(
    cmd: cli::aks_nodepool::NodepoolCommand,
    f: &CtxFactory<'_>,
) -> Result<Output> {
    use cli::aks_nodepool::NodepoolCommand as N;
    match cmd {
        N::Add(a) => {
            let spec = a.into_spec()?;
            commands::aks_nodepool::add(&f.build()?, spec).await
        }
        N::Update(a) => {
            let spec = a.into_spec()?;
            commands::aks_nodepool::update(&f.build()?, spec).await
        }
        N::Show(a) => {
            let spec = a.into_spec()?;
            commands::aks_nodepool::show(&f.build()?, &spec).await
        }
        N::List(a) => {
            let (rg, cluster) = a.into_spec()?;
            commands::aks_nodepool::list(&f.build()?, &rg, &cluster).await
        }
        N::Delete(a) => {
            let no_wait = a.no_wait;
            let spec = a.into_spec()?;
            commands::aks_nodepool::delete(&f.build()?, &spec, no_wait).await
        }
    }
}

/// az's confirmation prompt for destructive commands without `--yes`. Without a terminal it
/// cannot ask, and says so as az does.
fn confirm(printer: &Printer) -> Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    let cancelled = || AzError::validation("Operation cancelled.");
    if !std::io::stdin().is_terminal() {
        printer.warn("Unable to prompt for confirmation as no tty available. Use --yes.");
        return Err(cancelled());
    }
    let mut err = std::io::stderr();
    let _ = write!(
        err,
        "Are you sure you want to perform this operation? (y/n): "
    );
    let _ = err.flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    match line.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(cancelled()),
    }
}
