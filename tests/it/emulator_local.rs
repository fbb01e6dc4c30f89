//! `AZR_CLOUD=local`: azr talks to the in-process emulator, state in the config dir.

use crate::common::Sandbox;

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
        .args(["group", "show", "-n", "rg"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["properties"]["provisioningState"], "Succeeded");

    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(["group", "show", "-n", "nosuchrg"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(
        "ERROR: (ResourceGroupNotFound) Resource group 'nosuchrg' could not be found."
    ));
}
