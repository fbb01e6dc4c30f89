//! `emulator start|check`.

use crate::cli;
use crate::commands::Output;
use crate::error::{AzError, Result};

pub async fn exec(cmd: cli::emulator::EmulatorCommand) -> Result<Output> {
    use crate::emulator::server;
    use cli::emulator::EmulatorCommand as E;
    match cmd {
        E::Start(a) => {
            let opts = server::ServerOptions::from_spec(
                a.into_spec(),
                crate::config::emulator_server_dir(),
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
