//! Replay and record through the binary: az's own recordings, body mismatches, unmatched
//! requests, recording then replaying, retries and long-running operations from scripted
//! cassettes.

use std::path::Path;

use azr::transport::cassette::{
    Cassette, Interaction, RecordedRequest, RecordedResponse, ResponseBody, Status,
};
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, external_fixture};

pub const ZERO_SUB: &str = "00000000-0000-0000-0000-000000000000";

/// One scripted exchange: the request azr must send and the answer it gets.
pub fn exchange(
    method: &str,
    uri: &str,
    body: Option<Value>,
    status: u16,
    headers: &[(&str, &str)],
    response: Option<Value>,
) -> Interaction {
    Interaction {
        request: RecordedRequest {
            body: body.map(|b| b.to_string()),
            headers: Default::default(),
            method: method.into(),
            uri: format!("https://management.azure.com{uri}"),
        },
        response: RecordedResponse {
            body: ResponseBody {
                string: Some(response.map(|r| r.to_string()).unwrap_or_default()),
            },
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
                .collect(),
            status: Status {
                code: status,
                message: String::new(),
            },
        },
    }
}

pub fn write_cassette(path: &Path, interactions: Vec<Interaction>) {
    Cassette {
        interactions,
        version: 1,
    }
    .save(path)
    .unwrap();
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs azr against a cassette (and records to `record` when given).
pub fn run(sb: &Sandbox, cassette: &Path, record: Option<&Path>, args: &[&str]) -> Run {
    run_env(sb, cassette, record, &[], args)
}

pub fn run_env(
    sb: &Sandbox,
    cassette: &Path,
    record: Option<&Path>,
    env: &[(&str, &str)],
    args: &[&str],
) -> Run {
    let mut cmd = sb.azr();
    cmd.env("AZR_REPLAY", cassette);
    if let Some(r) = record {
        cmd.env("AZR_RECORD", r);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run::from(cmd.args(args).output().unwrap())
}

/// A property of a result, before or after az's shaping (which hoists `properties`).
fn prop<'a>(v: &'a Value, key: &str) -> &'a Value {
    match v.get(key) {
        Some(x) => x,
        None => &v["properties"][key],
    }
}

fn recording(name: &str) -> std::path::PathBuf {
    external_fixture(&format!("azure-cli-recordings/{name}"))
}

const PREFIX_ID: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/clitest000001/providers/Microsoft.Network/publicIPPrefixes/cliaksipprefix000003";

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn prefix_create_replays_out_of_the_aks_recording() {
    let sb = Sandbox::new();
    let r = run(
        &sb,
        &recording("test_aks_create_node_public_ip.yaml"),
        None,
        &argv(
            "network public-ip prefix create -g clitest000001 -n cliaksipprefix000003 --location westus2 --length 29",
        ),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let out = r.json();
    assert_eq!(out["id"], PREFIX_ID);
    // Only the final GET knows the address block: the output is that GET.
    assert_eq!(prop(&out, "ipPrefix"), "4.155.17.160/29");
    assert_eq!(prop(&out, "provisioningState"), "Succeeded");
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn asg_create_replays_out_of_the_nsg_recordings() {
    for file in [
        "test_aks_create_with_nsg_control.yaml",
        "test_aks_nodepool_create_with_nsg_control.yaml",
        "test_aks_nodepool_update_with_nsg_control.yaml",
    ] {
        for asg in ["asg1", "asg2"] {
            let sb = Sandbox::new();
            let r = run(
                &sb,
                &recording(file),
                None,
                &[
                    "network",
                    "asg",
                    "create",
                    "--name",
                    asg,
                    "--resource-group",
                    "clitest000001",
                    "-o",
                    "json",
                ],
            );
            assert_eq!(r.code, 0, "{file} {asg}: {}", r.stderr);
            let out = r.json();
            assert_eq!(
                out["id"],
                format!(
                    "/subscriptions/{ZERO_SUB}/resourceGroups/clitest000001/providers/Microsoft.Network/applicationSecurityGroups/{asg}"
                )
            );
            assert_eq!(prop(&out, "provisioningState"), "Succeeded", "{file} {asg}");
        }
    }
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn a_body_mismatch_fails_with_a_diff() {
    let sb = Sandbox::new();
    let r = run(
        &sb,
        &recording("test_aks_create_node_public_ip.yaml"),
        None,
        &argv(
            "network public-ip prefix create -g clitest000001 -n cliaksipprefix000003 -l westus2 --length 28 --sku standardv2",
        ),
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    let url = format!("{PREFIX_ID}?api-version=2025-09-01");
    assert_eq!(
        r.stderr,
        format!(
            "ERROR: The request body of PUT {url} does not match interaction 1 of the cassette '{}':\n  properties.prefixLength: recorded 29, sent 28\n  sku.name: recorded \"Standard\", sent \"StandardV2\"\n",
            recording("test_aks_create_node_public_ip.yaml").display()
        )
    );
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn excused_body_paths_are_not_compared() {
    let sb = Sandbox::new();
    let r = run_env(
        &sb,
        &recording("test_aks_create_node_public_ip.yaml"),
        None,
        &[("AZR_REPLAY_IGNORE", "properties.prefixLength")],
        &argv(
            "network public-ip prefix create -g clitest000001 -n cliaksipprefix000003 -l westus2 --length 28",
        ),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn an_unmatched_request_fails_naming_method_and_url() {
    let sb = Sandbox::new();
    let file = recording("test_aks_create_node_public_ip.yaml");
    let r = run(
        &sb,
        &file,
        None,
        &argv("network public-ip prefix show -g clitest000001 -n nosuch"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "ERROR: No interaction in the cassette '{}' matches GET /subscriptions/{ZERO_SUB}/resourceGroups/clitest000001/providers/Microsoft.Network/publicIPPrefixes/nosuch?api-version=2025-09-01 (method, path and query are compared; api-version and polling tokens are ignored).\n",
            file.display()
        )
    );
}

#[test]
fn a_missing_cassette_is_a_clear_error() {
    let sb = Sandbox::new();
    let r = run(
        &sb,
        Path::new("/nonexistent/c.yaml"),
        None,
        &argv("network asg show -g rg -n a"),
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .starts_with("ERROR: cannot read the cassette '/nonexistent/c.yaml'"),
        "{}",
        r.stderr
    );
}

#[test]
fn validation_fails_before_the_cassette_is_read() {
    let sb = Sandbox::new();
    let r = run(
        &sb,
        Path::new("/nonexistent/c.yaml"),
        None,
        &argv("network public-ip prefix create -g rg -n p --version ipv7"),
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "ERROR: az network public-ip prefix create: 'ipv7' is not a valid value for '--version'. Allowed values: IPv4, IPv6.\n\n\
         Examples from command's help:\n\
         az network public-ip prefix create --length 28 --location westus2 --name MyPublicIPPrefix --resource-group MyResourceGroup\n\
         Create a public IP prefix resource. (autogenerated)\n\n\
         https://aka.ms/cli_ref\n\
         Read more about the command in reference docs\n"
    );
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn recording_then_replaying_gives_the_same_result_and_no_secrets() {
    let sb = Sandbox::new();
    let out = sb.dir.path().join("rec.yaml");
    let args = argv(
        "network public-ip prefix create -g clitest000001 -n cliaksipprefix000003 --location westus2 --length 29",
    );
    let first = run(
        &sb,
        &recording("test_aks_create_node_public_ip.yaml"),
        Some(&out),
        &args,
    );
    assert_eq!(first.code, 0, "{}", first.stderr);
    let rec = Cassette::load(&out).unwrap();
    let seen: Vec<String> = rec
        .interactions
        .iter()
        .map(|i| format!("{} {}", i.request.method, i.request.uri))
        .collect();
    assert_eq!(seen.len(), 4, "{seen:#?}");
    assert!(seen[0].starts_with(&format!(
        "PUT https://management.azure.com{PREFIX_ID}?api-version=2025-09-01"
    )));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.to_ascii_lowercase().contains("authorization"));
    assert_eq!(
        rec.interactions[0].request.headers["CommandName"],
        vec!["network public-ip prefix create"]
    );
    assert_eq!(
        rec.interactions[0].request.headers["ParameterSetName"],
        vec!["-g -n --location --length"]
    );

    let second = run(&sb, &out, None, &args);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.stdout, first.stdout);
}

#[test]
fn throttling_and_server_errors_are_retried() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let path = format!(
        "/subscriptions/{ZERO_SUB}/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/a"
    );
    let url = format!("{path}?api-version=2021-08-01");
    let asg = json!({"id": path, "name": "a", "location": "eastus", "properties": {"provisioningState": "Succeeded"}});
    write_cassette(
        &c,
        vec![
            exchange("GET", &url, None, 429, &[("Retry-After", "30")], None),
            exchange(
                "GET",
                &url,
                None,
                503,
                &[("x-ms-retry-after-ms", "10")],
                None,
            ),
            exchange(
                "GET",
                &url,
                None,
                500,
                &[],
                Some(json!({"error": {"code": "InternalError", "message": "x"}})),
            ),
            exchange("GET", &url, None, 200, &[], Some(asg)),
        ],
    );
    let r = run(&sb, &c, None, &argv("network asg show -g rg -n a --debug"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["name"], "a");
    assert_eq!(
        r.stderr.matches("DEBUG: Retrying GET").count(),
        3,
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("in 30.000s (retry 1 of 4)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("in 0.010s (retry 2 of 4)"),
        "{}",
        r.stderr
    );

    // Retries are bounded: the fifth 503 is the answer.
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    write_cassette(
        &c,
        (0..6)
            .map(|_| {
                exchange(
                    "GET",
                    &url,
                    None,
                    503,
                    &[],
                    Some(json!({"error": {"code": "ServerBusy", "message": "Busy."}})),
                )
            })
            .collect(),
    );
    let r = run(&sb, &c, None, &argv("network asg show -g rg -n a"));
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "ERROR: (ServerBusy) Busy.\nCode: ServerBusy\nMessage: Busy.\n"
    );
}

fn lro_cassette(path: &Path, polls: Vec<Value>) -> String {
    lro_cassette_waiting(path, polls, "10")
}

/// A prefix create whose operation is polled `polls.len()` times, each poll answer asking the
/// client to wait `retry_after` seconds.
pub fn lro_cassette_waiting(path: &Path, polls: Vec<Value>, retry_after: &str) -> String {
    let rg = format!("/subscriptions/{ZERO_SUB}/resourceGroups/rg");
    let prefix = format!("{rg}/providers/Microsoft.Network/publicIPPrefixes/p");
    let op = format!(
        "https://management.azure.com/subscriptions/{ZERO_SUB}/providers/Microsoft.Network/locations/eastus/operations/1?api-version=2025-09-01"
    );
    let body = json!({"location": "eastus", "properties": {"prefixLength": 30, "publicIPAddressVersion": "IPv4"}, "sku": {"name": "Standard"}});
    let mut script = vec![
        exchange(
            "GET",
            &format!("/subscriptions/{ZERO_SUB}/resourcegroups/rg?api-version=2024-11-01"),
            None,
            200,
            &[],
            Some(json!({"location": "eastus", "name": "rg"})),
        ),
        exchange(
            "PUT",
            &format!("{prefix}?api-version=2025-09-01"),
            Some(body),
            201,
            &[("Azure-AsyncOperation", op.as_str())],
            Some(json!({"properties": {"provisioningState": "Updating"}})),
        ),
    ];
    for p in polls {
        script.push(exchange(
            "GET",
            &op.replace("https://management.azure.com", ""),
            None,
            200,
            &[("Retry-After", retry_after)],
            Some(p),
        ));
    }
    script.push(exchange("GET", &format!("{prefix}?api-version=2025-09-01"), None, 200, &[], Some(json!({"id": prefix, "name": "p", "properties": {"ipPrefix": "20.1.2.0/30", "provisioningState": "Succeeded"}}))));
    write_cassette(path, script);
    prefix
}

#[test]
fn long_running_create_polls_until_succeeded_ignoring_in_progress_errors() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let busy = json!({"status": "InProgress", "error": {"code": "NotLatestOperation", "message": "Cannot proceed with the operation."}});
    let prefix = lro_cassette(&c, vec![busy.clone(), busy, json!({"status": "Succeeded"})]);
    // No -l: the group's location is read first.
    let r = run(
        &sb,
        &c,
        None,
        &argv("network public-ip prefix create -g rg -n p --length 30"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["id"], prefix);
    assert_eq!(prop(&r.json(), "ipPrefix"), "20.1.2.0/30");
}

#[test]
fn a_failed_operation_prints_the_error_as_az() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    lro_cassette(
        &c,
        vec![
            json!({"status": "Failed", "error": {"code": "PublicIPPrefixExhausted", "message": "No /30 block is free."}}),
        ],
    );
    let r = run(
        &sb,
        &c,
        None,
        &argv("network public-ip prefix create -g rg -n p --length 30"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "ERROR: (PublicIPPrefixExhausted) No /30 block is free.\nCode: PublicIPPrefixExhausted\nMessage: No /30 block is free.\n"
    );
}
