//! The ingress, workload and security add-on flags of `aks create` / `aks update` (issue 18),
//! end to end against the built-in emulator: the bodies that go out, what the emulator keeps
//! and adds, az's refusals (nothing sent) and the emulator's.

use std::path::Path;

use azr::transport::cassette::Cassette;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, fixture};

/// `azr ARGS` against the built-in emulator, recording what it sends to `record`.
fn run(sb: &Sandbox, args: &[&str], record: &Path) -> std::process::Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .env("AZR_RECORD", record)
        .args(args)
        .output()
        .expect("run azr")
}

/// The (method, path, body) of every request in a recording.
fn sent(record: &Path) -> Vec<(String, String, Value)> {
    let Ok(c) = Cassette::load(record) else {
        return Vec::new();
    };
    c.interactions
        .into_iter()
        .map(|i| {
            let body = i
                .request
                .body
                .as_deref()
                .and_then(|b| serde_json::from_str(b).ok())
                .unwrap_or(Value::Null);
            let path = i.request.uri.split('?').next().unwrap_or("").to_string();
            (i.request.method, path, body)
        })
        .collect()
}

fn writes(record: &Path) -> Vec<(String, String, Value)> {
    sent(record)
        .into_iter()
        .filter(|(m, _, _)| m != "GET")
        .collect()
}

fn show(sb: &Sandbox, name: &str) -> Value {
    let out = sb.local_ok(&["aks", "show", "-g", "rg", "-n", name]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb
}

#[test]
fn create_sends_the_profiles_and_the_emulator_completes_them() {
    let sb = sandbox();
    let rec = sb.dir.path().join("create.yaml");
    let ca = fixture("addons/custom-ca-trust.pem");
    let mut args = argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-app-routing --ardnc internal --enable-ari \
         --enable-gateway-api --enable-asm --enable-keda --enable-vpa --tier Standard --enable-cost-analysis \
         --enable-ai-toolchain-operator --enable-image-cleaner --disable-run-command \
         --k8s-support-plan kubernetesofficial --nrg-lockdown-restriction-level readonly \
         --enable-azure-monitor-app-monitoring -o none --ca-certs",
    );
    args.push(ca.to_str().unwrap());
    let out = run(&sb, &args, &rec);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let puts = writes(&rec);
    assert_eq!(puts.len(), 1, "{puts:?}");
    let p = &puts[0].2["properties"];
    assert_eq!(
        p["ingressProfile"],
        json!({
            "webAppRouting": {"enabled": true, "nginx": {"defaultIngressControllerType": "Internal"},
                              "gatewayAPIImplementations": {"appRoutingIstio": {"mode": "Enabled"}}},
            "gatewayAPI": {"installation": "Standard"}
        })
    );
    assert_eq!(
        p["serviceMeshProfile"],
        json!({"mode": "Istio", "istio": {}})
    );
    assert_eq!(
        p["workloadAutoScalerProfile"],
        json!({"keda": {"enabled": true}, "verticalPodAutoscaler": {"enabled": true}})
    );
    assert_eq!(
        p["metricsProfile"],
        json!({"costAnalysis": {"enabled": true}})
    );
    assert_eq!(p["aiToolchainOperatorProfile"], json!({"enabled": true}));
    assert_eq!(
        p["azureMonitorProfile"],
        json!({"appMonitoring": {"autoInstrumentation": {"enabled": true}}})
    );
    assert_eq!(
        p["apiServerAccessProfile"],
        json!({"disableRunCommand": true})
    );
    assert_eq!(p["supportPlan"], "KubernetesOfficial");
    assert_eq!(
        p["nodeResourceGroupProfile"],
        json!({"restrictionLevel": "ReadOnly"})
    );
    assert_eq!(
        p["securityProfile"]["imageCleaner"],
        json!({"enabled": true, "intervalHours": 168})
    );
    // Two certificates (split on the blank line), each base64 on the wire.
    let certs = p["securityProfile"]["customCATrustCertificates"]
        .as_array()
        .unwrap();
    assert_eq!(certs.len(), 2);

    let c = show(&sb, "c");
    let routing = &c["ingressProfile"]["webAppRouting"];
    assert!(
        routing["identity"]["resourceId"]
            .as_str()
            .unwrap()
            .ends_with("/resourcegroups/MC_rg_c_eastus/providers/Microsoft.ManagedIdentity/userAssignedIdentities/webapprouting-c"),
        "{routing}"
    );
    assert_eq!(
        c["serviceMeshProfile"]["istio"]["revisions"],
        json!(["asm-1-26"])
    );
    // az prints the certificates as the text of their bytes.
    let shown = c["securityProfile"]["customCaTrustCertificates"][0]
        .as_str()
        .unwrap();
    assert!(
        shown.starts_with("-----BEGIN CERTIFICATE-----\n"),
        "{shown}"
    );
    assert!(shown.ends_with("-----END CERTIFICATE-----"), "{shown}");
}

#[test]
fn every_cluster_has_a_workload_autoscaler_profile() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let c = show(&sb, "c");
    assert_eq!(
        c["workloadAutoScalerProfile"],
        json!({"keda": null, "verticalPodAutoscaler": null})
    );
}

#[test]
fn update_switches_each_profile_and_keeps_the_rest() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-keda --enable-image-cleaner \
         --enable-ari --nrg-lockdown-restriction-level ReadOnly -o none",
    ));
    let rec = sb.dir.path().join("update.yaml");
    let ca = fixture("addons/custom-ca-trust.pem");
    let mut args = argv(
        "aks update -g rg -n c --disable-keda --enable-vpa --disable-ari --enable-gateway-api \
         --image-cleaner-interval-hours 72 --enable-run-command --tier premium \
         --k8s-support-plan AKSLongTermSupport --enable-cost-analysis \
         --disable-azure-monitor-app-monitoring -o none --ca-certs",
    );
    args.push(ca.to_str().unwrap());
    let out = run(&sb, &args, &rec);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let puts = writes(&rec);
    assert_eq!(puts.len(), 1);
    let p = &puts[0].2["properties"];
    assert_eq!(
        p["workloadAutoScalerProfile"],
        json!({"keda": {"enabled": false}, "verticalPodAutoscaler": {"enabled": true}})
    );
    assert_eq!(
        p["ingressProfile"],
        json!({"webAppRouting": {"gatewayAPIImplementations": {"appRoutingIstio": {"mode": "Disabled"}}},
               "gatewayAPI": {"installation": "Standard"}})
    );
    assert_eq!(
        p["securityProfile"]["imageCleaner"],
        json!({"enabled": true, "intervalHours": 72})
    );
    let certs = p["securityProfile"]["customCATrustCertificates"].as_array();
    assert_eq!(certs.map(Vec::len), Some(2), "{p}");
    assert_eq!(
        p["apiServerAccessProfile"],
        json!({"disableRunCommand": false})
    );
    assert_eq!(
        p["nodeResourceGroupProfile"],
        json!({"restrictionLevel": "ReadOnly"})
    );
    assert_eq!(
        p["azureMonitorProfile"],
        json!({"appMonitoring": {"autoInstrumentation": {"enabled": false}}})
    );
    let c = show(&sb, "c");
    assert_eq!(c["supportPlan"], "AKSLongTermSupport");
    assert_eq!(c["metricsProfile"]["costAnalysis"]["enabled"], true);
    assert_eq!(c["sku"]["tier"], "Premium");
}

#[test]
fn az_refusals_send_nothing() {
    let sb = sandbox();
    let create: &[(&str, i32, &str)] = &[
        (
            "--enable-asm --revision 1.25",
            1,
            "ERROR: Revision 1.25 is not supported by the service mesh add-on.\n",
        ),
        (
            "--image-cleaner-interval-hours 48",
            1,
            "ERROR: \"--image-cleaner-interval-hours\" requires \"--enable-image-cleaner\" in create mode.\n",
        ),
        (
            "--k8s-support-plan AKSLongTermSupport",
            1,
            "ERROR: Long term support is only available for premium tier clusters.\n",
        ),
        (
            "--ca-certs /nonexistent/ca.pem",
            1,
            "ERROR: /nonexistent/ca.pem is not valid file, or not accessible.\n",
        ),
        (
            "--enable-app-routing --ardnc Public",
            2,
            "ERROR: az aks create: 'Public' is not a valid value for '--app-routing-default-nginx-controller'.",
        ),
    ];
    for (flags, code, stderr) in create {
        let rec = sb.dir.path().join("refused.yaml");
        let _ = std::fs::remove_file(&rec);
        let mut args = argv("aks create -g rg -n c --no-ssh-key");
        args.extend(flags.split(' '));
        let out = run(&sb, &args, &rec);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{flags}: {err}");
        assert!(err.starts_with(stderr), "{flags}: {err}");
        assert_eq!(writes(&rec), vec![], "{flags}");
    }
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let update: &[&str] = &[
        "--enable-keda --disable-keda",
        "--enable-vpa --disable-vpa",
        "--enable-image-cleaner --disable-image-cleaner",
        "--enable-ari --disable-ari",
        "--enable-gateway-api --disable-gateway-api",
        "--enable-cost-analysis --disable-cost-analysis",
        "--enable-run-command --disable-run-command",
        "--enable-azure-monitor-app-monitoring --disable-azure-monitor-app-monitoring",
        "--image-cleaner-interval-hours 72",
    ];
    for flags in update {
        let rec = sb.dir.path().join("refused-update.yaml");
        let _ = std::fs::remove_file(&rec);
        let mut args = argv("aks update -g rg -n c");
        args.extend(flags.split(' '));
        let out = run(&sb, &args, &rec);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{flags}: {err}");
        assert!(
            err.starts_with("ERROR: Cannot specify --")
                || err.starts_with("ERROR: Update \"--image-cleaner-interval-hours\" requires"),
            "{flags}: {err}"
        );
        assert_eq!(writes(&rec), vec![], "{flags}");
    }
}

#[test]
fn the_emulator_refuses_what_aks_refuses() {
    let sb = sandbox();
    let rec = sb.dir.path().join("cost.yaml");
    let out = run(
        &sb,
        &argv("aks create -g rg -n c -c 1 --no-ssh-key --enable-cost-analysis"),
        &rec,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Cost analysis can only be enabled"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let clusters = sb.local_ok(&argv("aks list --query length(@)"));
    assert_eq!(String::from_utf8_lossy(&clusters.stdout).trim(), "0");

    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --disable-run-command -o none",
    ));
    let invoke = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args([
            "aks",
            "command",
            "invoke",
            "-g",
            "rg",
            "-n",
            "c",
            "--command",
            "kubectl get nodes",
        ])
        .output()
        .unwrap();
    assert_eq!(invoke.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&invoke.stderr)
            .contains("(OperationNotAllowed) Run command is disabled"),
        "{}",
        String::from_utf8_lossy(&invoke.stderr)
    );
    sb.local_ok(&argv("aks update -g rg -n c --enable-run-command -o none"));
    sb.local_ok(&[
        "aks",
        "command",
        "invoke",
        "-g",
        "rg",
        "-n",
        "c",
        "--command",
        "kubectl get nodes",
        "-o",
        "none",
    ]);
}

#[test]
fn defender_with_a_config_file_and_without_one() {
    let sb = sandbox();
    let config = fixture("addons/defender-config.json");
    let config = config.to_str().unwrap();
    let rec = sb.dir.path().join("defender.yaml");
    let mut args =
        argv("aks create -g rg -n c -c 1 --no-ssh-key --enable-defender -o none --defender-config");
    args.push(config);
    let out = run(&sb, &args, &rec);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // (the recording scrubs subscription ids, so the workspace is matched by its tail)
    let defender = &writes(&rec)[0].2["properties"]["securityProfile"]["defender"];
    assert_eq!(defender["securityMonitoring"], json!({"enabled": true}));
    assert!(
        defender["logAnalyticsWorkspaceResourceId"]
            .as_str()
            .unwrap()
            .ends_with("/resourceGroups/rgaddons/providers/Microsoft.OperationalInsights/workspaces/defender-ws"),
        "{defender}"
    );
    // Disabling replaces the profile: az sends only the switched-off monitoring.
    let rec = sb.dir.path().join("disable.yaml");
    let out = run(
        &sb,
        &argv("aks update -g rg -n c --disable-defender -o none"),
        &rec,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        writes(&rec)[0].2["properties"]["securityProfile"]["defender"],
        json!({"securityMonitoring": {"enabled": false}})
    );
    let cases: &[(Vec<&str>, i32, &str)] = &[
        (
            vec![
                "aks",
                "update",
                "-g",
                "rg",
                "-n",
                "c",
                "--defender-config",
                config,
            ],
            1,
            "ERROR: Please specify --enable-defnder\n",
        ),
        (
            argv("aks update -g rg -n c --enable-defender --disable-defender"),
            1,
            "ERROR: Providing both --disable-defender and --enable-defender flags is invalid\n",
        ),
        (
            argv("aks update -g rg -n c --enable-defender --defender-config /nonexistent/d.json"),
            1,
            "ERROR: /nonexistent/d.json is not valid file, or not accessable.\n",
        ),
    ];
    for (args, code, stderr) in cases {
        let rec = sb.dir.path().join("refused.yaml");
        let _ = std::fs::remove_file(&rec);
        let out = run(&sb, args, &rec);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {err}");
        assert!(err.starts_with(stderr), "{args:?}: {err}");
        assert_eq!(writes(&rec), vec![], "{args:?}");
    }
}
