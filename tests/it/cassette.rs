//! Record/replay sessions through the binary (`AZR_CASSETTE`, `AZR_RECORD_MODE`,
//! `AZR_CASSETTE_SANITIZERS`, `azr cassette reset`): a script's commands recorded against the
//! built-in emulator and replayed with nothing behind them, each mode, consume-as-you-go
//! across processes, sanitizers with stable names, the mismatch message, and concurrent
//! recorders (issue 16, finding 14).

use std::path::{Path, PathBuf};

use azr::transport::cassette::Cassette;
use serde_json::json;

use crate::common::{Sandbox, argv};
use crate::replay::{Run, lro_cassette_waiting};

/// One script's environment: a sandbox whose built-in emulator records, and the cassette.
struct Script {
    sb: Sandbox,
    cassette: PathBuf,
}

impl Script {
    fn new() -> Script {
        let sb = Sandbox::new();
        let cassette = sb.dir.path().join("script.yaml");
        Script { sb, cassette }
    }

    /// `azr ARGS` in `mode` against the built-in emulator of `config` (a fresh one per test
    /// step where the test wants to show that nothing reached it).
    fn run_in(&self, config: &Path, mode: &str, envs: &[(&str, &str)], args: &[&str]) -> Run {
        let mut cmd = self.sb.azr();
        cmd.env("AZR_CONFIG_DIR", config)
            .env("AZR_CLOUD", "local")
            .env("AZR_CASSETTE", &self.cassette)
            .env("AZR_RECORD_MODE", mode)
            .args(args);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        Run::from(cmd.output().expect("run azr"))
    }

    fn run(&self, mode: &str, args: &[&str]) -> Run {
        self.run_in(&self.sb.config_dir(), mode, &[], args)
    }

    /// A config dir whose emulator has never been used: if a step reaches it, its state file
    /// appears.
    fn untouched_config(&self, name: &str) -> PathBuf {
        self.sb.dir.path().join(name)
    }

    fn reset(&self) {
        let r = Run::from(
            self.sb
                .azr()
                .args(["cassette", "reset"])
                .arg(&self.cassette)
                .output()
                .expect("run azr"),
        );
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    }

    fn interactions(&self) -> Vec<(String, String)> {
        Cassette::load(&self.cassette)
            .expect("cassette")
            .interactions
            .iter()
            .map(|i| (i.request.method.clone(), i.request.uri.clone()))
            .collect()
    }
}

const SHOW: &[&str] = &["group", "show", "-n", "rg", "--query", "name", "-o", "tsv"];
const CREATE: &[&str] = &[
    "group", "create", "-n", "rg", "-l", "eastus", "--query", "name", "-o", "tsv",
];

/// The script az's `test_aks_create_again_should_fail` is made of: the same request twice, with
/// different answers. `once` records it (the cassette is missing), then replays it in new
/// processes, in order, with no emulator behind it.
#[test]
fn once_records_then_replays_repeated_requests_in_order_across_processes() {
    let s = Script::new();
    let record = |args: &[&str]| s.run("once", args);
    let first = record(SHOW);
    assert_eq!(first.code, 3, "{}", first.stderr);
    assert!(
        first.stderr.contains("(ResourceGroupNotFound)"),
        "{}",
        first.stderr
    );
    assert_eq!(record(CREATE).stdout, "rg\n");
    assert_eq!(record(SHOW).stdout, "rg\n");
    let recorded = s.interactions();
    assert_eq!(recorded.len(), 3, "{recorded:?}");
    assert_eq!(recorded[0], recorded[2], "one URL, recorded twice");

    // A new session replays: a config dir whose emulator is never reached.
    s.reset();
    let empty = s.untouched_config("replay");
    let replay = |args: &[&str]| s.run_in(&empty, "once", &[], args);
    let first = replay(SHOW);
    assert_eq!(first.code, 3, "{}", first.stderr);
    assert!(
        first.stderr.contains("(ResourceGroupNotFound)"),
        "{}",
        first.stderr
    );
    assert_eq!(replay(CREATE).stdout, "rg\n");
    let again = replay(SHOW);
    assert_eq!(
        (again.code, again.stdout.as_str()),
        (0, "rg\n"),
        "{}",
        again.stderr
    );
    assert!(
        !empty.join("emulator.db").exists(),
        "replay reached the emulator"
    );
    assert_eq!(s.interactions().len(), 3, "replay adds nothing");

    // The session is used up: a fourth request says so, and how to start over.
    let extra = replay(SHOW);
    assert_eq!(extra.code, 1);
    assert_eq!(
        extra.stderr,
        format!(
            "ERROR: The cassette '{c}' recorded 2 response(s) for GET /subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg?api-version=2024-11-01, and all of them have been used. `azr cassette reset {c}` replays it from the start.\n",
            c = s.cassette.display()
        )
    );
    s.reset();
    assert_eq!(replay(SHOW).code, 3, "reset replays from the first answer");
}

#[test]
fn none_replays_only() {
    let s = Script::new();
    // No cassette: an error naming it, and nothing created.
    let missing = s.run("none", SHOW);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.starts_with(&format!(
            "ERROR: cannot read the cassette '{}'",
            s.cassette.display()
        )),
        "{}",
        missing.stderr
    );
    assert!(!s.cassette.exists());
    assert!(!s.sb.config_dir().join("emulator.db").exists());

    s.run("all", CREATE);
    s.reset();
    let empty = s.untouched_config("replay");
    let replayed = s.run_in(&empty, "none", &[], CREATE);
    assert_eq!(replayed.stdout, "rg\n", "{}", replayed.stderr);
    // What the cassette does not hold is not sent anywhere: it fails naming the request.
    let other = s.run_in(&empty, "none", &[], &argv("group show -n other"));
    assert_eq!(other.code, 1);
    assert_eq!(
        other.stderr,
        format!(
            "ERROR: No interaction in the cassette '{}' matches GET /subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/other?api-version=2024-11-01 (method, path and query are compared; api-version and polling tokens are ignored).\n",
            s.cassette.display()
        )
    );
    assert!(!empty.join("emulator.db").exists());
}

/// `new_episodes`: what the cassette holds is replayed, the rest is sent and appended.
#[test]
fn new_episodes_replays_what_matches_and_records_the_rest() {
    let s = Script::new();
    assert_eq!(s.run("all", CREATE).stdout, "rg\n");
    s.reset();
    // A fresh emulator: rg exists only in the cassette.
    let fresh = s.untouched_config("fresh");
    let run = |args: &[&str]| s.run_in(&fresh, "new_episodes", &[], args);
    assert_eq!(run(CREATE).stdout, "rg\n", "replayed");
    let new = run(&argv("group create -n rg2 -l eastus --query name -o tsv"));
    assert_eq!(new.stdout, "rg2\n", "{}", new.stderr);
    let uris: Vec<String> = s.interactions().into_iter().map(|(_, u)| u).collect();
    assert_eq!(uris.len(), 2, "{uris:?}");
    assert!(uris[1].contains("/resourcegroups/rg2?"), "{uris:?}");
    // The emulator saw rg2 only.
    let direct = |name: &str| {
        let mut cmd = s.sb.azr();
        cmd.env("AZR_CONFIG_DIR", &fresh)
            .env("AZR_CLOUD", "local")
            .args(["group", "show", "-n", name]);
        Run::from(cmd.output().unwrap()).code
    };
    assert_eq!((direct("rg"), direct("rg2")), (3, 0));
}

/// `all` records afresh in the session's first process and appends in the next ones.
#[test]
fn all_rerecords_the_cassette() {
    let s = Script::new();
    s.run("all", SHOW);
    s.run("all", CREATE);
    assert_eq!(s.interactions().len(), 2);
    s.reset();
    assert_eq!(s.run("all", CREATE).stdout, "rg\n");
    assert_eq!(s.run("all", SHOW).stdout, "rg\n");
    let methods: Vec<String> = s.interactions().into_iter().map(|(m, _)| m).collect();
    assert_eq!(methods, ["PUT", "GET"], "only the new session's requests");
}

/// A changed script fails with the interaction's number and the field diff; nothing is sent.
#[test]
fn a_changed_request_fails_with_the_field_diff() {
    let s = Script::new();
    s.run("once", CREATE);
    s.reset();
    let empty = s.untouched_config("replay");
    let changed = s.run_in(
        &empty,
        "once",
        &[],
        &argv("group create -n rg -l westus --tags team=a"),
    );
    assert_eq!(changed.code, 1);
    assert_eq!(changed.stdout, "");
    assert_eq!(
        changed.stderr,
        format!(
            "ERROR: The request body of PUT /subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg?api-version=2024-11-01 does not match interaction 1 of the cassette '{}':\n  location: recorded \"eastus\", sent \"westus\"\n  tags: not recorded, sent {{\"team\":\"a\"}}\n",
            s.cassette.display()
        )
    );
    assert!(!empty.join("emulator.db").exists());
}

/// Random names recorded under stable placeholders: the cassette holds `rg-1`, a replay with
/// other random names matches it, and the script sees its own names in the answers.
#[test]
fn sanitizers_replace_random_names_stably_and_scrub_headers() {
    let s = Script::new();
    let rules = s.sb.dir.path().join("sanitizers.json");
    std::fs::write(
        &rules,
        r#"{"sanitizers": [
            {"regex": "rg-[0-9]{5}", "value": "rg-{n}"},
            {"target": "header", "key": "x-ms-request-id", "regex": ".+", "value": "<request-id>"},
            {"target": "body", "regex": "\"team\": ?\"[^\"]*\"", "value": "\"team\": \"<team>\""}
        ]}"#,
    )
    .unwrap();
    let env = [("AZR_CASSETTE_SANITIZERS", rules.to_str().unwrap())];
    let script = |config: &Path, a: &str, b: &str, team: &str| -> Vec<Run> {
        let mut out = Vec::new();
        for name in [a, b, a] {
            out.push(s.run_in(
                config,
                "once",
                &env,
                &[
                    "group",
                    "create",
                    "-n",
                    name,
                    "-l",
                    "eastus",
                    "--tags",
                    &format!("team={team}"),
                    "--query",
                    "[name, id]",
                    "-o",
                    "tsv",
                ],
            ));
        }
        out
    };
    let recorded = script(&s.sb.config_dir(), "rg-48213", "rg-90210", "red");
    assert_eq!(recorded[1].stdout.lines().next(), Some("rg-90210"));
    let text = std::fs::read_to_string(&s.cassette).unwrap();
    for raw in ["rg-48213", "rg-90210", "\"red\""] {
        assert!(!text.contains(raw), "{raw} kept in the cassette:\n{text}");
    }
    assert!(text.contains("resourcegroups/rg-1?"), "{text}");
    assert!(text.contains("resourcegroups/rg-2?"), "{text}");
    assert!(text.contains("<request-id>"), "{text}");

    s.reset();
    let empty = s.untouched_config("replay");
    let replayed = script(&empty, "rg-11111", "rg-22222", "blue");
    for (r, name) in replayed.iter().zip(["rg-11111", "rg-22222", "rg-11111"]) {
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(
            r.stdout,
            format!(
                "{name}\n/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/{name}\n"
            )
        );
    }
    assert!(!empty.join("emulator.db").exists());

    // A bad rule is a usage error naming the setting, the file and the rule; nothing is sent.
    std::fs::write(&rules, r#"[{"regex": "(", "value": "x"}]"#).unwrap();
    let bad = s.run_in(&empty, "once", &env, SHOW);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.starts_with(&format!(
            "ERROR: AZR_CASSETTE_SANITIZERS: '{}' sanitizer 1: invalid regex '('",
            rules.display()
        )),
        "{}",
        bad.stderr
    );
}

#[test]
fn bad_settings_name_themselves_and_send_nothing() {
    let s = Script::new();
    let bad = s.run("sometimes", SHOW);
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr,
        "ERROR: AZR_RECORD_MODE must be one of once, none, new_episodes, all; got 'sometimes'.\n"
    );
    let mut cmd = s.sb.azr();
    cmd.env("AZR_CLOUD", "local")
        .env("AZR_RECORD_MODE", "all")
        .args(SHOW);
    let orphan = Run::from(cmd.output().unwrap());
    assert_eq!(orphan.code, 2);
    assert_eq!(
        orphan.stderr,
        "ERROR: AZR_RECORD_MODE applies to a cassette named by AZR_CASSETTE=FILE, which is not set.\n"
    );
    assert!(!s.cassette.exists());
    assert!(!s.sb.config_dir().join("emulator.db").exists());
}

/// Ten processes recording into one cassette at once keep all ten interactions (issue 16,
/// finding 14: read, append, rewrite without a lock kept about half), with `AZR_RECORD` and
/// with `AZR_CASSETTE`.
#[test]
fn concurrent_recorders_keep_every_interaction() {
    for (setting, mode) in [("AZR_RECORD", None), ("AZR_CASSETTE", Some("all"))] {
        let s = Script::new();
        if mode.is_some() {
            // the session is started (and the cassette made afresh) by one process first
            s.run("all", &["group", "list"]);
        } else {
            // the emulator's state exists before the race, which is the cassette's alone
            let mut cmd = s.sb.azr();
            cmd.env("AZR_CLOUD", "local").args(["group", "list"]);
            assert_eq!(Run::from(cmd.output().unwrap()).code, 0);
        }
        let children: Vec<_> = (0..10)
            .map(|i| {
                let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("azr"));
                cmd.env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("HOME", s.sb.home())
                    .env("AZR_CONFIG_DIR", s.sb.config_dir())
                    .env("AZR_CLOUD", "local")
                    .env(setting, &s.cassette)
                    .args([
                        "group",
                        "create",
                        "-n",
                        &format!("rg{i}"),
                        "-l",
                        "eastus",
                        "-o",
                        "none",
                    ]);
                if let Some(m) = mode {
                    cmd.env("AZR_RECORD_MODE", m);
                }
                cmd.stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn azr")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{setting}: {:?} {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let mut names: Vec<String> = s
            .interactions()
            .into_iter()
            .filter(|(m, _)| m == "PUT")
            .map(|(_, uri)| {
                uri.rsplit('/')
                    .next()
                    .unwrap()
                    .split('?')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        names.sort();
        let want: Vec<String> = (0..10).map(|i| format!("rg{i}")).collect();
        assert_eq!(names, want, "{setting}");
    }
}

/// The README's worked example: the seed workflow's script, recorded once against the built-in
/// emulator (fixtures/cassettes/seed-workflow.yaml), replays with no emulator and no network;
/// the same script with one flag changed fails on the request it changed, with the field diff.
#[test]
fn the_seed_workflow_replays_from_its_committed_cassette() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sb = Sandbox::new();
    // a copy, so the session state lands in the sandbox, not in fixtures/
    let cassette = sb.dir.path().join("seed-workflow.yaml");
    std::fs::copy(
        repo.join("fixtures/cassettes/seed-workflow.yaml"),
        &cassette,
    )
    .unwrap();
    let script = std::fs::read_to_string(repo.join("fixtures/cassettes/seed-workflow.sh")).unwrap();
    let bin_dir = assert_cmd::cargo::cargo_bin("azr")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let run = |script: &str| {
        let reset = sb
            .azr()
            .args(["cassette", "reset"])
            .arg(&cassette)
            .output()
            .unwrap();
        assert!(reset.status.success());
        Run::from(
            std::process::Command::new("bash")
                .args(["-c", script])
                .env_clear()
                .env("PATH", &path)
                .env("HOME", sb.home())
                .env("AZR_CONFIG_DIR", sb.config_dir())
                .env("AZR_CASSETTE", &cassette)
                .env("AZR_RECORD_MODE", "none")
                .output()
                .unwrap(),
        )
    };
    let replayed = run(&script);
    assert_eq!(replayed.code, 0, "{}", replayed.stderr);
    assert_eq!(
        replayed.stdout,
        "20.62.0.0\n20.62.0.1\n20.62.0.2\nnodepool1\nnp2\n"
    );
    assert!(
        !sb.config_dir().join("emulator.db").exists(),
        "replay reached the emulator"
    );

    let changed = script.replace(
        "--allowed-host-ports 8080/tcp",
        "--allowed-host-ports 9090/tcp",
    );
    assert_ne!(changed, script);
    let failed = run(&changed);
    assert_eq!(failed.code, 1);
    assert_eq!(failed.stdout, "", "the script stops at the changed command");
    // after the ssh-key warning of `aks create`, the error names the request and interaction
    let error = failed.stderr.find("ERROR:").map(|at| &failed.stderr[at..]);
    assert_eq!(
        error,
        Some(format!(
            "ERROR: The request body of PUT /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/np2?api-version=2026-06-01 does not match interaction 14 of the cassette '{}':\n  properties.networkProfile.allowedHostPorts[0].portEnd: recorded 8080, sent 9090\n  properties.networkProfile.allowedHostPorts[0].portStart: recorded 8080, sent 9090\n",
            cassette.display()
        ).as_str()),
        "{}",
        failed.stderr
    );
}

/// A replayed long-running operation never waits: its polls ask for an hour each, and the
/// command finishes (a replay that slept would hang here).
#[test]
fn replayed_long_running_operations_never_sleep() {
    let s = Script::new();
    let prefix = lro_cassette_waiting(
        &s.cassette,
        vec![
            json!({"status": "InProgress"}),
            json!({"status": "Succeeded"}),
        ],
        "3600",
    );
    let empty = s.untouched_config("replay");
    let r = s.run_in(
        &empty,
        "none",
        &[],
        &argv("network public-ip prefix create -g rg -n p --length 30 --query id -o tsv"),
    );
    assert_eq!(
        (r.code, r.stdout),
        (0, format!("{prefix}\n")),
        "{}",
        r.stderr
    );
}

/// az's own recordings replay in a session too: one command out of the recording, consumed,
/// so running it again in the same session says the answers are used up.
#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn az_recordings_replay_one_command_in_a_session() {
    let s = Script::new();
    std::fs::copy(
        crate::common::external_fixture("azure-cli-recordings/test_aks_create_node_public_ip.yaml"),
        &s.cassette,
    )
    .unwrap();
    let empty = s.untouched_config("replay");
    let create = argv(
        "network public-ip prefix create -g clitest000001 -n cliaksipprefix000003 --location westus2 --length 29 --query ipPrefix -o tsv",
    );
    let first = s.run_in(&empty, "none", &[], &create);
    assert_eq!(
        (first.code, first.stdout.as_str()),
        (0, "4.155.17.160/29\n"),
        "{}",
        first.stderr
    );
    let again = s.run_in(&empty, "none", &[], &create);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("and all of them have been used."),
        "{}",
        again.stderr
    );
    s.reset();
    assert_eq!(s.run_in(&empty, "none", &[], &create).code, 0);
    assert!(!empty.join("emulator.db").exists());
}
