//! `cloud list|show|register|set|unregister`: clouds live in the config dir, no ARM call
//! except the metadata discovery of `register`.

use std::path::Path;

use serde_json::{Value, json};

use super::{Output, WireResult};
use crate::config::cloud::{self, Cloud, CloudsFile};
use crate::config::profile::ProfileFile;
use crate::error::{AzError, Result};

pub fn list(dir: &Path, active: &str) -> Result<Output> {
    let file = CloudsFile::load(dir)?;
    Ok(WireResult::raw(Value::Array(
        file.all()
            .iter()
            .map(|c| c.to_json(c.name == active))
            .collect(),
    )))
}

pub fn show(dir: &Path, name: Option<&str>, active: &str) -> Result<Output> {
    let file = CloudsFile::load(dir)?;
    let name = name.unwrap_or(active);
    let c = file.get(name)?;
    Ok(WireResult::raw(c.to_json(c.name == active)))
}

/// What `cloud register` was given.
#[derive(Debug, Default)]
pub struct RegisterSpec {
    pub name: String,
    pub cloud_config: Option<Value>,
    pub profile: Option<String>,
    pub skip_endpoint_discovery: bool,
    pub endpoints: Vec<(&'static str, String)>,
    pub suffixes: Vec<(&'static str, String)>,
}

/// Reads `--cloud-config` (JSON, or `@file`).
pub fn parse_cloud_config(raw: &str) -> Result<Value> {
    let text = match raw.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            AzError::validation(format!("--cloud-config: cannot read '{path}': {e}"))
        })?,
        None => raw.to_string(),
    };
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| AzError::validation(format!("--cloud-config is not valid JSON: {e}")))?;
    if !v.is_object() {
        return Err(AzError::validation("--cloud-config must be a JSON object"));
    }
    Ok(v)
}

/// camelCase or snake_case keys of a cloud config, to az's `cloud show` key names.
fn camel(k: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for ch in k.chars() {
        if ch == '_' {
            up = true;
        } else if up {
            out.extend(ch.to_uppercase());
            up = false;
        } else {
            out.push(ch);
        }
    }
    out
}

pub async fn register(
    dir: &Path,
    spec: RegisterSpec,
    http: Option<reqwest::Client>,
) -> Result<Output> {
    let mut file = CloudsFile::load(dir)?;
    if file.find(&spec.name).is_some() {
        return Err(AzError::validation(format!(
            "The cloud '{}' is already registered.",
            spec.name
        )));
    }
    let config_endpoints = spec
        .cloud_config
        .as_ref()
        .and_then(|c| c.get("endpoints"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let arm = spec
        .endpoints
        .iter()
        .find(|(k, _)| *k == "resourceManager")
        .map(|(_, v)| v.clone())
        .or_else(|| {
            config_endpoints
                .get("resourceManager")
                .or_else(|| config_endpoints.get("resource_manager"))
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    let mut c = match (&arm, spec.skip_endpoint_discovery) {
        (Some(arm), false) => {
            let http = http.ok_or_else(|| AzError::internal("no HTTP client"))?;
            let doc = discover(&http, arm).await?;
            cloud::from_arm_metadata(&spec.name, &doc)?
        }
        _ => Cloud::new(&spec.name),
    };
    if let Some(p) = spec.profile.clone().or_else(|| {
        spec.cloud_config
            .as_ref()?
            .get("profile")?
            .as_str()
            .map(str::to_string)
    }) {
        c.profile = p;
    }
    for (k, v) in &config_endpoints {
        c.endpoints.insert(camel(k), v.clone());
    }
    if let Some(s) = spec
        .cloud_config
        .as_ref()
        .and_then(|c| c.get("suffixes"))
        .and_then(Value::as_object)
    {
        for (k, v) in s {
            c.suffixes.insert(camel(k), v.clone());
        }
    }
    for (k, v) in &spec.endpoints {
        c.endpoints.insert((*k).into(), json!(v));
    }
    for (k, v) in &spec.suffixes {
        c.suffixes.insert((*k).into(), json!(v));
    }
    let required = [
        ("resourceManager", "--endpoint-resource-manager"),
        ("activeDirectory", "--endpoint-active-directory"),
        (
            "activeDirectoryResourceId",
            "--endpoint-active-directory-resource-id",
        ),
    ];
    let missing: Vec<&str> = required
        .iter()
        .filter(|(k, _)| c.endpoint(k).is_none())
        .map(|(_, flag)| *flag)
        .collect();
    if !missing.is_empty() {
        return Err(AzError::validation(format!(
            "The following endpoints are required for the CLI to function and were not specified on the command line, in the cloud config or could not be autodetected.\nSpecify them on the command line or through the cloud config file:\n{}",
            missing.join(", ")
        )));
    }
    for (k, flag) in [
        ("resourceManager", "--endpoint-resource-manager"),
        ("activeDirectory", "--endpoint-active-directory"),
    ] {
        let v = c.endpoint(k).unwrap_or_default();
        if !(v.starts_with("https://") || v.starts_with("http://")) {
            return Err(AzError::validation(format!(
                "{flag} '{v}' is not a URL: it must start with https://"
            )));
        }
    }
    file.custom.push(c);
    file.save(dir)?;
    Ok(None)
}

/// `GET {arm}/metadata/endpoints?api-version=2022-09-01`, with az's messages.
async fn discover(http: &reqwest::Client, arm: &str) -> Result<Value> {
    let url = cloud::metadata_url(arm);
    let fail = |detail: String| {
        AzError::validation(format!("Unable to get endpoints from the cloud.\n{detail}"))
    };
    let resp = http
        .get(&url)
        .timeout(crate::transport::http::timeout()?)
        .send()
        .await
        .map_err(|e| {
            fail(format!(
                "Please ensure you have network connection. Error detail: {}",
                crate::error::error_chain(&e)
            ))
        })?;
    let status = resp.status().as_u16();
    if status != 200 {
        return Err(fail(format!(
            "Server returned status code {status} for {url}"
        )));
    }
    let body = resp.bytes().await.map_err(|e| {
        fail(format!(
            "Please ensure you have network connection. Error detail: {}",
            crate::error::error_chain(&e)
        ))
    })?;
    serde_json::from_slice(&body).map_err(|e| {
        fail(format!(
            "Response body does not contain valid json. Error detail: {e}"
        ))
    })
}

/// `cloud set`: persists the active cloud and switches to that cloud's default account.
pub fn set(dir: &Path, name: &str, warn: &dyn Fn(&str)) -> Result<Output> {
    let mut file = CloudsFile::load(dir)?;
    file.get(name)?;
    let current = file
        .active
        .clone()
        .unwrap_or_else(|| cloud::DEFAULT_CLOUD.into());
    if current == name {
        return Ok(None);
    }
    file.active = Some(name.to_string());
    file.save(dir)?;
    warn(&format!("Switched active cloud to '{name}'."));
    let mut profile = ProfileFile::load(dir)?;
    let pick = profile
        .default_account(name)
        .or_else(|| {
            profile
                .for_cloud(name)
                .into_iter()
                .find(|a| a["state"] == "Enabled")
        })
        .map(|a| a["id"].as_str().unwrap_or_default().to_string());
    match pick {
        Some(id) => {
            let a = profile.set_default(name, &id)?;
            profile.save(dir)?;
            warn(&format!(
                "Active subscription switched to '{} ({})'.",
                a["name"].as_str().unwrap_or_default(),
                a["id"].as_str().unwrap_or_default()
            ));
        }
        None if name == cloud::LOCAL => {}
        None => {
            warn("Use 'az login' to log in to this cloud.");
            warn("Use 'az account set' to set the active subscription.");
        }
    }
    Ok(None)
}

pub fn unregister(dir: &Path, name: &str, active: &str) -> Result<Output> {
    let mut file = CloudsFile::load(dir)?;
    file.get(name)?;
    if name == active {
        return Err(AzError::validation(format!(
            "The cloud '{name}' cannot be unregistered as it's currently active."
        )));
    }
    if cloud::is_builtin(name) {
        return Err(AzError::validation(format!(
            "The cloud '{name}' cannot be unregistered as it's not a custom cloud."
        )));
    }
    file.custom.retain(|c| c.name != name);
    file.save(dir)?;
    Ok(None)
}
