//! `aks create --sku automatic`: the defaults az 2.91's create decorator fills for an
//! Automatic cluster (`CONST_MANAGED_CLUSTER_SKU_NAME_AUTOMATIC` in
//! `managed_cluster_decorator.py`), applied to the validated spec so the steps that follow
//! (checks, the body, the calls after the PUT) see what az's getters answer.

use std::path::Path;

use super::aks::AksCreate;
use super::ssh::SshKeyOptions;
use crate::error::{AzError, Result};

/// The hosted system flags of `aks create` as given (a Managed System Pool: AKS runs the
/// system pool; with the subnet trio, in the user's own virtual network).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutomaticInput {
    pub enable_hosted_system: bool,
    pub system_node_subnet_id: Option<String>,
    pub node_subnet_id: Option<String>,
}

/// What the Automatic defaults and the hosted system flags settled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Automatic {
    /// `--enable-hosted-system` as given.
    pub enable_hosted_system: bool,
    pub system_node_subnet_id: Option<String>,
    pub node_subnet_id: Option<String>,
    /// `--apiserver-subnet-id` as given (the third subnet of the trio).
    pub apiserver_subnet_id: Option<String>,
    /// `--sku automatic`.
    pub automatic: bool,
    /// The monitoring add-on is the Automatic default, not in `--enable-addons`: az then
    /// makes no data collection rule association after the PUT.
    pub implicit_monitoring: bool,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|s| !s.is_empty())
}

impl AutomaticInput {
    /// The argument validators `validate_system_node_subnet_id`, `validate_node_subnet_id`.
    pub fn validate(self) -> Result<Automatic> {
        for (flag, id) in [
            ("--system-node-subnet-id", &self.system_node_subnet_id),
            ("--node-subnet-id", &self.node_subnet_id),
        ] {
            if let Some(id) = given(id)
                && !super::resource_id::is_valid_resource_id(id)
            {
                return Err(AzError::validation(format!(
                    "{flag} is not a valid Azure resource ID."
                )));
            }
        }
        Ok(Automatic {
            enable_hosted_system: self.enable_hosted_system,
            system_node_subnet_id: self.system_node_subnet_id,
            node_subnet_id: self.node_subnet_id,
            ..Automatic::default()
        })
    }
}

impl Automatic {
    /// `--system-node-subnet-id` or `--node-subnet-id`: the user's own network for the
    /// hosted system pool (it replaces `--vnet-subnet-id`).
    pub fn byo_subnets(&self) -> bool {
        given(&self.system_node_subnet_id).is_some() || given(&self.node_subnet_id).is_some()
    }

    /// `get_enable_hosted_system`: asked for, or implied by the whole subnet trio.
    pub fn hosted_system(&self) -> bool {
        self.enable_hosted_system
            || (given(&self.system_node_subnet_id).is_some()
                && given(&self.node_subnet_id).is_some()
                && given(&self.apiserver_subnet_id).is_some())
    }

    /// `validate_byo_hosted_system_subnets`, with its messages.
    pub fn check_subnets(&self) -> Result<()> {
        if self.enable_hosted_system && !self.automatic {
            return Err(AzError::validation(
                "\"--enable-hosted-system\" requires \"--sku automatic\".",
            ));
        }
        if !self.byo_subnets() {
            return Ok(());
        }
        let missing: Vec<&str> = [
            ("--system-node-subnet-id", &self.system_node_subnet_id),
            ("--node-subnet-id", &self.node_subnet_id),
            ("--apiserver-subnet-id", &self.apiserver_subnet_id),
        ]
        .into_iter()
        .filter(|(_, v)| given(v).is_none())
        .map(|(flag, _)| flag)
        .collect();
        if !missing.is_empty() {
            return Err(AzError::validation(format!(
                "BYO VNet for a Managed System Pool (Automatic cluster) requires all three subnets. Missing: {}.",
                missing.join(", ")
            )));
        }
        if !self.automatic {
            return Err(AzError::validation(
                "\"--system-node-subnet-id\" / \"--node-subnet-id\" require \"--sku automatic\".",
            ));
        }
        Ok(())
    }

    /// `_get_byo_hosted_system_subnet_ids`: the trio, each once, for Network Contributor.
    pub fn subnets_to_grant(&self) -> Vec<String> {
        if !self.hosted_system() {
            return Vec::new();
        }
        let mut out: Vec<String> = Vec::new();
        for id in [
            &self.system_node_subnet_id,
            &self.node_subnet_id,
            &self.apiserver_subnet_id,
        ] {
            if let Some(id) = given(id)
                && !out.iter().any(|o| o == id)
            {
                out.push(id.to_string());
            }
        }
        out
    }

    /// `set_up_hosted_system_profile`: the profile, with the subnets given.
    pub fn hosted_system_profile(&self) -> Option<serde_json::Value> {
        if !self.hosted_system() {
            return None;
        }
        let mut p = serde_json::Map::new();
        p.insert("enabled".into(), serde_json::json!(true));
        if let Some(id) = given(&self.system_node_subnet_id) {
            p.insert("systemNodeSubnetID".into(), serde_json::json!(id));
        }
        if let Some(id) = given(&self.node_subnet_id) {
            p.insert("nodeSubnetID".into(), serde_json::json!(id));
        }
        Some(serde_json::Value::Object(p))
    }
}

/// `--sku automatic` (az's enum reads it in any case).
pub fn is_automatic(sku: Option<&str>) -> bool {
    sku.is_some_and(|s| s.eq_ignore_ascii_case("automatic"))
}

/// `validate_ssh_key` for the Automatic SKU: its managed system pool rejects any SSH key, so
/// an asked-for key is an error and none is read or generated (no `--no-ssh-key` needed).
/// `home` expands `~` as az's `file_type` does: the default path is no request for a key.
pub fn ssh_options(opts: &SshKeyOptions, sku: Option<&str>, home: &Path) -> Result<SshKeyOptions> {
    if opts.no_ssh_key || !is_automatic(sku) {
        return Ok(opts.clone());
    }
    let default = home.join(".ssh").join("id_rsa.pub");
    let explicit = opts.value.as_deref().is_some_and(|v| {
        let expanded = match v.strip_prefix('~') {
            Some(rest) => format!("{}{rest}", home.display()),
            None => v.to_string(),
        };
        !v.is_empty() && Path::new(&expanded) != default
    });
    if opts.generate || explicit {
        return Err(AzError::validation(
            "SSH key configuration is not supported for the Automatic SKU. Do not specify \"--ssh-key-value\" or \"--generate-ssh-keys\" when using \"--sku automatic\".",
        ));
    }
    Ok(SshKeyOptions {
        no_ssh_key: true,
        ..opts.clone()
    })
}

/// The getters' Automatic defaults, in az's order: the monitoring add-on appended to
/// `--enable-addons` (`_get_enable_addons`) with managed identity auth
/// (`get_enable_msi_auth_for_monitoring`), a managed NAT gateway instead of the load
/// balancer when no subnet of the user's is given (`_get_outbound_type`), no local accounts
/// (`get_disable_local_accounts`) and Azure Monitor metrics on
/// (`_get_enable_azure_monitor_metrics`). The SKU itself is `sku_body`.
/// With the subnet trio, the API server joins its subnet (`enableVnetIntegration`, as
/// `set_up_api_server_access_profile` does) and `--vnet-subnet-id` is not needed.
pub fn apply_create_defaults(mut spec: AksCreate) -> Result<AksCreate> {
    spec.automatic.apiserver_subnet_id = spec.net.apiserver_subnet_id.clone();
    spec.automatic.automatic = is_automatic(spec.misc.sku.as_deref());
    if spec.automatic.byo_subnets() && given(&spec.net.apiserver_subnet_id).is_some() {
        spec.net.enable_apiserver_vnet_integration = true;
    }
    if !spec.automatic.automatic {
        return Ok(spec);
    }
    spec.automatic.implicit_monitoring = spec.addon_profiles.names.is_empty();
    spec.addon_profiles.names.push("monitoring".into());
    spec.addon_profiles.msi_auth = true;
    let own_subnet = spec
        .pool
        .vnet_subnet_id
        .as_deref()
        .is_some_and(|s| !s.is_empty());
    if !own_subnet
        && !spec.automatic.byo_subnets()
        && spec.cluster.effective_outbound_type() == Some("loadBalancer")
    {
        spec.cluster.outbound_type = Some("managedNATGateway");
    }
    spec.cluster.disable_local_accounts = true;
    spec.metrics.enable = true;
    Ok(spec)
}

/// `set_up_sku`: `Automatic` defaults to the `Standard` tier, which only `--tier premium`
/// changes; `Base` keeps the tier as given (`Free` when none).
pub fn sku_body(sku: Option<&str>, tier: &str) -> serde_json::Value {
    if is_automatic(sku) {
        let tier = if tier == "Premium" {
            "Premium"
        } else {
            "Standard"
        };
        return serde_json::json!({"name": "Automatic", "tier": tier});
    }
    serde_json::json!({"name": "Base", "tier": tier})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(value: Option<&str>, generate: bool) -> SshKeyOptions {
        SshKeyOptions {
            value: value.map(str::to_string),
            generate,
            no_ssh_key: false,
        }
    }

    #[test]
    fn automatic_refuses_an_asked_for_key_and_reads_none() {
        let home = Path::new("/home/u");
        let err = ssh_options(&opts(None, true), Some("automatic"), home).unwrap_err();
        assert!(
            err.message
                .starts_with("SSH key configuration is not supported")
        );
        assert!(ssh_options(&opts(Some("/k.pub"), false), Some("automatic"), home).is_err());
        for default in ["~/.ssh/id_rsa.pub", "/home/u/.ssh/id_rsa.pub"] {
            let o = ssh_options(&opts(Some(default), false), Some("automatic"), home).unwrap();
            assert!(o.no_ssh_key);
        }
        let base = ssh_options(&opts(None, true), Some("base"), home).unwrap();
        assert!(!base.no_ssh_key && base.generate);
    }

    #[test]
    fn automatic_tier_is_standard_unless_premium() {
        assert_eq!(sku_body(Some("automatic"), "Free")["tier"], "Standard");
        assert_eq!(sku_body(Some("automatic"), "Premium")["tier"], "Premium");
        assert_eq!(
            sku_body(None, "Free"),
            serde_json::json!({"name": "Base", "tier": "Free"})
        );
    }
}
