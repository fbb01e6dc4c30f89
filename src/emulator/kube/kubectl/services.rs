//! Services through the API server: a ClusterIP Service gets its cluster IP from the
//! cluster's service CIDR (the first free address after the API server's `.1`, skipping
//! the DNS service's `.10`) and the API server's defaults. No proxying: nothing listens.

use std::net::Ipv4Addr;

use super::server::ApiFail;
use super::*;

fn internal(e: rusqlite::Error) -> ApiFail {
    ApiFail::new(500, "InternalError", e.to_string())
}

fn service_invalid(name: &str, field: &str, what: &str, reason: &str) -> ApiFail {
    let mut f = ApiFail::new(
        422,
        "Invalid",
        format!("Service \"{name}\" is invalid: {field}: {what}"),
    );
    f.cause = Some(Box::new((field.into(), what.into(), reason.into())));
    f.name = name.to_string();
    f
}

/// The network and prefix of an IPv4 CIDR such as `10.0.0.0/16`.
fn parse_cidr(cidr: &str) -> Option<(u32, u32)> {
    let (ip, bits) = cidr.split_once('/')?;
    let ip: Ipv4Addr = ip.parse().ok()?;
    let bits: u32 = bits.parse().ok().filter(|b| *b <= 30)?;
    let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
    Some((u32::from(ip) & mask, bits))
}

/// The services stored for the cluster.
pub fn services(conn: &Connection, cluster: &ClusterView) -> Result<Vec<Value>, ApiFail> {
    store::services(conn, &cluster.cluster_id).map_err(internal)
}

/// Creates a Service (POST); the stored object.
pub fn create_service(
    conn: &Connection,
    cluster: &ClusterView,
    doc: &Value,
    ns: &str,
    now: &str,
) -> Result<Value, ApiFail> {
    let name = doc
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    super::server::same_namespace(doc, ns)?;
    let label = |s: &str| {
        s.len() <= 63
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if name.is_empty() {
        return Err(service_invalid(
            &name,
            "metadata.name",
            "Required value: name or generateName is required",
            "FieldValueRequired",
        ));
    }
    if !label(&name) {
        return Err(service_invalid(
            &name,
            "metadata.name",
            &format!(
                "Invalid value: \"{name}\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
            ),
            "FieldValueInvalid",
        ));
    }
    let all = services(conn, cluster)?;
    if all.iter().any(|s| {
        s.pointer("/metadata/name").and_then(Value::as_str) == Some(name.as_str())
            && s.pointer("/metadata/namespace").and_then(Value::as_str) == Some(ns)
    }) || (ns == "default" && name == "kubernetes")
    {
        let mut f = ApiFail::new(
            409,
            "AlreadyExists",
            format!("services \"{name}\" already exists"),
        );
        f.name = name;
        return Err(f);
    }
    let kind = doc
        .pointer("/spec/type")
        .and_then(Value::as_str)
        .unwrap_or("ClusterIP");
    if kind != "ClusterIP" {
        return Err(service_invalid(
            &name,
            "spec.type",
            &format!(
                "Unsupported value: \"{kind}\": supported values: \"ClusterIP\" (the emulator's API server makes no node ports or load balancers)"
            ),
            "FieldValueNotSupported",
        ));
    }
    let mut ports = Vec::new();
    for (i, p) in doc
        .pointer("/spec/ports")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(port) = p
            .get("port")
            .and_then(Value::as_u64)
            .filter(|n| (1..=65535).contains(n))
        else {
            return Err(service_invalid(
                &name,
                &format!("spec.ports[{i}].port"),
                "Invalid value: must be between 1 and 65535, inclusive",
                "FieldValueInvalid",
            ));
        };
        let mut p = p.clone();
        p["protocol"] = p.get("protocol").cloned().unwrap_or(json!("TCP"));
        p["targetPort"] = p.get("targetPort").cloned().unwrap_or(json!(port));
        ports.push(p);
    }
    if ports.is_empty() {
        return Err(service_invalid(
            &name,
            "spec.ports",
            "Required value",
            "FieldValueRequired",
        ));
    }
    let (net, bits) = parse_cidr(&cluster.service_cidr).ok_or_else(|| {
        ApiFail::new(
            500,
            "InternalError",
            format!(
                "the cluster's service CIDR {} is not an IPv4 range",
                cluster.service_cidr
            ),
        )
    })?;
    let used: Vec<&str> = all
        .iter()
        .filter_map(|s| s.pointer("/spec/clusterIP").and_then(Value::as_str))
        .collect();
    let size = 1u32 << (32 - bits);
    let ip = match doc.pointer("/spec/clusterIP").and_then(Value::as_str) {
        Some(want) if !want.is_empty() && want != "None" => {
            let ok = want
                .parse::<Ipv4Addr>()
                .ok()
                .map(u32::from)
                .filter(|a| (a & !(size - 1)) == net);
            if ok.is_none() {
                return Err(service_invalid(
                    &name,
                    "spec.clusterIPs",
                    &format!(
                        "Invalid value: []string{{\"{want}\"}}: failed to allocate IP {want}: the provided IP ({want}) is not in the valid range. The range of valid IPs is {}",
                        cluster.service_cidr
                    ),
                    "FieldValueInvalid",
                ));
            }
            if used.contains(&want) || want == Ipv4Addr::from(net + 1).to_string() {
                return Err(service_invalid(
                    &name,
                    "spec.clusterIPs",
                    &format!(
                        "Invalid value: []string{{\"{want}\"}}: failed to allocate IP {want}: provided IP is already allocated"
                    ),
                    "FieldValueInvalid",
                ));
            }
            want.to_string()
        }
        _ => (2..size - 1)
            .filter(|k| *k != 10)
            .map(|k| Ipv4Addr::from(net + k).to_string())
            .find(|ip| !used.contains(&ip.as_str()))
            .ok_or_else(|| {
                ApiFail::new(
                    500,
                    "InternalError",
                    "Internal error occurred: failed to allocate a serviceIP: range is full",
                )
            })?,
    };
    let mut meta = doc.get("metadata").cloned().unwrap_or(json!({}));
    meta["namespace"] = json!(ns);
    meta["creationTimestamp"] = json!(now);
    meta["uid"] = json!(uid(&[&cluster.cluster_id, ns, "service", &name]));
    meta["resourceVersion"] = json!("1");
    let mut spec = doc.get("spec").cloned().unwrap_or(json!({}));
    spec["type"] = json!("ClusterIP");
    spec["clusterIP"] = json!(ip);
    spec["clusterIPs"] = json!([ip]);
    spec["ports"] = Value::Array(ports);
    for (k, v) in [
        ("ipFamilies", json!(["IPv4"])),
        ("ipFamilyPolicy", json!("SingleStack")),
        ("sessionAffinity", json!("None")),
        ("internalTrafficPolicy", json!("Cluster")),
    ] {
        spec.as_object_mut().map(|m| m.entry(k).or_insert(v));
    }
    let svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": meta, "spec": spec,
                     "status": {"loadBalancer": {}}});
    store::put_service(conn, &cluster.cluster_id, ns, &name, &svc).map_err(internal)?;
    Ok(svc)
}

/// Deletes a Service; the object as it was, `None` when absent.
pub fn delete_service(
    conn: &Connection,
    cluster: &ClusterView,
    ns: &str,
    name: &str,
) -> Result<Option<Value>, ApiFail> {
    let gone = services(conn, cluster)?.into_iter().find(|s| {
        s.pointer("/metadata/name").and_then(Value::as_str) == Some(name)
            && s.pointer("/metadata/namespace").and_then(Value::as_str) == Some(ns)
    });
    if gone.is_some() {
        store::delete_services(conn, &cluster.cluster_id, ns, Some(name)).map_err(internal)?;
    }
    Ok(gone)
}
