//! The api-versions az 2.91 sends, in one table (design.md "Pinned api-versions").

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiVersion {
    /// Microsoft.ContainerService managedClusters and agentPools.
    ContainerService,
    /// Microsoft.Network publicIPPrefixes.
    NetworkPublicIpPrefix,
    /// Microsoft.Network applicationSecurityGroups (`az network asg`).
    NetworkAsg,
    /// Microsoft.Network networkSecurityGroups and their rules (`az network nsg [rule]`).
    NetworkNsg,
    /// Microsoft.Network virtualNetworks (`az network vnet`).
    NetworkVnet,
    /// Microsoft.Network virtualNetworks/subnets (`az network vnet subnet`, an older version).
    NetworkSubnet,
    /// `.../virtualMachineScaleSets/{vmss}/publicipaddresses` (Network API on a Compute path).
    VmssPublicIps,
    /// Microsoft.Compute virtualMachineScaleSets.
    ComputeVmss,
    /// `az vmss list` (its AAZ command pins an older Compute version than `vmss show`).
    ComputeVmssList,
    /// Microsoft.Authorization role assignments (acs's authorization client).
    Authorization,
    /// Microsoft.Authorization role definitions, as the same client lists them.
    AuthorizationRoleDefinitions,
    /// Microsoft.Features.
    Features,
    /// Microsoft.Resources: resource groups and providers.
    Resources,
    /// `GET /subscriptions`.
    Subscriptions,
    /// `GET {arm}/metadata/endpoints`.
    CloudMetadata,
}

impl ApiVersion {
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiVersion::ContainerService => "2026-06-01",
            ApiVersion::NetworkPublicIpPrefix => "2025-09-01",
            ApiVersion::NetworkAsg => "2021-08-01",
            ApiVersion::NetworkNsg => "2022-01-01",
            ApiVersion::NetworkVnet => "2025-07-01",
            ApiVersion::NetworkSubnet => "2024-07-01",
            ApiVersion::VmssPublicIps => "2018-10-01",
            ApiVersion::ComputeVmss => "2026-04-01",
            ApiVersion::ComputeVmssList => "2024-11-01",
            ApiVersion::Authorization => "2022-04-01",
            ApiVersion::AuthorizationRoleDefinitions => "2022-05-01-preview",
            ApiVersion::Features => "2021-07-01",
            ApiVersion::Resources => "2024-11-01",
            ApiVersion::Subscriptions => "2022-12-01",
            ApiVersion::CloudMetadata => "2022-09-01",
        }
    }
}
