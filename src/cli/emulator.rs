//! `azr emulator ...`: run the local ARM emulator as an HTTPS server.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use crate::spec::emulator::{FaultSpec, ServerSpec, parse_rate};

#[derive(Debug, Args)]
pub struct EmulatorArgs {
    #[command(subcommand)]
    pub command: EmulatorCommand,
}

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr.
    Start(StartArgs),
    /// Check a state file's invariants: every address inside its prefix, none twice, every
    /// scale set matching its pool.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The SQLite state file (`--state` of `emulator start`).
    #[arg(long, value_name = "FILE")]
    pub state: PathBuf,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// TCP port to listen on; 0 picks a free one (printed when ready).
    #[arg(long, default_value_t = 8443)]
    pub port: u16,
    /// Directory for the CA (`ca.pem`, reused across restarts) that clients must trust.
    /// Default: `emulator-server` in the config dir.
    #[arg(long, value_name = "DIR")]
    pub tls_dir: Option<PathBuf>,
    /// SQLite state file. Default: `emulator.db` in the TLS directory.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Address to bind.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Append one JSON line per request (method, path, query, selected headers, body, status).
    #[arg(long, value_name = "FILE")]
    pub request_log: Option<PathBuf>,
    /// How long cluster and agent pool operations stay in progress, in milliseconds
    /// (default: the emulator's, 100).
    #[arg(long, value_name = "N")]
    pub operation_ms: Option<u64>,
    /// How long a registered feature stays `Registering`, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub feature_delay_ms: u64,
    /// Fraction (0-1) of ARM requests answered 429 or 503, alternately, at a fixed cadence.
    #[arg(long, value_name = "R", value_parser = parse_rate)]
    pub fault_rate: Option<f64>,
    /// `Retry-After` seconds sent with injected faults.
    #[arg(long, value_name = "S", default_value_t = 1, requires = "fault_rate")]
    pub fault_retry_after: u64,
    /// Lifetime of issued tokens, in seconds.
    #[arg(long, value_name = "S", default_value_t = 86400, value_parser = clap::value_parser!(u64).range(1..))]
    pub token_lifetime: u64,
    /// Poll interval (ms) hinted on long-running operations: `retry-after-ms` below one
    /// second, `Retry-After` from one second up (default: 20, or --operation-ms when shorter).
    #[arg(long, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..))]
    pub poll_ms: Option<u64>,
    /// The user every interactive sign-in (device code, browser) signs in as.
    #[arg(long, value_name = "UPN", default_value = "user@azr.emulator", value_parser = parse_login_user)]
    pub login_user: String,
}

/// `--login-user`: a user principal name, `name@domain`.
fn parse_login_user(s: &str) -> Result<String, String> {
    match s.split_once('@') {
        Some((n, d)) if !n.is_empty() && !d.is_empty() && !s.chars().any(char::is_whitespace) => {
            Ok(s.to_string())
        }
        _ => Err(format!(
            "must be a user principal name such as user@contoso.com: '{s}'"
        )),
    }
}

impl StartArgs {
    pub fn into_spec(self) -> ServerSpec {
        ServerSpec {
            bind: self.bind,
            port: self.port,
            tls_dir: self.tls_dir,
            state: self.state,
            request_log: self.request_log,
            operation_duration: self.operation_ms.map(Duration::from_millis),
            feature_delay: Duration::from_millis(self.feature_delay_ms),
            faults: self.fault_rate.map(|rate| FaultSpec {
                rate,
                retry_after: self.fault_retry_after,
            }),
            token_lifetime: Duration::from_secs(self.token_lifetime),
            poll_ms: self.poll_ms,
            login_user: self.login_user,
        }
    }
}
