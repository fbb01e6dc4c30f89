//! The seed's bring-your-own-VNet paragraph end to end, against the in-process emulator
//! (AZR_CLOUD=local): a VNet whose subnet carries an NSG, a pool with node public IPs, allowed
//! host ports and a custom ASG in that subnet, an NSG rule that opens ports to that ASG only,
//! and `aks hostport check` telling which pods the Internet reaches and how to open the rest.

use serde_json::Value;

use crate::common::Sandbox;

const S: &str = "00000000-0000-0000-0000-000000000001";

fn run(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .current_dir(sb.dir.path())
        .args(args)
        .output()
        .expect("run azr")
}

fn json(sb: &Sandbox, args: &[&str]) -> Value {
    let out = sb.local_ok(args);
    if out.stdout.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(&out.stdout).expect("json output")
}

/// An error: exit code and stderr.
fn fails(sb: &Sandbox, args: &[&str]) -> (i32, String) {
    let out = run(sb, args);
    assert!(!out.status.success(), "{args:?} succeeded");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const WEB: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      nodeSelector:
        agentpool: web
      containers:
        - name: web
          image: nginx
          ports:
            - containerPort: 80
              hostPort: 8080
              protocol: TCP
            - containerPort: 443
              hostPort: 8443
              protocol: TCP
";

const SYS: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sys
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sys
  template:
    metadata:
      labels:
        app: sys
    spec:
      nodeSelector:
        agentpool: nodepool1
      containers:
        - name: sys
          image: nginx
          ports:
            - containerPort: 80
              hostPort: 8080
              protocol: TCP
";

/// `emulator check`: the store's invariants (subnets fit and apart, NSG priorities unique,
/// scale sets in existing subnets) hold.
fn check(sb: &Sandbox) {
    let out = sb
        .azr()
        .args(["emulator", "check", "--state"])
        .arg(sb.config_dir().join("emulator.db"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ports_of<'a>(entries: &'a Value, pool: &str) -> Vec<(u64, &'a Value)> {
    let mut v: Vec<(u64, &Value)> = entries
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["nodePool"] == pool)
        .map(|e| (e["hostPort"].as_u64().unwrap(), e))
        .collect();
    v.sort_by_key(|(p, _)| *p);
    v
}

#[test]
fn byo_vnet_subnet_nsg_and_an_asg_rule_decide_which_pods_are_reachable() {
    let sb = Sandbox::new();
    let net = format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network");
    let subnet = format!("{net}/virtualNetworks/vnet/subnets/nodes");
    let asg = format!("{net}/applicationSecurityGroups/web-asg");
    let nsg = format!("{net}/networkSecurityGroups/subnet-nsg");

    sb.local_ok(&["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"]);
    let created = json(
        &sb,
        &["network", "nsg", "create", "-g", "rg", "-n", "subnet-nsg"],
    );
    let defaults: Vec<&str> = created["NewNSG"]["defaultSecurityRules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        defaults,
        [
            "AllowVnetInBound",
            "AllowAzureLoadBalancerInBound",
            "DenyAllInBound",
            "AllowVnetOutBound",
            "AllowInternetOutBound",
            "DenyAllOutBound"
        ]
    );
    sb.local_ok(&[
        "network", "asg", "create", "-g", "rg", "-n", "web-asg", "-o", "none",
    ]);
    let vnet = json(
        &sb,
        &[
            "network",
            "vnet",
            "create",
            "-g",
            "rg",
            "-n",
            "vnet",
            "--address-prefixes",
            "10.10.0.0/16",
            "--subnet-name",
            "nodes",
            "--subnet-prefixes",
            "10.10.0.0/22",
            "--nsg",
            "subnet-nsg",
        ],
    );
    assert_eq!(
        vnet["newVNet"]["subnets"][0]["networkSecurityGroup"]["id"],
        nsg.as_str()
    );

    // Azure's rules on the address space.
    let (code, err) = fails(
        &sb,
        &[
            "network",
            "vnet",
            "subnet",
            "create",
            "-g",
            "rg",
            "--vnet-name",
            "vnet",
            "-n",
            "other",
            "--address-prefixes",
            "10.10.2.0/24",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("(NetcfgSubnetRangesOverlap) Subnet 'other' is not valid because its IP address range overlaps with that of an existing subnet in virtual network 'vnet'."), "{err}");

    // The cluster and a pool with node public IPs, host ports and the ASG, in the subnet.
    sb.local_ok(&[
        "aks",
        "create",
        "-g",
        "rg",
        "-n",
        "c",
        "--node-count",
        "1",
        "--vnet-subnet-id",
        &subnet,
        "--no-ssh-key",
        "-o",
        "none",
    ]);
    let assignments = json(
        &sb,
        &[
            "aks",
            "show",
            "-g",
            "rg",
            "-n",
            "c",
            "--query",
            "agentPoolProfiles[0].vnetSubnetId",
        ],
    );
    assert_eq!(assignments, subnet.as_str());
    sb.local_ok(&[
        "aks",
        "nodepool",
        "add",
        "-g",
        "rg",
        "--cluster-name",
        "c",
        "-n",
        "web",
        "--node-count",
        "2",
        "--enable-node-public-ip",
        "--allowed-host-ports",
        "8080/tcp",
        "8443/tcp",
        "--asg-ids",
        &asg,
        "--vnet-subnet-id",
        &subnet,
        "-o",
        "none",
    ]);
    // The pools' NICs are in the subnet.
    let configs = json(
        &sb,
        &[
            "network",
            "vnet",
            "subnet",
            "show",
            "-g",
            "rg",
            "--vnet-name",
            "vnet",
            "-n",
            "nodes",
            "--query",
            "ipConfigurations[].id",
        ],
    );
    assert_eq!(configs.as_array().unwrap().len(), 3, "{configs}");
    assert!(
        configs[0]
            .as_str()
            .unwrap()
            .contains("/virtualMachineScaleSets/aks-")
    );

    // Open 8080 to the pool's ASG only.
    sb.local_ok(&[
        "network",
        "nsg",
        "rule",
        "create",
        "-g",
        "rg",
        "--nsg-name",
        "subnet-nsg",
        "-n",
        "allow-web",
        "--priority",
        "200",
        "--source-address-prefixes",
        "Internet",
        "--destination-asgs",
        "web-asg",
        "--destination-port-ranges",
        "8080",
        "--protocol",
        "Tcp",
        "-o",
        "none",
    ]);
    let (code, err) = fails(
        &sb,
        &[
            "network",
            "nsg",
            "rule",
            "create",
            "-g",
            "rg",
            "--nsg-name",
            "subnet-nsg",
            "-n",
            "dup",
            "--priority",
            "200",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("(SecurityRuleConflict) Security rule allow-web conflicts with rule dup."),
        "{err}"
    );

    std::fs::write(sb.dir.path().join("web.yaml"), WEB).unwrap();
    std::fs::write(sb.dir.path().join("sys.yaml"), SYS).unwrap();
    for f in ["web.yaml", "sys.yaml"] {
        let cmd = format!("kubectl apply -f {f}");
        let out = run(
            &sb,
            &[
                "aks",
                "command",
                "invoke",
                "-g",
                "rg",
                "-n",
                "c",
                "--command",
                &cmd,
                "--file",
                f,
                "-o",
                "json",
            ],
        );
        let result: Value = serde_json::from_slice(&out.stdout).expect("run command result");
        assert_eq!(result["exitCode"], 0, "{result}");
    }

    let report = json(&sb, &["aks", "hostport", "check", "-g", "rg", "-n", "c"]);
    // web pods: 8080 passes the pool and the ASG rule; 8443 passes the pool, not the NSG.
    let reachable = ports_of(&report["reachable"], "web");
    assert_eq!(
        reachable.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        [8080, 8080]
    );
    assert_eq!(reachable[0].1["subnetNsg"]["rule"], "allow-web");
    let blocked = ports_of(&report["unreachable"], "web");
    assert_eq!(
        blocked.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        [8443, 8443]
    );
    assert_eq!(blocked[0].1["blockedBy"], serde_json::json!(["subnetNsg"]));
    assert_eq!(blocked[0].1["subnetNsg"]["rule"], "DenyAllInBound");
    // the system pool is outside the ASG and allows no host ports
    let sys = ports_of(&report["unreachable"], "nodepool1");
    assert_eq!(sys.len(), 1);
    assert_eq!(
        sys[0].1["blockedBy"],
        serde_json::json!(["allowedHostPorts", "subnetNsg"])
    );

    let fix = report["nsgFixes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["nodePool"] == "web")
        .expect("a fix for the web pool");
    let command = fix["command"].as_str().unwrap();
    assert_eq!(
        command,
        format!(
            "az network nsg rule create -g rg --nsg-name subnet-nsg -n allow-web-hostports-tcp --priority 4096 --direction Inbound --access Allow --protocol Tcp --source-address-prefixes Internet --destination-port-ranges 8443 --destination-asgs {asg}"
        )
    );
    // Running it opens 8443 for the web pool, still not for the system pool.
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    sb.local_ok(&[words.as_slice(), &["-o", "none"]].concat());
    let report = json(&sb, &["aks", "hostport", "check", "-g", "rg", "-n", "c"]);
    assert_eq!(ports_of(&report["reachable"], "web").len(), 4);
    assert!(ports_of(&report["unreachable"], "web").is_empty());
    assert_eq!(ports_of(&report["unreachable"], "nodepool1").len(), 1);

    check(&sb);
    // A subnet in use stays; so does its NSG.
    let (code, err) = fails(
        &sb,
        &[
            "network",
            "vnet",
            "subnet",
            "delete",
            "-g",
            "rg",
            "--vnet-name",
            "vnet",
            "-n",
            "nodes",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("(InUseSubnetCannotBeDeleted) Subnet nodes is in use by"),
        "{err}"
    );
    let (code, err) = fails(
        &sb,
        &["network", "nsg", "delete", "-g", "rg", "-n", "subnet-nsg"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("(InUseNetworkSecurityGroupCannotBeDeleted)"),
        "{err}"
    );

    // Deleting the cluster leaves the user's VNet and NSG alone, and frees the subnet.
    sb.local_ok(&["aks", "delete", "-g", "rg", "-n", "c", "--yes"]);
    let names = json(
        &sb,
        &["network", "vnet", "list", "-g", "rg", "--query", "[].name"],
    );
    assert_eq!(names, serde_json::json!(["vnet"]));
    let rules = json(
        &sb,
        &[
            "network",
            "nsg",
            "rule",
            "list",
            "-g",
            "rg",
            "--nsg-name",
            "subnet-nsg",
            "--query",
            "[].name",
        ],
    );
    assert_eq!(
        rules,
        serde_json::json!(["allow-web", "allow-web-hostports-tcp"])
    );
    let configs = json(
        &sb,
        &[
            "network",
            "vnet",
            "subnet",
            "show",
            "-g",
            "rg",
            "--vnet-name",
            "vnet",
            "-n",
            "nodes",
            "--query",
            "ipConfigurations",
        ],
    );
    assert_eq!(configs, Value::Null);
    sb.local_ok(&[
        "network",
        "vnet",
        "subnet",
        "delete",
        "-g",
        "rg",
        "--vnet-name",
        "vnet",
        "-n",
        "nodes",
    ]);
    sb.local_ok(&["network", "nsg", "delete", "-g", "rg", "-n", "subnet-nsg"]);
    check(&sb);
}

/// What Azure refuses, as the emulator answers it through the commands: nothing is created.
#[test]
fn address_spaces_rules_and_references_are_checked_like_azure() {
    let sb = Sandbox::new();
    sb.local_ok(&["group", "create", "-n", "rg", "-l", "eastus", "-o", "none"]);
    let refused = |args: &[&str], code: i32, text: &str| {
        let (c, err) = fails(&sb, args);
        assert_eq!(c, code, "{args:?}: {err}");
        assert!(err.contains(text), "{args:?}: {err}");
    };
    refused(
        &[
            "network",
            "vnet",
            "create",
            "-g",
            "rg",
            "-n",
            "v",
            "--address-prefixes",
            "10.0.0.1/16",
        ],
        1,
        "(InvalidCIDRNotation) The address prefix 10.0.0.1/16 in resource /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v has an invalid CIDR notation. For the given prefix length, the address prefix should be 10.0.0.0/16.",
    );
    refused(
        &[
            "network",
            "vnet",
            "create",
            "-g",
            "rg",
            "-n",
            "v",
            "--address-prefixes",
            "10.0.0.0/33",
        ],
        1,
        "(InvalidAddressPrefixFormat)",
    );
    refused(
        &[
            "network",
            "vnet",
            "create",
            "-g",
            "rg",
            "-n",
            "v",
            "--subnet-name",
            "s",
            "--subnet-prefixes",
            "10.1.0.0/24",
        ],
        1,
        "(NetcfgSubnetRangeOutsideVnet) Subnet 's' is not valid because its IP address range is outside the IP address range of virtual network 'v'.",
    );
    refused(
        &[
            "network",
            "vnet",
            "create",
            "-g",
            "rg",
            "-n",
            "v",
            "--subnet-name",
            "s",
            "--nsg",
            "nosuch",
        ],
        1,
        "(InvalidResourceReference) Resource /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nosuch referenced by resource",
    );
    let names = json(&sb, &["network", "vnet", "list", "--query", "[].name"]);
    assert_eq!(names, serde_json::json!([]));

    sb.local_ok(&[
        "network", "vnet", "create", "-g", "rg", "-n", "v", "-o", "none",
    ]);
    refused(
        &[
            "network",
            "vnet",
            "subnet",
            "create",
            "-g",
            "rg",
            "--vnet-name",
            "v",
            "-n",
            "s",
        ],
        1,
        "(NetcfgInvalidSubnet) Subnet 's' is not valid in virtual network 'v'.",
    );
    sb.local_ok(&[
        "network", "nsg", "create", "-g", "rg", "-n", "n", "-o", "none",
    ]);
    sb.local_ok(&[
        "network", "asg", "create", "-g", "rg", "-n", "west", "-l", "westus", "-o", "none",
    ]);
    refused(
        &[
            "network",
            "nsg",
            "rule",
            "create",
            "-g",
            "rg",
            "--nsg-name",
            "n",
            "-n",
            "r",
            "--priority",
            "100",
            "--destination-asgs",
            "west",
        ],
        1,
        "(InvalidResourceReference) Resource /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/west referenced by resource /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n/securityRules/r was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.",
    );
    refused(
        &[
            "network",
            "nsg",
            "rule",
            "create",
            "-g",
            "rg",
            "--nsg-name",
            "n",
            "-n",
            "r",
            "--priority",
            "99",
        ],
        1,
        "(SecurityRuleInvalidPriority)",
    );
    refused(
        &[
            "network",
            "nsg",
            "rule",
            "create",
            "-g",
            "rg",
            "--nsg-name",
            "n",
            "-n",
            "r",
            "--priority",
            "100",
            "--protocol",
            "bogus",
        ],
        2,
        "'bogus' is not a valid value for '--protocol'. Allowed values: *, Ah, Esp, Icmp, Tcp, Udp.",
    );
    // One priority per direction: the same priority outbound is fine.
    sb.local_ok(&[
        "network",
        "nsg",
        "rule",
        "create",
        "-g",
        "rg",
        "--nsg-name",
        "n",
        "-n",
        "in",
        "--priority",
        "100",
        "-o",
        "none",
    ]);
    sb.local_ok(&[
        "network",
        "nsg",
        "rule",
        "create",
        "-g",
        "rg",
        "--nsg-name",
        "n",
        "-n",
        "out",
        "--priority",
        "100",
        "--direction",
        "Outbound",
        "-o",
        "none",
    ]);
    refused(
        &[
            "network",
            "nsg",
            "rule",
            "update",
            "-g",
            "rg",
            "--nsg-name",
            "n",
            "-n",
            "out",
            "--direction",
            "Inbound",
        ],
        1,
        "(SecurityRuleConflict) Security rule in conflicts with rule out.",
    );
    let rules = json(
        &sb,
        &[
            "network",
            "nsg",
            "rule",
            "list",
            "-g",
            "rg",
            "--nsg-name",
            "n",
            "--query",
            "[].[name, direction, priority]",
        ],
    );
    assert_eq!(
        rules,
        serde_json::json!([["in", "Inbound", 100], ["out", "Outbound", 100]])
    );
    check(&sb);
}
