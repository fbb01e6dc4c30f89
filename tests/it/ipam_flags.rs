//! IPAM pool allocations (issue 14): `network vnet create --ipam-allocations`, `network vnet
//! subnet create|update --ipam-allocations` and the `ipam-pool-prefix-allocations` field of
//! `vnet create --sgp`, end to end against the built-in emulator: az's bodies (the
//! allocations, `addressPrefixes: []`), the blocks the pools hand out (sized, aligned, apart,
//! kept across an update), and the refusals: az's for a malformed value with nothing sent, the
//! emulator's for a missing or exhausted pool.

use azr::arm::Method;
use azr::emulator::SUBSCRIPTION_ID as S;
use serde_json::{Value, json};

use crate::common::{Sandbox, argv, emulator};

fn net(kind_and_name: &str) -> String {
    format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/{kind_and_name}")
}

fn pool(name: &str) -> String {
    net(&format!("networkManagers/nm1/ipamPools/{name}"))
}

fn put(sb: &Sandbox, id: &str, body: Value) -> (u16, Value) {
    emulator(
        sb,
        Method::PUT,
        &format!("{id}?api-version=2024-05-01"),
        Some(body),
    )
}

/// A group `rg` with a network manager and two pools: `pool1` (10.30.0.0/22) and `pool2`
/// (10.40.0.0/28, 16 addresses).
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (status, r) = put(
        &sb,
        &net("networkManagers/nm1"),
        json!({"location": "eastus"}),
    );
    assert_eq!(status, 201, "{r}");
    for (name, prefix) in [("pool1", "10.30.0.0/22"), ("pool2", "10.40.0.0/28")] {
        let body = json!({"location": "eastus", "properties": {"addressPrefixes": [prefix]}});
        let (status, r) = put(&sb, &pool(name), body);
        assert_eq!(status, 201, "{r}");
    }
    sb
}

/// A command line's words (`argv` takes only literals).
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

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

fn fails(sb: &Sandbox, line: &str) -> String {
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(words(line))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{line}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn vnet_and_subnets_take_their_blocks_from_the_pool() {
    let sb = sandbox();
    let p1 = pool("pool1");
    let (out, sent) = sb.local_recorded(&words(&format!(
        "network vnet create -g rg -n vn1 --ipam-allocations [0].number-of-ip-addresses=256 [0].id={p1}"
    )));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["addressSpace"],
        json!({"addressPrefixes": [], "ipamPoolPrefixAllocations": [
            {"numberOfIpAddresses": "256", "pool": {"id": recorded(&p1)}}]})
    );
    let space = &stdout_json(&out)["newVNet"]["addressSpace"];
    assert_eq!(space["addressPrefixes"], json!(["10.30.0.0/24"]));
    assert_eq!(
        space["ipamPoolPrefixAllocations"][0]["allocatedAddressPrefixes"],
        json!(["10.30.0.0/24"])
    );
    // a second VNet gets the next free block of its size (500 addresses: a /23)
    let out = sb.local_ok(&words(&format!(
        "network vnet create -g rg -n vn2 --ipam-pool-prefix-allocations [{{id:{p1},number-of-ip-addresses:500}}] \
         --query newVNet.addressSpace.addressPrefixes"
    )));
    assert_eq!(stdout_json(&out), json!(["10.30.2.0/23"]));

    // subnets: inside the VNet's block, apart from each other
    let (out, sent) = sb.local_recorded(&words(&format!(
        "network vnet subnet create -g rg --vnet-name vn1 -n s1 --ipam-allocations [{{id:{p1},number-of-ip-addresses:64}}]"
    )));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let props = &the_put(&sent)["properties"];
    assert_eq!(props["addressPrefixes"], json!([]));
    assert_eq!(
        props["ipamPoolPrefixAllocations"],
        json!([{"numberOfIpAddresses": "64", "pool": {"id": recorded(&p1)}}])
    );
    assert_eq!(
        stdout_json(&out)["addressPrefixes"],
        json!(["10.30.0.0/26"])
    );
    let out = sb.local_ok(&words(&format!(
        "network vnet subnet create -g rg --vnet-name vn1 -n s2 --ipam-allocations [0].id={p1} [0].number-of-ip-addresses=100 \
         --query addressPrefixes"
    )));
    assert_eq!(stdout_json(&out), json!(["10.30.0.128/25"]));

    // an update that changes something else keeps the block; a new size takes a new one
    let out = sb.local_ok(&argv(
        "network vnet subnet update -g rg --vnet-name vn1 -n s1 --default-outbound false --query addressPrefixes",
    ));
    assert_eq!(stdout_json(&out), json!(["10.30.0.0/26"]));
    let (out, sent) = sb.local_recorded(&words(&format!(
        "network vnet subnet update -g rg --vnet-name vn1 -n s1 --ipam-allocations [0].id={p1} [0].number-of-ip-addresses=32 \
         --query addressPrefixes"
    )));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let props = &the_put(&sent)["properties"];
    assert_eq!(props["addressPrefixes"], json!([]));
    assert_eq!(
        props["ipamPoolPrefixAllocations"],
        json!([{"numberOfIpAddresses": "32", "pool": {"id": recorded(&p1)}}])
    );
    assert_eq!(stdout_json(&out), json!(["10.30.0.0/27"]));

    // the pool cannot go while VNets hold blocks of it
    let url = format!("{p1}?api-version=2024-05-01");
    let (status, err) = emulator(&sb, Method::DELETE, &url, None);
    assert_eq!(status, 400, "{err}");
    assert_eq!(err["error"]["code"], "CannotDeleteResource");
}

#[test]
fn a_full_or_missing_pool_is_refused_and_leaves_nothing() {
    let sb = sandbox();
    let p2 = pool("pool2");
    let stderr = fails(
        &sb,
        &format!(
            "network vnet create -g rg -n vn3 --ipam-allocations [{{id:{p2},number-of-ip-addresses:32}}]"
        ),
    );
    assert!(
        stderr.contains("(IpamPoolInsufficientAddressSpace)"),
        "{stderr}"
    );
    let nosuch = pool("nosuch");
    let stderr = fails(
        &sb,
        &format!(
            "network vnet create -g rg -n vn3 --ipam-allocations [0].id={nosuch} [0].number-of-ip-addresses=8"
        ),
    );
    assert!(stderr.contains("(InvalidResourceReference)"), "{stderr}");
    assert!(stderr.contains("ipamPools/nosuch"), "{stderr}");
    let url = format!("{}?api-version=2024-07-01", net("virtualNetworks/vn3"));
    assert_eq!(emulator(&sb, Method::GET, &url, None).0, 404);
    // the whole pool fits once; then it is full
    sb.local_ok(&words(&format!(
        "network vnet create -g rg -n vn4 --ipam-allocations [{{id:{p2},number-of-ip-addresses:16}}] -o none"
    )));
    let stderr = fails(
        &sb,
        &format!(
            "network vnet create -g rg -n vn5 --ipam-allocations [{{id:{p2},number-of-ip-addresses:1}}]"
        ),
    );
    assert!(
        stderr.contains("(IpamPoolInsufficientAddressSpace)"),
        "{stderr}"
    );
}

#[test]
fn sgp_carries_pool_allocations() {
    let sb = sandbox();
    let p2 = pool("pool2");
    let (out, sent) = sb.local_recorded(&words(&format!(
        "network vnet create -g rg -n vn1 --address-prefixes 10.50.0.0/16 \
         --sgp {{ipam-pool-prefix-allocations:[{{id:{p2},number-of-ip-addresses:16}}]}}"
    )));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        the_put(&sent)["properties"]["summarizedGatewayPrefixes"],
        json!({"ipamPoolPrefixAllocations": [{"numberOfIpAddresses": "16", "pool": {"id": recorded(&p2)}}]})
    );
}

#[test]
fn malformed_values_are_refused_before_anything_is_sent() {
    let sb = sandbox();
    let cases = [
        (
            "network vnet create -g rg -n vn1 --ipam-allocations [{bogus:1}]",
            "ERROR: Failed to parse '--ipam-allocations' argument: Model 'AAZObjectArg' has no field named 'bogus'\n",
        ),
        (
            "network vnet subnet create -g rg --vnet-name vn1 -n s1 --ipam-pool-prefix-allocations {id:x}",
            "ERROR: Failed to parse '--ipam-pool-prefix-allocations' argument: list type value expected, got 'OrderedDict([('id', 'x')])'(<class 'collections.OrderedDict'>)\n",
        ),
        (
            "network vnet create -g rg -n vn1 --ipam-allocations [0].bogus=1",
            "ERROR: Failed to parse '--ipam-allocations' argument: Model 'AAZObjectArg' has no field named 'bogus'\n",
        ),
        (
            "network vnet create -g rg -n vn1 --sgp {ipam-pool-prefix-allocations:[x]}",
            "ERROR: Failed to parse '--sgp' argument: Invalid 'ipam-pool-prefix-allocations' : Invalid at [0] : dict type value expected, got 'x'(<class 'str'>)\n",
        ),
    ];
    for (line, expected) in cases {
        let (out, sent) = sb.local_recorded(&words(line));
        assert_eq!(out.status.code(), Some(1), "{line}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{line}");
        assert!(out.stdout.is_empty(), "{line}");
        assert!(sent.is_empty(), "{line}: nothing may go out");
    }
}

#[test]
fn a_subnets_own_prefix_must_lie_in_the_pool() {
    let sb = sandbox();
    let p1 = pool("pool1");
    sb.local_ok(&words(&format!(
        "network vnet create -g rg -n vn1 --ipam-allocations [0].id={p1} [0].number-of-ip-addresses=256 -o none"
    )));
    // az sends the one prefix as `addressPrefix` beside `addressPrefixes: []`
    let (out, sent) = sb.local_recorded(&words(&format!(
        "network vnet subnet create -g rg --vnet-name vn1 -n s1 --address-prefixes 10.30.0.64/26 --ipam-allocations [0].id={p1}"
    )));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let props = &the_put(&sent)["properties"];
    assert_eq!(props["addressPrefix"], json!("10.30.0.64/26"));
    assert_eq!(props["addressPrefixes"], json!([]));
    assert_eq!(
        stdout_json(&out)["ipamPoolPrefixAllocations"][0]["allocatedAddressPrefixes"],
        json!(["10.30.0.64/26"])
    );
    sb.local_ok(&argv(
        "network vnet create -g rg -n vn2 --address-prefixes 10.50.0.0/16 -o none",
    ));
    let stderr = fails(
        &sb,
        &format!(
            "network vnet subnet create -g rg --vnet-name vn2 -n s1 --address-prefixes 10.50.1.0/24 --ipam-allocations [0].id={p1}"
        ),
    );
    assert!(stderr.contains("(IpamPoolPrefixOutsidePool)"), "{stderr}");
    let url = format!(
        "{}?api-version=2024-07-01",
        net("virtualNetworks/vn2/subnets/s1")
    );
    assert_eq!(emulator(&sb, Method::GET, &url, None).0, 404);
    // a pool a subnet alone draws from cannot go while the subnet holds its block
    let p3 = pool("pool3");
    let body = json!({"location": "eastus", "properties": {"addressPrefixes": ["10.50.0.0/24"]}});
    assert_eq!(put(&sb, &p3, body).0, 201);
    sb.local_ok(&words(&format!(
        "network vnet subnet create -g rg --vnet-name vn2 -n s2 --address-prefixes 10.50.0.0/26 --ipam-allocations [0].id={p3} -o none"
    )));
    let pool_url = format!("{p3}?api-version=2024-05-01");
    let (status, err) = emulator(&sb, Method::DELETE, &pool_url, None);
    assert_eq!(status, 400, "{err}");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("vn2/subnets/s2"),
        "{err}"
    );
    sb.local_ok(&argv(
        "network vnet subnet delete -g rg --vnet-name vn2 -n s2",
    ));
    assert_eq!(emulator(&sb, Method::DELETE, &pool_url, None).0, 200);
}
