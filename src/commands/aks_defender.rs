//! `--enable-defender` without a workspace in `--defender-config`: az finds or makes the
//! default Log Analytics workspace (acs `ensure_default_log_analytics_workspace_for_monitoring`,
//! the monitoring add-on's) at its `set_up_defender` / `update_defender` step.

use serde_json::{Value, json};

use super::CommandContext;
use super::aks_monitoring::default_workspace;
use crate::error::Result;
use crate::spec::cluster_addons::{ClusterAddons, Defender};

/// Whether Defender is enabled without a workspace of the user's.
fn wants_default(addons: &ClusterAddons) -> bool {
    matches!(&addons.defender, Some(Defender::Enable { workspace }) if workspace.is_empty())
}

/// `aks create`: the workspace goes into the flags before the body is built.
pub async fn set_up_create(
    ctx: &CommandContext,
    addons: &mut ClusterAddons,
    rg: &str,
    cloud: &str,
) -> Result<()> {
    if wants_default(addons) {
        let workspace = default_workspace(ctx, rg, cloud).await?;
        addons.defender = Some(Defender::Enable { workspace });
    }
    Ok(())
}

/// `aks update`: the workspace goes into the body built from the cluster as read.
pub async fn update(
    ctx: &CommandContext,
    mc: &mut Value,
    addons: &ClusterAddons,
    rg: &str,
    cloud: &str,
) -> Result<()> {
    if !wants_default(addons) {
        return Ok(());
    }
    let workspace = default_workspace(ctx, rg, cloud).await?;
    if let Some(d) = mc.pointer_mut("/properties/securityProfile/defender") {
        d["logAnalyticsWorkspaceResourceId"] = json!(workspace);
    }
    Ok(())
}
