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
use crate::output::{Format, Printer};
use crate::transport::Transport;

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
            let _ = e.print();
            return code;
        }
    };
    let printer = printer_for(&cli.global);
    let headers = command_headers(&args);
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
        Some(OutputFormat::Json) | None => Format::Json,
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
    }
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
        let transport = transport_for(self.global)?;
        let clock: Arc<dyn Clock> = if transport.is_replay() {
            Arc::new(FastForwardClock)
        } else {
            Arc::new(SystemClock)
        };
        let subscription = subscription_for(self.global)?;
        let printer = self.printer.clone();
        Ok(Ctx {
            client: ArmClient::new(transport, clock, self.headers.clone()),
            subscription,
            warn: Box::new(move |m| printer.warn(m)),
        })
    }
}

fn transport_for(_global: &cli::GlobalArgs) -> Result<Arc<dyn Transport>> {
    Err(AzError::transport("no transport is configured yet"))
}

fn subscription_for(global: &cli::GlobalArgs) -> Result<String> {
    if let Some(s) = &global.subscription {
        return Ok(s.clone());
    }
    if let Ok(s) = std::env::var("AZURE_SUBSCRIPTION_ID") {
        if !s.is_empty() {
            return Ok(s);
        }
    }
    Ok(crate::emulator::SUBSCRIPTION_ID.to_string())
}

async fn run(cli: Cli, printer: &Printer, headers: CommandHeaders) -> Result<Output> {
    let factory = CtxFactory {
        global: &cli.global,
        printer,
        headers,
    };
    match cli.command {
        Command::Group(g) => run_group(g.command, &factory).await,
        Command::Aks(cli::aks::AksArgs {
            command: cli::aks::AksCommand::Extra(c),
        }) => run_aks_extra(c, &factory, cli.global.output.is_some()).await,
        Command::Emulator(e) => run_emulator(e.command).await,
        _ => Err(AzError::internal("not implemented yet")),
    }
}

async fn run_group(cmd: cli::group::GroupCommand, f: &CtxFactory<'_>) -> Result<Output> {
    use cli::group::GroupCommand as G;
    match cmd {
        G::Create(a) => {
            let spec = a.into_spec()?;
            commands::group::create(&f.build()?, spec).await
        }
        G::Show(a) => commands::group::show(&f.build()?, &a.name).await,
        G::List(a) => commands::group::list(&f.build()?, a.tag.as_deref()).await,
        G::Delete(a) => commands::group::delete(&f.build()?, &a.name, a.no_wait).await,
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
