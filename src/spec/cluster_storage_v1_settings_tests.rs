use super::*;

fn skus() -> SkuCache {
    [
        ("standard_l8s_v3".to_string(), (8, true)),
        ("standard_l32s_v3".to_string(), (32, true)),
        ("standard_d2s_v3".to_string(), (2, false)),
    ]
    .into_iter()
    .collect()
}

#[test]
fn numbers_print_as_python_does() {
    assert_eq!(PyNum::Int(0).py_str(), "0");
    assert_eq!(PyNum::Float(2.0).py_str(), "2.0");
    assert_eq!(PyNum::Float(8.0 * 0.15).py_str(), "1.2");
    assert_eq!(PyNum::Float(48.0 * 0.15).py_str(), "7.199999999999999");
}

#[test]
fn nvme_cores_take_the_smallest_pools_share_and_at_least_one() {
    let sizes = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        nvme_cores(
            &sizes(&["Standard_L32s_v3", "Standard_L8s_v3"]),
            "Standard",
            &skus()
        )
        .unwrap(),
        PyNum::Float(2.0)
    );
    assert_eq!(
        nvme_cores(&sizes(&["Standard_L32s_v3"]), "premium", &skus()).unwrap(),
        PyNum::Float(16.0)
    );
    // 2 * 0.25 is below 1
    assert_eq!(
        nvme_cores(&sizes(&["Standard_D2s_v3"]), "Standard", &skus()).unwrap(),
        PyNum::Int(1)
    );
    assert_eq!(nvme_cores(&[], "Standard", &skus()).unwrap(), PyNum::Int(1));
    assert!(nvme_cores(&sizes(&["Standard_X1"]), "Standard", &skus()).is_err());
}

#[test]
fn an_installed_extension_keeps_the_larger_resources() {
    let req = EnableV1 {
        pool_type: AZURE_DISK.into(),
        vm_sizes: vec!["Standard_L8s_v3".into()],
        ..Default::default()
    };
    let state = V1State {
        installed: true,
        nvme: true,
        core_value: PyNum::Float(2.0),
        ..Default::default()
    };
    let (s, create) = enable_settings(&req, &state, &skus()).unwrap();
    assert!(create);
    let get = |k: &str| {
        s.0.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("global.cli.resources.ioEngine.cpu"), Some("2.0"));
    assert_eq!(get("global.cli.resources.num_hugepages"), Some("1024"));
    assert_eq!(
        get("global.cli.storagePool.ephemeralDisk.nvme.enabled"),
        Some("True")
    );
    assert_eq!(
        get("global.cli.storagePool.azureDisk.enabled"),
        Some("True")
    );
    let reset = reset_after_failed_enable(&req, &state);
    assert_eq!(
        reset.0.last().unwrap(),
        &(
            "global.cli.storagePool.azureDisk.enabled".to_string(),
            "False".to_string()
        )
    );
}
