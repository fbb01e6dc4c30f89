//! The OpenTelemetry metrics receiver of `aks create` and `aks update` (issue 18), end to end
//! against the built-in emulator: the cluster bodies, what the cluster keeps, az's refusals
//! with nothing written.

use serde_json::{Value, json};

use crate::common::{Sandbox, Sent, SentFirst, argv};

fn cluster_puts(sent: &[Sent]) -> Vec<&Value> {
    sent.iter()
        .filter(|s| s.method == "PUT" && s.path.ends_with("/managedClusters/c"))
        .map(|s| &s.body)
        .collect()
}

fn ok(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn app_monitoring(sb: &Sandbox) -> Value {
    serde_json::from_slice(
        &sb.local_ok(&argv(
            "aks show -g rg -n c --query azureMonitorProfile.appMonitoring",
        ))
        .stdout,
    )
    .unwrap()
}

#[test]
fn create_sends_the_receiver_with_its_ports_and_the_cluster_keeps_it() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-azure-monitor-metrics \
         --enable-opentelemetry-metrics --opentelemetry-metrics-port-http 4318 \
         --opentelemetry-metrics-port-grpc 4317",
    ));
    ok(&out);
    let puts = cluster_puts(&sent);
    let receiver = json!({"enabled": true, "httpPort": 4318, "grpcPort": 4317});
    assert_eq!(
        puts[0]["properties"]["azureMonitorProfile"]["appMonitoring"],
        json!({"openTelemetryMetrics": receiver})
    );
    // the second PUT (metrics switched on) keeps the receiver as read
    assert_eq!(
        puts.last().unwrap()["properties"]["azureMonitorProfile"]["appMonitoring"]["openTelemetryMetrics"],
        receiver
    );
    assert_eq!(app_monitoring(&sb)["openTelemetryMetrics"], receiver);
}

#[test]
fn create_refusals_send_nothing() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let cases: &[(&str, &str)] = &[
        (
            "--enable-azure-monitor-metrics --enable-opentelemetry-metrics --opentelemetry-metrics-port-http 0",
            "ERROR: OpenTelemetry port --opentelemetry-metrics-port-http must be between 1 and 65535, got 0.\n",
        ),
        (
            "--opentelemetry-metrics-port-grpc 4317 --opentelemetry-logs-traces-port-grpc 4317",
            "ERROR: OpenTelemetry ports must all be different. --opentelemetry-metrics-port-grpc and --opentelemetry-logs-traces-port-grpc cannot both be set to 4317.\n",
        ),
        (
            "--disable-opentelemetry-metrics --opentelemetry-metrics-port-http 4318",
            "ERROR: --opentelemetry-metrics-port-http cannot be specified when --disable-opentelemetry-metrics is used.\n",
        ),
        (
            "--enable-azure-monitor-metrics --enable-opentelemetry-metrics --disable-opentelemetry-metrics",
            "ERROR: Cannot specify both --enable-opentelemetry-metrics and --disable-opentelemetry-metrics at the same time.\n",
        ),
        (
            "--enable-opentelemetry-metrics",
            "ERROR: OpenTelemetry metrics requires Azure Monitor metrics to be enabled. Please add --enable-azure-monitor-metrics to your command.\n",
        ),
    ];
    for (flags, stderr) in cases {
        let line = format!("aks create -g rg -n c --no-ssh-key {flags}");
        sb.assert_refused(&line, 1, stderr, SentFirst::Nothing);
    }
    let list = sb.local_ok(&argv("aks list -g rg -o tsv --query [].name"));
    assert!(list.stdout.is_empty());
}

#[test]
fn create_with_the_receiver_off_sends_it_disabled() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --disable-opentelemetry-metrics",
    ));
    ok(&out);
    assert_eq!(
        cluster_puts(&sent)[0]["properties"]["azureMonitorProfile"],
        json!({"appMonitoring": {"openTelemetryMetrics": {"enabled": false}}})
    );
}

#[test]
fn update_changes_a_port_switches_off_and_on() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-azure-monitor-metrics \
         --enable-opentelemetry-metrics --opentelemetry-metrics-port-http 4318",
    ));
    // a port alone: the receiver as it is, that port changed
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c -o none --opentelemetry-metrics-port-grpc 4320",
    ));
    ok(&out);
    assert_eq!(
        cluster_puts(&sent)[0]["properties"]["azureMonitorProfile"]["appMonitoring"]["openTelemetryMetrics"],
        json!({"enabled": true, "httpPort": 4318, "grpcPort": 4320})
    );
    // off: the ports go
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c -o none --disable-opentelemetry-metrics",
    ));
    ok(&out);
    assert_eq!(
        cluster_puts(&sent)[0]["properties"]["azureMonitorProfile"]["appMonitoring"]["openTelemetryMetrics"],
        json!({"enabled": false})
    );
    // az's output shape names the ports it no longer has
    assert_eq!(
        app_monitoring(&sb)["openTelemetryMetrics"],
        json!({"enabled": false, "httpPort": null, "grpcPort": null})
    );
    // a port for a receiver that is off
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c --opentelemetry-metrics-port-http 4318",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: --opentelemetry-metrics-port-http can only be specified when --enable-opentelemetry-metrics is also specified or OpenTelemetry metrics are already enabled.\n"
    );
    assert!(sent.iter().all(|s| s.method == "GET"));
    // on again, built anew
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c -o none --enable-opentelemetry-metrics --opentelemetry-metrics-port-grpc 4400",
    ));
    ok(&out);
    assert_eq!(
        cluster_puts(&sent)[0]["properties"]["azureMonitorProfile"]["appMonitoring"]["openTelemetryMetrics"],
        json!({"enabled": true, "grpcPort": 4400})
    );
    assert_eq!(
        app_monitoring(&sb)["openTelemetryMetrics"],
        json!({"enabled": true, "httpPort": null, "grpcPort": 4400})
    );
}

#[test]
fn update_refusals_send_no_put() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let cases: &[(&str, &str)] = &[
        (
            "--disable-azure-monitor-metrics --opentelemetry-metrics-port-grpc 4317",
            "ERROR: --opentelemetry-metrics-port-grpc cannot be specified when --disable-azure-monitor-metrics is used.\n",
        ),
        (
            "--enable-opentelemetry-metrics --disable-opentelemetry-metrics",
            "ERROR: Cannot specify both --enable-opentelemetry-metrics and --disable-opentelemetry-metrics at the same time.\n",
        ),
        (
            "--enable-opentelemetry-metrics",
            "ERROR: OpenTelemetry metrics requires Azure Monitor metrics to be enabled. Please add --enable-azure-monitor-metrics to your command.\n",
        ),
        (
            "--opentelemetry-metrics-port-http 4318",
            "ERROR: --opentelemetry-metrics-port-http can only be specified when --enable-opentelemetry-metrics is also specified or OpenTelemetry metrics are already enabled.\n",
        ),
    ];
    for (flags, stderr) in cases {
        sb.assert_refused(
            &format!("aks update -g rg -n c {flags}"),
            1,
            stderr,
            SentFirst::Reads,
        );
    }
}
