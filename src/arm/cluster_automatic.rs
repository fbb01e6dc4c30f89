//! The hosted system profile of `aks create` (`set_up_hosted_system_profile`): with it, AKS
//! runs the system pool, so az sends no agent pool (`set_up_agentpool_profile` returns early).
//! The Automatic SKU's other defaults are settled in `spec::cluster_automatic`.

use serde_json::{Map, Value};

use crate::spec::cluster_automatic::Automatic;

pub fn set_up(props: &mut Map<String, Value>, a: &Automatic) {
    if let Some(profile) = a.hosted_system_profile() {
        props.remove("agentPoolProfiles");
        props.insert("hostedSystemProfile".into(), profile);
    }
}
