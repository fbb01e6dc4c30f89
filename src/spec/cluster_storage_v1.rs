//! Azure Container Storage version 1 (`--container-storage-version 1`): az 2.91's validators
//! for it (`azurecontainerstorage/_validators.py`: `validate_enable_azure_container_storage_v1_params`,
//! `validate_disable_azure_container_storage_params_v1`, `_validate_storage_pool_size`,
//! `_validate_nodepools`), in az's order with az's messages. They read the node pools, the VM
//! sizes of the region (`commands::aks_storage_v1` lists them) and what an installed version 1
//! extension says (`V1State`).

use std::collections::HashMap;

use crate::error::{AzError, Result};

use super::cluster_storage::Storage;

pub const AZURE_DISK: &str = "azureDisk";
pub const ELASTIC_SAN: &str = "elasticSan";
pub const EPHEMERAL_DISK: &str = "ephemeralDisk";
pub const ALL: &str = "all";
pub const NVME: &str = "NVMe";
pub const TEMP: &str = "Temp";
pub const PREMIUM_V2_LRS: &str = "PremiumV2_LRS";
/// The node label that marks a pool for the storage's io engine.
pub const IO_ENGINE_LABEL: &str = "acstor.azure.com/io-engine";
pub const IO_ENGINE_VALUE: &str = "acstor";
pub const VOLUME_ONLY: &str = "EphemeralVolumeOnly";
pub const PV_WITH_ANNOTATION: &str = "PersistentVolumeWithAnnotation";
pub const TIER_STANDARD: &str = "Standard";
pub const TIER_BASIC: &str = "Basic";
pub const TIER_PREMIUM: &str = "Premium";
const ELASTIC_SAN_SKUS: &[&str] = &["Premium_LRS", "Premium_ZRS"];

/// One node pool as az's validators see it (`agentpool_details`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PoolDetails {
    pub name: String,
    pub vm_size: String,
    pub count: Option<i64>,
    pub os_type: Option<String>,
    pub mode: Option<String>,
    pub taints: Option<Vec<String>>,
    pub zoned: bool,
    pub labels: Option<Vec<(String, String)>>,
}

impl PoolDetails {
    pub fn labelled(&self) -> bool {
        self.labels
            .as_ref()
            .is_some_and(|l| l.iter().any(|(k, _)| k == IO_ENGINE_LABEL))
    }
}

/// az's `vm_sku_details_cache`: lower-cased size → (cores, whether it has an NVMe disk).
pub type SkuCache = HashMap<String, (i64, bool)>;

/// What az's `get_extension_installed_and_cluster_configs_v1` reads from the installed
/// version 1 extension (its defaults when there is none).
#[derive(Debug, Clone, PartialEq)]
pub struct V1State {
    pub installed: bool,
    pub azure_disk: bool,
    pub elastic_san: bool,
    pub temp: bool,
    pub nvme: bool,
    /// `global.cli.resources.ioEngine.cpu` as az reads it (-1 without the extension).
    pub core_value: super::cluster_storage_v1_settings::PyNum,
    pub volume_type: String,
    pub perf_tier: String,
}

impl Default for V1State {
    fn default() -> Self {
        V1State {
            installed: false,
            azure_disk: false,
            elastic_san: false,
            temp: false,
            nvme: false,
            core_value: super::cluster_storage_v1_settings::PyNum::Int(-1),
            volume_type: VOLUME_ONLY.to_string(),
            perf_tier: TIER_STANDARD.to_string(),
        }
    }
}

impl Storage {
    /// Whether az takes its version 1 path on `aks create` / for enabling.
    pub fn is_v1(&self) -> bool {
        self.version.as_deref() == Some("1")
    }

    /// The type `--enable-azure-container-storage` named, as version 1 reads it: one of its
    /// three, or az's error for anything else (the bare switch, several types).
    pub fn v1_pool_type(&self) -> Result<String> {
        match &self.enable {
            Some(super::cluster_storage::Options::One(t))
                if [AZURE_DISK, ELASTIC_SAN, EPHEMERAL_DISK].contains(&t.as_str()) =>
            {
                Ok(t.clone())
            }
            _ => Err(AzError::validation(format!(
                "Storage pool type value must be specified for --enable-azure-container-storage when enabling Azure Container Storage v1. Supported values are {AZURE_DISK}, {ELASTIC_SAN}, {EPHEMERAL_DISK}."
            ))),
        }
    }

    /// az's `update_azure_container_storage` before it reads the extension's settings: the two
    /// switches together, the ephemeral flags without the enable switch.
    pub fn check_v1_update_switches(&self) -> Result<()> {
        if self.enable.is_some() && self.disable.is_some() {
            return Err(AzError::validation(
                "Conflicting flags. Cannot set --enable-azure-container-storage and --disable-azure-container-storage together.",
            ));
        }
        let mut given = Vec::new();
        if self.ephemeral_volume_type.is_some() {
            given.push("--ephemeral-disk-volume-type");
        }
        if self.ephemeral_nvme_perf_tier.is_some() {
            given.push("--ephemeral-disk-nvme-perf-tier");
        }
        if !given.is_empty() && self.enable.is_none() {
            // az joins them with 'and ' (no space before it)
            return Err(AzError::validation(format!(
                "Cannot set {} without the parameter --enable-azure-container-storage.",
                given.join("and ")
            )));
        }
        Ok(())
    }

    /// az's `validate_enable_azure_container_storage_v1_params`; the warnings it logs on the
    /// way go to `warnings` (printed whether or not a later check fails).
    pub fn check_enable_v1(
        &self,
        nodepool_list: Option<&str>,
        pools: &[PoolDetails],
        state: &V1State,
        v2_version: Option<&str>,
        skus: &SkuCache,
        warnings: &mut Vec<String>,
    ) -> Result<()> {
        if let Some(v) = v2_version {
            return Err(AzError::validation(format!(
                "Failed to enable Azure Container Storage version 1 as Azure Container Storage version {v} is already installed on the cluster. Try enabling this version on another cluster. You can also enable this version by first disabling the existing installation of Azure Container Storage by running --disable-azure-container-storage. Note that disabling can impact existing workloads that depend on Azure Container Storage."
            )));
        }
        let pool_type = self.v1_pool_type()?;
        let t = pool_type.as_str();
        if let Some(name) = &self.pool_name
            && !valid_pool_name(name)
        {
            return Err(AzError::validation(
                "Invalid --storage-pool-name value. Accepted values are lowercase alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.",
            ));
        }
        if let Some(sku) = &self.pool_sku {
            if t == EPHEMERAL_DISK {
                return Err(AzError::validation(
                    "Cannot set --storage-pool-sku when --enable-azure-container-storage is ephemeralDisk.",
                ));
            }
            if t == ELASTIC_SAN && !ELASTIC_SAN_SKUS.contains(&sku.as_str()) {
                return Err(AzError::validation(format!(
                    "Invalid --storage-pool-sku value. Supported value for --storage-pool-sku are {} when --enable-azure-container-storage is set to elasticSan.",
                    ELASTIC_SAN_SKUS.join(", ")
                )));
            }
        }
        if t == EPHEMERAL_DISK {
            self.check_ephemeral_v1(nodepool_list, state)?;
        } else {
            for (flag, given) in [
                ("--storage-pool-option", self.pool_option.is_some()),
                (
                    "--ephemeral-disk-volume-type",
                    self.ephemeral_volume_type.is_some(),
                ),
                (
                    "--ephemeral-disk-nvme-perf-tier",
                    self.ephemeral_nvme_perf_tier.is_some(),
                ),
            ] {
                if given {
                    return Err(AzError::validation(format!(
                        "Cannot set {flag} when --enable-azure-container-storage is not ephemeralDisk."
                    )));
                }
            }
        }
        warnings.extend(check_pool_size(self.pool_size.as_deref(), t)?);
        check_nodepools(
            nodepool_list,
            pools,
            t,
            self.pool_option.as_deref(),
            self.pool_sku.as_deref(),
            state.installed,
            skus,
        )?;
        if state.installed {
            if (state.azure_disk && t == AZURE_DISK) || (state.elastic_san && t == ELASTIC_SAN) {
                return Err(AzError::validation(format!(
                    "Invalid --enable-azure-container-storage value. Azure Container Storage is already enabled for storage pool type {t} in the cluster."
                )));
            }
            let option = self.pool_option.as_deref();
            if t == EPHEMERAL_DISK
                && self.ephemeral_volume_type.is_none()
                && ((state.nvme && option == Some(NVME) && self.ephemeral_nvme_perf_tier.is_none())
                    || (state.temp && option == Some(TEMP)))
            {
                let installed = if state.temp { TEMP } else { NVME };
                return Err(AzError::validation(format!(
                    "Invalid --enable-azure-container-storage value. Azure Container Storage is already enabled for storage pool type {EPHEMERAL_DISK} and option {installed} in the cluster."
                )));
            }
        }
        Ok(())
    }

    /// The ephemeral disk part of `validate_enable_azure_container_storage_v1_params`.
    fn check_ephemeral_v1(&self, nodepool_list: Option<&str>, state: &V1State) -> Result<()> {
        let volume_type = self.ephemeral_volume_type.as_deref();
        let tier = self.ephemeral_nvme_perf_tier.as_deref();
        let option = self.pool_option.as_deref();
        if volume_type.is_none() && tier.is_none() {
            if option.is_none() {
                return Err(AzError::validation(
                    "Value of --storage-pool-option must be defined when --enable-azure-container-storage is set to ephemeralDisk.",
                ));
            }
        } else {
            let for_volume_type =
                volume_type.is_some() && state.installed && (state.temp || state.nvme);
            let for_tier = tier.is_some() && state.installed && state.nvme;
            if option.is_none() {
                let mut needing = Vec::new();
                let mut option_needed = String::new();
                if volume_type.is_some() && !for_volume_type {
                    needing.push("--ephemeral-disk-volume-type");
                    option_needed = format!("{NVME} or {TEMP}");
                }
                if tier.is_some() && !for_tier {
                    needing.push("--ephemeral-disk-nvme-perf-tier");
                    // az writes a Python set here: `{'NVMe'}`
                    option_needed = format!("{{'{NVME}'}}");
                }
                if !needing.is_empty() {
                    return Err(AzError::validation(format!(
                        "Cannot set {} along with --enable-azure-container-storage when storage pool type: {EPHEMERAL_DISK} option: {option_needed} is not enabled for Azure Container Storage. Enable the option using --storage-pool-option.",
                        needing.join(", ")
                    )));
                }
            } else if tier.is_some() && !for_tier && option != Some(NVME) {
                return Err(AzError::validation(format!(
                    "Cannot set --ephemeral-disk-nvme-perf-tier along with --enable-azure-container-storage when storage pool type: {EPHEMERAL_DISK} option: {NVME} is not enabled for Azure Container Storage. Enable the option using --storage-pool-option."
                )));
            }
            let pool_flags = self.pool_name.is_some()
                || self.pool_sku.is_some()
                || self.pool_size.is_some()
                || nodepool_list.is_some();
            if pool_flags {
                if (volume_type.is_some() && for_volume_type && tier.is_none())
                    || (volume_type.is_none() && tier.is_some() && for_tier)
                    || (volume_type.is_some() && for_volume_type && tier.is_some() && for_tier)
                {
                    return Err(self.new_pool_with_ephemeral_flags(nodepool_list, state));
                }
            } else {
                let same = |given: Option<&str>, existing: &str| {
                    given.is_some_and(|g| g.eq_ignore_ascii_case(existing))
                };
                let same_type = same(volume_type, &state.volume_type);
                let same_tier = same(tier, &state.perf_tier);
                if for_volume_type && tier.is_none() && same_type {
                    return Err(AzError::validation(format!(
                        "Azure Container Storage is already configured with --ephemeral-disk-volume-type value set to {}.",
                        state.volume_type
                    )));
                }
                if for_tier && volume_type.is_none() && same_tier {
                    return Err(AzError::validation(format!(
                        "Azure Container Storage is already configured with --ephemeral-disk-nvme-perf-tier value set to {}.",
                        state.perf_tier
                    )));
                }
                if for_volume_type && same_type && for_tier && same_tier {
                    return Err(AzError::validation(format!(
                        "Azure Container Storage is already configured with --ephemeral-disk-volume-type value set to {} and --ephemeral-disk-nvme-perf-tier value set to {}.",
                        state.volume_type, state.perf_tier
                    )));
                }
            }
        }
        if option == Some(ALL) {
            return Err(AzError::validation(format!(
                "Cannot set --storage-pool-option value as {ALL} when --enable-azure-container-storage is set."
            )));
        }
        Ok(())
    }

    fn new_pool_with_ephemeral_flags(
        &self,
        nodepool_list: Option<&str>,
        state: &V1State,
    ) -> AzError {
        let mut enabled = Vec::new();
        if state.nvme {
            enabled.push(NVME);
        }
        if state.temp {
            enabled.push(TEMP);
        }
        let mut params = Vec::new();
        for (flag, given) in [
            ("--storage-pool-size", self.pool_size.is_some()),
            ("--storage-pool-sku", self.pool_sku.is_some()),
            ("--storage-pool-name", self.pool_name.is_some()),
            (
                "--azure-container-storage-nodepools",
                nodepool_list.is_some(),
            ),
        ] {
            if given {
                params.push(flag);
            }
        }
        let mut flags = Vec::new();
        if self.ephemeral_volume_type.is_some() {
            flags.push("--ephemeral-disk-volume-type");
        }
        if self.ephemeral_nvme_perf_tier.is_some() {
            flags.push("--ephemeral-disk-nvme-perf-tier");
        }
        AzError::validation(format!(
            "Cannot set {} for creation of a new storage pool while setting value for {} since {EPHEMERAL_DISK} storage pool type is already enabled for storage pool option {}.",
            params.join(", "),
            flags.join(", "),
            enabled.join(", ")
        ))
    }

    /// az's `validate_disable_azure_container_storage_params_v1`, `pool_type` being the raw
    /// value of `--disable-azure-container-storage` (`None` for the bare switch or several).
    pub fn check_disable_v1(&self, pool_type: Option<&str>, state: &V1State) -> Result<()> {
        if !state.installed {
            return Err(AzError::validation(
                "Invalid usage of --disable-azure-container-storage. Azure Container Storage is not enabled in the cluster.",
            ));
        }
        let Some(t) = pool_type else {
            return Err(AzError::validation(
                "Azure Container Storage has version 1 installed. A pool type value must be specified when using --disable-azure-container-storage.  Allowed values are: all, azureDisk, elasticSan, ephemeralDisk",
            ));
        };
        for (flag, given) in [
            ("--storage-pool-name", self.pool_name.is_some()),
            ("--storage-pool-sku", self.pool_sku.is_some()),
            ("--storage-pool-size", self.pool_size.is_some()),
            (
                "--ephemeral-disk-volume-type",
                self.ephemeral_volume_type.is_some(),
            ),
            (
                "--ephemeral-disk-nvme-perf-tier",
                self.ephemeral_nvme_perf_tier.is_some(),
            ),
        ] {
            if given {
                return Err(conflicting(flag));
            }
        }
        let option = self.pool_option.as_deref();
        match option {
            Some(o) => {
                if t != EPHEMERAL_DISK {
                    return Err(AzError::validation(format!(
                        "Cannot define --storage-pool-option value when --disable-azure-container-storage is not set to {EPHEMERAL_DISK}."
                    )));
                }
                if (o == NVME && !state.nvme) || (o == TEMP && !state.temp) {
                    return Err(AzError::validation(format!(
                        "Invalid --storage-pool-option value since ephemeralDisk of type {o} is not enabled in the cluster."
                    )));
                }
            }
            None => {
                if t == EPHEMERAL_DISK && state.temp && state.nvme {
                    return Err(AzError::validation(format!(
                        "Value of --storage-pool-option must be defined since ephemeralDisk of both the types: {NVME} and {TEMP} are enabled in the cluster."
                    )));
                }
            }
        }
        if self.nodepools.is_some() {
            return Err(conflicting("--azure-container-storage-nodepools"));
        }
        if t == ALL {
            return Ok(());
        }
        let not_active = (t == AZURE_DISK && !state.azure_disk)
            || (t == ELASTIC_SAN && !state.elastic_san)
            || (t == EPHEMERAL_DISK && !(state.temp || state.nvme));
        if not_active {
            return Err(AzError::validation(format!(
                "Invalid --disable-azure-container-storage value. Azure Container Storage is not enabled for storage pool type {t} in the cluster."
            )));
        }
        let active = [state.azure_disk, state.elastic_san, state.nvme, state.temp]
            .iter()
            .filter(|b| **b)
            .count();
        let to_disable = if t == EPHEMERAL_DISK && option == Some(ALL) {
            usize::from(state.nvme) + usize::from(state.temp)
        } else if [AZURE_DISK, ELASTIC_SAN, EPHEMERAL_DISK].contains(&t) {
            1
        } else {
            0
        };
        if active == to_disable {
            return Err(AzError::validation(format!(
                "Since {t} is the only storage pool type enabled for Azure Container Storage, disabling the storage pool type will lead to disabling Azure Container Storage from the cluster. To disable Azure Container Storage, set --disable-azure-container-storage to {ALL}."
            )));
        }
        Ok(())
    }
}

fn conflicting(flag: &str) -> AzError {
    AzError::validation(format!(
        "Conflicting flags. Cannot define {flag} value when --disable-azure-container-storage is set."
    ))
}

/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*`, matched whole: labels of
/// lowercase letters, digits and inner dashes, joined by dots.
fn valid_pool_name(name: &str) -> bool {
    let alnum = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    name.split('.').all(|label| {
        label.starts_with(alnum)
            && label.ends_with(alnum)
            && label.chars().all(|c| alnum(c) || c == '-')
    })
}

/// az's `_validate_storage_pool_size`: `^\d+(\.\d+)?[GT]i$`, at least 1Ti for Elastic SAN, and
/// a warning for ephemeral disks (they take the whole device).
fn check_pool_size(size: Option<&str>, pool_type: &str) -> Result<Vec<String>> {
    let Some(size) = size else {
        return Ok(Vec::new());
    };
    let (qty, unit) = size.split_at(size.len().saturating_sub(2));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // Python's `\d` and `$` also match other digits and a final newline; az's users type ASCII
    let number = match qty.split_once('.') {
        Some((whole, frac)) => digits(whole) && digits(frac),
        None => digits(qty),
    };
    if !number || !(unit == "Gi" || unit == "Ti") {
        return Err(AzError::validation(
            "Value for --storage-pool-size should be defined with size followed by Gi or Ti e.g. 512Gi or 2Ti.",
        ));
    }
    if pool_type == ELASTIC_SAN {
        let q: f64 = qty.parse().unwrap_or(0.0);
        if (unit == "Gi" && q < 1024.0) || (unit == "Ti" && q < 1.0) {
            return Err(AzError::validation(
                "Value for --storage-pool-size must be at least 1Ti when --enable-azure-container-storage is elasticSan.",
            ));
        }
    } else if pool_type == EPHEMERAL_DISK {
        return Ok(vec![
            "Storage pools using Ephemeral disk use all capacity available on the local device.  --storage-pool-size will be ignored.".to_string(),
        ]);
    }
    Ok(Vec::new())
}

/// `^[a-z][a-z0-9]*(?:,[a-z][a-z0-9]*)*$`
fn valid_nodepool_list(list: &str) -> bool {
    list.split(',').all(|n| {
        n.starts_with(|c: char| c.is_ascii_lowercase())
            && n.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// az's `_validate_nodepools`.
fn check_nodepools(
    nodepool_list: Option<&str>,
    pools: &[PoolDetails],
    pool_type: &str,
    option: Option<&str>,
    sku: Option<&str>,
    installed: bool,
    skus: &SkuCache,
) -> Result<()> {
    let names: Vec<&str> = pools.iter().map(|p| p.name.as_str()).collect();
    let chosen: Vec<String>;
    let insufficient = |pool: &str, size: &str, cores: i64| {
        format!(
            "Cannot operate Azure Container Storage on a node pool consisting of nodes with cores less than 4. Node pool: {pool} with node size: {size} which is assigned for Azure Container Storage has nodes with {cores} cores."
        )
    };
    let installed_insufficient = |pool: &str, size: &str, cores: i64| {
        format!(
            "Cannot enable Azure Container Storage storage pool type: {pool_type} on a node pool consisting of nodes with cores less than 4. Node pool: {pool} with node size: {size} has nodes with {cores} cores. Remove the label {IO_ENGINE_LABEL}={IO_ENGINE_VALUE} from the node pool and use node pools which has nodes with 4 or more cores and try again."
        )
    };
    if installed {
        if nodepool_list.is_some() {
            return Err(AzError::validation(
                "Cannot set --azure-container-storage-nodepools while using --enable-azure-container-storage to enable a type of storage pool in a cluster where Azure Container Storage is already installed. Use 'az aks nodepool' to label the node pool instead.",
            ));
        }
        chosen = pools
            .iter()
            .filter(|p| p.labelled())
            .map(|p| p.name.clone())
            .collect();
        if chosen.is_empty() {
            return Err(AzError::validation(format!(
                "Cannot enable Azure Container Storage storage pool of type {pool_type} since none of the nodepools in the cluster are labelled for Azure Container Storage."
            )));
        }
    } else {
        let list = nodepool_list.unwrap_or_default();
        if list.is_empty() {
            return Err(AzError::validation(format!(
                "Multiple node pools present. Please define the node pools on which you want to enable Azure Container Storage using --azure-container-storage-nodepools.\nNode pools available in the cluster are: {}.\nAborting Azure Container Storage operation.",
                names.join(", ")
            )));
        }
        if !valid_nodepool_list(list) {
            return Err(AzError::validation(
                "Invalid --azure-container-storage-nodepools value. Accepted value is a comma separated string of valid node pool names without any spaces.\nA valid node pool name may only contain lowercase alphanumeric characters and must begin with a lowercase letter.",
            ));
        }
        chosen = list.split(',').map(str::to_string).collect();
    }
    let mut nvme_found = false;
    let mut nodes = 0;
    let mut zoned = false;
    for name in &chosen {
        let Some(pool) = pools.iter().find(|p| &p.name == name) else {
            let noun = if pools.len() > 1 {
                "Node pools"
            } else {
                "Node pool"
            };
            return Err(AzError::validation(format!(
                "Node pool: {name} not found. Please provide a comma separated string of existing node pool names in --azure-container-storage-nodepools.\n{noun} available in the cluster: {}.\nAborting installation of Azure Container Storage.",
                names.join(", ")
            )));
        };
        if let Some(os) = &pool.os_type
            && !os.eq_ignore_ascii_case("Linux")
        {
            return Err(AzError::validation(format!(
                "Azure Container Storage can be enabled only on Linux nodepools. Node pool: {name}, os type: {os} does not meet the criteria."
            )));
        }
        let critical = "CriticalAddonsOnly=true:NoSchedule";
        if pool
            .mode
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case("system"))
            && pool.taints.as_ref().is_some_and(|t| {
                t.iter()
                    .any(|t| t.to_lowercase() == critical.to_lowercase())
            })
        {
            return Err(AzError::validation(format!(
                "Unable to install Azure Container Storage on system nodepool: {name} since it has a taint {critical}. Remove the taint from the node pool and retry the Azure Container Storage operation."
            )));
        }
        if !pool.vm_size.is_empty() {
            let size = &pool.vm_size;
            let Some(&(cores, nvme)) = skus.get(&size.to_lowercase()) else {
                return Err(AzError::validation(format!(
                    "Unable to find details for virtual machine size {size}."
                )));
            };
            if cores < 0 {
                return Err(AzError::validation(format!(
                    "Unable to determine number of cores in node pool: {name}, node size: {size}"
                )));
            }
            if cores < 4 {
                let message = if installed {
                    installed_insufficient(name, size, cores)
                } else {
                    insufficient(name, size, cores)
                };
                return Err(AzError::validation(message));
            }
            nvme_found = nvme_found || nvme;
        }
        nodes += pool.count.unwrap_or(0);
        zoned = zoned || pool.zoned;
    }
    if nodes < 3 {
        return Err(AzError::validation(
            "Insufficient nodes present. Azure Container Storage requires atleast 3 nodes to be enabled.",
        ));
    }
    if pool_type == EPHEMERAL_DISK && option == Some(NVME) && !nvme_found {
        return Err(AzError::validation(format!(
            "Cannot set --storage-pool-option as {NVME} as none of the node pools can support ephemeral NVMe disk."
        )));
    }
    if pool_type == AZURE_DISK && sku == Some(PREMIUM_V2_LRS) && !zoned {
        return Err(AzError::validation(format!(
            "Cannot set --storage-pool-sku as {PREMIUM_V2_LRS} as none of the node pools are zoned. Please add a zoned node pool and try again."
        )));
    }
    Ok(())
}

#[cfg(test)]
#[path = "cluster_storage_v1_tests.rs"]
mod tests;
