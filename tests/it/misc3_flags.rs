//! The last single cluster flags of `aks create` and `aks update` (issue 18): the kubelet
//! identity, end to end against the built-in emulator: the requests that go out, what the
//! emulator keeps and returns, and az's refusals (with nothing sent).

use serde_json::{Value, json};

use crate::common::{Sandbox, Sent, SentFirst, argv};

/// Runs `line` against the local emulator: (exit code, stderr, every request sent).
fn run(sb: &Sandbox, line: &str) -> (i32, String, Vec<Sent>) {
    let args: Vec<&str> = line.split(' ').collect();
    let (out, sent) = sb.local_recorded(&args);
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        sent,
    )
}

fn puts(sent: &[Sent]) -> Vec<&Value> {
    sent.iter()
        .filter(|s| s.method == "PUT")
        .map(|s| &s.body)
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

/// Two clusters' AKS-made kubelet identities serve as user-assigned identities: (resource id,
/// the identity as AKS reported it).
fn identities(sb: &Sandbox) -> Vec<(String, Value)> {
    ["a", "b"]
        .iter()
        .map(|n| {
            sb.local_ok(&[
                "aks",
                "create",
                "-g",
                "rg",
                "-n",
                n,
                "-c",
                "1",
                "--no-ssh-key",
                "-o",
                "none",
            ]);
            let k = show(sb, n)["identityProfile"]["kubeletidentity"].clone();
            (k["resourceId"].as_str().unwrap().to_string(), k)
        })
        .collect()
}

#[test]
fn a_kubelet_identity_is_read_granted_and_kept() {
    let sb = sandbox();
    let ids = identities(&sb);
    let ((cp, cp_identity), (kubelet, kubelet_identity)) = (&ids[0], &ids[1]);
    let line = format!(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-managed-identity --assign-identity {cp} --assign-kubelet-identity {kubelet} -o none"
    );
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    // the recording redacts the subscription: compare from the group on
    let tail = |id: &str| {
        id.to_lowercase()
            .split_once("/resourcegroups/")
            .unwrap()
            .1
            .to_string()
    };
    let lower = tail(kubelet);
    let calls: Vec<String> = sent
        .iter()
        .map(|s| format!("{} {}", s.method, s.path.to_lowercase()))
        .filter(|c| c.contains("managedidentity"))
        .collect();
    // both identities read, then Managed Identity Operator granted on the kubelet identity
    assert!(
        calls[0].starts_with("GET ") && calls[0].ends_with(&lower),
        "{calls:?}"
    );
    assert!(calls[1].ends_with(&tail(cp)), "{calls:?}");
    assert!(
        calls[4].starts_with("PUT ")
            && calls[4].contains(&format!(
                "{lower}/providers/microsoft.authorization/roleassignments/"
            )),
        "{calls:?}"
    );
    let expected = json!({
        "resourceId": kubelet,
        "clientId": kubelet_identity["clientId"],
        "objectId": kubelet_identity["objectId"],
    });
    let body = puts(&sent).into_iter().last().unwrap().clone();
    let out = &body["properties"]["identityProfile"]["kubeletidentity"];
    assert_eq!(tail(out["resourceId"].as_str().unwrap()), lower);
    assert_eq!(
        [&out["clientId"], &out["objectId"]],
        [&expected["clientId"], &expected["objectId"]]
    );
    assert_eq!(
        show(&sb, "c")["identityProfile"]["kubeletidentity"],
        expected
    );
    let assignment = sent
        .iter()
        .find(|s| s.method == "PUT" && s.path.contains("roleAssignments"))
        .unwrap();
    assert_eq!(
        assignment.body["properties"]["principalId"],
        cp_identity["objectId"]
    );

    // update: only the resource id goes out, AKS fills the ids; the assignment is found now
    let line = format!("aks update -g rg -n c --assign-kubelet-identity {cp} --yes -o none");
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    let body = puts(&sent).into_iter().last().unwrap().clone();
    let out = &body["properties"]["identityProfile"]["kubeletidentity"];
    assert_eq!(out.as_object().unwrap().len(), 1, "{out}");
    assert_eq!(tail(out["resourceId"].as_str().unwrap()), tail(cp));
    assert_eq!(
        show(&sb, "c")["identityProfile"]["kubeletidentity"],
        json!({"resourceId": cp, "clientId": cp_identity["clientId"], "objectId": cp_identity["objectId"]})
    );
}

#[test]
fn kubelet_identity_refusals_send_nothing() {
    let sb = sandbox();
    let ids = identities(&sb);
    let kubelet = &ids[1].0;
    let cases = [
        (
            "aks create -g rg -n c --no-ssh-key --assign-kubelet-identity kub".to_string(),
            "ERROR: --assign-kubelet-identity is not a valid Azure resource ID.\n",
        ),
        (
            format!("aks create -g rg -n c --no-ssh-key --assign-kubelet-identity {kubelet}"),
            "ERROR: --assign-kubelet-identity can only be specified when --assign-identity is specified\n",
        ),
    ];
    for (line, message) in cases {
        sb.assert_refused(&line, 1, message, SentFirst::Reads);
    }
    // a system-assigned cluster has no user-assigned identity to grant the kubelet one with
    let line = format!("aks update -g rg -n a --assign-kubelet-identity {kubelet} --yes");
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: --assign-identity is not provided and the cluster identity type is not user assigned, cannot update kubelet identity\n"
        )
    );
    assert!(puts(&sent).is_empty());
    // without --yes az asks, and nobody can answer without a terminal
    let line = format!("aks update -g rg -n a --assign-kubelet-identity {kubelet}");
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n"
        )
    );
    assert!(puts(&sent).is_empty());
}

const ZONE: &str = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/privatelink.eastus.azmk8s.io";

#[test]
fn an_fqdn_subdomain_replaces_the_dns_prefix() {
    let sb = sandbox();
    let line = format!(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-private-cluster --private-dns-zone {ZONE} --fqdn-subdomain sub1 -o none"
    );
    let (code, err, sent) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    let props = &puts(&sent)[0]["properties"];
    assert_eq!(props["fqdnSubdomain"], json!("sub1"));
    assert!(props.get("dnsPrefix").is_none(), "{props}");
    let c = show(&sb, "c");
    assert_eq!(c["fqdnSubdomain"], json!("sub1"));
    assert_eq!(c["dnsPrefix"], Value::Null);
    assert_eq!(c["privateFqdn"], json!("sub1.privatelink.eastus.azmk8s.io"));
    assert!(c["fqdn"].as_str().unwrap().starts_with("sub1-"), "{c}");
    // what stays: an update PUTs it back unchanged
    let (code, err, _) = run(&sb, "aks update -g rg -n c --tags a=b -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(show(&sb, "c")["fqdnSubdomain"], json!("sub1"));

    for (line, message) in [
        (
            "aks create -g rg -n d --no-ssh-key --dns-name-prefix pre --fqdn-subdomain sub".to_string(),
            "ERROR: --dns-name-prefix and --fqdn-subdomain cannot be used at same time\n",
        ),
        (
            "aks create -g rg -n d --no-ssh-key --enable-private-cluster --private-dns-zone none --fqdn-subdomain sub".to_string(),
            "ERROR: --fqdn-subdomain should only be used for private cluster with custom private dns zone\n",
        ),
    ] {
        sb.assert_refused(&line, 1, message, SentFirst::Reads);
    }
    // AKS itself: a subdomain needs a private cluster with a zone of the user's own
    let (code, err, _) = run(
        &sb,
        "aks create -g rg -n d -c 1 --no-ssh-key --fqdn-subdomain sub",
    );
    assert_eq!(code, 1);
    assert!(err.contains("(InvalidParameter)"), "{err}");
}

#[test]
fn defender_without_a_config_uses_the_default_workspace() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-defender -o none",
    );
    assert_eq!(code, 0, "{err}");
    // none yet: the default group and workspace are made first, then the cluster names it
    let made: Vec<&str> = sent
        .iter()
        .filter(|s| s.method == "PUT")
        .map(|s| s.path.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(made.len(), 3, "{made:?}");
    assert_eq!(made[0], "DefaultResourceGroup-EUS");
    assert!(made[1].starts_with("DefaultWorkspace-") && made[1].ends_with("-EUS"));
    let defender = &puts(&sent)[2]["properties"]["securityProfile"]["defender"];
    let workspace = defender["logAnalyticsWorkspaceResourceId"]
        .as_str()
        .unwrap();
    assert!(workspace.ends_with(made[1]), "{defender}");
    assert_eq!(defender["securityMonitoring"], json!({"enabled": true}));
    let kept = &show(&sb, "c")["securityProfile"]["defender"];
    assert!(
        kept["logAnalyticsWorkspaceResourceId"]
            .as_str()
            .unwrap()
            .ends_with(made[1])
    );

    // update: the workspace is found now, only the cluster is written
    let (code, err, sent) = run(&sb, "aks update -g rg -n c --disable-defender -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts(&sent).len(), 1);
    let (code, err, sent) = run(&sb, "aks update -g rg -n c --enable-defender -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts(&sent).len(), 1);
    let defender = &puts(&sent)[0]["properties"]["securityProfile"]["defender"];
    assert!(
        defender["logAnalyticsWorkspaceResourceId"]
            .as_str()
            .unwrap()
            .ends_with(made[1])
    );
}

#[test]
fn a_vmas_cluster_migrates_to_virtual_machines() {
    let sb = sandbox();
    sb.local_ok(&argv(
        "aks create -g rg -n v -c 2 --no-ssh-key --vm-set-type AvailabilitySet --load-balancer-sku basic -o none",
    ));
    // az asks first; without a terminal nobody can answer
    let (code, err, sent) = run(&sb, "aks update -g rg -n v --migrate-vmas-to-vms");
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n"
        )
    );
    assert!(puts(&sent).is_empty());
    let (code, err, sent) = run(
        &sb,
        "aks update -g rg -n v --migrate-vmas-to-vms --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    let props = &puts(&sent)[0]["properties"];
    let pool = &props["agentPoolProfiles"][0];
    assert_eq!(pool["type"], json!("VirtualMachines"));
    assert!(
        pool.get("count").is_none() && pool.get("vmSize").is_none(),
        "{pool}"
    );
    assert_eq!(
        props["networkProfile"]["loadBalancerSku"],
        json!("standard")
    );
    // AKS keeps the VMs it had as the pool's manual scale profile
    let c = show(&sb, "v");
    let pool = &c["agentPoolProfiles"][0];
    assert_eq!(pool["type"], json!("VirtualMachines"));
    assert_eq!(pool["count"], json!(2));
    assert_eq!(
        pool["virtualMachinesProfile"]["scale"]["manual"],
        json!([{"size": pool["vmSize"], "count": 2}])
    );
    assert_eq!(c["networkProfile"]["loadBalancerSku"], json!("standard"));
    // a second time it is no VMAS cluster any more
    let (code, err, sent) = run(&sb, "aks update -g rg -n v --migrate-vmas-to-vms --yes");
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: This is not a valid VMAS cluster with 1 agent pool profiles and AgentPoolType.VIRTUAL_MACHINES agent pool type, we cannot proceed with the migration.\n"
        )
    );
    assert!(puts(&sent).is_empty());
}

#[test]
fn the_sku_name_is_set_and_kept() {
    let sb = sandbox();
    let (code, err, sent) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --sku BASE -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts(&sent)[0]["sku"],
        json!({"name": "Base", "tier": "Free"})
    );
    let (code, err, sent) = run(&sb, "aks update -g rg -n c --sku automatic -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts(&sent)[0]["sku"],
        json!({"name": "Automatic", "tier": "Free"})
    );
    // another update leaves an Automatic cluster Automatic
    let (code, err, sent) = run(&sb, "aks update -g rg -n c --tags a=b -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts(&sent)[0]["sku"]["name"], json!("Automatic"));
    assert_eq!(show(&sb, "c")["sku"]["name"], json!("Automatic"));
    let (code, err, sent) = run(&sb, "aks update -g rg -n c --sku base -o none");
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts(&sent)[0]["sku"]["name"], json!("Base"));
    // `aks create --sku automatic` and its defaults: tests/it/auto_flags.rs
    let (code, err, _) = run(&sb, "aks create -g rg -n d --no-ssh-key --sku premium");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("premium"), "{err}");
}
