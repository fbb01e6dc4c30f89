//! The config dir (`AZR_CONFIG_DIR`, default `~/.azr`), clouds, defaults, the active subscription.

use std::path::PathBuf;

/// The directory azr keeps its state in.
pub fn config_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AZR_CONFIG_DIR") {
        return PathBuf::from(dir);
    }
    home_dir().join(".azr")
}

/// `$HOME` (the ssh keys of `--generate-ssh-keys` go under it).
pub fn home_dir() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}
