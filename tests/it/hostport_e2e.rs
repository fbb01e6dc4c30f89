//! The doc page's host-port workflow end to end: `azr aks command invoke` against the
//! in-process emulator (AZR_CLOUD=local), feature registration deciding whether host ports
//! are assigned.

use std::collections::HashSet;
use std::process::Output;

use serde_json::Value;

use crate::common::{Sandbox, argv};

const ECHO: &str = azr::demo::ECHO_YAML;

fn azr(sb: &Sandbox, args: &[&str]) -> Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .current_dir(sb.dir.path())
        .args(args)
        .output()
        .expect("run azr")
}

fn ok(sb: &Sandbox, args: &[&str]) -> String {
    let out = azr(sb, args);
    assert!(
        out.status.success(),
        "azr {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Sets the emulator's state up through the library (az's own `aks create` body from the
/// captures; the feature and provider registrations when `register`), so these tests
/// exercise only the commands of this area through the binary.
fn cluster(sb: &Sandbox, register: bool) {
    use azr::arm::{ArmRequest, Method};
    use azr::emulator::{Emulator, EmulatorOptions, SUBSCRIPTION_ID as S};

    let emu = Emulator::open(
        &sb.config_dir().join("emulator.db"),
        EmulatorOptions::default(),
    )
    .expect("open the emulator");
    let send = |method: Method, url: String, body: Option<Value>| {
        let mut req = ArmRequest::new(method, url);
        if let Some(b) = &body {
            req = req.with_json(b);
        }
        let resp = emu.handle(&req);
        assert!(
            resp.is_success(),
            "{} {}: {}",
            req.method,
            req.url,
            String::from_utf8_lossy(&resp.body)
        );
        resp.json_body().unwrap_or(Value::Null)
    };
    send(
        Method::PUT,
        format!("/subscriptions/{S}/resourcegroups/rg?api-version=2024-11-01"),
        Some(serde_json::json!({"location": "eastus"})),
    );
    if register {
        send(
            Method::POST,
            format!(
                "/subscriptions/{S}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features/PodHostPortAutoAssignPreview/register?api-version=2021-07-01"
            ),
            None,
        );
        send(
            Method::POST,
            format!(
                "/subscriptions/{S}/providers/Microsoft.ContainerService/register?api-version=2024-11-01"
            ),
            None,
        );
    }
    let capture: Value = serde_json::from_str(
        &std::fs::read_to_string(crate::common::fixture("az/aks-create-no-wait.json"))
            .expect("az capture of aks create"),
    )
    .unwrap();
    let mut body = capture["requests"][2]["body"].clone();
    assert!(body["properties"]["agentPoolProfiles"].is_array(), "{body}");
    body["properties"]["agentPoolProfiles"][0]["networkProfile"] = serde_json::json!({
        "allowedHostPorts": [{"portStart": 80, "portEnd": 80, "protocol": "TCP"}]
    });
    let url = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c?api-version=2026-06-01"
    );
    send(Method::PUT, url.clone(), Some(body));
    // The create finishes after the emulator's operation time.
    for _ in 0..200 {
        let c = send(Method::GET, url.clone(), None);
        if c["properties"]["provisioningState"] == "Succeeded" {
            std::fs::write(sb.dir.path().join("echo.yaml"), ECHO).unwrap();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the cluster did not finish creating");
}

/// Runs kubectl through `aks command invoke -o json`, returning (exit code, logs).
fn kubectl(sb: &Sandbox, command: &str, files: &[&str]) -> (i64, String) {
    let mut args = vec![
        "aks",
        "command",
        "invoke",
        "-g",
        "rg",
        "-n",
        "c",
        "--command",
        command,
        "-o",
        "json",
    ];
    for f in files {
        args.extend(["--file", f]);
    }
    let v: Value = serde_json::from_str(&ok(sb, &args)).expect("json result");
    // az prints the RunCommandResult model flattened; read the wire form too, in case the
    // output shaping for it is not there.
    let v = if v.get("exitCode").is_some() {
        v
    } else {
        v["properties"].clone()
    };
    (
        v["exitCode"].as_i64().expect("exitCode"),
        v["logs"].as_str().unwrap_or("").to_string(),
    )
}

fn host_ports(sb: &Sandbox) -> Vec<(String, u64, String)> {
    let (code, logs) = kubectl(sb, "kubectl get pods -o json", &[]);
    assert_eq!(code, 0, "{logs}");
    let v: Value = serde_json::from_str(&logs).unwrap();
    let mut out = Vec::new();
    for pod in v["items"].as_array().unwrap() {
        let name = pod["metadata"]["name"].as_str().unwrap().to_string();
        for c in pod["spec"]["containers"].as_array().unwrap() {
            let env: Vec<(String, String)> = c["env"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|e| {
                    (
                        e["name"].as_str().unwrap().into(),
                        e["value"].as_str().unwrap().into(),
                    )
                })
                .collect();
            for p in c["ports"].as_array().unwrap() {
                if let Some(hp) = p["hostPort"].as_u64() {
                    let cp = p["containerPort"].as_u64().unwrap();
                    let var = format!("echoserver-hostport_PORT_{cp}_TCP_HOSTPORT");
                    assert!(
                        env.contains(&(var.clone(), hp.to_string())),
                        "{name}: {var} missing in {env:?}"
                    );
                    out.push((
                        name.clone(),
                        hp,
                        p["protocol"].as_str().unwrap().to_string(),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn doc_page_workflow_assigns_unique_host_ports() {
    let sb = Sandbox::new();
    cluster(&sb, true);
    // az's own text: the exit code line, then kubectl's output.
    let text = ok(
        &sb,
        &[
            "aks",
            "command",
            "invoke",
            "-g",
            "rg",
            "-n",
            "c",
            "--command",
            "kubectl apply -f echo.yaml",
            "--file",
            "echo.yaml",
        ],
    );
    let mut lines = text.lines();
    let first = lines.next().unwrap();
    assert!(
        first.starts_with("command started at ") && first.ends_with(" with exitcode=0"),
        "{text}"
    );
    assert_eq!(
        lines.next(),
        Some("deployment.apps/echoserver-hostport created")
    );

    let ports = host_ports(&sb);
    assert_eq!(ports.len(), 6);
    let set: HashSet<u64> = ports.iter().map(|p| p.1).collect();
    assert_eq!(set.len(), 6);
    assert!(set.iter().all(|p| (40000..=59999).contains(p)));

    // Scale up and back down: ports are freed, never shared.
    assert_eq!(
        kubectl(
            &sb,
            "kubectl scale deployment echoserver-hostport --replicas=10",
            &[]
        )
        .0,
        0
    );
    assert_eq!(host_ports(&sb).len(), 20);
    assert_eq!(
        kubectl(
            &sb,
            "kubectl scale deployment echoserver-hostport --replicas=1",
            &[]
        )
        .0,
        0
    );
    assert_eq!(host_ports(&sb).len(), 2);

    // The pool allows only 80/tcp: the check names the pod's ports and the fix.
    let report: Value =
        serde_json::from_str(&ok(&sb, &argv("aks hostport check -g rg -n c"))).unwrap();
    assert_eq!(report["unreachable"].as_array().unwrap().len(), 2);
    let fix = report["fixes"][0]["allowedHostPorts"].as_str().unwrap();
    assert!(fix.starts_with("80/tcp "), "{fix}");

    let (code, logs) = kubectl(&sb, "kubectl delete deployment echoserver-hostport", &[]);
    assert_eq!(
        (code, logs.as_str()),
        (0, "deployment.apps \"echoserver-hostport\" deleted\n")
    );
    assert!(host_ports(&sb).is_empty());

    // A port the pod does not declare is refused, naming the entry.
    std::fs::write(
        sb.dir.path().join("bad.yaml"),
        ECHO.replace("8443/tcp", "9090/tcp"),
    )
    .unwrap();
    let (code, logs) = kubectl(&sb, "kubectl apply -f bad.yaml", &["bad.yaml"]);
    assert_eq!(code, 1);
    assert!(
        logs.contains("entry '9090/tcp': the pod does not declare container port 9090/TCP"),
        "{logs}"
    );
}

#[test]
fn without_the_feature_the_annotation_is_ignored() {
    let sb = Sandbox::new();
    cluster(&sb, false);
    let (code, logs) = kubectl(&sb, "kubectl apply -f echo.yaml", &["echo.yaml"]);
    assert_eq!(
        (code, logs.as_str()),
        (0, "deployment.apps/echoserver-hostport created\n")
    );
    assert!(host_ports(&sb).is_empty());
}
