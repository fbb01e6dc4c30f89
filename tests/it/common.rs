//! Shared helpers: an isolated environment per test, and the path to ../shared fixtures.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use tempfile::TempDir;

/// The `shared/` folder beside the repository (fixtures and reference), read at run time.
pub fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AZR_SHARED_DIR") {
        return PathBuf::from(dir);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
}

pub fn fixture(rel: &str) -> PathBuf {
    shared_dir().join("fixtures").join(rel)
}

/// A sandbox: its own config dir and HOME, so no test touches the user's ~/.azr or ~/.ssh.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// `azr` with a clean environment pointing into the sandbox.
    pub fn azr(&self) -> Command {
        let mut cmd = Command::cargo_bin("azr").expect("azr binary");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("AZR_CONFIG_DIR", self.config_dir())
            .env("NO_COLOR", "1");
        cmd
    }
}

/// The real az's virtualenv, when installed: `AZ_PEER_VENV`, else `$AZ_PEER_ROOT/venv`, else
/// `${TMPDIR:-/tmp}/azr-az-peer/venv` (where `tools/az-conformance.sh` installs it). Tests that
/// need the real az skip, not fail, without it.
pub fn az_venv() -> Option<PathBuf> {
    let venv = match (
        std::env::var_os("AZ_PEER_VENV"),
        std::env::var_os("AZ_PEER_ROOT"),
    ) {
        (Some(v), _) => PathBuf::from(v),
        (None, Some(root)) => PathBuf::from(root).join("venv"),
        (None, None) => {
            let tmp = std::env::var_os("TMPDIR").unwrap_or_else(|| "/tmp".into());
            PathBuf::from(tmp).join("azr-az-peer").join("venv")
        }
    };
    venv.join("bin/az").exists().then_some(venv)
}
