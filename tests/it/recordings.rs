//! az's own AKS test recordings (../shared/fixtures/azure-cli-recordings), replayed end to end:
//! one azr process per recorded command, against the same cassette, with the command lines
//! reference/az-behaviour.md §5 gives. Each process must send exactly the requests az recorded
//! for that command (method and path, in order; the replay transport compares every body), exit
//! 0, and print the final GET.
//!
//! The recordings were made by older az versions (2.49-2.55). Where az 2.91 sends something
//! else, the field is named below with the reason, and only that field is excused
//! (`AZR_REPLAY_IGNORE`); everything else in each body is compared exactly.

use std::path::PathBuf;

use azr::transport::cassette::{Cassette, Interaction};
use serde_json::Value;

use crate::common::{Sandbox, external_fixture};

const RG: &str = "clitest000001";
const CLUSTER: &str = "cliakstest000002";
const SUB: &str = "00000000-0000-0000-0000-000000000000";

/// A field az 2.91 sends differently from the az that made the recording, and why.
type Excuse = (&'static str, &'static str);

const CREATE_EXCUSES: &[Excuse] = &[
    (
        "properties.dnsPrefix",
        "derived from the resource group's name: the recording scrubbed the name to clitest000001 in URLs but kept the random one (clitest4rjvby6hq...) inside dnsPrefix",
    ),
    (
        "properties.agentPoolProfiles[*].scaleSetEvictionPolicy",
        "az 2.91 no longer sends the Regular-priority defaults (az-captured/aks-create-no-wait.json)",
    ),
    (
        "properties.agentPoolProfiles[*].spotMaxPrice",
        "as scaleSetEvictionPolicy",
    ),
    (
        "properties.agentPoolProfiles[*].osDiskSizeGB",
        "az 2.49 sent osDiskSizeGB 0 when not given; 2.91 omits it",
    ),
    (
        "properties.networkProfile",
        "az 2.91 no longer defaults to kubenet: it sends only loadBalancerSku and outboundType",
    ),
    ("sku", "az 2.91 adds sku {Base, Free}"),
    (
        "properties.bootstrapProfile",
        "az 2.91 adds bootstrapProfile {artifactSource: Direct}",
    ),
];

const VM_SIZE_EXCUSE: Excuse = (
    "properties.agentPoolProfiles[*].vmSize",
    "without --node-vm-size, az 2.91 sends \"\" (server default) where 2.49 sent Standard_DS2_v2",
);

const NODEPOOL_ADD_EXCUSES: &[Excuse] = &[
    ("properties.scaleSetEvictionPolicy", "as for aks create"),
    ("properties.spotMaxPrice", "as for aks create"),
    (
        "properties.upgradeSettings",
        "az 2.91 sends upgradeSettings {undrainableNodeBehavior: Schedule} (az-captured nodepool add)",
    ),
];

fn asg_id(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/applicationSecurityGroups/{name}"
    )
}

fn recording(name: &str) -> PathBuf {
    external_fixture(&format!("azure-cli-recordings/{name}"))
}

/// The ssh key the recording's cluster PUT carries, passed as `--ssh-key-value` (the test's
/// `{ssh_key_value}`).
fn recorded_ssh_key(cassette: &Cassette) -> String {
    let put = cassette
        .interactions
        .iter()
        .find(|i| i.request.method == "PUT" && i.request.uri.contains("managedClusters/"))
        .expect("a cluster PUT");
    let body: Value = serde_json::from_str(put.request.body.as_deref().unwrap()).unwrap();
    body["properties"]["linuxProfile"]["ssh"]["publicKeys"][0]["keyData"]
        .as_str()
        .unwrap()
        .to_string()
}

fn command_name(i: &Interaction) -> String {
    i.request
        .headers
        .get("CommandName")
        .and_then(|v| v.first())
        .cloned()
        .unwrap_or_default()
}

/// (method, path) of a request, lower-cased path without the query.
fn shape(method: &str, uri: &str) -> (String, String) {
    let path = azr::arm::wire::split_url(uri).0.to_ascii_lowercase();
    (method.to_string(), path)
}

struct Replay {
    sb: Sandbox,
    cassette_path: PathBuf,
    cassette: Cassette,
    /// How many of the recorded interactions earlier steps consumed, per command name.
    step: usize,
}

impl Replay {
    fn new(name: &str) -> Replay {
        let cassette_path = recording(name);
        let cassette = Cassette::load(&cassette_path).expect("recording parses");
        Replay {
            sb: Sandbox::new(),
            cassette_path,
            cassette,
            step: 0,
        }
    }

    /// Runs one recorded command; returns its stdout as JSON (Null when it prints nothing).
    fn run(&mut self, command: &str, args: &[&str], excuses: &[Excuse]) -> Value {
        self.step += 1;
        let record = self.sb.dir.path().join(format!("step{}.yaml", self.step));
        let ignore: Vec<&str> = excuses.iter().map(|(path, _)| *path).collect();
        let out = self
            .sb
            .azr()
            .env("AZR_REPLAY", &self.cassette_path)
            .env("AZR_RECORD", &record)
            .env("AZR_REPLAY_IGNORE", ignore.join(","))
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "azr {args:?} failed:\n{stderr}");

        // The requests azr sent are exactly the ones az recorded for this command.
        let sent = Cassette::load(&record).expect("azr's own recording");
        let sent: Vec<_> = sent
            .interactions
            .iter()
            .map(|i| shape(&i.request.method, &i.request.uri))
            .collect();
        let recorded: Vec<_> = self
            .cassette
            .interactions
            .iter()
            .filter(|i| command_name(i) == command)
            .map(|i| shape(&i.request.method, &i.request.uri))
            .collect();
        // A recording holds each command once, except `network asg create` (asg1, asg2).
        let recorded = recorded_slice(&recorded, &sent);
        assert_eq!(
            sent, recorded,
            "azr {args:?} sent other requests than az recorded"
        );

        if out.stdout.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&out.stdout).expect("stdout is JSON")
        }
    }
}

/// The run of recorded requests that begins with the first request azr sent.
fn recorded_slice<T: PartialEq + Clone>(recorded: &[T], sent: &[T]) -> Vec<T> {
    let Some(first) = sent.first() else {
        return Vec::new();
    };
    for start in 0..recorded.len() {
        if &recorded[start] == first && recorded[start..].starts_with(sent) {
            return sent.to_vec();
        }
    }
    recorded.to_vec()
}

fn assert_final_get(printed: &Value, cassette: &Cassette, path_suffix: &str) {
    let last = cassette
        .interactions
        .iter()
        .rfind(|i| {
            i.request.method == "GET"
                && azr::arm::wire::split_url(&i.request.uri)
                    .0
                    .to_ascii_lowercase()
                    .ends_with(&path_suffix.to_ascii_lowercase())
        })
        .expect("a final GET");
    let wire: Value = serde_json::from_str(last.response.body.string.as_deref().unwrap()).unwrap();
    assert_eq!(printed["id"], wire["id"]);
    assert_eq!(printed["name"], wire["name"]);
    assert_eq!(
        printed["provisioningState"],
        wire["properties"]["provisioningState"]
    );
}

fn excuses(groups: &[&[Excuse]]) -> Vec<Excuse> {
    groups.iter().flat_map(|g| g.iter().copied()).collect()
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn aks_create_node_public_ip() {
    let mut r = Replay::new("test_aks_create_node_public_ip.yaml");
    let key = recorded_ssh_key(&r.cassette);
    let prefix_id = format!(
        "/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/publicIPPrefixes/cliaksipprefix000003"
    );
    let prefix = r.run(
        "network public-ip prefix create",
        &[
            "network",
            "public-ip",
            "prefix",
            "create",
            "-g",
            RG,
            "-n",
            "cliaksipprefix000003",
            "--location",
            "westus2",
            "--length",
            "29",
        ],
        &[],
    );
    assert_eq!(prefix["prefixLength"], 29);
    assert_eq!(prefix["id"], prefix_id.as_str());

    let create_excuses = excuses(&[CREATE_EXCUSES, &[VM_SIZE_EXCUSE]]);
    let cluster = r.run(
        "aks create",
        &[
            "aks",
            "create",
            &format!("--resource-group={RG}"),
            &format!("--name={CLUSTER}"),
            &format!("--ssh-key-value={key}"),
            "--enable-node-public-ip",
            &format!("--node-public-ip-prefix-id={prefix_id}"),
        ],
        &create_excuses,
    );
    assert_final_get(&cluster, &r.cassette, &format!("managedClusters/{CLUSTER}"));
    assert_eq!(cluster["agentPoolProfiles"][0]["enableNodePublicIp"], true);
    assert_eq!(
        cluster["agentPoolProfiles"][0]["nodePublicIpPrefixId"],
        prefix_id.as_str()
    );

    let deleted = r.run(
        "aks delete",
        &[
            "aks",
            "delete",
            "-g",
            RG,
            "-n",
            CLUSTER,
            "--yes",
            "--no-wait",
        ],
        &[],
    );
    assert_eq!(deleted, Value::Null);
}

fn create_asgs(r: &mut Replay) {
    for name in ["asg1", "asg2"] {
        let asg = r.run(
            "network asg create",
            &[
                "network",
                "asg",
                "create",
                "--name",
                name,
                "--resource-group",
                RG,
                "-o",
                "json",
            ],
            &[],
        );
        assert_eq!(asg["id"], asg_id(name).as_str());
    }
}

/// The recordings' `aks create` of a one-node cluster for the nodepool tests.
fn create_cluster(r: &mut Replay, key: &str, extra: &[&str]) {
    let (rg, name, key) = (
        format!("--resource-group={RG}"),
        format!("--name={CLUSTER}"),
        format!("--ssh-key-value={key}"),
    );
    let mut args = vec!["aks", "create", &rg, &name, "--location=eastus", &key];
    args.extend(extra);
    args.extend(["--node-count=1", "--node-vm-size=standard_d2s_v3"]);
    r.run("aks create", &args, CREATE_EXCUSES);
}

/// The recordings' last command.
fn delete_cluster(r: &mut Replay) {
    let (rg, name) = (
        format!("--resource-group={RG}"),
        format!("--name={CLUSTER}"),
    );
    r.run(
        "aks delete",
        &["aks", "delete", &rg, &name, "--yes", "--no-wait"],
        &[],
    );
}

const PORTS: [&str; 5] = [
    "53/udp",
    "80/tcp",
    "443/tcp",
    "4000-5000/tcp",
    "4000-6000/udp",
];

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn aks_create_with_nsg_control() {
    let mut r = Replay::new("test_aks_create_with_nsg_control.yaml");
    let key = recorded_ssh_key(&r.cassette);
    create_asgs(&mut r);
    let (asg1, asg2) = (asg_id("asg1"), asg_id("asg2"));
    let mut args = vec![
        "aks".to_string(),
        "create".into(),
        format!("--resource-group={RG}"),
        format!("--name={CLUSTER}"),
        "--location=eastus".into(),
        format!("--ssh-key-value={key}"),
        "--node-count=1".into(),
        "--node-vm-size=standard_d2s_v3".into(),
        "--nodepool-asg-ids".into(),
        asg1.clone(),
        asg2.clone(),
        "--nodepool-allowed-host-ports".into(),
    ];
    args.extend(PORTS.iter().map(|p| p.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cluster = r.run("aks create", &args, CREATE_EXCUSES);
    assert_final_get(&cluster, &r.cassette, &format!("managedClusters/{CLUSTER}"));
    let net = &cluster["agentPoolProfiles"][0]["networkProfile"];
    assert_eq!(
        net["applicationSecurityGroups"],
        serde_json::json!([asg1, asg2])
    );
    assert_eq!(net["allowedHostPorts"].as_array().unwrap().len(), 5);
    delete_cluster(&mut r);
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn aks_nodepool_create_with_nsg_control() {
    let mut r = Replay::new("test_aks_nodepool_create_with_nsg_control.yaml");
    let key = recorded_ssh_key(&r.cassette);
    create_asgs(&mut r);
    create_cluster(&mut r, &key, &[]);
    let (asg1, asg2) = (asg_id("asg1"), asg_id("asg2"));
    let mut args = vec![
        "aks",
        "nodepool",
        "add",
        "--resource-group",
        RG,
        "--cluster-name",
        CLUSTER,
        "--name",
        "n000003",
        "--node-vm-size=standard_d2s_v3",
        "--node-count=1",
        "--asg-ids",
        &asg1,
        &asg2,
        "--allowed-host-ports",
    ];
    args.extend(PORTS);
    let pool = r.run("aks nodepool add", &args, NODEPOOL_ADD_EXCUSES);
    assert_final_get(&pool, &r.cassette, "agentPools/n000003");
    assert_eq!(
        pool["networkProfile"]["allowedHostPorts"][0]["protocol"],
        "UDP"
    );
    delete_cluster(&mut r);
}

#[test]
#[ignore = "external tier: az's own recordings in ../shared/fixtures/azure-cli-recordings"]
fn aks_nodepool_update_with_nsg_control() {
    let mut r = Replay::new("test_aks_nodepool_update_with_nsg_control.yaml");
    let key = recorded_ssh_key(&r.cassette);
    create_asgs(&mut r);
    create_cluster(&mut r, &key, &["--nodepool-name", "n000003"]);
    let (asg1, asg2) = (asg_id("asg1"), asg_id("asg2"));
    let mut args = vec![
        "aks",
        "nodepool",
        "update",
        "--resource-group",
        RG,
        "--cluster-name",
        CLUSTER,
        "--name",
        "n000003",
        "--asg-ids",
        &asg1,
        &asg2,
        "--allowed-host-ports",
    ];
    args.extend(PORTS);
    // The update PUT echoes the pool az read back; compared exactly but for one field.
    let excused = [(
        "properties.nodeImageVersion",
        "writable in the model az 2.91 uses (azure-mgmt-containerservice 41.6: visibility read/create/update), so 2.91 echoes it; az 2.55's SDK dropped it as read-only",
    )];
    let pool = r.run("aks nodepool update", &args, &excused);
    assert_final_get(&pool, &r.cassette, "agentPools/n000003");
    assert_eq!(
        pool["networkProfile"]["applicationSecurityGroups"],
        serde_json::json!([asg1, asg2])
    );
    delete_cluster(&mut r);
}
