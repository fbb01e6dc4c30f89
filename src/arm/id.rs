//! ARM paths for the resource types azr touches, spelled as az sends them (the resources SDK
//! says `resourcegroups`, the AKS, network and compute SDKs `resourceGroups`). Every value put
//! into a path is percent-encoded as the SDKs' `_SERIALIZER.url(...)` does (Python's
//! `quote(value, safe='')`), so no name can add a segment or start a query.

pub use crate::encoding::percent_encode;
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

/// `percent_encode`, for one path segment; `.` and `..` too, which an HTTP client would
/// otherwise resolve to the parent path.
pub fn segment(s: &str) -> String {
    if s.bytes().all(|b| b == b'.') && s.len() <= 2 {
        return s.replace('.', "%2E");
    }
    percent_encode(s)
}

pub fn subscription(sub: &str) -> String {
    format!("/subscriptions/{}", segment(sub))
}

pub fn resource_group(sub: &str, rg: &str) -> String {
    format!(
        "/subscriptions/{}/resourcegroups/{}",
        segment(sub),
        segment(rg)
    )
}

pub fn resource_groups(sub: &str) -> String {
    format!("/subscriptions/{}/resourcegroups", segment(sub))
}

/// The id ARM reports for a group (camel-cased `resourceGroups`).
pub fn resource_group_id(sub: &str, rg: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}")
}

fn provider_path(sub: &str, rg: &str, provider_type: &str) -> String {
    format!(
        "/subscriptions/{}/resourceGroups/{}/providers/{provider_type}",
        segment(sub),
        segment(rg)
    )
}

pub fn managed_clusters(sub: &str, rg: Option<&str>) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, "Microsoft.ContainerService/managedClusters"),
        None => {
            format!(
                "/subscriptions/{}/providers/Microsoft.ContainerService/managedClusters",
                segment(sub)
            )
        }
    }
}

pub fn managed_cluster(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/{}", managed_clusters(sub, Some(rg)), segment(name))
}

pub fn agent_pools(sub: &str, rg: &str, cluster: &str) -> String {
    format!("{}/agentPools", managed_cluster(sub, rg, cluster))
}

pub fn agent_pool(sub: &str, rg: &str, cluster: &str, pool: &str) -> String {
    format!("{}/{}", agent_pools(sub, rg, cluster), segment(pool))
}

/// The Machines API of a pool, or one machine.
pub fn machines(sub: &str, rg: &str, cluster: &str, pool: &str, machine: Option<&str>) -> String {
    let base = format!("{}/machines", agent_pool(sub, rg, cluster, pool));
    match machine {
        Some(m) => format!("{base}/{}", segment(m)),
        None => base,
    }
}

/// `Microsoft.Network/<kind>` collection in a group, or across the subscription.
pub fn network_collection(sub: &str, rg: Option<&str>, kind: &str) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, &format!("Microsoft.Network/{kind}")),
        None => format!(
            "/subscriptions/{}/providers/Microsoft.Network/{kind}",
            segment(sub)
        ),
    }
}

pub fn public_ip_prefix(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{}",
        network_collection(sub, Some(rg), "publicIPPrefixes"),
        segment(name)
    )
}

pub fn application_security_group(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{}",
        network_collection(sub, Some(rg), "applicationSecurityGroups"),
        segment(name)
    )
}

pub fn network_security_group(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{}",
        network_collection(sub, Some(rg), "networkSecurityGroups"),
        segment(name)
    )
}

pub fn virtual_network(sub: &str, rg: &str, name: &str) -> String {
    format!(
        "{}/{}",
        network_collection(sub, Some(rg), "virtualNetworks"),
        segment(name)
    )
}

pub fn subnets(sub: &str, rg: &str, vnet: &str) -> String {
    format!("{}/subnets", virtual_network(sub, rg, vnet))
}

pub fn subnet(sub: &str, rg: &str, vnet: &str, name: &str) -> String {
    format!("{}/{}", subnets(sub, rg, vnet), segment(name))
}

pub fn security_rule(sub: &str, rg: &str, nsg: &str, name: &str) -> String {
    format!(
        "{}/securityRules/{}",
        network_security_group(sub, rg, nsg),
        segment(name)
    )
}

pub fn vmss_collection(sub: &str, rg: Option<&str>) -> String {
    match rg {
        Some(rg) => provider_path(sub, rg, "Microsoft.Compute/virtualMachineScaleSets"),
        None => format!(
            "/subscriptions/{}/providers/Microsoft.Compute/virtualMachineScaleSets",
            segment(sub)
        ),
    }
}

pub fn vmss(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/{}", vmss_collection(sub, Some(rg)), segment(name))
}

pub fn vmss_public_ips(sub: &str, rg: &str, name: &str) -> String {
    format!("{}/publicipaddresses", vmss(sub, rg, name))
}

pub fn features(sub: &str, namespace: Option<&str>) -> String {
    match namespace {
        Some(ns) => {
            format!(
                "/subscriptions/{}/providers/Microsoft.Features/providers/{}/features",
                segment(sub),
                segment(ns)
            )
        }
        None => format!(
            "/subscriptions/{}/providers/Microsoft.Features/features",
            segment(sub)
        ),
    }
}

pub fn feature(sub: &str, namespace: &str, name: &str) -> String {
    format!("{}/{}", features(sub, Some(namespace)), segment(name))
}

pub fn provider(sub: &str, namespace: &str) -> String {
    format!(
        "/subscriptions/{}/providers/{}",
        segment(sub),
        segment(namespace)
    )
}

/// Appends `api-version` to a path that may already carry a query.
pub fn with_api_version(path: &str, api_version: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}api-version={api_version}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What ARM does with a path: split on `/`, then percent-decode each segment.
    fn decoded_segments(path: &str) -> Vec<String> {
        path.split('/')
            .map(|s| crate::encoding::percent_decode(s, false))
            .collect()
    }

    fn plain(path: &str) -> bool {
        path.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%' | b'/')
        }) && !path.split('/').any(|s| s == "." || s == "..")
    }

    proptest! {
        /// Every builder puts each value into exactly one segment, which decodes back to it:
        /// no value adds a segment, starts a query or a fragment, or climbs a directory.
        #[test]
        fn every_value_is_one_encoded_segment(
            sub in "\\PC{1,12}", rg in "\\PC{1,12}", name in "\\PC{1,12}", extra in "[./?#%& ]{1,3}|\\PC{1,6}"
        ) {
            let cases: Vec<(String, Vec<(usize, &str)>)> = vec![
                (subscription(&sub), vec![(2, &sub)]),
                (resource_group(&sub, &rg), vec![(2, &sub), (4, &rg)]),
                (resource_groups(&sub), vec![(2, &sub)]),
                (managed_clusters(&sub, Some(&rg)), vec![(2, &sub), (4, &rg)]),
                (managed_clusters(&sub, None), vec![(2, &sub)]),
                (managed_cluster(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (agent_pools(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (agent_pool(&sub, &rg, &name, &extra), vec![(2, &sub), (4, &rg), (8, &name), (10, &extra)]),
                (network_collection(&sub, Some(&rg), "x"), vec![(2, &sub), (4, &rg)]),
                (network_collection(&sub, None, "x"), vec![(2, &sub)]),
                (public_ip_prefix(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (application_security_group(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (network_security_group(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (vmss_collection(&sub, Some(&rg)), vec![(2, &sub), (4, &rg)]),
                (vmss_collection(&sub, None), vec![(2, &sub)]),
                (vmss(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (vmss_public_ips(&sub, &rg, &name), vec![(2, &sub), (4, &rg), (8, &name)]),
                (features(&sub, Some(&rg)), vec![(2, &sub), (6, &rg)]),
                (features(&sub, None), vec![(2, &sub)]),
                (feature(&sub, &rg, &extra), vec![(2, &sub), (6, &rg), (8, &extra)]),
                (provider(&sub, &extra), vec![(2, &sub), (4, &extra)]),
            ];
            for (path, values) in cases {
                prop_assert!(plain(&path), "{path}");
                let segments = decoded_segments(&path);
                for (i, v) in values {
                    prop_assert_eq!(&segments[i], v, "{}", path);
                }
            }
        }
    }
}
