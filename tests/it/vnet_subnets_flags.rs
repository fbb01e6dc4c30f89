//! `network vnet create --subnets` (issue 14) end to end against the built-in emulator: the
//! AAZ list of subnet objects in shorthand and JSON, the body that goes out (nested NSG and
//! route table located in the group's region, as AAZ fills them), the state left, the
//! emulator's subnet rules applied to every element, and az's refusals with nothing sent.

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

fn get(sb: &Sandbox, kind_and_name: &str) -> (u16, Value) {
    let url = format!("{}?api-version=2024-07-01", net(kind_and_name));
    emulator(sb, Method::GET, &url, None)
}

/// A group `rg` (eastus) with an NSG, a route table and a NAT gateway there, and an NSG in
/// westus.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("network nsg create -g rg -n nsg1 -o none"));
    seed(&sb, "routeTables/rt1", json!({"location": "eastus"}));
    seed(
        &sb,
        "natGateways/ng1",
        json!({"location": "eastus", "sku": {"name": "Standard"}}),
    );
    seed(
        &sb,
        "networkSecurityGroups/nsgw",
        json!({"location": "westus"}),
    );
    sb
}

fn vnet_create(subnets: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> =
        argv("network vnet create -g rg -n vn1 --address-prefixes 10.30.0.0/16")
            .into_iter()
            .map(String::from)
            .collect();
    args.push("--subnets".into());
    args.push(subnets.into());
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn run(sb: &Sandbox, args: &[String]) -> (std::process::Output, Vec<crate::common::Sent>) {
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    sb.local_recorded(&refs)
}

/// An id as the recording holds it: the subscription scrubbed.
fn recorded(id: &str) -> String {
    id.replace(S, "00000000-0000-0000-0000-000000000000")
}

fn the_put(sent: &[crate::common::Sent]) -> &Value {
    let puts: Vec<_> = sent.iter().filter(|s| s.method == "PUT").collect();
    assert_eq!(puts.len(), 1, "one PUT");
    &puts[0].body
}

#[test]
fn shorthand_elements_go_out_as_az_builds_them_and_are_stored() {
    let sb = sandbox();
    let nsg = net("networkSecurityGroups/nsg1");
    let rt = net("routeTables/rt1");
    let ng = net("natGateways/ng1");
    let value = format!(
        "[{{name:a,address-prefix:10.30.0.0/24,nsg:{{id:{nsg}}}}},\
         {{name:b,address-prefixes:[10.30.1.0/24,10.30.2.0/24],route-table:{{id:{rt}}},nat-gateway:{{id:{ng}}},\
         service-endpoints:[{{service:Microsoft.Storage}}],delegations:[{{name:d1,service-name:Microsoft.Sql/servers}}],\
         default-outbound-access:false,sharing-scope:Tenant,disable-private-endpoint-network-policies:Enabled}}]"
    );
    let (out, sent) = run(&sb, &vnet_create(&value, &["-o", "none"]));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["subnets"],
        json!([
            {"name": "a", "properties": {"addressPrefix": "10.30.0.0/24",
                "networkSecurityGroup": {"id": recorded(&nsg), "location": "eastus"}}},
            {"name": "b", "properties": {"addressPrefixes": ["10.30.1.0/24", "10.30.2.0/24"],
                "routeTable": {"id": recorded(&rt), "location": "eastus"}, "natGateway": {"id": recorded(&ng)},
                "serviceEndpoints": [{"service": "Microsoft.Storage"}],
                "delegations": [{"name": "d1", "properties": {"serviceName": "Microsoft.Sql/servers"}}],
                "defaultOutboundAccess": false, "sharingScope": "Tenant",
                "privateEndpointNetworkPolicies": "Enabled"}}
        ])
    );
    // one GET of the group (the VNet's location), one PUT, nothing else before it
    assert_eq!(sent[0].method, "GET");
    let (status, a) = get(&sb, "virtualNetworks/vn1/subnets/a");
    assert_eq!(status, 200, "{a}");
    assert_eq!(a["properties"]["networkSecurityGroup"], json!({"id": nsg}));
    assert_eq!(
        a["properties"]["privateEndpointNetworkPolicies"],
        "Disabled"
    );
    let (_, b) = get(&sb, "virtualNetworks/vn1/subnets/b");
    assert_eq!(b["properties"]["routeTable"], json!({"id": rt}));
    assert_eq!(b["properties"]["sharingScope"], "Tenant");
    assert_eq!(
        b["properties"]["delegations"][0]["properties"]["serviceName"],
        "Microsoft.Sql/servers"
    );
    assert_eq!(
        b["properties"]["serviceEndpoints"][0]["locations"],
        json!(["eastus"])
    );
}

#[test]
fn json_form_and_subnet_name_replacing_the_list() {
    let sb = sandbox();
    let (out, sent) = run(
        &sb,
        &vnet_create(
            r#"[{"name": "a", "addressPrefix": "10.30.0.0/24"}, {"name": "b", "address_prefix": "10.30.1.0/24"}]"#,
            &["-o", "none"],
        ),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["subnets"],
        json!([{"name": "a", "properties": {"addressPrefix": "10.30.0.0/24"}},
               {"name": "b", "properties": {"addressPrefix": "10.30.1.0/24"}}])
    );
    // --subnet-name wins over --subnets, as az's pre-operation replaces the list
    let mut args = vnet_create("[{name:x,address-prefix:10.30.5.0/24}]", &["-o", "none"]);
    args[6] = "vn2".into();
    args.extend(["--subnet-name".to_string(), "s1".to_string()]);
    let (out, sent) = run(&sb, &args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["subnets"],
        json!([{"name": "s1", "properties": {"addressPrefix": "10.30.0.0/24"}}])
    );
}

#[test]
fn a_given_location_still_reads_the_group_for_the_nested_nsg() {
    let sb = sandbox();
    let nsg = net("networkSecurityGroups/nsg1");
    let value = format!("[{{name:a,address-prefix:10.30.0.0/24,nsg:{{id:{nsg}}}}}]");
    let (out, sent) = run(&sb, &vnet_create(&value, &["-l", "eastus", "-o", "none"]));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let methods: Vec<&str> = sent.iter().map(|s| s.method.as_str()).collect();
    assert_eq!(&methods[..2], ["GET", "PUT"]);
    assert!(
        sent[0].path.ends_with("/resourcegroups/rg")
            || sent[0].path.ends_with("/resourceGroups/rg")
    );
}

#[test]
fn every_element_meets_the_emulators_subnet_rules() {
    let sb = sandbox();
    let nsgw = net("networkSecurityGroups/nsgw");
    let missing_rt = net("routeTables/nosuch");
    let cases = [
        (
            "[{name:a,address-prefix:10.30.0.0/24},{name:b,address-prefix:10.30.0.128/25}]"
                .to_string(),
            "(NetcfgSubnetRangesOverlap) Subnet 'b' is not valid because its IP address range overlaps with that of an existing subnet in virtual network 'vn1'.",
        ),
        (
            "[{name:a,address-prefix:10.31.0.0/24}]".to_string(),
            "(NetcfgSubnetRangeOutsideVnet) Subnet 'a' is not valid because its IP address range is outside the IP address range of virtual network 'vn1'.",
        ),
        (
            "[{name:a}]".to_string(),
            "(NetcfgInvalidSubnet) Subnet 'a' is not valid in virtual network 'vn1'.",
        ),
        (
            format!("[{{name:a,address-prefix:10.30.0.0/24,nsg:{{id:{nsgw}}}}}]"),
            "(InvalidResourceReference) Resource ",
        ),
        (
            format!("[{{name:a,address-prefix:10.30.0.0/24,route-table:{{id:{missing_rt}}}}}]"),
            "(InvalidResourceReference) Resource ",
        ),
    ];
    for (value, expected) in cases {
        let (out, sent) = run(&sb, &vnet_create(&value, &[]));
        assert_eq!(out.status.code(), Some(1), "{value}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(&format!("ERROR: {expected}")),
            "{value}: {stderr}"
        );
        assert!(
            the_put(&sent)["properties"]["subnets"].is_array(),
            "{value}: the PUT went out"
        );
        let (status, _) = get(&sb, "virtualNetworks/vn1");
        assert_eq!(status, 404, "{value}: nothing left");
    }
}

#[test]
fn refusals_as_az_words_them_send_nothing() {
    let sb = sandbox();
    let cases: [(&str, &str); 7] = [
        (
            "[{name:a,bogus:1}]",
            "ERROR: Failed to parse '--subnets' argument: Model 'AAZObjectArg' has no field named 'bogus'\n",
        ),
        (
            "{name:a}",
            "ERROR: Failed to parse '--subnets' argument: list type value expected, got 'OrderedDict([('name', 'a')])'(<class 'collections.OrderedDict'>)\n",
        ),
        (
            "[{name:a,sharing-scope:bogus}]",
            "ERROR: unrecognized value 'bogus' from choices '['DelegatedServices', 'Tenant']' \n",
        ),
        (
            "[{name:a,default-outbound-access:maybe}]",
            "ERROR: unrecognized value 'maybe' from choices '['true', 't', 'yes', 'y', '1', 'false', 'f', 'no', 'n', '0']' \n",
        ),
        (
            "[{name:a,default-outbound-access:1}]",
            "ERROR: Failed to parse '--subnets' argument: Invalid at [0] : Invalid 'default-outbound-access' : <class 'bool'> type value expected, got '1'(<class 'int'>)\n",
        ),
        (
            "[{name:a b}]",
            "ERROR: Failed to parse '--subnets' argument: Shorthand Syntax Error: Please wrap whitespace character in single quotes:\n\t[{name:a \n\t        ^\n",
        ),
        (
            "[{name:a,service-gateway:{id:x}}]",
            "ERROR: azr does not support 'service-gateway' in --subnets yet; nothing was sent\n",
        ),
    ];
    for (value, expected) in cases {
        let (out, sent) = run(&sb, &vnet_create(value, &[]));
        let code = if expected.contains("azr does not support") {
            2
        } else {
            1
        };
        assert_eq!(out.status.code(), Some(code), "{value}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{value}");
        assert!(sent.is_empty(), "{value}: nothing may go out");
    }
    // a nested id in the wrong form: az reads the group first, then refuses
    let (out, sent) = run(&sb, &vnet_create("[{name:a,route-table:{id:rt1}}]", &[]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: InvalidArgumentValue: --subnets[0].route-table.id: Invalid format: resource id should be in '/subscriptions/{}/resourceGroups/{}/providers/Microsoft.Network/routeTables/{}' format.\n"
    );
    assert!(sent.iter().all(|s| s.method == "GET"), "no PUT");
}

#[test]
fn nested_reference_details_and_endpoint_policies() {
    let sb = sandbox();
    seed(
        &sb,
        "serviceEndpointPolicies/sep1",
        json!({"location": "eastus"}),
    );
    let nsg = net("networkSecurityGroups/nsg1");
    let rt = net("routeTables/rt1");
    let sep = net("serviceEndpointPolicies/sep1");
    let value = format!(
        "[{{name:a,address-prefix:10.30.0.0/24,nsg:{{id:{nsg},l:westus,tags:{{k:v}},flush-connection:true}},\
         route-table:{{id:{rt},disable-bgp-route-propagation,disable-peering-route:none}},\
         service-endpoint-policy:[{{id:{sep},service-alias:x}}]}}]"
    );
    let (out, sent) = run(&sb, &vnet_create(&value, &["-o", "none"]));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["subnets"][0]["properties"],
        json!({"addressPrefix": "10.30.0.0/24",
            "networkSecurityGroup": {"id": recorded(&nsg), "location": "westus", "tags": {"k": "v"},
                "properties": {"flushConnection": true}},
            "routeTable": {"id": recorded(&rt), "location": "eastus",
                "properties": {"disableBgpRoutePropagation": true, "disablePeeringRoute": "None"}},
            "serviceEndpointPolicies": [{"id": recorded(&sep), "location": "eastus",
                "properties": {"serviceAlias": "x"}}]})
    );
    // a reference is stored as its id alone
    let (_, a) = get(&sb, "virtualNetworks/vn1/subnets/a");
    assert_eq!(a["properties"]["networkSecurityGroup"], json!({"id": nsg}));
    assert_eq!(a["properties"]["routeTable"], json!({"id": rt}));
    // what azr cannot send yet is refused by name, nothing sent
    let (out, sent) = run(&sb, &vnet_create("[{name:a,nsg:{security-rules:[]}}]", &[]));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: azr does not support 'security-rules' in --subnets yet; nothing was sent\n"
    );
    assert!(sent.is_empty());
}
