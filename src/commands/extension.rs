//! `extension ...`: azr has aks-preview built in, so nothing is downloaded or installed. What a
//! user did is kept in `extensions.json` of the config dir (`add` records the extension,
//! `remove` forgets it), so `extension list|show` answer as az would after the same commands.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::{Output, WireResult};
use crate::config;
use crate::error::Result;
use crate::spec::extension::{AKS_PREVIEW, not_found, not_installed};

/// The WARNING every command about aks-preview prints.
pub const BUILT_IN: &str = "azr has the aks-preview extension built in: its commands and flags \
work without installing anything.";

/// The version azr reports for its built-in aks-preview: azr's own.
const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Added {
    /// Names of the extensions the user added, in the order added.
    #[serde(default)]
    added: Vec<String>,
}

fn file(dir: &Path) -> PathBuf {
    dir.join("extensions.json")
}

fn is_added(dir: &Path, name: &str) -> Result<bool> {
    let state: Added = config::read_json(&file(dir))?;
    Ok(state.added.iter().any(|n| n == name))
}

fn set_added(dir: &Path, name: &str, added: bool) -> Result<()> {
    let mut state: Added = config::read_json(&file(dir))?;
    state.added.retain(|n| n != name);
    if added {
        state.added.push(name.to_string());
    }
    config::write_json(&file(dir), &state, false)
}

/// Where the extension's code is: inside the azr binary.
fn path() -> String {
    std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

fn metadata() -> Value {
    json!({
        "azext.isPreview": true,
        "name": AKS_PREVIEW,
        "summary": "Provides a preview for upcoming AKS features (built into azr)",
        "version": VERSION,
    })
}

/// `extension add`: aks-preview is recorded (az's warning when it already was); any other
/// name is one az's index would have to provide, which azr cannot install.
pub fn add(dir: &Path, name: &str, upgrade: bool, warn: &dyn Fn(&str)) -> Result<Output> {
    if name != AKS_PREVIEW {
        return Err(not_found(name));
    }
    warn(BUILT_IN);
    if is_added(dir, name)? {
        warn(&format!(
            "Extension '{name}' {VERSION} is already installed."
        ));
        if upgrade {
            warn(&format!("Latest version of '{name}' is already installed."));
        }
        return Ok(None);
    }
    set_added(dir, name, true)?;
    Ok(None)
}

/// `extension update`: the built-in one is always the latest; updating records it as added.
pub fn update(dir: &Path, name: &str, warn: &dyn Fn(&str)) -> Result<Output> {
    if name != AKS_PREVIEW {
        return Err(not_installed(name));
    }
    warn(BUILT_IN);
    warn(&format!(
        "Latest version of '{name}' is already installed.\n\nUse --debug for more information"
    ));
    if !is_added(dir, name)? {
        set_added(dir, name, true)?;
    }
    Ok(None)
}

pub fn remove(dir: &Path, name: &str, warn: &dyn Fn(&str)) -> Result<Output> {
    if name != AKS_PREVIEW || !is_added(dir, name)? {
        return Err(not_installed(name));
    }
    warn(BUILT_IN);
    set_added(dir, name, false)?;
    Ok(None)
}

pub fn show(dir: &Path, name: &str) -> Result<Output> {
    if name != AKS_PREVIEW || !is_added(dir, name)? {
        return Err(not_installed(name));
    }
    Ok(WireResult::raw(json!({
        "extensionType": "whl",
        "metadata": metadata(),
        "name": name,
        "path": path(),
        "version": VERSION,
    })))
}

pub fn list(dir: &Path) -> Result<Output> {
    let items = if is_added(dir, AKS_PREVIEW)? {
        vec![json!({
            "experimental": false,
            "extensionType": "whl",
            "name": AKS_PREVIEW,
            "path": path(),
            "preview": true,
            "version": VERSION,
        })]
    } else {
        Vec::new()
    };
    Ok(WireResult::raw(Value::Array(items)))
}

/// `extension list-available`: the one extension azr can "add".
pub fn list_available(dir: &Path, show_details: bool) -> Result<Output> {
    if show_details {
        return Ok(WireResult::raw(
            json!({ (AKS_PREVIEW): [{"filename": null, "metadata": metadata()}] }),
        ));
    }
    Ok(WireResult::raw(json!([{
        "experimental": false,
        "installed": is_added(dir, AKS_PREVIEW)?,
        "name": AKS_PREVIEW,
        "preview": true,
        "summary": metadata()["summary"],
        "version": VERSION,
    }])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_list_remove_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let warned = std::cell::RefCell::new(Vec::new());
        let warn = |m: &str| warned.borrow_mut().push(m.to_string());
        let names = |o: Output| o.unwrap().value.as_array().unwrap().len();
        assert_eq!(names(list(d).unwrap()), 0);
        assert!(show(d, AKS_PREVIEW).is_err());
        add(d, AKS_PREVIEW, false, &warn).unwrap();
        assert_eq!(names(list(d).unwrap()), 1);
        assert_eq!(
            show(d, AKS_PREVIEW).unwrap().unwrap().value["name"],
            AKS_PREVIEW
        );
        add(d, AKS_PREVIEW, false, &warn).unwrap();
        assert!(warned.borrow()[2].ends_with("is already installed."));
        remove(d, AKS_PREVIEW, &warn).unwrap();
        assert_eq!(names(list(d).unwrap()), 0);
        assert!(remove(d, AKS_PREVIEW, &warn).is_err());
        update(d, AKS_PREVIEW, &warn).unwrap();
        assert_eq!(names(list(d).unwrap()), 1);
        assert_eq!(
            add(d, "nosuch", false, &warn).unwrap_err().to_string(),
            "No extension found with name 'nosuch'\n\nUse --debug for more information"
        );
    }
}
