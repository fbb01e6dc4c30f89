use super::*;
use crate::spec::cluster_storage::Options;

fn storage(pool_type: &str) -> Storage {
    Storage {
        enable: Some(Options::One(pool_type.to_string())),
        version: Some("1".into()),
        ..Default::default()
    }
}

fn pool(name: &str, size: &str, count: i64) -> PoolDetails {
    PoolDetails {
        name: name.into(),
        vm_size: size.into(),
        count: Some(count),
        os_type: Some("Linux".into()),
        mode: Some("System".into()),
        ..Default::default()
    }
}

fn skus() -> SkuCache {
    [
        ("standard_d4s_v3".to_string(), (4, false)),
        ("standard_l8s_v3".to_string(), (8, true)),
    ]
    .into_iter()
    .collect()
}

fn enable_error(s: &Storage, list: Option<&str>, pools: &[PoolDetails], state: &V1State) -> String {
    s.check_enable_v1(list, pools, state, None, &skus(), &mut Vec::new())
        .unwrap_err()
        .message
}

#[test]
fn pool_names_and_sizes_follow_azs_patterns() {
    for ok in ["a", "pool-1", "a.b-c.d9"] {
        assert!(valid_pool_name(ok), "{ok}");
    }
    for bad in ["", "-a", "a-", "A", "a..b", "a_b"] {
        assert!(!valid_pool_name(bad), "{bad}");
    }
    assert!(
        check_pool_size(Some("1.5Ti"), AZURE_DISK)
            .unwrap()
            .is_empty()
    );
    for bad in ["1TB", "Ti", "1.Ti", ".5Ti", "1 Ti"] {
        assert!(check_pool_size(Some(bad), AZURE_DISK).is_err(), "{bad}");
    }
    assert!(check_pool_size(Some("1024Gi"), ELASTIC_SAN).is_ok());
    assert!(check_pool_size(Some("0.9Ti"), ELASTIC_SAN).is_err());
    assert_eq!(
        check_pool_size(Some("1Ti"), EPHEMERAL_DISK).unwrap().len(),
        1
    );
}

#[test]
fn node_pools_are_chosen_by_name_or_by_label() {
    let s = storage(AZURE_DISK);
    let pools = [
        pool("np1", "Standard_D4s_v3", 2),
        pool("np2", "Standard_L8s_v3", 1),
    ];
    let fresh = V1State::default();
    assert!(enable_error(&s, None, &pools, &fresh).starts_with("Multiple node pools present."));
    assert!(
        enable_error(&s, Some("np1, np2"), &pools, &fresh)
            .starts_with("Invalid --azure-container-storage-nodepools value.")
    );
    assert_eq!(
        enable_error(&s, Some("np3"), &pools, &fresh),
        "Node pool: np3 not found. Please provide a comma separated string of existing node pool names in --azure-container-storage-nodepools.\nNode pools available in the cluster: np1, np2.\nAborting installation of Azure Container Storage."
    );
    assert!(
        s.check_enable_v1(
            Some("np1,np2"),
            &pools,
            &fresh,
            None,
            &skus(),
            &mut Vec::new()
        )
        .is_ok()
    );
    // installed: the labelled pools, and no list
    let installed = V1State {
        installed: true,
        elastic_san: true,
        ..Default::default()
    };
    assert!(
        enable_error(&s, Some("np1"), &pools, &installed)
            .starts_with("Cannot set --azure-container-storage-nodepools while")
    );
    assert_eq!(
        enable_error(&s, None, &pools, &installed),
        "Cannot enable Azure Container Storage storage pool of type azureDisk since none of the nodepools in the cluster are labelled for Azure Container Storage."
    );
    let mut labelled = pools.clone();
    labelled[0].labels = Some(vec![(IO_ENGINE_LABEL.into(), IO_ENGINE_VALUE.into())]);
    labelled[0].count = Some(3);
    assert!(
        s.check_enable_v1(None, &labelled, &installed, None, &skus(), &mut Vec::new())
            .is_ok()
    );
    let already = V1State {
        azure_disk: true,
        ..installed
    };
    assert!(enable_error(&s, None, &labelled, &already).starts_with("Invalid --enable-azure-container-storage value. Azure Container Storage is already enabled for storage pool type azureDisk"));
    // the latest version installed refuses version 1 first
    let e = s
        .check_enable_v1(
            None,
            &labelled,
            &fresh,
            Some("2.0.1"),
            &skus(),
            &mut Vec::new(),
        )
        .unwrap_err();
    assert!(e.message.starts_with("Failed to enable Azure Container Storage version 1 as Azure Container Storage version 2.0.1 is already installed"));
}

#[test]
fn disabling_needs_one_active_type_among_others() {
    let s = Storage::default();
    let none = V1State::default();
    assert!(
        s.check_disable_v1(Some(ALL), &none)
            .unwrap_err()
            .message
            .starts_with("Invalid usage of --disable-azure-container-storage.")
    );
    let one = V1State {
        installed: true,
        azure_disk: true,
        ..Default::default()
    };
    assert!(
        s.check_disable_v1(None, &one)
            .unwrap_err()
            .message
            .starts_with("Azure Container Storage has version 1 installed.")
    );
    assert!(s.check_disable_v1(Some(ALL), &one).is_ok());
    assert_eq!(
        s.check_disable_v1(Some(AZURE_DISK), &one)
            .unwrap_err()
            .message,
        "Since azureDisk is the only storage pool type enabled for Azure Container Storage, disabling the storage pool type will lead to disabling Azure Container Storage from the cluster. To disable Azure Container Storage, set --disable-azure-container-storage to all."
    );
    assert!(
        s.check_disable_v1(Some(ELASTIC_SAN), &one)
            .unwrap_err()
            .message
            .starts_with("Invalid --disable-azure-container-storage value.")
    );
    let two = V1State {
        temp: true,
        nvme: true,
        ..one
    };
    assert!(s.check_disable_v1(Some(AZURE_DISK), &two).is_ok());
    assert!(
        s.check_disable_v1(Some(EPHEMERAL_DISK), &two)
            .unwrap_err()
            .message
            .starts_with("Value of --storage-pool-option must be defined")
    );
    let sized = Storage {
        pool_size: Some("1Ti".into()),
        ..Default::default()
    };
    assert_eq!(
        sized.check_disable_v1(Some(ALL), &two).unwrap_err().message,
        "Conflicting flags. Cannot define --storage-pool-size value when --disable-azure-container-storage is set."
    );
}
