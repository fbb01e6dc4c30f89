//! The kube tables in the emulator's SQLite store. Every read and write goes through the
//! transaction of the ARM request being served. Cluster ids are stored lower-cased (ARM ids
//! are case-insensitive).

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use crate::hostport::{Assignment, Protocol};

pub fn init(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS kube_deployments (
             cluster_id TEXT NOT NULL,
             namespace TEXT NOT NULL,
             name TEXT NOT NULL,
             manifest TEXT NOT NULL,
             replicas INTEGER NOT NULL,
             template_hash TEXT NOT NULL,
             created_at TEXT NOT NULL,
             generation INTEGER NOT NULL,
             pod_serial INTEGER NOT NULL,
             PRIMARY KEY (cluster_id, namespace, name));
         CREATE TABLE IF NOT EXISTS kube_pods (
             cluster_id TEXT NOT NULL,
             namespace TEXT NOT NULL,
             name TEXT NOT NULL,
             deployment TEXT NOT NULL,
             template_hash TEXT NOT NULL,
             serial INTEGER NOT NULL,
             node TEXT,
             pod TEXT NOT NULL,
             PRIMARY KEY (cluster_id, namespace, name));
         -- One row per auto-assigned host port; the key makes a second holder impossible.
         CREATE TABLE IF NOT EXISTS kube_hostports (
             cluster_id TEXT NOT NULL,
             protocol TEXT NOT NULL,
             host_port INTEGER NOT NULL,
             namespace TEXT NOT NULL,
             pod TEXT NOT NULL,
             container_port INTEGER NOT NULL,
             PRIMARY KEY (cluster_id, protocol, host_port));
         CREATE INDEX IF NOT EXISTS kube_hostports_pod ON kube_hostports (cluster_id, namespace, pod);
         CREATE TABLE IF NOT EXISTS kube_services (
             cluster_id TEXT NOT NULL,
             namespace TEXT NOT NULL,
             name TEXT NOT NULL,
             service TEXT NOT NULL,
             PRIMARY KEY (cluster_id, namespace, name));
         CREATE TABLE IF NOT EXISTS kube_namespaces (
             cluster_id TEXT NOT NULL,
             name TEXT NOT NULL,
             created_at TEXT NOT NULL,
             PRIMARY KEY (cluster_id, name));
         -- A cluster's API server: its path key and the bearer tokens of its kubeconfigs.
         CREATE TABLE IF NOT EXISTS kube_clusters (
             cluster_id TEXT PRIMARY KEY,
             key TEXT NOT NULL UNIQUE,
             user_token TEXT NOT NULL,
             admin_token TEXT NOT NULL,
             created_at TEXT NOT NULL);",
    )
}

fn cid(cluster_id: &str) -> String {
    cluster_id.to_ascii_lowercase()
}

#[derive(Debug, Clone)]
pub struct DeploymentRow {
    pub namespace: String,
    pub name: String,
    /// The Deployment as last applied (JSON).
    pub manifest: Value,
    pub replicas: u32,
    pub template_hash: String,
    pub created_at: String,
    pub generation: i64,
    /// Pods created so far; names their suffixes.
    pub pod_serial: i64,
}

#[derive(Debug, Clone)]
pub struct PodRow {
    pub namespace: String,
    pub name: String,
    pub deployment: String,
    pub template_hash: String,
    pub serial: i64,
    pub node: Option<String>,
    /// The Pod object (JSON) as `kubectl get -o json` shows it.
    pub pod: Value,
}

fn json_col(s: String) -> Value {
    serde_json::from_str(&s).unwrap_or(Value::Null)
}

fn deployment_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeploymentRow> {
    Ok(DeploymentRow {
        namespace: r.get(0)?,
        name: r.get(1)?,
        manifest: json_col(r.get(2)?),
        replicas: r.get(3)?,
        template_hash: r.get(4)?,
        created_at: r.get(5)?,
        generation: r.get(6)?,
        pod_serial: r.get(7)?,
    })
}

const DEPLOYMENT_COLS: &str =
    "namespace, name, manifest, replicas, template_hash, created_at, generation, pod_serial";

pub fn deployments(
    c: &Connection,
    cluster_id: &str,
    namespace: Option<&str>,
) -> rusqlite::Result<Vec<DeploymentRow>> {
    let mut st = c.prepare(&format!(
        "SELECT {DEPLOYMENT_COLS} FROM kube_deployments
         WHERE cluster_id = ?1 AND (?2 IS NULL OR namespace = ?2) ORDER BY namespace, name"
    ))?;
    st.query_map(params![cid(cluster_id), namespace], deployment_from)?
        .collect()
}

pub fn deployment(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    name: &str,
) -> rusqlite::Result<Option<DeploymentRow>> {
    c.query_row(
        &format!(
            "SELECT {DEPLOYMENT_COLS} FROM kube_deployments
             WHERE cluster_id = ?1 AND namespace = ?2 AND name = ?3"
        ),
        params![cid(cluster_id), namespace, name],
        deployment_from,
    )
    .optional()
}

pub fn put_deployment(c: &Connection, cluster_id: &str, d: &DeploymentRow) -> rusqlite::Result<()> {
    c.execute(
        "INSERT OR REPLACE INTO kube_deployments
         (cluster_id, namespace, name, manifest, replicas, template_hash, created_at, generation, pod_serial)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            cid(cluster_id),
            d.namespace,
            d.name,
            d.manifest.to_string(),
            d.replicas,
            d.template_hash,
            d.created_at,
            d.generation,
            d.pod_serial
        ],
    )?;
    Ok(())
}

pub fn delete_deployment(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    name: &str,
) -> rusqlite::Result<()> {
    c.execute(
        "DELETE FROM kube_deployments WHERE cluster_id = ?1 AND namespace = ?2 AND name = ?3",
        params![cid(cluster_id), namespace, name],
    )?;
    Ok(())
}

pub fn pods(
    c: &Connection,
    cluster_id: &str,
    namespace: Option<&str>,
) -> rusqlite::Result<Vec<PodRow>> {
    let mut st = c.prepare(
        "SELECT namespace, name, deployment, template_hash, serial, node, pod FROM kube_pods
         WHERE cluster_id = ?1 AND (?2 IS NULL OR namespace = ?2) ORDER BY namespace, name",
    )?;
    st.query_map(params![cid(cluster_id), namespace], |r| {
        Ok(PodRow {
            namespace: r.get(0)?,
            name: r.get(1)?,
            deployment: r.get(2)?,
            template_hash: r.get(3)?,
            serial: r.get(4)?,
            node: r.get(5)?,
            pod: json_col(r.get(6)?),
        })
    })?
    .collect()
}

pub fn put_pod(c: &Connection, cluster_id: &str, p: &PodRow) -> rusqlite::Result<()> {
    c.execute(
        "INSERT OR REPLACE INTO kube_pods
         (cluster_id, namespace, name, deployment, template_hash, serial, node, pod)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            cid(cluster_id),
            p.namespace,
            p.name,
            p.deployment,
            p.template_hash,
            p.serial,
            p.node,
            p.pod.to_string()
        ],
    )?;
    Ok(())
}

/// Deletes a pod and the host ports it held.
pub fn delete_pod(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    name: &str,
) -> rusqlite::Result<()> {
    let id = cid(cluster_id);
    c.execute(
        "DELETE FROM kube_pods WHERE cluster_id = ?1 AND namespace = ?2 AND name = ?3",
        params![id, namespace, name],
    )?;
    c.execute(
        "DELETE FROM kube_hostports WHERE cluster_id = ?1 AND namespace = ?2 AND pod = ?3",
        params![id, namespace, name],
    )?;
    Ok(())
}

/// Every recorded host port: (`namespace/pod`, assignment).
pub fn hostports(c: &Connection, cluster_id: &str) -> rusqlite::Result<Vec<(String, Assignment)>> {
    let mut st = c.prepare(
        "SELECT namespace, pod, protocol, host_port, container_port FROM kube_hostports
         WHERE cluster_id = ?1 ORDER BY rowid",
    )?;
    st.query_map(params![cid(cluster_id)], |r| {
        let ns: String = r.get(0)?;
        let pod: String = r.get(1)?;
        let proto: String = r.get(2)?;
        Ok((
            format!("{ns}/{pod}"),
            Assignment {
                protocol: if proto == "UDP" {
                    Protocol::Udp
                } else {
                    Protocol::Tcp
                },
                host_port: r.get(3)?,
                container_port: r.get(4)?,
            },
        ))
    })?
    .collect()
}

pub fn put_hostport(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    pod: &str,
    a: &Assignment,
) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO kube_hostports (cluster_id, protocol, host_port, namespace, pod, container_port)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            cid(cluster_id),
            a.protocol.as_k8s(),
            a.host_port,
            namespace,
            pod,
            a.container_port
        ],
    )?;
    Ok(())
}

pub fn delete_cluster(c: &Connection, cluster_id: &str) -> rusqlite::Result<()> {
    let id = cid(cluster_id);
    for table in [
        "kube_deployments",
        "kube_pods",
        "kube_hostports",
        "kube_clusters",
        "kube_namespaces",
        "kube_services",
    ] {
        c.execute(
            &format!("DELETE FROM {table} WHERE cluster_id = ?1"),
            params![id],
        )?;
    }
    Ok(())
}

/// A cluster's API server credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub cluster_id: String,
    pub key: String,
    pub user_token: String,
    pub admin_token: String,
    pub created_at: String,
}

fn access_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Access> {
    Ok(Access {
        cluster_id: r.get(0)?,
        key: r.get(1)?,
        user_token: r.get(2)?,
        admin_token: r.get(3)?,
        created_at: r.get(4)?,
    })
}

pub fn access(c: &Connection, cluster_id: &str) -> rusqlite::Result<Option<Access>> {
    c.query_row(
        "SELECT cluster_id, key, user_token, admin_token, created_at FROM kube_clusters WHERE cluster_id = ?1",
        params![cid(cluster_id)],
        access_from,
    )
    .optional()
}

pub fn access_by_key(c: &Connection, key: &str) -> rusqlite::Result<Option<Access>> {
    c.query_row(
        "SELECT cluster_id, key, user_token, admin_token, created_at FROM kube_clusters WHERE key = ?1",
        params![key],
        access_from,
    )
    .optional()
}

pub fn put_access(c: &Connection, a: &Access) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO kube_clusters (cluster_id, key, user_token, admin_token, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            cid(&a.cluster_id),
            a.key,
            a.user_token,
            a.admin_token,
            a.created_at
        ],
    )?;
    Ok(())
}

/// The namespaces created through the API: (name, creation time).
pub fn namespaces(c: &Connection, cluster_id: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = c.prepare(
        "SELECT name, created_at FROM kube_namespaces WHERE cluster_id = ?1 ORDER BY name",
    )?;
    st.query_map(params![cid(cluster_id)], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

pub fn put_namespace(
    c: &Connection,
    cluster_id: &str,
    name: &str,
    created_at: &str,
) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO kube_namespaces (cluster_id, name, created_at) VALUES (?1, ?2, ?3)",
        params![cid(cluster_id), name, created_at],
    )?;
    Ok(())
}

pub fn delete_namespace(c: &Connection, cluster_id: &str, name: &str) -> rusqlite::Result<()> {
    c.execute(
        "DELETE FROM kube_namespaces WHERE cluster_id = ?1 AND name = ?2",
        params![cid(cluster_id), name],
    )?;
    Ok(())
}

/// Services created through the API (the `kubernetes` one is not stored), in name order.
pub fn services(c: &Connection, cluster_id: &str) -> rusqlite::Result<Vec<Value>> {
    let mut st = c.prepare(
        "SELECT service FROM kube_services WHERE cluster_id = ?1 ORDER BY namespace, name",
    )?;
    st.query_map(params![cid(cluster_id)], |r| Ok(json_col(r.get(0)?)))?
        .collect()
}

pub fn put_service(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    name: &str,
    service: &Value,
) -> rusqlite::Result<()> {
    c.execute(
        "INSERT OR REPLACE INTO kube_services (cluster_id, namespace, name, service)
         VALUES (?1, ?2, ?3, ?4)",
        params![cid(cluster_id), namespace, name, service.to_string()],
    )?;
    Ok(())
}

/// Deletes one service, or every service of the namespace when `name` is `None`.
pub fn delete_services(
    c: &Connection,
    cluster_id: &str,
    namespace: &str,
    name: Option<&str>,
) -> rusqlite::Result<()> {
    c.execute(
        "DELETE FROM kube_services WHERE cluster_id = ?1 AND namespace = ?2
         AND (?3 IS NULL OR name = ?3)",
        params![cid(cluster_id), namespace, name],
    )?;
    Ok(())
}
