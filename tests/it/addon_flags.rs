//! `aks create --enable-addons` and the monitoring add-on (issue 18), end to end against the
//! built-in emulator: the requests that go out (recorded), what the emulator keeps, az's
//! refusals with nothing created.

use azr::transport::cassette::Cassette;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv};

const SUB: &str = "00000000-0000-0000-0000-000000000001";
const SCRUBBED: &str = "00000000-0000-0000-0000-000000000000";

/// Runs `line` (plus `extra`) against the built-in emulator, recording its requests.
fn recorded(
    sb: &Sandbox,
    line: &'static str,
    extra: &[&str],
) -> (std::process::Output, Vec<(String, String, Option<Value>)>) {
    let cassette = sb.dir.path().join(format!("rec-{}.yaml", rand_suffix()));
    let mut args = argv(line);
    args.extend_from_slice(extra);
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .env("AZR_RECORD", &cassette)
        .args(&args)
        .output()
        .unwrap();
    let requests = if cassette.exists() {
        Cassette::load(&cassette)
            .unwrap()
            .interactions
            .into_iter()
            .map(|i| {
                // the recorder scrubs the subscription; the tests name the emulator's
                let unscrub = |s: &str| s.replace(SCRUBBED, SUB);
                let path = unscrub(
                    i.request
                        .uri
                        .trim_start_matches("https://management.azure.com"),
                );
                let body = i
                    .request
                    .body
                    .as_deref()
                    .and_then(|b| serde_json::from_str(&unscrub(b)).ok());
                (i.request.method, path, body)
            })
            .collect()
    } else {
        Vec::new()
    };
    (out, requests)
}

fn rand_suffix() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn show(sb: &Sandbox, line: &'static str) -> Value {
    serde_json::from_slice(&sb.local_ok(&argv(line)).stdout).unwrap()
}

#[test]
fn plain_addons_send_az_profiles_and_aks_adds_identities() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --enable-secret-rotation --rotation-poll-interval 5m --enable-sgxquotehelper -a",
        &[
            "azure-policy,azure-keyvault-secrets-provider,confcom,open-service-mesh,http_application_routing",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let put = requests
        .iter()
        .find(|(m, p, _)| m == "PUT" && p.contains("/managedClusters/c?"))
        .expect("the cluster PUT");
    assert_eq!(
        put.2.as_ref().unwrap()["properties"]["addonProfiles"],
        json!({
            "httpApplicationRouting": {"enabled": true},
            "azurepolicy": {"enabled": true},
            "ACCSGXDevicePlugin": {"enabled": true, "config": {"ACCSGXQuoteHelperEnabled": "true"}},
            "openServiceMesh": {"enabled": true, "config": {}},
            "azureKeyvaultSecretsProvider": {"enabled": true, "config": {"enableSecretRotation": "true", "rotationPollInterval": "5m"}},
        })
    );
    let c = show(&sb, "aks show -g rg -n c --query addonProfiles");
    let policy_identity = c["azurepolicy"]["identity"]["resourceId"].as_str().unwrap();
    assert!(
        policy_identity.ends_with("/resourcegroups/MC_rg_c_eastus/providers/Microsoft.ManagedIdentity/userAssignedIdentities/azurepolicy-c"),
        "{policy_identity}"
    );
    assert!(
        c["openServiceMesh"]
            .get("identity")
            .is_none_or(Value::is_null)
    );
    let zone = c["httpApplicationRouting"]["config"]["HTTPApplicationRoutingZoneName"]
        .as_str()
        .unwrap();
    assert!(zone.ends_with(".eastus.aksapp.io"), "{zone}");
}

#[test]
fn monitoring_makes_the_default_workspace_the_rule_and_its_association() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l westeurope -o none"));
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key -o none -a monitoring --enable-syslog",
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workspace = format!(
        "/subscriptions/{SUB}/resourceGroups/DefaultResourceGroup-WEU/providers/Microsoft.OperationalInsights/workspaces/DefaultWorkspace-{SUB}-WEU"
    );
    let dcr = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Insights/dataCollectionRules/MSCI-westeurope-c"
    );
    let cluster = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c"
    );
    let seen: Vec<String> = requests
        .iter()
        .filter(|(m, p, _)| !(m == "GET" && p.contains("/operations/")))
        .map(|(m, p, _)| format!("{m} {}", p.split('?').next().unwrap()))
        .collect();
    let expected = [
        format!("GET {cluster}"),
        format!("GET /subscriptions/{SUB}/resourcegroups/rg"),
        format!("GET /subscriptions/{SUB}/resourcegroups/rg"),
        format!("HEAD /subscriptions/{SUB}/resourcegroups/DefaultResourceGroup-WEU"),
        format!("PUT /subscriptions/{SUB}/resourcegroups/DefaultResourceGroup-WEU"),
        format!("PUT {workspace}"),
        format!("GET {workspace}"),
        format!("GET {dcr}"),
        format!("GET /subscriptions/{SUB}/locations"),
        format!("PUT {dcr}"),
        format!("PUT {cluster}"),
        format!("GET {cluster}"),
        format!("GET {workspace}"),
        format!(
            "PUT {cluster}/providers/Microsoft.Insights/dataCollectionRuleAssociations/ContainerInsightsExtension"
        ),
    ];
    let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
    assert_eq!(lower(&seen), lower(&expected), "{seen:#?}");
    let body = |path: &str| {
        requests
            .iter()
            .find(|(m, p, _)| m == "PUT" && p.split('?').next() == Some(path))
            .and_then(|(_, _, b)| b.clone())
            .unwrap()
    };
    let rule = body(&dcr);
    assert_eq!(rule["location"], "westeurope");
    assert_eq!(
        rule["properties"]["dataSources"]["syslog"][0]["name"],
        "sysLogsDataSource"
    );
    assert_eq!(
        rule["properties"]["destinations"]["logAnalytics"][0]["workspaceResourceId"],
        json!(workspace)
    );
    assert_eq!(
        body(&cluster)["properties"]["addonProfiles"]["omsagent"],
        json!({"enabled": true, "config": {"logAnalyticsWorkspaceResourceID": workspace, "useAADAuth": "true"}})
    );
    // what the emulator keeps: the rule, its association, the add-on's identity
    let default_group = show(
        &sb,
        "group show -n DefaultResourceGroup-WEU --query location",
    );
    assert_eq!(default_group, json!("westeurope"));
    let c = show(&sb, "aks show -g rg -n c --query addonProfiles.omsagent");
    assert!(c["identity"]["objectId"].is_string());
}

#[test]
fn web_application_routing_turns_app_routing_on_with_no_dns_zones() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key -o none --ardnc Internal -a",
        &["web_application_routing"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let put = requests
        .iter()
        .find(|(m, p, _)| m == "PUT" && p.contains("/managedClusters/c?"))
        .and_then(|(_, _, b)| b.clone())
        .expect("the cluster's PUT");
    let routing = json!({"enabled": true, "dnsZoneResourceIds": [],
                         "nginx": {"defaultIngressControllerType": "Internal"}});
    assert_eq!(
        put["properties"]["ingressProfile"]["webAppRouting"],
        routing
    );
    // an ingress setting, not an add-on profile
    assert!(
        put["properties"]["addonProfiles"]
            .get("web_application_routing")
            .is_none()
    );
    let kept = show(
        &sb,
        "aks show -g rg -n c --query ingressProfile.webAppRouting",
    );
    assert_eq!(kept["enabled"], true);
    assert_eq!(kept["dnsZoneResourceIds"], json!([]));
}

#[test]
fn addon_refusals_send_nothing_after_the_reads() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let ws =
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.OperationalInsights/workspaces/w";
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["-a", "monitoring,foo,bar"],
            1,
            "ERROR: 'foo,bar' are not recognized by the --enable-addons argument.\n",
        ),
        (
            &["-a", "confcom,confcom"],
            1,
            "ERROR: Duplicate addon 'confcom' found in option --enable-addons.\n",
        ),
        (
            &["-a", "azure-policy", "--workspace-resource-id", ws],
            1,
            "ERROR: \"--workspace-resource-id\" requires \"--enable-addons monitoring\" or \"--enable-azure-monitor-logs\".\n",
        ),
        (
            &["-a", "virtual-node"],
            1,
            "ERROR: \"--enable-addons virtual-node\" requires \"--aci-subnet-name\" and \"--vnet-subnet-id\".\n",
        ),
        (
            &[
                "-a",
                "monitoring",
                "--workspace-resource-id",
                ws,
                "--data-collection-settings",
                "/nonexistent/dcs.json",
            ],
            1,
            "ERROR: /nonexistent/dcs.json is not valid file, or not accessable.\n",
        ),
    ];
    for (flags, code, stderr) in cases {
        let (out, requests) = recorded(&sb, "aks create -g rg -n c --no-ssh-key", flags);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{flags:?}: {err}");
        assert_eq!(err, *stderr, "{flags:?}");
        assert!(
            requests.iter().all(|(m, _, _)| m == "GET"),
            "{flags:?}: {requests:?}"
        );
    }
    let clusters = sb.local_ok(&argv("aks list --query length(@)"));
    assert_eq!(String::from_utf8_lossy(&clusters.stdout).trim(), "0");
}

#[test]
fn deprecated_msi_flag_warns_and_the_legacy_route_grants_the_publisher_role() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key -o none -a monitoring --enable-msi-auth-for-monitoring false",
        &[],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.starts_with(
        "WARNING: Option '--enable-msi-auth-for-monitoring' has been deprecated and will be removed in a future release. Use '--enable-azure-monitor-logs' instead.\n"
    ), "{err}");
    assert!(
        !requests
            .iter()
            .any(|(_, p, _)| p.to_lowercase().contains("datacollectionrule"))
    );
    let grant = requests
        .iter()
        .find(|(m, p, _)| m == "PUT" && p.contains("/roleAssignments/"))
        .expect("the role assignment");
    assert!(
        grant
            .1
            .contains("/managedClusters/c/providers/Microsoft.Authorization/roleAssignments/")
    );
    assert!(
        grant.2.as_ref().unwrap()["properties"]["roleDefinitionId"]
            .as_str()
            .unwrap()
            .ends_with("3913510d-42f4-4e42-8a64-420c390055eb")
    );
}

#[test]
fn update_changes_the_rotation_settings_of_an_enabled_provider_only() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n kv -c 1 --no-ssh-key -o none -a azure-keyvault-secrets-provider",
    ));
    sb.local_ok(&argv("aks create -g rg -n plain -c 1 --no-ssh-key -o none"));
    let kv = show(
        &sb,
        "aks update -g rg -n kv --enable-secret-rotation --rotation-poll-interval 10m --query addonProfiles.azureKeyvaultSecretsProvider.config",
    );
    assert_eq!(
        kv,
        json!({"enableSecretRotation": "true", "rotationPollInterval": "10m"})
    );
    let (out, requests) = recorded(
        &sb,
        "aks update -g rg -n plain --disable-secret-rotation",
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: --disable-secret-rotation can only be specified when azure-keyvault-secrets-provider is enabled. Please use command 'az aks enable-addons' to enable it.\n"
    );
    assert!(requests.iter().all(|(m, _, _)| m == "GET"), "{requests:?}");
    let (out, requests) = recorded(
        &sb,
        "aks update -g rg -n kv --enable-secret-rotation --disable-secret-rotation",
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Providing both --disable-secret-rotation and --enable-secret-rotation flags is invalid\n"
    );
    assert!(requests.is_empty(), "{requests:?}");
}

#[test]
fn virtual_node_and_gateway_ingress_grant_their_identities_roles_after_the_create() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "network vnet create -g rg -n v --address-prefixes 10.0.0.0/8 --subnet-name nodes --subnet-prefixes 10.240.0.0/16 -o none",
    ));
    sb.local_ok(&argv(
        "network vnet subnet create -g rg --vnet-name v -n aci --address-prefixes 10.241.0.0/16 -o none",
    ));
    let vnet = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v"
    );
    let nodes = format!("{vnet}/subnets/nodes");
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --network-plugin azure -a virtual-node --aci-subnet-name aci -o none --vnet-subnet-id",
        &[nodes.as_str()],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let grants: Vec<(String, String)> = requests
        .iter()
        .filter(|(m, p, _)| m == "PUT" && p.contains("/roleAssignments/"))
        .map(|(_, p, b)| {
            let role = b.as_ref().unwrap()["properties"]["roleDefinitionId"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string();
            (
                p.split("/providers/Microsoft.Authorization")
                    .next()
                    .unwrap()
                    .to_string(),
                role,
            )
        })
        .collect();
    assert_eq!(
        grants,
        vec![
            (
                nodes.clone(),
                "4d97b98b-1d4f-4787-a291-c67834d212e7".to_string()
            ),
            (
                vnet.clone(),
                "b24988ac-6180-42a0-ab88-20f7382dd24c".to_string()
            ),
        ]
    );
    let aci = show(
        &sb,
        "aks show -g rg -n c --query addonProfiles.aciConnectorLinux",
    );
    assert_eq!(aci["config"], json!({"SubnetName": "aci"}));
    assert!(aci["identity"]["objectId"].is_string());
}

#[test]
fn high_log_scale_mode_adds_an_ingestion_endpoint_and_the_high_scale_streams() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let settings = sb.dir.path().join("dcs.json");
    std::fs::write(
        &settings,
        r#"{"interval": "1m", "streams": ["Microsoft-ContainerLogV2", "Microsoft-KubeEvents"]}"#,
    )
    .unwrap();
    let settings = settings.to_string_lossy().to_string();
    let (out, requests) = recorded(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key -o none -a monitoring --enable-high-log-scale-mode --data-collection-settings",
        &[settings.as_str()],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dce = format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Insights/dataCollectionEndpoints/MSCI-ingest-eastus-c"
    );
    let dce_puts = requests
        .iter()
        .filter(|(m, p, _)| m == "PUT" && p.split('?').next() == Some(dce.as_str()))
        .count();
    // once before the rule, once again before the association, as az does
    assert_eq!(dce_puts, 2);
    let rule = requests
        .iter()
        .find(|(m, p, _)| m == "PUT" && p.contains("/dataCollectionRules/"))
        .and_then(|(_, _, b)| b.clone())
        .unwrap();
    let high = json!(["Microsoft-ContainerLogV2-HighScale", "Microsoft-KubeEvents"]);
    assert_eq!(rule["properties"]["dataFlows"][0]["streams"], high);
    assert_eq!(
        rule["properties"]["dataSources"]["extensions"][0]["extensionSettings"]["dataCollectionSettings"],
        json!({"interval": "1m", "streams": high, "enableContainerLogV2": true})
    );
    assert_eq!(rule["properties"]["dataCollectionEndpointId"], json!(dce));
}
