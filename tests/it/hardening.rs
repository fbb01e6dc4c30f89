//! Issue 16, the client side: inputs and answers that once crashed azr, ate its memory or
//! slipped past it, each through the binary as a user meets it.

use serde_json::json;

/// Percent-decoding as ARM applies it to a path segment or query value.
fn decode(s: &str) -> String {
    azr::encoding::percent_decode(s, false)
}

use crate::common::Sandbox;
use crate::replay::{ZERO_SUB, exchange, run_env, write_cassette};

fn local(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .args(args)
        .output()
        .expect("run azr")
}

/// A command line without quoting: its words.
fn words(line: &str) -> Vec<&str> {
    line.split(' ').collect()
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

/// A cassette for `group list`: a 429 with `Retry-After: <retry_after>`, then the answer.
fn throttled_group_list(sb: &Sandbox, retry_after: &str) -> std::path::PathBuf {
    let cassette = sb.dir.path().join("throttled.yaml");
    let uri = format!("/subscriptions/{ZERO_SUB}/resourcegroups?api-version=2024-11-01");
    write_cassette(
        &cassette,
        vec![
            exchange(
                "GET",
                &uri,
                None,
                429,
                &[("Retry-After", retry_after)],
                None,
            ),
            exchange("GET", &uri, None, 200, &[], Some(json!({"value": []}))),
        ],
    );
    cassette
}

/// Finding 5: a 429 asking for `Retry-After: 1e300` panicked (exit 101). It now fails at once
/// with the header named, after one request.
#[test]
fn a_retry_after_of_1e300_fails_cleanly() {
    let sb = Sandbox::new();
    let cassette = throttled_group_list(&sb, "1e300");
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
    let cassette = throttled_group_list(&sb, "0");
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

/// Every command that builds a URL from a flag value, with `{N}` where value N goes, and values
/// that pass the command's own validation but need escaping (so the property is never vacuous).
const URL_COMMANDS: &[(&str, &[&str])] = &[
    ("group show -n {0}", &["rg(1)é.x"]),
    ("group delete -n {0} --yes", &["rg(1)é.x"]),
    ("group create -n {0} -l eastus", &["rg(1)é.x"]),
    ("group list --tag {0}={1}", &["k &' é", "v?#&=/%+é"]),
    ("aks show -g {0} -n {1}", &["rg(1)é.x", "c1"]),
    ("aks list -g {0}", &["rg(1)é.x"]),
    ("aks delete -g {0} -n {1} --yes", &["rg(1)é.x", "c1"]),
    (
        "aks create -g {0} -n {1} -l eastus --no-ssh-key",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks nodepool show -g {0} --cluster-name {1} -n np1",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks nodepool list -g {0} --cluster-name {1}",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks nodepool add -g {0} --cluster-name {1} -n np1",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks nodepool update -g {0} --cluster-name {1} -n np1 --allowed-host-ports 80/tcp",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks nodepool delete -g {0} --cluster-name {1} -n np1",
        &["rg(1)é.x", "c1"],
    ),
    (
        "aks command result -g {0} -n {1} -i {2}",
        &["rg(1)é.x", "c1", "..%2F..&x=y é"],
    ),
    (
        "network public-ip prefix create -g {0} -n {1} -l eastus --length 28",
        &["rg(1)é.x", "p &%=é+"],
    ),
    (
        "network public-ip prefix show -g {0} -n {1}",
        &["rg(1)é.x", "p &%=é+"],
    ),
    ("network public-ip prefix list -g {0}", &["rg(1)é.x"]),
    (
        "network public-ip prefix delete -g {0} -n {1}",
        &["rg(1)é.x", "p &%=é+"],
    ),
    (
        "network asg create -g {0} -n {1} -l eastus",
        &["rg(1)é.x", "a &%=é+"],
    ),
    ("network asg show -g {0} -n {1}", &["rg(1)é.x", "a &%=é+"]),
    ("network asg list -g {0}", &["rg(1)é.x"]),
    ("network asg delete -g {0} -n {1}", &["rg(1)é.x", "a &%=é+"]),
    ("network nsg list -g {0}", &["rg(1)é.x"]),
    ("network nsg show -g {0} -n {1}", &["rg(1)é.x", "n &%=é+"]),
    (
        "network nsg rule list -g {0} --nsg-name {1}",
        &["rg(1)é.x", "n &%=é+"],
    ),
    ("vmss list -g {0}", &["rg(1)é.x"]),
    (
        "vmss list-instance-public-ips -g {0} -n {1}",
        &["rg(1)é.x", "v &%=é+"],
    ),
    ("feature list --namespace {0}", &["Ns &%=é+.."]),
    (
        "feature show --namespace {0} --name {1}",
        &["Ns &%=é+", ".."],
    ),
    (
        "feature register --namespace {0} --name {1}",
        &["Ns &%=é+", "F &%=é+"],
    ),
    (
        "feature unregister --namespace {0} --name {1}",
        &["Ns &%=é+", "F &%=é+"],
    ),
    (
        "provider show -n {0} --expand {1}",
        &["Ns &%=é+", "x&y=z #"],
    ),
    ("provider register --namespace {0}", &["Ns &%=é+"]),
    ("provider unregister --namespace {0}", &["Ns &%=é+"]),
];

const PLACEHOLDERS: [&str; 3] = ["azrp0", "azrp1", "azrp2"];

/// Runs `template` with `values` against the built-in emulator in a fresh config dir; returns
/// the exit code and the URLs azr built (`--debug`'s `Request URL` lines; absolute URLs are
/// the server's own poll links and are left out).
fn urls_sent(template: &str, values: &[&str]) -> (i32, Vec<String>, String) {
    let sb = Sandbox::new();
    let args: Vec<String> = template
        .split(' ')
        .map(|a| {
            let mut a = a.to_string();
            for (i, v) in values.iter().enumerate() {
                a = a.replace(&format!("{{{i}}}"), v);
            }
            a
        })
        .collect();
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(&args)
        .args(["--debug", "-o", "none"])
        .output()
        .expect("run azr");
    let stderr = text(&out.stderr);
    let urls = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("DEBUG: Request URL: '"))
        .filter_map(|l| l.strip_suffix('\''))
        .filter(|u| !u.starts_with("http"))
        .map(str::to_string)
        .collect();
    (out.status.code().unwrap_or(-1), urls, stderr)
}

fn substitute(s: &str, values: &[&str]) -> String {
    let mut s = s.to_string();
    for (p, v) in PLACEHOLDERS.iter().zip(values) {
        s = s.replace(p, v);
    }
    s
}

/// `sent` is `model` (a URL built from the placeholders) with `values` in their place, each
/// one escaped inside its own path segment or query value: the same segments, the same query
/// keys, and nothing but unreserved characters and percent-escapes in any value.
fn same_shape(model: &str, sent: &str, values: &[&str]) -> bool {
    let (mp, mq) = model.split_once('?').unwrap_or((model, ""));
    let (sp, sq) = sent.split_once('?').unwrap_or((sent, ""));
    let unreserved = |c: char| c.is_ascii_alphanumeric() || "-._~%".contains(c);
    let (ms, ss): (Vec<_>, Vec<_>) = (mp.split('/').collect(), sp.split('/').collect());
    let path_ok = ms.len() == ss.len()
        && ms.iter().zip(&ss).all(|(m, s)| {
            s.chars().all(unreserved)
                && *s != ".."
                && *s != "."
                && decode(s) == substitute(&decode(m), values)
        });
    let (mq, sq): (Vec<_>, Vec<_>) = (mq.split('&').collect(), sq.split('&').collect());
    let query_ok = mq.len() == sq.len()
        && mq.iter().zip(&sq).all(|(m, s)| {
            let (mk, mv) = m.split_once('=').unwrap_or((m, ""));
            let (sk, sv) = s.split_once('=').unwrap_or((s, ""));
            mk == sk && sv.chars().all(unreserved) && decode(sv) == substitute(&decode(mv), values)
        });
    path_ok && query_ok
}

/// Checks one run of `template` with `values`: refused before sending, or every URL it built is
/// one the placeholder run built, with the values escaped in place.
fn check_escaped(template: &str, values: &[&str], models: &[String]) -> Result<bool, String> {
    let (code, urls, stderr) = urls_sent(template, values);
    // `--tag K=V` splits at the first `=`: a key with one in it is a shorter key
    let split;
    let values = match values {
        [k, v, rest @ ..] if template.contains("{0}={1}") && k.contains('=') => {
            let (k, more) = k.split_once('=').unwrap_or_default();
            split = [
                vec![k.to_string(), format!("{more}={v}")],
                rest.iter().map(|r| r.to_string()).collect(),
            ]
            .concat();
            split.iter().map(String::as_str).collect::<Vec<_>>()
        }
        _ => values.to_vec(),
    };
    let values = values.as_slice();
    if urls.is_empty() {
        if code == 0 {
            return Err(format!(
                "{template:?} {values:?}: exit 0 without a request\n{stderr}"
            ));
        }
        return Ok(false);
    }
    for u in &urls {
        if !models.iter().any(|m| same_shape(m, u, values)) {
            return Err(format!(
                "{template:?} {values:?}: {u} is none of {models:?} with the values escaped"
            ));
        }
    }
    Ok(true)
}

/// Issue 16, finding 4 (the client half): values never reach a URL unescaped. For every command
/// that builds a URL from input, the URLs sent with hostile values are the URLs sent with
/// placeholders, each value escaped within its own path segment or query value.
#[test]
fn values_never_reach_urls_unescaped() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let hostile = proptest::collection::vec(
        prop_oneof![
            "[a-z?#/&=% '+.é()~;:@$,\\[\\]]{1,10}",
            "[a-z(). é_-]{0,8}[a-z]",
            Just("..".to_string()),
        ],
        3,
    );
    for (template, fixed) in URL_COMMANDS {
        let (_, models, stderr) = urls_sent(template, &PLACEHOLDERS);
        assert!(!models.is_empty(), "{template:?} sent nothing:\n{stderr}");
        assert_eq!(
            check_escaped(template, fixed, &models),
            Ok(true),
            "{template:?} with {fixed:?} must be sent, escaped"
        );
        let mut runner = TestRunner::new(Config {
            cases: 6,
            failure_persistence: None,
            ..Config::default()
        });
        runner
            .run(&hostile, |values| {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                check_escaped(template, &values, &models)
                    .map(|_| ())
                    .map_err(TestCaseError::fail)
            })
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Finding 3: an empty `--allowed-host-ports` / `--asg-ids` (an unset `$PORTS` in quotes)
/// silently removed every allowed host port. `""` still clears, aks-preview's deliberate way,
/// but says what it removed; blanks or commas alone are refused before anything is sent.
#[test]
fn clearing_host_ports_is_deliberate_and_never_silent() {
    let sb = Sandbox::new();
    for args in [
        "group create -n rg -l eastus -o none",
        "aks create -g rg -n c -l eastus --no-ssh-key -o none",
        "aks nodepool add -g rg --cluster-name c -n np2 --allowed-host-ports 80/tcp 443/tcp -o none",
    ] {
        let out = local(&sb, &words(args));
        assert_eq!(out.status.code(), Some(0), "{args}: {}", text(&out.stderr));
    }
    let update = words("aks nodepool update -g rg --cluster-name c -n np2");
    let show = "aks nodepool show -g rg --cluster-name c -n np2 -o tsv --query networkProfile.allowedHostPorts[].portStart";
    let ports_now = || text(&local(&sb, &words(show)).stdout);
    for (flag, value, what) in [
        ("--allowed-host-ports", " ", "allowed host port"),
        ("--allowed-host-ports", ",", "allowed host port"),
        ("--allowed-host-ports", " , ", "allowed host port"),
        ("--asg-ids", " ", "application security group"),
        ("--asg-ids", ",", "application security group"),
    ] {
        let out = local(&sb, &[&update[..], &[flag, value]].concat());
        assert_eq!(out.status.code(), Some(1), "{flag} {value:?}");
        assert_eq!(
            text(&out.stderr),
            format!(
                "ERROR: {flag} '{value}' holds no {what}. To remove every {what} on purpose, pass an empty value: {flag} \"\".\n"
            )
        );
        assert_eq!(
            ports_now(),
            "80\n443\n",
            "{flag} {value:?} changed the pool"
        );
    }
    let out = local(
        &sb,
        &[&update[..], &["--allowed-host-ports", "", "-o", "none"]].concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        "WARNING: --allowed-host-ports '' removes every allowed host port of node pool 'np2': 80/tcp, 443/tcp.\n"
    );
    assert_eq!(ports_now(), "");
    // Nothing left to remove: nothing to say.
    let out = local(
        &sb,
        &[&update[..], &["--allowed-host-ports", "", "-o", "none"]].concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
}

/// Finding 10: connection errors were never retried, so a server restart in the middle of
/// `aks create` failed the CLI although the cluster went on to succeed. The server is killed
/// 1.2 s into a create whose operation lasts 4 s and restarted on the same port and state 2 s
/// later; azr retries the broken polls with backoff and prints the cluster. (The sleeps place
/// the restart inside the operation; nothing asserts how long anything took.)
#[test]
fn a_server_restart_in_the_middle_of_aks_create_is_retried() {
    use crate::emulator_server::{Server, client_azr, register_and_login};
    use std::time::Duration;

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let extra = ["--operation-ms", "4000", "--poll-ms", "200"];
    let mut server = Server::start_in(dir, &extra);
    register_and_login(&server, dir, "cfg", "s3cret");
    let none: &[(&str, &str)] = &[];
    let group = ["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"];
    client_azr(&server.ca(), dir, "cfg", &group, none);

    let create = std::process::Command::new(env!("CARGO_BIN_EXE_azr"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("AZR_CONFIG_DIR", dir.join("cfg"))
        .env("REQUESTS_CA_BUNDLE", server.ca())
        .args([
            "aks",
            "create",
            "-g",
            "rg",
            "-n",
            "c",
            "-l",
            "eastus",
            "--no-ssh-key",
        ])
        .args(["--query", "provisioningState", "-o", "tsv", "--debug"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn aks create");
    std::thread::sleep(Duration::from_millis(1200));
    let port = server.port();
    server.kill();
    std::thread::sleep(Duration::from_secs(2));
    let _restarted = Server::start_on(dir, port, &extra);
    let out = create.wait_with_output().expect("aks create");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(text(&out.stdout), "Succeeded\n");
    assert!(
        stderr.contains("DEBUG: Request failed: "),
        "the restart did not fall inside the create:\n{stderr}"
    );
    assert!(stderr.contains("DEBUG: Retrying GET"), "{stderr}");
}
