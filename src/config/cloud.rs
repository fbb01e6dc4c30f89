//! Clouds: az's built-in ones (endpoints as az 2.91 has them), custom clouds registered with
//! `azr cloud register`, and `local`, the emulator built into azr. The active cloud is
//! `--cloud` > `AZR_CLOUD` > `azr cloud set` > `AzureCloud`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};

/// The name of the in-process emulator cloud.
pub const LOCAL: &str = "local";
pub const DEFAULT_CLOUD: &str = "AzureCloud";

const BUILTIN: &str = include_str!("builtin_clouds.json");

/// az's endpoint keys (`az cloud show`), all present in the output, null when unset.
pub const ENDPOINT_KEYS: [&str; 21] = [
    "activeDirectory",
    "activeDirectoryDataLakeResourceId",
    "activeDirectoryGraphResourceId",
    "activeDirectoryResourceId",
    "appInsightsResourceId",
    "appInsightsTelemetryChannelResourceId",
    "appServiceResourceId",
    "attestationResourceId",
    "azmirrorStorageAccountResourceId",
    "batchResourceId",
    "gallery",
    "logAnalyticsResourceId",
    "management",
    "mediaResourceId",
    "microsoftGraphResourceId",
    "ossrdbmsResourceId",
    "portal",
    "resourceManager",
    "sqlManagement",
    "synapseAnalyticsResourceId",
    "vmImageAliasDoc",
];

pub const SUFFIX_KEYS: [&str; 13] = [
    "acrLoginServerEndpoint",
    "attestationEndpoint",
    "azureDatalakeAnalyticsCatalogAndJobEndpoint",
    "azureDatalakeStoreFileSystemEndpoint",
    "keyvaultDns",
    "mariadbServerEndpoint",
    "mhsmDns",
    "mysqlServerEndpoint",
    "postgresqlServerEndpoint",
    "sqlServerHostname",
    "storageEndpoint",
    "storageSyncEndpoint",
    "synapseAnalyticsEndpoint",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cloud {
    pub name: String,
    #[serde(default)]
    pub endpoints: BTreeMap<String, Value>,
    #[serde(default)]
    pub suffixes: BTreeMap<String, Value>,
    #[serde(default = "latest")]
    pub profile: String,
}

fn latest() -> String {
    "latest".into()
}

impl Cloud {
    pub fn new(name: &str) -> Cloud {
        Cloud {
            name: name.into(),
            endpoints: BTreeMap::new(),
            suffixes: BTreeMap::new(),
            profile: latest(),
        }
    }

    pub fn is_local(&self) -> bool {
        self.name == LOCAL
    }

    pub fn endpoint(&self, key: &str) -> Option<&str> {
        self.endpoints
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// ARM's base URL, without a trailing slash.
    pub fn resource_manager(&self) -> Result<String> {
        self.endpoint("resourceManager")
            .map(|s| s.trim_end_matches('/').to_string())
            .ok_or_else(|| {
                AzError::validation(format!(
                    "The cloud '{}' has no resource manager endpoint.",
                    self.name
                ))
            })
    }

    /// The Entra ID authority host (`https://login.microsoftonline.com`).
    pub fn authority_host(&self) -> Result<String> {
        self.endpoint("activeDirectory")
            .map(|s| s.trim_end_matches('/').to_string())
            .ok_or_else(|| {
                AzError::validation(format!(
                    "The cloud '{}' has no active directory endpoint.",
                    self.name
                ))
            })
    }

    /// The token audience (`https://management.core.windows.net/`).
    pub fn arm_resource(&self) -> String {
        self.endpoint("activeDirectoryResourceId")
            .or_else(|| self.endpoint("management"))
            .unwrap_or("https://management.core.windows.net/")
            .to_string()
    }

    /// The scope az asks tokens for: the audience + `/.default`, which gives az's
    /// `https://management.core.windows.net//.default` (double slash) for the public cloud.
    pub fn arm_scope(&self) -> String {
        format!("{}/.default", self.arm_resource())
    }

    /// Microsoft Graph's resource id (`microsoftGraphResourceId`): its base URL and token
    /// audience. The local cloud answers as the public cloud.
    pub fn graph_resource(&self) -> Result<String> {
        if self.is_local() {
            return Ok("https://graph.microsoft.com/".into());
        }
        self.endpoint("microsoftGraphResourceId")
            .map(str::to_string)
            .ok_or_else(|| {
                AzError::validation(format!(
                    "The cloud '{}' has no Microsoft Graph endpoint (microsoftGraphResourceId).",
                    self.name
                ))
            })
    }

    /// The scope of Graph tokens, as az's `resource_to_scopes` makes it (`resource/.default`).
    pub fn graph_scope(&self) -> Result<String> {
        Ok(format!("{}/.default", self.graph_resource()?))
    }

    /// az's `cloud show` shape.
    pub fn to_json(&self, active: bool) -> Value {
        let fill = |keys: &[&str], map: &BTreeMap<String, Value>| -> Value {
            let mut out = Map::new();
            for k in keys {
                out.insert((*k).into(), map.get(*k).cloned().unwrap_or(Value::Null));
            }
            // Keys az does not know (from a cloud config) are kept.
            for (k, v) in map {
                out.entry(k.clone()).or_insert_with(|| v.clone());
            }
            Value::Object(out)
        };
        json!({
            "endpoints": fill(&ENDPOINT_KEYS, &self.endpoints),
            "isActive": active,
            "name": self.name,
            "profile": self.profile,
            "suffixes": fill(&SUFFIX_KEYS, &self.suffixes),
        })
    }
}

/// The built-in clouds: az's known clouds, then `local`.
pub fn builtin() -> Vec<Cloud> {
    let mut clouds: Vec<Cloud> = serde_json::from_str(BUILTIN).unwrap_or_default();
    clouds.push(Cloud::new(LOCAL));
    clouds
}

pub fn is_builtin(name: &str) -> bool {
    builtin().iter().any(|c| c.name == name)
}

/// `clouds.json`: what `cloud register|set` and `account set` leave behind.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CloudsFile {
    /// Set by `azr cloud set`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<String>,
    #[serde(default)]
    pub custom: Vec<Cloud>,
}

pub fn clouds_path(dir: &Path) -> PathBuf {
    dir.join("clouds.json")
}

impl CloudsFile {
    pub fn load(dir: &Path) -> Result<CloudsFile> {
        super::read_json(&clouds_path(dir))
    }
    pub fn save(&self, dir: &Path) -> Result<()> {
        super::write_json(&clouds_path(dir), self, false)
    }

    pub fn all(&self) -> Vec<Cloud> {
        let mut all = builtin();
        all.extend(self.custom.iter().cloned());
        all
    }

    pub fn find(&self, name: &str) -> Option<Cloud> {
        self.all().into_iter().find(|c| c.name == name)
    }

    pub fn get(&self, name: &str) -> Result<Cloud> {
        self.find(name).ok_or_else(|| not_registered(name))
    }
}

pub fn not_registered(name: &str) -> AzError {
    AzError::validation(format!("The cloud '{name}' is not registered."))
}

/// The name of the active cloud: `--cloud` > `AZR_CLOUD` > `azr cloud set` > AzureCloud.
pub fn active_name(flag: Option<&str>, file: &CloudsFile) -> String {
    if let Some(f) = flag.filter(|f| !f.is_empty()) {
        return f.to_string();
    }
    if let Ok(env) = std::env::var("AZR_CLOUD")
        && !env.is_empty()
    {
        return env;
    }
    file.active.clone().unwrap_or_else(|| DEFAULT_CLOUD.into())
}

/// The active cloud, which must be registered.
pub fn active(dir: &Path, flag: Option<&str>) -> Result<Cloud> {
    let file = CloudsFile::load(dir)?;
    let name = active_name(flag, &file);
    file.get(&name)
}

/// Maps ARM's `/metadata/endpoints` document to a cloud, as az's `_arm_to_cli_mapper`
/// (arm-api.md §5.2): required `authentication.loginEndpoint`, `authentication.audiences[0]`
/// and `suffixes`; the rest optional.
pub fn from_arm_metadata(name: &str, doc: &Value) -> Result<Cloud> {
    let bad = |what: &str| {
        AzError::validation(format!(
            "Unable to get endpoints from the cloud.\nResponse body does not contain valid json. Error detail: missing {what}"
        ))
    };
    let auth = doc
        .get("authentication")
        .ok_or_else(|| bad("'authentication'"))?;
    let login = auth
        .get("loginEndpoint")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("'authentication.loginEndpoint'"))?;
    let audience = auth
        .get("audiences")
        .and_then(|a| a.get(0))
        .and_then(Value::as_str)
        .ok_or_else(|| bad("'authentication.audiences'"))?;
    let suffixes = doc
        .get("suffixes")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("'suffixes'"))?;
    let meta_name = doc.get("name").and_then(Value::as_str).unwrap_or(name);
    // A built-in cloud of the same name supplies what the document lacks (az's fallbacks).
    let fallback = builtin().into_iter().find(|c| c.name == meta_name);
    let fb_endpoint = |k: &str| {
        fallback
            .as_ref()
            .and_then(|c| c.endpoints.get(k).cloned())
            .unwrap_or(Value::Null)
    };
    let fb_suffix = |k: &str| {
        fallback
            .as_ref()
            .and_then(|c| c.suffixes.get(k).cloned())
            .unwrap_or(Value::Null)
    };

    let mut c = Cloud::new(name);
    let mut e = |key: &str, v: Value| {
        if !v.is_null() {
            c.endpoints.insert(key.into(), v);
        }
    };
    let get = |k: &str| doc.get(k).cloned();
    e("activeDirectory", json!(login));
    e("activeDirectoryResourceId", json!(audience));
    e("management", json!(audience));
    let direct = [
        (
            "activeDirectoryDataLakeResourceId",
            "activeDirectoryDataLake",
        ),
        ("activeDirectoryGraphResourceId", "graphAudience"),
        (
            "azmirrorStorageAccountResourceId",
            "azmirrorStorageAccountResourceId",
        ),
        ("batchResourceId", "batch"),
        ("gallery", "gallery"),
        ("mediaResourceId", "media"),
        ("portal", "portal"),
        ("resourceManager", "resourceManager"),
        ("sqlManagement", "sqlManagement"),
        ("vmImageAliasDoc", "vmImageAliasDoc"),
    ];
    for (ours, theirs) in direct {
        e(ours, get(theirs).unwrap_or(Value::Null));
    }
    let with_fallback = [
        "appInsightsResourceId",
        "appInsightsTelemetryChannelResourceId",
        "appServiceResourceId",
        "attestationResourceId",
        "logAnalyticsResourceId",
        "microsoftGraphResourceId",
        "ossrdbmsResourceId",
        "synapseAnalyticsResourceId",
    ];
    for k in with_fallback {
        e(k, get(k).unwrap_or_else(|| fb_endpoint(k)));
    }
    if meta_name == DEFAULT_CLOUD {
        // az overrides ARM's value for the public cloud.
        c.endpoints.insert(
            "activeDirectory".into(),
            json!("https://login.microsoftonline.com"),
        );
    }

    let dot = |v: &Value| match v.as_str() {
        Some(s) if !s.starts_with('.') => json!(format!(".{s}")),
        _ => v.clone(),
    };
    let suffix = |k: &str, add_dot: bool| -> Option<Value> {
        suffixes
            .get(k)
            .map(|v| if add_dot { dot(v) } else { v.clone() })
    };
    let sql = suffix("sqlServerHostname", true);
    let db = |prefix: &str| -> Value {
        if meta_name == DEFAULT_CLOUD {
            return json!(format!("{prefix}.database.azure.com"));
        }
        match sql.as_ref().and_then(Value::as_str) {
            Some(s) => json!(format!("{prefix}{s}")),
            None => Value::Null,
        }
    };
    let mut s = |key: &str, v: Option<Value>, fb: Value| {
        let v = v.unwrap_or(fb);
        if !v.is_null() {
            c.suffixes.insert(key.into(), v);
        }
    };
    s(
        "acrLoginServerEndpoint",
        suffix("acrLoginServer", true),
        Value::Null,
    );
    s(
        "attestationEndpoint",
        suffix("attestationEndpoint", true),
        fb_suffix("attestationEndpoint"),
    );
    s(
        "azureDatalakeAnalyticsCatalogAndJobEndpoint",
        suffix("azureDataLakeAnalyticsCatalogAndJob", false),
        Value::Null,
    );
    s(
        "azureDatalakeStoreFileSystemEndpoint",
        suffix("azureDataLakeStoreFileSystem", false),
        Value::Null,
    );
    s("keyvaultDns", suffix("keyVaultDns", true), Value::Null);
    s(
        "mariadbServerEndpoint",
        suffix("mariadbServerEndpoint", true),
        db(".mariadb"),
    );
    s("mhsmDns", suffix("mhsmDns", true), fb_suffix("mhsmDns"));
    s(
        "mysqlServerEndpoint",
        suffix("mysqlServerEndpoint", true),
        db(".mysql"),
    );
    s(
        "postgresqlServerEndpoint",
        suffix("postgresqlServerEndpoint", true),
        db(".postgres"),
    );
    s("sqlServerHostname", sql.clone(), Value::Null);
    s("storageEndpoint", suffix("storage", false), Value::Null);
    s(
        "storageSyncEndpoint",
        suffix("storageSyncEndpointSuffix", false),
        fb_suffix("storageSyncEndpoint"),
    );
    s(
        "synapseAnalyticsEndpoint",
        suffix("synapseAnalytics", true),
        fb_suffix("synapseAnalyticsEndpoint"),
    );
    Ok(c)
}

/// The URL az reads cloud metadata from: `{arm}/metadata/endpoints?api-version=2022-09-01`
/// (az keeps a trailing slash of the ARM URL, giving `//metadata`).
pub fn metadata_url(arm: &str) -> String {
    format!("{arm}/metadata/endpoints?api-version=2022-09-01")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_clouds_have_az_endpoints() {
        let all = builtin();
        let names: Vec<_> = all.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "AzureCloud",
                "AzureChinaCloud",
                "AzureUSGovernment",
                "AzureBleuCloud",
                "local"
            ]
        );
        let public = &all[0];
        assert_eq!(
            public.resource_manager().unwrap(),
            "https://management.azure.com"
        );
        assert_eq!(
            public.authority_host().unwrap(),
            "https://login.microsoftonline.com"
        );
        assert_eq!(
            public.arm_scope(),
            "https://management.core.windows.net//.default"
        );
        let china = &all[1];
        assert_eq!(
            china.resource_manager().unwrap(),
            "https://management.chinacloudapi.cn"
        );
        assert_eq!(
            china.arm_scope(),
            "https://management.core.chinacloudapi.cn//.default"
        );
        let gov = &all[2];
        assert_eq!(
            gov.authority_host().unwrap(),
            "https://login.microsoftonline.us"
        );
        assert_eq!(
            gov.resource_manager().unwrap(),
            "https://management.usgovcloudapi.net"
        );
    }

    #[test]
    fn show_shape_lists_every_key() {
        let c = Cloud::new("X");
        let v = c.to_json(true);
        assert_eq!(v["endpoints"].as_object().unwrap().len(), 21);
        assert_eq!(v["suffixes"].as_object().unwrap().len(), 13);
        assert_eq!(v["isActive"], json!(true));
        assert_eq!(v["profile"], json!("latest"));
        assert!(v["endpoints"]["resourceManager"].is_null());
    }

    #[test]
    fn metadata_maps_like_az() {
        let doc = json!({
            "name": "Stack",
            "resourceManager": "https://127.0.0.1:8443/",
            "portal": "https://portal.local",
            "graphAudience": "https://graph.local/",
            "authentication": {
                "loginEndpoint": "https://127.0.0.1:8443",
                "audiences": ["https://management.core.windows.net/", "https://other"],
                "tenant": "common",
                "identityProvider": "AAD"
            },
            "suffixes": {"storage": "core.local", "keyVaultDns": "vault.local", "sqlServerHostname": "database.local"}
        });
        let c = from_arm_metadata("Mine", &doc).unwrap();
        assert_eq!(c.name, "Mine");
        assert_eq!(
            c.endpoint("activeDirectory"),
            Some("https://127.0.0.1:8443")
        );
        assert_eq!(
            c.endpoint("activeDirectoryResourceId"),
            Some("https://management.core.windows.net/")
        );
        assert_eq!(
            c.endpoint("management"),
            Some("https://management.core.windows.net/")
        );
        assert_eq!(
            c.endpoint("activeDirectoryGraphResourceId"),
            Some("https://graph.local/")
        );
        assert_eq!(c.resource_manager().unwrap(), "https://127.0.0.1:8443");
        assert_eq!(c.suffixes["storageEndpoint"], json!("core.local"));
        assert_eq!(c.suffixes["keyvaultDns"], json!(".vault.local"));
        assert_eq!(c.suffixes["sqlServerHostname"], json!(".database.local"));
        assert_eq!(
            c.suffixes["mysqlServerEndpoint"],
            json!(".mysql.database.local")
        );
        assert!(!c.suffixes.contains_key("acrLoginServerEndpoint"));
    }

    #[test]
    fn metadata_of_public_cloud_uses_az_overrides_and_fallbacks() {
        let doc = json!({
            "name": "AzureCloud",
            "resourceManager": "https://management.azure.com/",
            "authentication": {"loginEndpoint": "https://login.microsoftonline.com/", "audiences": ["https://management.core.windows.net/"]},
            "suffixes": {}
        });
        let c = from_arm_metadata("AzureCloud2", &doc).unwrap();
        assert_eq!(
            c.endpoint("activeDirectory"),
            Some("https://login.microsoftonline.com")
        );
        assert_eq!(
            c.endpoint("microsoftGraphResourceId"),
            Some("https://graph.microsoft.com/")
        );
        assert_eq!(
            c.suffixes["mysqlServerEndpoint"],
            json!(".mysql.database.azure.com")
        );
    }

    #[test]
    fn metadata_without_required_keys_is_rejected() {
        for doc in [
            json!({"name": "x", "suffixes": {}}),
            json!({"name": "x", "authentication": {"audiences": ["a"]}, "suffixes": {}}),
            json!({"name": "x", "authentication": {"loginEndpoint": "https://l", "audiences": []}, "suffixes": {}}),
            json!({"name": "x", "authentication": {"loginEndpoint": "https://l", "audiences": ["a"]}}),
        ] {
            let e = from_arm_metadata("x", &doc).unwrap_err();
            assert!(
                e.message
                    .starts_with("Unable to get endpoints from the cloud."),
                "{e}"
            );
        }
    }

    #[test]
    fn active_cloud_precedence() {
        let file = CloudsFile {
            active: Some("AzureChinaCloud".into()),
            custom: vec![],
        };
        // The flag wins over the file (AZR_CLOUD is not set in unit tests).
        assert_eq!(active_name(Some("local"), &file), "local");
        if std::env::var_os("AZR_CLOUD").is_none() {
            assert_eq!(active_name(None, &file), "AzureChinaCloud");
            assert_eq!(active_name(None, &CloudsFile::default()), "AzureCloud");
        }
    }
}
