//! Usage errors in az's (argparse's) words: exit 2, nothing on stdout, nothing sent.

use crate::common::Sandbox;

const TAIL: &str = "\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs\n";

#[test]
fn usage_errors_read_like_azs() {
    let sb = Sandbox::new();
    for (args, first) in [
        (
            &["aks", "show", "-g", "rg", "-n", "c1", "--bogus"][..],
            "unrecognized arguments: --bogus",
        ),
        (
            &["aks", "create"][..],
            "the following arguments are required: --resource-group/-g, --name/-n",
        ),
        (
            &["group", "create", "-l", "eastus"][..],
            "the following arguments are required: --name/--resource-group/-n/-g",
        ),
        (
            &["group", "show", "-n", "rg", "-o", "XML"][..],
            "az group show: 'xml' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.",
        ),
        (
            &[
                "aks",
                "nodepool",
                "add",
                "-g",
                "rg",
                "--cluster-name",
                "c",
                "-n",
                "np",
                "--allowed-host-ports",
            ][..],
            "argument --allowed-host-ports: expected at least one argument",
        ),
        (
            &[
                "aks",
                "create",
                "-g",
                "rg",
                "-n",
                "c",
                "--node-public-ip-prefix-id",
            ][..],
            "argument --node-public-ip-prefix-id: expected one argument",
        ),
    ] {
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("ERROR: {first}\n{TAIL}"),
            "{args:?}"
        );
    }
    // Nothing ran: no emulator state was created.
    assert!(!sb.config_dir().join("emulator.db").exists());
}
