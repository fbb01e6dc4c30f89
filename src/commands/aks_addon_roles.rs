//! The role assignments az makes for the application gateway ingress and virtual node
//! add-ons once the cluster is created (acs `add_ingress_appgw_addon_role_assignment`,
//! `add_virtual_node_role_assignment`), to the add-on's identity as AKS returns it.

use serde_json::Value;

use super::CommandContext;
use super::graph_principal::Assignee;
use super::role_assignments::add_role_assignment_to;
use crate::error::Result;
use crate::spec::cluster_addon_profiles::Addons;
use crate::spec::resource_id::ResourceId;

/// Whether the create must wait for the cluster to grant roles after it.
pub fn needed(addons: &Addons) -> bool {
    addons.has("ingress-appgw") || addons.has("virtual-node")
}

/// The add-on's principal: a service principal's client id (az resolves it through Microsoft
/// Graph), else the add-on's identity.
fn principal<'a>(cluster: &'a Value, addon: &str) -> Option<Assignee<'a>> {
    let client = cluster
        .pointer("/properties/servicePrincipalProfile/clientId")
        .and_then(Value::as_str);
    if let Some(c) = client.filter(|c| !c.eq_ignore_ascii_case("msi")) {
        return Some(Assignee::ClientId(c));
    }
    cluster
        .pointer(&format!(
            "/properties/addonProfiles/{addon}/identity/objectId"
        ))
        .and_then(Value::as_str)
        .map(Assignee::ObjectId)
}

async fn grant(ctx: &CommandContext, role: &str, who: Assignee<'_>, scope: &str) -> bool {
    add_role_assignment_to(ctx, role, who, scope, "ServicePrincipal").await
}

/// az's order: application gateway ingress, then virtual node.
pub async fn after_create(
    ctx: &CommandContext,
    addons: &Addons,
    cluster: &Value,
    vnet_subnet_id: Option<&str>,
) -> Result<()> {
    if addons.has("ingress-appgw") {
        appgw(ctx, cluster).await;
    }
    if addons.has("virtual-node") {
        let subnet = vnet_subnet_id.unwrap_or_default();
        // the vnet: the subnet id without `/subnets/<name>`
        let vnet = subnet.rsplitn(3, '/').nth(2).unwrap_or_default();
        match principal(cluster, "aciConnectorLinux") {
            Some(p) => {
                if !grant(ctx, "Contributor", p, vnet).await {
                    ctx.warn("Could not create a role assignment for virtual node addon. Are you an Owner on this subscription?");
                }
            }
            None => {
                ctx.warn("Could not find service principal or user assigned MSI for roleassignment")
            }
        }
    }
    Ok(())
}

/// Network Contributor on the gateway's group, on its subnet, or on the nodes' vnet when az
/// makes the gateway's subnet from a CIDR.
async fn appgw(ctx: &CommandContext, cluster: &Value) {
    const ADDON: &str = "ingressApplicationGateway";
    let Some(p) = principal(cluster, ADDON) else {
        return;
    };
    let config = cluster
        .pointer(&format!("/properties/addonProfiles/{ADDON}/config"))
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(id) = config.get("applicationGatewayId").and_then(Value::as_str) {
        let group = ResourceId::parse(id)
            .and_then(|r| {
                r.resource_group
                    .map(|g| format!("/subscriptions/{}/resourceGroups/{g}", r.subscription))
            })
            .unwrap_or_default();
        if !grant(ctx, "Network Contributor", p, &group).await {
            ctx.warn(&format!("Could not create a role assignment for application gateway: {id} specified in {ADDON} addon. Are you an Owner on this subscription?"));
        }
    }
    if let Some(subnet) = config.get("subnetId").and_then(Value::as_str)
        && !grant(ctx, "Network Contributor", p, subnet).await
    {
        ctx.warn(&format!("Could not create a role assignment for subnet: {subnet} specified in {ADDON} addon. Are you an Owner on this subscription?"));
    }
    if config.get("subnetCIDR").is_some() {
        let nodes_subnet = cluster
            .pointer("/properties/agentPoolProfiles/0/vnetSubnetID")
            .and_then(Value::as_str);
        if let Some(subnet) = nodes_subnet {
            let vnet = subnet
                .rsplitn(3, '/')
                .nth(2)
                .unwrap_or_default()
                .to_string();
            if !grant(ctx, "Network Contributor", p, &vnet).await {
                ctx.warn(&format!("Could not create a role assignment for virtual network: {vnet} specified in {ADDON} addon. Are you an Owner on this subscription?"));
            }
        }
    }
}
