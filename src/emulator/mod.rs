//! The local ARM: router, store (SQLite), resource providers, LRO engine, auth endpoints, TLS.
//! One emulator, reached two ways: in-process (`transport::emulator`) and as an HTTPS server
//! (`azr emulator start`). See issue 3.
//!
//! Every request runs in one SQLite transaction (`BEGIN IMMEDIATE`), so parallel processes
//! sharing a state file serialize their writes, and a process killed mid-request leaves the
//! store as it was before that request. Long-running operations are rows in `operations` that
//! are settled lazily: every request first finishes the operations whose time has come.

mod aks;
pub mod auth;
mod authorization;
mod check;
mod compute;
pub mod kube;
mod network;
mod nsg;
pub mod oauth;
mod resources;
mod router;
pub mod server;
mod store;
#[cfg(test)]
mod tests;
pub mod tls;
mod util;
mod vnet;

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::arm::{ArmRequest, ArmResponse};
use crate::error::{AzError, Result};

pub use check::{CheckReport, check};

pub use crate::arm::local::{SUBSCRIPTION_ID, TENANT_ID};

#[derive(Debug, Clone)]
pub struct EmulatorOptions {
    /// Scheme and authority used in absolute URLs the emulator hands out (`Azure-AsyncOperation`).
    pub base_url: String,
    /// How long a cluster or pool operation stays in progress.
    pub operation_duration: Duration,
    /// How long a feature stays `Registering` (or `Unregistering`).
    pub feature_delay: Duration,
    /// The poll hint sent with every long-running operation: `retry-after-ms` below one
    /// second, `Retry-After` (whole seconds) from one second up. Never `Retry-After: 0`, which
    /// azure-core reads as "no hint" and answers with a 30 s wait.
    pub poll_interval: Duration,
    /// Items per page in listings that page (`.../publicipaddresses`).
    pub page_size: usize,
    /// The emulator's notion of now; tests use a manual clock to move operations along.
    pub clock: EmuClock,
}

impl Default for EmulatorOptions {
    fn default() -> Self {
        EmulatorOptions {
            base_url: "https://management.azure.com".into(),
            operation_duration: Duration::from_millis(100),
            feature_delay: Duration::from_millis(0),
            poll_interval: Duration::from_millis(20),
            page_size: 100,
            clock: EmuClock::System,
        }
    }
}

/// Milliseconds since the Unix epoch, from the system or from a hand-moved counter.
#[derive(Debug, Clone, Default)]
pub enum EmuClock {
    #[default]
    System,
    Manual(Arc<AtomicI64>),
}

impl EmuClock {
    /// A manual clock starting at `start_ms`.
    pub fn manual(start_ms: i64) -> EmuClock {
        EmuClock::Manual(Arc::new(AtomicI64::new(start_ms)))
    }
    pub fn now_ms(&self) -> i64 {
        match self {
            EmuClock::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as i64)
                .unwrap_or(0),
            EmuClock::Manual(t) => t.load(Ordering::SeqCst),
        }
    }
    /// Moves a manual clock forward; no effect on the system clock.
    pub fn advance(&self, d: Duration) {
        if let EmuClock::Manual(t) = self {
            t.fetch_add(d.as_millis() as i64, Ordering::SeqCst);
        }
    }
}

pub struct Emulator {
    path: PathBuf,
    options: EmulatorOptions,
    /// Idle connections; a request takes one (or opens a new one) and gives it back.
    pool: Mutex<Vec<rusqlite::Connection>>,
    /// One transaction at a time within this process. Every request takes SQLite's write
    /// lock; without this, the requests that find it taken sleep in SQLite's busy handler
    /// (1 ms and up): the server's threads slept more than they worked (issue 15).
    serial: Mutex<()>,
}

impl Emulator {
    /// Opens (creating when missing) the state database at `state`.
    pub fn open(state: &Path, options: EmulatorOptions) -> Result<Emulator> {
        if let Some(dir) = state.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| AzError::io(format!("cannot create {}: {e}", dir.display())))?;
        }
        let conn = store::connect(state).map_err(|e| store_error(state, e))?;
        store::init_schema(&conn).map_err(|e| store_error(state, e))?;
        kube::init_schema(&conn).map_err(|e| store_error(state, e))?;
        Ok(Emulator {
            path: state.to_path_buf(),
            options,
            pool: Mutex::new(vec![conn]),
            serial: Mutex::new(()),
        })
    }

    pub fn options(&self) -> &EmulatorOptions {
        &self.options
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Answers one ARM request; every failure is an ARM error response, never a panic.
    pub fn handle(&self, req: &ArmRequest) -> ArmResponse {
        // A panic below drops the connection, not the lock's meaning: a poisoned lock is fine.
        let _serial = self.serial.lock().unwrap_or_else(|e| e.into_inner());
        let mut conn = match self.take_conn() {
            Ok(c) => c,
            Err(e) => {
                return util::ApiError::internal(format!("the emulator's store failed: {e}"))
                    .response();
            }
        };
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            router::handle(&mut conn, &self.options, req)
        }));
        match outcome {
            Ok(resp) => {
                self.give_back(conn);
                resp
            }
            // A bug, not input: answer as ARM does and drop the connection (its transaction,
            // if any, rolls back when it closes).
            Err(_) => util::ApiError::internal("The emulator hit an internal error.").response(),
        }
    }

    fn take_conn(&self) -> rusqlite::Result<rusqlite::Connection> {
        let idle = self.pool.lock().ok().and_then(|mut p| p.pop());
        match idle {
            Some(c) => Ok(c),
            None => store::connect(&self.path),
        }
    }

    fn give_back(&self, conn: rusqlite::Connection) {
        if let Ok(mut p) = self.pool.lock()
            && p.len() < 8
        {
            p.push(conn);
        }
    }
}

fn store_error(path: &Path, e: rusqlite::Error) -> AzError {
    AzError::io(format!(
        "cannot open the emulator state {}: {e}",
        path.display()
    ))
}
