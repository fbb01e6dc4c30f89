//! The invariant checker behind `azr emulator check --state FILE`: every address inside its
//! prefix, no address twice, prefix blocks apart, every VMSS matching its pool. SQLite's own
//! `PRAGMA integrity_check` comes first: on a malformed file the other checks mean nothing.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use rusqlite::params;
use serde_json::Value;

use super::util::ip_to_string;
use super::{aks, store};
use crate::error::{AzError, Result};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    pub clusters: usize,
    pub pools: usize,
    pub vmss: usize,
    pub prefixes: usize,
    pub addresses: usize,
    /// One line per broken invariant; empty when the state is consistent.
    pub problems: Vec<String>,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} clusters, {} pools, {} scale sets, {} prefixes, {} addresses",
            self.clusters, self.pools, self.vmss, self.prefixes, self.addresses
        )?;
        if self.problems.is_empty() {
            writeln!(f, "ok")
        } else {
            for p in &self.problems {
                writeln!(f, "problem: {p}")?;
            }
            Ok(())
        }
    }
}

/// Reads the state file and checks it. Pools with an operation still running are checked
/// only for addresses, since their scale set follows when the operation ends.
pub fn check(path: &Path) -> Result<CheckReport> {
    if !path.exists() {
        return Err(AzError::io(format!(
            "The emulator state {} does not exist.",
            path.display()
        )));
    }
    let mut conn = store::connect(path)
        .map_err(|e| AzError::io(format!("cannot open {}: {e}", path.display())))?;
    let malformed = integrity_problems(&conn)
        .map_err(|e| AzError::io(format!("cannot check {}: {e}", path.display())))?;
    if !malformed.is_empty() {
        return Ok(CheckReport {
            problems: malformed,
            ..CheckReport::default()
        });
    }
    let tx = conn
        .transaction()
        .map_err(|e| AzError::io(format!("cannot read {}: {e}", path.display())))?;
    run(&tx).map_err(|e| AzError::io(format!("cannot check {}: {}", path.display(), e.message)))
}

/// What `PRAGMA integrity_check` finds wrong in the file, one line each; empty when it says ok.
fn integrity_problems(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .filter(|r| r != "ok")
        .map(|r| format!("SQLite integrity_check: {r}"))
        .collect())
}

struct Addr {
    ip: u32,
    prefix: Option<String>,
    vmss: String,
    instance: i64,
}

fn run(tx: &rusqlite::Transaction) -> super::util::R<CheckReport> {
    let mut report = CheckReport::default();
    let blocks: Vec<(String, u32, u32)> = {
        let mut stmt =
            tx.prepare("SELECT prefix_lower, start, size FROM prefix_blocks ORDER BY start")?;
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, i64>(1)? as u32,
                r.get::<_, i64>(2)? as u32,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    let addrs: Vec<Addr> = {
        let mut stmt =
            tx.prepare("SELECT ip, prefix_lower, vmss_lower, instance FROM addresses ORDER BY ip")?;
        stmt.query_map([], |r| {
            Ok(Addr {
                ip: r.get::<_, i64>(0)? as u32,
                prefix: r.get(1)?,
                vmss: r.get(2)?,
                instance: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    report.addresses = addrs.len();

    // Prefixes: a block per prefix, blocks apart, ipPrefix matching the block.
    let prefixes = store::all(tx, store::PREFIX)?;
    report.prefixes = prefixes.len();
    let block_of: HashMap<&str, (u32, u32)> = blocks
        .iter()
        .map(|(p, s, n)| (p.as_str(), (*s, *n)))
        .collect();
    for w in blocks.windows(2) {
        if w[0].1 + w[0].2 > w[1].1 {
            report.problems.push(format!(
                "prefix blocks of {} and {} overlap",
                w[0].0, w[1].0
            ));
        }
    }
    for p in &prefixes {
        let id = p["id"].as_str().unwrap_or("");
        match block_of.get(id.to_lowercase().as_str()) {
            None => report
                .problems
                .push(format!("prefix {id} has no address block")),
            Some((s, n)) => {
                let len = 32 - n.trailing_zeros();
                let want = format!("{}/{len}", ip_to_string(*s));
                if p.pointer("/properties/ipPrefix").and_then(Value::as_str) != Some(&want) {
                    report.problems.push(format!(
                        "prefix {id} shows an ipPrefix other than its block {want}"
                    ));
                }
            }
        }
    }

    // A block outlives its prefix only if a delete leaked it.
    let prefix_ids: std::collections::HashSet<String> = prefixes
        .iter()
        .map(|p| p["id"].as_str().unwrap_or("").to_lowercase())
        .collect();
    for (p, s, n) in &blocks {
        if !prefix_ids.contains(p) {
            report.problems.push(format!(
                "address block {}/{} is held by {p}, which does not exist",
                ip_to_string(*s),
                32 - n.trailing_zeros()
            ));
        }
    }

    // Addresses: inside their prefix, outside every prefix otherwise, owned by a VMSS.
    let mut seen = HashMap::new();
    for a in &addrs {
        if let Some(prev) = seen.insert(a.ip, &a.vmss) {
            report.problems.push(format!(
                "address {} is handed out twice ({prev} and {})",
                ip_to_string(a.ip),
                a.vmss
            ));
        }
        match &a.prefix {
            Some(p) => match block_of.get(p.as_str()) {
                Some((s, n)) if a.ip >= *s && a.ip < s + n => {}
                _ => report.problems.push(format!(
                    "address {} of {} instance {} is outside its prefix {p}",
                    ip_to_string(a.ip),
                    a.vmss,
                    a.instance
                )),
            },
            None => {
                if blocks.iter().any(|(_, s, n)| a.ip >= *s && a.ip < s + n) {
                    report.problems.push(format!(
                        "address {} has no prefix but lies inside a prefix block",
                        ip_to_string(a.ip)
                    ));
                }
            }
        }
    }
    let mut by_vmss: BTreeMap<&str, Vec<&Addr>> = BTreeMap::new();
    for a in &addrs {
        by_vmss.entry(a.vmss.as_str()).or_default().push(a);
    }

    // Pools against their scale sets.
    let clusters = store::all(tx, store::CLUSTER)?;
    report.clusters = clusters.len();
    let vmss_all = store::all(tx, store::VMSS)?;
    report.vmss = vmss_all.len();
    let vmss_by_id: HashMap<String, &Value> = vmss_all
        .iter()
        .map(|v| (v["id"].as_str().unwrap_or("").to_lowercase(), v))
        .collect();
    let mut owned = std::collections::HashSet::new();
    for c in &clusters {
        let cid = c["id"].as_str().unwrap_or("");
        let pools = store::children(tx, cid, store::POOL)?;
        report.pools += pools.len();
        let busy: i64 = tx.query_row(
            "SELECT COUNT(*) FROM operations WHERE cluster_lower = ?1 AND status = 'InProgress'",
            params![cid.to_lowercase()],
            |r| r.get(0),
        )?;
        for p in &pools {
            let name = p["name"].as_str().unwrap_or("");
            let props = &p["properties"];
            let vid = aks::pool_vmss_id(c, name).to_lowercase();
            owned.insert(vid.clone());
            let ips = by_vmss.get(vid.as_str()).cloned().unwrap_or_default();
            if let Some(want) = props["nodePublicIPPrefixID"]
                .as_str()
                .filter(|s| !s.is_empty())
            {
                for a in &ips {
                    if a.prefix.as_deref() != Some(want.to_lowercase().as_str()) {
                        report.problems.push(format!(
                            "pool {name} of {cid}: address {} is not from its prefix {want}",
                            ip_to_string(a.ip)
                        ));
                    }
                }
            }
            if busy > 0 {
                continue;
            }
            let count = props["count"].as_i64().unwrap_or(0);
            let public = props["enableNodePublicIP"].as_bool().unwrap_or(false);
            let failed = props["provisioningState"].as_str() == Some("Failed");
            let Some(v) = vmss_by_id.get(&vid) else {
                // A pool whose creation failed has no nodes, so no scale set and no address.
                if failed && ips.is_empty() {
                    continue;
                }
                report
                    .problems
                    .push(format!("pool {name} of {cid} has no scale set {vid}"));
                continue;
            };
            if v.pointer("/sku/capacity").and_then(Value::as_i64) != Some(count) {
                report.problems.push(format!(
                    "scale set {vid} has capacity {} but pool {name} has count {count}",
                    v.pointer("/sku/capacity").unwrap_or(&Value::Null)
                ));
            }
            let has_cfg = v
                .pointer("/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations/0/properties/ipConfigurations/0/properties/publicIPAddressConfiguration")
                .is_some();
            if has_cfg != public {
                report.problems.push(format!(
                    "scale set {vid}: public IP configuration {has_cfg} but pool {name} enableNodePublicIP {public}"
                ));
            }
            let want: Vec<i64> = if public {
                (0..count).collect()
            } else {
                Vec::new()
            };
            let mut got: Vec<i64> = ips.iter().map(|a| a.instance).collect();
            got.sort_unstable();
            if got != want {
                report.problems.push(format!(
                    "scale set {vid} has addresses for instances {got:?}, expected {want:?}"
                ));
            }
        }
    }
    for v in vmss_by_id.keys() {
        if !owned.contains(v) {
            report
                .problems
                .push(format!("scale set {v} belongs to no agent pool"));
        }
    }
    for vmss in by_vmss.keys() {
        if !vmss_by_id.contains_key(*vmss) {
            report.problems.push(format!(
                "addresses are held by {vmss}, which does not exist"
            ));
        }
    }
    report.problems.extend(leaked_host_ports(tx)?);
    report.problems.extend(super::vnet::problems(tx)?);
    Ok(report)
}

/// Host ports still held for pods that no longer exist.
fn leaked_host_ports(tx: &rusqlite::Transaction) -> super::util::R<Vec<String>> {
    let kube: i64 = tx.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('kube_hostports', 'kube_pods')",
        [],
        |r| r.get(0),
    )?;
    if kube < 2 {
        return Ok(Vec::new());
    }
    let mut stmt = tx.prepare(
        "SELECT h.cluster_id, h.protocol, h.host_port, h.namespace, h.pod FROM kube_hostports h
         LEFT JOIN kube_pods p
           ON p.cluster_id = h.cluster_id AND p.namespace = h.namespace AND p.name = h.pod
         WHERE p.name IS NULL",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(format!(
            "host port {}/{} of {} is held by pod {}/{}, which does not exist",
            r.get::<_, i64>(2)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(0)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
