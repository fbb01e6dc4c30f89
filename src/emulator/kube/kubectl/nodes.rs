//! The node objects: the VMSS instances of the cluster's pools, as `kubectl get nodes` and
//! `kubectl describe node` see them, for both the API server and the built-in kubectl.

use super::*;

/// The Kubernetes version the clusters run (`aks create`'s default).
pub const KUBE_VERSION: &str = "1.33.5";

fn uid_of(cluster_id: &str, ns: &str, name: &str) -> String {
    uid(&[cluster_id, ns, name])
}

/// A node as the API server has it: the VMSS instance's labels, addresses (its public IP as
/// ExternalIP), capacity, conditions, node info and provider id.
pub(super) fn full_node(cluster: &ClusterView, i: usize, mut n: Value) -> Value {
    let name = n
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let view = cluster.nodes.get(i);
    let pool = view.map(|v| v.pool.as_str()).unwrap_or("");
    let created = cluster
        .created_at
        .clone()
        .unwrap_or_else(|| format::rfc3339(format::now()));
    let vmss = name.get(..name.len().saturating_sub(6)).unwrap_or(&name);
    let index = name
        .get(name.len().saturating_sub(6)..)
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(0);
    let node_rg = cluster.node_resource_group.clone();
    let sub = cluster
        .cluster_id
        .split('/')
        .nth(2)
        .unwrap_or("")
        .to_string();
    if let Some(md) = n.get_mut("metadata").and_then(Value::as_object_mut) {
        md.insert("creationTimestamp".into(), json!(created));
        md.insert("resourceVersion".into(), json!("1"));
        md.insert(
            "uid".into(),
            json!(uid_of(&cluster.cluster_id, "node", &name)),
        );
        md.insert(
            "annotations".into(),
            json!({"node.alpha.kubernetes.io/ttl": "0", "volumes.kubernetes.io/controller-managed-attach-detach": "true"}),
        );
        if let Some(l) = md.get_mut("labels").and_then(Value::as_object_mut) {
            for (k, v) in [
                ("beta.kubernetes.io/arch", "amd64"),
                ("beta.kubernetes.io/os", "linux"),
                ("kubernetes.azure.com/role", "agent"),
                (
                    "kubernetes.azure.com/mode",
                    if i == 0 || pool == "nodepool1" {
                        "system"
                    } else {
                        "user"
                    },
                ),
                ("node.kubernetes.io/instance-type", "Standard_DS2_v2"),
                ("topology.kubernetes.io/region", cluster.location.as_str()),
                ("topology.kubernetes.io/zone", "0"),
            ] {
                l.entry(k).or_insert(json!(v));
            }
        }
    }
    if let Some(spec) = n.get_mut("spec").and_then(Value::as_object_mut) {
        let cidr = spec.get("podCIDR").cloned().unwrap_or(Value::Null);
        spec.insert("podCIDRs".into(), json!([cidr]));
        spec.insert(
            "providerID".into(),
            json!(format!(
                "azure:///subscriptions/{sub}/resourceGroups/{}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmss}/virtualMachines/{index}",
                node_rg.to_ascii_lowercase()
            )),
        );
    }
    let cond = |t: &str, s: &str, reason: &str, msg: &str| {
        json!({"type": t, "status": s, "reason": reason, "message": msg,
               "lastHeartbeatTime": created, "lastTransitionTime": created})
    };
    if let Some(st) = n.get_mut("status").and_then(Value::as_object_mut) {
        let resources = json!({"cpu": "2", "ephemeral-storage": "129886128Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "7097684Ki", "pods": "110"});
        st.insert("capacity".into(), resources);
        st.insert(
            "allocatable".into(),
            json!({"cpu": "1900m", "ephemeral-storage": "119703055367", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "5160276Ki", "pods": "110"}),
        );
        st.insert(
            "conditions".into(),
            json!([
                cond(
                    "MemoryPressure",
                    "False",
                    "KubeletHasSufficientMemory",
                    "kubelet has sufficient memory available"
                ),
                cond(
                    "DiskPressure",
                    "False",
                    "KubeletHasNoDiskPressure",
                    "kubelet has no disk pressure"
                ),
                cond(
                    "PIDPressure",
                    "False",
                    "KubeletHasSufficientPID",
                    "kubelet has sufficient PID available"
                ),
                cond(
                    "Ready",
                    "True",
                    "KubeletReady",
                    "kubelet is posting ready status"
                ),
            ]),
        );
        st.insert(
            "daemonEndpoints".into(),
            json!({"kubeletEndpoint": {"Port": 10250}}),
        );
        let machine = uid_of(&cluster.cluster_id, "machine", &name).replace('-', "");
        st.insert(
            "nodeInfo".into(),
            json!({
                "architecture": "amd64",
                "bootID": uid_of(&cluster.cluster_id, "boot", &name),
                "containerRuntimeVersion": "containerd://1.7.27-1",
                "kernelVersion": "5.15.0-1092-azure",
                "kubeProxyVersion": "",
                "kubeletVersion": format!("v{KUBE_VERSION}"),
                "machineID": machine,
                "operatingSystem": "linux",
                "osImage": "Ubuntu 22.04.5 LTS",
                "systemUUID": uid_of(&cluster.cluster_id, "system", &name),
            }),
        );
    }
    n
}
