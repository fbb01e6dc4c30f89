//! The emulator's SQLite store: resources as JSON documents keyed by lower-cased id, plus
//! address blocks, addresses, operations, features, providers and command results.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::Value;

use super::util::R;

pub const GROUP: &str = "microsoft.resources/resourcegroups";
pub const CLUSTER: &str = "microsoft.containerservice/managedclusters";
pub const POOL: &str = "microsoft.containerservice/managedclusters/agentpools";
pub const PREFIX: &str = "microsoft.network/publicipprefixes";
pub const ASG: &str = "microsoft.network/applicationsecuritygroups";
pub const NSG: &str = "microsoft.network/networksecuritygroups";
pub const VNET: &str = "microsoft.network/virtualnetworks";
pub const NAT_GATEWAY: &str = "microsoft.network/natgateways";
pub const ROUTE_TABLE: &str = "microsoft.network/routetables";
pub const VMSS: &str = "microsoft.compute/virtualmachinescalesets";
pub const IDENTITY: &str = "microsoft.managedidentity/userassignedidentities";

pub fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(60))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Every request runs a handful of the same statements: keep them all compiled (the
    // default of 16 would evict some each request).
    conn.set_prepared_statement_cache_capacity(128);
    Ok(conn)
}

pub fn init_schema(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "BEGIN IMMEDIATE;
        CREATE TABLE IF NOT EXISTS resources(
            id_lower TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            kind TEXT NOT NULL,
            sub_lower TEXT NOT NULL,
            rg_lower TEXT,
            parent_lower TEXT,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS resources_kind ON resources(kind, sub_lower, rg_lower);
        CREATE INDEX IF NOT EXISTS resources_parent ON resources(parent_lower);
        CREATE INDEX IF NOT EXISTS resources_rg ON resources(sub_lower, rg_lower);
        -- The address block of each public IP prefix; blocks never overlap.
        CREATE TABLE IF NOT EXISTS prefix_blocks(
            prefix_lower TEXT PRIMARY KEY,
            start INTEGER NOT NULL UNIQUE,
            size INTEGER NOT NULL);
        -- Every public address handed out: one per VMSS instance with a node public IP.
        CREATE TABLE IF NOT EXISTS addresses(
            ip INTEGER PRIMARY KEY,
            prefix_lower TEXT,
            vmss_lower TEXT NOT NULL,
            instance INTEGER NOT NULL,
            UNIQUE(vmss_lower, instance));
        CREATE INDEX IF NOT EXISTS addresses_prefix ON addresses(prefix_lower);
        CREATE TABLE IF NOT EXISTS operations(
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            cluster_lower TEXT,
            pool_name TEXT,
            state TEXT,
            location TEXT,
            status TEXT NOT NULL,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER NOT NULL,
            error TEXT,
            plan TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS operations_pending ON operations(status, end_ms);
        CREATE INDEX IF NOT EXISTS operations_cluster ON operations(cluster_lower, status);
        CREATE TABLE IF NOT EXISTS features(
            key_lower TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            name TEXT NOT NULL,
            state TEXT NOT NULL,
            target TEXT NOT NULL,
            ready_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS providers(
            ns_lower TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            state TEXT NOT NULL,
            registered_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS command_results(
            id TEXT PRIMARY KEY,
            cluster_lower TEXT NOT NULL,
            body TEXT NOT NULL);
        PRAGMA user_version = 1;
        COMMIT;",
    )
}

pub struct NewRes<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub sub: &'a str,
    pub rg: Option<&'a str>,
    pub parent: Option<&'a str>,
}

pub fn get(tx: &Transaction, id: &str) -> R<Option<Value>> {
    Ok(match get_text(tx, id)? {
        Some(b) => Some(serde_json::from_str(&b)?),
        None => None,
    })
}

/// The stored body as written (`serde_json::to_string` of the document, so it is already
/// the JSON a `Value` answer would serialize to): a GET can send it without parsing it.
pub fn get_text(tx: &Transaction, id: &str) -> R<Option<String>> {
    Ok(tx
        .prepare_cached("SELECT body FROM resources WHERE id_lower = ?1")?
        .query_row(params![id.to_lowercase()], |r| r.get(0))
        .optional()?)
}

pub fn put(tx: &Transaction, r: &NewRes, body: &Value) -> R<()> {
    tx.prepare_cached(
        "INSERT INTO resources(id_lower, id, kind, sub_lower, rg_lower, parent_lower, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id_lower) DO UPDATE SET body = excluded.body",
    )?
    .execute(params![
        r.id.to_lowercase(),
        r.id,
        r.kind,
        r.sub.to_lowercase(),
        r.rg.map(str::to_lowercase),
        r.parent.map(str::to_lowercase),
        serde_json::to_string(body)?
    ])?;
    Ok(())
}

/// Writes a resource of a resource group (no parent).
pub fn put_in_group(
    tx: &Transaction,
    kind: &str,
    sub: &str,
    rg: &str,
    id: &str,
    body: &Value,
) -> R<()> {
    put(
        tx,
        &NewRes {
            id,
            kind,
            sub,
            rg: Some(rg),
            parent: None,
        },
        body,
    )
}

/// Rewrites the body of an existing resource.
pub fn update(tx: &Transaction, id: &str, body: &Value) -> R<()> {
    tx.prepare_cached("UPDATE resources SET body = ?2 WHERE id_lower = ?1")?
        .execute(params![id.to_lowercase(), serde_json::to_string(body)?])?;
    Ok(())
}

pub fn delete(tx: &Transaction, id: &str) -> R<()> {
    tx.prepare_cached("DELETE FROM resources WHERE id_lower = ?1")?
        .execute(params![id.to_lowercase()])?;
    Ok(())
}

fn collect(rows: Vec<String>) -> R<Vec<Value>> {
    rows.iter()
        .map(|b| serde_json::from_str(b).map_err(Into::into))
        .collect()
}

/// Resources of one kind in a subscription, or in one group of it, ordered by id.
pub fn list(tx: &Transaction, kind: &str, sub: &str, rg: Option<&str>) -> R<Vec<Value>> {
    let mut stmt = tx.prepare_cached(
        "SELECT body FROM resources WHERE kind = ?1 AND sub_lower = ?2
         AND (?3 IS NULL OR rg_lower = ?3) ORDER BY id_lower",
    )?;
    let rows = stmt
        .query_map(
            params![kind, sub.to_lowercase(), rg.map(str::to_lowercase)],
            |r| r.get::<_, String>(0),
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    collect(rows)
}

pub fn children(tx: &Transaction, parent: &str, kind: &str) -> R<Vec<Value>> {
    let mut stmt = tx.prepare_cached(
        "SELECT body FROM resources WHERE parent_lower = ?1 AND kind = ?2 ORDER BY rowid",
    )?;
    let rows = stmt
        .query_map(params![parent.to_lowercase(), kind], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    collect(rows)
}

/// Every resource of one kind, across subscriptions (the invariant checker).
pub fn all(tx: &Transaction, kind: &str) -> R<Vec<Value>> {
    let mut stmt =
        tx.prepare_cached("SELECT body FROM resources WHERE kind = ?1 ORDER BY id_lower")?;
    let rows = stmt
        .query_map(params![kind], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    collect(rows)
}

/// Ids (as stored) of everything in a group.
pub fn ids_in_group(tx: &Transaction, sub: &str, rg: &str) -> R<Vec<(String, String)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, kind FROM resources WHERE sub_lower = ?1 AND rg_lower = ?2 ORDER BY id_lower",
    )?;
    let rows = stmt
        .query_map(params![sub.to_lowercase(), rg.to_lowercase()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn group_exists(tx: &Transaction, sub: &str, rg: &str) -> R<bool> {
    Ok(get(tx, &format!("/subscriptions/{sub}/resourceGroups/{rg}"))?.is_some())
}
