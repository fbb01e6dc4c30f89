//! How a network security group treats inbound traffic from the Internet to one node's host
//! port, as Azure evaluates it: the inbound rules (the group's and the default ones) by
//! priority, the first that matches decides. Pure: the NSG's ARM body in, a verdict out.

use serde_json::Value;

use crate::hostport::Protocol;

/// The node the traffic goes to: its private address (the NSG sees the address behind the
/// public IP) and the ids of the ASGs its NIC is in.
pub struct Node<'a> {
    pub private_ip: Option<&'a str>,
    pub asgs: &'a [String],
}

/// The rule that decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub allowed: bool,
    pub rule: String,
    pub priority: i64,
}

fn strings(rule: &Value, single: &str, plural: &str) -> Vec<String> {
    let p = &rule["properties"];
    let mut v: Vec<String> = p[single]
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .into_iter()
        .collect();
    if let Some(list) = p[plural].as_array() {
        v.extend(list.iter().filter_map(|x| x.as_str().map(str::to_string)));
    }
    v
}

fn asg_ids(rule: &Value, key: &str) -> Vec<String> {
    rule["properties"][key]
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|a| a["id"].as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

fn port_in(ranges: &[String], port: u16) -> bool {
    ranges.iter().any(|r| {
        if r == "*" {
            return true;
        }
        let parse = |s: &str| s.trim().parse::<u16>().ok();
        match r.split_once('-') {
            Some((a, b)) => {
                matches!((parse(a), parse(b)), (Some(a), Some(b)) if a <= port && port <= b)
            }
            None => parse(r) == Some(port),
        }
    })
}

fn ip(s: &str) -> Option<u32> {
    let parts: Vec<u32> = s
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    (parts.len() == 4 && parts.iter().all(|p| *p <= 255))
        .then(|| parts.iter().fold(0, |acc, p| (acc << 8) | p))
}

/// Whether an address prefix (`*`, a service tag, an address or a CIDR block) covers the node.
fn prefix_covers(prefix: &str, node_ip: Option<&str>) -> bool {
    if prefix == "*" || prefix.eq_ignore_ascii_case("VirtualNetwork") {
        // the node's NIC is in the VNet
        return true;
    }
    let Some(node) = node_ip.and_then(ip) else {
        return false;
    };
    match prefix.split_once('/') {
        Some((addr, len)) => match (ip(addr), len.parse::<u32>()) {
            (Some(a), Ok(l)) if l <= 32 => {
                let mask = if l == 0 { 0 } else { u32::MAX << (32 - l) };
                a & mask == node & mask
            }
            _ => false,
        },
        None => ip(prefix) == Some(node),
    }
}

/// Whether a rule applies to Internet traffic from any client to this node's port.
fn matches(rule: &Value, node: &Node, port: u16, proto: Protocol) -> bool {
    let p = &rule["properties"];
    if !p["direction"]
        .as_str()
        .is_some_and(|d| d.eq_ignore_ascii_case("Inbound"))
    {
        return false;
    }
    let rule_proto = p["protocol"].as_str().unwrap_or("*");
    let wanted = match proto {
        Protocol::Tcp => "Tcp",
        Protocol::Udp => "Udp",
    };
    if rule_proto != "*" && !rule_proto.eq_ignore_ascii_case(wanted) {
        return false;
    }
    if !port_in(
        &strings(rule, "destinationPortRange", "destinationPortRanges"),
        port,
    ) {
        return false;
    }
    // any client: every source port, and a source of `*` or `Internet`
    if !strings(rule, "sourcePortRange", "sourcePortRanges")
        .iter()
        .any(|r| r == "*")
    {
        return false;
    }
    let sources = strings(rule, "sourceAddressPrefix", "sourceAddressPrefixes");
    let any_client = sources
        .iter()
        .any(|s| s == "*" || s.eq_ignore_ascii_case("Internet"));
    if !any_client || !asg_ids(rule, "sourceApplicationSecurityGroups").is_empty() {
        return false;
    }
    let dest_asgs = asg_ids(rule, "destinationApplicationSecurityGroups");
    if !dest_asgs.is_empty() {
        return dest_asgs
            .iter()
            .any(|a| node.asgs.iter().any(|n| n.eq_ignore_ascii_case(a)));
    }
    strings(
        rule,
        "destinationAddressPrefix",
        "destinationAddressPrefixes",
    )
    .iter()
    .any(|d| prefix_covers(d, node.private_ip))
}

fn inbound_rules(nsg: &Value) -> Vec<&Value> {
    let mut rules: Vec<&Value> = ["securityRules", "defaultSecurityRules"]
        .iter()
        .filter_map(|k| nsg["properties"][k].as_array())
        .flatten()
        .collect();
    rules.sort_by_key(|r| r["properties"]["priority"].as_i64().unwrap_or(i64::MAX));
    rules
}

/// The first inbound rule, by priority, that matches; Azure's defaults end with
/// `DenyAllInBound`, so there is always one (`None` only for a body without rules).
pub fn inbound_from_internet(
    nsg: &Value,
    node: &Node,
    port: u16,
    proto: Protocol,
) -> Option<Verdict> {
    inbound_rules(nsg)
        .into_iter()
        .find(|r| matches(r, node, port, proto))
        .map(|r| Verdict {
            allowed: r["properties"]["access"]
                .as_str()
                .is_some_and(|a| a.eq_ignore_ascii_case("Allow")),
            rule: r["name"].as_str().unwrap_or_default().to_string(),
            priority: r["properties"]["priority"].as_i64().unwrap_or_default(),
        })
}

/// The priority for a new allow rule that must win over rules at `below` and after: the
/// highest free one under it (so it shadows as little as it can), within 100..=4096.
pub fn free_priority(nsg: &Value, below: i64) -> Option<i64> {
    let used: Vec<i64> = nsg["properties"]["securityRules"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| {
            r["properties"]["direction"]
                .as_str()
                .is_some_and(|d| d.eq_ignore_ascii_case("Inbound"))
        })
        .filter_map(|r| r["properties"]["priority"].as_i64())
        .collect();
    (100..below.min(4097)).rev().find(|p| !used.contains(p))
}

/// A rule name not yet taken in the NSG: `base`, else `base-2`, `base-3`, ...
pub fn free_rule_name(nsg: &Value, base: &str) -> String {
    let taken = |n: &str| {
        nsg["properties"]["securityRules"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|r| {
                r["name"]
                    .as_str()
                    .is_some_and(|x| x.eq_ignore_ascii_case(n))
            })
    };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|i| format!("{base}-{i}"))
        .find(|n| !taken(n))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ASG: &str = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/web";

    fn rule(name: &str, prio: i64, access: &str, extra: Value) -> Value {
        let mut p = json!({"priority": prio, "access": access, "direction": "Inbound", "protocol": "*",
                           "sourcePortRange": "*", "sourceAddressPrefix": "*",
                           "destinationPortRange": "*", "destinationAddressPrefix": "*"});
        for (k, v) in extra.as_object().unwrap() {
            p[k] = v.clone();
        }
        json!({"name": name, "properties": p})
    }

    fn nsg(rules: Vec<Value>) -> Value {
        json!({"properties": {"securityRules": rules, "defaultSecurityRules": [
            rule("AllowVnetInBound", 65000, "Allow", json!({"sourceAddressPrefix": "VirtualNetwork", "destinationAddressPrefix": "VirtualNetwork"})),
            rule("AllowAzureLoadBalancerInBound", 65001, "Allow", json!({"sourceAddressPrefix": "AzureLoadBalancer"})),
            rule("DenyAllInBound", 65500, "Deny", json!({}))]}})
    }

    #[test]
    fn defaults_deny_internet_traffic() {
        let asgs = vec![ASG.to_string()];
        let node = Node {
            private_ip: Some("10.0.0.4"),
            asgs: &asgs,
        };
        let v = inbound_from_internet(&nsg(vec![]), &node, 80, Protocol::Tcp).unwrap();
        assert_eq!((v.allowed, v.rule.as_str()), (false, "DenyAllInBound"));
    }

    #[test]
    fn asg_rules_open_only_their_pool_and_priority_decides() {
        let n = nsg(vec![
            rule(
                "web",
                200,
                "Allow",
                json!({"protocol": "Tcp", "destinationPortRanges": ["80", "40000-60000"],
                                            "destinationAddressPrefix": null, "sourceAddressPrefix": "Internet",
                                            "destinationApplicationSecurityGroups": [{"id": ASG}]}),
            ),
            rule(
                "deny-50000",
                150,
                "Deny",
                json!({"destinationPortRange": "50000"}),
            ),
        ]);
        let in_asg = vec![ASG.to_lowercase()];
        let pool = Node {
            private_ip: Some("10.0.0.4"),
            asgs: &in_asg,
        };
        let other = Node {
            private_ip: Some("10.0.1.4"),
            asgs: &[],
        };
        assert!(
            inbound_from_internet(&n, &pool, 80, Protocol::Tcp)
                .unwrap()
                .allowed
        );
        assert!(
            inbound_from_internet(&n, &pool, 45000, Protocol::Tcp)
                .unwrap()
                .allowed
        );
        assert!(
            !inbound_from_internet(&n, &pool, 45000, Protocol::Udp)
                .unwrap()
                .allowed
        );
        assert!(
            !inbound_from_internet(&n, &other, 80, Protocol::Tcp)
                .unwrap()
                .allowed
        );
        let v = inbound_from_internet(&n, &pool, 50000, Protocol::Tcp).unwrap();
        assert_eq!(
            (v.allowed, v.rule.as_str(), v.priority),
            (false, "deny-50000", 150)
        );
        assert_eq!(free_priority(&n, 150), Some(149));
        assert_eq!(free_priority(&n, 65500), Some(4096));
        assert_eq!(free_rule_name(&n, "web"), "web-2");
    }

    #[test]
    fn prefixes_by_cidr_and_narrow_sources_do_not_count() {
        let n = nsg(vec![
            rule(
                "subnet",
                300,
                "Allow",
                json!({"destinationAddressPrefix": "10.0.0.0/24"}),
            ),
            rule(
                "office",
                200,
                "Allow",
                json!({"sourceAddressPrefix": "203.0.113.0/24"}),
            ),
        ]);
        let node = Node {
            private_ip: Some("10.0.0.9"),
            asgs: &[],
        };
        assert_eq!(
            inbound_from_internet(&n, &node, 22, Protocol::Tcp)
                .unwrap()
                .rule,
            "subnet"
        );
        let outside = Node {
            private_ip: Some("10.0.2.9"),
            asgs: &[],
        };
        assert_eq!(
            inbound_from_internet(&n, &outside, 22, Protocol::Tcp)
                .unwrap()
                .rule,
            "DenyAllInBound"
        );
    }
}
