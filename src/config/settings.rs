//! az's settings, looked up as az does: the environment (`AZURE_<SECTION>_<KEY>`, and azr's
//! own `AZR_<SECTION>_<KEY>` first) over the config file (`$AZR_CONFIG_DIR/config`, az's INI
//! layout: `[section]`, `key = value`).

/// A setting's value, `None` when neither the environment nor the config file has it.
pub fn get(section: &str, key: &str) -> Option<String> {
    let var = format!("{}_{}", section, key).to_ascii_uppercase();
    for prefix in ["AZR_", "AZURE_"] {
        if let Ok(v) = std::env::var(format!("{prefix}{var}")) {
            return Some(v);
        }
    }
    let text = std::fs::read_to_string(super::config_dir().join("config")).ok()?;
    ini_get(&text, section, key)
}

/// A boolean setting as az reads one (`1`, `true`, `yes`, `on`, any case).
pub fn is_true(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}

/// A value from an az-style INI file (`[section]`, `key = value`).
fn ini_get(text: &str, section: &str, key: &str) -> Option<String> {
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = s.trim().to_string();
        } else if current == section
            && let Some((k, v)) = line.split_once(['=', ':'])
            && k.trim() == key
        {
            return Some(v.trim().to_string());
        }
    }
    None
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
}
