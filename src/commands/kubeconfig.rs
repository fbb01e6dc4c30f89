//! Merging a cluster's kubeconfig into a kubeconfig file, as az 2.91's
//! `_print_or_merge_credentials` / `merge_kubernetes_configurations` do (acs `custom.py`):
//! entries of the same name are replaced only when identical or with `--overwrite-existing`,
//! admin contexts get `-admin`, `current-context` switches, and the file is replaced whole
//! (a temporary file beside it, then a rename), so nothing is ever half-written.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{AzError, Result};

/// What `merge` asks when an entry of the same name differs: `Some(answer)` from a terminal,
/// `None` when there is none to ask (az then refuses).
pub type Ask<'a> = &'a dyn Fn(&str) -> Option<bool>;

/// Merges `kubeconfig` (the cluster's YAML) into the file at `path`, creating it (mode 0600)
/// and its directory when missing. `warn` gets az's warnings, the last one
/// `Merged "<context>" as current context in <path>`.
pub fn merge(
    path: &Path,
    kubeconfig: &str,
    overwrite: bool,
    context_name: Option<&str>,
    ask: Ask<'_>,
    warn: &dyn Fn(&str),
) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        std::fs::create_dir_all(dir).map_err(|e| os_error(&e, dir))?;
    }
    if !path.exists() && std::fs::symlink_metadata(path).is_err() {
        create_private(path).map_err(|e| os_error(&e, path))?;
    }
    let existing = load_file(path)?;
    let mut addition = parse(kubeconfig, path)?
        .ok_or_else(|| AzError::validation("failed to load additional configuration"))?;
    rename_contexts(&mut addition, context_name);
    let current = addition
        .get("current-context")
        .cloned()
        .unwrap_or(Value::Null);
    let merged = match existing {
        None | Some(Value::Null) => addition.clone(),
        Some(mut existing) => {
            for key in ["clusters", "users", "contexts"] {
                merge_key(&mut existing, &addition, key, overwrite, ask)?;
            }
            if let Some(map) = existing.as_object_mut() {
                map.insert("current-context".into(), current.clone());
            }
            existing
        }
    };
    let link = std::fs::symlink_metadata(path)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false);
    if !link && let Some(mode) = file_mode(path) {
        let perms = format!("{mode:o}");
        if !perms.ends_with("600") {
            warn(&format!(
                "{} has permissions \"{perms}\".\nIt should be readable and writable only by its owner.",
                path.display()
            ));
        }
    }
    if link {
        return Err(AzError::validation(format!(
            "Kubeconfig path \"{}\" is a symbolic link. Refusing to write to prevent symlink-following attacks.",
            path.display()
        )));
    }
    write_replacing(path, &crate::output::yaml::to_yaml(&merged))?;
    let shown = match &current {
        Value::String(s) => s.clone(),
        Value::Null => "UNKNOWN".into(),
        other => other.to_string(),
    };
    warn(&format!(
        "Merged \"{shown}\" as current context in {}",
        path.display()
    ));
    Ok(())
}

/// `--context` names the first context and cluster; an admin context (its user starts with
/// `clusterAdmin`) gets `-admin` so it does not replace the user context.
fn rename_contexts(addition: &mut Value, context_name: Option<&str>) {
    if let Some(name) = context_name {
        if let Some(ctx) = addition.pointer_mut("/contexts/0") {
            ctx["name"] = Value::String(name.into());
            if let Some(inner) = ctx.get_mut("context").filter(|c| c.is_object()) {
                inner["cluster"] = Value::String(name.into());
            }
        }
        if let Some(cluster) = addition
            .pointer_mut("/clusters/0")
            .filter(|c| c.is_object())
        {
            cluster["name"] = Value::String(name.into());
        }
        if let Some(map) = addition.as_object_mut() {
            map.insert("current-context".into(), Value::String(name.into()));
        }
    }
    let mut admin_name = None;
    if let Some(contexts) = addition.get_mut("contexts").and_then(Value::as_array_mut) {
        for ctx in contexts.iter_mut() {
            let is_admin = ctx
                .pointer("/context/user")
                .and_then(Value::as_str)
                .is_some_and(|u| u.starts_with("clusterAdmin"));
            let name = ctx.get("name").and_then(Value::as_str);
            if let (true, Some(name)) = (is_admin, name) {
                let renamed = format!("{name}-admin");
                ctx["name"] = Value::String(renamed.clone());
                admin_name = Some(renamed);
                break;
            }
        }
    }
    if let (Some(name), Some(map)) = (admin_name, addition.as_object_mut()) {
        map.insert("current-context".into(), Value::String(name));
    }
}

/// az's `_handle_merge` for one of `clusters`, `users`, `contexts`.
fn merge_key(
    existing: &mut Value,
    addition: &Value,
    key: &str,
    overwrite: bool,
    ask: Ask<'_>,
) -> Result<()> {
    let added = match addition.get(key) {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(a)) if a.is_empty() => return Ok(()),
        Some(v) => v.clone(),
    };
    let Some(map) = existing.as_object_mut() else {
        return Err(no_such_key(key));
    };
    let Some(current) = map.get_mut(key) else {
        return Err(no_such_key(key));
    };
    let falsy = match &*current {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::String(s) => s.is_empty(),
        Value::Bool(b) => !b,
        Value::Number(_) => false,
    };
    if falsy {
        *current = added;
        return Ok(());
    }
    let (Value::Array(items), Some(list)) = (added, current.as_array_mut()) else {
        return Err(no_such_key(key));
    };
    let name_of = |v: &Value| -> Option<Value> {
        v.get("name")
            .filter(|n| !matches!(n, Value::Null | Value::Bool(false)))
            .filter(|n| n.as_str() != Some(""))
            .cloned()
    };
    for item in items {
        // Python removes from the list it iterates: the entry after a removed one is skipped.
        let mut idx = 0;
        let mut steps = 0;
        let total = list.len();
        while idx < list.len() && steps < total {
            steps += 1;
            let (Some(a), Some(b)) = (name_of(&item), name_of(&list[idx])) else {
                idx += 1;
                continue;
            };
            if a != b {
                idx += 1;
                continue;
            }
            if overwrite || item == list[idx] {
                list.remove(idx);
                idx += 1;
                continue;
            }
            let shown = a.as_str().map(str::to_string).unwrap_or(a.to_string());
            let question = format!(
                "A different object named {shown} already exists in your kubeconfig file.\nOverwrite?"
            );
            if ask(&question) == Some(true) {
                list.remove(idx);
                idx += 1;
            } else {
                return Err(AzError::validation(format!(
                    "A different object named {shown} already exists in {key} in your kubeconfig file."
                )));
            }
        }
        list.push(item);
    }
    Ok(())
}

fn no_such_key(key: &str) -> AzError {
    AzError::validation(format!(
        "No such key '{key}' in existing config, please confirm whether it is a valid config file. May back up this config file, delete it and retry the command."
    ))
}

/// The YAML of a kubeconfig file; `None` for an empty one.
fn load_file(path: &Path) -> Result<Option<Value>> {
    let text = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AzError::validation(format!(
                "{} does not exist",
                path.display()
            )));
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(AzError::io(format!(
                "Permission denied when trying to read {}. Please ensure you have read access to this file, or specify a different file path using the --file/-f argument.",
                path.display()
            )));
        }
        Err(e) => return Err(os_error(&e, path)),
    };
    let text = String::from_utf8(text)
        .map_err(|e| AzError::validation(format!("Error parsing {} ({e})", path.display())))?;
    parse(&text, path)
}

fn parse(text: &str, path: &Path) -> Result<Option<Value>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v: Value = yaml_serde::from_str(text)
        .map_err(|e| AzError::validation(format!("Error parsing {} ({e})", path.display())))?;
    Ok(match v {
        Value::Null => None,
        v => Some(v),
    })
}

fn create_private(path: &Path) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path).map(drop)
}

#[cfg(unix)]
fn file_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

#[cfg(not(unix))]
fn file_mode(_path: &Path) -> Option<u32> {
    None
}

/// Writes `text` to a new file beside `path` (the existing file's mode, else 0600), then
/// renames it over `path`; on failure the temporary file is removed and `path` is untouched.
fn write_replacing(path: &Path, text: &str) -> Result<()> {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let denied = |e: &std::io::Error| {
        if e.kind() == std::io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(30) {
            AzError::io(format!(
                "Permission denied when trying to write to {}. Please ensure you have write access to this file, or specify a different file path using the --file/-f argument.",
                path.display()
            ))
        } else {
            os_error(e, path)
        }
    };
    let (tmp, mut file) = create_temp(&dir).map_err(|e| denied(&e))?;
    let result = (|| -> std::io::Result<()> {
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = file_mode(path).unwrap_or(0o600);
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
        }
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        denied(&e)
    })
}

fn create_temp(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut last = None;
    for _ in 0..16 {
        let name = format!("tmp{}", &uuid_like()[..8]);
        let p = dir.join(name);
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        match o.open(&p) {
            Ok(f) => return Ok((p, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary name left")))
}

fn uuid_like() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let n = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{:016x}", n ^ ((std::process::id() as u128) << 40))
        .chars()
        .rev()
        .collect()
}

/// An OS error as Python prints it: `[Errno 21] Is a directory: '/path'`.
fn os_error(e: &std::io::Error, path: &Path) -> AzError {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
            AzError::io(format!("[Errno {code}] {strerror}: '{}'", path.display()))
        }
        None => AzError::io(format!("{text}: '{}'", path.display())),
    }
}

/// The kubeconfig's `current-context` after `--context` and the admin rename; for tests.
pub fn context_after_rename(kubeconfig: &Value, context_name: Option<&str>) -> Option<String> {
    let mut v = kubeconfig.clone();
    rename_contexts(&mut v, context_name);
    v.get("current-context")
        .and_then(Value::as_str)
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn config(ctx: &str, user: &str, server: &str) -> String {
        format!(
            "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: Q0E=\n    server: {server}\n  name: c\ncontexts:\n- context:\n    cluster: c\n    user: {user}\n  name: {ctx}\ncurrent-context: {ctx}\nkind: Config\npreferences: {{}}\nusers:\n- name: {user}\n  user:\n    token: t0k\n"
        )
    }

    fn no_tty(_: &str) -> Option<bool> {
        None
    }

    #[test]
    fn a_new_file_is_the_cluster_config_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config");
        let warnings = std::cell::RefCell::new(Vec::new());
        let warn = |m: &str| warnings.borrow_mut().push(m.to_string());
        merge(
            &path,
            &config("c", "clusterUser_rg_c", "https://h:1"),
            false,
            None,
            &no_tty,
            &warn,
        )
        .unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(written, config("c", "clusterUser_rg_c", "https://h:1"));
        assert_eq!(
            warnings.into_inner(),
            vec![format!(
                "Merged \"c\" as current context in {}",
                path.display()
            )]
        );
        assert_eq!(file_mode(&path), Some(0o600));
    }

    #[test]
    fn admin_contexts_get_a_suffix_and_entries_merge() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config");
        let quiet = |_: &str| {};
        merge(
            &path,
            &config("c", "clusterUser_rg_c", "https://h:1"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap();
        // Same cluster entry (replaced silently), a new user, the context renamed `c-admin`.
        merge(
            &path,
            &config("c", "clusterAdmin_rg_c", "https://h:1"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap();
        let before = std::fs::read_to_string(&path).unwrap();
        // Another server under the same cluster name: replaced only with the flag.
        merge(
            &path,
            &config("c", "clusterAdmin_rg_c", "https://h:2"),
            true,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap();
        let v: Value = yaml_serde::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_ne!(before, std::fs::read_to_string(&path).unwrap());
        assert_eq!(v["current-context"], "c-admin");
        let names: Vec<&str> = v["contexts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, vec!["c", "c-admin"]);
        assert_eq!(v["clusters"].as_array().unwrap().len(), 1);
        assert_eq!(v["clusters"][0]["cluster"]["server"], "https://h:2");
    }

    #[test]
    fn a_different_entry_is_refused_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config");
        let quiet = |_: &str| {};
        merge(
            &path,
            &config("c", "u", "https://a"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap();
        let before = std::fs::read_to_string(&path).unwrap();
        let e = merge(
            &path,
            &config("c", "u", "https://b"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "A different object named c already exists in clusters in your kubeconfig file."
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        // The same entry again is replaced silently.
        merge(
            &path,
            &config("c", "u", "https://a"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    }

    #[test]
    fn context_flag_names_context_and_cluster() {
        let v: Value = yaml_serde::from_str(&config("c", "clusterUser_rg_c", "https://h")).unwrap();
        assert_eq!(
            context_after_rename(&v, Some("dev")).as_deref(),
            Some("dev")
        );
        let admin: Value =
            yaml_serde::from_str(&config("c", "clusterAdmin_rg_c", "https://h")).unwrap();
        assert_eq!(
            context_after_rename(&admin, Some("dev")).as_deref(),
            Some("dev-admin")
        );
        assert_eq!(context_after_rename(&json!({}), None), None);
    }

    #[test]
    fn a_directory_is_refused_as_python_says() {
        let dir = tempfile::tempdir().unwrap();
        let quiet = |_: &str| {};
        let e = merge(
            dir.path(),
            &config("c", "u", "https://a"),
            false,
            None,
            &no_tty,
            &quiet,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            format!("[Errno 21] Is a directory: '{}'", dir.path().display())
        );
    }
}
