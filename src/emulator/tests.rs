//! The emulator's model, driven through `Emulator::handle` with the requests az 2.91 sends
//! (`fixtures/az`, the real az recorded against the emulator) and checked by what a client sees and the state left behind.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use super::{EmuClock, Emulator, EmulatorOptions, SUBSCRIPTION_ID, check};
use crate::arm::{ArmRequest, ArmResponse, Method};

const S: &str = SUBSCRIPTION_ID;

/// The project's own test data (`fixtures/` in the repository).
fn fixture(rel: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()));
    serde_json::from_str(&text).expect("fixture JSON")
}

/// The body of the `index`-th request of an az capture.
fn captured_body(file: &str, index: usize) -> Value {
    fixture(&format!("az/{file}"))["requests"][index]["body"].clone()
}

struct Env {
    emu: Emulator,
    clock: EmuClock,
    dir: tempfile::TempDir,
}

fn options(clock: &EmuClock, op_ms: u64) -> EmulatorOptions {
    EmulatorOptions {
        operation_duration: Duration::from_millis(op_ms),
        feature_delay: Duration::from_secs(10),
        clock: clock.clone(),
        ..EmulatorOptions::default()
    }
}

fn env(op_ms: u64) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let clock = EmuClock::manual(1_800_000_000_000);
    let emu = Emulator::open(&dir.path().join("state.db"), options(&clock, op_ms)).unwrap();
    Env { emu, clock, dir }
}

struct Resp {
    status: u16,
    body: Value,
    raw: ArmResponse,
}

impl Resp {
    fn header(&self, h: &str) -> Option<&str> {
        self.raw.header(h)
    }
    fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }
}

fn send(emu: &Emulator, method: Method, url: &str, body: Option<&Value>) -> Resp {
    let mut req = ArmRequest::new(method, url);
    if let Some(b) = body {
        req = req.with_json(b);
    }
    let raw = emu.handle(&req);
    Resp {
        status: raw.status,
        body: raw.json_body().unwrap_or(Value::Null),
        raw,
    }
}

impl Env {
    fn get(&self, url: &str) -> Resp {
        send(&self.emu, Method::GET, url, None)
    }
    fn put(&self, url: &str, body: &Value) -> Resp {
        send(&self.emu, Method::PUT, url, Some(body))
    }
    fn post(&self, url: &str) -> Resp {
        send(&self.emu, Method::POST, url, None)
    }
    fn delete(&self, url: &str) -> Resp {
        send(&self.emu, Method::DELETE, url, None)
    }
    fn advance(&self, ms: u64) {
        self.clock.advance(Duration::from_millis(ms));
    }
    /// Polls an `Azure-AsyncOperation` URL to its end, moving the clock along.
    fn finish(&self, r: &Resp) -> Value {
        let url = r
            .header("Azure-AsyncOperation")
            .expect("Azure-AsyncOperation")
            .to_string();
        for _ in 0..100 {
            let s = self.get(&url);
            assert_eq!(s.status, 200, "{}", s.body);
            let status = s.body["status"].as_str().unwrap_or("").to_string();
            if status != "InProgress" {
                return s.body;
            }
            self.advance(1000);
        }
        panic!("operation never ended");
    }
    fn check(&self) -> super::CheckReport {
        check(&self.dir.path().join("state.db")).unwrap()
    }
}

fn rg_url(rg: &str) -> String {
    format!("/subscriptions/{S}/resourcegroups/{rg}?api-version=2024-11-01")
}
fn cluster_url(rg: &str, c: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{c}?api-version=2026-06-01"
    )
}
fn pool_url(rg: &str, c: &str, p: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{c}/agentPools/{p}?api-version=2026-06-01"
    )
}
fn prefix_id(rg: &str, p: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.Network/publicIPPrefixes/{p}"
    )
}
fn asg_id(rg: &str, a: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.Network/applicationSecurityGroups/{a}"
    )
}

fn make_group(e: &Env, rg: &str) {
    let r = e.put(&rg_url(rg), &captured_body("group-create.json", 0));
    assert!(r.status == 201 || r.status == 200, "{}", r.body);
}

fn make_prefix(e: &Env, rg: &str, name: &str, len: i64) -> Value {
    let mut body = captured_body("network-public-ip-prefix-create.json", 0);
    body["properties"]["prefixLength"] = json!(len);
    let r = e.put(
        &format!("{}?api-version=2025-09-01", prefix_id(rg, name)),
        &body,
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    e.get(&format!("{}?api-version=2025-09-01", prefix_id(rg, name)))
        .body
}

fn make_asg(e: &Env, rg: &str, name: &str) {
    let r = e.put(
        &format!("{}?api-version=2021-08-01", asg_id(rg, name)),
        &json!({"location": "eastus"}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
}

/// az 2.91's `aks create` body, with node public IPs from `prefix`.
fn cluster_body(prefix: Option<&str>, count: i64) -> Value {
    let mut body = captured_body("aks-create-no-wait.json", 2);
    let pool = &mut body["properties"]["agentPoolProfiles"][0];
    pool["count"] = json!(count);
    if let Some(p) = prefix {
        pool["nodePublicIPPrefixID"] = json!(p);
        pool["networkProfile"] = json!({
            "nodePublicIPTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}]
        });
    }
    body
}

fn public_ips(e: &Env, rg: &str, vmss: &str) -> Vec<Value> {
    let mut url = format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmss}/publicipaddresses?api-version=2018-10-01"
    );
    let mut all = Vec::new();
    loop {
        let r = e.get(&url);
        assert_eq!(r.status, 200, "{}", r.body);
        all.extend(r.body["value"].as_array().unwrap().iter().cloned());
        match r.body["nextLink"].as_str() {
            Some(n) => url = n.to_string(),
            None => return all,
        }
    }
}

fn ip_in(ip: &str, cidr: &str) -> bool {
    let (base, len) = cidr.split_once('/').unwrap();
    let base: u32 = base.parse::<std::net::Ipv4Addr>().unwrap().into();
    let ip: u32 = ip.parse::<std::net::Ipv4Addr>().unwrap().into();
    let len: u32 = len.parse().unwrap();
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    ip & mask == base & mask
}

#[test]
fn the_doc_page_workflow() {
    let e = env(50);
    make_group(&e, "rg");
    let prefix = make_prefix(&e, "rg", "p", 28);
    let cidr = prefix["properties"]["ipPrefix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(cidr.ends_with("/28"), "{cidr}");
    make_asg(&e, "rg", "asg1");
    make_asg(&e, "rg", "asg2");

    // aks create with node public IPs from the prefix, IP tags, host ports and ASGs.
    let mut body = cluster_body(Some(&prefix_id("rg", "p")), 3);
    body["properties"]["agentPoolProfiles"][0]["networkProfile"]["allowedHostPorts"] = json!([
        {"portStart": 80, "portEnd": 80, "protocol": "TCP"},
        {"portStart": 53, "portEnd": 53, "protocol": "UDP"},
        {"portStart": 40000, "portEnd": 60000, "protocol": "TCP"}
    ]);
    body["properties"]["agentPoolProfiles"][0]["networkProfile"]["applicationSecurityGroups"] =
        json!([asg_id("rg", "asg1"), asg_id("rg", "asg2")]);
    assert_eq!(e.get(&cluster_url("rg", "c")).status, 404);
    let r = e.put(&cluster_url("rg", "c"), &body);
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["properties"]["provisioningState"], "Creating");
    let async_url = r.header("Azure-AsyncOperation").unwrap();
    assert!(async_url.contains(&format!(
        "/subscriptions/{S}/providers/Microsoft.ContainerService/locations/eastus/operations/"
    )));
    assert!(async_url.ends_with("?api-version=2017-08-31"));
    assert_eq!(r.header("retry-after-ms"), Some("20"));
    assert_eq!(r.header("Retry-After"), None);
    assert_eq!(e.finish(&r)["status"], "Succeeded");

    let c = e.get(&cluster_url("rg", "c")).body;
    let props = &c["properties"];
    assert_eq!(props["provisioningState"], "Succeeded");
    assert_eq!(props["nodeResourceGroup"], "MC_rg_c_eastus");
    assert_eq!(props["kubernetesVersion"], "1.33.5");
    assert!(props["fqdn"].as_str().unwrap().starts_with("c-rg-000000-"));
    assert!(
        props["fqdn"]
            .as_str()
            .unwrap()
            .ends_with(".hcp.eastus.azmk8s.io")
    );
    let np1 = &props["agentPoolProfiles"][0];
    assert_eq!(np1["vmSize"], "Standard_DS2_v2");
    assert_eq!(np1["orchestratorVersion"], "1.33.5");
    assert_eq!(np1["maxPods"], 110);
    assert_eq!(np1["provisioningState"], "Succeeded");

    // The node resource group: one Uniform VMSS per pool, an IP per node from the prefix.
    let list = e.get(&format!("/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=2026-04-01"));
    let vmss = list.body["value"].as_array().unwrap();
    assert_eq!(vmss.len(), 1);
    let vmss_name = vmss[0]["name"].as_str().unwrap().to_string();
    assert!(vmss_name.starts_with("aks-nodepool1-") && vmss_name.ends_with("-vmss"));
    assert_eq!(vmss_name.len(), "aks-nodepool1-12345678-vmss".len());
    assert_eq!(vmss[0]["properties"]["orchestrationMode"], "Uniform");
    assert_eq!(vmss[0]["sku"]["capacity"], 3);
    let ips = public_ips(&e, "MC_rg_c_eastus", &vmss_name);
    assert_eq!(ips.len(), 3);
    for ip in &ips {
        let addr = ip["properties"]["ipAddress"].as_str().unwrap();
        assert!(ip_in(addr, &cidr), "{addr} in {cidr}");
        assert_eq!(
            ip["properties"]["ipTags"],
            json!([{"ipTagType": "RoutingPreference", "tag": "Internet"}])
        );
        assert_eq!(
            ip["properties"]["publicIPPrefix"]["id"],
            prefix_id("rg", "p")
        );
        assert!(
            ip["id"]
                .as_str()
                .unwrap()
                .ends_with("/ipConfigurations/ipconfig1/publicIPAddresses/pub1")
        );
    }
    let prefix = e
        .get(&format!("{}?api-version=2025-09-01", prefix_id("rg", "p")))
        .body;
    assert_eq!(
        prefix["properties"]["publicIPAddresses"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // NSG rules from the allowed host ports, and the six default rules.
    let nsgs = e.get(&format!("/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/networkSecurityGroups?api-version=2022-01-01"));
    let nsg = &nsgs.body["value"][0];
    let nsg_name = nsg["name"].as_str().unwrap();
    let rules = e.get(&format!("/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/networkSecurityGroups/{nsg_name}/securityRules?api-version=2022-01-01"));
    let rules = rules.body["value"].as_array().unwrap().clone();
    assert_eq!(rules.len(), 3);
    assert!(
        rules
            .iter()
            .any(|r| r["properties"]["destinationPortRange"] == "40000-60000"
                && r["properties"]["protocol"] == "Tcp"
                && r["properties"]["access"] == "Allow")
    );
    assert!(
        rules
            .iter()
            .any(|r| r["properties"]["destinationPortRange"] == "53"
                && r["properties"]["protocol"] == "Udp")
    );
    assert_eq!(
        nsg["properties"]["defaultSecurityRules"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    // The VMSS joined the given ASGs and the pool's managed one.
    let asgs = vmss[0].pointer("/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations/0/properties/ipConfigurations/0/properties/applicationSecurityGroups").unwrap();
    assert_eq!(asgs.as_array().unwrap().len(), 3);

    // nodepool add with allowed host ports (az's body), then update.
    let add = captured_body("aks-nodepool-add-allowed-host-ports-valid.json", 1);
    let r = e.put(&pool_url("rg", "c", "np2"), &add);
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["properties"]["provisioningState"], "Creating");
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let mut np2 = e.get(&pool_url("rg", "c", "np2")).body;
    assert_eq!(np2["properties"]["count"], 3);
    assert_eq!(np2["properties"]["mode"], "User");
    np2["properties"]["networkProfile"]["allowedHostPorts"] =
        json!([{"portStart": 443, "portEnd": 443, "protocol": "TCP"}]);
    np2["properties"]["networkProfile"]["applicationSecurityGroups"] =
        json!([asg_id("rg", "asg1")]);
    let r = e.put(&pool_url("rg", "c", "np2"), &np2);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["properties"]["provisioningState"], "Updating");
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let rules = e.get(&format!("/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Network/networkSecurityGroups/{nsg_name}/securityRules?api-version=2022-01-01"));
    let ports: Vec<&str> = rules.body["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["properties"]["destinationPortRange"].as_str().unwrap())
        .collect();
    assert_eq!(ports, ["80", "53", "40000-60000", "443"]);
    let pools = e.get(&format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools?api-version=2026-06-01"));
    assert_eq!(pools.body["value"].as_array().unwrap().len(), 2);

    // Features and providers.
    let r = e.post(&format!("/subscriptions/{S}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features/PodHostPortAutoAssignPreview/register?api-version=2021-07-01"));
    assert_eq!(r.status, 200);
    assert_eq!(r.body["properties"]["state"], "Registering");
    assert_eq!(
        r.body["name"],
        "Microsoft.ContainerService/PodHostPortAutoAssignPreview"
    );
    let show = format!(
        "/subscriptions/{S}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features/PodHostPortAutoAssignPreview?api-version=2021-07-01"
    );
    assert_eq!(e.get(&show).body["properties"]["state"], "Registering");
    e.advance(10_000);
    assert_eq!(e.get(&show).body["properties"]["state"], "Registered");
    let r = e.post(&format!(
        "/subscriptions/{S}/providers/Microsoft.ContainerService/register?api-version=2024-11-01"
    ));
    assert_eq!(r.status, 200);
    assert_eq!(r.body["registrationState"], "Registered");

    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.addresses, 3);
    assert_eq!(report.pools, 2);
}

#[test]
fn arm_errors_for_bad_requests() {
    let e = env(0);
    let r = e.get(&format!("/subscriptions/{S}/resourcegroups/rg"));
    assert_eq!((r.status, r.code()), (400, "MissingApiVersionParameter"));
    assert_eq!(
        r.body["error"]["message"],
        "The api-version query parameter (?api-version=) is required for all requests."
    );
    let r = e.get(&format!(
        "/subscriptions/{S}/resourcegroups/rg?api-version=latest"
    ));
    assert_eq!((r.status, r.code()), (400, "InvalidApiVersionParameter"));
    let r = e.get(&rg_url("nosuchrg"));
    assert_eq!((r.status, r.code()), (404, "ResourceGroupNotFound"));
    assert_eq!(
        r.body["error"]["message"],
        "Resource group 'nosuchrg' could not be found."
    );

    let mut req = ArmRequest::new(Method::PUT, rg_url("rg"));
    req.body = Some(b"{not json".to_vec());
    let resp = e.emu.handle(&req);
    assert_eq!(resp.status, 400);
    assert_eq!(
        resp.json_body().unwrap()["error"]["code"],
        "InvalidRequestContent"
    );

    let r = e.put(&rg_url("rg"), &json!({}));
    assert_eq!((r.status, r.code()), (400, "LocationRequired"));
    make_group(&e, "rg");
    // Second PUT: 200; any casing, a leading `//`, any well-formed api-version.
    assert_eq!(
        e.put(&rg_url("rg"), &json!({"location": "eastus"})).status,
        200
    );
    let r = e.get(&format!(
        "//SUBSCRIPTIONS/{S}/ResourceGroups/RG?api-version=1999-01-01-preview"
    ));
    assert_eq!(r.status, 200);
    assert_eq!(r.body["name"], "rg");
    assert_eq!(send(&e.emu, Method::HEAD, &rg_url("rg"), None).status, 204);
    assert_eq!(
        send(&e.emu, Method::HEAD, &rg_url("nope"), None).status,
        404
    );

    // Anything inside a missing group.
    let r = e.put(&cluster_url("nosuchrg", "c"), &cluster_body(None, 1));
    assert_eq!((r.status, r.code()), (404, "ResourceGroupNotFound"));
    let r = e.get(&cluster_url("rg", "c"));
    assert_eq!((r.status, r.code()), (404, "ResourceNotFound"));
    assert_eq!(
        r.body["error"]["message"],
        "The Resource 'Microsoft.ContainerService/managedClusters/c' under resource group 'rg' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
    );
    let r = e.get(&format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Foo/bars/x?api-version=2020-01-01"
    ));
    assert_eq!((r.status, r.code()), (404, "InvalidResourceType"));
    let r = e.get("/nothing/here?api-version=2020-01-01");
    assert_eq!(r.status, 404);
    assert!(r.body["error"]["message"].is_string());

    // Names.
    let mut bad = cluster_body(None, 1);
    bad["properties"]["agentPoolProfiles"][0]["name"] = json!("Pool_1");
    let r = e.put(&cluster_url("rg", "c"), &bad);
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
    assert_eq!(r.body["error"]["target"], "agentPoolProfile.name");
    let r = e.put(&cluster_url("rg", "-bad"), &cluster_body(None, 1));
    assert_eq!((r.status, r.code()), (400, "InvalidResourceName"));
    let mut ports = cluster_body(None, 1);
    ports["properties"]["agentPoolProfiles"][0]["networkProfile"] =
        json!({"allowedHostPorts": [{"portStart": 90, "portEnd": 80, "protocol": "TCP"}]});
    let r = e.put(&cluster_url("rg", "c"), &ports);
    assert_eq!((r.status, r.code()), (400, "InvalidParameter"));
    let mut asg = cluster_body(None, 1);
    asg["properties"]["agentPoolProfiles"][0]["networkProfile"] =
        json!({"applicationSecurityGroups": [asg_id("rg", "nope")]});
    let r = e.put(&cluster_url("rg", "c"), &asg);
    assert_eq!((r.status, r.code()), (400, "InvalidResourceReference"));
    let r = e.put(
        &format!("{}?api-version=2025-09-01", prefix_id("rg", "p")),
        &json!({"location": "eastus", "properties": {"prefixLength": 24}}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidPublicIpPrefixLength"));
    assert!(
        r.body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("between 28 and 31")
    );
    // Nothing of the refused requests was stored.
    assert_eq!(e.get(&cluster_url("rg", "c")).status, 404);
    assert!(e.check().is_ok());
}

#[test]
fn operation_in_progress_refuses_put_and_delete() {
    let e = env(60_000);
    make_group(&e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 2));
    assert_eq!(r.status, 201);
    let want = "Operation is not allowed: Another agentpool operation (nodepool1 - Creating) is in progress, please wait for it to finish before starting a new operation. See https://aka.ms/aks-pending-operation for more details";
    for r in [
        e.put(
            &pool_url("rg", "c", "np2"),
            &json!({"properties": {"count": 1}}),
        ),
        e.put(&cluster_url("rg", "c"), &cluster_body(None, 2)),
        e.delete(&cluster_url("rg", "c")),
    ] {
        assert_eq!((r.status, r.code()), (409, "OperationNotAllowed"));
        assert_eq!(r.body["error"]["message"], want);
    }
    assert_eq!(e.get(&pool_url("rg", "c", "np2")).status, 404);
    e.advance(60_000);
    let r = e.put(
        &pool_url("rg", "c", "np2"),
        &json!({"properties": {"count": 1}}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let r = e.delete(&cluster_url("rg", "c"));
    assert_eq!((r.status, r.code()), (409, "OperationNotAllowed"));
    assert!(
        r.body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("(np2 - Creating)")
    );
}

#[test]
fn prefix_exhaustion_fails_the_operation_and_leaves_nothing_half_made() {
    let e = env(10);
    make_group(&e, "rg");
    let prefix = make_prefix(&e, "rg", "small", 30); // 4 addresses
    let cidr = prefix["properties"]["ipPrefix"]
        .as_str()
        .unwrap()
        .to_string();
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "small")), 3),
    );
    assert_eq!(r.status, 201);
    assert_eq!(e.finish(&r)["status"], "Succeeded");

    // A pool of 2 more from the same prefix: 201 Creating, then Failed.
    let add = json!({"properties": {"count": 2, "mode": "User", "enableNodePublicIP": true,
        "nodePublicIPPrefixID": prefix_id("rg", "small")}});
    let r = e.put(&pool_url("rg", "c", "np2"), &add);
    assert_eq!(r.status, 201, "{}", r.body);
    let end = e.finish(&r);
    assert_eq!(end["status"], "Failed");
    assert_eq!(
        end["error"]["code"],
        "PublicIpPrefixOutOfIpAddressesForVMScaleSet"
    );
    assert!(
        end["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!(
                "IpPrefix {} can provide 4 public ips at maximum, 3 of them are in use already.",
                prefix_id("rg", "small")
            ))
    );
    // The pool stays, Failed and without nodes, as AKS keeps it, until it is deleted.
    let np2 = e.get(&pool_url("rg", "c", "np2"));
    assert_eq!(np2.status, 200, "{}", np2.body);
    assert_eq!(np2.body["properties"]["provisioningState"], "Failed");
    assert_eq!(np2.body["properties"]["count"], 2);
    let c = e.get(&cluster_url("rg", "c")).body;
    assert_eq!(c["properties"]["provisioningState"], "Succeeded");
    let np2_vmss = format!(
        "aks-np2-{}-vmss",
        super::util::cluster_digits(&c["id"].as_str().unwrap().to_lowercase())
    );
    let vmss_url = format!(
        "/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/{np2_vmss}?api-version=2026-04-01"
    );
    assert_eq!(e.get(&vmss_url).status, 404);
    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!((report.pools, report.addresses), (2, 3));
    let r = e.delete(&pool_url("rg", "c", "np2"));
    assert_eq!(r.status, 202, "{}", r.body);
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert_eq!(e.get(&pool_url("rg", "c", "np2")).status, 404);

    // Scaling past the prefix fails too; the pool keeps its nodes and addresses.
    let mut np1 = e.get(&pool_url("rg", "c", "nodepool1")).body;
    np1["properties"]["count"] = json!(5);
    let r = e.put(&pool_url("rg", "c", "nodepool1"), &np1);
    assert_eq!(r.status, 200);
    assert_eq!(e.finish(&r)["status"], "Failed");
    let np1 = e.get(&pool_url("rg", "c", "nodepool1")).body;
    assert_eq!(np1["properties"]["count"], 3);
    assert_eq!(np1["properties"]["provisioningState"], "Failed");
    let c = e.get(&cluster_url("rg", "c")).body;
    let vmss = format!(
        "aks-nodepool1-{}-vmss",
        super::util::cluster_digits(&c["id"].as_str().unwrap().to_lowercase())
    );
    let ips = public_ips(&e, "MC_rg_c_eastus", &vmss);
    assert_eq!(ips.len(), 3);
    assert!(
        ips.iter()
            .all(|ip| ip_in(ip["properties"]["ipAddress"].as_str().unwrap(), &cidr))
    );
    // Scaling to the 4th address works.
    let mut np1 = np1;
    np1["properties"]["count"] = json!(4);
    let r = e.put(&pool_url("rg", "c", "nodepool1"), &np1);
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert_eq!(public_ips(&e, "MC_rg_c_eastus", &vmss).len(), 4);
    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.addresses, 4);
}

#[test]
fn node_public_ip_settings_are_create_only() {
    let e = env(0);
    make_group(&e, "rg");
    make_prefix(&e, "rg", "p", 28);
    make_prefix(&e, "rg", "q", 28);
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "p")), 1),
    );
    e.finish(&r);
    let np1 = e.get(&pool_url("rg", "c", "nodepool1")).body;
    let mut off = np1.clone();
    off["properties"]["enableNodePublicIP"] = json!(false);
    off["properties"]
        .as_object_mut()
        .unwrap()
        .remove("nodePublicIPPrefixID");
    let r = e.put(&pool_url("rg", "c", "nodepool1"), &off);
    assert_eq!((r.status, r.code()), (400, "PropertyChangeNotAllowed"));
    assert_eq!(
        r.body["error"]["message"],
        "Changing property 'agentPoolProfile.enableNodePublicIP' is not allowed"
    );
    let mut other = np1.clone();
    other["properties"]["nodePublicIPPrefixID"] = json!(prefix_id("rg", "q"));
    let r = e.put(&pool_url("rg", "c", "nodepool1"), &other);
    assert_eq!(
        r.body["error"]["message"],
        "Changing property 'agentPoolProfile.nodePublicIPPrefixID' is not allowed"
    );
    // Prefix blocks never overlap.
    let p = e
        .get(&format!("{}?api-version=2025-09-01", prefix_id("rg", "p")))
        .body;
    let q = e
        .get(&format!("{}?api-version=2025-09-01", prefix_id("rg", "q")))
        .body;
    assert_ne!(p["properties"]["ipPrefix"], q["properties"]["ipPrefix"]);
}

#[test]
fn deleting_frees_addresses() {
    let e = env(10);
    make_group(&e, "rg");
    make_prefix(&e, "rg", "p", 29);
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "p")), 8),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let prefix_url = format!("{}?api-version=2025-09-01", prefix_id("rg", "p"));
    let r = e.delete(&prefix_url);
    assert_eq!(
        (r.status, r.code()),
        (400, "InUsePublicIpPrefixCannotBeDeleted")
    );
    let r = e.delete(&cluster_url("rg", "c"));
    assert_eq!(r.status, 202);
    assert!(r.header("Location").unwrap().contains("/operationresults/"));
    assert_eq!(
        e.get(&cluster_url("rg", "c")).body["properties"]["provisioningState"],
        "Deleting"
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert_eq!(e.get(&cluster_url("rg", "c")).status, 404);
    assert_eq!(e.get(&rg_url("MC_rg_c_eastus")).status, 404);
    assert!(
        e.get(&prefix_url).body["properties"]
            .get("publicIPAddresses")
            .is_none()
    );
    // The freed addresses serve the next cluster.
    let r = e.put(
        &cluster_url("rg", "d"),
        &cluster_body(Some(&prefix_id("rg", "p")), 8),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    // Pool delete frees too.
    let r = e.put(
        &pool_url("rg", "d", "np2"),
        &json!({"properties": {"count": 2, "enableNodePublicIP": true}}),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert_eq!(e.check().addresses, 10);
    let r = e.delete(&pool_url("rg", "d", "np2"));
    assert_eq!(r.status, 202);
    e.finish(&r);
    assert_eq!(e.get(&pool_url("rg", "d", "np2")).status, 404);
    assert_eq!(e.check().addresses, 8);
    // Deleting the group deletes what is inside.
    let r = e.delete(&rg_url("rg"));
    assert_eq!(r.status, 202);
    assert!(r.header("Location").is_some());
    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!(
        (report.clusters, report.prefixes, report.addresses),
        (0, 0, 0)
    );
}

#[test]
fn features_and_providers() {
    let e = env(0);
    let base = format!(
        "/subscriptions/{S}/providers/Microsoft.Features/providers/Microsoft.ContainerService/features"
    );
    let r = e.get(&format!(
        "{base}/NodePublicIPTagsPreview?api-version=2021-07-01"
    ));
    assert_eq!(r.body["properties"]["state"], "NotRegistered");
    let r = e.post(&format!(
        "{base}/NodePublicIPTagsPreview/register?api-version=2021-07-01"
    ));
    assert_eq!(r.body["properties"]["state"], "Registering");
    e.advance(10_000);
    let list = e.get(&format!("{base}?api-version=2021-07-01"));
    let tags = list.body["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Microsoft.ContainerService/NodePublicIPTagsPreview")
        .unwrap()
        .clone();
    assert_eq!(tags["properties"]["state"], "Registered");
    let r = e.post(&format!(
        "{base}/NodePublicIPTagsPreview/unregister?api-version=2021-07-01"
    ));
    assert_eq!(r.body["properties"]["state"], "Unregistering");
    e.advance(10_000);
    let r = e.get(&format!(
        "{base}/NodePublicIPTagsPreview?api-version=2021-07-01"
    ));
    assert_eq!(r.body["properties"]["state"], "Unregistered");
    let r = e.get(&format!("{base}/NoSuchFeature?api-version=2021-07-01"));
    assert_eq!((r.status, r.code()), (404, "FeatureNotFound"));
    let r = e.get(&format!("/subscriptions/{S}/providers/Microsoft.Features/providers/Foo.Bar/features/x?api-version=2021-07-01"));
    assert_eq!((r.status, r.code()), (404, "InvalidResourceNamespace"));
    let all = e.get(&format!(
        "/subscriptions/{S}/providers/Microsoft.Features/features?api-version=2021-07-01"
    ));
    assert!(all.body["value"].as_array().unwrap().len() > 3);

    let p = format!("/subscriptions/{S}/providers/Microsoft.ContainerService");
    assert_eq!(
        e.get(&format!("{p}?api-version=2024-11-01")).body["registrationState"],
        "Registered"
    );
    assert_eq!(
        e.post(&format!("{p}/unregister?api-version=2024-11-01"))
            .status,
        200
    );
    assert_eq!(
        e.get(&format!("{p}?api-version=2024-11-01")).body["registrationState"],
        "Unregistered"
    );
    assert_eq!(
        e.post(&format!("{p}/register?api-version=2016-02-01")).body["registrationState"],
        "Registered"
    );
    let r = e.get(&format!(
        "/subscriptions/{S}/providers/Foo.Bar?api-version=2024-11-01"
    ));
    assert_eq!((r.status, r.code()), (404, "InvalidResourceNamespace"));
}

#[test]
fn public_ips_page_with_next_link() {
    let dir = tempfile::tempdir().unwrap();
    let clock = EmuClock::manual(0);
    let mut opts = options(&clock, 0);
    opts.page_size = 2;
    let emu = Emulator::open(&dir.path().join("state.db"), opts).unwrap();
    let e = Env { emu, clock, dir };
    make_group(&e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 5));
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let c = e.get(&cluster_url("rg", "c")).body;
    let vmss = format!(
        "aks-nodepool1-{}-vmss",
        super::util::cluster_digits(&c["id"].as_str().unwrap().to_lowercase())
    );
    let first = e.get(&format!("/subscriptions/{S}/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/{vmss}/publicipaddresses?api-version=2018-10-01"));
    assert_eq!(first.body["value"].as_array().unwrap().len(), 2);
    assert!(
        first.body["nextLink"]
            .as_str()
            .unwrap()
            .starts_with("https://management.azure.com/")
    );
    let all = public_ips(&e, "MC_rg_c_eastus", &vmss);
    let mut addrs: Vec<&str> = all
        .iter()
        .map(|i| i["properties"]["ipAddress"].as_str().unwrap())
        .collect();
    assert_eq!(addrs.len(), 5);
    addrs.dedup();
    assert_eq!(addrs.len(), 5);
}

#[test]
fn run_command_stores_a_result() {
    let e = env(0);
    make_group(&e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    e.finish(&r);
    let url = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/runCommand?api-version=2026-06-01"
    );
    let r = send(
        &e.emu,
        Method::POST,
        &url,
        Some(&json!({"command": "kubectl get nodes"})),
    );
    assert_eq!(r.status, 202);
    let loc = r.header("Location").unwrap().to_string();
    assert!(loc.contains("/managedClusters/c/commandResults/"));
    let res = e.get(&loc);
    assert_eq!(res.status, 200);
    assert_eq!(res.body["properties"]["provisioningState"], "Succeeded");
    assert!(res.body["properties"]["exitCode"].is_i64());
    assert!(res.body["properties"]["logs"].is_string());
    assert!(res.body["properties"]["startedAt"].is_string());
    let r = send(&e.emu, Method::POST, &url, Some(&json!({})));
    assert_eq!(r.status, 400);
}

#[test]
fn same_state_gives_same_answers() {
    let run = || {
        let e = env(0);
        make_group(&e, "rg");
        let p = make_prefix(&e, "rg", "p", 28);
        let r = e.put(
            &cluster_url("rg", "c"),
            &cluster_body(Some(&prefix_id("rg", "p")), 3),
        );
        e.finish(&r);
        let c = e.get(&cluster_url("rg", "c")).body;
        (
            p["properties"]["ipPrefix"].clone(),
            c["properties"]["fqdn"].clone(),
            e.check().addresses,
        )
    };
    assert_eq!(run(), run());
}

/// Six emulators (as six processes would) on one state file, each creating a cluster whose
/// nodes draw from one shared prefix: all succeed, no address twice.
#[test]
fn parallel_clusters_share_one_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let setup = Emulator::open(
        &path,
        EmulatorOptions {
            operation_duration: Duration::ZERO,
            ..Default::default()
        },
    )
    .unwrap();
    let e0 = Env {
        emu: setup,
        clock: EmuClock::System,
        dir,
    };
    make_group(&e0, "rg");
    make_prefix(&e0, "rg", "shared", 28);
    let handles: Vec<_> = (0..6)
        .map(|i| {
            let path = path.clone();
            std::thread::spawn(move || {
                let emu = Emulator::open(
                    &path,
                    EmulatorOptions {
                        operation_duration: Duration::ZERO,
                        ..Default::default()
                    },
                )
                .unwrap();
                let r = send(
                    &emu,
                    Method::PUT,
                    &cluster_url("rg", &format!("c{i}")),
                    Some(&cluster_body(Some(&prefix_id("rg", "shared")), 2)),
                );
                assert_eq!(r.status, 201, "{}", r.body);
                let url = r.header("Azure-AsyncOperation").unwrap().to_string();
                loop {
                    let s = send(&emu, Method::GET, &url, None);
                    match s.body["status"].as_str() {
                        Some("InProgress") => std::thread::sleep(Duration::from_millis(5)),
                        other => return other.map(str::to_string),
                    }
                }
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().as_deref(), Some("Succeeded"));
    }
    let report = e0.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!((report.clusters, report.addresses), (6, 12));
    let p = e0
        .get(&format!(
            "{}?api-version=2025-09-01",
            prefix_id("rg", "shared")
        ))
        .body;
    assert_eq!(
        p["properties"]["publicIPAddresses"]
            .as_array()
            .unwrap()
            .len(),
        12
    );
}

/// Parallel pool adds on one cluster while operations take time: each pool is complete or
/// refused with 409, never half-made.
#[test]
fn parallel_pool_adds_complete_or_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let clock = EmuClock::manual(1_000);
    let e0 = Env {
        emu: Emulator::open(&path, options(&clock, 5_000)).unwrap(),
        clock: clock.clone(),
        dir,
    };
    make_group(&e0, "rg");
    let r = e0.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    e0.finish(&r);
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let (path, clock) = (path.clone(), clock.clone());
            std::thread::spawn(move || {
                let emu = Emulator::open(&path, options(&clock, 5_000)).unwrap();
                let body = json!({"properties": {"count": 2, "enableNodePublicIP": true}});
                let r = send(
                    &emu,
                    Method::PUT,
                    &pool_url("rg", "c", &format!("np{i}")),
                    Some(&body),
                );
                (i, r.status, r.body)
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let created: Vec<_> = results.iter().filter(|r| r.1 == 201).collect();
    assert_eq!(created.len(), 1, "{results:?}");
    for (_, status, body) in results.iter().filter(|r| r.1 != 201) {
        assert_eq!(*status, 409);
        assert_eq!(body["error"]["code"], "OperationNotAllowed");
    }
    e0.advance(5_000);
    let pools = e0.get(&format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools?api-version=2026-06-01"));
    let pools = pools.body["value"].as_array().unwrap().clone();
    assert_eq!(pools.len(), 2);
    assert!(
        pools
            .iter()
            .all(|p| p["properties"]["provisioningState"] == "Succeeded")
    );
    let report = e0.check();
    assert!(report.is_ok(), "{report}");
    // nodepool1 (az's body enables node public IPs) and the one pool that was added.
    assert_eq!(report.addresses, 3);
}

/// Not a timing assertion: prints how long a 1000-node pool with node public IPs takes to
/// create and to list. `cargo test --lib emulator::tests::measure -- --ignored --nocapture`
#[test]
#[ignore]
fn measure_thousand_node_pool() {
    let e = env(0);
    make_group(&e, "rg");
    let t = std::time::Instant::now();
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1000));
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let created = t.elapsed();
    let c = e.get(&cluster_url("rg", "c")).body;
    let vmss = format!(
        "aks-nodepool1-{}-vmss",
        super::util::cluster_digits(&c["id"].as_str().unwrap().to_lowercase())
    );
    let t = std::time::Instant::now();
    let ips = public_ips(&e, "MC_rg_c_eastus", &vmss);
    let listed = t.elapsed();
    assert_eq!(ips.len(), 1000);
    let t = std::time::Instant::now();
    for _ in 0..200 {
        assert_eq!(e.get(&cluster_url("rg", "c")).status, 200);
    }
    let gets = t.elapsed();
    println!(
        "1000-node pool: create+settle {created:?}, list 1000 IPs (10 pages) {listed:?}, 200 cluster GETs {gets:?}"
    );
}

#[test]
fn poll_hint_is_never_retry_after_zero() {
    for (interval, header, value) in [
        (Duration::from_millis(20), "retry-after-ms", "20"),
        (Duration::ZERO, "retry-after-ms", "1"),
        (Duration::from_millis(2500), "Retry-After", "2"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let clock = EmuClock::manual(0);
        let mut opts = options(&clock, 1000);
        opts.poll_interval = interval;
        let e = Env {
            emu: Emulator::open(&dir.path().join("s.db"), opts).unwrap(),
            clock,
            dir,
        };
        make_group(&e, "rg");
        let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
        assert_eq!(r.header(header), Some(value), "{interval:?}");
        assert_ne!(r.header("Retry-After"), Some("0"));
        let status = e.get(r.header("Azure-AsyncOperation").unwrap());
        assert_eq!(status.body["status"], "InProgress");
        assert_eq!(status.header(header), Some(value));
    }
}

#[test]
fn check_finds_leaked_blocks_and_host_ports() {
    let e = env(0);
    make_group(&e, "rg");
    make_prefix(&e, "rg", "p", 30);
    assert!(e.check().is_ok());
    let conn = rusqlite::Connection::open(e.dir.path().join("state.db")).unwrap();
    // A prefix gone without its block, and a host port kept for a pod that is gone.
    conn.execute_batch(
        "DELETE FROM resources WHERE kind = 'microsoft.network/publicipprefixes';
         INSERT INTO kube_hostports (cluster_id, protocol, host_port, namespace, pod, container_port)
           VALUES ('c1', 'TCP', 40001, 'default', 'web-1', 8080);",
    )
    .unwrap();
    let report = e.check();
    assert_eq!(report.problems.len(), 2, "{report}");
    assert!(report.problems[0].starts_with("address block "), "{report}");
    assert!(report.problems[0].ends_with("/30 is held by /subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers/microsoft.network/publicipprefixes/p, which does not exist"), "{report}");
    assert_eq!(
        report.problems[1],
        "host port 40001/TCP of c1 is held by pod default/web-1, which does not exist"
    );
}

#[test]
fn a_cluster_whose_creation_fails_stays_failed_until_deleted() {
    let e = env(10);
    make_group(&e, "rg");
    make_prefix(&e, "rg", "small", 31); // 2 addresses for 3 nodes
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "small")), 3),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let end = e.finish(&r);
    assert_eq!(end["status"], "Failed");
    assert_eq!(
        end["error"]["code"],
        "PublicIpPrefixOutOfIpAddressesForVMScaleSet"
    );
    // ARM's contract: later GETs return the terminal state the PUT ended in.
    let c = e.get(&cluster_url("rg", "c"));
    assert_eq!(c.status, 200, "{}", c.body);
    assert_eq!(c.body["properties"]["provisioningState"], "Failed");
    let pool = e.get(&pool_url("rg", "c", "nodepool1"));
    assert_eq!(pool.body["properties"]["provisioningState"], "Failed");
    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!((report.clusters, report.vmss, report.addresses), (1, 0, 0));

    let r = e.delete(&cluster_url("rg", "c"));
    assert_eq!(r.status, 202, "{}", r.body);
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert_eq!(e.get(&cluster_url("rg", "c")).status, 404);
    // The prefix's addresses are all free again: a cluster of 2 fits.
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "small")), 2),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    assert!(e.check().is_ok());
}

/// GET and HEAD read beside a writer (WAL) instead of queueing behind it; a GET that finds an
/// operation due waits for the write path, settles it, and shows the result.
#[test]
fn reads_do_not_wait_for_writers_but_settle_due_operations() {
    let e = env(1000);
    make_group(&e, "rg");
    assert_eq!(
        e.put(&cluster_url("rg", "c"), &cluster_body(None, 1))
            .status,
        201
    );
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let held = e.emu.serial.lock().unwrap();
        scope.spawn(|| {
            let group = e.get(&rg_url("rg"));
            let head = send(&e.emu, Method::HEAD, &rg_url("rg"), None);
            let cluster = e.get(&cluster_url("rg", "c"));
            tx.send((group.status, head.status, head.raw.body.len(), cluster.body))
                .unwrap();
            // The operation is now due: this GET must settle it, so it takes the write lock.
            e.advance(1000);
            let cluster = e.get(&cluster_url("rg", "c"));
            tx.send((cluster.status, 0, 0, cluster.body)).unwrap();
        });
        let (group, head, head_len, cluster) = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("GET waited for the writer's lock");
        assert_eq!((group, head, head_len), (200, 204, 0));
        assert_eq!(cluster["properties"]["provisioningState"], "Creating");
        assert!(
            rx.recv_timeout(Duration::from_millis(300)).is_err(),
            "a GET settled an operation without the write lock"
        );
        drop(held);
        let (status, _, _, cluster) = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!(status, 200);
        assert_eq!(cluster["properties"]["provisioningState"], "Succeeded");
    });
    assert!(e.check().problems.is_empty(), "{:?}", e.check());
}

/// A read sees every write committed before it, made through another connection or process.
#[test]
fn a_read_after_a_write_sees_it() {
    let e = env(0);
    let other = Emulator::open(&e.dir.path().join("state.db"), options(&e.clock, 0)).unwrap();
    assert_eq!(e.get(&rg_url("rg")).status, 404);
    for n in 0..20 {
        let body = json!({"location": "eastus", "tags": {"n": n.to_string()}});
        assert!(send(&other, Method::PUT, &rg_url("rg"), Some(&body)).status < 300);
        assert_eq!(e.get(&rg_url("rg")).body["tags"]["n"], n.to_string());
    }
}

/// `aks scale`'s cluster PUT: the pool's instances, machines and addresses follow the count;
/// scaling down returns addresses to the prefix; scaling past it fails and changes nothing.
#[test]
fn scaling_through_the_cluster_put() {
    let e = env(10);
    make_group(&e, "rg");
    make_prefix(&e, "rg", "p", 30); // 4 addresses
    let r = e.put(
        &cluster_url("rg", "c"),
        &cluster_body(Some(&prefix_id("rg", "p")), 2),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let scale = |count: i64| {
        let mut c = e.get(&cluster_url("rg", "c")).body;
        c["properties"]["agentPoolProfiles"][0]["count"] = json!(count);
        let r = e.put(&cluster_url("rg", "c"), &c);
        assert_eq!(r.status, 200, "{}", r.body);
        e.finish(&r)
    };
    let machines_url = format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c/agentPools/nodepool1/machines?api-version=2026-06-01"
    );
    let machines = |e: &Env| {
        e.get(&machines_url).body["value"]
            .as_array()
            .unwrap()
            .clone()
    };
    assert_eq!(scale(4)["status"], "Succeeded");
    assert_eq!(machines(&e).len(), 4);
    assert_eq!(e.check().addresses, 4);
    let m = &machines(&e)[3];
    assert!(m["name"].as_str().unwrap().ends_with("-vmss000003"));
    assert_eq!(
        m["properties"]["network"]["ipAddresses"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let machine = e.get(&machines_url.replace(
        "/machines?",
        &format!("/machines/{}?", m["name"].as_str().unwrap()),
    ));
    assert_eq!(machine.body, *m);

    let end = scale(5);
    assert_eq!(end["status"], "Failed");
    assert_eq!(
        end["error"]["code"],
        "PublicIpPrefixOutOfIpAddressesForVMScaleSet"
    );
    assert_eq!(machines(&e).len(), 4);
    assert_eq!(
        e.get(&cluster_url("rg", "c")).body["properties"]["agentPoolProfiles"][0]["count"],
        4
    );

    assert_eq!(scale(1)["status"], "Succeeded");
    assert_eq!(machines(&e).len(), 1);
    assert_eq!(e.check().addresses, 1);
    // The three returned addresses serve a new pool.
    let r = e.put(
        &pool_url("rg", "c", "np2"),
        &json!({"properties": {"count": 3, "mode": "User", "enableNodePublicIP": true,
            "nodePublicIPPrefixID": prefix_id("rg", "p")}}),
    );
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let report = e.check();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.addresses, 4);
}

/// A managed-identity cluster has its kubelet identity, a user-assigned identity in the node
/// resource group, kept across updates and deleted with the group.
#[test]
fn kubelet_identity_in_the_node_resource_group() {
    let e = env(10);
    make_group(&e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    assert_eq!(e.finish(&r)["status"], "Succeeded");
    let c = e.get(&cluster_url("rg", "c")).body;
    let kubelet = c["properties"]["identityProfile"]["kubeletidentity"].clone();
    let id = kubelet["resourceId"].as_str().unwrap().to_string();
    assert_eq!(
        id,
        format!(
            "/subscriptions/{S}/resourcegroups/MC_rg_c_eastus/providers/Microsoft.ManagedIdentity/userAssignedIdentities/c-agentpool"
        )
    );
    let r = e.put(&cluster_url("rg", "c"), &c);
    e.finish(&r);
    assert_eq!(
        e.get(&cluster_url("rg", "c")).body["properties"]["identityProfile"]["kubeletidentity"],
        kubelet
    );
    let r = e.delete(&cluster_url("rg", "c"));
    e.finish(&r);
    assert!(e.check().is_ok());
}
#[path = "tests_monitor_metrics.rs"]
mod monitor_metrics;
#[path = "tests_monitoring.rs"]
mod monitoring;
#[path = "tests_pool_features.rs"]
mod pool_features;
#[path = "tests_pool_settings.rs"]
mod pool_settings;
#[path = "tests_private_link_scopes.rs"]
mod private_link_scopes;

#[path = "tests_net.rs"]
mod tests_net;
#[path = "tests_subnet_attachments.rs"]
mod tests_subnet_attachments;
