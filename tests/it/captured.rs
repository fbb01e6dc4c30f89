//! The requests az 2.91 sends (fixtures/az, the real az recorded against the emulator), compared with the ones azr sends
//! for the same command line: method, path, query (api-version included) and body. azr runs
//! against a cassette built from the capture (with scripted answers) and records what it sends.

use azr::transport::cassette::{Cassette, Interaction, zero_subscriptions};
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, fixture};
use crate::replay::{Run, exchange, run, write_cassette};

fn capture(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture(&format!("az/{name}"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn uri(req: &Value) -> String {
    let (path, query) = (
        req["path"].as_str().unwrap(),
        req["query"].as_str().unwrap_or(""),
    );
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// A mock answer: status, headers, body.
type Answer<'a> = (u16, Vec<(&'a str, &'a str)>, Value);

/// Runs the capture's command line (`az` dropped) against `answers` (one per captured request,
/// as `(status, headers, body)`) and returns the run and the requests azr sent.
fn replay_capture(cap: &Value, answers: Vec<Answer>) -> (Run, Vec<Interaction>) {
    let sb = Sandbox::new();
    let cassette = sb.dir.path().join("c.yaml");
    let recorded = sb.dir.path().join("sent.yaml");
    let reqs = cap["requests"].as_array().unwrap();
    assert_eq!(reqs.len(), answers.len());
    let script = reqs
        .iter()
        .zip(answers)
        .map(|(req, (status, headers, body))| {
            let body_sent = (!req["body"].is_null()).then(|| req["body"].clone());
            exchange(
                req["method"].as_str().unwrap(),
                &uri(req),
                body_sent,
                status,
                &headers,
                Some(body),
            )
        })
        .collect();
    write_cassette(&cassette, script);
    let command = cap["command"].as_str().unwrap();
    let args: Vec<&str> = command.split_whitespace().skip(1).collect();
    let r = run(&sb, &cassette, Some(&recorded), &args);
    let sent = Cassette::load(&recorded)
        .map(|c| c.interactions)
        .unwrap_or_default();
    (r, sent)
}

/// The requests azr sent are the captured ones: method, path, query and body.
fn assert_same_requests(cap: &Value, sent: &[Interaction]) {
    let reqs = cap["requests"].as_array().unwrap();
    assert_eq!(sent.len(), reqs.len(), "{sent:#?}");
    for (want, got) in reqs.iter().zip(sent) {
        assert_eq!(got.request.method, want["method"].as_str().unwrap());
        // Recordings carry az's zero subscription (scrubbed); so does the expectation.
        let expected = format!(
            "https://management.azure.com{}",
            zero_subscriptions(&uri(want))
        );
        assert_eq!(got.request.uri, expected);
        let body: Option<Value> = got
            .request
            .body
            .as_deref()
            .map(|b| serde_json::from_str(b).unwrap());
        let want_body = (!want["body"].is_null()).then(|| want["body"].clone());
        assert_eq!(body, want_body, "body of {}", got.request.uri);
        let header = |name: &str| {
            got.request
                .headers
                .get(name)
                .and_then(|v| v.first())
                .cloned()
        };
        assert_eq!(
            header("CommandName").as_deref(),
            want["headers"]["CommandName"].as_str()
        );
        assert_eq!(
            header("ParameterSetName").as_deref(),
            want["headers"]["ParameterSetName"].as_str()
        );
    }
}

#[test]
fn feature_register_as_az() {
    let cap = capture("feature-register.json");
    let (r, sent) = replay_capture(&cap, vec![(200, vec![], cap["stdout"].clone())]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_same_requests(&cap, &sent);
    assert_eq!(r.stderr, cap["stderr"].as_str().unwrap());
    assert_eq!(r.json(), cap["stdout"]);
}

#[test]
fn feature_show_as_az() {
    let cap = capture("feature-show.json");
    let (r, sent) = replay_capture(&cap, vec![(200, vec![], cap["stdout"].clone())]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_same_requests(&cap, &sent);
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.json()["properties"]["state"],
        cap["stdout"]["properties"]["state"]
    );
}

#[test]
fn public_ip_prefix_create_as_az() {
    let cap = capture("network-public-ip-prefix-create.json");
    let created = json!({
        "id": cap["stdout"]["id"], "name": "p", "location": "eastus",
        "properties": {"prefixLength": 28, "publicIPAddressVersion": "IPv4", "provisioningState": "Succeeded", "ipPrefix": "20.0.0.0/28"},
        "sku": {"name": "Standard"}, "type": "Microsoft.Network/publicIPPrefixes"
    });
    // The emulator answered with an Azure-AsyncOperation that az polled before its final GET.
    let op = format!("https://management.azure.com{}", uri(&cap["requests"][1]));
    let (r, sent) = replay_capture(
        &cap,
        vec![
            (
                201,
                vec![("Azure-AsyncOperation", op.as_str())],
                created.clone(),
            ),
            (200, vec![], json!({"status": "Succeeded"})),
            (200, vec![], created),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // `-l` given: no resource group GET, as az.
    assert_same_requests(&cap, &sent);
    assert_eq!(r.json()["id"], cap["stdout"]["id"]);
}

#[test]
fn vmss_list_instance_public_ips_as_az() {
    let cap = capture("vmss-list-instance-public-ips.json");
    let ip = |name: &str, addr: Option<&str>| {
        let mut props = json!({"publicIPAllocationMethod": "Static", "publicIPAddressVersion": "IPv4", "idleTimeoutInMinutes": 4, "ipTags": [], "provisioningState": "Succeeded"});
        if let Some(a) = addr {
            props["ipAddress"] = json!(a);
        }
        json!({"id": format!("{}/{name}", cap["requests"][0]["path"].as_str().unwrap()), "name": name, "properties": props, "sku": {"name": "Standard"}})
    };
    let (r, sent) = replay_capture(
        &cap,
        vec![
            (
                200,
                vec![],
                json!({"name": "vmss", "properties": {"orchestrationMode": "Uniform"}}),
            ),
            (
                200,
                vec![],
                json!({"value": [ip("pub1", Some("20.0.0.4")), ip("overprovisioned", None)]}),
            ),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_same_requests(&cap, &sent);
    let out = r.json();
    let items = out.as_array().unwrap();
    assert_eq!(items.len(), 1, "instances without an address are dropped");
    assert_eq!(items[0]["name"], "pub1");
}

#[test]
fn vmss_list_instance_public_ips_missing_vmss_as_az() {
    let cap = capture("vmss-list-instance-public-ips-missing-vmss.json");
    let (r, sent) = replay_capture(
        &cap,
        vec![(
            404,
            vec![],
            json!({"error": {"code": "ResourceNotFound", "message": "The Resource 'Microsoft.Compute/virtualMachineScaleSets/nosuch' under resource group 'MC_rg_c_eastus' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"}}),
        )],
    );
    assert_same_requests(&cap, &sent);
    assert_eq!(r.code, 3);
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, cap["stderr"].as_str().unwrap());
}

#[test]
fn vmss_in_flexible_mode_is_refused() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let path = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/flex";
    write_cassette(
        &c,
        vec![exchange(
            "GET",
            &format!("{path}?api-version=2026-04-01"),
            None,
            200,
            &[],
            Some(json!({"properties": {"orchestrationMode": "Flexible"}})),
        )],
    );
    let r = run(
        &sb,
        &c,
        None,
        &argv("vmss list-instance-public-ips -g rg -n flex"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "ERROR: This command is not available for VMSS in Flex mode. Please use the \"az network public-ip list/show\" to retrieve networking information.\n"
    );
}

const SUB: &str = "00000000-0000-0000-0000-000000000001";

fn provider_path() -> String {
    format!("/subscriptions/{SUB}/providers/Microsoft.ContainerService")
}

#[test]
fn provider_register_prints_nothing_and_warns_while_registering() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let sent = sb.dir.path().join("sent.yaml");
    write_cassette(
        &c,
        vec![exchange(
            "POST",
            &format!("{}/register?api-version=2024-11-01", provider_path()),
            None,
            200,
            &[],
            Some(
                json!({"namespace": "Microsoft.ContainerService", "registrationState": "Registering"}),
            ),
        )],
    );
    let r = run(
        &sb,
        &c,
        Some(&sent),
        &[
            "provider",
            "register",
            "--namespace",
            "Microsoft.ContainerService",
            "--subscription",
            SUB,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "WARNING: Registering is still on-going. You can monitor using 'az provider show -n Microsoft.ContainerService'\n"
    );
    let sent = Cassette::load(&sent).unwrap().interactions;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].request.body, None, "register sends no body");
}

#[test]
fn provider_register_wait_polls_until_registered() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let state =
        |s: &str| Some(json!({"namespace": "Microsoft.ContainerService", "registrationState": s}));
    let get = format!("{}?api-version=2024-11-01", provider_path());
    write_cassette(
        &c,
        vec![
            exchange(
                "POST",
                &format!("{}/register?api-version=2024-11-01", provider_path()),
                None,
                200,
                &[],
                state("Registering"),
            ),
            exchange("GET", &get, None, 200, &[], state("Registering")),
            exchange("GET", &get, None, 200, &[], state("Registered")),
        ],
    );
    let r = run(
        &sb,
        &c,
        None,
        &[
            "provider",
            "register",
            "-n",
            "Microsoft.ContainerService",
            "--wait",
            "--subscription",
            SUB,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, "");
}

#[test]
fn feature_unregister_warns_with_az_text() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let feature = format!(
        "/subscriptions/{SUB}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features/F"
    );
    write_cassette(
        &c,
        vec![exchange(
            "POST",
            &format!("{feature}/unregister?api-version=2021-07-01"),
            None,
            200,
            &[],
            Some(
                json!({"id": feature, "name": "Microsoft.ContainerService/F", "properties": {"state": "Unregistering"}, "type": "Microsoft.Features/providers/features"}),
            ),
        )],
    );
    let r = run(
        &sb,
        &c,
        None,
        &[
            "feature",
            "unregister",
            "--namespace",
            "Microsoft.ContainerService",
            "-n",
            "F",
            "--subscription",
            SUB,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "WARNING: Once the feature 'F' is unregistered, invoking 'az provider register -n Microsoft.ContainerService' is required to get the change propagated\n"
    );
    assert_eq!(r.json()["properties"]["state"], "Unregistering");
}

#[test]
fn nsg_rule_list_prints_the_rules() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let nsg = format!(
        "/subscriptions/{SUB}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/networkSecurityGroups/aks-agentpool-1-nsg"
    );
    let nsg_body = json!({"id": nsg, "properties": {"securityRules": [{"name": "allow-80"}], "defaultSecurityRules": [{"name": "AllowVnetInBound"}]}});
    write_cassette(
        &c,
        vec![exchange(
            "GET",
            &format!("{nsg}?api-version=2022-01-01"),
            None,
            200,
            &[],
            Some(nsg_body),
        )],
    );
    let args = [
        "network",
        "nsg",
        "rule",
        "list",
        "-g",
        "MC_rg_c_eastus",
        "--nsg-name",
        "aks-agentpool-1-nsg",
        "--subscription",
        SUB,
    ];
    let names = |r: &Run| -> Vec<Value> {
        r.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["name"].clone())
            .collect()
    };
    let r = run(&sb, &c, None, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names(&r), vec![json!("allow-80")]);
    let r = run(&sb, &c, None, &[&args[..], &["--include-default"]].concat());
    assert_eq!(
        names(&r),
        vec![json!("allow-80"), json!("AllowVnetInBound")]
    );
}

#[test]
fn vmss_list_pages_with_its_own_api_version() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let sent = sb.dir.path().join("sent.yaml");
    let coll = format!(
        "/subscriptions/{SUB}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Compute/virtualMachineScaleSets"
    );
    let next = format!("https://management.azure.com{coll}?api-version=2024-11-01&$skiptoken=abc");
    write_cassette(
        &c,
        vec![
            exchange(
                "GET",
                &format!("{coll}?api-version=2024-11-01"),
                None,
                200,
                &[],
                Some(json!({"value": [{"name": "aks-nodepool1-1-vmss"}], "nextLink": next})),
            ),
            exchange(
                "GET",
                &format!("{coll}?api-version=2024-11-01&$skiptoken=abc"),
                None,
                200,
                &[],
                Some(json!({"value": [{"name": "aks-np2-2-vmss"}]})),
            ),
        ],
    );
    let r = run(
        &sb,
        &c,
        Some(&sent),
        &[
            "vmss",
            "list",
            "-g",
            "MC_rg_c_eastus",
            "--subscription",
            SUB,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<Value> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].clone())
        .collect();
    assert_eq!(
        names,
        vec![json!("aks-nodepool1-1-vmss"), json!("aks-np2-2-vmss")]
    );
    let sent = Cassette::load(&sent).unwrap().interactions;
    assert!(
        sent[0]
            .request
            .uri
            .ends_with("virtualMachineScaleSets?api-version=2024-11-01"),
        "{}",
        sent[0].request.uri
    );
    assert_eq!(sent.len(), 2);
}

#[test]
fn feature_list_across_namespaces() {
    let sb = Sandbox::new();
    let c = sb.dir.path().join("c.yaml");
    let all = format!(
        "/subscriptions/{SUB}/providers/Microsoft.Features/features?api-version=2021-07-01"
    );
    let one = format!(
        "/subscriptions/{SUB}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features?api-version=2021-07-01"
    );
    let f = |n: &str| json!({"name": n, "properties": {"state": "Registered"}});
    write_cassette(
        &c,
        vec![
            exchange(
                "GET",
                &all,
                None,
                200,
                &[],
                Some(
                    json!({"value": [f("Microsoft.Compute/A"), f("Microsoft.ContainerService/B")]}),
                ),
            ),
            exchange(
                "GET",
                &one,
                None,
                200,
                &[],
                Some(json!({"value": [f("Microsoft.ContainerService/B")]})),
            ),
        ],
    );
    let r = run(&sb, &c, None, &["feature", "list", "--subscription", SUB]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json().as_array().unwrap().len(), 2);
    let r = run(
        &sb,
        &c,
        None,
        &[
            "feature",
            "list",
            "--namespace",
            "Microsoft.ContainerService",
            "--subscription",
            SUB,
        ],
    );
    assert_eq!(r.json().as_array().unwrap().len(), 1);
}
