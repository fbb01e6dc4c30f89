//! `-o table`: knack's `format_table` (`_TableOutput` + `tabulate(tablefmt="simple",
//! disable_numparse=True)`), with the table transformers of the commands azr has.

use serde_json::{Map, Value};

use super::pyfmt::py_str;
use super::query::Query;
use crate::error::AzError;

pub const TABLE_UNAVAILABLE: &str = "Table output unavailable. Use the --query option to specify an appropriate query. Use --debug for more info.";

/// A command's `table_transformer`, applied only when no `--query` is given.
#[derive(Debug, Clone, Copy)]
pub enum Transformer {
    /// A JMESPath expression applied to the whole result (az's string transformers).
    Whole(&'static str),
    /// An expression applied to each item of a list result (`[fmt(r) for r in results]`).
    PerItem(&'static str),
    /// An expression applied to a single result, wrapped in a list (`[fmt(result)]`).
    Wrap(&'static str),
}

const AKS: &str = "{name: name, location: location, resourceGroup: resourceGroup, kubernetesVersion: kubernetesVersion, currentKubernetesVersion: currentKubernetesVersion, provisioningState: provisioningState, fqdn: fqdn || privateFqdn}";
const NODEPOOL: &str = "{name: name, osType: osType, kubernetesVersion: orchestratorVersion, vmSize: vmSize, osDiskSizeGB: osDiskSizeGB, count: count, maxPods: maxPods, provisioningState: provisioningState, mode: mode}";
const FEATURE: &str = "{Name:name, RegistrationState:properties.state}";
/// acs `_format.py` `aks_run_command_result_format`: its three shapes by provisioning state.
const RUN_COMMAND_RESULT: &str = "provisioningState == 'Succeeded' && {\"exit code\": exitCode, logs: logs} || provisioningState == 'Failed' && {\"provisioning state\": provisioningState, reason: reason} || {\"provisioning state\": provisioningState, \"started At\": startedAt}";
/// acs `_format.py` `aks_machine_show_table_format`: each address as `ip:<ip>,family:<family>;`,
/// the zones joined with ", ".
const MACHINE: &str = "{name: name, ip: join('', (properties.network.ipAddresses || `[]`)[].join('', ['ip:', ip, ',family:', family, ';'])), zones: join(', ', zones || `[]`)}";
/// azr's `aks node-ips`: the tags as `type=tag`, the ports as the flag writes them.
const NODE_IPS: &str = "{Name: name, Nodepool: nodepool, PublicIp: publicIp || '', PublicIpPrefix: publicIpPrefix || '', IpTags: join(',', ipTags[].join('=', [ipTagType, tag])), AllowedHostPorts: join(' ', allowedHostPorts)}";
/// network `_format.py` `transform_nsg_rule_table_output`: Python's `a or ' '.join(b)` is
/// JMESPath's `a || join(' ', b)` (both skip "" and []).
const NSG_RULE: &str = "{Name: name, ResourceGroup: resourceGroup, Priority: priority, SourcePortRanges: sourcePortRange || join(' ', sourcePortRanges), SourceAddressPrefixes: sourceAddressPrefix || join(' ', sourceAddressPrefixes), SourceASG: sourceApplicationSecurityGroups || 'None', Access: access, Protocol: protocol, Direction: direction, DestinationPortRanges: destinationPortRange || join(' ', destinationPortRanges), DestinationAddressPrefixes: destinationAddressPrefix || join(' ', destinationAddressPrefixes), DestinationASG: destinationApplicationSecurityGroups || 'None'}";

/// network `_format.py` `transform_vnet_table_output`.
const VNET: &str = "{Name: name, ResourceGroup: resourceGroup, Location: location, NumSubnets: length(subnets || `[]`), Prefixes: join(', ', addressSpace.addressPrefixes) || ' ', DnsServers: join(', ', dhcpOptions.dnsServers || `[]`) || ' ', DDOSProtection: not_null(enableDdosProtection, ' '), VMProtection: not_null(enableVmProtection, ' ')}";

/// The transformer az registers for a command (acs `_format.py`, network `commands.py`,
/// resource `commands.py`).
pub fn transformer_for(command: &str) -> Option<Transformer> {
    Some(match command {
        "aks show" => Transformer::Wrap(AKS),
        "aks list" => Transformer::PerItem(AKS),
        "aks nodepool show" => Transformer::Wrap(NODEPOOL),
        "aks nodepool list" => Transformer::PerItem(NODEPOOL),
        "aks command invoke" | "aks command result" => Transformer::Whole(RUN_COMMAND_RESULT),
        "aks node-ips" => Transformer::PerItem(NODE_IPS),
        "aks machine show" => Transformer::Whole(MACHINE),
        "aks machine list" => Transformer::PerItem(MACHINE),
        "network nsg rule list" => Transformer::PerItem(NSG_RULE),
        "network nsg rule show" => Transformer::Wrap(NSG_RULE),
        "network vnet list" => Transformer::PerItem(VNET),
        "feature show" => Transformer::Whole(FEATURE),
        "feature list" => Transformer::Whole("[].{Name:name, RegistrationState:properties.state}"),
        "group list" => Transformer::PerItem(
            "{Name: name, Location: location, Status: properties.provisioningState}",
        ),
        _ => return None,
    })
}

/// One table row: ordered (column, value) pairs.
type Row = Vec<(String, Value)>;

/// Renders `result` (already queried) as az's table.
/// `order` gives the key order az's dict would have (`None`: sorted).
pub fn to_table(
    result: &Value,
    transformer: Option<Transformer>,
    query_active: bool,
    order: &super::KeyOrder<'_>,
) -> Result<String, AzError> {
    let unavailable = || AzError::validation(TABLE_UNAVAILABLE);
    let items: Vec<Row>;
    if let (Some(t), false) = (transformer, query_active) {
        let (expr, each, wrap) = match t {
            Transformer::Whole(e) => (e, false, false),
            Transformer::PerItem(e) => (e, true, false),
            Transformer::Wrap(e) => (e, false, true),
        };
        let q = Query::compile(expr).map_err(|_| unavailable())?;
        let cols = q.columns();
        let apply =
            |v: &Value| -> Result<Value, AzError> { q.search(v).map_err(|_| unavailable()) };
        let transformed = if each {
            match result {
                Value::Array(rs) => Value::Array(rs.iter().map(apply).collect::<Result<_, _>>()?),
                _ => return Err(unavailable()),
            }
        } else if wrap {
            Value::Array(vec![apply(result)?])
        } else {
            apply(result)?
        };
        let by_cols = |m: &Map<String, Value>| cols.clone().filter(|c| same_keys(c, m));
        items = rows(&transformed, |m| {
            by_cols(m).or_else(|| Some(m.keys().cloned().collect()))
        });
    } else {
        let sort = !query_active;
        items = rows(result, |m| {
            if sort {
                Some(m.keys().cloned().collect())
            } else {
                order(m).or_else(|| Some(m.keys().cloned().collect()))
            }
        });
    }
    Ok(tabulate(&items) + "\n")
}

fn same_keys(cols: &[String], m: &Map<String, Value>) -> bool {
    cols.len() == m.len() && cols.iter().all(|c| m.contains_key(c))
}

/// `_auto_table`: dict items keep scalar, non-null values (minus id/type/etag) under
/// capitalised names; list items become Column1..N; anything else is `Result`.
fn rows(result: &Value, keys: impl Fn(&Map<String, Value>) -> Option<Vec<String>>) -> Vec<Row> {
    let items: Vec<&Value> = match result {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(m) => keys(m)
                .unwrap_or_default()
                .into_iter()
                .filter(|k| !matches!(k.as_str(), "id" | "type" | "etag"))
                .filter_map(|k| {
                    let v = m.get(&k)?;
                    if v.is_null() || v.is_array() || v.is_object() {
                        return None;
                    }
                    Some((capitalize(&k), v.clone()))
                })
                .collect(),
            Value::Array(vals) => vals
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("Column{}", i + 1), v.clone()))
                .collect(),
            other => vec![("Result".to_string(), other.clone())],
        })
        .collect()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// tabulate's "simple" format with `headers="keys"`, numbers not parsed (all left-aligned),
/// columns at least two wider than their header, rows right-trimmed.
fn tabulate(rows: &[Row]) -> String {
    let mut headers: Vec<String> = Vec::new();
    for r in rows {
        for (k, _) in r {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
    }
    if rows.is_empty() || headers.is_empty() {
        return String::new();
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            headers
                .iter()
                .map(|h| match r.iter().find(|(k, _)| k == h) {
                    Some((_, v)) if !v.is_null() => py_str(v).trim().to_string(),
                    _ => String::new(),
                })
                .collect()
        })
        .collect();
    let width = |s: &str| {
        s.split('\n')
            .map(|l| l.trim_end_matches('\r').chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            cells
                .iter()
                .map(|r| width(&r[i]))
                .max()
                .unwrap_or(0)
                .max(h.chars().count() + 2)
        })
        .collect();
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.chars().count())));
    let line = |parts: Vec<String>| parts.join("  ").trim_end().to_string();
    let mut out = Vec::new();
    out.push(line(
        headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| pad(h, *w))
            .collect(),
    ));
    out.push(line(widths.iter().map(|w| "-".repeat(*w)).collect()));
    for r in &cells {
        let split: Vec<Vec<&str>> = r
            .iter()
            .map(|c| c.split('\n').map(|l| l.trim_end_matches('\r')).collect())
            .collect();
        let height = split.iter().map(Vec::len).max().unwrap_or(1);
        for li in 0..height {
            out.push(line(
                split
                    .iter()
                    .zip(&widths)
                    .map(|(ls, w)| pad(ls.get(li).copied().unwrap_or(""), *w))
                    .collect(),
            ));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sorted(_: &Map<String, Value>) -> Option<Vec<String>> {
        None
    }

    #[test]
    fn generic_table() {
        let t = to_table(
            &json!([{"name": "rg", "location": "eastus", "id": "x", "tags": null, "properties": {}}]),
            None,
            false,
            &sorted,
        )
        .unwrap();
        assert_eq!(t, "Location    Name\n----------  ------\neastus      rg\n");
    }

    #[test]
    fn scalars_and_empty() {
        assert_eq!(
            to_table(&json!([1, true, null, "a"]), None, true, &sorted).unwrap(),
            "Result\n--------\n1\nTrue\n\na\n"
        );
        assert_eq!(to_table(&json!([]), None, false, &sorted).unwrap(), "\n");
    }

    #[test]
    fn nodepool_transformer_keeps_azs_column_names() {
        let t = to_table(
            &json!([{"name": "np", "osType": "Linux", "orchestratorVersion": "1.30", "vmSize": "s",
                     "osDiskSizeGb": 128, "count": 3, "maxPods": 30, "provisioningState": "Succeeded", "mode": "User"}]),
            transformer_for("aks nodepool list"),
            false,
            &sorted,
        )
        .unwrap();
        // osDiskSizeGB is not a key of the shaped pool (it is osDiskSizeGb): the column is empty
        // and dropped, as in az.
        assert_eq!(
            t,
            "Name    OsType    KubernetesVersion    VmSize    Count    MaxPods    ProvisioningState    Mode\n\
             ------  --------  -------------------  --------  -------  ---------  -------------------  ------\n\
             np      Linux     1.30                 s         3        30         Succeeded            User\n"
        );
    }
}
