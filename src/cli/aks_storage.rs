//! The Azure Container Storage flags of `aks create` and `aks update` (flattened into
//! `AksCreateArgs` / `AksUpdateArgs`): the cluster extension that installs the storage, not part
//! of the cluster body.

use clap::Args;
use clap::builder::PossibleValuesParser;

use crate::spec::cluster_storage::StorageInput;

const VERSIONS: &[&str] = &["1", "2"];
const POOL_SKUS: &[&str] = &[
    "Premium_LRS",
    "Standard_LRS",
    "StandardSSD_LRS",
    "UltraSSD_LRS",
    "Premium_ZRS",
    "PremiumV2_LRS",
    "StandardSSD_ZRS",
];
const POOL_OPTIONS_CREATE: &[&str] = &["NVMe", "Temp"];
const POOL_OPTIONS_UPDATE: &[&str] = &["NVMe", "Temp", "all"];
const EPHEMERAL_VOLUME_TYPES: &[&str] = &["EphemeralVolumeOnly", "PersistentVolumeWithAnnotation"];
const NVME_PERF_TIERS: &[&str] = &["Basic", "Premium", "Standard"];

/// The flags both commands take.
#[derive(Debug, Args)]
pub struct StorageArgs {
    /// Enable azure container storage, alone or with storage pool types.
    #[arg(long, num_args = 0..)]
    pub enable_azure_container_storage: Option<Vec<String>>,
    /// Set azure container storage version.
    #[arg(long, value_parser = PossibleValuesParser::new(VERSIONS))]
    pub container_storage_version: Option<String>,
    /// Set storage pool name for azure container storage.
    #[arg(long)]
    pub storage_pool_name: Option<String>,
    /// Set storage pool size for azure container storage.
    #[arg(long)]
    pub storage_pool_size: Option<String>,
    /// Set azure disk type storage pool sku for azure container storage.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(POOL_SKUS))]
    pub storage_pool_sku: Option<String>,
    /// Set ephemeral disk volume type for azure container storage. Read by version 1 only
    /// (`spec::cluster_storage_v1`); the latest version's path never looks at it, in az as in azr.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(EPHEMERAL_VOLUME_TYPES))]
    pub ephemeral_disk_volume_type: Option<String>,
    /// Set ephemeral disk NVMe performance tier for azure container storage (version 1 only,
    /// as `--ephemeral-disk-volume-type`).
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(NVME_PERF_TIERS))]
    pub ephemeral_disk_nvme_perf_tier: Option<String>,
}

/// `aks create`.
#[derive(Debug, Args)]
pub struct CreateStorageArgs {
    #[command(flatten)]
    pub common: StorageArgs,
    /// Set ephemeral disk storage pool option for azure container storage.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(POOL_OPTIONS_CREATE))]
    pub storage_pool_option: Option<String>,
}

/// `aks update` adds the switch that removes it.
#[derive(Debug, Args)]
pub struct UpdateStorageArgs {
    #[command(flatten)]
    pub common: StorageArgs,
    /// Disable azure container storage or some of its storage pool types.
    #[arg(long, num_args = 0..)]
    pub disable_azure_container_storage: Option<Vec<String>>,
    /// The comma-separated node pools to install azure container storage on (version 1 only,
    /// as `--ephemeral-disk-volume-type`).
    #[arg(long)]
    pub azure_container_storage_nodepools: Option<String>,
    /// Set ephemeral disk storage pool option for azure container storage.
    #[arg(long, ignore_case = true, value_parser = PossibleValuesParser::new(POOL_OPTIONS_UPDATE))]
    pub storage_pool_option: Option<String>,
}

/// az's enum type gives the choice as az spells it, whatever the case typed.
fn canonical(value: Option<String>, choices: &[&str]) -> Option<String> {
    value.map(|v| {
        choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&v))
            .map_or(v, |c| c.to_string())
    })
}

impl StorageArgs {
    fn into_input(self, option: Option<String>, options: &[&str]) -> StorageInput {
        StorageInput {
            enable: self.enable_azure_container_storage,
            disable: None,
            version: self.container_storage_version,
            pool_name: self.storage_pool_name,
            pool_size: self.storage_pool_size,
            pool_sku: canonical(self.storage_pool_sku, POOL_SKUS),
            pool_option: canonical(option, options),
            nodepools: None,
            ephemeral_volume_type: canonical(
                self.ephemeral_disk_volume_type,
                EPHEMERAL_VOLUME_TYPES,
            ),
            ephemeral_nvme_perf_tier: canonical(
                self.ephemeral_disk_nvme_perf_tier,
                NVME_PERF_TIERS,
            ),
        }
    }
}

impl CreateStorageArgs {
    pub fn into_input(self) -> StorageInput {
        self.common
            .into_input(self.storage_pool_option, POOL_OPTIONS_CREATE)
    }
}

impl UpdateStorageArgs {
    pub fn into_input(self) -> StorageInput {
        StorageInput {
            disable: self.disable_azure_container_storage,
            nodepools: self.azure_container_storage_nodepools,
            ..self
                .common
                .into_input(self.storage_pool_option, POOL_OPTIONS_UPDATE)
        }
    }
}
