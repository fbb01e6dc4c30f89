//! The network flags that reference other resources (issues 12, 14: session net3), end to end
//! against the built-in emulator: `network vnet create --ddos-protection-plan`, `network vnet
//! subnet create|update --service-endpoint-policy` and `network public-ip prefix create
//! --custom-ip-prefix-name`; and `--endpoints`, AAZ's shorthand-syntax list. The bodies that
//! go out, the state left (back-references, the address block drawn from the custom prefix),
//! and the refusals: az's for a malformed id or value with nothing sent, the emulator's for a
//! missing, misplaced or unprovisioned resource.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, emulator};

fn net(kind_and_name: &str) -> String {
    format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/{kind_and_name}")
}

fn seed(sb: &Sandbox, kind_and_name: &str, body: Value) {
    let url = format!("{}?api-version=2024-07-01", net(kind_and_name));
    let (status, r) = emulator(sb, Method::PUT, &url, Some(body));
    assert_eq!(status, 201, "{r}");
}

fn get(sb: &Sandbox, kind_and_name: &str) -> Value {
    let url = format!("{}?api-version=2024-07-01", net(kind_and_name));
    let (status, r) = emulator(sb, Method::GET, &url, None);
    assert_eq!(status, 200, "{r}");
    r
}

/// A group `rg` (eastus) with the referenced resources: a DDoS plan (westus: plans cover any
/// region), service endpoint policies in eastus and westus, custom prefixes provisioned and
/// deprovisioned.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    seed(
        &sb,
        "ddosProtectionPlans/ddos1",
        json!({"location": "westus"}),
    );
    seed(
        &sb,
        "serviceEndpointPolicies/sep1",
        json!({"location": "eastus"}),
    );
    seed(
        &sb,
        "serviceEndpointPolicies/sepw",
        json!({"location": "westus"}),
    );
    seed(
        &sb,
        "customIpPrefixes/cip1",
        json!({"location": "eastus", "properties": {"cidr": "40.1.2.0/28"}}),
    );
    seed(
        &sb,
        "customIpPrefixes/cip2",
        json!({"location": "eastus", "properties": {"cidr": "40.1.3.0/28", "commissionedState": "Deprovisioned"}}),
    );
    sb
}

/// An id as the recording holds it: the subscription scrubbed.
fn recorded(id: &str) -> String {
    id.replace(S, "00000000-0000-0000-0000-000000000000")
}

fn stdout_json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("json on stdout")
}

fn the_put(sent: &[crate::common::Sent]) -> &Value {
    let puts: Vec<_> = sent.iter().filter(|s| s.method == "PUT").collect();
    assert_eq!(puts.len(), 1, "one PUT");
    &puts[0].body
}

#[test]
fn vnet_create_with_a_ddos_protection_plan() {
    let sb = sandbox();
    let (out, sent) = sb.local_recorded(&argv(
        "network vnet create -g rg -n vn1 --ddos-protection-plan ddos1 --ddos-protection",
    ));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let plan = net("ddosProtectionPlans/ddos1");
    let body = the_put(&sent);
    assert_eq!(
        body["properties"]["ddosProtectionPlan"],
        json!({"id": recorded(&plan)})
    );
    assert_eq!(body["properties"]["enableDdosProtection"], json!(true));
    assert_eq!(
        stdout_json(&out)["newVNet"]["ddosProtectionPlan"],
        json!({"id": plan, "resourceGroup": "rg"})
    );
    // the plan lists the VNet it protects
    assert_eq!(
        get(&sb, "ddosProtectionPlans/ddos1")["properties"]["virtualNetworks"],
        json!([{"id": net("virtualNetworks/vn1")}])
    );
    // and cannot be deleted while it does
    let url = format!("{plan}?api-version=2024-07-01");
    let (status, err) = emulator(&sb, Method::DELETE, &url, None);
    assert_eq!(status, 400);
    assert_eq!(
        err["error"]["code"],
        "InUseDdosProtectionPlanCannotBeDeleted"
    );
}

#[test]
fn vnet_create_with_a_missing_plan_is_refused_and_leaves_nothing() {
    let sb = sandbox();
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv(
            "network vnet create -g rg -n vn1 --ddos-protection-plan nosuch",
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("(InvalidResourceReference)"), "{stderr}");
    assert!(stderr.contains("ddosProtectionPlans/nosuch"), "{stderr}");
    let url = format!("{}?api-version=2024-07-01", net("virtualNetworks/vn1"));
    assert_eq!(emulator(&sb, Method::GET, &url, None).0, 404);
}

#[test]
fn malformed_ids_are_refused_before_anything_is_sent() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "network vnet create -g rg -n vn1 --subnet-name s0 -o none",
    ));
    let cases = [
        (
            "network vnet create -g rg -n vn2 --ddos-protection-plan a/b",
            "ERROR: InvalidArgumentValue: --ddos-protection-plan: Invalid format: resource id should be in '/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Network/ddosProtectionPlans/{}' format.\n",
        ),
        (
            "network vnet subnet create -g rg --vnet-name vn1 -n s1 --address-prefixes 10.0.1.0/24 --service-endpoint-policy sep1 x/y",
            "ERROR: InvalidArgumentValue: --service-endpoint-policy[1]: Invalid format: resource id should be in '/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Network/serviceEndpointPolicies/{}' format.\n",
        ),
        (
            "network public-ip prefix create -g rg -n p1 --length 30 --custom-ip-prefix-name a/b",
            "ERROR: InvalidArgumentValue: --custom-ip-prefix-name: Invalid format: resource id should be in '/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/Microsoft.Network/customIPPrefixes/{}' format.\n",
        ),
    ];
    for (line, expected) in cases {
        let (out, sent) = sb.local_recorded(&argv(line));
        assert_eq!(out.status.code(), Some(1), "{line}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{line}");
        assert!(out.stdout.is_empty(), "{line}");
        assert!(
            sent.iter().all(|s| s.method == "GET"),
            "{line}: only reads may go out"
        );
    }
}

#[test]
fn subnet_endpoint_policies_set_replaced_and_cleared() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "network vnet create -g rg -n vn1 --address-prefixes 10.9.0.0/16 -o none",
    ));
    let (out, sent) = sb.local_recorded(&argv(
        "network vnet subnet create -g rg --vnet-name vn1 -n s1 --address-prefixes 10.9.0.0/24 \
         --service-endpoints Microsoft.Storage --service-endpoint-policy sep1",
    ));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let sep1 = net("serviceEndpointPolicies/sep1");
    assert_eq!(
        the_put(&sent)["properties"]["serviceEndpointPolicies"],
        json!([{"id": recorded(&sep1)}])
    );
    assert_eq!(
        stdout_json(&out)["serviceEndpointPolicies"],
        json!([{"id": sep1, "resourceGroup": "rg"}])
    );
    let subnet = net("virtualNetworks/vn1/subnets/s1");
    assert_eq!(
        get(&sb, "serviceEndpointPolicies/sep1")["properties"]["subnets"],
        json!([{"id": subnet}])
    );
    // another region's policy is refused, the subnet keeps what it had
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv(
            "network vnet subnet update -g rg --vnet-name vn1 -n s1 --service-endpoint-policy sepw",
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("(InvalidResourceReference)"));
    let shown = stdout_json(&sb.local_ok(&argv(
        "network vnet subnet show -g rg --vnet-name vn1 -n s1",
    )));
    assert_eq!(
        shown["serviceEndpointPolicies"],
        json!([{"id": sep1, "resourceGroup": "rg"}])
    );
    // `null` clears the list: the property leaves the PUT, the policy loses its subnet
    let (out, sent) = sb.local_recorded(&argv(
        "network vnet subnet update -g rg --vnet-name vn1 -n s1 --service-endpoint-policy null",
    ));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        the_put(&sent)["properties"]
            .get("serviceEndpointPolicies")
            .is_none()
    );
    assert!(
        get(&sb, "serviceEndpointPolicies/sep1")["properties"]
            .get("subnets")
            .is_none()
    );
}

#[test]
fn prefix_drawn_from_a_custom_ip_prefix() {
    let sb = sandbox();
    let (out, sent) = sb.local_recorded(&argv(
        "network public-ip prefix create -g rg -n p1 --length 30 --custom-ip-prefix-name cip1",
    ));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let cip1 = net("customIPPrefixes/cip1");
    assert_eq!(
        the_put(&sent)["properties"],
        json!({"customIPPrefix": {"id": recorded(&cip1)}, "prefixLength": 30, "publicIPAddressVersion": "IPv4"})
    );
    let shown = stdout_json(&out);
    assert_eq!(shown["ipPrefix"], "40.1.2.0/30");
    // the second block follows the first inside the custom range; a /28 range has 16 addresses
    let out = sb.local_ok(&argv(
        "network public-ip prefix create -g rg -n p2 --length 29 --custom-ip-prefix-name cip1 --query ipPrefix -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "40.1.2.8/29\n");
    assert_eq!(
        get(&sb, "customIpPrefixes/cip1")["properties"]["publicIpPrefixes"],
        json!([{"id": net("publicIPPrefixes/p1")}, {"id": net("publicIPPrefixes/p2")}])
    );
    let full = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv(
            "network public-ip prefix create -g rg -n p3 --length 29 --custom-ip-prefix-name cip1",
        ))
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&full.stderr).contains("(PublicIPCountLimitReached)"));
}

#[test]
fn prefix_from_an_unprovisioned_or_missing_custom_prefix_is_refused() {
    let sb = sandbox();
    for (name, code) in [
        ("cip2", "(CustomIpPrefixNotProvisioned)"),
        ("nosuch", "(InvalidResourceReference)"),
    ] {
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args([
                "network",
                "public-ip",
                "prefix",
                "create",
                "-g",
                "rg",
                "-n",
                "p1",
                "--length",
                "30",
                "--custom-ip-prefix-name",
                name,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(code), "{name}: {stderr}");
    }
    let url = format!("{}?api-version=2024-07-01", net("publicIPPrefixes/p1"));
    assert_eq!(emulator(&sb, Method::GET, &url, None).0, 404);
}

#[test]
fn subnet_endpoints_in_shorthand_and_json() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "network vnet create -g rg -n vn1 --address-prefixes 10.9.0.0/16 -o none",
    ));
    let (out, sent) = sb.local_recorded(&[
        "network",
        "vnet",
        "subnet",
        "create",
        "-g",
        "rg",
        "--vnet-name",
        "vn1",
        "-n",
        "s1",
        "--address-prefixes",
        "10.9.0.0/24",
        "--endpoints",
        "[{service:Microsoft.Storage,locations:[eastus,westus]},{service:Microsoft.Sql}]",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["serviceEndpoints"],
        json!([{"service": "Microsoft.Storage", "locations": ["eastus", "westus"]}, {"service": "Microsoft.Sql"}])
    );
    // the emulator fills in the subnet's region where no locations were given
    let shown = stdout_json(&out);
    assert_eq!(shown["serviceEndpoints"][1]["locations"], json!(["eastus"]));
    let (out, sent) = sb.local_recorded(&[
        "network",
        "vnet",
        "subnet",
        "update",
        "-g",
        "rg",
        "--vnet-name",
        "vn1",
        "-n",
        "s1",
        "--endpoints",
        r#"[{"service": "Microsoft.KeyVault"}]"#,
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["serviceEndpoints"],
        json!([{"service": "Microsoft.KeyVault"}])
    );
}

#[test]
fn subnet_endpoints_refusals_send_nothing() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "network vnet create -g rg -n vn1 --address-prefixes 10.9.0.0/16 -o none",
    ));
    let base = [
        "network",
        "vnet",
        "subnet",
        "create",
        "-g",
        "rg",
        "--vnet-name",
        "vn1",
        "-n",
        "s1",
        "--address-prefixes",
        "10.9.0.0/24",
    ];
    let cases: [(&[&str], &str); 4] = [
        (
            &["--endpoints", "{service:x}"],
            "ERROR: Failed to parse '--endpoints' argument: list type value expected, got 'OrderedDict([('service', 'x')])'(<class 'collections.OrderedDict'>)\n",
        ),
        (
            &["--endpoints", "[{bogus:1}]"],
            "ERROR: Failed to parse '--endpoints' argument: Model 'AAZObjectArg' has no field named 'bogus'\n",
        ),
        (
            &["--endpoints", "[{service:a b}]"],
            "ERROR: Failed to parse '--endpoints' argument: Shorthand Syntax Error: Please wrap whitespace character in single quotes:\n\t[{service:a \n\t           ^\n",
        ),
        (
            &[
                "--endpoints",
                "[{service:x}]",
                "--service-endpoints",
                "Microsoft.Sql",
            ],
            "ERROR: usage error: `--endpoints` and `--service-endpoints` cannot be used together, we prefer to use `endpoints` instead\n",
        ),
    ];
    for (extra, expected) in cases {
        let args: Vec<&str> = base.iter().chain(extra.iter()).copied().collect();
        let (out, sent) = sb.local_recorded(&args);
        assert_eq!(out.status.code(), Some(1), "{extra:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{extra:?}");
        assert!(sent.is_empty(), "{extra:?}: nothing may go out");
    }
}

#[test]
fn vnet_summarized_gateway_prefixes_whole_or_by_field() {
    let sb = sandbox();
    let (out, sent) = sb.local_recorded(&[
        "network",
        "vnet",
        "create",
        "-g",
        "rg",
        "-n",
        "vn1",
        "--address-prefixes",
        "10.20.0.0/16",
        "--sgp",
        "{address-prefixes:[10.20.0.0/17]}",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // az's AAZ preview arguments print no warning
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        the_put(&sent)["properties"]["summarizedGatewayPrefixes"],
        json!({"addressPrefixes": ["10.20.0.0/17"]})
    );
    assert_eq!(
        stdout_json(&out)["newVNet"]["summarizedGatewayPrefixes"],
        json!({"addressPrefixes": ["10.20.0.0/17"]})
    );
    let out = sb.local_ok(&[
        "network",
        "vnet",
        "create",
        "-g",
        "rg",
        "-n",
        "vn2",
        "--summarized-gateway-prefixes",
        "address-prefixes=[10.0.0.0/17]",
        "--query",
        "newVNet.summarizedGatewayPrefixes",
    ]);
    assert_eq!(
        stdout_json(&out),
        json!({"addressPrefixes": ["10.0.0.0/17"]})
    );
    // a bad value of a field fails as az's, nothing sent (pool allocations: ipam_flags.rs)
    let (out, sent) = sb.local_recorded(&[
        "network",
        "vnet",
        "create",
        "-g",
        "rg",
        "-n",
        "vn3",
        "--sgp",
        "{ipam-pool-prefix-allocations:x}",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: Failed to parse '--sgp' argument: Invalid 'ipam-pool-prefix-allocations' : list type value expected, got 'x'(<class 'str'>)\n"
    );
    assert!(sent.is_empty());
}
