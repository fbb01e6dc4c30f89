//! The config dir (`AZR_CONFIG_DIR`, default `~/.azr`), clouds, defaults, the active subscription.
//!
//! Files: `clouds.json` (custom clouds, the active cloud, each cloud's chosen subscription),
//! `profile.json` (the accounts `azr login` found, as az's `azureProfile.json`),
//! `credentials.json` and `tokens.json` (secrets: mode 0600, written by `auth`).

pub mod cloud;
pub mod profile;
pub mod settings;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{AzError, Result};

/// The directory azr keeps its state in.
pub fn config_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AZR_CONFIG_DIR")
        && !dir.is_empty()
    {
        return PathBuf::from(dir);
    }
    home_dir().join(".azr")
}

/// The port `azr emulator start` listens on by default.
pub const EMULATOR_PORT: u16 = 8443;

/// Where `azr emulator start` keeps its CA and, by default, its state.
pub fn emulator_server_dir() -> PathBuf {
    config_dir().join("emulator-server")
}

/// `$HOME` (the ssh keys of `--generate-ssh-keys` go under it).
pub fn home_dir() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Reads at most `limit` bytes of a file a flag names: `Ok(None)` when it holds more, so that
/// `/dev/zero` or a FIFO that never ends cannot exhaust memory.
pub fn read_limited(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut data = Vec::new();
    std::fs::File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut data)?;
    Ok((data.len() as u64 <= limit).then_some(data))
}

/// Reads a JSON file of the config dir; a missing or empty file gives the default value.
pub fn read_json<T: DeserializeOwned + Default>(path: &Path) -> Result<T> {
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(T::default()),
        Err(e) => {
            return Err(AzError::io(format!("cannot read {}: {e}", path.display())));
        }
    };
    // az writes its profile with a UTF-8 BOM.
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text);
    if text.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(text)
        .map_err(|e| AzError::io(format!("{} is not valid: {e}", path.display())))
}

/// Writes a JSON file atomically (temp file + rename). `secret` files are created mode 0600
/// before any byte is written, so a secret is never readable by others, not even briefly.
pub fn write_json<T: Serialize>(path: &Path, value: &T, secret: bool) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| AzError::io(format!("{} has no parent directory", path.display())))?;
    std::fs::create_dir_all(dir)
        .map_err(|e| AzError::io(format!("cannot create {}: {e}", dir.display())))?;
    let text = serde_json::to_vec_pretty(value).map_err(|e| AzError::internal(e.to_string()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(if secret { 0o600 } else { 0o644 });
    }
    let write = || -> std::io::Result<()> {
        let mut f = opts.open(&tmp)?;
        #[cfg(unix)]
        if secret {
            // The mode above is filtered by the umask and ignored for an existing file.
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(&text)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        AzError::io(format!("cannot write {}: {e}", path.display()))
    })
}
