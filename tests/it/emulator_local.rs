//! `AZR_CLOUD=local`: azr talks to the in-process emulator, state in the config dir.

use crate::common::{Sandbox, argv};

#[test]
fn group_commands_run_against_the_local_emulator() {
    let sb = Sandbox::new();
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(["group", "create", "-n", "rg", "-l", "East US"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "rg");
    assert_eq!(v["location"], "eastus");
    assert!(sb.config_dir().join("emulator.db").exists());

    // A second process sees the state the first left.
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv("group show -n rg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");

    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv("group show -n nosuchrg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(
        "ERROR: (ResourceGroupNotFound) Resource group 'nosuchrg' could not be found."
    ));
}

/// Parallel processes on one state file, some of them killed mid-command: every address is
/// handed out once, the store keeps its invariants (`azr emulator check`), and the survivors'
/// clusters are complete.
#[test]
fn parallel_and_killed_processes_leave_a_consistent_store() {
    use std::process::{Command, Stdio};

    let sb = Sandbox::new();
    let local = |args: &[&str]| sb.local_ok(args);
    local(&argv("group create -n rg -l eastus -o none"));
    let prefix = local(&argv(
        "network public-ip prefix create -g rg -n pfx --length 28 --query id -o tsv",
    ));
    let prefix = String::from_utf8_lossy(&prefix.stdout).trim().to_string();

    let spawn = |name: &str| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_azr"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", sb.home())
            .env("AZR_CONFIG_DIR", sb.config_dir())
            .env("AZR_CLOUD", "local")
            .args(["aks", "create", "-g", "rg", "-n", name, "--node-count", "2"])
            .args([
                "--enable-node-public-ip",
                "--node-public-ip-prefix-id",
                &prefix,
            ])
            .args(["--no-ssh-key", "-o", "none"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        cmd.spawn().unwrap()
    };
    // Six clusters of two nodes from one /28 (16 addresses), all at once; two more processes
    // are killed at staggered moments while they work.
    let mut survivors: Vec<_> = (0..6).map(|i| spawn(&format!("c{i}"))).collect();
    for (i, name) in ["k0", "k1"].iter().enumerate() {
        let mut victim = spawn(name);
        std::thread::sleep(std::time::Duration::from_millis(5 + 40 * i as u64));
        let _ = victim.kill();
        let _ = victim.wait();
    }
    for child in survivors.iter_mut() {
        let status = child.wait().unwrap();
        let mut err = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
        assert!(status.success(), "aks create failed: {err}");
    }

    let check = sb
        .azr()
        .args(["emulator", "check", "--state"])
        .arg(sb.config_dir().join("emulator.db"))
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    let mut ips = Vec::new();
    for i in 0..6 {
        let vmss = local(&[
            "vmss",
            "list",
            "-g",
            &format!("MC_rg_c{i}_eastus"),
            "--query",
            "[0].name",
            "-o",
            "tsv",
        ]);
        let vmss = String::from_utf8_lossy(&vmss.stdout).trim().to_string();
        let listed = local(&[
            "vmss",
            "list-instance-public-ips",
            "-g",
            &format!("MC_rg_c{i}_eastus"),
            "-n",
            &vmss,
            "--query",
            "[].ipAddress",
            "-o",
            "tsv",
        ]);
        let these: Vec<String> = String::from_utf8_lossy(&listed.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        assert_eq!(these.len(), 2, "cluster c{i}: {these:?}");
        ips.extend(these);
    }
    let mut unique = ips.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        ips.len(),
        "an address was handed out twice: {ips:?}"
    );
}

/// Global flags print the same wherever they stand: the command path comes from clap, so
/// `-o table` before the command still picks `group list`'s table transformer, and `--query`
/// after the group name still applies.
#[test]
fn global_flags_anywhere_print_the_same() {
    let sb = Sandbox::new();
    let run = |args: &[&str]| String::from_utf8(sb.local_ok(args).stdout).unwrap();
    run(&argv("group create -n rg -l eastus"));
    let after = run(&argv("group list -o table"));
    assert_eq!(
        after,
        "Name    Location    Status\n------  ----------  ---------\nrg      eastus      Succeeded\n"
    );
    assert_eq!(run(&argv("-o table group list")), after);
    assert_eq!(run(&argv("--output table group list")), after);
    assert_eq!(
        run(&argv("--query [0].name -o tsv group list")),
        run(&argv("group --query [0].name list -o tsv"))
    );
}

/// What a user sees from the first steps of the workflow against the built-in emulator, GUIDs,
/// times and etags filtered (`azr_snapshot!`): the whole output, not a few fields.
#[test]
fn first_workflow_steps_print_az_shaped_results() {
    let sb = Sandbox::new();
    let local = |line: &'static str| {
        let mut cmd = sb.azr();
        cmd.env("AZR_CLOUD", "local")
            .args(crate::common::argv(line));
        cmd
    };
    crate::azr_snapshot!("group_create", local("group create -n rg -l eastus"));
    crate::azr_snapshot!(
        "prefix_create",
        local("network public-ip prefix create -g rg -n pfx --length 30 -l eastus")
    );
    crate::azr_snapshot!(
        "prefix_list_table",
        local("network public-ip prefix list -g rg -o table")
    );
    crate::azr_snapshot!("group_show_missing", local("group show -n nope"));
}
