//! `--snapshot-id` of `aks create` and `aks nodepool add`: az reads the node pool snapshot and
//! takes the Kubernetes version, VM size, OS type and OS SKU the flags leave unset from it.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::CommandContext;
use crate::arm::ApiVersion;
use crate::error::{AzError, ErrorKind, Result};
use crate::spec::aks::PoolSpec;
use crate::spec::version::{self, KubernetesVersion};

/// `get_snapshot_by_snapshot_id`: the id lower-cased, then split.
fn snapshot_path(snapshot_id: &str) -> Result<(String, String)> {
    static ID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"/subscriptions/(.*?)/resourcegroups/(.*?)/providers/microsoft.containerservice/snapshots/(.*)",
        )
        .unwrap()
    });
    let lower = snapshot_id.to_lowercase();
    let c = ID.captures(&lower).ok_or_else(|| {
        AzError::validation(format!(
            "Cannot parse snapshot name from provided resource id '{lower}'."
        ))
    })?;
    let path = format!(
        "/subscriptions/{}/resourceGroups/{}/providers/Microsoft.ContainerService/snapshots/{}",
        &c[1], &c[2], &c[3]
    );
    Ok((path, c[3].to_string()))
}

/// GETs the snapshot (a missing one is az's "Snapshot 'NAME' not found.", exit 3) and fills
/// what the flags left unset, as `set_up_snapshot_properties`' getters do.
pub async fn apply(
    ctx: &CommandContext,
    pool: &mut PoolSpec,
    kubernetes_version: &mut Option<KubernetesVersion>,
) -> Result<()> {
    let Some(id) = pool.settings.features.snapshot_id.clone() else {
        return Ok(());
    };
    let (path, name) = snapshot_path(&id)?;
    let snapshot = ctx
        .client
        .get(&path, ApiVersion::ContainerService.as_str())
        .await
        .map_err(|e| match &e.kind {
            ErrorKind::Arm { message, .. } if message.contains("not found") => AzError::new(
                ErrorKind::Arm {
                    status: 404,
                    code: String::new(),
                    message: message.clone(),
                },
                format!("Snapshot '{name}' not found."),
            ),
            _ => e,
        })?;
    let props = &snapshot["properties"];
    let text = |key: &str| props.get(key).and_then(Value::as_str).map(str::to_string);
    if kubernetes_version.is_none()
        && let Some(v) = text("kubernetesVersion")
    {
        *kubernetes_version = version::parse(&v)?;
    }
    if pool.vm_size.is_empty()
        && let Some(size) = text("vmSize")
    {
        pool.vm_size = size;
    }
    let s = &mut pool.settings;
    if !s.os_type_given
        && let Some(os_type) = text("osType")
    {
        s.os_type = os_type;
    }
    if s.os_sku.is_none() {
        s.features.snapshot_os_sku = text("osSku");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_as_az_parses_them() {
        let (path, name) = snapshot_path(
            "/subscriptions/S/resourceGroups/RG/providers/Microsoft.ContainerService/snapshots/Snap1",
        )
        .unwrap();
        assert_eq!(
            path,
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1"
        );
        assert_eq!(name, "snap1");
        assert_eq!(
            snapshot_path(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/snapshots/x"
            )
            .unwrap_err()
            .message,
            "Cannot parse snapshot name from provided resource id '/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/snapshots/x'."
        );
    }
}
