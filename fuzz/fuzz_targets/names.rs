#![no_main]
//! Cluster, node pool and group names: never panic; accepted pool names match the server pattern.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = azr::spec::names::cluster_name(data, "--name");
    let _ = azr::spec::names::resource_group(data, "--resource-group");
    if let Ok(n) = azr::spec::names::nodepool_name(data, "--name") {
        assert!(n.len() <= 12 && n.starts_with(|c: char| c.is_ascii_lowercase()));
    }
});
