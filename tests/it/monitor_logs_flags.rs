//! `aks create --enable-azure-monitor-logs`, its container insights settings and the
//! OpenTelemetry logs/traces receiver (issue 18), end to end against the built-in emulator: the
//! requests that go out in az's order, the bodies, what the cluster keeps, az's refusals with
//! nothing sent.

use serde_json::{Value, json};

use crate::common::{Sandbox, Sent, SentFirst, argv};

/// `METHOD path` without the host, the query and the (scrubbed) subscription.
fn calls(sent: &[Sent]) -> Vec<String> {
    sent.iter()
        .filter(|s| !(s.method == "GET" && s.path.contains("/operations/")))
        .map(|s| {
            let path = s.path.split("/resourceGroups/").nth(1).map_or_else(
                || {
                    s.path
                        .rsplit("/subscriptions/")
                        .next()
                        .unwrap_or("")
                        .to_string()
                },
                |p| format!("rg:{p}"),
            );
            format!("{} {}", s.method, path.to_lowercase())
        })
        .collect()
}

fn put_body<'a>(sent: &'a [Sent], path_end: &str) -> &'a Value {
    &sent
        .iter()
        .find(|s| s.method == "PUT" && s.path.ends_with(path_end))
        .unwrap_or_else(|| panic!("no PUT of {path_end}"))
        .body
}

#[test]
fn azure_monitor_logs_sets_the_profile_then_the_rule_and_its_association() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l westeurope -o none"));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-azure-monitor-logs --syslog-port 514 \
         --disable-prometheus-metrics-scraping --enable-syslog --enable-opentelemetry-logs-traces \
         --opentelemetry-logs-traces-port-grpc 4317",
    ));
    let cluster = "rg:rg/providers/microsoft.containerservice/managedclusters/c";
    let workspace = "rg:defaultresourcegroup-weu/providers/microsoft.operationalinsights/workspaces/defaultworkspace-00000000-0000-0000-0000-000000000001-weu";
    let dcr = "rg:rg/providers/microsoft.insights/datacollectionrules/msci-westeurope-c";
    let expected = [
        format!("GET {cluster}"),
        "GET 00000000-0000-0000-0000-000000000000/resourcegroups/rg".into(),
        "GET 00000000-0000-0000-0000-000000000000/resourcegroups/rg".into(),
        "HEAD 00000000-0000-0000-0000-000000000000/resourcegroups/defaultresourcegroup-weu".into(),
        "PUT 00000000-0000-0000-0000-000000000000/resourcegroups/defaultresourcegroup-weu".into(),
        format!("PUT {workspace}"),
        format!("PUT {cluster}"),
        format!("GET {cluster}"),
        format!("GET {workspace}"),
        format!("GET {dcr}"),
        "GET 00000000-0000-0000-0000-000000000000/locations".into(),
        format!("PUT {dcr}"),
        format!(
            "PUT {cluster}/providers/microsoft.insights/datacollectionruleassociations/containerinsightsextension"
        ),
    ];
    assert_eq!(calls(&sent), expected);
    let body = put_body(&sent, "/managedClusters/c");
    let ws = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/DefaultResourceGroup-WEU/providers/Microsoft.OperationalInsights/workspaces/DefaultWorkspace-00000000-0000-0000-0000-000000000001-WEU";
    assert_eq!(
        body["properties"]["azureMonitorProfile"],
        json!({
            "containerInsights": {"enabled": true, "logAnalyticsWorkspaceResourceId": ws,
                                  "syslogPort": 514, "disablePrometheusMetricsScraping": true},
            "appMonitoring": {"openTelemetryLogsAndTraces": {"enabled": true, "grpcPort": 4317}}
        })
    );
    // the profile, not the legacy add-on
    assert_eq!(body["properties"]["addonProfiles"], json!({}));
    let rule = put_body(&sent, "/dataCollectionRules/MSCI-westeurope-c");
    assert_eq!(rule["location"], "westeurope");
    assert_eq!(
        rule["properties"]["dataSources"]["syslog"][0]["name"],
        "sysLogsDataSource"
    );
    assert_eq!(
        rule["properties"]["dataFlows"][0]["streams"],
        json!(["Microsoft-ContainerInsights-Group-Default"])
    );
    let dcra = put_body(
        &sent,
        "/dataCollectionRuleAssociations/ContainerInsightsExtension",
    );
    assert_eq!(dcra["location"], "westeurope");
    // what the cluster keeps
    let kept: Value = serde_json::from_slice(
        &sb.local_ok(&argv(
            "aks show -g rg -n c --query azureMonitorProfile.containerInsights",
        ))
        .stdout,
    )
    .unwrap();
    assert_eq!(kept["syslogPort"], 514);
    assert_eq!(kept["enabled"], true);
}

#[test]
fn high_log_scale_mode_makes_the_ingestion_endpoint_before_the_rule() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-azure-monitor-logs \
         --enable-high-log-scale-mode --enable-prometheus-metrics-scraping --disable-opentelemetry-logs-traces",
    ));
    let dce = "rg:rg/providers/microsoft.insights/datacollectionendpoints/msci-ingest-eastus-c";
    let dcr = "rg:rg/providers/microsoft.insights/datacollectionrules/msci-eastus-c";
    let after_put: Vec<String> = calls(&sent)
        .into_iter()
        .skip_while(|c| !c.starts_with("GET rg:defaultresourcegroup-eus/"))
        .collect();
    assert_eq!(
        after_put[1..],
        [
            format!("GET {dcr}"),
            format!("GET {dce}"),
            format!("PUT {dce}"),
            "GET 00000000-0000-0000-0000-000000000000/locations".into(),
            format!("PUT {dcr}"),
            "PUT rg:rg/providers/microsoft.containerservice/managedclusters/c/providers/microsoft.insights/datacollectionruleassociations/containerinsightsextension".into(),
        ],
        "{after_put:#?}"
    );
    let body = put_body(&sent, "/managedClusters/c");
    assert_eq!(
        body["properties"]["azureMonitorProfile"]["containerInsights"]["disablePrometheusMetricsScraping"],
        false
    );
    assert_eq!(
        body["properties"]["azureMonitorProfile"]["appMonitoring"],
        json!({"openTelemetryLogsAndTraces": {"enabled": false}})
    );
    let rule = put_body(&sent, "/dataCollectionRules/MSCI-eastus-c");
    let endpoint = rule["properties"]["dataCollectionEndpointId"]
        .as_str()
        .unwrap();
    assert!(
        endpoint.ends_with("/dataCollectionEndpoints/MSCI-ingest-eastus-c"),
        "{endpoint}"
    );
    assert!(
        rule["properties"]["dataFlows"][0]["streams"]
            .as_array()
            .unwrap()
            .contains(&json!("Microsoft-ContainerLogV2-HighScale"))
    );
}

#[test]
fn azure_monitor_logs_refusals_send_nothing() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let cases: &[(&str, i32, &str)] = &[
        (
            "-a monitoring --enable-azure-monitor-logs",
            1,
            "ERROR: Cannot specify both '--enable-azure-monitor-logs' and '--enable-addons monitoring'. Use either '--enable-azure-monitor-logs' or '--enable-addons monitoring'.\n",
        ),
        (
            "--enable-azure-monitor-logs --enable-msi-auth-for-monitoring false",
            1,
            "WARNING: Option '--enable-msi-auth-for-monitoring' has been deprecated and will be removed in a future release. Use '--enable-azure-monitor-logs' instead.\nERROR: Cannot specify both '--enable-azure-monitor-logs' and '--enable-msi-auth-for-monitoring'. '--enable-azure-monitor-logs' onboards through the Azure Monitor profile, which always uses managed identity authentication.\n",
        ),
        (
            "--syslog-port 514 --enable-prometheus-metrics-scraping",
            1,
            "ERROR: --syslog-port, --enable-prometheus-metrics-scraping requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.\n",
        ),
        (
            "--enable-azure-monitor-logs --syslog-port 0",
            1,
            "ERROR: --syslog-port must be a valid TCP port between 1 and 65535, got 0.\n",
        ),
        (
            "--opentelemetry-logs-traces-port-http 70000",
            1,
            "ERROR: OpenTelemetry port --opentelemetry-logs-traces-port-http must be between 1 and 65535, got 70000.\n",
        ),
        (
            "--disable-opentelemetry-logs-traces --opentelemetry-logs-traces-port-http 4318",
            1,
            "ERROR: --opentelemetry-logs-traces-port-http cannot be specified when --disable-opentelemetry-logs-traces is used.\n",
        ),
        (
            "--enable-opentelemetry-logs-traces",
            1,
            "ERROR: OpenTelemetry logs and traces requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.\n",
        ),
    ];
    for (flags, code, stderr) in cases {
        let line = format!("aks create -g rg -n c --no-ssh-key {flags}");
        sb.assert_refused(&line, *code, stderr, SentFirst::Nothing);
    }
    // a service principal cluster: refused after the reads, before anything is written
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c --no-ssh-key --enable-azure-monitor-logs \
         --service-principal 33333333-3333-3333-3333-333333333333 --client-secret not-a-secret",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with(
            "ERROR: '--enable-azure-monitor-logs' cannot be used on clusters with service principal authentication."
        )
    );
    assert!(sent.iter().all(|s| s.method == "GET"), "{:?}", calls(&sent));
    let list = sb.local_ok(&argv("aks list -g rg -o tsv --query [].name"));
    assert!(list.stdout.is_empty());
}

fn cluster_put(sent: &[Sent]) -> &Value {
    put_body(sent, "/managedClusters/c")
}

#[test]
fn update_switches_logs_on_and_off_with_az_calls() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    // on: the default workspace, then the rule and its association, all before the PUT
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c -o none --enable-azure-monitor-logs --syslog-port 514 \
         --enable-opentelemetry-logs-traces --opentelemetry-logs-traces-port-http 4318",
    ));
    let seen = calls(&sent);
    let put = seen
        .iter()
        .position(|c| c == "PUT rg:rg/providers/microsoft.containerservice/managedclusters/c")
        .unwrap();
    assert_eq!(
        seen[put - 3..put],
        [
            "GET 00000000-0000-0000-0000-000000000000/locations".to_string(),
            "PUT rg:rg/providers/microsoft.insights/datacollectionrules/msci-eastus-c".into(),
            "PUT rg:rg/providers/microsoft.containerservice/managedclusters/c/providers/microsoft.insights/datacollectionruleassociations/containerinsightsextension".into(),
        ],
        "{seen:#?}"
    );
    let profile = &cluster_put(&sent)["properties"]["azureMonitorProfile"];
    let ws = profile["containerInsights"]["logAnalyticsWorkspaceResourceId"]
        .as_str()
        .unwrap();
    assert!(
        ws.ends_with("/workspaces/DefaultWorkspace-00000000-0000-0000-0000-000000000001-EUS"),
        "{ws}"
    );
    assert_eq!(profile["containerInsights"]["syslogPort"], 514);
    assert_eq!(
        profile["containerInsights"]["containerNetworkLogs"],
        "Disabled"
    );
    assert_eq!(
        profile["appMonitoring"]["openTelemetryLogsAndTraces"],
        json!({"enabled": true, "httpPort": 4318})
    );
    // a port alone changes the receiver that is on; the settings need logs on (they are)
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c -o none --opentelemetry-logs-traces-port-grpc 4317 --disable-prometheus-metrics-scraping",
    ));
    let profile = &cluster_put(&sent)["properties"]["azureMonitorProfile"];
    assert_eq!(
        profile["appMonitoring"]["openTelemetryLogsAndTraces"],
        json!({"enabled": true, "httpPort": 4318, "grpcPort": 4317})
    );
    assert_eq!(
        profile["containerInsights"]["disablePrometheusMetricsScraping"],
        true
    );
    // off: the receiver goes with it (az asks first: without a terminal, --yes is needed)
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c -o none --disable-azure-monitor-logs",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Use --yes."));
    assert!(sent.iter().all(|s| s.method == "GET"), "{:?}", calls(&sent));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c -o none --disable-azure-monitor-logs --yes",
    ));
    assert!(
        calls(&sent).contains(&"DELETE rg:rg/providers/microsoft.containerservice/managedclusters/c/providers/microsoft.insights/datacollectionruleassociations/containerinsightsextension".to_string()),
        "{:?}",
        calls(&sent)
    );
    let profile = &cluster_put(&sent)["properties"]["azureMonitorProfile"];
    assert_eq!(
        profile["containerInsights"],
        json!({"enabled": false, "logAnalyticsWorkspaceResourceId": ws, "syslogPort": 28330,
               "disablePrometheusMetricsScraping": false, "containerNetworkLogs": "Disabled"})
    );
    assert_eq!(
        profile["appMonitoring"]["openTelemetryLogsAndTraces"],
        json!({"enabled": false})
    );
    let kept: Value = serde_json::from_slice(
        &sb.local_ok(&argv(
            "aks show -g rg -n c --query azureMonitorProfile.containerInsights.enabled",
        ))
        .stdout,
    )
    .unwrap();
    assert_eq!(kept, json!(false));
}

#[test]
fn update_refusals_send_no_put() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let cases: &[(&str, &str)] = &[
        (
            "--enable-azure-monitor-logs --disable-azure-monitor-logs",
            "ERROR: Cannot specify both '--enable-azure-monitor-logs' and '--disable-azure-monitor-logs'. Use either '--enable-azure-monitor-logs' or '--disable-azure-monitor-logs'.\n",
        ),
        (
            "--disable-azure-monitor-logs --syslog-port 514",
            "ERROR: --syslog-port cannot be specified with --disable-azure-monitor-logs.\n",
        ),
        (
            "--syslog-port 514",
            "ERROR: --syslog-port can only be specified when --enable-azure-monitor-logs is also specified or Azure Monitor logs is already enabled on the cluster.\n",
        ),
        (
            "--opentelemetry-logs-traces-port-http 4318",
            "ERROR: --opentelemetry-logs-traces-port-http can only be specified when --enable-opentelemetry-logs-traces is also specified or OpenTelemetry logs and traces are already enabled.\n",
        ),
        (
            "--enable-opentelemetry-logs-traces",
            "ERROR: OpenTelemetry logs and traces requires Azure Monitor logs to be enabled. Please add --enable-azure-monitor-logs to your command.\n",
        ),
        (
            "--enable-high-log-scale-mode",
            "ERROR: --enable-high-log-scale-mode requires Azure Monitor logs to be enabled on the cluster. Please enable it first with --enable-azure-monitor-logs or --enable-addons monitoring.\n",
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
    sb.local_ok(&argv(
        "aks update -g rg -n c -o none --enable-azure-monitor-logs",
    ));
    let (out, sent) = sb.local_recorded(&argv("aks update -g rg -n c --enable-azure-monitor-logs"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Azure Monitor logs is already enabled for this managed cluster.\nTo change the Azure Monitor logs configuration, run 'az aks update --disable-azure-monitor-logs' before enabling it again.\n"
    );
    assert!(sent.iter().all(|s| s.method == "GET"));
}

#[test]
fn update_syslog_rebuilds_the_rule_keeping_what_it_does_not_name() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none -a monitoring --enable-high-log-scale-mode",
    ));
    let (_, sent) = sb.local_recorded_ok(&argv("aks update -g rg -n c -o none --enable-syslog"));
    let seen = calls(&sent);
    let dcr = "rg:rg/providers/microsoft.insights/datacollectionrules/msci-eastus-c";
    let rule_put = seen
        .iter()
        .position(|c| *c == format!("PUT {dcr}"))
        .expect("the rule's PUT");
    let cluster_put = seen
        .iter()
        .position(|c| c == "PUT rg:rg/providers/microsoft.containerservice/managedclusters/c")
        .unwrap();
    assert!(cluster_put < rule_put, "{seen:#?}");
    // the cluster's client id is `msi`: az's getter says no managed-identity auth, so no
    // association (and, in the public cloud, the publisher role)
    assert!(
        !seen
            .iter()
            .any(|c| c.contains("datacollectionruleassociations")),
        "{seen:#?}"
    );
    assert!(
        seen.iter()
            .any(|c| c.starts_with("PUT ") && c.contains("roleassignments")),
        "{seen:#?}"
    );
    let rule = put_body(&sent, "/dataCollectionRules/MSCI-eastus-c");
    assert_eq!(
        rule["properties"]["dataSources"]["syslog"][0]["name"],
        "sysLogsDataSource"
    );
    // the high log scale mode is read off the rule there was
    let endpoint = rule["properties"]["dataCollectionEndpointId"]
        .as_str()
        .unwrap();
    assert!(endpoint.ends_with("/MSCI-ingest-eastus-c"), "{endpoint}");
}

#[test]
fn container_network_logs_come_with_high_log_scale_mode() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, sent) = sb.local_recorded(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-azure-monitor-logs --enable-container-network-logs",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Container network logs requires ACNS to be enabled, Azure Monitor logs to be enabled, and the cilium network dataplane.\n"
    );
    assert!(sent.iter().all(|s| s.method == "GET"), "{:?}", calls(&sent));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --network-plugin azure --network-dataplane cilium \
         --enable-acns --enable-azure-monitor-logs --enable-container-network-logs",
    ));
    let ci = &cluster_put(&sent)["properties"]["azureMonitorProfile"]["containerInsights"];
    assert_eq!(ci["containerNetworkLogs"], "Enabled");
    assert_eq!(ci["enabled"], true);
    let rule = put_body(&sent, "/dataCollectionRules/MSCI-eastus-c");
    assert!(
        rule["properties"]["dataCollectionEndpointId"]
            .as_str()
            .is_some_and(|e| e.ends_with("/MSCI-ingest-eastus-c"))
    );
}

#[test]
fn update_switches_container_network_logs() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --network-plugin azure --network-dataplane cilium \
         --enable-acns --enable-azure-monitor-logs",
    ));
    let (out, sent) = sb.local_recorded(&argv(
        "aks update -g rg -n c -o none --enable-container-network-logs --disable-container-network-logs",
    ));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Cannot specify --enable-container-network-logs and --disable-container-network-logs at the same time.\n"
    );
    assert!(sent.iter().all(|s| s.method == "GET"));
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c -o none --enable-container-network-logs",
    ));
    assert_eq!(
        cluster_put(&sent)["properties"]["azureMonitorProfile"]["containerInsights"]["containerNetworkLogs"],
        "Enabled"
    );
    let (_, sent) = sb.local_recorded_ok(&argv(
        "aks update -g rg -n c -o none --disable-container-network-logs",
    ));
    assert_eq!(
        cluster_put(&sent)["properties"]["azureMonitorProfile"]["containerInsights"]["containerNetworkLogs"],
        "Disabled"
    );
}
