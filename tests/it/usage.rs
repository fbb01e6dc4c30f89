//! Usage errors in az's (argparse's) words: exit 2, nothing on stdout, nothing sent.

use crate::common::{Sandbox, argv};

const TAIL: &str = "https://aka.ms/cli_ref\nRead more about the command in reference docs\n";

/// az's "Examples from command's help" block: each example and its description, then a blank line.
fn examples(list: &[(&str, &str)]) -> String {
    let mut text = String::from("Examples from command's help:\n");
    for (command, description) in list {
        text.push_str(&format!("{command}\n{description}\n\n"));
    }
    text
}

const AKS_CREATE_EXAMPLES: [(&str, &str); 3] = [
    (
        "az aks create -g MyResourceGroup -n MyManagedCluster",
        "Create a kubernetes cluster with default kubernetes version, default SKU load balancer (Standard) and default vm set type (VirtualMachineScaleSets).",
    ),
    (
        "az aks create -g MyResourceGroup -n MyManagedCluster --ssh-key-value /path/to/publickey",
        "Create a Kubernetes cluster with an existing SSH public key.",
    ),
    (
        "az aks create -g MyResourceGroup -n MyManagedCluster --kubernetes-version 1.16.9",
        "Create a Kubernetes cluster with a specific version.",
    ),
];

const NODEPOOL_ADD_SHORTEST: [(&str, &str); 3] = [
    (
        "az aks nodepool add -g MyResourceGroup -n nodepool1 --cluster-name MyManagedCluster --enable-encryption-at-host",
        "Create a nodepool with EncryptionAtHost enabled.",
    ),
    (
        "az aks nodepool add -g MyResourceGroup -n nodepool1 --cluster-name MyManagedCluster --enable-ultra-ssd",
        "Create a nodepool with UltraSSD enabled.",
    ),
    (
        "az aks nodepool add -g MyResourceGroup -n nodepool1 --cluster-name MyManagedCluster --os-sku Ubuntu",
        "Create a nodepool cluster with a specific OS SKU",
    ),
];

/// Every expected text is what az 2.91.0 prints for the same command line.
#[test]
fn usage_errors_read_like_azs() {
    let sb = Sandbox::new();
    let nodepool_add = argv("aks nodepool add -g rg --cluster-name c -n np");
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        nodepool_add.iter().chain(extra).copied().collect()
    };
    let cases: Vec<(Vec<&str>, &str, String)> = vec![
        (
            argv("aks show -g rg -n c1 --bogus"),
            "unrecognized arguments: --bogus",
            String::new(),
        ),
        (
            vec!["aks", "create"],
            "the following arguments are required: --resource-group/-g, --name/-n",
            examples(&AKS_CREATE_EXAMPLES),
        ),
        (
            argv("group create -l eastus"),
            "the following arguments are required: --name/--resource-group/-n/-g",
            examples(&[(
                "az group create -l westus -n MyResourceGroup",
                "Create a new resource group in the West US region.",
            )]),
        ),
        (
            argv("group show -n rg -o XML"),
            "az group show: 'xml' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.",
            String::new(),
        ),
        (
            with(&["--allowed-host-ports"]),
            "argument --allowed-host-ports: expected at least one argument",
            examples(&NODEPOOL_ADD_SHORTEST),
        ),
        (
            argv("aks create -g rg -n c --node-public-ip-prefix-id"),
            "argument --node-public-ip-prefix-id: expected one argument",
            examples(&AKS_CREATE_EXAMPLES),
        ),
        (
            // difflib's closest choice, as az recommends it
            argv("group show -n rg -o jsn"),
            "az group show: 'jsn' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.\nDid you mean 'json' ?",
            String::new(),
        ),
        (
            with(&["--mode", "Sytem"]),
            "az aks nodepool add: 'Sytem' is not a valid value for '--mode'. Allowed values: System, User, Gateway.\nDid you mean 'System' ?",
            examples(&NODEPOOL_ADD_SHORTEST),
        ),
        (
            with(&["--mode", "bogus"]),
            "az aks nodepool add: 'bogus' is not a valid value for '--mode'. Allowed values: System, User, Gateway.",
            examples(&NODEPOOL_ADD_SHORTEST),
        ),
        (
            // the examples that also set --node-count come first
            with(&["-c", "x"]),
            "argument --node-count/-c: invalid int value: 'x'",
            examples(&[
                (
                    "az aks nodepool add -g MyResourceGroup -n MyNodePool --cluster-name MyMC --vm-set-type VirtualMachines --vm-sizes \"VMSize1,VMSize2\" --node-count 3",
                    "create a nodepool of type VirtualMachines",
                ),
                (
                    "az aks nodepool add -g MyResourceGroup -n nodepool1 --cluster-name MyManagedCluster --os-sku AzureLinux --vm-size Standard_D4s_v3 --workload-runtime KataVmIsolation --node-count 1",
                    "Create a nodepool with KataVmIsolation enabled.",
                ),
                NODEPOOL_ADD_SHORTEST[0],
            ]),
        ),
    ];
    for (args, first, examples) in cases {
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("ERROR: {first}\n\n{examples}{TAIL}"),
            "{args:?}"
        );
    }
    // Nothing ran: no emulator state was created.
    assert!(!sb.config_dir().join("emulator.db").exists());
}

/// Every azr command az also has, by its command words.
fn leaf_commands() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if subs.is_empty() && !path.is_empty() {
            out.push(path.join(" "));
        }
        for sub in subs {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(
        &<azr::cli::Cli as clap::CommandFactory>::command(),
        &mut Vec::new(),
        &mut out,
    );
    out
}

/// The committed usage data (help examples, option maps and spellings) is what
/// `tools/gen_usage.py` records from the installed az for every azr command
/// (AZR_UPDATE_USAGE=1 rewrites it).
#[test]
#[ignore = "external tier: needs the real az"]
fn usage_data_is_fresh_from_real_az() {
    crate::common::assert_generated_fresh(
        "gen_usage.py",
        &leaf_commands(),
        "src/output/usage.json",
        "AZR_UPDATE_USAGE",
    );
}

/// A misspelled command word: az 2.91's words, its difflib suggestion among the group's
/// commands, the examples of the command the line then names (only when nothing follows, as az
/// looks them up), and at the top no suggestion, with az's pointer to extensions only when
/// `extension.use_dynamic_install` is `no`. Expected texts are what az 2.91.0 printed.
#[test]
fn misspelled_commands_as_az_reports_them() {
    let sb = Sandbox::new();
    let err = |line: &'static str, env: &[(&str, &str)]| {
        let out = sb
            .azr()
            .envs(env.iter().copied())
            .args(argv(line))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{line}");
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    const LINK: &str = "https://aka.ms/cli_ref\nRead more about the command in reference docs\n";
    assert_eq!(
        err("group lst", &[]),
        format!(
            "ERROR: 'lst' is misspelled or not recognized by the system.\nDid you mean 'list' ?\n\n\
             Examples from command's help:\naz group list --query \"[?location=='westus']\"\n\
             List all resource groups located in the West US region.\n\n{LINK}"
        )
    );
    assert_eq!(
        err("aks nodepool ad -g rg", &[]),
        format!(
            "ERROR: 'ad' is misspelled or not recognized by the system.\nDid you mean 'add' ?\n\n{LINK}"
        )
    );
    assert_eq!(
        err("network public-ip prefix lst", &[]),
        format!(
            "ERROR: 'lst' is misspelled or not recognized by the system.\nDid you mean 'list' ?\n\n{LINK}"
        )
    );
    assert_eq!(
        err("aks xyzzy", &[]),
        format!("ERROR: 'xyzzy' is misspelled or not recognized by the system.\n\n{LINK}")
    );
    assert_eq!(
        err("grop list", &[]),
        format!("ERROR: 'grop' is misspelled or not recognized by the system.\n\n{LINK}")
    );
    assert_eq!(
        err(
            "grop list",
            &[("AZURE_EXTENSION_USE_DYNAMIC_INSTALL", "no")]
        ),
        format!(
            "ERROR: 'grop' is misspelled or not recognized by the system.\nIf the command is from an \
             extension, please make sure the corresponding extension is installed. To learn more \
             about extensions, please visit \
             'https://learn.microsoft.com/cli/azure/azure-cli-extensions-overview'\n\n{LINK}"
        )
    );
}
