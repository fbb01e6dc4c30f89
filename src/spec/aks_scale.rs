//! Validated inputs of `aks scale` and `aks nodepool scale`.

use super::aks::{ClusterRef, PoolRef, cluster_ref, pool_ref};
use super::names;
use crate::error::Result;

/// `aks scale`: one pool of the cluster to `node_count` nodes, through the cluster PUT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AksScale {
    pub cluster: ClusterRef,
    /// az's `int(node_count)`: a negative count is the server's to refuse, as with az.
    pub node_count: i64,
    /// `""`: the cluster's only pool.
    pub nodepool_name: String,
    pub no_wait: bool,
}

/// `aks nodepool scale`: the pool to `node_count` nodes, through the agent pool PUT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodepoolScale {
    pub pool: PoolRef,
    pub node_count: i64,
    pub no_wait: bool,
}

pub fn aks_scale(
    resource_group: &str,
    name: &str,
    node_count: i64,
    nodepool_name: &str,
    no_wait: bool,
) -> Result<AksScale> {
    names::az_nodepool_name(nodepool_name)?;
    Ok(AksScale {
        cluster: cluster_ref(resource_group, name)?,
        node_count,
        nodepool_name: nodepool_name.to_string(),
        no_wait,
    })
}

pub fn nodepool_scale(
    resource_group: &str,
    cluster_name: &str,
    name: &str,
    node_count: i64,
    no_wait: bool,
) -> Result<NodepoolScale> {
    Ok(NodepoolScale {
        pool: pool_ref(resource_group, cluster_name, name)?,
        node_count,
        no_wait,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_checks_the_pool_name_as_az() {
        let s = aks_scale("rg", "c", 5, "", false).unwrap();
        assert_eq!(s.nodepool_name, "");
        // Upper case passes az's check; the GET finds it missing.
        assert!(aks_scale("rg", "c", 5, "NP1", false).is_ok());
        assert_eq!(
            aks_scale("rg", "c", 5, "np-1", false).unwrap_err().message,
            "--nodepool-name should contain only alphanumeric characters"
        );
        assert_eq!(
            aks_scale("rg", "c", 5, "abcdefghijklm", false)
                .unwrap_err()
                .message,
            "--nodepool-name can contain at most 12 characters"
        );
        assert!(nodepool_scale("rg", "c", "np-1", 2, false).is_err());
        assert_eq!(
            nodepool_scale("rg", "c", "np2", -1, true)
                .unwrap()
                .node_count,
            -1
        );
    }
}
