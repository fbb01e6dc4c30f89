//! The local ARM: router, store (SQLite), resource providers, LRO engine, auth endpoints, TLS.
//! One emulator, reached two ways: in-process (`transport::emulator`) and as an HTTPS server
//! (`azr emulator start`). See issue 3.
//!
//! Every request runs in one SQLite transaction (`BEGIN IMMEDIATE`), so parallel processes
//! sharing a state file serialize their writes, and a process killed mid-request leaves the
//! store as it was before that request. GET and HEAD first try a read-only connection that
//! takes no lock (WAL readers see the last commit), and fall back to the write path when an
//! operation is due to settle or the route writes. Long-running operations are rows in `operations` that
//! are settled lazily: every request first finishes the operations whose time has come.

mod aks;
pub mod auth;
mod authorization;
mod check;
mod compute;
mod compute_skus;
mod data_collection;
pub mod graph;
mod identity;
mod ipam_pools;
mod k8s_extensions;
pub mod kube;
mod locations;
mod log_analytics;
mod monitor_metrics;
mod network;
mod network_refs;
mod nsg;
pub mod oauth;
mod policy_token;
mod preconditions;
mod private_link_scopes;
mod public_ips;
mod registry;
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

use crate::arm::{ArmRequest, ArmResponse, Method};
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
    /// Where the clusters' Kubernetes API servers are reached (`https://host:port`), when
    /// not at `base_url`: in-process, the URL `azr emulator start` serves at.
    pub kube_base_url: Option<String>,
    /// The CA that kubeconfigs trust for the API servers.
    pub kube_ca: Option<KubeCa>,
}

/// The CA of the TLS server that serves the clusters' Kubernetes APIs.
#[derive(Debug, Clone)]
pub enum KubeCa {
    /// The server's own CA (`azr emulator start`).
    Pem(String),
    /// The TLS dir `azr emulator start` will use, its CA created there when missing (the
    /// in-process emulator hands out kubeconfigs for a server that is not running yet).
    Dir(PathBuf),
}

impl KubeCa {
    pub fn pem(&self) -> Result<String> {
        match self {
            KubeCa::Pem(p) => Ok(p.clone()),
            KubeCa::Dir(dir) => {
                let certs = tls::server_certs(dir, &["127.0.0.1".to_string()])?;
                std::fs::read_to_string(&certs.ca_path).map_err(|e| {
                    AzError::io(format!("cannot read '{}': {e}", certs.ca_path.display()))
                })
            }
        }
    }
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
            kube_base_url: None,
            kube_ca: None,
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
    /// Idle read-only connections, for GET and HEAD.
    readers: Mutex<Vec<rusqlite::Connection>>,
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
            readers: Mutex::new(Vec::new()),
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
        if matches!(req.method, Method::GET | Method::HEAD)
            && let Some(resp) = self.with_conn(&self.readers, true, |conn| {
                router::handle_read(conn, &self.options, req)
            })
        {
            return resp;
        }
        // A panic below drops the connection, not the lock's meaning: a poisoned lock is fine.
        let _serial = self.serial.lock().unwrap_or_else(|e| e.into_inner());
        self.with_conn(&self.pool, false, |conn| {
            Some(router::handle(conn, &self.options, req))
        })
        .unwrap_or_else(|| {
            util::ApiError::internal("The emulator hit an internal error.").response()
        })
    }

    /// Runs `f` on a connection from `pool` (a new one when none is idle) and gives it back.
    /// A store that cannot be opened or a panic (a bug, not input) is an ARM 500; a panic
    /// drops the connection, which rolls back its transaction.
    fn with_conn(
        &self,
        pool: &Mutex<Vec<rusqlite::Connection>>,
        read_only: bool,
        f: impl FnOnce(&mut rusqlite::Connection) -> Option<ArmResponse>,
    ) -> Option<ArmResponse> {
        let idle = pool.lock().ok().and_then(|mut p| p.pop());
        let conn = match idle {
            Some(c) => Ok(c),
            None => store::connect(&self.path).and_then(|c| {
                if read_only {
                    c.pragma_update(None, "query_only", true)?;
                }
                Ok(c)
            }),
        };
        let mut conn = match conn {
            Ok(c) => c,
            Err(e) => {
                return Some(
                    util::ApiError::internal(format!("the emulator's store failed: {e}"))
                        .response(),
                );
            }
        };
        match std::panic::catch_unwind(AssertUnwindSafe(|| f(&mut conn))) {
            Ok(resp) => {
                if let Ok(mut p) = pool.lock()
                    && p.len() < 8
                {
                    p.push(conn);
                }
                resp
            }
            Err(_) => {
                Some(util::ApiError::internal("The emulator hit an internal error.").response())
            }
        }
    }
}

fn store_error(path: &Path, e: rusqlite::Error) -> AzError {
    AzError::io(format!(
        "cannot open the emulator state {}: {e}",
        path.display()
    ))
}
