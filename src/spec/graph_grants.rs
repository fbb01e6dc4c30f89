//! The role grants of `aks create` that az makes to a service principal (`--service-principal`
//! with `--client-secret`): az resolves its client id to an object id through Microsoft Graph
//! first (acs `add_role_assignment` with `is_service_principal=True`). azr has no Graph client
//! yet, so each is refused here, before anything is sent, naming the flags that ask for it.

use super::aks::AksCreate;
use crate::error::{AzError, Result};

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|s| !s.is_empty())
}

/// A valid service principal cluster: both flags, no managed identity flags (az's own errors
/// for the other mixes come first).
fn service_principal(spec: &AksCreate) -> bool {
    let sec = &spec.sec;
    given(&sec.service_principal).is_some()
        && given(&sec.client_secret).is_some()
        && !sec.enable_managed_identity_given
        && given(&sec.assign_identity).is_none()
}

pub fn refuse(spec: &AksCreate) -> Result<()> {
    if !service_principal(spec) {
        return Ok(());
    }
    refuse_subnet_grants(spec)?;
    refuse_addon_grants(spec)
}

/// `process_add_role_assignment_for_vnet_subnet`: Network Contributor on `--vnet-subnet-id`
/// and on the hosted system trio.
fn refuse_subnet_grants(spec: &AksCreate) -> Result<()> {
    if spec.skip_subnet_role_assignment {
        return Ok(());
    }
    let mut flags = Vec::new();
    if given(&spec.pool.vnet_subnet_id).is_some() {
        flags.push("--vnet-subnet-id");
    }
    let auto = &spec.automatic;
    if auto.hosted_system() {
        for (flag, id) in [
            ("--system-node-subnet-id", &auto.system_node_subnet_id),
            ("--node-subnet-id", &auto.node_subnet_id),
            ("--apiserver-subnet-id", &auto.apiserver_subnet_id),
        ] {
            if given(id).is_some() {
                flags.push(flag);
            }
        }
    }
    if flags.is_empty() {
        return Ok(());
    }
    Err(AzError::usage(format!(
        "azr does not support {} with --service-principal on 'az aks create' yet (az resolves the service principal through Microsoft Graph to grant it Network Contributor on the subnet; --skip-subnet-role-assignment leaves that grant to you); nothing was sent",
        flags.join(", ")
    )))
}

/// After the PUT (`add_ingress_appgw_addon_role_assignment`, `add_virtual_node_role_assignment`):
/// the application gateway add-on's grants when its gateway, subnet, or (with the nodes' own
/// subnet) subnet CIDR is given; the virtual node add-on's Contributor on the nodes' network.
fn refuse_addon_grants(spec: &AksCreate) -> Result<()> {
    let addons = &spec.addon_profiles;
    let appgw = &addons.appgw;
    let appgw_grants = given(&appgw.id).is_some()
        || given(&appgw.subnet_id).is_some()
        || (given(&appgw.subnet_cidr).is_some() && given(&spec.pool.vnet_subnet_id).is_some());
    let addon = if addons.has("ingress-appgw") && appgw_grants {
        "ingress-appgw"
    } else if addons.has("virtual-node")
        // without its subnets az's own error for the add-on comes first
        && given(&addons.aci_subnet_name).is_some()
        && given(&spec.pool.vnet_subnet_id).is_some()
    {
        "virtual-node"
    } else {
        return Ok(());
    };
    Err(AzError::usage(format!(
        "azr does not support --enable-addons {addon} with --service-principal on 'az aks create' yet (az resolves the service principal through Microsoft Graph to grant it the add-on's role); nothing was sent"
    )))
}
