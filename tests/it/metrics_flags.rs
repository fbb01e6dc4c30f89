//! The Azure Monitor managed Prometheus flags of `aks create` and `aks update` (issue 18), end
//! to end against the built-in emulator: the calls az makes around the cluster (workspace, data
//! collection, recording rules, the second PUT), what the cluster keeps, what turning metrics
//! off deletes, and az's refusals with nothing written.

use serde_json::Value;

use crate::common::{Sandbox, Sent, SentFirst, argv};

const RG: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg";
const WORKSPACE: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/DefaultResourceGroup-eastus/providers/microsoft.monitor/accounts/DefaultAzureMonitorWorkspace-eastus";

fn writes(sent: &[Sent]) -> Vec<String> {
    sent.iter()
        .filter(|s| s.method != "GET" && s.method != "HEAD")
        .map(|s| {
            format!(
                "{} {}",
                s.method,
                s.path.trim_start_matches("https://management.azure.com")
            )
        })
        .collect()
}

fn show(sb: &Sandbox, name: &str) -> Value {
    let out = sb.local_ok(&[
        "aks",
        "show",
        "-g",
        "rg",
        "-n",
        name,
        "--query",
        "azureMonitorProfile",
    ]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn group(sb: &Sandbox) {
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
}

#[test]
fn create_makes_the_default_workspace_links_it_and_turns_metrics_on_after() {
    let sb = Sandbox::new();
    group(&sb);
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-azure-monitor-metrics \
         --ksm-metric-labels-allow-list namespaces=[team] --enable-cp-metrics --query azureMonitorProfile",
    ));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let (first, result) = stdout.split_once('\n').unwrap();
    assert!(
        first.starts_with("Using Azure Monitor Workspace (stores prometheus metrics) : /subscriptions/")
            && first.ends_with("/resourceGroups/DefaultResourceGroup-eastus/providers/microsoft.monitor/accounts/DefaultAzureMonitorWorkspace-eastus"),
        "{first}"
    );
    // az prints the first PUT's answer: metrics still off there
    let printed: Value = serde_json::from_str(result).unwrap();
    assert_eq!(printed["metrics"]["enabled"], false);
    assert_eq!(
        printed["metrics"]["kubeStateMetrics"]["metricLabelsAllowlist"],
        "namespaces=[team]"
    );
    let cluster = format!("{RG}/providers/Microsoft.ContainerService/managedClusters/c");
    assert_eq!(
        writes(&sent),
        vec![
            format!("PUT {cluster}"),
            "PUT /subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/DefaultResourceGroup-eastus".to_string(),
            format!("PUT {WORKSPACE}"),
            format!("PUT {RG}/providers/Microsoft.Insights/dataCollectionEndpoints/MSProm-eastus-c"),
            format!("PUT {RG}/providers/Microsoft.Insights/dataCollectionRules/MSProm-eastus-c"),
            format!("PUT {cluster}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsMetricsExtension"),
            format!("PUT {RG}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/NodeRecordingRulesRuleGroup-c"),
            format!("PUT {RG}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/KubernetesRecordingRulesRuleGroup-c"),
            format!("PUT {RG}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/NodeRecordingRulesRuleGroup-Win-c"),
            format!("PUT {RG}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/NodeAndKubernetesRecordingRulesRuleGroup-Win-c"),
            format!("PUT {cluster}"),
        ]
    );
    let puts: Vec<&Sent> = sent.iter().filter(|s| s.method == "PUT").collect();
    // the first PUT leaves metrics (and the control plane) off; the last turns both on
    assert_eq!(
        puts[0].body["properties"]["azureMonitorProfile"]["metrics"],
        serde_json::json!({"enabled": false, "kubeStateMetrics": {
            "metricLabelsAllowlist": "namespaces=[team]", "metricAnnotationsAllowList": ""}})
    );
    let last = &puts[puts.len() - 1].body["properties"]["azureMonitorProfile"]["metrics"];
    assert_eq!(last["enabled"], true);
    assert_eq!(last["controlPlane"]["enabled"], true);
    // Windows rule groups stay off without --enable-windows-recording-rules
    let enabled: Vec<bool> = puts[6..10]
        .iter()
        .map(|p| p.body["properties"]["enabled"].as_bool().unwrap())
        .collect();
    assert_eq!(enabled, vec![true, true, false, false]);
    let rule = &puts[4].body["properties"];
    assert_eq!(
        rule["destinations"]["monitoringAccounts"][0]["accountResourceId"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next(),
        Some("DefaultAzureMonitorWorkspace-eastus")
    );
    // what the cluster keeps
    let kept = show(&sb, "c");
    assert_eq!(kept["metrics"]["enabled"], true);
    assert_eq!(kept["metrics"]["controlPlane"]["enabled"], true);
}

#[test]
fn update_enables_then_reports_already_enabled_then_disable_deletes_the_links() {
    let sb = Sandbox::new();
    group(&sb);
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c --enable-azure-monitor-metrics --enable-windows-recording-rules -o none",
    ));
    let w = writes(&sent);
    // the links come before the cluster's one PUT, which turns metrics on
    assert_eq!(w.len(), 10, "{w:#?}");
    assert!(w[9].ends_with("/managedClusters/c"), "{w:#?}");
    let put = &sent.iter().rfind(|s| s.method == "PUT").unwrap().body;
    assert_eq!(
        put["properties"]["azureMonitorProfile"]["metrics"]["enabled"],
        true
    );
    let win = sent
        .iter()
        .find(|s| s.path.ends_with("NodeRecordingRulesRuleGroup-Win-c"))
        .unwrap();
    assert_eq!(win.body["properties"]["enabled"], true);
    assert_eq!(show(&sb, "c")["metrics"]["enabled"], true);

    // on again: az only says so, and sends the KSM lists with the cluster's PUT
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c --enable-azure-monitor-metrics --ksm-metric-annotations-allow-list pods=[a] -o none",
    ));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Azure Prometheus is already enabled : This command will only allow updates to the KSM parameters. All other parameters will be ignored\n"
    );
    assert_eq!(writes(&sent).len(), 1);
    assert_eq!(
        show(&sb, "c")["metrics"]["kubeStateMetrics"]["metricAnnotationsAllowList"],
        "pods=[a]"
    );

    // off: the association, rule and endpoint, the six default rule groups, then the PUT
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c --disable-azure-monitor-metrics -o none",
    ));
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with(
            "WARNING: Deleting all custom resources for the `azmonitoring.coreos.com` custom resource defintion"
        )
    );
    let w = writes(&sent);
    assert_eq!(
        w.iter().filter(|l| l.starts_with("DELETE")).count(),
        9,
        "{w:#?}"
    );
    assert!(w[0].ends_with("/dataCollectionRuleAssociations/ContainerInsightsMetricsExtension"));
    assert_eq!(
        show(&sb, "c")["metrics"],
        serde_json::json!({"enabled": false, "controlPlane": null, "kubeStateMetrics": null})
    );
    // nothing left to delete: a second disable finds no association
    let (_, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c --disable-azure-monitor-metrics -o none",
    ));
    assert_eq!(
        writes(&sent)
            .iter()
            .filter(|l| l.starts_with("DELETE"))
            .count(),
        6
    );
}

/// Each line fails with exit 1 and exactly `stderr`, writing nothing.
fn refused(sb: &Sandbox, cases: &[(&'static str, &str)]) {
    for (line, stderr) in cases {
        sb.assert_refused(line, 1, stderr, SentFirst::Reads);
    }
}

#[test]
fn refusals_name_the_flag_and_write_nothing() {
    let sb = Sandbox::new();
    group(&sb);
    let cases = [
        (
            "aks create -g rg -n c --no-ssh-key --enable-azure-monitor-metrics --azure-monitor-workspace-resource-id /subscriptions/s/resourceGroups/g/providers/Microsoft.Insights/accounts/a",
            "ERROR: --azure-monitor-workspace-resource-id not in the correct format. It should match `/subscriptions/<subscriptionId>/resourceGroups/<resourceGroupName>/providers/microsoft.monitor/accounts/<resourceName>`\n",
        ),
        (
            "aks update -g rg -n c --grafana-resource-id foo",
            "ERROR: --grafana-resource-id not in the correct format. It should match `/subscriptions/<subscriptionId>/resourceGroups/<resourceGroupName>/providers/microsoft.dashboard/grafana/<resourceName>`\n",
        ),
        (
            "aks create -g rg -n c --no-ssh-key --enable-control-plane-metrics",
            "ERROR: --enable-control-plane-metrics requires Azure Monitor metrics to be enabled. Specify --enable-azure-monitor-metrics or run on a cluster that already has Azure Monitor metrics enabled.\n",
        ),
    ];
    refused(&sb, &cases);
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let cases = [
        (
            "aks update -g rg -n c --enable-azure-monitor-metrics --disable-azure-monitor-metrics",
            "ERROR: Cannot specify --enable-azure-monitor-metrics and --disable-azure-monitor-metrics at the same time\n",
        ),
        (
            "aks update -g rg -n c --enable-cp-metrics --disable-cp-metrics",
            "ERROR: Cannot specify --enable-control-plane-metrics and --disable-control-plane-metrics at the same time.\n",
        ),
        (
            "aks update -g rg -n c --enable-control-plane-metrics",
            "ERROR: --enable-control-plane-metrics requires Azure Monitor metrics to be enabled. Specify --enable-azure-monitor-metrics or run on a cluster that already has Azure Monitor metrics enabled.\n",
        ),
    ];
    refused(&sb, &cases);
    // the cluster kept no metrics profile (a null query result prints nothing)
    let out = sb.local_ok(&argv("aks show -g rg -n c --query azureMonitorProfile"));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_missing_grafana_fails_as_az_cli_error_after_the_links_and_before_the_put() {
    let sb = Sandbox::new();
    group(&sb);
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c --enable-azure-monitor-metrics --grafana-resource-id /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Dashboard/grafana/nosuch",
    ));
    // az wraps the Grafana's 404 in a CLIError: exit 1, not 3
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("ResourceNotFound") && stderr.contains("nosuch"),
        "{stderr}"
    );
    let w = writes(&sent);
    assert!(
        w.last()
            .unwrap()
            .ends_with("/dataCollectionRuleAssociations/ContainerInsightsMetricsExtension"),
        "{w:#?}"
    );
    assert!(
        !w.iter().any(|l| l.ends_with("/managedClusters/c")),
        "{w:#?}"
    );
    let out = sb.local_ok(&argv("aks show -g rg -n c --query azureMonitorProfile"));
    assert!(out.stdout.is_empty());
}

const CLUSTER: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c";

fn with_metrics(metrics: Value, app_monitoring: Value) -> Value {
    serde_json::json!({"id": CLUSTER, "name": "c", "location": "eastus",
        "identity": {"type": "SystemAssigned"}, "sku": {"name": "Base", "tier": "Free"},
        "properties": {"provisioningState": "Succeeded",
            "agentPoolProfiles": [{"name": "nodepool1", "count": 1, "mode": "System"}],
            "azureMonitorProfile": {"metrics": metrics, "appMonitoring": app_monitoring}}})
}

#[tokio::test]
async fn control_plane_switches_change_only_the_control_plane() {
    use serde_json::json;
    let on = json!({"enabled": true, "kubeStateMetrics": {"metricLabelsAllowlist": "a", "metricAnnotationsAllowList": ""}});
    let sent = crate::scripted::aks_update(
        "--enable-cp-metrics",
        with_metrics(on.clone(), Value::Null),
        CLUSTER,
    )
    .await
    .unwrap();
    assert_eq!(sent.len(), 2, "{sent:?}");
    let mut want = on.clone();
    want["controlPlane"] = json!({"enabled": true});
    assert_eq!(
        sent[1].1["properties"]["azureMonitorProfile"]["metrics"],
        want
    );
    let sent = crate::scripted::aks_update(
        "--disable-control-plane-metrics",
        with_metrics(want, Value::Null),
        CLUSTER,
    )
    .await
    .unwrap();
    assert_eq!(
        sent[1].1["properties"]["azureMonitorProfile"]["metrics"]["controlPlane"],
        json!({"enabled": false})
    );
}

#[tokio::test]
async fn disabling_metrics_that_carry_opentelemetry_asks_first() {
    use serde_json::json;
    let cluster = with_metrics(
        json!({"enabled": true}),
        json!({"openTelemetryMetrics": {"enabled": true, "httpPort": 28333}}),
    );
    // no terminal to ask on: az's question cannot be put, nothing but the GET goes out
    let e = crate::scripted::aks_update("--disable-azure-monitor-metrics", cluster, CLUSTER)
        .await
        .unwrap_err();
    assert_eq!(
        e.message,
        "Unable to prompt for confirmation as no tty available. Use --yes."
    );
}
