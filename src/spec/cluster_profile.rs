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

/// The cluster-profile flags as given (after clap). `aks create` has only some of them.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    /// `[disk, file, blob, snapshot controller]`, in `STORAGE_PARTS`' order.
    pub storage: [Switch; 4],
}

/// `aks create`'s cluster profile: the autoscaler profile as given (az checks it while building
/// the cluster, after its GETs) and each storage part's `enabled`, `None` when not given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClusterProfile {
    pub cluster_autoscaler_profile: Option<Vec<String>>,
    pub storage: [Option<bool>; 4],
}

impl ClusterProfile {
    /// az's `set_up_auto_scaler_profile` check, run where az runs it (after the GETs).
    pub fn check_decorator_rules(&self) -> Result<()> {
        self.autoscaler_profile().map(|_| ())
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
        })
    }

    /// `aks update`: the autoscaler profile is parsed by `check_raw_parameters`, before the GET.
    pub fn validate_update(self, yes: bool) -> Result<ProfileUpdate> {
        Ok(ProfileUpdate {
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
        self.autoscaler_profile.is_some() || self.storage.iter().any(|s| s.given())
    }
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
