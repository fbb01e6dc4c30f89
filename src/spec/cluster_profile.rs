//! The cluster-profile flags of `aks create` and `aks update`: the cluster autoscaler profile
//! (`--cluster-autoscaler-profile`/`--ca-profile`) and the storage profile's CSI drivers and
//! snapshot controller, read as az 2.91's `AKSManagedClusterContext` getters read them.

use serde_json::{Map, Value};

use crate::error::{AzError, Result};

/// `ManagedClusterPropertiesAutoScalerProfile`'s attributes, `_` spelled `-` (az's valid keys,
/// in the SDK model's order, which is the order az's error lists them in).
pub const AUTOSCALER_PROFILE_KEYS: &[&str] = &[
    "balance-similar-node-groups",
    "daemonset-eviction-for-empty-nodes",
    "daemonset-eviction-for-occupied-nodes",
    "ignore-daemonsets-utilization",
    "expander",
    "max-empty-bulk-delete",
    "max-graceful-termination-sec",
    "max-node-provision-time",
    "max-total-unready-percentage",
    "new-pod-scale-up-delay",
    "ok-total-unready-count",
    "scan-interval",
    "scale-down-delay-after-add",
    "scale-down-delay-after-delete",
    "scale-down-delay-after-failure",
    "scale-down-unneeded-time",
    "scale-down-unready-time",
    "scale-down-utilization-threshold",
    "skip-nodes-with-local-storage",
    "skip-nodes-with-system-pods",
];

/// The keys whose value az turns into a JSON boolean (the rest are sent as strings).
const BOOLEAN_KEYS: &[&str] = &[
    "daemonset-eviction-for-empty-nodes",
    "daemonset-eviction-for-occupied-nodes",
    "ignore-daemonsets-utilization",
];

/// `--cluster-autoscaler-profile` as az's `__validate_cluster_autoscaler_profile` reads it: each
/// value split on `,` into `key[=value]` (no stripping, a later key overwriting in place), every
/// key one of the model's, the boolean keys `true`/`false` in any case. `[""]` is `{}`, which
/// clears the profile.
pub fn autoscaler_profile(values: &[String]) -> Result<Map<String, Value>> {
    // Python's dict: insertion order (az reports the first bad key), a repeated key in place.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for raw in values.iter().filter(|v| !v.is_empty()) {
        for item in raw.split(',') {
            let kv: Vec<&str> = item.split('=').collect();
            if kv.len() > 2 {
                return Err(AzError::validation(format!(
                    "The format of '{item}' in '{raw}' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
                )));
            }
            let value = kv.get(1).copied().unwrap_or("").to_string();
            match pairs.iter_mut().find(|(k, _)| k == kv[0]) {
                Some(pair) => pair.1 = value,
                None => pairs.push((kv[0].to_string(), value)),
            }
        }
    }
    let mut profile = Map::new();
    for (key, text) in pairs {
        if key.is_empty() {
            return Err(AzError::validation(
                "Empty key specified for cluster-autoscaler-profile",
            ));
        }
        if !AUTOSCALER_PROFILE_KEYS.contains(&key.as_str()) {
            return Err(AzError::validation(format!(
                "'{key}' is an invalid key for cluster-autoscaler-profile. Valid keys are {}.",
                AUTOSCALER_PROFILE_KEYS.join(", ")
            )));
        }
        let value = if BOOLEAN_KEYS.contains(&key.as_str()) {
            match text.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => {
                    return Err(AzError::validation(format!(
                        "Value '{text}' for cluster-autoscaler-profile key '{key}' must be either 'true' or 'false'."
                    )));
                }
            }
        } else {
            Value::String(text)
        };
        profile.insert(key, value);
    }
    Ok(profile)
}

/// One storage switch as given: `--enable-X` and/or `--disable-X`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Switch {
    pub enable: bool,
    pub disable: bool,
}

impl Switch {
    fn given(self) -> bool {
        self.enable || self.disable
    }
}

/// The storage profile's four parts, in the order az's `get_storage_profile` reads them: the
/// wire key, the flag stem, and the question az asks (update only) before switching it.
pub struct StoragePart {
    pub key: &'static str,
    pub flag: &'static str,
    /// The mutual-exclusion error's spelling of the flag stem (az writes `snapshot_controller`).
    pub error_flag: &'static str,
    pub disable_question: &'static str,
}

pub const STORAGE_PARTS: [StoragePart; 4] = [
    StoragePart {
        key: "diskCSIDriver",
        flag: "disk-driver",
        error_flag: "disk-driver",
        disable_question: "Please make sure there are no existing PVs and PVCs that are used by AzureDisk CSI driver before disabling.",
    },
    StoragePart {
        key: "fileCSIDriver",
        flag: "file-driver",
        error_flag: "file-driver",
        disable_question: "Please make sure there are no existing PVs and PVCs that are used by AzureFile CSI driver before disabling.",
    },
    StoragePart {
        key: "blobCSIDriver",
        flag: "blob-driver",
        error_flag: "blob-driver",
        disable_question: "Please make sure there are no existing PVs and PVCs that are used by Blob CSI driver before disabling.",
    },
    StoragePart {
        key: "snapshotController",
        flag: "snapshot-controller",
        error_flag: "snapshot_controller",
        disable_question: "Please make sure there are no existing VolumeSnapshots, VolumeSnapshotClasses and VolumeSnapshotContents that are used by the snapshot controller before disabling.",
    },
];

/// az asks this before enabling the blob driver on an existing cluster.
pub const ENABLE_BLOB_QUESTION: &str =
    "Please make sure there is no open-source Blob CSI driver installed before enabling.";

/// A yes/no question put to the user (knack's `prompt_y_n`, default no). The default answers
/// no, as nobody can answer without a terminal; the app installs one that asks.
#[derive(Clone, Copy)]
pub struct Ask(pub fn(&str) -> bool);

impl Default for Ask {
    fn default() -> Self {
        Ask(|_| false)
    }
}

impl std::fmt::Debug for Ask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ask")
    }
}

impl PartialEq for Ask {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Ask {}

/// `--http-proxy-config FILE`: the path, and the file's text once the app has read it (az
/// reads it while building the cluster; a file that is not there fails then, after the GETs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpProxyFile {
    pub path: String,
    /// `None`: not a readable file.
    pub text: Option<String>,
}

impl HttpProxyFile {
    /// az's `get_http_proxy_config`: the file's JSON object, sent as it is.
    pub fn config(&self) -> Result<Map<String, Value>> {
        let path = &self.path;
        let Some(text) = &self.text else {
            return Err(AzError::validation(format!(
                "{path} is not valid file, or not accessable."
            )));
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(config)) => Ok(config),
            Ok(_) => Err(AzError::validation(format!(
                "Error reading Http Proxy Config from {path}. Please see https://aka.ms/HttpProxyConfig for correct format."
            ))),
            // az's framing (get_file_json); the detail is serde's, not Python's json module's
            Err(e) => Err(AzError::validation(format!(
                "Failed to parse file '{path}' with exception:\nFailed to parse string as JSON:\n{text}\nError detail: {e}"
            ))),
        }
    }
}

/// `--enable-force-upgrade`, `--disable-force-upgrade`, `--upgrade-override-until`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpgradeOverride {
    /// az's `get_force_upgrade`: `None` unless one of the two switches is given.
    pub force_upgrade: Option<bool>,
    /// `until` as given (az parses it after the GET: `until()`).
    pub until: Option<String>,
}

/// The cluster-profile flags as given (after clap). `aks create` has only some of them.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    /// `[disk, file, blob, snapshot controller]`, in `STORAGE_PARTS`' order.
    pub storage: [Switch; 4],
    pub http_proxy_config: Option<String>,
    /// `--enable-http-proxy`, `--disable-http-proxy` (update only).
    pub http_proxy: Switch,
    /// `--enable-force-upgrade`, `--disable-force-upgrade` (update only).
    pub force_upgrade: Switch,
    pub upgrade_override_until: Option<String>,
    /// `--nodepool-labels`, `--nodepool-taints` of `aks update` (every pool).
    pub nodepool_labels: Option<Vec<String>>,
    pub nodepool_taints: Option<String>,
}

/// `aks create`'s cluster profile: the autoscaler profile as given (az checks it while building
/// the cluster, after its GETs) and each storage part's `enabled`, `None` when not given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClusterProfile {
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    pub storage: [Option<bool>; 4],
    pub http_proxy_config: Option<HttpProxyFile>,
}

impl ClusterProfile {
    /// az's `set_up_auto_scaler_profile` check, run where az runs it (after the GETs).
    pub fn check_decorator_rules(&self) -> Result<()> {
        self.autoscaler_profile()?;
        if let Some(file) = &self.http_proxy_config {
            file.config()?;
        }
        Ok(())
    }

    /// The `autoScalerProfile` to send, `None` when the flag is absent.
    pub fn autoscaler_profile(&self) -> Result<Option<Map<String, Value>>> {
        self.cluster_autoscaler_profile
            .as_deref()
            .map(autoscaler_profile)
            .transpose()
    }
}

/// `aks update`'s cluster profile: the parsed autoscaler profile (az parses it before the GET)
/// and the storage switches (az checks them after the GET).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileUpdate {
    pub autoscaler_profile: Option<Map<String, Value>>,
    pub storage: [Switch; 4],
    pub http_proxy_config: Option<HttpProxyFile>,
    pub http_proxy: Switch,
    pub upgrade_override: UpgradeOverride,
    /// Every pool's labels (`{}` clears them), as `validate_nodepool_labels` read them.
    pub nodepool_labels: Option<Map<String, Value>>,
    /// Every pool's taints (`[]` for `""`).
    pub nodepool_taints: Option<Vec<String>>,
    /// `--yes`: no question is asked.
    pub yes: bool,
    pub ask: Ask,
}

impl ProfileInput {
    /// `aks create`: `--disable-disk-driver`, `--disable-file-driver`, `--enable-blob-driver`,
    /// `--disable-snapshot-controller` (the create getters set `enabled` only from these).
    pub fn validate_create(self) -> Result<ClusterProfile> {
        let [disk, file, blob, snapshot] = self.storage;
        Ok(ClusterProfile {
            cluster_autoscaler_profile: self.cluster_autoscaler_profile,
            storage: [
                disk.given().then_some(!disk.disable),
                file.disable.then_some(false),
                blob.enable.then_some(true),
                snapshot.disable.then_some(false),
            ],
            http_proxy_config: self.http_proxy_config.filter(|p| !p.is_empty()).map(unread),
        })
    }

    /// `aks update`: the autoscaler profile is parsed by `check_raw_parameters`, before the GET.
    pub fn validate_update(self, yes: bool) -> Result<ProfileUpdate> {
        // argparse's validator, before anything else
        if self.force_upgrade.enable && self.force_upgrade.disable {
            return Err(AzError::validation(
                "Providing both --disable-force-upgrade and --enable-force-upgrade flags is invalid",
            ));
        }
        let force = self.force_upgrade;
        // argparse's validators, before the GET
        let labels = self
            .nodepool_labels
            .as_deref()
            .map(super::pool_settings::parse_labels)
            .transpose()?;
        let taints = self
            .nodepool_taints
            .as_deref()
            .map(super::pool_settings::parse_taints)
            .transpose()?;
        Ok(ProfileUpdate {
            nodepool_labels: labels.map(|l| match l.to_json_object() {
                Value::Object(m) => m,
                _ => Map::new(),
            }),
            nodepool_taints: taints,
            http_proxy_config: self.http_proxy_config.filter(|p| !p.is_empty()).map(unread),
            http_proxy: self.http_proxy,
            upgrade_override: UpgradeOverride {
                force_upgrade: force.given().then_some(force.enable),
                until: self.upgrade_override_until,
            },
            autoscaler_profile: self
                .cluster_autoscaler_profile
                .as_deref()
                .map(autoscaler_profile)
                .transpose()?,
            storage: self.storage,
            yes,
            ask: Ask::default(),
        })
    }
}

impl ProfileUpdate {
    /// `check_raw_parameters`: any of these flags given counts (`--ca-profile ""` too: az sees a
    /// non-empty list).
    pub fn changes_anything(&self) -> bool {
        self.autoscaler_profile.is_some()
            || self.storage.iter().any(|s| s.given())
            || self.http_proxy_config.is_some()
            // `check_raw_parameters` asks about these by `is None`: `{}` and `[]` count
            || self.nodepool_labels.is_some()
            || self.nodepool_taints.is_some()
            || self.http_proxy.given()
            || self.upgrade_override.force_upgrade.is_some()
            || self
                .upgrade_override
                .until
                .as_ref()
                .is_some_and(|u| !u.is_empty())
    }
}

impl UpgradeOverride {
    /// `until` in the form the SDK sends it, or az's error.
    pub fn until(&self) -> Result<Option<String>> {
        self.until
            .as_deref()
            .map(|u| {
                rfc3339_utc(u).ok_or_else(|| {
                    AzError::validation(format!("{u} is not a valid datatime format."))
                })
            })
            .transpose()
    }
}

impl ClusterProfile {
    /// Reads the `--http-proxy-config` file with `read` (the app's file access).
    pub fn load_files(&mut self, read: impl Fn(&str) -> Option<String>) {
        if let Some(f) = &mut self.http_proxy_config {
            f.text = read(&f.path);
        }
    }
}

impl ProfileUpdate {
    /// Reads the `--http-proxy-config` file with `read` (the app's file access).
    pub fn load_files(&mut self, read: impl Fn(&str) -> Option<String>) {
        if let Some(f) = &mut self.http_proxy_config {
            f.text = read(&f.path);
        }
    }
}

/// A `--http-proxy-config` path, its file not read yet (the app reads it: `load_files`).
fn unread(path: String) -> HttpProxyFile {
    HttpProxyFile { path, text: None }
}

/// `--upgrade-override-until` as dateutil reads ISO 8601 (a date, or a date and time with
/// optional seconds, fraction and offset; no offset is UTC), written as the SDK writes a
/// datetime: UTC, `Z`, microseconds only when not zero. Other spellings dateutil knows
/// (`Dec 31 2026`) are refused.
pub fn rfc3339_utc(value: &str) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    use time::macros::format_description;
    use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};
    let v = value.trim();
    let date_fmt = format_description!("[year]-[month]-[day]");
    let (date_part, rest) = match v.find(['T', 't', ' ']) {
        Some(i) => (&v[..i], Some(&v[i + 1..])),
        None => (v, None),
    };
    let date = Date::parse(date_part, date_fmt).ok()?;
    let (time, offset) = match rest {
        None => (Time::MIDNIGHT, UtcOffset::UTC),
        Some(rest) => {
            let (clock, offset) = match rest.find(['Z', 'z', '+', '-']) {
                Some(i) => (&rest[..i], Some(&rest[i..])),
                None => (rest, None),
            };
            let offset = match offset {
                None | Some("Z" | "z") => UtcOffset::UTC,
                Some(o) => {
                    let sign = if o.starts_with('-') { -1 } else { 1 };
                    let digits: String = o[1..].chars().filter(|c| *c != ':').collect();
                    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
                        return None;
                    }
                    let (h, m) = (
                        digits[..2].parse::<i8>().ok()?,
                        digits[2..].parse::<i8>().ok()?,
                    );
                    UtcOffset::from_hms(sign * h, sign * m, 0).ok()?
                }
            };
            let (hms, frac) = match clock.split_once('.') {
                Some((hms, frac)) => (hms, Some(frac)),
                None => (clock, None),
            };
            let parts: Vec<&str> = hms.split(':').collect();
            if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2) {
                return None;
            }
            let num = |s: &str| s.parse::<u8>().ok();
            let micro = match frac {
                None => 0,
                Some(f) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => {
                    let six: String = f.chars().chain(std::iter::repeat('0')).take(6).collect();
                    six.parse::<u32>().ok()?
                }
                Some(_) => return None,
            };
            let secs = parts.get(2).map_or(Some(0), |s| num(s))?;
            let t = Time::from_hms_micro(num(parts[0])?, num(parts[1])?, secs, micro).ok()?;
            (t, offset)
        }
    };
    let utc: OffsetDateTime = PrimitiveDateTime::new(date, time)
        .assume_offset(offset)
        .to_offset(UtcOffset::UTC);
    let text = utc.format(&Rfc3339).ok()?;
    // time writes fractions without trailing zeros; Python's isoformat writes six digits
    let text = match text.split_once('.') {
        Some((head, frac)) => {
            let digits = frac.trim_end_matches('Z');
            format!("{head}.{digits:0<6}Z")
        }
        None => text,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(values: &[&str]) -> Result<Value> {
        let v: Vec<String> = values.iter().map(|s| s.to_string()).collect();
        autoscaler_profile(&v).map(Value::Object)
    }

    #[test]
    fn autoscaler_profile_as_az_reads_it() {
        assert_eq!(
            parse(&[
                "scan-interval=30s,expander=least-waste",
                "expander=priority"
            ])
            .unwrap(),
            json!({"scan-interval": "30s", "expander": "priority"})
        );
        assert_eq!(
            parse(&[
                "daemonset-eviction-for-empty-nodes=TRUE",
                "ignore-daemonsets-utilization=false"
            ])
            .unwrap(),
            json!({"daemonset-eviction-for-empty-nodes": true, "ignore-daemonsets-utilization": false})
        );
        assert_eq!(parse(&[""]).unwrap(), json!({}));
        assert_eq!(
            parse(&["scan-interval"]).unwrap(),
            json!({"scan-interval": ""})
        );
    }

    #[test]
    fn autoscaler_profile_errors_as_az() {
        let e = |v: &[&str]| parse(v).unwrap_err().message;
        assert_eq!(
            e(&["a=b=c"]),
            "The format of 'a=b=c' in 'a=b=c' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
        );
        assert_eq!(
            e(&["scan-interval=1s,"]),
            "Empty key specified for cluster-autoscaler-profile"
        );
        assert!(e(&["scan_interval=1s"]).starts_with(
            "'scan_interval' is an invalid key for cluster-autoscaler-profile. Valid keys are balance-similar-node-groups, daemonset-eviction-for-empty-nodes,"
        ));
        assert_eq!(
            e(&["daemonset-eviction-for-occupied-nodes=yes"]),
            "Value 'yes' for cluster-autoscaler-profile key 'daemonset-eviction-for-occupied-nodes' must be either 'true' or 'false'."
        );
    }

    #[test]
    fn override_until_as_dateutil_and_the_sdk_write_it() {
        let r = |v: &str| rfc3339_utc(v);
        assert_eq!(
            r("2026-12-31T13:00:00Z").as_deref(),
            Some("2026-12-31T13:00:00Z")
        );
        assert_eq!(r("2026-12-31").as_deref(), Some("2026-12-31T00:00:00Z"));
        assert_eq!(
            r("2026-12-31T13:00:00.5+02:00").as_deref(),
            Some("2026-12-31T11:00:00.500000Z")
        );
        assert_eq!(
            r("2026-12-31 13:00").as_deref(),
            Some("2026-12-31T13:00:00Z")
        );
        assert_eq!(
            r("2026-12-31T13:00:00-0130").as_deref(),
            Some("2026-12-31T14:30:00Z")
        );
        assert_eq!(r("someday"), None);
        assert_eq!(r(""), None);
        assert_eq!(r("2026-13-01"), None);
    }

    #[test]
    fn http_proxy_file_as_az_reads_it() {
        let f = |text: Option<&str>| HttpProxyFile {
            path: "p.json".into(),
            text: text.map(str::to_string),
        };
        assert_eq!(
            f(Some("\u{feff}{\"httpProxy\": \"http://p:1/\"}"))
                .config()
                .unwrap()["httpProxy"],
            "http://p:1/"
        );
        assert_eq!(
            f(None).config().unwrap_err().message,
            "p.json is not valid file, or not accessable."
        );
        assert_eq!(
            f(Some("[]")).config().unwrap_err().message,
            "Error reading Http Proxy Config from p.json. Please see https://aka.ms/HttpProxyConfig for correct format."
        );
        assert!(
            f(Some("{")).config().unwrap_err().message.starts_with(
                "Failed to parse file 'p.json' with exception:\nFailed to parse string as JSON:\n{\nError detail: "
            )
        );
    }

    #[test]
    fn create_storage_switches() {
        let on = Switch {
            enable: true,
            disable: false,
        };
        let off = Switch {
            enable: false,
            disable: true,
        };
        let p = ProfileInput {
            storage: [off, off, on, off],
            ..Default::default()
        };
        assert_eq!(
            p.validate_create().unwrap().storage,
            [Some(false), Some(false), Some(true), Some(false)]
        );
        let none = ProfileInput::default().validate_create().unwrap();
        assert_eq!(none.storage, [None; 4]);
        assert!(
            !ProfileInput::default()
                .validate_update(false)
                .unwrap()
                .changes_anything()
        );
        let clear = ProfileInput {
            cluster_autoscaler_profile: Some(vec![String::new()]),
            ..Default::default()
        };
        assert!(clear.validate_update(false).unwrap().changes_anything());
    }
}
