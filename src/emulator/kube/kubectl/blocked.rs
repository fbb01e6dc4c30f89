//! Which pods' host ports their node pool's `allowedHostPorts` leave closed.

use super::*;

/// (pod, node, pool, [(host port, protocol)]).
pub type BlockedPod = (String, String, String, Vec<(u16, Protocol)>);

/// The pods whose assigned host ports their node pool does not open, and per pool the
/// `--allowed-host-ports` value (existing ranges kept) that would.
pub struct Blocked {
    pub pods: Vec<BlockedPod>,
    /// (pool, value).
    pub suggestions: Vec<(String, String)>,
}

pub fn blocked_ports(cluster: &ClusterView, pods: &[PodRow]) -> Blocked {
    let mut out = Blocked {
        pods: Vec::new(),
        suggestions: Vec::new(),
    };
    let mut per_pool: BTreeMap<String, Vec<(u16, Protocol)>> = BTreeMap::new();
    for p in pods {
        let Some(node) = p
            .node
            .as_deref()
            .and_then(|n| cluster.nodes.iter().find(|x| x.name == n))
        else {
            continue;
        };
        let blocked: Vec<(u16, Protocol)> = host_ports(&p.pod)
            .into_iter()
            .filter(|(port, proto)| !hostport::is_open(&node.allowed_host_ports, *port, *proto))
            .collect();
        if blocked.is_empty() {
            continue;
        }
        per_pool
            .entry(node.pool.clone())
            .or_default()
            .extend(blocked.iter().copied());
        out.pods.push((
            p.name.clone(),
            node.name.clone(),
            node.pool.clone(),
            blocked,
        ));
    }
    for (pool, ports) in per_pool {
        let existing = cluster
            .nodes
            .iter()
            .find(|n| n.pool == pool)
            .map(|n| n.allowed_host_ports.clone())
            .unwrap_or_default();
        let value = hostport::opening_value(&existing, &ports);
        out.suggestions.push((pool, value));
    }
    out
}

/// Host ports a pod object binds: (port, protocol).
pub(super) fn host_ports(pod: &Value) -> Vec<(u16, Protocol)> {
    containers(pod.get("spec").map_or(&Value::Null, |s| s))
        .iter()
        .flat_map(|c| {
            c.get("ports")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|p| {
            let hp = p.get("hostPort")?.as_u64()?;
            let proto = Protocol::from_k8s(p.get("protocol").and_then(Value::as_str))?;
            (1..=65535).contains(&hp).then_some((hp as u16, proto))
        })
        .collect()
}
