//! Small cluster flags of `aks create` and `aks update`: the upstream kube-scheduler's user
//! configuration, the bootstrap profile (artifact source, container registry) and the node
//! provisioning profile (mode, default pools), read as az 2.91's getters read them.

use crate::error::{AzError, Result};

pub const BOOTSTRAP_ARTIFACT_SOURCES: &[&str] = &["Direct", "Cache"];
pub const NODE_PROVISIONING_MODES: &[&str] = &["Manual", "Auto"];
pub const NODE_PROVISIONING_DEFAULT_POOLS: &[&str] = &["None", "Auto"];
/// `--sku` (az's `sku_names`).
pub const SKU_NAMES: &[&str] = &["base", "automatic"];

/// The flags as given (after clap). `aks create` has no `--disable-...` switch.
#[derive(Debug, Clone, Default)]
pub struct MiscInput {
    pub enable_upstream_kubescheduler_user_configuration: bool,
    pub disable_upstream_kubescheduler_user_configuration: bool,
    pub bootstrap_artifact_source: Option<String>,
    pub bootstrap_container_registry_resource_id: Option<String>,
    pub node_provisioning_mode: Option<String>,
    pub node_provisioning_default_pools: Option<String>,
    pub assign_kubelet_identity: Option<String>,
    pub sku: Option<String>,
    /// `aks create` only.
    pub fqdn_subdomain: Option<String>,
    /// `aks update` only.
    pub migrate_vmas_to_vms: bool,
}

/// The validated flags. `bootstrap_artifact_source` is az's value: `Direct` by default on
/// create, `None` on update unless given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Misc {
    pub enable_scheduler_config: bool,
    pub disable_scheduler_config: bool,
    pub bootstrap_artifact_source: Option<String>,
    pub bootstrap_registry_id: Option<String>,
    pub node_provisioning_mode: Option<String>,
    pub node_provisioning_default_pools: Option<String>,
    /// `--assign-kubelet-identity` (`""` is none, as az's getter reads it).
    pub kubelet_identity: Option<String>,
    /// `identityProfile.kubeletidentity` as az sends it on create, once the identity is read.
    pub kubelet_identity_profile: Option<serde_json::Value>,
    /// `--fqdn-subdomain` as given (`""` is sent, but counts as none in az's checks).
    pub fqdn_subdomain: Option<String>,
    /// The active cloud (set by the app): it picks the default workspace's region for
    /// `aks update --enable-defender`.
    pub cloud: String,
    pub migrate_vmas_to_vms: bool,
    /// `--sku`, lower-cased as az's enum reads it.
    pub sku: Option<String>,
}

/// az's enum types: any case, sent in the choice's own spelling.
fn choice(value: Option<String>, choices: &[&'static str]) -> Option<String> {
    value.map(|v| {
        super::pool_settings::canonical_choice(&v, choices)
            .map(str::to_string)
            .unwrap_or(v)
    })
}

impl MiscInput {
    /// The argument validators (`validate_bootstrap_container_registry_resource_id`);
    /// `create`: `--bootstrap-artifact-source` defaults to `Direct`.
    pub fn validate(self, create: bool) -> Result<Misc> {
        // `validate_assign_kubelet_identity`, an argument validator
        let kubelet_identity = self.assign_kubelet_identity.filter(|id| !id.is_empty());
        if let Some(id) = &kubelet_identity
            && !super::resource_id::is_valid_resource_id(id)
        {
            return Err(AzError::validation(
                "--assign-kubelet-identity is not a valid Azure resource ID.",
            ));
        }
        if let Some(id) = self
            .bootstrap_container_registry_resource_id
            .as_deref()
            .filter(|id| !id.is_empty())
            && !super::resource_id::is_valid_resource_id(id)
        {
            return Err(AzError::validation(
                "--bootstrap-container-registry-resource-id is not a valid Azure resource ID.",
            ));
        }
        let source = match self.bootstrap_artifact_source {
            None if create => Some("Direct".to_string()),
            s => choice(s, BOOTSTRAP_ARTIFACT_SOURCES),
        };
        Ok(Misc {
            enable_scheduler_config: self.enable_upstream_kubescheduler_user_configuration,
            disable_scheduler_config: self.disable_upstream_kubescheduler_user_configuration,
            bootstrap_artifact_source: source,
            bootstrap_registry_id: self.bootstrap_container_registry_resource_id,
            node_provisioning_mode: choice(self.node_provisioning_mode, NODE_PROVISIONING_MODES),
            node_provisioning_default_pools: choice(
                self.node_provisioning_default_pools,
                NODE_PROVISIONING_DEFAULT_POOLS,
            ),
            kubelet_identity,
            kubelet_identity_profile: None,
            fqdn_subdomain: self.fqdn_subdomain,
            cloud: String::new(),
            migrate_vmas_to_vms: self.migrate_vmas_to_vms,
            sku: self.sku.map(|s| s.to_ascii_lowercase()),
        })
    }
}

impl Misc {
    /// `set_up_bootstrap_profile`/`update_bootstrap_profile`: a registry only with `Cache`.
    pub fn check_bootstrap(&self) -> Result<()> {
        let Some(source) = &self.bootstrap_artifact_source else {
            return Ok(());
        };
        if source != "Cache"
            && self
                .bootstrap_registry_id
                .as_deref()
                .is_some_and(|r| !r.is_empty())
        {
            return Err(AzError::validation(
                "Cannot specify --bootstrap-container-registry-resource-id when --bootstrap-artifact-source is not Cache.",
            ));
        }
        Ok(())
    }

    /// `get_disable_upstream_kubescheduler_user_configuration` (update).
    pub fn check_scheduler(&self) -> Result<()> {
        if self.enable_scheduler_config && self.disable_scheduler_config {
            return Err(AzError::validation(
                "Cannot specify --enable-upstream-kubescheduler-user-configuration and --disable-upstream-kubescheduler-user-configuration at the same time.",
            ));
        }
        Ok(())
    }

    /// `get_assign_identity` of `set_up_identity` (create): a kubelet identity needs a
    /// user-assigned control-plane identity.
    pub fn check_create_kubelet_identity(&self, assign_identity: Option<&str>) -> Result<()> {
        if self.kubelet_identity.is_some() && assign_identity.is_none_or(str::is_empty) {
            return Err(AzError::validation(
                "--assign-kubelet-identity can only be specified when --assign-identity is specified",
            ));
        }
        Ok(())
    }

    /// `update_sku`'s name: as given, else the cluster's (`Base` unless it is Automatic).
    pub fn sku_name(&self, current: Option<&str>) -> &'static str {
        let name = self
            .sku
            .clone()
            .or_else(|| current.map(str::to_ascii_lowercase));
        if name.as_deref() == Some("automatic") {
            "Automatic"
        } else {
            "Base"
        }
    }

    /// A non-empty `--fqdn-subdomain`: az then derives no DNS prefix.
    pub fn subdomain(&self) -> Option<&str> {
        self.fqdn_subdomain.as_deref().filter(|s| !s.is_empty())
    }

    /// `get_dns_name_prefix` and `get_private_dns_zone` (create): a subdomain replaces the DNS
    /// prefix and names a record in a private DNS zone of the user's own.
    pub fn check_fqdn_subdomain(
        &self,
        dns_name_prefix: Option<&str>,
        private_dns_zone: Option<&str>,
    ) -> Result<()> {
        if self.subdomain().is_none() {
            return Ok(());
        }
        if dns_name_prefix.is_some_and(|p| !p.is_empty()) {
            return Err(AzError::validation(
                "--dns-name-prefix and --fqdn-subdomain cannot be used at same time",
            ));
        }
        let zone = private_dns_zone.filter(|z| !z.is_empty());
        if zone.is_some_and(|z| z.eq_ignore_ascii_case("system") || z.eq_ignore_ascii_case("none"))
        {
            return Err(AzError::validation(
                "--fqdn-subdomain should only be used for private cluster with custom private dns zone",
            ));
        }
        Ok(())
    }

    /// `check_raw_parameters`: a truthy value counts.
    pub fn changes_anything(&self) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
        self.enable_scheduler_config
            || self.disable_scheduler_config
            || given(&self.bootstrap_artifact_source)
            || given(&self.bootstrap_registry_id)
            || given(&self.node_provisioning_mode)
            || given(&self.node_provisioning_default_pools)
            || self.kubelet_identity.is_some()
            || self.migrate_vmas_to_vms
            || given(&self.sku)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_id_must_be_a_resource_id_and_needs_cache() {
        let bad = MiscInput {
            bootstrap_container_registry_resource_id: Some("foo".into()),
            ..Default::default()
        };
        assert_eq!(
            bad.validate(true).unwrap_err().message,
            "--bootstrap-container-registry-resource-id is not a valid Azure resource ID."
        );
        let id =
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r";
        let direct = MiscInput {
            bootstrap_container_registry_resource_id: Some(id.into()),
            ..Default::default()
        }
        .validate(true)
        .unwrap();
        assert_eq!(direct.bootstrap_artifact_source.as_deref(), Some("Direct"));
        assert!(direct.check_bootstrap().is_err());
        let cache = MiscInput {
            bootstrap_artifact_source: Some("cache".into()),
            bootstrap_container_registry_resource_id: Some(id.into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert_eq!(cache.bootstrap_artifact_source.as_deref(), Some("Cache"));
        assert!(cache.check_bootstrap().is_ok());
    }

    #[test]
    fn update_defaults_nothing_and_counts_what_is_given() {
        let none = MiscInput::default().validate(false).unwrap();
        assert_eq!(none, Misc::default());
        assert!(!none.changes_anything());
        let mode = MiscInput {
            node_provisioning_mode: Some("auto".into()),
            ..Default::default()
        }
        .validate(false)
        .unwrap();
        assert_eq!(mode.node_provisioning_mode.as_deref(), Some("Auto"));
        assert!(mode.changes_anything());
    }
}
