//! az's settings, looked up as az does: the environment (`AZURE_<SECTION>_<KEY>`, and azr's
//! own `AZR_<SECTION>_<KEY>` first) over the config file (`$AZR_CONFIG_DIR/config`, az's INI
//! layout: `[section]`, `key = value`).

/// A setting's value, `None` when neither the environment nor the config file has it.
pub fn get(section: &str, key: &str) -> Option<String> {
    lookup(section, key).map(|(_, value)| value)
}

/// Where a setting comes from: the environment variable's name or the config file's path,
/// with its value; `None` when neither has it or the value is empty (az lists no empty default).
pub fn source(section: &str, key: &str) -> Option<(String, String)> {
    lookup(section, key).filter(|(_, value)| !value.is_empty())
}

/// The value and where it came from (the variable's name, or the config file's path).
/// Argument defaults also read the local config files (`config set --local`), as knack does.
fn lookup(section: &str, key: &str) -> Option<(String, String)> {
    let var = format!("{section}_{key}").to_ascii_uppercase();
    for prefix in ["AZR_", "AZURE_"] {
        let name = format!("{prefix}{var}");
        if let Ok(v) = std::env::var(&name) {
            return Some((name, v));
        }
    }
    if section == "defaults" {
        for (path, text) in local_files() {
            if let Some(value) = ini_get(text, section, key) {
                return Some((path.display().to_string(), value));
            }
        }
    }
    let value = ini_get(file_text()?, section, key)?;
    Some((file().display().to_string(), value))
}

/// One setting as `config get` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub value: String,
    /// The environment variable's name or the config file's path.
    pub source: String,
}

/// The local config files knack finds: `<dir>/<config dir's name>/config` in the working
/// directory and each one above it, nearest first, up to the global config dir.
fn local_files() -> &'static [(std::path::PathBuf, String)] {
    static FILES: std::sync::OnceLock<Vec<(std::path::PathBuf, String)>> =
        std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let global = super::config_dir();
        let Some(name) = global.file_name() else {
            return Vec::new();
        };
        let Ok(cwd) = std::env::current_dir() else {
            return Vec::new();
        };
        cwd.ancestors()
            .map(|d| d.join(name))
            .take_while(|d| *d != global)
            .filter(|d| d.is_dir())
            .map(|d| {
                let path = d.join("config");
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                (path, text)
            })
            .collect()
    })
}

/// The config files a command reads: the local ones first when `local`, then the global one.
fn chain(local: bool) -> Vec<(std::path::PathBuf, &'static str)> {
    let mut files: Vec<_> = if local {
        local_files()
            .iter()
            .map(|(p, t)| (p.clone(), t.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    files.push((file(), file_text().unwrap_or_default()));
    files
}

/// The sections of the config files, each once, in the order they first appear.
pub fn sections(local: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, text) in chain(local) {
        for s in ini_sections(text) {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// knack's `items(section)`: the environment's `AZURE_<SECTION>_<KEY>` (and azr's own
/// `AZR_...`) first, in the environment's order, then each config file's keys not seen yet.
pub fn items(section: &str, local: bool) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for prefix in ["AZR_", "AZURE_"] {
        let prefix = format!("{prefix}{}_", section.to_ascii_uppercase());
        for (var, value) in std::env::vars() {
            let Some(key) = var.strip_prefix(&prefix) else {
                continue;
            };
            let valid = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
            let name = key.to_ascii_lowercase();
            if key.is_empty() || !key.chars().all(valid) || out.iter().any(|i| i.name == name) {
                continue;
            }
            out.push(Item {
                name,
                value,
                source: var,
            });
        }
    }
    for (path, text) in chain(local) {
        for (k, v) in ini_entries(text, section) {
            if !out.iter().any(|i| i.name == k) {
                out.push(Item {
                    name: k.to_string(),
                    value: v.to_string(),
                    source: path.display().to_string(),
                });
            }
        }
    }
    out
}

/// `config set --local`: writes `key = value` into `./<config dir's name>/config`.
pub fn set_local(section: &str, key: &str, value: &str) -> crate::error::Result<()> {
    let name = super::config_dir()
        .file_name()
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| ".azr".into());
    let cwd = std::env::current_dir().map_err(|e| {
        crate::error::AzError::io(format!("cannot read the working directory: {e}"))
    })?;
    edit_file(&cwd.join(name).join("config"), section, key, Some(value))
}

/// Removes `key` from the first config file of the chain that has it; whether one had it.
pub fn remove(section: &str, key: &str, local: bool) -> crate::error::Result<bool> {
    for (path, text) in chain(local) {
        if ini_get(text, section, key).is_some() {
            edit_file(&path, section, key, None)?;
            return Ok(true);
        }
    }
    Ok(false)
}

/// The config file's text, read once per process: start-up looks up several settings.
fn file_text() -> Option<&'static str> {
    static TEXT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| std::fs::read_to_string(file()).ok())
        .as_deref()
}

/// The keys of a section: the config file's in its order, then those only the environment has
/// (`AZURE_<SECTION>_<KEY>`), sorted.
pub fn keys(section: &str) -> Vec<String> {
    let mut keys: Vec<String> = ini_entries(file_text().unwrap_or_default(), section)
        .map(|(k, _)| k.to_string())
        .collect();
    let prefixes = [
        format!("AZR_{}_", section.to_ascii_uppercase()),
        format!("AZURE_{}_", section.to_ascii_uppercase()),
    ];
    let mut from_env: Vec<String> = std::env::vars()
        .filter_map(|(k, _)| {
            prefixes
                .iter()
                .find_map(|p| k.strip_prefix(p.as_str()))
                .map(str::to_ascii_lowercase)
        })
        .filter(|k| !keys.contains(k))
        .collect();
    from_env.sort();
    from_env.dedup();
    keys.extend(from_env);
    keys
}

/// Writes `key = value` into the config file's `[section]` (created when missing), keeping
/// everything else as it is, as az's `configure --defaults` does.
pub fn set(section: &str, key: &str, value: &str) -> crate::error::Result<()> {
    edit(section, key, Some(value))
}

/// Removes `key` from the config file's `[section]`.
pub fn unset(section: &str, key: &str) -> crate::error::Result<()> {
    edit(section, key, None)
}

/// The config file: `$AZR_CONFIG_DIR/config`.
pub fn file() -> std::path::PathBuf {
    super::config_dir().join("config")
}

fn edit(section: &str, key: &str, value: Option<&str>) -> crate::error::Result<()> {
    edit_file(&file(), section, key, value)
}

fn edit_file(
    path: &std::path::Path,
    section: &str,
    key: &str,
    value: Option<&str>,
) -> crate::error::Result<()> {
    use crate::error::AzError;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(AzError::io(format!("cannot read {}: {e}", path.display()))),
    };
    let text = ini_edit(&text, section, key, value);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| AzError::io(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(path, text)
        .map_err(|e| AzError::io(format!("cannot write {}: {e}", path.display())))
}

/// The INI text with `key` in `[section]` set to `value` (replaced in place, else appended to
/// the section, else a new section at the end), or removed when `value` is `None`.
fn ini_edit(text: &str, section: &str, key: &str, value: Option<&str>) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let header = |l: &str| {
        l.trim()
            .strip_prefix('[')
            .and_then(|l| l.strip_suffix(']'))
            .map(|s| s.trim().to_string())
    };
    let start = lines
        .iter()
        .position(|l| header(l).as_deref() == Some(section));
    let Some(start) = start else {
        if let Some(v) = value {
            if lines.last().is_some_and(|l| !l.trim().is_empty()) {
                lines.push(String::new());
            }
            lines.push(format!("[{section}]"));
            lines.push(format!("{key} = {v}"));
        }
        return lines.join("\n") + "\n";
    };
    let end = lines[start + 1..]
        .iter()
        .position(|l| header(l).is_some())
        .map_or(lines.len(), |i| start + 1 + i);
    let at = (start + 1..end).find(|&i| {
        lines[i]
            .split_once(['=', ':'])
            .is_some_and(|(k, _)| k.trim() == key)
    });
    match (at, value) {
        (Some(i), Some(v)) => lines[i] = format!("{key} = {v}"),
        (Some(i), None) => {
            lines.remove(i);
        }
        (None, Some(v)) => {
            // after the section's last non-blank line
            let mut i = end;
            while i > start + 1 && lines[i - 1].trim().is_empty() {
                i -= 1;
            }
            lines.insert(i, format!("{key} = {v}"));
        }
        (None, None) => {}
    }
    lines.join("\n") + "\n"
}

/// A boolean setting as az reads one (`1`, `true`, `yes`, `on`, any case).
pub fn is_true(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}

/// The `key = value` entries of `[section]` in an az-style INI text, in file order.
fn ini_entries<'t>(text: &'t str, section: &'t str) -> impl Iterator<Item = (&'t str, &'t str)> {
    let mut current = "";
    text.lines().filter_map(move |line| {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            return None;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = s.trim();
            return None;
        }
        let (k, v) = line.split_once(['=', ':'])?;
        (current == section).then(|| (k.trim(), v.trim()))
    })
}

/// The `[section]` names of an az-style INI text, in file order.
fn ini_sections(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let line = line.trim();
        line.strip_prefix('[')
            .and_then(|l| l.strip_suffix(']'))
            .map(str::trim)
    })
}

/// A value from an az-style INI text.
fn ini_get(text: &str, section: &str, key: &str) -> Option<String> {
    ini_entries(text, section)
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ini_lookup() {
        let text = "[cloud]\nname = x\n[core]\n# c\noutput = Table\n";
        assert_eq!(ini_get(text, "core", "output").as_deref(), Some("Table"));
        assert_eq!(ini_get(text, "core", "nope"), None);
        assert!(is_true(" Yes") && !is_true("false"));
    }

    fn keys_of(text: &str) -> Vec<&str> {
        ini_entries(text, "defaults").map(|(k, _)| k).collect()
    }

    #[test]
    fn edits_keep_the_rest_of_the_file() {
        let text = "[cloud]\nname = x\n\n[defaults]\ngroup = a\n";
        let t = ini_edit(text, "defaults", "location", Some("eastus"));
        assert_eq!(
            t,
            "[cloud]\nname = x\n\n[defaults]\ngroup = a\nlocation = eastus\n"
        );
        let t = ini_edit(&t, "defaults", "group", Some("b"));
        assert_eq!(ini_get(&t, "defaults", "group").as_deref(), Some("b"));
        assert_eq!(keys_of(&t), ["group", "location"]);
        let t = ini_edit(&t, "defaults", "group", None);
        assert_eq!(keys_of(&t), ["location"]);
        assert_eq!(ini_get(&t, "cloud", "name").as_deref(), Some("x"));
        assert_eq!(
            ini_edit("", "defaults", "group", Some("rg")),
            "[defaults]\ngroup = rg\n"
        );
        assert_eq!(
            ini_edit("[cloud]\nname = x\n", "defaults", "group", Some("rg")),
            "[cloud]\nname = x\n\n[defaults]\ngroup = rg\n"
        );
    }
}
