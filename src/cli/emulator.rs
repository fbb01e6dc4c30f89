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
    /// How long cluster and agent pool operations stay in progress, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub operation_ms: u64,
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
    /// Hint this poll interval (ms) on long-running operations with `retry-after-ms` instead
    /// of `Retry-After: 1`.
    #[arg(long, value_name = "MS", value_parser = clap::value_parser!(u64).range(1..))]
    pub poll_ms: Option<u64>,
}

impl StartArgs {
    pub fn into_spec(self) -> ServerSpec {
        ServerSpec {
            bind: self.bind,
            port: self.port,
            tls_dir: self.tls_dir,
            state: self.state,
            request_log: self.request_log,
            operation_duration: Duration::from_millis(self.operation_ms),
            feature_delay: Duration::from_millis(self.feature_delay_ms),
            faults: self.fault_rate.map(|rate| FaultSpec {
                rate,
                retry_after: self.fault_retry_after,
            }),
            token_lifetime: Duration::from_secs(self.token_lifetime),
            poll_ms: self.poll_ms,
        }
    }
}
