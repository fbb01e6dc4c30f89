//! `listClusterUserCredential` / `listClusterAdminCredential` and the door to each cluster's
//! Kubernetes API server (`/k8s/<key>/...` on the emulator's own TLS server): the kubeconfig
//! names that URL, the emulator's CA and a bearer token that every API call must carry.

use super::*;
use crate::arm::ArmRequest;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The path prefix of the clusters' API servers.
pub const KUBE_PREFIX: &str = "/k8s/";

pub(super) fn list_credential(
    ctx: &RequestContext,
    scope: &Scope,
    cluster_name: &str,
    admin: bool,
) -> R<ArmResponse> {
    let c = get_cluster(ctx, scope, cluster_name)?;
    let info = ClusterInfo::from_body(&c);
    let access = kube::access(ctx.tx, &info.id)?;
    let base = ctx
        .opts
        .kube_base_url
        .as_deref()
        .unwrap_or(&ctx.opts.base_url)
        .trim_end_matches('/')
        .to_string();
    let server = format!("{base}{KUBE_PREFIX}{}", access.key);
    let (role, token) = if admin {
        ("clusterAdmin", &access.admin_token)
    } else {
        ("clusterUser", &access.user_token)
    };
    let user = format!("{role}_{}_{}", info.rg, info.name);
    let ca = match &ctx.opts.kube_ca {
        Some(ca) => {
            let pem = ca
                .pem()
                .map_err(|e| ApiError::internal(format!("the emulator's CA: {}", e.message)))?;
            format!("    certificate-authority-data: {}\n", STANDARD.encode(pem))
        }
        None => String::new(),
    };
    let name = yaml_scalar(&info.name);
    let user = yaml_scalar(&user);
    let kubeconfig = format!(
        "apiVersion: v1\nclusters:\n- cluster:\n{ca}    server: {server}\n  name: {name}\ncontexts:\n- context:\n    cluster: {name}\n    user: {user}\n  name: {name}\ncurrent-context: {name}\nkind: Config\npreferences: {{}}\nusers:\n- name: {user}\n  user:\n    token: {token}\n"
    );
    Ok(ok(
        200,
        &json!({"kubeconfigs": [{"name": role, "value": STANDARD.encode(kubeconfig)}]}),
    ))
}

/// A name as a YAML scalar: quoted when YAML would read it as something else than a string.
fn yaml_scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'_' || b == b'-')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "~"
        );
    if plain {
        s.to_string()
    } else {
        format!("'{s}'")
    }
}

/// One request to a cluster's API server: `path` is what follows `/k8s/`.
pub fn kube_api(ctx: &RequestContext, req: &ArmRequest, path: &str) -> R<ArmResponse> {
    let (key, rest) = path.split_once('/').unwrap_or((path, ""));
    let Some(access) = kube::access_by_key(ctx.tx, key)? else {
        return Ok(kube::api::status(
            404,
            "NotFound",
            "the server could not find the requested resource",
            None,
        ));
    };
    let token = req
        .header("Authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    // Digests compared, so the time taken says nothing about the tokens.
    let digest = |s: &str| crate::crypto::sha256(&[s.as_bytes()]);
    let known = token.is_some_and(|t| {
        let d = digest(t);
        d == digest(&access.user_token) || d == digest(&access.admin_token)
    });
    if !known {
        return Ok(kube::api::unauthorized());
    }
    let Some(c) = store::get(ctx.tx, &access.cluster_id)? else {
        return Ok(kube::api::status(
            503,
            "ServiceUnavailable",
            "the cluster no longer exists",
            None,
        ));
    };
    let info = ClusterInfo::from_body(&c);
    let mut view = cluster_view(ctx, &info)?;
    view.created_at = Some(access.created_at.clone());
    let query = crate::encoding::parse_query(req.query());
    let server = format!(
        "{}{KUBE_PREFIX}{key}",
        ctx.opts
            .kube_base_url
            .as_deref()
            .unwrap_or(&ctx.opts.base_url)
    );
    let kreq = kube::api::KubeRequest {
        method: req.method.clone(),
        path: &format!("/{rest}"),
        query,
        accept: req.header("Accept").unwrap_or(""),
        content_type: req.header("Content-Type").unwrap_or(""),
        body: req.body.as_deref().unwrap_or_default(),
        server: &server,
    };
    Ok(kube::api::handle(ctx.tx, &view, &kreq))
}
