//! ARM paths for the resource types azr touches, spelled as az sends them (the resources SDK
//! says `resourcegroups`, the AKS, network and compute SDKs `resourceGroups`).

pub use crate::spec::resource_id::ResourceId;

/// A GUID in its 8-4-4-4-12 hex form (subscription and tenant ids).
pub fn is_guid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

pub fn subscription(sub: &str) -> String {
    format!("/subscriptions/{sub}")
}

pub fn resource_group(sub: &str, rg: &str) -> String {
    format!("/subscriptions/{sub}/resourcegroups/{rg}")
}

pub fn resource_groups(sub: &str) -> String {
    format!("/subscriptions/{sub}/resourcegroups")
}

/// The id ARM reports for a group (camel-cased `resourceGroups`).
pub fn resource_group_id(sub: &str, rg: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}")
}

fn provider_path(sub: &str, rg: &str, provider_type: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/{provider_type}")
}

pub fn managed_clusters(sub: &str, rg: Option<&str>) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, "Microsoft.ContainerService/managedClusters"),
        None => {
            format!("/subscriptions/{sub}/providers/Microsoft.ContainerService/managedClusters")
        }
    }
}

pub fn managed_cluster(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/{name}", managed_clusters(sub, Some(rg)))
}

pub fn agent_pools(sub: &str, rg: &str, cluster: &str) -> String {
    format!("{}/agentPools", managed_cluster(sub, rg, cluster))
}

pub fn agent_pool(sub: &str, rg: &str, cluster: &str, pool: &str) -> String {
    format!("{}/{pool}", agent_pools(sub, rg, cluster))
}

/// `Microsoft.Network/<kind>` collection in a group, or across the subscription.
pub fn network_collection(sub: &str, rg: Option<&str>, kind: &str) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, &format!("Microsoft.Network/{kind}")),
        None => format!("/subscriptions/{sub}/providers/Microsoft.Network/{kind}"),
    }
}

pub fn public_ip_prefix(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{name}",
        network_collection(sub, Some(rg), "publicIPPrefixes")
    )
}

pub fn application_security_group(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{name}",
        network_collection(sub, Some(rg), "applicationSecurityGroups")
    )
}

pub fn network_security_group(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{name}",
        network_collection(sub, Some(rg), "networkSecurityGroups")
    )
}

pub fn vmss_collection(sub: &str, rg: Option<&str>) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, "Microsoft.Compute/virtualMachineScaleSets"),
        None => format!("/subscriptions/{sub}/providers/Microsoft.Compute/virtualMachineScaleSets"),
    }
}

pub fn vmss(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/{name}", vmss_collection(sub, Some(rg)))
}

pub fn vmss_public_ips(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/publicipaddresses", vmss(sub, rg, name))
}

pub fn features(sub: &str, namespace: Option<&str>) -> String {
    match namespace {
        Some(ns) => {
            format!("/subscriptions/{sub}/providers/Microsoft.Features/providers/{ns}/features")
        }
        None => format!("/subscriptions/{sub}/providers/Microsoft.Features/features"),
    }
}

pub fn feature(sub: &str, namespace: &str, name: &str) -> String {
    format!("{}/{name}", features(sub, Some(namespace)))
}

pub fn provider(sub: &str, namespace: &str) -> String {
    format!("/subscriptions/{sub}/providers/{namespace}")
}

/// Appends `api-version` to a path that may already carry a query.
pub fn with_api_version(path: &str, api_version: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}api-version={api_version}")
}
