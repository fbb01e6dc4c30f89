//! `refresh_tokens.json` in the config dir (mode 0600): one refresh token per cloud and user,
//! rotated whenever the authority returns a new one.

use super::*;

/// `refresh_tokens.json`: one refresh token per `cloud|user`.
#[derive(Default, Serialize, Deserialize)]
pub(super) struct RefreshFile {
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

pub fn refresh_path(dir: &Path) -> PathBuf {
    dir.join("refresh_tokens.json")
}

pub(super) fn refresh_key(cloud: &str, user: &str) -> String {
    format!("{cloud}|{}", user.to_ascii_lowercase())
}

pub fn load_refresh_token(dir: &Path, cloud: &str, user: &str) -> Option<String> {
    let f: RefreshFile = crate::config::read_json(&refresh_path(dir)).ok()?;
    f.tokens.get(&refresh_key(cloud, user)).cloned()
}

pub fn save_refresh_token(dir: &Path, cloud: &str, user: &str, token: &str) -> Result<()> {
    let path = refresh_path(dir);
    let mut f: RefreshFile = crate::config::read_json(&path).unwrap_or_default();
    f.tokens.insert(refresh_key(cloud, user), token.to_string());
    crate::config::write_json(&path, &f, true)
}

/// Forgets a user's refresh tokens in every cloud (logout); the file goes when it is empty.
pub fn remove_refresh_tokens(dir: &Path, user: &str) -> Result<()> {
    let path = refresh_path(dir);
    let mut f: RefreshFile = crate::config::read_json(&path).unwrap_or_default();
    let suffix = format!("|{}", user.to_ascii_lowercase());
    f.tokens.retain(|k, _| !k.ends_with(&suffix));
    if f.tokens.is_empty() {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(AzError::io(format!(
                "cannot remove {}: {e}",
                path.display()
            ))),
            _ => Ok(()),
        };
    }
    crate::config::write_json(&path, &f, true)
}
