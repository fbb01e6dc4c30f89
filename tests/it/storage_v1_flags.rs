//! Azure Container Storage version 1 on `aks create` (`--container-storage-version 1`, issue 18),
//! end to end against the built-in emulator: the VM size listing az reads, its checks with
//! nothing written, the io engine label on the node pool, the operator role for Elastic SAN,
//! and the `azurecontainerstorage` extension az installs through the k8s-extension CLI
//! extension (built into azr), with its settings and the unawaited reset after it.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, emulator};
use crate::storage_flags::{Sent, lines, run, sandbox};

const V1: &str = "aks create -g rg -n c --no-ssh-key --container-storage-version 1 --enable-azure-container-storage";

fn cluster_id() -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c"
    )
}

fn extension_id() -> String {
    format!(
        "{}/providers/Microsoft.KubernetesConfiguration/extensions/azurecontainerstorage",
        cluster_id()
    )
}

fn extension(sb: &Sandbox) -> (u16, Value) {
    let url = format!("{}?api-version=2023-05-01", extension_id());
    emulator(sb, Method::GET, &url, None)
}

const SKUS: &str = "/providers/Microsoft.Compute/skus?api-version=2019-04-01";

#[test]
fn create_labels_the_pool_and_installs_the_extension_then_resets_it() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        &format!(
            "{V1} ephemeralDisk --storage-pool-option NVMe --ephemeral-disk-nvme-perf-tier Basic -s Standard_L8s_v3 -o none"
        ),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "WARNING: Azure Container Storage successfully installed\n"
    );
    let l = lines(&sent);
    let ext = extension_id();
    assert_eq!(
        &l[..3],
        &[
            format!("GET {}?api-version=2026-06-01", cluster_id()).as_str(),
            format!("GET /subscriptions/{S}/resourcegroups/rg?api-version=2024-11-01").as_str(),
            format!("GET /subscriptions/{S}{SKUS}").as_str(),
        ],
        "{l:?}"
    );
    let put = l
        .iter()
        .position(|s| s.starts_with(&format!("PUT {}?", cluster_id())))
        .expect("the cluster's PUT");
    assert_eq!(
        sent[put].body["properties"]["agentPoolProfiles"][0]["nodeLabels"],
        json!({"acstor.azure.com/io-engine": "acstor"})
    );
    assert_eq!(
        &l[l.len() - 4..],
        &[
            format!("GET /subscriptions/{S}/providers/Microsoft.KubernetesConfiguration?api-version=2025-04-01").as_str(),
            format!("PUT {ext}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("PATCH {ext}?api-version=2023-05-01").as_str(),
        ]
    );
    // no role for a local disk
    assert!(!l.iter().any(|s| s.contains("roleAssignments")), "{l:?}");
    let install = &sent[sent.len() - 3].body;
    assert_eq!(
        install,
        &json!({"properties": {
            "extensionType": "microsoft.azurecontainerstorage",
            "autoUpgradeMinorVersion": true,
            "releaseTrain": "stable",
            "scope": {"cluster": {"releaseNamespace": "acstor"}},
            "configurationSettings": {
                "global.cli.storagePool.install.name": "ephemeraldisk-nvme",
                "global.cli.storagePool.install.size": "512Gi",
                "global.cli.storagePool.install.type": "ephemeralDisk",
                "global.cli.storagePool.install.diskType": "nvme",
                "global.cli.activeControl": "True",
                "global.cli.storagePool.install.create": "True",
                "global.cli.storagePool.azureDisk.enabled": "False",
                "global.cli.storagePool.elasticSan.enabled": "False",
                "global.cli.storagePool.ephemeralDisk.nvme.enabled": "True",
                "global.cli.storagePool.ephemeralDisk.temp.enabled": "False",
                "global.cli.storagePool.ephemeralDisk.enableEphemeralBypassAnnotation": "False",
                "global.cli.storagePool.ephemeralDisk.nvme.perfTier": "Basic",
                "global.cli.storagePool.disable.validation": "False",
                "global.cli.storagePool.disable.type": "",
                "global.cli.storagePool.disable.active": "False",
                "cli.storagePool.type": "",
                "cli.storagePool.ephemeralDisk.diskType": "",
                // 8 cores at the Basic tier's 0.15, as Python prints 8 * 0.15
                "global.cli.resources.num_hugepages": "1024",
                "global.cli.resources.ioEngine.cpu": "1.2",
                "global.cli.resources.ioEngine.memory": "2Gi",
                "global.cli.resources.ioEngine.hugepages2Mi": "2Gi"
            },
            "configurationProtectedSettings": {}
        }})
    );
    assert_eq!(
        sent.last().unwrap().body,
        json!({"properties": {
            "configurationSettings": {
                "global.cli.activeControl": "True",
                "global.cli.storagePool.install.create": "False",
                "global.cli.storagePool.install.name": "",
                "global.cli.storagePool.install.size": "",
                "global.cli.storagePool.install.type": "",
                "global.cli.storagePool.install.diskType": ""
            },
            "configurationProtectedSettings": {}
        }})
    );
    // what is left: the install fields reset, the rest as installed
    let (status, e) = extension(&sb);
    assert_eq!(status, 200, "{e}");
    let settings = &e["properties"]["configurationSettings"];
    assert_eq!(settings["global.cli.storagePool.install.create"], "False");
    assert_eq!(settings["global.cli.storagePool.install.name"], "");
    assert_eq!(
        settings["global.cli.storagePool.ephemeralDisk.nvme.enabled"],
        "True"
    );
    assert_eq!(
        e["properties"]["extensionType"],
        "microsoft.azurecontainerstorage"
    );
    let (_, c) = emulator(
        &sb,
        Method::GET,
        &format!("{}?api-version=2026-06-01", cluster_id()),
        None,
    );
    assert_eq!(
        c["properties"]["agentPoolProfiles"][0]["nodeLabels"]["acstor.azure.com/io-engine"],
        "acstor"
    );
}

#[test]
fn elastic_san_grants_the_operator_role_on_the_node_resource_group_first() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        &format!(
            "{V1} elasticSan --storage-pool-name san.pool-1 --storage-pool-size 2Ti -s Standard_D4s_v5 -o none"
        ),
    );
    assert_eq!(code, 0, "{err}");
    let l = lines(&sent);
    let role_put = l
        .iter()
        .position(|s| s.starts_with("PUT ") && s.contains("/roleAssignments/"))
        .expect("a role assignment");
    assert!(
        l[role_put].starts_with(&format!(
            "PUT /subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Authorization/roleAssignments/"
        )),
        "{}",
        l[role_put]
    );
    let (_, c) = emulator(
        &sb,
        Method::GET,
        &format!("{}?api-version=2026-06-01", cluster_id()),
        None,
    );
    let kubelet = c["properties"]["identityProfile"]["kubeletidentity"]["objectId"].clone();
    let grant = &sent[role_put].body["properties"];
    assert_eq!(grant["principalId"], kubelet);
    assert!(
        grant["roleDefinitionId"]
            .as_str()
            .unwrap()
            .ends_with("/08d4c71a-cc63-4ce4-a9c8-5dd251b4d619")
    );
    let ext_put = l
        .iter()
        .position(|s| s.starts_with(&format!("PUT {}?", extension_id())))
        .expect("the extension's PUT");
    assert!(role_put < ext_put);
    let settings = &sent[ext_put].body["properties"]["configurationSettings"];
    assert_eq!(
        settings["global.cli.storagePool.elasticSan.sku"],
        "Premium_LRS"
    );
    assert_eq!(
        settings["global.cli.storagePool.elasticSan.enabled"],
        "True"
    );
    assert_eq!(
        settings["global.cli.storagePool.install.name"],
        "san.pool-1"
    );
    assert_eq!(settings["global.cli.storagePool.install.size"], "2Ti");
    assert_eq!(settings["global.cli.resources.ioEngine.cpu"], "0");
    assert_eq!(settings["global.cli.resources.num_hugepages"], "0");
}

#[test]
fn azure_disk_defaults_and_the_default_size_skips_the_core_check() {
    let sb = sandbox();
    // without -s the server picks the size: az has none to check
    let (code, err, sent) = run(&sb, &format!("{V1} azuredisk -o none"));
    assert_eq!(code, 0, "{err}");
    let ext_put = sent
        .iter()
        .find(|s| s.line.starts_with(&format!("PUT {}?", extension_id())))
        .expect("the extension's PUT");
    let settings = &ext_put.body["properties"]["configurationSettings"];
    assert_eq!(
        settings["global.cli.storagePool.azureDisk.sku"],
        "Premium_LRS"
    );
    assert_eq!(settings["global.cli.storagePool.install.name"], "azuredisk");
    assert_eq!(settings["global.cli.storagePool.install.diskType"], "");
    assert_eq!(settings["global.cli.resources.ioEngine.cpu"], "1");
    assert_eq!(settings["global.cli.resources.num_hugepages"], "512");
    assert_eq!(settings["global.cli.resources.ioEngine.memory"], "1Gi");
}

#[test]
fn checks_fail_after_the_size_listing_with_nothing_written() {
    let sb = sandbox();
    let cases = [
        (
            V1.to_string(),
            "ERROR: Storage pool type value must be specified for --enable-azure-container-storage when enabling Azure Container Storage v1. Supported values are azureDisk, elasticSan, ephemeralDisk.\n",
        ),
        (
            format!(
                "{V1} ephemeralDisk --storage-pool-option Temp --storage-pool-size 1Ti -s Standard_DS2_v2"
            ),
            "WARNING: Storage pools using Ephemeral disk use all capacity available on the local device.  --storage-pool-size will be ignored.\nERROR: Cannot operate Azure Container Storage on a node pool consisting of nodes with cores less than 4. Node pool: nodepool1 with node size: Standard_DS2_v2 which is assigned for Azure Container Storage has nodes with 2 cores.\n",
        ),
        (
            format!("{V1} ephemeralDisk --ephemeral-disk-nvme-perf-tier Basic"),
            "ERROR: Cannot set --ephemeral-disk-nvme-perf-tier along with --enable-azure-container-storage when storage pool type: ephemeralDisk option: {'NVMe'} is not enabled for Azure Container Storage. Enable the option using --storage-pool-option.\n",
        ),
        (
            format!("{V1} azureDisk -s Standard_D4s_v3 -c 2"),
            "ERROR: Insufficient nodes present. Azure Container Storage requires atleast 3 nodes to be enabled.\n",
        ),
        (
            format!("{V1} ephemeralDisk --storage-pool-option NVMe -s Standard_D4s_v3"),
            "ERROR: Cannot set --storage-pool-option as NVMe as none of the node pools can support ephemeral NVMe disk.\n",
        ),
        (
            format!("{V1} azureDisk --storage-pool-sku PremiumV2_LRS -s Standard_D4s_v3"),
            "ERROR: Cannot set --storage-pool-sku as PremiumV2_LRS as none of the node pools are zoned. Please add a zoned node pool and try again.\n",
        ),
        (
            format!("{V1} azureDisk -s Standard_Nosuch_v9"),
            "ERROR: Unable to find details for virtual machine size Standard_Nosuch_v9.\n",
        ),
        (
            format!("{V1} elasticSan --storage-pool-size 1023Gi"),
            "ERROR: Value for --storage-pool-size must be at least 1Ti when --enable-azure-container-storage is elasticSan.\n",
        ),
    ];
    for (line, message) in &cases {
        let (code, err, sent) = run(&sb, line);
        assert_eq!((code, err.as_str()), (1, *message), "{line}");
        let l = lines(&sent);
        assert_eq!(
            l.last().copied(),
            Some(format!("GET /subscriptions/{S}{SKUS}").as_str()),
            "{line}"
        );
        assert!(l.iter().all(|s| s.starts_with("GET ")), "{line}: {l:?}");
    }
    // a zoned pool takes PremiumV2_LRS
    let (code, err, _) = run(
        &sb,
        &format!(
            "{V1} azureDisk --storage-pool-sku PremiumV2_LRS -s Standard_D4s_v3 --zones 1 2 3 --no-wait"
        ),
    );
    assert_eq!(code, 0, "{err}");
}

/// What az's update postprocessing logs last.
const KEYVAULT_LINE: &str = "WARNING: keyvaultid: None, enable_kv: {}\n";

const V1_UPDATE: &str =
    "aks update -g rg -n c --container-storage-version 1 --enable-azure-container-storage";

fn settings_of(sent: &Sent) -> &Value {
    &sent.body["properties"]["configurationSettings"]
}

#[test]
fn update_enables_then_adds_a_type_then_disables_them() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n c --no-ssh-key -s Standard_D4s_v3 -o none",
    ));
    let ext = extension_id();
    let acstor = format!(
        "{}/providers/Microsoft.KubernetesConfiguration/extensions/acstor",
        cluster_id()
    );

    // a fresh install: the only pool is labelled, the extension installed, then reset
    let (code, err, sent) = run(&sb, &format!("{V1_UPDATE} azureDisk -o none"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!("WARNING: Azure Container Storage successfully installed\n{KEYVAULT_LINE}")
    );
    let l = lines(&sent);
    assert_eq!(
        &l[..5],
        &[
            format!("GET {}?api-version=2026-06-01", cluster_id()).as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("GET /subscriptions/{S}{SKUS}").as_str(),
            format!("GET {acstor}?api-version=2023-05-01").as_str(),
        ]
    );
    assert!(l[5].starts_with(&format!("PUT {}?", cluster_id())), "{l:?}");
    assert_eq!(
        sent[5].body["properties"]["agentPoolProfiles"][0]["nodeLabels"],
        json!({"acstor.azure.com/io-engine": "acstor"})
    );
    assert_eq!(
        &l[l.len() - 3..],
        &[
            format!("PUT {ext}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("PATCH {ext}?api-version=2023-05-01").as_str(),
        ]
    );
    let installed = settings_of(&sent[sent.len() - 3]);
    assert_eq!(
        installed["global.cli.storagePool.azureDisk.enabled"],
        "True"
    );
    assert_eq!(installed["global.cli.resources.ioEngine.cpu"], "1");

    // again: already there, refused after the reads
    let (code, err, sent) = run(&sb, &format!("{V1_UPDATE} azureDisk"));
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Invalid --enable-azure-container-storage value. Azure Container Storage is already enabled for storage pool type azureDisk in the cluster.\n"
        )
    );
    assert!(lines(&sent).iter().all(|s| s.starts_with("GET ")));
    let (code, err, _) = run(
        &sb,
        &format!("{V1_UPDATE} elasticSan --azure-container-storage-nodepools nodepool1"),
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ERROR: Cannot set --azure-container-storage-nodepools while using"),
        "{err}"
    );

    // a second type on the installed extension: the role, the update, the reset
    let (code, err, sent) = run(&sb, &format!("{V1_UPDATE} elasticSan -o none"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("AAD role propagation done"), "{err}");
    assert!(
        err.ends_with(&format!(
            "\nWARNING: Azure Container Storage successfully updated\n{KEYVAULT_LINE}"
        )),
        "{err}"
    );
    let l = lines(&sent);
    let role = l
        .iter()
        .position(|s| s.starts_with("PUT ") && s.contains("/roleAssignments/"))
        .expect("the role");
    assert!(
        l[role].contains("/resourceGroups/MC_rg_c_eastus/"),
        "{}",
        l[role]
    );
    assert_eq!(
        &l[l.len() - 4..],
        &[
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("PATCH {ext}?api-version=2023-05-01").as_str(),
            format!("GET {ext}?api-version=2023-05-01").as_str(),
            format!("PATCH {ext}?api-version=2023-05-01").as_str(),
        ]
    );
    let update = settings_of(&sent[sent.len() - 3]);
    assert_eq!(update["global.cli.storagePool.azureDisk.enabled"], "True");
    assert_eq!(update["global.cli.storagePool.elasticSan.enabled"], "True");
    assert_eq!(update["global.cli.storagePool.install.name"], "elasticsan");
    // the installed core value read back as az's float()
    assert_eq!(update["global.cli.resources.ioEngine.cpu"], "1.0");

    // the bare disable switch is refused on version 1; then one type, then all
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage --yes",
    );
    assert_eq!(code, 1);
    assert!(err.starts_with("ERROR: Azure Container Storage has version 1 installed. A pool type value must be specified"), "{err}");
    assert!(lines(&sent).iter().all(|s| s.starts_with("GET ")));

    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage elasticSan --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("WARNING: Validation succeeded. Continuing Azure Container Storage disable operation...\n"), "{err}");
    assert!(err.contains("AAD role deletion done"), "{err}");
    assert!(
        err.ends_with(&format!(
            "WARNING: Azure Container Storage storagepool type elasticSan has been disabled.\n{KEYVAULT_LINE}"
        )),
        "{err}"
    );
    let l = lines(&sent);
    assert!(
        l.iter()
            .any(|s| s.starts_with("DELETE ") && s.contains("/roleAssignments/")),
        "{l:?}"
    );
    let patches: Vec<&Sent> = sent
        .iter()
        .filter(|s| s.line.starts_with("PATCH "))
        .collect();
    assert_eq!(patches.len(), 3);
    assert_eq!(
        settings_of(patches[0])["global.cli.storagePool.disable.validation"],
        "True"
    );
    assert_eq!(
        settings_of(patches[0])["global.cli.storagePool.disable.type"],
        "elasticSan"
    );
    assert_eq!(
        settings_of(patches[1])["global.cli.storagePool.disable.active"],
        "True"
    );
    assert_eq!(
        settings_of(patches[1])["global.cli.storagePool.elasticSan.enabled"],
        "False"
    );
    assert_eq!(
        settings_of(patches[2])["global.cli.storagePool.disable.type"],
        ""
    );
    let (_, e) = extension(&sb);
    let left = &e["properties"]["configurationSettings"];
    assert_eq!(left["global.cli.storagePool.elasticSan.enabled"], "False");
    assert_eq!(left["global.cli.storagePool.azureDisk.enabled"], "True");

    // the last type cannot go alone
    let (code, err, _) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage azureDisk --yes",
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ERROR: Since azureDisk is the only storage pool type enabled"),
        "{err}"
    );

    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-container-storage all --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("WARNING: Azure Container Storage has been disabled.\n"),
        "{err}"
    );
    let l = lines(&sent);
    assert!(
        l.contains(&format!("DELETE {ext}?api-version=2023-05-01&forceDelete=false").as_str()),
        "{l:?}"
    );
    assert_eq!(extension(&sb).0, 404);
}

#[test]
fn update_picks_the_pools_to_label() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n c --no-ssh-key -s Standard_D4s_v3 -c 1 -o none",
    ));
    sb.local_ok(&argv(
        "aks nodepool add -g rg --cluster-name c -n np2 -s Standard_L8s_v3 -c 2 -o none",
    ));
    let (code, err, sent) = run(
        &sb,
        &format!("{V1_UPDATE} ephemeralDisk --storage-pool-option NVMe"),
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "ERROR: Multiple node pools present. Please define the node pools on which you want to enable Azure Container Storage using --azure-container-storage-nodepools.\nNode pools available in the cluster are: nodepool1, np2.\nAborting Azure Container Storage operation.\n"
    );
    assert!(lines(&sent).iter().all(|s| s.starts_with("GET ")));
    let (code, err, sent) = run(
        &sb,
        &format!(
            "{V1_UPDATE} ephemeralDisk --storage-pool-option NVMe --azure-container-storage-nodepools nodepool1,np2 -o none"
        ),
    );
    assert_eq!(code, 0, "{err}");
    let put = sent
        .iter()
        .find(|s| s.line.starts_with(&format!("PUT {}?", cluster_id())))
        .expect("the cluster's PUT");
    for pool in put.body["properties"]["agentPoolProfiles"]
        .as_array()
        .unwrap()
    {
        assert_eq!(
            pool["nodeLabels"]["acstor.azure.com/io-engine"], "acstor",
            "{pool}"
        );
    }
    let install = sent
        .iter()
        .find(|s| s.line.starts_with(&format!("PUT {}?", extension_id())))
        .expect("the extension's PUT");
    // the smaller pool's share: 4 cores at 0.25
    assert_eq!(
        settings_of(install)["global.cli.resources.ioEngine.cpu"],
        "1.0"
    );
}

#[test]
fn update_refusals_read_only() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n c --no-ssh-key -s Standard_D4s_v3 --enable-azure-container-storage azureDisk --container-storage-version 1 -o none",
    ));
    sb.local_ok(&argv(
        "aks create -g rg -n c2 --no-ssh-key -c 3 --enable-azure-container-storage -o none",
    ));
    for (line, message) in [
        (
            "aks update -g rg -n c --disable-azure-container-storage azureDisk --ephemeral-disk-volume-type EphemeralVolumeOnly --ephemeral-disk-nvme-perf-tier Basic",
            "ERROR: Cannot set --ephemeral-disk-volume-typeand --ephemeral-disk-nvme-perf-tier without the parameter --enable-azure-container-storage.\n",
        ),
        (
            "aks update -g rg -n c --disable-azure-container-storage ephemeralDisk --yes",
            "ERROR: Invalid --disable-azure-container-storage value. Azure Container Storage is not enabled for storage pool type ephemeralDisk in the cluster.\n",
        ),
        (
            "aks update -g rg -n c --disable-azure-container-storage all --storage-pool-option NVMe --yes",
            "ERROR: Cannot define --storage-pool-option value when --disable-azure-container-storage is not set to ephemeralDisk.\n",
        ),
        // the latest version installed: version 1 is refused
        (
            "aks update -g rg -n c2 --enable-azure-container-storage elasticSan --container-storage-version 1",
            "ERROR: Failed to enable Azure Container Storage version 1 as Azure Container Storage version None is already installed on the cluster. Try enabling this version on another cluster. You can also enable this version by first disabling the existing installation of Azure Container Storage by running --disable-azure-container-storage. Note that disabling can impact existing workloads that depend on Azure Container Storage.\n",
        ),
    ] {
        let (code, err, sent) = run(&sb, line);
        assert_eq!((code, err.as_str()), (1, message), "{line}");
        assert!(lines(&sent).iter().all(|s| s.starts_with("GET ")), "{line}");
    }
}

#[test]
fn the_emulator_lists_vm_sizes_by_region() {
    let sb = sandbox();
    let base =
        format!("/subscriptions/{S}/providers/Microsoft.Compute/skus?api-version=2019-04-01");
    let (status, all) = emulator(&sb, Method::GET, &base, None);
    assert_eq!(status, 200);
    let l8 = all["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Standard_L8s_v3")
        .expect("an NVMe size");
    assert_eq!(l8["resourceType"], "virtualMachines");
    let caps = l8["capabilities"].as_array().unwrap();
    assert!(
        caps.iter()
            .any(|c| c["name"] == "vCPUs" && c["value"] == "8")
    );
    assert!(caps.iter().any(|c| c["name"] == "NvmeDiskSizeInMiB"));
    let (_, west) = emulator(
        &sb,
        Method::GET,
        &format!("{base}&$filter=location%20eq%20%27westus2%27"),
        None,
    );
    assert_eq!(west["value"][0]["locations"], json!(["westus2"]));
    let (_, none) = emulator(
        &sb,
        Method::GET,
        &format!("{base}&$filter=location%20eq%20%27nowhere%27"),
        None,
    );
    assert_eq!(none["value"], json!([]));
    let (status, e) = emulator(
        &sb,
        Method::GET,
        &format!("{base}&$filter=name%20eq%20%27x%27"),
        None,
    );
    assert_eq!(status, 400, "{e}");
}
