//! Automatic clusters with a hosted system pool (`properties.hostedSystemProfile`): AKS runs
//! the system pool itself, so such a cluster is created with no agent pool of the user's.
//! The profile is stored and returned as sent.

use serde_json::Value;

/// `hostedSystemProfile.enabled`: the cluster needs no agent pool in its PUT.
pub fn hosts_system_pool(cluster: &Value) -> bool {
    cluster
        .pointer("/properties/hostedSystemProfile/enabled")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}
