//! The configuration settings az 2.91 gives the version 1 extension (`azurecontainerstorage`):
//! `acstor_ops.perform_enable_azure_container_storage_v1` and the resource helpers of
//! `azurecontainerstorage/_helpers.py`. Values are what the k8s-extension SDK sends for az's
//! Python values: `str()` of them (`True`, `512`, `2.0`).

use crate::error::{AzError, Result};

use super::cluster_storage_v1::{
    AZURE_DISK, ELASTIC_SAN, EPHEMERAL_DISK, NVME, PV_WITH_ANNOTATION, SkuCache, TEMP, TIER_BASIC,
    TIER_PREMIUM, TIER_STANDARD, V1State,
};

/// A Python number as az computes it: the core counts are ints or floats, and print so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PyNum {
    Int(i64),
    Float(f64),
}

impl PyNum {
    fn value(self) -> f64 {
        match self {
            PyNum::Int(i) => i as f64,
            PyNum::Float(f) => f,
        }
    }

    /// Python's `str()`: a float keeps its `.0`.
    pub fn py_str(self) -> String {
        match self {
            PyNum::Int(i) => i.to_string(),
            PyNum::Float(f) if f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
            PyNum::Float(f) => format!("{f}"),
        }
    }
}

/// The settings in az's order (a later key overwrites an earlier one in place, as a dict does).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings(pub Vec<(String, String)>);

impl Settings {
    fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key.to_string(), value)),
        }
    }

    fn flag(&mut self, key: &str, value: bool) {
        self.set(key, if value { "True" } else { "False" });
    }

    fn resources(&mut self, r: Resources) {
        self.set(
            "global.cli.resources.num_hugepages",
            r.hugepages_number.to_string(),
        );
        self.set("global.cli.resources.ioEngine.cpu", r.cores.py_str());
        self.set(
            "global.cli.resources.ioEngine.memory",
            format!("{}Gi", r.memory),
        );
        self.set(
            "global.cli.resources.ioEngine.hugepages2Mi",
            format!("{}Gi", r.hugepages),
        );
    }
}

/// The io engine's resources (`_generate_k8s_extension_resource_args`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Resources {
    cores: PyNum,
    memory: i64,
    hugepages: i64,
    hugepages_number: i64,
}

const NONE: Resources = Resources {
    cores: PyNum::Int(0),
    memory: 0,
    hugepages: 0,
    hugepages_number: 0,
};
const SMALL: Resources = Resources {
    cores: PyNum::Int(1),
    memory: 1,
    hugepages: 1,
    hugepages_number: 512,
};

fn nvme(cores: PyNum) -> Resources {
    Resources {
        cores,
        memory: 2,
        hugepages: 2,
        hugepages_number: 1024,
    }
}

/// `_get_ephemeral_nvme_cpu_value_based_on_vm_size_perf_tier`: the smallest share of the
/// pools' cores for the tier, at least 1.
fn nvme_cores(sizes: &[String], tier: &str, skus: &SkuCache) -> Result<PyNum> {
    let factor = if tier.eq_ignore_ascii_case(TIER_BASIC) {
        0.15
    } else if tier.eq_ignore_ascii_case(TIER_PREMIUM) {
        0.5
    } else {
        0.25
    };
    let mut cpu = PyNum::Int(-1);
    for size in sizes {
        let Some(&(cores, _)) = skus.get(&size.to_lowercase()) else {
            return Err(AzError::validation(format!(
                "Unable to find details for virtual machine size {size}."
            )));
        };
        if cores == -1 {
            return Err(AzError::validation(format!(
                "Unable to determine the number of cores in nodepool of node size: {size}"
            )));
        }
        let share = cores as f64 * factor;
        if cpu == PyNum::Int(-1) || cpu.value() > share {
            cpu = PyNum::Float(share);
        }
    }
    // Python's `max(cpu, 1)` keeps the first of equals
    Ok(if cpu.value() >= 1.0 {
        cpu
    } else {
        PyNum::Int(1)
    })
}

/// What enabling one storage pool type asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnableV1 {
    pub pool_type: String,
    pub pool_name: Option<String>,
    pub pool_size: Option<String>,
    pub pool_sku: Option<String>,
    pub pool_option: Option<String>,
    pub volume_type: Option<String>,
    pub perf_tier: Option<String>,
    /// The VM sizes of the pools the storage runs on.
    pub vm_sizes: Vec<String>,
}

impl super::cluster_storage::Storage {
    /// What version 1's enabling reads from the flags, for pools of `vm_sizes`.
    pub fn enable_v1(&self, vm_sizes: Vec<String>) -> Result<EnableV1> {
        Ok(EnableV1 {
            pool_type: self.v1_pool_type()?,
            pool_name: self.pool_name.clone(),
            pool_size: self.pool_size.clone(),
            pool_sku: self.pool_sku.clone(),
            pool_option: self.pool_option.clone(),
            volume_type: self.ephemeral_volume_type.clone(),
            perf_tier: self.ephemeral_nvme_perf_tier.clone(),
            vm_sizes,
        })
    }
}

/// The settings of the install (or update) call, and whether a storage pool gets created
/// (az then resets the install fields with a second, unawaited update).
pub fn enable_settings(
    req: &EnableV1,
    state: &V1State,
    skus: &SkuCache,
) -> Result<(Settings, bool)> {
    let t = req.pool_type.as_str();
    let option = req.pool_option.as_deref().unwrap_or_default();
    let same = |given: &Option<String>, existing: &str| {
        given
            .as_deref()
            .is_none_or(|g| g.eq_ignore_ascii_case(existing))
    };
    let create_pool = !state.installed
        || !(state.temp || state.nvme)
        || t != EPHEMERAL_DISK
        || (same(&req.volume_type, &state.volume_type) && same(&req.perf_tier, &state.perf_tier));
    let installed = state.installed;
    let mut azure_disk = installed && state.azure_disk;
    let mut elastic_san = installed && state.elastic_san;
    let mut nvme_on = installed && state.nvme;
    let mut temp_on = installed && state.temp;
    let mut s = Settings::default();
    if create_pool {
        let name = req.pool_name.clone().unwrap_or_else(|| {
            let base = t.to_lowercase();
            if t == EPHEMERAL_DISK {
                format!("{base}-{}", option.to_lowercase())
            } else {
                base
            }
        });
        let size = req
            .pool_size
            .clone()
            .unwrap_or_else(|| if t == ELASTIC_SAN { "1Ti" } else { "512Gi" }.to_string());
        let mut disk_type = String::new();
        if t == EPHEMERAL_DISK {
            if option == NVME {
                nvme_on = true;
            } else if option == TEMP {
                temp_on = true;
            }
            disk_type = option.to_lowercase();
        } else {
            let sku = req.pool_sku.as_deref().unwrap_or("Premium_LRS");
            if t == ELASTIC_SAN {
                s.set("global.cli.storagePool.elasticSan.sku", sku);
                elastic_san = true;
            } else if t == AZURE_DISK {
                s.set("global.cli.storagePool.azureDisk.sku", sku);
                azure_disk = true;
            }
        }
        s.set("global.cli.storagePool.install.name", name);
        s.set("global.cli.storagePool.install.size", size);
        s.set("global.cli.storagePool.install.type", t);
        s.set("global.cli.storagePool.install.diskType", disk_type);
    }
    // az compares the existing perf tier, not the volume type, here: never true
    let bypass = match &req.volume_type {
        None => state.perf_tier.eq_ignore_ascii_case(PV_WITH_ANNOTATION),
        Some(v) => v.eq_ignore_ascii_case(PV_WITH_ANNOTATION),
    };
    let tier = req
        .perf_tier
        .clone()
        .unwrap_or_else(|| state.perf_tier.clone());
    let tier_updated = !state.perf_tier.eq_ignore_ascii_case(&tier);
    s.flag("global.cli.activeControl", true);
    s.flag("global.cli.storagePool.install.create", create_pool);
    s.flag("global.cli.storagePool.azureDisk.enabled", azure_disk);
    s.flag("global.cli.storagePool.elasticSan.enabled", elastic_san);
    s.flag("global.cli.storagePool.ephemeralDisk.nvme.enabled", nvme_on);
    s.flag("global.cli.storagePool.ephemeralDisk.temp.enabled", temp_on);
    s.flag(
        "global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation",
        bypass,
    );
    s.set(
        "global.cli.storagePool.ephemeralDisk.nvme.perfTier",
        tier.clone(),
    );
    s.flag("global.cli.storagePool.disable.validation", false);
    s.set("global.cli.storagePool.disable.type", "");
    s.flag("global.cli.storagePool.disable.active", false);
    s.set("cli.storagePool.type", "");
    s.set("cli.storagePool.ephemeralDisk.diskType", "");
    let resources = if installed {
        desired_on_enable(req, state, &tier, tier_updated, skus)?
    } else if t == AZURE_DISK || (t == EPHEMERAL_DISK && option == TEMP) {
        SMALL
    } else if t == EPHEMERAL_DISK && option == NVME {
        nvme(nvme_cores(&req.vm_sizes, &tier, skus)?)
    } else {
        NONE
    };
    s.resources(resources);
    Ok((s, create_pool))
}

/// `_get_current_resource_values` from what is installed. az always passes the extension's
/// core value along (-1 when it could not read one), so it is never computed here.
fn current(state: &V1State) -> Resources {
    let mut r = Resources {
        cores: PyNum::Int(1),
        memory: 1,
        hugepages: 1,
        hugepages_number: 1024,
    };
    if state.elastic_san {
        r = NONE;
    }
    if state.azure_disk || state.temp {
        r = SMALL;
    }
    if state.nvme {
        r = nvme(r.cores);
    }
    r.cores = state.core_value;
    r
}

/// `get_desired_resource_value_args(..., is_enabling_op=True)`.
fn desired_on_enable(
    req: &EnableV1,
    state: &V1State,
    tier: &str,
    tier_updated: bool,
    skus: &SkuCache,
) -> Result<Resources> {
    let cur = current(state);
    let t = req.pool_type.as_str();
    let option = req.pool_option.as_deref();
    let mut r = NONE;
    if t == AZURE_DISK || (t == EPHEMERAL_DISK && option == Some(TEMP)) {
        r = SMALL;
    } else if t == EPHEMERAL_DISK && (option == Some(NVME) || state.nvme || tier_updated) {
        r = nvme(nvme_cores(&req.vm_sizes, tier, skus)?);
    }
    if !tier_updated && cur.cores.value() > r.cores.value() {
        r.cores = cur.cores;
    }
    r.memory = r.memory.max(cur.memory);
    r.hugepages = r.hugepages.max(cur.hugepages);
    r.hugepages_number = r.hugepages_number.max(cur.hugepages_number);
    Ok(r)
}

/// The second update after a storage pool was created: the install fields reset.
pub fn reset_install() -> Settings {
    let mut s = Settings::default();
    s.flag("global.cli.activeControl", true);
    s.flag("global.cli.storagePool.install.create", false);
    for key in ["name", "size", "type", "diskType"] {
        s.set(&format!("global.cli.storagePool.install.{key}"), "");
    }
    s
}

/// The reset after a failed update that enabled a type: the install fields, the resources
/// and the type as they were.
pub fn reset_after_failed_enable(req: &EnableV1, state: &V1State) -> Settings {
    let mut s = reset_install();
    s.resources(current(state));
    match req.pool_type.as_str() {
        AZURE_DISK => s.flag("global.cli.storagePool.azureDisk.enabled", false),
        ELASTIC_SAN => s.flag("global.cli.storagePool.elasticSan.enabled", false),
        EPHEMERAL_DISK => {
            match req.pool_option.as_deref() {
                Some(NVME) => {
                    s.flag("global.cli.storagePool.ephemeralDisk.nvme.enabled", false);
                    s.set(
                        "global.cli.storagePool.ephemeralDisk.nvme.perfTier",
                        state.perf_tier.clone(),
                    );
                }
                Some(TEMP) => s.flag("global.cli.storagePool.ephemeralDisk.temp.enabled", false),
                _ => {}
            }
            s.flag(
                "global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation",
                state.volume_type.eq_ignore_ascii_case(PV_WITH_ANNOTATION),
            );
        }
        _ => {}
    }
    s
}

/// What `perform_disable_azure_container_storage_v1` sends, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct DisableV1 {
    /// The optional validation update (`global.cli.storagePool.disable.validation`), and the
    /// reset that follows it when it fails.
    pub validation: Settings,
    pub validation_failed: Settings,
    /// For one type: the update that disables it, and the reset after it (succeeded, failed).
    pub disable: Settings,
    pub after: Settings,
    pub after_failed: Settings,
}

/// The four types' switches.
fn types(s: &mut Settings, azure_disk: bool, elastic_san: bool, nvme: bool, temp: bool) {
    s.flag("global.cli.storagePool.azureDisk.enabled", azure_disk);
    s.flag("global.cli.storagePool.elasticSan.enabled", elastic_san);
    s.flag("global.cli.storagePool.ephemeralDisk.nvme.enabled", nvme);
    s.flag("global.cli.storagePool.ephemeralDisk.temp.enabled", temp);
}

/// The settings to disable `pool_type` (`all` or one type) with `--storage-pool-option`.
pub fn disable_settings(pool_type: &str, option: Option<&str>, state: &V1State) -> DisableV1 {
    // without an option the ephemeral disk's installed kind is meant
    let option = match option {
        Some(o) => Some(o.to_string()),
        None if pool_type == EPHEMERAL_DISK && state.nvme => Some(NVME.to_string()),
        None if pool_type == EPHEMERAL_DISK && state.temp => Some(TEMP.to_string()),
        None => None,
    };
    let disk_type = if pool_type == EPHEMERAL_DISK {
        option.as_deref().unwrap_or_default().to_lowercase()
    } else {
        String::new()
    };
    let (azd, esan, nvme_on, temp_on) =
        (state.azure_disk, state.elastic_san, state.nvme, state.temp);
    let validation_with = |on: bool| {
        let mut s = Settings::default();
        s.flag("global.cli.storagePool.disable.validation", on);
        s.set(
            "global.cli.storagePool.disable.type",
            if on { pool_type } else { "" },
        );
        s.set(
            "global.cli.storagePool.disable.diskType",
            if on { disk_type.as_str() } else { "" },
        );
        types(&mut s, azd, esan, nvme_on, temp_on);
        for (k, v) in reset_install().0 {
            s.set(&k, v);
        }
        s
    };
    let (mut a, mut e, mut n, mut t) = (azd, esan, nvme_on, temp_on);
    let mut bypass = state.volume_type.eq_ignore_ascii_case(PV_WITH_ANNOTATION);
    let mut tier = state.perf_tier.clone();
    let opt = option.as_deref();
    match pool_type {
        AZURE_DISK => a = false,
        ELASTIC_SAN => e = false,
        EPHEMERAL_DISK => {
            match opt {
                Some(NVME) => n = false,
                Some(TEMP) => t = false,
                Some(super::cluster_storage_v1::ALL) => (n, t) = (false, false),
                _ => {}
            }
            if !n {
                bypass = false;
                tier = TIER_STANDARD.to_string();
            }
        }
        _ => {}
    }
    let mut disable = Settings::default();
    disable.flag("global.cli.storagePool.disable.validation", false);
    disable.set("global.cli.storagePool.disable.type", pool_type);
    disable.flag("global.cli.storagePool.disable.active", true);
    disable.set("global.cli.storagePool.disable.diskType", disk_type.clone());
    types(&mut disable, a, e, n, t);
    disable.flag(
        "global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation",
        bypass,
    );
    disable.set("global.cli.storagePool.ephemeralDisk.nvme.perfTier", tier);
    for (k, v) in reset_install().0 {
        disable.set(&k, v);
    }
    disable.resources(desired_on_disable(pool_type, opt, state));
    let mut after = Settings::default();
    after.flag("global.cli.activeControl", true);
    after.flag("global.cli.storagePool.disable.validation", false);
    after.set("global.cli.storagePool.disable.type", "");
    after.flag("global.cli.storagePool.disable.active", false);
    after.set("global.cli.storagePool.disable.diskType", "");
    for (k, v) in reset_install().0 {
        after.set(&k, v);
    }
    let mut after_failed = after.clone();
    types(&mut after, a, e, n, t);
    after_failed.resources(current(state));
    after_failed.flag(
        "global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation",
        state.volume_type.eq_ignore_ascii_case(PV_WITH_ANNOTATION),
    );
    after_failed.set(
        "global.cli.storagePool.ephemeralDisk.nvme.perfTier",
        state.perf_tier.clone(),
    );
    types(&mut after_failed, azd, esan, nvme_on, temp_on);
    DisableV1 {
        validation: validation_with(true),
        validation_failed: validation_with(false),
        disable,
        after,
        after_failed,
    }
}

/// `get_desired_resource_value_args(..., is_enabling_op=False)`: what is left keeps its
/// resources; NVMe gone with Azure Disk left takes Azure Disk's.
fn desired_on_disable(t: &str, option: Option<&str>, state: &V1State) -> Resources {
    let cur = current(state);
    let (azd, nvme_on, temp_on) = (state.azure_disk, state.nvme, state.temp);
    let smaller = (t == ELASTIC_SAN && (azd || nvme_on || temp_on))
        || (t == AZURE_DISK && (nvme_on || temp_on))
        || (t == EPHEMERAL_DISK && option == Some(TEMP) && (azd || nvme_on));
    let nvme_gone_disk_left = t == EPHEMERAL_DISK
        && ((option == Some(NVME) && (temp_on || azd))
            || (option == Some(super::cluster_storage_v1::ALL) && azd));
    if smaller {
        cur
    } else if nvme_gone_disk_left {
        SMALL
    } else {
        NONE
    }
}

/// The tier az reads back from the extension's settings (`Standard` unless Basic or Premium).
pub fn known_tier(value: &str) -> String {
    if value.eq_ignore_ascii_case(TIER_BASIC) {
        TIER_BASIC.to_string()
    } else if value.eq_ignore_ascii_case(TIER_PREMIUM) {
        TIER_PREMIUM.to_string()
    } else {
        TIER_STANDARD.to_string()
    }
}

#[cfg(test)]
#[path = "cluster_storage_v1_settings_tests.rs"]
mod tests;
