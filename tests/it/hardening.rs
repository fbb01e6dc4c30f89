//! Issue 16, the client side: inputs and answers that once crashed azr, ate its memory or
//! slipped past it, each through the binary as a user meets it.

use serde_json::json;

use crate::common::Sandbox;
use crate::replay::{ZERO_SUB, exchange, run_env, write_cassette};

fn local(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .args(args)
        .output()
        .expect("run azr")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Finding 1: a 40001-character `--query` of nested brackets used to overflow the stack
/// (exit 134). It is now a usage error naming the limit, and nothing is listed.
#[test]
fn a_query_nested_past_the_limit_is_a_usage_error() {
    let sb = Sandbox::new();
    let query = format!("{}0{}", "[".repeat(20000), "]".repeat(20000));
    let out = local(&sb, &["group", "list", "--query", &query]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "ERROR: argument --query: the expression is 40001 characters long; azr accepts at most 4096.\n\
         To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n"
    );
    assert!(out.stdout.is_empty());
    let deep = format!("{}a", "!".repeat(4000));
    let out = local(&sb, &["group", "list", "--query", &deep]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr)
            .starts_with("ERROR: argument --query: the expression nests 4001 levels deep; azr accepts at most 256.\n"),
        "{}",
        text(&out.stderr)
    );
}

/// Finding 2: `--ssh-key-value /dev/zero` read without bound. It now stops at 64 KiB, names the
/// flag and the file, and creates nothing.
#[test]
fn an_endless_ssh_key_file_is_refused_before_anything_is_sent() {
    let sb = Sandbox::new();
    let out = local(
        &sb,
        &["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = local(
        &sb,
        &[
            "aks",
            "create",
            "-g",
            "rg",
            "-n",
            "c",
            "--ssh-key-value",
            "/dev/zero",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "ERROR: --ssh-key-value '/dev/zero' is larger than 64 KiB, too large for an SSH public key file.\n"
    );
    let out = local(&sb, &["aks", "list", "-o", "json"]);
    assert_eq!(text(&out.stdout).trim(), "[]");
}

/// Finding 5: a 429 asking for `Retry-After: 1e300` panicked (exit 101). It now fails at once
/// with the header named, after one request.
#[test]
fn a_retry_after_of_1e300_fails_cleanly() {
    let sb = Sandbox::new();
    let cassette = sb.dir.path().join("throttled.yaml");
    let uri = format!("/subscriptions/{ZERO_SUB}/resourcegroups?api-version=2024-11-01");
    write_cassette(
        &cassette,
        vec![
            exchange("GET", &uri, None, 429, &[("Retry-After", "1e300")], None),
            exchange("GET", &uri, None, 200, &[], Some(json!({"value": []}))),
        ],
    );
    let run = run_env(&sb, &cassette, None, &[], &["group", "list"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "ERROR: The server asked to wait 'Retry-After: 1e300' before retrying, more than the 604800 seconds (7 days) a request may wait; giving up.\n"
    );
    assert!(run.stdout.is_empty());
}

/// Finding 11: `Retry-After: 0` retried at once; it is now no hint, and the client backs off
/// (the `--debug` log shows the wait it chose).
#[test]
fn a_retry_after_of_zero_backs_off() {
    let sb = Sandbox::new();
    let cassette = sb.dir.path().join("zero.yaml");
    let uri = format!("/subscriptions/{ZERO_SUB}/resourcegroups?api-version=2024-11-01");
    write_cassette(
        &cassette,
        vec![
            exchange("GET", &uri, None, 429, &[("Retry-After", "0")], None),
            exchange("GET", &uri, None, 200, &[], Some(json!({"value": []}))),
        ],
    );
    let run = run_env(&sb, &cassette, None, &[], &["group", "list", "--debug"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "[]");
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("Retrying GET"))
        .unwrap_or_else(|| panic!("no retry line:\n{}", run.stderr));
    let secs: f64 = line
        .split(" in ")
        .nth(1)
        .and_then(|r| r.split('s').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no wait in: {line}"));
    assert!((0.64..=0.96).contains(&secs), "{line}");
}
