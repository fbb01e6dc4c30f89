//! `--ampls-resource-id` in the monitoring calls (acs `addonconfiguration.py`): with a private
//! link scope, az makes the cluster a config data collection endpoint (closed to the public
//! network, in the cluster's region), makes its ingestion endpoint private too, and once the
//! cluster's rule is associated, associates the config endpoint with the cluster and links the
//! endpoints and the workspace to the scope (`create_ampls_scope`: list the scope's scoped
//! resources, add the one that is missing).

use serde_json::{Value, json};

use super::CommandContext;
use super::aks_monitoring::{INSIGHTS_API, cut};
use crate::arm::Method;
use crate::arm::envelope::reason_phrase;
use crate::error::Result;

/// The api-version az reads and writes scoped resources with.
const SCOPED_API: &str = "2021-07-01-preview";

/// The scope a monitoring call links to, and the cluster's config endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmplsLink {
    /// `--ampls-resource-id` as given (az builds its URLs from it unchanged).
    pub scope: String,
    pub config_dce_name: String,
    pub config_dce: String,
    /// The cluster's region: the config endpoint's and its association's.
    pub cluster_region: String,
}

impl AmplsLink {
    /// `MSCI-config-<cluster region>-<cluster>`, cut to 43 characters; `None` without a scope.
    pub fn new(
        scope: Option<&str>,
        sub: &str,
        rg: &str,
        cluster_region: &str,
        cluster: &str,
    ) -> Option<Self> {
        let scope = scope?;
        let name = cut(format!("MSCI-config-{cluster_region}-{cluster}"), 43);
        Some(AmplsLink {
            scope: scope.to_string(),
            config_dce: format!(
                "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Insights/dataCollectionEndpoints/{name}"
            ),
            config_dce_name: name,
            cluster_region: cluster_region.to_string(),
        })
    }
}

/// acs `_is_private_cluster_on_mc`: the cluster (as read, or as about to be written) is private.
pub(super) fn private_cluster(mc: &Value) -> bool {
    mc.pointer("/properties/apiServerAccessProfile/enablePrivateCluster")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// acs `create_data_collection_endpoint` with a scope: closed to the public network, written
/// without reading the endpoint there is.
pub(super) async fn put_private_dce(ctx: &CommandContext, dce: &str, region: &str) -> Result<()> {
    let body = json!({
        "location": region,
        "kind": "Linux",
        "properties": {"networkAcls": {"publicNetworkAccess": "Disabled"}},
    });
    ctx.client.put_begin(dce, INSIGHTS_API, &body).await?;
    Ok(())
}

/// The config endpoint, made after the ingestion one.
pub(super) async fn ensure_config_dce(ctx: &CommandContext, link: &AmplsLink) -> Result<()> {
    put_private_dce(ctx, &link.config_dce, &link.cluster_region).await
}

/// After the rule's association: the config endpoint's association with the cluster, then
/// the scope's links to the config endpoint, the workspace and (high log scale mode) the
/// ingestion endpoint.
pub(super) async fn link(
    ctx: &CommandContext,
    link: &AmplsLink,
    cluster_path: &str,
    workspace: &str,
    ingestion_dce: Option<&str>,
) -> Result<()> {
    let body = json!({
        "location": link.cluster_region,
        "properties": {
            "dataCollectionEndpointId": link.config_dce,
            "description": "associates config dataCollectionEndpoint to AKS cluster resource",
        },
    });
    let association = format!(
        "{cluster_path}/providers/Microsoft.Insights/dataCollectionRuleAssociations/configurationAccessEndpoint"
    );
    ctx.client
        .put_begin(&association, INSIGHTS_API, &body)
        .await?;
    create_scope(ctx, &link.scope, &link.config_dce_name, &link.config_dce).await?;
    let workspace_name = workspace.split('/').nth(8).unwrap_or_default();
    create_scope(ctx, &link.scope, workspace_name, workspace).await?;
    if let Some(dce) = ingestion_dce {
        let name = dce.rsplit('/').next().unwrap_or_default();
        create_scope(ctx, &link.scope, name, dce).await?;
    }
    Ok(())
}

/// acs `create_ampls_scope`: nothing when the scope already links `linked` (ids compared
/// case-insensitively), else `<name>-connection` under it.
async fn create_scope(ctx: &CommandContext, scope: &str, name: &str, linked: &str) -> Result<()> {
    if already_linked(ctx, scope, linked).await? {
        return Ok(());
    }
    let path = format!("{scope}/scopedresources/{name}-connection");
    let body = json!({"properties": {"linkedResourceId": linked}});
    ctx.client.put_begin(&path, SCOPED_API, &body).await?;
    Ok(())
}

/// acs `is_ampls_scoped_exist`: a failed read is a warning (az's words) and counts as not
/// linked.
async fn already_linked(ctx: &CommandContext, scope: &str, linked: &str) -> Result<bool> {
    let url = format!("{scope}/scopedresources?api-version={SCOPED_API}");
    let resp = ctx
        .client
        .send_raw(ctx.client.request(Method::GET, url))
        .await?;
    let text = String::from_utf8_lossy(&resp.body).to_string();
    if !resp.is_success() {
        // send_raw_request's HTTPError: the reason, then the body in brackets
        let body = if text.is_empty() {
            String::new()
        } else {
            format!("({text})")
        };
        ctx.warn(&format!(
            "Error checking AMPLS scoped resources: {}{body}",
            reason_phrase(resp.status)
        ));
        return Ok(false);
    }
    let list: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let found = list["value"].as_array().into_iter().flatten().any(|s| {
        s.pointer("/properties/linkedResourceId")
            .and_then(Value::as_str)
            .is_some_and(|l| l.eq_ignore_ascii_case(linked))
    });
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_endpoint_is_named_as_az_names_it() {
        let l = AmplsLink::new(Some("/p"), "s", "g", "eastus", "c").unwrap();
        assert_eq!(l.config_dce_name, "MSCI-config-eastus-c");
        assert!(
            l.config_dce
                .ends_with("/dataCollectionEndpoints/MSCI-config-eastus-c")
        );
        // 43 characters ending on the cluster name's hyphen, which is dropped
        let long = format!("{}-b", "a".repeat(23));
        let l = AmplsLink::new(Some("/p"), "s", "g", "eastus", &long).unwrap();
        assert_eq!(
            l.config_dce_name,
            format!("MSCI-config-eastus-{}", "a".repeat(23))
        );
        assert!(AmplsLink::new(None, "s", "g", "eastus", "c").is_none());
    }
}
