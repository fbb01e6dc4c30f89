//! The token cache: `tokens.json` in the config dir (0600). A token is reused until five
//! minutes before it expires, so a script of twenty commands asks for a token once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;

/// Tokens closer than this to expiry are not used (a long LRO would outlive them).
pub const REFRESH_MARGIN_SECS: i64 = 300;

#[derive(Clone, Serialize, Deserialize, PartialEq)]
pub struct CachedToken {
    #[serde(rename = "accessToken")]
    pub access_token: String,
    /// Unix seconds.
    #[serde(rename = "expiresOn")]
    pub expires_on: i64,
}

impl std::fmt::Debug for CachedToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CachedToken")
            .field("expires_on", &self.expires_on)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct TokenFile {
    #[serde(default)]
    tokens: BTreeMap<String, CachedToken>,
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join("tokens.json")
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The key of one token: which cloud, which identity (no secret in it), which scope.
pub fn key(cloud: &str, identity: &str, scope: &str) -> String {
    format!("{cloud}|{identity}|{scope}")
}

/// A cached token still good for at least `REFRESH_MARGIN_SECS`.
pub fn get(dir: &Path, key: &str) -> Option<CachedToken> {
    let file: TokenFile = crate::config::read_json(&path(dir)).ok()?;
    file.tokens
        .get(key)
        .filter(|t| t.expires_on - now() > REFRESH_MARGIN_SECS)
        .cloned()
}

/// Stores a token and drops expired ones.
pub fn put(dir: &Path, key: &str, token: CachedToken) -> Result<()> {
    let mut file: TokenFile = crate::config::read_json(&path(dir)).unwrap_or_default();
    let t = now();
    file.tokens.retain(|_, v| v.expires_on > t);
    file.tokens.insert(key.to_string(), token);
    crate::config::write_json(&path(dir), &file, true)
}

/// Forgets every token of an identity (logout).
pub fn remove_identity(dir: &Path, identity: &str) -> Result<()> {
    let mut file: TokenFile = crate::config::read_json(&path(dir)).unwrap_or_default();
    let needle = format!("|{identity}|");
    let before = file.tokens.len();
    file.tokens.retain(|k, _| !k.contains(&needle));
    if file.tokens.len() != before {
        crate::config::write_json(&path(dir), &file, true)?;
    }
    Ok(())
}

/// Forgets every token of a signed-in user, in any tenant and cloud (logout, a new login).
pub fn remove_user(dir: &Path, username: &str) -> Result<()> {
    let mut file: TokenFile = crate::config::read_json(&path(dir)).unwrap_or_default();
    let suffix = format!(":{}", username.to_ascii_lowercase());
    let before = file.tokens.len();
    file.tokens.retain(|k, _| {
        let identity = k.split('|').nth(1).unwrap_or("");
        !(identity.starts_with("user:") && identity.ends_with(&suffix))
    });
    if file.tokens.len() != before {
        crate::config::write_json(&path(dir), &file, true)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuses_until_shortly_before_expiry() {
        let dir = tempfile::tempdir().unwrap();
        let k = key("AzureCloud", "sp:t:app", "s//.default");
        assert!(get(dir.path(), &k).is_none());
        put(
            dir.path(),
            &k,
            CachedToken {
                access_token: "tok".into(),
                expires_on: now() + 3600,
            },
        )
        .unwrap();
        assert_eq!(get(dir.path(), &k).unwrap().access_token, "tok");
        assert!(
            get(
                dir.path(),
                &key("AzureChinaCloud", "sp:t:app", "s//.default")
            )
            .is_none()
        );
        put(
            dir.path(),
            &k,
            CachedToken {
                access_token: "old".into(),
                expires_on: now() + REFRESH_MARGIN_SECS - 10,
            },
        )
        .unwrap();
        assert!(get(dir.path(), &k).is_none());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        remove_identity(dir.path(), "sp:t:app").unwrap();
        let text = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(!text.contains("old"));
    }
}
