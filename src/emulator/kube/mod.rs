//! The Kubernetes side of an emulated cluster, reached through `aks command invoke`
//! (the `runCommand` ARM API): a kubectl subset, Deployments and pods, and host-port
//! auto-assignment (issue 6). The ARM plumbing (routes, command results, LRO) lives in the
//! emulator's AKS provider, which calls these functions inside its per-request transaction.

pub mod api;
mod events;
mod format;
mod goyaml;
mod kubectl;

pub use kubectl::node_ip;
mod shell;
mod store;
#[cfg(test)]
mod tests;

/// What the AKS provider knows about the cluster a command runs in.
#[derive(Debug, Clone)]
pub struct ClusterView {
    /// The managed cluster's ARM id.
    pub cluster_id: String,
    pub nodes: Vec<NodeView>,
    /// `Microsoft.ContainerService/PodHostPortAutoAssignPreview` is `Registered` and the
    /// provider was registered again after it.
    pub hostport_auto_assign: bool,
    pub location: String,
    pub node_resource_group: String,
    /// When the cluster was created (its nodes' age), RFC 3339.
    pub created_at: Option<String>,
    /// `networkProfile.serviceCidr`: where Services' cluster IPs come from.
    pub service_cidr: String,
}

#[derive(Debug, Clone)]
pub struct NodeView {
    /// e.g. `aks-nodepool1-12345678-vmss000000`.
    pub name: String,
    pub pool: String,
    /// The pool's `allowedHostPorts`: (start, end, "TCP"|"UDP").
    pub allowed_host_ports: Vec<(u16, u16, String)>,
    pub public_ip: Option<String>,
    /// The NIC's address in a bring-your-own subnet; `None`: the managed VNet's (10.224.0.x).
    pub private_ip: Option<String>,
}

/// The result of one `kubectl ...` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutcome {
    pub exit_code: i32,
    pub logs: String,
}

/// Creates the tables this module keeps in the emulator's store.
pub fn init_schema(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    store::init(conn)
}

/// Runs `command` (e.g. `kubectl apply -f echo.yaml`) with the files of the request's
/// `context` (a base64 zip, as az sends it) in the cluster.
///
/// Supported: `kubectl apply -f FILE` (Deployments), `kubectl get pods|deployments|nodes
/// [NAME] [-o wide|yaml|json|name]`, `kubectl describe pod NAME`, `kubectl delete deployment
/// NAME` (or `-f FILE`, or `pod NAME`), `kubectl scale deployment NAME --replicas=N`, joined by
/// `&&` or `;`. Each kubectl invocation is atomic inside the caller's transaction (a savepoint).
pub fn run_command(
    tx: &rusqlite::Transaction<'_>,
    cluster: &ClusterView,
    command: &str,
    context: Option<&str>,
) -> CommandOutcome {
    kubectl::run(tx, cluster, command, context)
}

/// Forgets everything about a deleted cluster (its pods' host ports return to the pool).
pub fn delete_cluster(tx: &rusqlite::Transaction<'_>, cluster_id: &str) -> rusqlite::Result<()> {
    store::delete_cluster(tx, cluster_id)
}

pub use store::Access;

/// The API server credentials of a cluster, made on first use: a path key and two random
/// bearer tokens (user and admin), kept until the cluster is deleted.
pub fn access(tx: &rusqlite::Transaction<'_>, cluster_id: &str) -> rusqlite::Result<Access> {
    if let Some(a) = store::access(tx, cluster_id)? {
        return Ok(a);
    }
    let token = || {
        let bytes: [u8; 32] = rand::random();
        crate::crypto::hex(&bytes)
    };
    let key_bytes: [u8; 8] = rand::random();
    let a = Access {
        cluster_id: cluster_id.to_ascii_lowercase(),
        key: crate::crypto::hex(&key_bytes),
        user_token: token(),
        admin_token: token(),
        created_at: format::rfc3339(format::now()),
    };
    store::put_access(tx, &a)?;
    Ok(a)
}

/// The cluster whose API server is at `/k8s/<key>`.
pub fn access_by_key(
    tx: &rusqlite::Transaction<'_>,
    key: &str,
) -> rusqlite::Result<Option<Access>> {
    store::access_by_key(tx, key)
}
