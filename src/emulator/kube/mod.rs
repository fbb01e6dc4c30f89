//! The Kubernetes side of an emulated cluster, reached through `aks command invoke`
//! (the `runCommand` ARM API): a kubectl subset, Deployments and pods, and host-port
//! auto-assignment (issue 6). The ARM plumbing (routes, command results, LRO) lives in the
//! emulator's AKS provider, which calls these functions inside its per-request transaction.

/// What the AKS provider knows about the cluster a command runs in.
#[derive(Debug, Clone)]
pub struct ClusterView {
    /// The managed cluster's ARM id.
    pub cluster_id: String,
    pub nodes: Vec<NodeView>,
    /// `Microsoft.ContainerService/PodHostPortAutoAssignPreview` is `Registered` and the
    /// provider was registered again after it.
    pub hostport_auto_assign: bool,
}

#[derive(Debug, Clone)]
pub struct NodeView {
    /// e.g. `aks-nodepool1-12345678-vmss000000`.
    pub name: String,
    pub pool: String,
    /// The pool's `allowedHostPorts`: (start, end, "TCP"|"UDP").
    pub allowed_host_ports: Vec<(u16, u16, String)>,
    pub public_ip: Option<String>,
}

/// The result of one `kubectl ...` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutcome {
    pub exit_code: i32,
    pub logs: String,
}

/// Creates the tables this module keeps in the emulator's store.
pub fn init_schema(_conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    Ok(())
}

/// Runs `command` (e.g. `kubectl apply -f echo.yaml`) with the files of the request's
/// `context` (a base64 zip, as az sends it) in the cluster.
pub fn run_command(
    _tx: &rusqlite::Transaction<'_>,
    _cluster: &ClusterView,
    command: &str,
    _context: Option<&str>,
) -> CommandOutcome {
    CommandOutcome {
        exit_code: 1,
        logs: format!("kubectl is not available yet: {command}\n"),
    }
}

/// Forgets everything about a deleted cluster (its pods' host ports return to the pool).
pub fn delete_cluster(_tx: &rusqlite::Transaction<'_>, _cluster_id: &str) -> rusqlite::Result<()> {
    Ok(())
}
