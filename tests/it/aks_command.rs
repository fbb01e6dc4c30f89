//! `azr aks command invoke|result` and `azr aks hostport check`: az's client-side checks,
//! which fail before any request is sent.

use predicates::prelude::*;

use crate::common::{Sandbox, argv};

#[test]
fn empty_command_is_az_validation_error() {
    let sb = Sandbox::new();
    sb.azr()
        .args(argv("aks command invoke -g rg -n c"))
        .assert()
        .code(1)
        .stdout("")
        .stderr("ERROR: Command cannot be empty.\n");
}

#[test]
fn missing_file_is_named() {
    let sb = Sandbox::new();
    sb.azr()
        .args([
            "aks",
            "command",
            "invoke",
            "-g",
            "rg",
            "-n",
            "c",
            "-c",
            "kubectl apply -f echo.yaml",
            "--file",
            "echo.yaml",
        ])
        .current_dir(sb.dir.path())
        .assert()
        .code(1)
        .stdout("")
        .stderr("ERROR: echo.yaml is not valid file, or not accessable.\n");
}

#[test]
fn dot_cannot_be_mixed_with_files() {
    let sb = Sandbox::new();
    sb.azr()
        .args(argv("aks command invoke -g rg -n c -c ls -f . -f a.yaml"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            ". is used to attach current folder, not expecting other attachements.",
        ));
}

#[test]
fn result_needs_a_command_id() {
    let sb = Sandbox::new();
    sb.azr()
        .args(argv("aks command result -g rg -n c"))
        .assert()
        .code(1)
        .stderr("ERROR: CommandID cannot be empty.\n");
}

#[test]
fn hostport_check_needs_the_cluster() {
    let sb = Sandbox::new();
    sb.azr()
        .args(argv("aks hostport check -g rg"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--name"));
}
