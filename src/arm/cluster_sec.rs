//! The identity and access part of the managed cluster body: what `aks create` sets up and
//! what `aks update` changes, each step where az's decorator (`managed_cluster_decorator.py`)
//! takes it, with the checks of its getters.

use serde_json::{Map, Value, json};

use crate::error::{AzError, Result};
use crate::spec::cluster_sec::{CreateSec, GMSA_QUESTION, KmsInput, UpdateSec, WindowsInput};

/// `set_up_mc_properties` (`enableRBAC`) and `set_up_aad_profile` (the tenant and the admin
/// groups join the managed AAD profile; without `--enable-aad` az sends no profile at all).
pub fn set_up_create(props: &mut Map<String, Value>, sec: &CreateSec) {
    props.insert("enableRBAC".into(), json!(!sec.disable_rbac));
    set_up_create_windows(props, &sec.windows);
    // `set_up_service_principal_profile`: only for a cluster without a managed identity
    if !sec.enable_managed_identity() {
        props.insert(
            "servicePrincipalProfile".into(),
            json!({"clientId": sec.service_principal, "secret": sec.client_secret}),
        );
    }
    if let Some(des) = &sec.node_osdisk_diskencryptionset_id {
        props.insert("diskEncryptionSetID".into(), json!(des));
    }
    if let Some(aad) = props.get_mut("aadProfile").and_then(Value::as_object_mut) {
        if let Some(ids) = &sec.aad_admin_group_object_ids {
            aad.insert("adminGroupObjectIDs".into(), json!(ids));
        }
        if let Some(tenant) = &sec.aad_tenant_id {
            aad.insert("tenantID".into(), json!(tenant));
        }
    }
}

/// `set_up_identity`: system-assigned, or the user-assigned identity `--assign-identity` names.
/// `set_up_windows_profile`: the admin account, the licence (`--enable-ahub`) and gMSA, only
/// when an account is given (checked by `CreateSec::check_decorator_rules`).
pub fn set_up_create_windows(props: &mut Map<String, Value>, w: &WindowsInput) {
    let given = |v: &Option<String>| v.as_ref().is_some_and(|v| !v.is_empty());
    if !(given(&w.admin_username) || given(&w.admin_password)) {
        return;
    }
    let mut profile = Map::new();
    profile.insert("adminUsername".into(), json!(w.admin_username));
    profile.insert("adminPassword".into(), json!(w.admin_password));
    if w.enable_ahub {
        profile.insert("licenseType".into(), json!("Windows_Server"));
    }
    if w.enable_gmsa {
        profile.insert("gmsaProfile".into(), gmsa_profile(w));
    }
    props.insert("windowsProfile".into(), Value::Object(profile));
}

fn gmsa_profile(w: &WindowsInput) -> Value {
    let mut g = json!({"enabled": true});
    if let Some(d) = &w.gmsa_dns_server {
        g["dnsServer"] = json!(d);
    }
    if let Some(r) = &w.gmsa_root_domain_name {
        g["rootDomainName"] = json!(r);
    }
    g
}

/// `update_windows_profile`: its getters' checks, then the licence, the password and gMSA on
/// the profile the cluster has (a cluster without one cannot take them).
pub fn update_windows_profile(mc: &mut Value, w: &WindowsInput, yes: bool) -> Result<()> {
    if w.enable_ahub && w.disable_ahub {
        return Err(AzError::validation(
            "Cannot specify \"--enable-ahub\" and \"--disable-ahub\" at the same time",
        ));
    }
    let password = w.admin_password.as_ref().filter(|p| !p.is_empty());
    if w.check_gmsa()? && !yes {
        return Err(AzError::validation(format!(
            "{GMSA_QUESTION}: unable to prompt for confirmation as no tty available. Use --yes."
        )));
    }
    let any =
        w.enable_ahub || w.disable_ahub || password.is_some() || w.enable_gmsa || w.disable_gmsa;
    if !any {
        return Ok(());
    }
    let Some(profile) = props(mc)
        .get_mut("windowsProfile")
        .and_then(Value::as_object_mut)
    else {
        return Err(AzError::validation(
            "Encounter an unexpected error while getting windows profile from the cluster in the process of update.",
        ));
    };
    if w.enable_ahub {
        profile.insert("licenseType".into(), json!("Windows_Server"));
    }
    if w.disable_ahub {
        profile.insert("licenseType".into(), json!("None"));
    }
    if let Some(p) = password {
        profile.insert("adminPassword".into(), json!(p));
    }
    if w.enable_gmsa {
        profile.insert("gmsaProfile".into(), gmsa_profile(w));
    }
    if w.disable_gmsa {
        profile.insert("gmsaProfile".into(), json!({"enabled": false}));
    }
    Ok(())
}

/// Without a managed identity (a service principal) az sends none.
pub fn set_up_create_identity(body: &mut Map<String, Value>, sec: &CreateSec) {
    if !sec.enable_managed_identity() {
        return;
    }
    let identity = match &sec.assign_identity {
        None => json!({"type": "SystemAssigned"}),
        Some(id) => json!({"type": "UserAssigned", "userAssignedIdentities": {id.as_str(): {}}}),
    };
    body.insert("identity".into(), identity);
}

/// The checks of the KMS getters `set_up_azure_keyvault_kms` calls (create).
pub fn check_create_kms(kms: &KmsInput) -> Result<()> {
    let key = kms.key_id.as_deref().filter(|k| !k.is_empty());
    if kms.enable != key.is_some() {
        return Err(AzError::validation(
            "You must set \"--enable-azure-keyvault-kms\" and \"--azure-keyvault-kms-key-id\" at the same time.",
        ));
    }
    if key.is_some() {
        kms_network_access(kms)?;
    }
    Ok(())
}

/// `set_up_azure_keyvault_kms` (checked by `check_create_kms`): the key, the network access,
/// the vault when it is private.
pub fn set_up_create_kms(props: &mut Map<String, Value>, kms: &KmsInput) {
    let Some(key) = kms
        .key_id
        .as_deref()
        .filter(|k| !k.is_empty() && kms.enable)
    else {
        return;
    };
    let access = kms.network_access.as_deref().unwrap_or("Public");
    let mut profile = json!({"enabled": true, "keyId": key, "keyVaultNetworkAccess": access});
    if access == "Private" {
        profile["keyVaultResourceId"] = json!(kms.key_vault_resource_id);
    }
    security_profile(props).insert("azureKeyVaultKms".into(), profile);
}

/// `get_azure_keyvault_kms_key_vault_network_access` once KMS is enabled: required, and a
/// private vault needs its resource id.
fn kms_network_access(kms: &KmsInput) -> Result<&str> {
    let Some(access) = kms.network_access.as_deref() else {
        return Err(AzError::validation(
            "\"--azure-keyvault-kms-key-vault-network-access\" is required.",
        ));
    };
    if access == "Private"
        && kms
            .key_vault_resource_id
            .as_deref()
            .is_none_or(str::is_empty)
    {
        return Err(AzError::validation(
            "\"--azure-keyvault-kms-key-vault-resource-id\" is required when \"--azure-keyvault-kms-key-vault-network-access\" is Private.",
        ));
    }
    Ok(access)
}

fn security_profile(props: &mut Map<String, Value>) -> &mut Map<String, Value> {
    let security = props.entry("securityProfile").or_insert_with(|| json!({}));
    if !security.is_object() {
        *security = json!({});
    }
    security.as_object_mut().expect("an object")
}

/// `update_azure_keyvault_kms`: the profile as read (or a new one) enabled with the key and
/// network access given, or disabled.
pub fn update_kms(mc: &mut Value, kms: &KmsInput) -> Result<()> {
    let key = kms.key_id.as_deref().filter(|k| !k.is_empty());
    if kms.enable != key.is_some() {
        return Err(AzError::validation(
            "You must set \"--enable-azure-keyvault-kms\" and \"--azure-keyvault-kms-key-id\" at the same time.",
        ));
    }
    if kms.enable {
        let access = kms_network_access(kms)?;
        let profile = kms_profile(mc);
        profile.insert("enabled".into(), json!(true));
        profile.insert("keyId".into(), json!(key));
        profile.insert("keyVaultNetworkAccess".into(), json!(access));
        let vault = if access == "Private" {
            json!(kms.key_vault_resource_id)
        } else {
            json!("")
        };
        profile.insert("keyVaultResourceId".into(), vault);
    }
    if kms.disable {
        if kms.enable {
            return Err(AzError::validation(
                "Cannot specify --enable-azure-keyvault-kms and --disable-azure-keyvault-kms at the same time.",
            ));
        }
        kms_profile(mc).insert("enabled".into(), json!(false));
    }
    Ok(())
}

fn kms_profile(mc: &mut Value) -> &mut Map<String, Value> {
    let profile = security_profile(props(mc))
        .entry("azureKeyVaultKms")
        .or_insert_with(|| json!({}));
    if !profile.is_object() {
        *profile = json!({});
    }
    profile.as_object_mut().expect("an object")
}

/// `get_workload_identity_profile` of `set_up_workload_identity_profile` (create).
pub fn check_create_workload_identity(enable_workload_identity: bool, oidc: bool) -> Result<()> {
    if enable_workload_identity && !oidc {
        return Err(oidc_required());
    }
    Ok(())
}

fn oidc_required() -> AzError {
    AzError::validation(
        "Enabling workload identity requires enabling OIDC issuer (--enable-oidc-issuer).",
    )
}

fn props(mc: &mut Value) -> &mut Map<String, Value> {
    if !mc["properties"].is_object() {
        mc["properties"] = json!({});
    }
    mc["properties"].as_object_mut().expect("an object")
}

/// `update_disable_local_accounts`.
pub fn update_local_accounts(mc: &mut Value, sec: &UpdateSec) -> Result<()> {
    if sec.disable_local_accounts && sec.enable_local_accounts {
        return Err(AzError::validation(
            "Cannot specify --disable-local-accounts and --enable-local-accounts at the same time.",
        ));
    }
    if sec.disable_local_accounts {
        props(mc).insert("disableLocalAccounts".into(), json!(true));
    }
    if sec.enable_local_accounts {
        props(mc).insert("disableLocalAccounts".into(), json!(false));
    }
    Ok(())
}

/// az's `check_is_managed_aad_cluster`.
fn managed_aad(mc: &Value) -> bool {
    mc.pointer("/properties/aadProfile/managed")
        .and_then(Value::as_bool)
        == Some(true)
}

/// `update_aad_profile`: its getters' checks, in the order it calls them.
pub fn update_aad_profile(mc: &mut Value, sec: &UpdateSec) -> Result<()> {
    if sec.enable_aad {
        if managed_aad(mc) {
            return Err(AzError::validation(
                "Cannot specify \"--enable-aad\" if managed AAD is already enabled",
            ));
        }
        props(mc).insert("aadProfile".into(), json!({"managed": true}));
    }
    let needs_aad = |given: bool, flag: &str| -> Result<()> {
        if given && !managed_aad(mc) {
            return Err(AzError::validation(format!(
                "Cannot specify \"{flag}\" if managed AAD is not enabled"
            )));
        }
        Ok(())
    };
    // az checks a non-empty value only, then fails on an empty one with no profile to set
    // it on (`'NoneType' object has no attribute`): azr refuses both up front.
    let tenant = sec.aad_tenant_id.as_ref();
    needs_aad(tenant.is_some(), "--aad-tenant-id")?;
    let groups = sec.aad_admin_group_object_ids.as_ref();
    needs_aad(groups.is_some(), "--aad-admin-group-object-ids")?;
    needs_aad(sec.enable_azure_rbac, "--enable-azure-rbac")?;
    if sec.enable_azure_rbac && sec.disable_azure_rbac {
        return Err(AzError::validation(
            "Cannot specify \"--enable-azure-rbac\" and \"--disable-azure-rbac\" at the same time",
        ));
    }
    needs_aad(sec.disable_azure_rbac, "--disable-azure-rbac")?;
    let mut set = |key: &str, value: Value| {
        if let Some(aad) = props(mc)
            .get_mut("aadProfile")
            .and_then(Value::as_object_mut)
        {
            aad.insert(key.into(), value);
        }
    };
    if let Some(t) = tenant {
        set("tenantID", json!(t));
    }
    if let Some(g) = groups {
        set("adminGroupObjectIDs", json!(g));
    }
    if sec.enable_azure_rbac {
        set("enableAzureRBAC", json!(true));
    }
    if sec.disable_azure_rbac {
        set("enableAzureRBAC", json!(false));
    }
    Ok(())
}

/// `update_oidc_issuer_profile`: the profile as read (or a new one), enabled.
pub fn update_oidc_issuer_profile(mc: &mut Value, sec: &UpdateSec) {
    if !sec.enable_oidc_issuer {
        return;
    }
    let p = props(mc);
    let profile = p.entry("oidcIssuerProfile").or_insert_with(|| json!({}));
    if !profile.is_object() {
        *profile = json!({});
    }
    profile["enabled"] = json!(true);
}

/// `update_identity`: `--enable-managed-identity` moves the cluster to a system-assigned
/// identity, or with `--assign-identity` to that user-assigned one; az asks first when that
/// changes the identity (`yes` answers for the user). `Ok(Some(question))`: it would have to
/// ask and cannot.
pub fn update_identity(mc: &mut Value, sec: &UpdateSec, yes: bool) -> Result<Option<String>> {
    let assign = sec.assign_identity.as_deref().filter(|i| !i.is_empty());
    if assign.is_some() && !sec.enable_managed_identity {
        return Err(AzError::validation(
            "--assign-identity can only be specified when --enable-managed-identity is specified",
        ));
    }
    let current_type = mc["identity"]["type"]
        .as_str()
        .map_or("spn".to_string(), str::to_lowercase);
    let current_uai = mc["identity"]["userAssignedIdentities"]
        .as_object()
        .and_then(|m| m.keys().next().cloned())
        .unwrap_or_default();
    let goal = match (sec.enable_managed_identity, assign) {
        (false, _) => current_type.clone(),
        (true, None) => "systemassigned".to_string(),
        (true, Some(_)) => "userassigned".to_string(),
    };
    let changes = current_type != goal
        || (goal == "userassigned" && assign.is_some_and(|a| a != current_uai));
    if !changes {
        return Ok(None);
    }
    if !yes {
        let question = if current_type == "spn" {
            format!(
                "Your cluster is using service principal, and you are going to update the cluster to use {goal} managed identity.\nAfter updating, your cluster's control plane and addon pods will switch to use managed identity, but kubelet will KEEP USING SERVICE PRINCIPAL until you upgrade your agentpool.\nAre you sure you want to perform this operation?"
            )
        } else if current_type != goal {
            format!(
                "Your cluster is already using {current_type} managed identity, and you are going to update the cluster to use {goal} managed identity.\nAre you sure you want to perform this operation?"
            )
        } else {
            format!(
                "Your cluster is already using userassigned managed identity, current control plane identity is {current_uai},and you are going to update the cluster identity to {}.\nAre you sure you want to perform this operation?",
                assign.unwrap_or_default()
            )
        };
        return Ok(Some(question));
    }
    mc["identity"] = match assign {
        None => json!({"type": "SystemAssigned"}),
        Some(id) => json!({"type": "UserAssigned", "userAssignedIdentities": {id: {}}}),
    };
    Ok(None)
}

/// `update_workload_identity_profile`: the profile as read (or a new one) switched on or off;
/// switching it on needs the OIDC issuer, given now or enabled before.
pub fn update_workload_identity_profile(mc: &mut Value, sec: &UpdateSec) -> Result<()> {
    let (enable, disable) = (sec.enable_workload_identity, sec.disable_workload_identity);
    if !enable && !disable {
        return Ok(());
    }
    if enable && disable {
        return Err(AzError::validation(
            "Cannot specify --enable-workload-identity and --disable-workload-identity at the same time.",
        ));
    }
    let oidc = mc
        .pointer("/properties/oidcIssuerProfile/enabled")
        .and_then(Value::as_bool)
        == Some(true);
    if enable && !oidc {
        return Err(oidc_required());
    }
    let p = props(mc);
    let security = p.entry("securityProfile").or_insert_with(|| json!({}));
    if !security.is_object() {
        *security = json!({});
    }
    let profile = &mut security["workloadIdentity"];
    if !profile.is_object() {
        *profile = json!({});
    }
    profile["enabled"] = json!(enable);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cluster_sec::UpdateSecInput;

    fn sec(f: impl FnOnce(&mut UpdateSecInput)) -> UpdateSec {
        let mut i = UpdateSecInput::default();
        f(&mut i);
        i.validate().unwrap()
    }

    fn cluster(aad: Option<Value>) -> Value {
        let mut c =
            json!({"properties": {"oidcIssuerProfile": {"enabled": false}, "securityProfile": {}}});
        if let Some(a) = aad {
            c["properties"]["aadProfile"] = a;
        }
        c
    }

    #[test]
    fn aad_as_az_updates_it() {
        let mut c = cluster(None);
        update_aad_profile(
            &mut c,
            &sec(|i| {
                i.enable_aad = true;
                i.enable_azure_rbac = true;
                i.aad_tenant_id = Some("t".into());
                i.aad_admin_group_object_ids = Some("g1,g2".into());
            }),
        )
        .unwrap();
        assert_eq!(
            c["properties"]["aadProfile"],
            json!({"managed": true, "tenantID": "t", "adminGroupObjectIDs": ["g1", "g2"], "enableAzureRBAC": true})
        );
        let e = update_aad_profile(&mut c, &sec(|i| i.enable_aad = true)).unwrap_err();
        assert_eq!(
            e.message,
            "Cannot specify \"--enable-aad\" if managed AAD is already enabled"
        );
        let e = update_aad_profile(
            &mut c,
            &sec(|i| {
                i.enable_azure_rbac = true;
                i.disable_azure_rbac = true;
            }),
        )
        .unwrap_err();
        assert!(e.message.contains("at the same time"), "{}", e.message);
        let e = update_aad_profile(&mut cluster(None), &sec(|i| i.disable_azure_rbac = true))
            .unwrap_err();
        assert_eq!(
            e.message,
            "Cannot specify \"--disable-azure-rbac\" if managed AAD is not enabled"
        );
    }

    #[test]
    fn workload_identity_needs_the_oidc_issuer() {
        let mut c = cluster(None);
        let wi = sec(|i| i.enable_workload_identity = true);
        assert!(
            update_workload_identity_profile(&mut c, &wi)
                .unwrap_err()
                .message
                .starts_with("Enabling workload identity requires enabling OIDC issuer")
        );
        update_oidc_issuer_profile(&mut c, &sec(|i| i.enable_oidc_issuer = true));
        update_workload_identity_profile(&mut c, &wi).unwrap();
        assert_eq!(
            c["properties"]["securityProfile"],
            json!({"workloadIdentity": {"enabled": true}})
        );
        update_workload_identity_profile(&mut c, &sec(|i| i.disable_workload_identity = true))
            .unwrap();
        assert_eq!(
            c["properties"]["securityProfile"]["workloadIdentity"]["enabled"],
            json!(false)
        );
    }

    #[test]
    fn local_accounts() {
        let mut c = cluster(None);
        update_local_accounts(&mut c, &sec(|i| i.disable_local_accounts = true)).unwrap();
        assert_eq!(c["properties"]["disableLocalAccounts"], json!(true));
        update_local_accounts(&mut c, &sec(|i| i.enable_local_accounts = true)).unwrap();
        assert_eq!(c["properties"]["disableLocalAccounts"], json!(false));
        assert!(
            update_local_accounts(
                &mut c,
                &sec(|i| {
                    i.enable_local_accounts = true;
                    i.disable_local_accounts = true;
                })
            )
            .is_err()
        );
    }
}
