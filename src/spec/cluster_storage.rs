//! Azure Container Storage flags of `aks create|update` (`--enable-azure-container-storage`,
//! `--disable-azure-container-storage`, `--container-storage-version`, `--storage-pool-*`):
//! az's argument action (`_get_container_storage_enum_type`) and its validators for the latest
//! version (`azurecontainerstorage/_validators.py`). None of them is part of the cluster body:
//! they decide the cluster extension that `commands::aks_storage` installs, changes or removes.

use crate::error::{AzError, Result};

/// The storage pool types `--enable-azure-container-storage` takes, in az's order.
const ENABLE_CHOICES: &[&str] = &["azureDisk", "ephemeralDisk", "elasticSan"];
/// `--disable-azure-container-storage` also takes `all`.
const DISABLE_CHOICES: &[&str] = &["azureDisk", "ephemeralDisk", "elasticSan", "all"];
pub const EPHEMERAL_DISK: &str = "ephemeralDisk";
pub const ELASTIC_SAN: &str = "elasticSan";
const ALL: &str = "all";

/// What one of the two switches was given: alone (az's `True`), one type, or several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Options {
    Flag,
    One(String),
    Many(Vec<String>),
}

impl Options {
    /// az's `AzureContainerStorageAction`: no value is `True`; values match case-insensitively
    /// and come back in the choices' order; anything else is an InvalidArgumentValueError.
    fn parse(values: Vec<String>, choices: &[&str]) -> Result<Options> {
        if values.is_empty() {
            return Ok(Options::Flag);
        }
        let normalized: Vec<String> = values.iter().map(|v| v.trim().to_lowercase()).collect();
        let valid: Vec<String> = choices
            .iter()
            .filter(|c| normalized.contains(&c.to_lowercase()))
            .map(|c| c.to_string())
            .collect();
        if valid.len() != normalized.len() {
            return Err(AzError::validation(format!(
                "Invalid value '{}'. Valid values are: {}",
                python_list(&values),
                choices.join(", ")
            )));
        }
        Ok(match <[String; 1]>::try_from(valid) {
            Ok([one]) => Options::One(one),
            Err(many) => Options::Many(many),
        })
    }

    /// The types named (none for the bare switch).
    pub fn list(&self) -> Vec<String> {
        match self {
            Options::Flag => Vec::new(),
            Options::One(o) => vec![o.clone()],
            Options::Many(m) => m.clone(),
        }
    }

    /// az's `x in option`: membership in a list, a substring test on a single string.
    pub fn names(&self, option: &str) -> bool {
        match self {
            Options::Flag => false,
            Options::One(o) => o.contains(option),
            Options::Many(m) => m.iter().any(|o| o == option),
        }
    }

    /// az's `should_delete_extension`: the whole extension goes.
    pub fn removes_all(&self) -> bool {
        match self {
            Options::Flag => true,
            Options::One(o) => o == ALL,
            Options::Many(m) => m.iter().any(|o| o == ALL),
        }
    }
}

/// Python's `repr` of a list of strings, as az prints the values it refused.
fn python_list(values: &[String]) -> String {
    let items: Vec<String> = values
        .iter()
        .map(|v| {
            if v.contains('\'') && !v.contains('"') {
                format!("\"{v}\"")
            } else {
                format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
            }
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// The flags as given on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StorageInput {
    pub enable: Option<Vec<String>>,
    pub disable: Option<Vec<String>>,
    pub version: Option<String>,
    pub pool_name: Option<String>,
    pub pool_size: Option<String>,
    pub pool_sku: Option<String>,
    pub pool_option: Option<String>,
    /// The version 1 flags (`--azure-container-storage-nodepools`, `--ephemeral-disk-*`).
    pub nodepools: Option<String>,
    pub ephemeral_volume_type: Option<String>,
    pub ephemeral_nvme_perf_tier: Option<String>,
}

/// The flags after az's argument action: what the decorators read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Storage {
    pub enable: Option<Options>,
    pub disable: Option<Options>,
    pub version: Option<String>,
    pub pool_name: Option<String>,
    pub pool_size: Option<String>,
    pub pool_sku: Option<String>,
    pub pool_option: Option<String>,
    /// Read by az's version 1 only (`cluster_storage_v1`); the latest version's path never
    /// looks at them.
    pub nodepools: Option<String>,
    pub ephemeral_volume_type: Option<String>,
    pub ephemeral_nvme_perf_tier: Option<String>,
}

/// What az's `get_extension_installed_and_cluster_configs` and
/// `get_container_storage_extension_installed` read from the cluster's extensions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Installed {
    /// `acstor` of type `microsoft.azurecontainerstoragev2`.
    pub latest: bool,
    pub ephemeral_disk: bool,
    pub elastic_san: bool,
    /// `azurecontainerstorage` (version 1), with its `currentVersion`.
    pub v1: Option<String>,
}

impl StorageInput {
    /// az's argument action on each switch (it runs while the command line is parsed).
    pub fn parse(self) -> Result<Storage> {
        let enable = self
            .enable
            .map(|v| Options::parse(v, ENABLE_CHOICES))
            .transpose()?;
        let disable = self
            .disable
            .map(|v| Options::parse(v, DISABLE_CHOICES))
            .transpose()?;
        Ok(Storage {
            enable,
            disable,
            version: self.version,
            pool_name: self.pool_name,
            pool_size: self.pool_size,
            pool_sku: self.pool_sku,
            pool_option: self.pool_option,
            nodepools: self.nodepools,
            ephemeral_volume_type: self.ephemeral_volume_type,
            ephemeral_nvme_perf_tier: self.ephemeral_nvme_perf_tier,
        })
    }
}

impl Storage {
    /// Whether `aks update` has something to do (az: the switch is a parameter given).
    pub fn changes_anything(&self) -> bool {
        // az's `check_raw_parameters` counts a value that is truthy in Python: not `''`
        let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
        self.enable.is_some()
            || self.disable.is_some()
            || given(&self.version)
            || given(&self.pool_name)
            || given(&self.pool_size)
            || given(&self.pool_sku)
            || given(&self.pool_option)
            || given(&self.nodepools)
            || given(&self.ephemeral_volume_type)
            || given(&self.ephemeral_nvme_perf_tier)
    }

    /// az's `set_up_azure_container_storage` (create) for the latest version: only a given
    /// switch is looked at (version 1 is `commands::aks_storage_v1`'s).
    pub fn check_create(&self) -> Result<()> {
        match &self.enable {
            Some(o) if !self.is_v1() => self.check_enable(o, &Installed::default()),
            _ => Ok(()),
        }
    }

    /// The first check of az's `update_azure_container_storage`, before it reads the extensions.
    pub fn check_update_early(&self) -> Result<()> {
        if self.disable.is_some() && self.version.is_some() {
            return Err(AzError::validation(
                "The --container-storage-version parameter is not required when disabling Azure Container Storage. Please remove this parameter and try again.",
            ));
        }
        Ok(())
    }

    /// The rest of az's `update_azure_container_storage` for the latest version, once the
    /// cluster's extensions are known (the disable prompt comes between the two checks).
    pub fn check_update_switches(&self) -> Result<()> {
        if self.enable.is_some() && self.disable.is_some() {
            return Err(AzError::validation(
                "Conflicting flags. Cannot set --enable-azure-container-storage and --disable-azure-container-storage together.",
            ));
        }
        Ok(())
    }

    /// az's `validate_enable_azure_container_storage_params`.
    pub fn check_enable(&self, option: &Options, installed: &Installed) -> Result<()> {
        if let Some(v) = &installed.v1 {
            return Err(AzError::validation(format!(
                "Failed to enable the latest version of Azure Container Storage as version {v} is already installed on the cluster. Try enabling Azure Container Storage in another cluster. You can also enable the latest version by first disabling the existing installation using --disable-azure-container-storage all. Note that disabling can impact existing workloads that depend on Azure Container Storage."
            )));
        }
        if *option == Options::Flag {
            if installed.latest {
                return Err(AzError::validation(
                    "Cannot enable Azure Container Storage as it is already enabled on the cluster.",
                ));
            }
        } else {
            let list = option.list();
            for o in &list {
                if o != EPHEMERAL_DISK && o != ELASTIC_SAN {
                    return Err(AzError::validation(format!(
                        "Unsupported storage option '{o}'. Supported values are '{EPHEMERAL_DISK}' and '{ELASTIC_SAN}'."
                    )));
                }
            }
            if installed.ephemeral_disk == option.names(EPHEMERAL_DISK)
                && installed.elastic_san == option.names(ELASTIC_SAN)
            {
                return Err(AzError::validation(format!(
                    "Cannot enable the requested storage options ('{}') as they are already enabled on the cluster.",
                    list.join("', '")
                )));
            }
        }
        self.check_no_pool_flags()
    }

    /// az's `validate_disable_azure_container_storage_params`.
    pub fn check_disable(&self, option: &Options, installed: &Installed) -> Result<()> {
        if !installed.latest {
            return Err(AzError::validation(
                "Cannot disable Azure Container Storage as it could not be found on the cluster.",
            ));
        }
        // az looks at the types unless the switch is bare or `all` alone
        if !matches!(option, Options::Flag) && *option != Options::One(ALL.to_string()) {
            let list = option.list();
            let mut actionable = false;
            for o in &list {
                match o.as_str() {
                    ALL => actionable = true,
                    EPHEMERAL_DISK => actionable = actionable || installed.ephemeral_disk,
                    ELASTIC_SAN => actionable = actionable || installed.elastic_san,
                    _ => {
                        return Err(AzError::validation(format!(
                            "Cannot disable unsupported storage option '{o}'. Supported values are '{EPHEMERAL_DISK}', '{ELASTIC_SAN}' and '{ALL}'."
                        )));
                    }
                }
            }
            if !actionable {
                return Err(AzError::validation(format!(
                    "Cannot disable the requested storage options ('{}') as they could not be found on the cluster.",
                    list.join("', '")
                )));
            }
        }
        self.check_no_pool_flags()
    }

    /// The latest version takes none of the storage pool flags.
    fn check_no_pool_flags(&self) -> Result<()> {
        for (flag, value) in [
            ("--storage-pool-name", &self.pool_name),
            ("--storage-pool-sku", &self.pool_sku),
            ("--storage-pool-option", &self.pool_option),
            ("--storage-pool-size", &self.pool_size),
        ] {
            if let Some(v) = value {
                return Err(AzError::validation(format!(
                    "The latest version of Azure Container Storage does not require or support a {flag} value. Please remove {flag} {v} from the command and try again."
                )));
            }
        }
        Ok(())
    }

    /// az's confirmation before disabling (skipped with `--yes`).
    pub fn disable_question(option: &Options) -> String {
        if option.removes_all() {
            return "Please make sure there are no existing PVs and PVCs that are provisioned by Azure Container Storage before disabling. If Azure Container Storage is disabled with remaining PVs and PVCs, any data associated with those PVs and PVCs will not be erased and the nodes will be left in an unclean state. The PVs and PVCs can only be cleaned up after re-enabling it by running 'az aks update --enable-azure-container-storage'. Would you like to proceed with the disabling?".to_string();
        }
        let list = option.list();
        let param = list.join(" ");
        // az joins the first ones with `list.join` applied the wrong way round when there are
        // more than two; there are at most two types that can be disabled here
        let display = list.join("' and '");
        format!(
            "Please make sure there are no existing PVs and PVCs that are provisioned by Azure Container Storage for '{display}' before disabling. If storage options are disabled with remaining PVs and PVCs, any data associated with those PVs and PVCs will not be erased and the nodes will be left in an unclean state. The PVs and PVCs can only be cleaned up after re-enabling it by running 'az aks update --enable-azure-container-storage {param}'. Would you like to proceed with the disabling?"
        )
    }
}

/// az's `perform_azure_container_storage_update`: the configuration settings of the extension
/// for the types added and removed, in az's order.
pub fn csi_settings(add: Option<&Options>, remove: Option<&Options>) -> Vec<(String, String)> {
    let has = |o: Option<&Options>, t: &str| o.is_some_and(|o| o.names(t));
    let mut out = Vec::new();
    for (t, key) in [
        (EPHEMERAL_DISK, "csiDriverConfigs.local-csi-driver.enabled"),
        (ELASTIC_SAN, "csiDriverConfigs.azuresan-csi-driver.enabled"),
    ] {
        if has(remove, t) {
            out.push((key.to_string(), "False".to_string()));
        } else if has(add, t) {
            out.push((key.to_string(), "True".to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_action_normalises_values_in_the_choices_order() {
        assert_eq!(
            Options::parse(v(&[]), ENABLE_CHOICES).unwrap(),
            Options::Flag
        );
        assert_eq!(
            Options::parse(v(&["ELASTICSAN"]), ENABLE_CHOICES).unwrap(),
            Options::One("elasticSan".into())
        );
        assert_eq!(
            Options::parse(v(&["elasticSan", "ephemeraldisk"]), ENABLE_CHOICES).unwrap(),
            Options::Many(v(&["ephemeralDisk", "elasticSan"]))
        );
        let e = Options::parse(v(&["ephemeralDisk,elasticSan"]), ENABLE_CHOICES).unwrap_err();
        assert_eq!(
            e.message,
            "Invalid value '['ephemeralDisk,elasticSan']'. Valid values are: azureDisk, ephemeralDisk, elasticSan"
        );
        let e = Options::parse(v(&["all", "all"]), DISABLE_CHOICES).unwrap_err();
        assert!(e.message.starts_with("Invalid value '['all', 'all']'"));
    }

    #[test]
    fn the_latest_version_takes_no_pool_flags() {
        let s = Storage {
            enable: Some(Options::Flag),
            pool_size: Some("1Ti".into()),
            ..Default::default()
        };
        assert_eq!(
            s.check_create().unwrap_err().message,
            "The latest version of Azure Container Storage does not require or support a --storage-pool-size value. Please remove --storage-pool-size 1Ti from the command and try again."
        );
        // without the switch az never looks at them
        let s = Storage {
            pool_size: Some("1Ti".into()),
            ..Default::default()
        };
        assert!(s.check_create().is_ok());
    }

    #[test]
    fn version_1_flags_are_kept_and_count_as_given() {
        let input = StorageInput {
            enable: Some(v(&["azureDisk"])),
            version: Some("1".into()),
            ..Default::default()
        };
        let s = input.parse().unwrap();
        assert!(s.is_v1());
        // the latest version's checks leave version 1 alone
        assert!(s.check_create().is_ok());
        // with the disable switch az refuses the version itself (`check_update_early`)
        let input = StorageInput {
            disable: Some(v(&[])),
            version: Some("1".into()),
            ..Default::default()
        };
        assert!(input.parse().unwrap().check_update_early().is_err());
        let input = StorageInput {
            ephemeral_nvme_perf_tier: Some("Basic".into()),
            ..Default::default()
        };
        let s = input.parse().unwrap();
        assert_eq!(s.ephemeral_nvme_perf_tier.as_deref(), Some("Basic"));
        assert!(s.changes_anything());
        assert!(s.check_create().is_ok() && s.check_update_early().is_ok());
        assert!(!StorageInput::default().parse().unwrap().changes_anything());
    }

    #[test]
    fn enabling_what_is_there_is_refused() {
        let installed = Installed {
            latest: true,
            ephemeral_disk: true,
            ..Default::default()
        };
        let s = Storage::default();
        assert!(s.check_enable(&Options::Flag, &installed).is_err());
        let e = s
            .check_enable(&Options::One(EPHEMERAL_DISK.into()), &installed)
            .unwrap_err();
        assert_eq!(
            e.message,
            "Cannot enable the requested storage options ('ephemeralDisk') as they are already enabled on the cluster."
        );
        assert!(
            s.check_enable(&Options::One(ELASTIC_SAN.into()), &installed)
                .is_ok()
        );
    }

    #[test]
    fn disabling_needs_the_extension_and_the_type() {
        let s = Storage::default();
        assert!(
            s.check_disable(&Options::Flag, &Installed::default())
                .is_err()
        );
        let installed = Installed {
            latest: true,
            ..Default::default()
        };
        assert!(s.check_disable(&Options::Flag, &installed).is_ok());
        let e = s
            .check_disable(&Options::One(ELASTIC_SAN.into()), &installed)
            .unwrap_err();
        assert_eq!(
            e.message,
            "Cannot disable the requested storage options ('elasticSan') as they could not be found on the cluster."
        );
        let e = s
            .check_disable(&Options::One("azureDisk".into()), &installed)
            .unwrap_err();
        assert!(
            e.message
                .starts_with("Cannot disable unsupported storage option 'azureDisk'")
        );
    }

    #[test]
    fn settings_follow_what_is_added_and_removed() {
        let add = Options::Many(v(&[EPHEMERAL_DISK, ELASTIC_SAN]));
        assert_eq!(
            csi_settings(Some(&add), None),
            vec![
                (
                    "csiDriverConfigs.local-csi-driver.enabled".to_string(),
                    "True".to_string()
                ),
                (
                    "csiDriverConfigs.azuresan-csi-driver.enabled".to_string(),
                    "True".to_string()
                ),
            ]
        );
        assert!(csi_settings(Some(&Options::Flag), None).is_empty());
        let remove = Options::One(ELASTIC_SAN.into());
        assert_eq!(
            csi_settings(None, Some(&remove)),
            vec![(
                "csiDriverConfigs.azuresan-csi-driver.enabled".to_string(),
                "False".to_string()
            )]
        );
    }
}
