//! The validated options of `azr emulator start`: plain data the server runs from.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ServerSpec {
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Where `ca.pem` is written (and its key kept); `None`: the config dir's default.
    pub tls_dir: Option<PathBuf>,
    /// The SQLite state file; `None`: `emulator.db` in the TLS dir.
    pub state: Option<PathBuf>,
    pub request_log: Option<PathBuf>,
    /// `None`: the emulator's default.
    pub operation_duration: Option<Duration>,
    pub feature_delay: Duration,
    pub faults: Option<FaultSpec>,
    pub token_lifetime: Duration,
    /// Poll interval hinted on long-running operations; `None`: the emulator's default.
    pub poll_ms: Option<u64>,
    /// The user interactive sign-ins consent as.
    pub login_user: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaultSpec {
    /// Fraction of ARM requests answered with a fault, 0..=1.
    pub rate: f64,
    /// `Retry-After` seconds sent with each fault.
    pub retry_after: u64,
}

/// `--fault-rate`: a fraction between 0 and 1.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("must be a number between 0 and 1: '{s}'")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates() {
        assert_eq!(parse_rate("0.25"), Ok(0.25));
        assert_eq!(parse_rate("1"), Ok(1.0));
        assert!(parse_rate("1.5").is_err());
        assert!(parse_rate("-0.1").is_err());
        assert!(parse_rate("NaN").is_err());
        assert!(parse_rate("x").is_err());
    }
}
