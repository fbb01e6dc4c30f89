#![no_main]
//! The whole `aks create` validation on arbitrary flag values never panics.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|f: (String, String, Vec<String>, Vec<String>, Vec<String>, String)| {
    let (name, pool, ports, asgs, tags, version) = f;
    let _ = azr::spec::aks::AksCreateInput {
        resource_group: "rg".into(),
        name,
        nodepool_name: pool,
        node_count: 3,
        admin_username: "azureuser".into(),
        nodepool_allowed_host_ports: Some(ports),
        nodepool_asg_ids: Some(asgs),
        node_public_ip_tags: Some(tags),
        kubernetes_version: Some(version),
        ..Default::default()
    }
    .validate();
});
