//! The files pool flags name (`--kubelet-config`, `--linux-os-config`, `--message-of-the-day`,
//! `--localdns-config`), read when az's agent pool decorator reads them (after the command's
//! first requests), with az 2.91's errors.

use base64::Engine;
use serde_json::{Map, Value};

use crate::error::{AzError, Result};
use crate::spec::aks::PoolSpec;
use crate::spec::pool_features::{PoolFeaturesUpdate, PoolFiles, vm_sizes};

/// azure-cli-core's `read_file_content`: UTF-8 text, a byte-order mark dropped.
fn read_text(path: &str) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Some(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

fn is_file(path: &str) -> bool {
    std::path::Path::new(path).is_file()
}

/// azure-cli-core's `get_file_json` (JSON only: az's fallback to Python literals is not taken).
fn file_json(path: &str) -> Result<Value> {
    let text = read_text(path).ok_or_else(|| {
        AzError::validation(format!("Failed to decode file {path} - unknown decoding"))
    })?;
    serde_json::from_str(&text).map_err(|e| {
        AzError::validation(format!(
            "Failed to parse file '{path}' with exception:\nFailed to parse string as JSON:\n{text}\nError detail: {e}"
        ))
    })
}

/// `get_kubelet_config` / `get_linux_os_config`: an existing file holding a JSON object.
fn config_object(path: &str, what: &str) -> Result<Value> {
    if !is_file(path) {
        return Err(AzError::validation(format!(
            "{path} is not valid file, or not accessable."
        )));
    }
    let v = file_json(path)?;
    if !v.is_object() {
        return Err(AzError::validation(format!(
            "Error reading {what} from {path}. Please see https://aka.ms/CustomNodeConfig for correct format."
        )));
    }
    Ok(v)
}

/// `get_message_of_the_day`: the file's text, base64 of its ASCII bytes.
fn message_of_the_day(path: &str) -> Result<String> {
    if !is_file(path) {
        return Err(AzError::validation(format!(
            "{path} is not valid file, or not accessible."
        )));
    }
    let text = read_text(path).ok_or_else(|| {
        AzError::validation(format!("Failed to decode file {path} - unknown decoding"))
    })?;
    if !text.is_ascii() {
        // az encodes it as ASCII and fails with a Python traceback
        return Err(AzError::validation(format!(
            "--message-of-the-day: {path} holds non-ASCII characters; az encodes the message as ASCII."
        )));
    }
    Ok(base64::engine::general_purpose::STANDARD.encode(text.as_bytes()))
}

/// Python's name of a JSON value's type, as az's messages print it.
fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// Python's `repr` of a parsed JSON value (az prints it in its messages).
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_repr(&Value::String(k.clone())), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Python's `str` (what an f-string prints): a string bare, anything else as `repr`.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        v => py_repr(v),
    }
}

/// `build_localdns_profile`'s `build_override`: the known keys (camelCase or snake_case),
/// null values dropped, sent in camelCase.
fn dns_override(v: &Value) -> Result<Value> {
    const KEYS: &[(&str, &str)] = &[
        ("queryLogging", "query_logging"),
        ("protocol", "protocol"),
        ("forwardDestination", "forward_destination"),
        ("forwardPolicy", "forward_policy"),
        ("maxConcurrent", "max_concurrent"),
        ("cacheDurationInSeconds", "cache_duration_in_seconds"),
        (
            "serveStaleDurationInSeconds",
            "serve_stale_duration_in_seconds",
        ),
        ("serveStale", "serve_stale"),
    ];
    let Some(m) = v.as_object() else {
        return Err(AzError::validation(format!(
            "Expected a dictionary for DNS override settings, but got {}: {}",
            py_type(v),
            py_str(v)
        )));
    };
    let mut out = Map::new();
    for (k, value) in m {
        let camel = KEYS
            .iter()
            .find(|(camel, snake)| k == camel || k == snake)
            .map(|(camel, _)| *camel);
        if let Some(camel) = camel
            && !value.is_null()
        {
            out.insert(camel.into(), value.clone());
        }
    }
    Ok(Value::Object(out))
}

/// `process_dns_overrides`: a map of overrides, null entries skipped.
fn dns_overrides(v: Option<&Value>) -> Result<Value> {
    let v = v.unwrap_or(&Value::Null);
    let Some(m) = v.as_object() else {
        return Err(AzError::validation(format!(
            "Expected a dictionary for DNS overrides, but got {}: {}",
            py_type(v),
            py_str(v)
        )));
    };
    let mut out = Map::new();
    for (k, value) in m {
        if !value.is_null() {
            out.insert(k.clone(), dns_override(value)?);
        }
    }
    Ok(Value::Object(out))
}

/// `get_localdns_profile` and `build_localdns_profile`.
fn localdns_profile(path: &str) -> Result<Value> {
    if !is_file(path) {
        return Err(AzError::validation(format!(
            "{path} is not a valid file, or not accessible."
        )));
    }
    let v = file_json(path)?;
    let Some(m) = v.as_object() else {
        return Err(AzError::validation(format!(
            "Error reading local DNS config from {path}. Please provide a valid JSON file."
        )));
    };
    let key = |name: &str| m.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned();
    let mut profile = Map::new();
    if let Some(mode) = m.get("mode").filter(|v| !v.is_null()) {
        profile.insert("mode".into(), mode.clone());
    }
    if let Some(k) = key("kubeDNSOverrides") {
        profile.insert("kubeDNSOverrides".into(), dns_overrides(m.get(&k))?);
    }
    if let Some(k) = key("vnetDNSOverrides") {
        profile.insert("vnetDNSOverrides".into(), dns_overrides(m.get(&k))?);
    }
    Ok(Value::Object(profile))
}

/// `set_up_virtual_machines_profile`: a VirtualMachines pool is scaled by its profile (one
/// size, a manual count or the autoscaler's range).
fn vms_profile(pool: &PoolSpec) -> Result<Option<Value>> {
    let s = &pool.settings;
    let size = vm_sizes(
        s.features.vm_sizes.as_deref(),
        Some(pool.vm_size.as_str()).filter(|v| !v.is_empty()),
        s.vm_set_type,
        &s.os_type,
    )?;
    if s.vm_set_type != "VirtualMachines" {
        return Ok(None);
    }
    let scale = match s.autoscale() {
        Some(a) => {
            serde_json::json!({"autoscale": [{"size": size, "minCount": a.min_count, "maxCount": a.max_count}]})
        }
        None => serde_json::json!({"manual": [{"size": size, "count": pool.count}]}),
    };
    Ok(Some(serde_json::json!({ "scale": scale })))
}

/// Reads the files of a new pool in the order az's decorator does (custom node config,
/// message of the day, then the VirtualMachines profile's check, then local DNS).
pub fn load(pool: &mut PoolSpec) -> Result<()> {
    let vms = vms_profile(pool)?;
    let f = &mut pool.settings.features;
    let mut files = PoolFiles::default();
    if let Some(p) = &f.kubelet_config {
        files.kubelet_config = Some(config_object(p, "kubelet configuration")?);
    }
    if let Some(p) = &f.linux_os_config {
        files.linux_os_config = Some(config_object(p, "Linux OS configuration")?);
    }
    if let Some(p) = &f.message_of_the_day {
        files.message_of_the_day = Some(message_of_the_day(p)?);
    }
    f.vms_profile = vms;
    if let Some(p) = &f.localdns_config {
        files.localdns_profile = Some(localdns_profile(p)?);
    }
    f.files = files;
    Ok(())
}

/// Reads `aks nodepool update`'s `--localdns-config`.
pub fn load_update(u: &mut PoolFeaturesUpdate) -> Result<()> {
    if let Some(p) = &u.localdns_config {
        u.files.localdns_profile = Some(localdns_profile(p)?);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn file(text: &str) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), text).unwrap();
        f
    }

    #[test]
    fn localdns_profile_as_az_builds_it() {
        let f = file(
            r#"{"mode": "Required", "KubeDnsOverrides": {".": {"queryLogging": "Error", "max_concurrent": 10, "bogus": 1, "protocol": null}, "x": null}}"#,
        );
        let p = localdns_profile(f.path().to_str().unwrap()).unwrap();
        assert_eq!(
            p,
            json!({"mode": "Required", "kubeDNSOverrides": {".": {"queryLogging": "Error", "maxConcurrent": 10}}})
        );
        let bad = file(r#"{"vnetDNSOverrides": [1, "a"]}"#);
        assert_eq!(
            localdns_profile(bad.path().to_str().unwrap())
                .unwrap_err()
                .message,
            "Expected a dictionary for DNS overrides, but got list: [1, 'a']"
        );
    }

    #[test]
    fn config_files_and_motd() {
        let list = file("[1]");
        let path = list.path().to_str().unwrap();
        assert_eq!(
            config_object(path, "kubelet configuration")
                .unwrap_err()
                .message,
            format!(
                "Error reading kubelet configuration from {path}. Please see https://aka.ms/CustomNodeConfig for correct format."
            )
        );
        assert_eq!(
            config_object("/nonexistent/k.json", "kubelet configuration")
                .unwrap_err()
                .message,
            "/nonexistent/k.json is not valid file, or not accessable."
        );
        let motd = file("\u{feff}hello\n");
        assert_eq!(
            message_of_the_day(motd.path().to_str().unwrap()).unwrap(),
            "aGVsbG8K"
        );
    }
}
