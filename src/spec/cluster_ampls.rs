//! `--ampls-resource-id` of `aks create` and `aks update`: the Azure Monitor private link scope
//! that the cluster's monitoring endpoints and workspace are linked to. az 2.91's argument
//! validator (`validate_azuremonitor_privatelinkscope_resourceid`) and the guard of
//! `ensure_container_insights_for_monitoring`, with their messages.

use crate::error::{AzError, Result};

/// `validate_azuremonitor_privatelinkscope_resourceid`: the id, sanitized as az does it, must
/// match az's pattern (`re.match`, so anchored at the start only; `.` is any character).
pub fn check_resource_id(given: Option<&str>) -> Result<()> {
    let Some(id) = given else {
        return Ok(());
    };
    let sanitized = super::cluster_metrics::sanitize_resource_id(id);
    let pattern = regex::Regex::new(
        r"^/subscriptions/.*/resourcegroups/.*/providers/microsoft.insights/privatelinkscopes/.*",
    )
    .map_err(|e| AzError::internal(e.to_string()))?;
    if pattern.is_match(&sanitized) {
        return Ok(());
    }
    // az's message has the two spaces
    Err(AzError::validation(
        "--ampls-resource-id  not in the correct format. It should match `/subscriptions/<subscriptionId>/resourceGroups/<resourceGroupName>/providers/microsoft.insights/privatelinkscopes/<resourceName>`",
    ))
}

/// The first check of `ensure_container_insights_for_monitoring` (an `ArgumentUsageError`):
/// a scope only goes with a private cluster whose monitoring uses managed identity.
pub fn check_private_msi(ampls: Option<&str>, private_cluster: bool, msi_auth: bool) -> Result<()> {
    if ampls.is_some() && (!private_cluster || !msi_auth) {
        return Err(AzError::validation(
            "--ampls-resource-id can only be used with private cluster in MSI mode.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scope_id_is_checked_as_az_checks_it() {
        let ok =
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Insights/privateLinkScopes/p";
        assert!(check_resource_id(Some(ok)).is_ok());
        // az sanitizes first: no leading slash, a trailing slash, surrounding spaces
        assert!(check_resource_id(Some(&format!(" {}/ ", &ok[1..]))).is_ok());
        assert!(check_resource_id(None).is_ok());
        for bad in [
            "x",
            "",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Insights/workspaces/w",
            "/resourceGroups/g/providers/Microsoft.Insights/privateLinkScopes/p",
        ] {
            let e = check_resource_id(Some(bad)).unwrap_err();
            assert!(
                e.message
                    .starts_with("--ampls-resource-id  not in the correct format.")
            );
            assert_eq!(e.exit_code(), 1);
        }
    }

    #[test]
    fn a_scope_needs_a_private_cluster_and_msi() {
        let msg = "--ampls-resource-id can only be used with private cluster in MSI mode.";
        assert!(check_private_msi(Some("p"), true, true).is_ok());
        assert!(check_private_msi(None, false, false).is_ok());
        for (private, msi) in [(false, true), (true, false), (false, false)] {
            let e = check_private_msi(Some("p"), private, msi).unwrap_err();
            assert_eq!(e.message, msg);
        }
    }
}
