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

#[test]
fn disabling_nvme_with_azure_disk_left_takes_azure_disks_resources() {
    let state = V1State {
        installed: true,
        azure_disk: true,
        nvme: true,
        core_value: PyNum::Float(2.0),
        perf_tier: "Premium".into(),
        ..Default::default()
    };
    let d = disable_settings(EPHEMERAL_DISK, None, &state);
    let get = |s: &Settings, k: &str| s.0.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    // no option: the installed kind (NVMe) is meant
    assert_eq!(
        get(&d.validation, "global.cli.storagePool.disable.diskType").as_deref(),
        Some("nvme")
    );
    assert_eq!(
        get(
            &d.disable,
            "global.cli.storagePool.ephemeralDisk.nvme.enabled"
        )
        .as_deref(),
        Some("False")
    );
    assert_eq!(
        get(
            &d.disable,
            "global.cli.storagePool.ephemeralDisk.nvme.perfTier"
        )
        .as_deref(),
        Some("Standard")
    );
    assert_eq!(
        get(&d.disable, "global.cli.resources.ioEngine.cpu").as_deref(),
        Some("1")
    );
    assert_eq!(
        get(&d.disable, "global.cli.resources.num_hugepages").as_deref(),
        Some("512")
    );
    // afterwards the types as they end; after a failure as they were, with the old resources
    assert_eq!(
        get(
            &d.after,
            "global.cli.storagePool.ephemeralDisk.nvme.enabled"
        )
        .as_deref(),
        Some("False")
    );
    assert_eq!(
        get(
            &d.after_failed,
            "global.cli.storagePool.ephemeralDisk.nvme.enabled"
        )
        .as_deref(),
        Some("True")
    );
    assert_eq!(
        get(&d.after_failed, "global.cli.resources.ioEngine.cpu").as_deref(),
        Some("2.0")
    );
    assert_eq!(
        get(
            &d.after_failed,
            "global.cli.storagePool.ephemeralDisk.nvme.perfTier"
        )
        .as_deref(),
        Some("Premium")
    );
    // a failed validation resets it
    assert_eq!(
        get(
            &d.validation_failed,
            "global.cli.storagePool.disable.validation"
        )
        .as_deref(),
        Some("False")
    );
    assert_eq!(
        get(&d.validation_failed, "global.cli.storagePool.disable.type").as_deref(),
        Some("")
    );
}
