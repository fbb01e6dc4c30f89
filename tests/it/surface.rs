//! The command surface as data: every az flag of an azr command is read as az's parser reads it
//! (nargs, argparse's prefix rule over all of az's flags), a flag azr cannot honour fails before
//! anything is sent, and `-h` prints az's help page. Expected texts are what az 2.91.0 printed.

use crate::common::{Sandbox, argv};

const TAIL: &str = "https://aka.ms/cli_ref\nRead more about the command in reference docs\n";

fn run(sb: &Sandbox, args: &[&str], record: Option<&std::path::Path>) -> (i32, String, String) {
    let mut cmd = sb.azr();
    cmd.env("AZR_CLOUD", "local").args(args);
    if let Some(path) = record {
        cmd.env("AZR_RECORD", path);
    }
    let out = cmd.output().expect("run azr");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// `--ampls-resource-id`, the last flag az 2.91 took on `aks create|update` that azr lacked, is
/// azr's now: taken whole or abbreviated, and checked as az checks it (exit 1, nothing sent).
/// The refusal of a flag azr lacks is tested on `app::flags` itself (no flag is lacking).
#[test]
fn the_last_lacking_flag_is_taken_and_checked() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let record = sb.dir.path().join("requests.yaml");
    let cases: [&[&str]; 3] = [
        &argv("aks create -g rg -n c --no-ssh-key --ampls-resource-id x --location eastus"),
        // an abbreviation az reads as the flag
        &argv("aks create -g rg -n c --no-ssh-key --ampls-resource x"),
        &argv("aks update -g rg -n c --ampls-resource-id x"),
    ];
    for args in cases {
        let (code, stdout, stderr) = run(&sb, args, Some(&record));
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert_eq!(stdout, "");
        assert_eq!(
            stderr,
            "ERROR: --ampls-resource-id  not in the correct format. It should match `/subscriptions/<subscriptionId>/resourceGroups/<resourceGroupName>/providers/microsoft.insights/privatelinkscopes/<resourceName>`\n"
        );
        assert!(!record.exists(), "{args:?} sent a request");
    }
    // the group is still there, with no cluster in it
    let (code, stdout, _) = run(&sb, &argv("aks list -g rg -o json"), None);
    assert_eq!((code, stdout.as_str()), (0, "[]\n"));
}

/// A value left over once az's nargs are satisfied is az's own "unrecognized arguments", even
/// beside a flag azr lacks.
#[test]
fn words_az_would_not_take_are_unrecognized_as_az_says() {
    let sb = Sandbox::new();
    let (code, stdout, stderr) = run(
        &sb,
        &argv("aks nodepool delete -g rg --cluster-name c -n np --if-match etag stray --bogus"),
        None,
    );
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!("ERROR: unrecognized arguments: stray --bogus\n\n{TAIL}")
    );
}

/// argparse's prefix rule over every flag az has on the command: an unambiguous prefix is the
/// flag, an ambiguous one fails naming every flag it could be (flags azr lacks included), with
/// az's ranked examples.
#[test]
fn abbreviations_follow_azs_whole_flag_list() {
    let sb = Sandbox::new();
    sb.local_ok(&argv(
        "group create --resource-gr rg --locat eastus -o none",
    ));
    let (code, stdout, _) = run(&sb, &argv("group show --na rg --query name -o tsv"), None);
    assert_eq!((code, stdout.as_str()), (0, "rg\n"));
    let (code, stdout, stderr) = run(&sb, &argv("aks create -g rg -n c --node-p x"), None);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "ERROR: ambiguous option: --node-p could match --node-public-ip-prefix-id, \
             --node-public-ip-tags, --node-provisioning-mode, --node-provisioning-default-pools\n\n\
             Examples from command's help:\n\
             az aks create -g MyResourceGroup -n MyManagedCluster\n\
             Create a kubernetes cluster with default kubernetes version, default SKU load balancer \
             (Standard) and default vm set type (VirtualMachineScaleSets).\n\n\
             az aks create -g MyResourceGroup -n MyManagedCluster --ssh-key-value /path/to/publickey\n\
             Create a Kubernetes cluster with an existing SSH public key.\n\n\
             az aks create -g MyResourceGroup -n MyManagedCluster --kubernetes-version 1.16.9\n\
             Create a Kubernetes cluster with a specific version.\n\n{TAIL}"
        )
    );
    // ambiguous among az's flags although azr has only one of them: az's answer, not clap's
    let (code, _, stderr) = run(
        &sb,
        &argv("aks nodepool add -g rg --cluster-name c -n np2 --no"),
        None,
    );
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(
            "ERROR: ambiguous option: --no could match --nodepool-name, --node-vm-size, \
             --node-public-ip-prefix-id, --node-count, --node-taints, --node-osdisk-type, \
             --node-osdisk-size, --node-soak-duration, --node-public-ip-tags, --no-wait\n"
        ),
        "{stderr}"
    );
}

/// `-h` anywhere on the line prints az's page (exit 0), even after a flag azr lacks.
#[test]
fn help_prints_azs_page() {
    let sb = Sandbox::new();
    for (args, name) in [
        (argv("aks nodepool delete -h"), "help_aks_nodepool_delete"),
        (argv("group create --tags a=b --help"), "help_group_create"),
        (argv("network public-ip prefix show -h"), "help_prefix_show"),
        (argv("aks nodepool --help"), "help_group_aks_nodepool"),
    ] {
        let (code, stdout, stderr) = run(&sb, &args, None);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        insta::assert_snapshot!(name, stdout);
    }
    // `aks create -h` lists every flag az has there
    let (_, stdout, _) = run(&sb, &argv("aks create -h"), None);
    assert!(
        stdout.starts_with(
            "\nCommand\n    az aks create : Create a new managed Kubernetes cluster.\n"
        )
    );
    for flag in [
        "--zones -z",
        "--tags",
        "--aks-custom-headers",
        "--nodepool-allowed-host-ports",
    ] {
        assert!(stdout.contains(&format!("\n    {flag} ")), "{flag}");
    }
}

/// argparse acts in line order: `-h` right after an option that needs a value is an option, so
/// that option fails first (az 2.91: exit 2); after the value, `-h` prints the page.
#[test]
fn help_after_an_option_missing_its_value_is_that_options_error() {
    let sb = Sandbox::new();
    let (code, stdout, stderr) = run(
        &sb,
        &argv("feature unregister --namespace -h --name f"),
        None,
    );
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with("ERROR: argument --namespace: expected one argument\n"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&sb, &argv("aks show -g -h -n c"), None);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("ERROR: argument --resource-group/-g: expected one argument\n"));
    let (code, stdout, _) = run(&sb, &argv("feature unregister --namespace x -h"), None);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("\nCommand\n    az feature unregister : "));
}

/// The committed surface data is what `tools/gen_surface.py` records from the installed az for
/// every azr command and group (AZR_UPDATE_SURFACE=1 rewrites it).
#[test]
#[ignore = "external tier: needs the real az"]
fn surface_data_is_fresh_from_real_az() {
    crate::common::assert_generated_fresh(
        "gen_surface.py",
        &command_paths(),
        "src/cli/surface.jsonl",
        "AZR_UPDATE_SURFACE",
    );
}

/// Every command and command group azr has, by its words.
pub fn command_paths() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        if !path.is_empty() {
            out.push(path.join(" "));
        }
        for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
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

const COVERAGE_START: &str = "<!-- surface-coverage:start (generated: AZR_UPDATE_README=1 cargo test --test it surface::coverage) -->\n";
const COVERAGE_END: &str = "<!-- surface-coverage:end -->\n";

/// The README's coverage section: per command, the flags az 2.91 takes, how many azr accepts,
/// and the flags that fail with "azr does not support ... yet". Printed with `--nocapture`
/// (tools/external-tier.sh shows it); AZR_UPDATE_README=1 rewrites the section.
#[test]
fn coverage_in_readme_is_fresh() {
    let root = <azr::cli::Cli as clap::CommandFactory>::command();
    let mut rows = Vec::new();
    let mut lists = Vec::new();
    let (mut all, mut lacking) = (0, 0);
    for path in command_paths() {
        let mut cmd = &root;
        for word in path.split(' ') {
            cmd = cmd.find_subcommand(word).expect("a command of azr's");
        }
        let Some((total, missing)) = azr::cli::surface::coverage(&path, cmd, &root) else {
            continue;
        };
        all += total;
        lacking += missing.len();
        rows.push(format!(
            "| `{path}` | {total} | {} | {} |\n",
            total - missing.len(),
            missing.len()
        ));
        if !missing.is_empty() {
            let flags: Vec<String> = missing
                .iter()
                .map(|m| format!("`{}`", m.join(" ")))
                .collect();
            lists.push(format!("- `{path}`: {}\n", flags.join(", ")));
        }
    }
    // with none lacking, what a lacking flag would do (the refusal stays in the code)
    let (lacking_text, lists) = match lacking {
        0 => (
            "an az flag azr lacked would be read as az reads it and fail".to_string(),
            "- none\n".to_string(),
        ),
        n => (
            format!("the other {n} are read as az reads them and fail"),
            lists.concat(),
        ),
    };
    let section = format!(
        "{COVERAGE_START}azr accepts {} of the {all} flags az 2.91 takes on the {} commands both have \
         (a flag and its aliases count once, global flags included, and count as accepted only when azr takes every spelling); {lacking_text} \
         before anything is sent with \
         `ERROR: azr does not support --flag on 'az <command>' yet (az 2.91 accepts it); nothing was sent` (exit 2).\n\n\
         | command | az flags | azr accepts | not supported yet |\n|---|---|---|---|\n{}\n\
         <details><summary>The flags azr does not support yet (every spelling it lacks)</summary>\n\n{lists}\n</details>\n{COVERAGE_END}",
        all - lacking,
        rows.len(),
        rows.concat(),
    );
    println!("{section}");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(COVERAGE_START), readme.find(COVERAGE_END)) else {
        panic!("README.md lacks the coverage section markers");
    };
    let current = &readme[start..end + COVERAGE_END.len()];
    if std::env::var_os("AZR_UPDATE_README").is_some() {
        std::fs::write(&path, readme.replace(current, &section)).expect("write README.md");
        return;
    }
    assert!(
        current == section,
        "stale: AZR_UPDATE_README=1 cargo test --test it surface::coverage"
    );
}

/// `--aks-custom-headers` and `--if-match`/`--if-none-match`, on every command az has them:
/// headers on the command's writes only (as az's SDK calls pass them), and the emulator holds
/// the conditions as ARM does (412, nothing changed).
#[test]
fn header_flags_reach_the_writes() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c --generate-ssh-keys -o none"));
    let (code, _, stderr) = run(
        &sb,
        &[
            argv("aks nodepool add -g rg --cluster-name c -n np2 --aks-custom-headers"),
            vec!["AKSHTTPCustomFeatures=Microsoft.ContainerService/X, B=1,B=2"],
            argv("--if-none-match * -o none --debug"),
        ]
        .concat(),
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    let put = stderr.find("Request method: 'PUT'").expect("a PUT");
    let put = &stderr[put..];
    for line in [
        "'AKSHTTPCustomFeatures': 'Microsoft.ContainerService/X'",
        "'B': '1,2'",
        "'If-None-Match': '*'",
    ] {
        assert!(put.contains(line), "{line} missing from the PUT");
        let before_put = &stderr[..stderr.len() - put.len()];
        assert!(!before_put.contains(line), "{line} on a GET");
    }
    // a condition that does not hold: 412 from the server, the pool untouched
    let (code, _, stderr) = run(
        &sb,
        &argv("aks nodepool delete -g rg --cluster-name c -n np2 --if-match stale"),
        None,
    );
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("ERROR: (PreconditionFailed)"),
        "{stderr}"
    );
    let (_, etag, _) = run(
        &sb,
        &argv("aks nodepool show -g rg --cluster-name c -n np2 --query eTag -o tsv"),
        None,
    );
    let etag = etag.trim().to_string();
    assert!(!etag.is_empty());
    let (code, _, stderr) = run(
        &sb,
        &[
            "aks",
            "nodepool",
            "delete",
            "-g",
            "rg",
            "--cluster-name",
            "c",
            "-n",
            "np2",
            "--if-match",
            &etag,
        ],
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    // a malformed value: az's message when it comes to write (exit 1): the read before it
    // went out, the write did not
    let record = sb.dir.path().join("malformed.yaml");
    let (code, _, stderr) = run(
        &sb,
        &argv("aks nodepool add -g rg --cluster-name c -n np3 --aks-custom-headers A=1,B"),
        Some(&record),
    );
    let sent = std::fs::read_to_string(&record).expect("the read was recorded");
    assert!(sent.contains("GET") && !sent.contains("PUT"), "{sent}");
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "ERROR: Empty value not allowed. The value '' of key 'B' in 'B' is empty. Raw input 'A=1,B'.\n"
    );
}
