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
fn lookup(section: &str, key: &str) -> Option<(String, String)> {
    let var = format!("{section}_{key}").to_ascii_uppercase();
    for prefix in ["AZR_", "AZURE_"] {
        let name = format!("{prefix}{var}");
        if let Ok(v) = std::env::var(&name) {
            return Some((name, v));
        }
    }
    let value = ini_get(file_text()?, section, key)?;
    Some((file().display().to_string(), value))
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
    use crate::error::AzError;
    let path = file();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(AzError::io(format!("cannot read {}: {e}", path.display()))),
    };
    let text = ini_edit(&text, section, key, value);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| AzError::io(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(&path, text)
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
