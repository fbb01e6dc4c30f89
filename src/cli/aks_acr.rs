//! The container registry flags of `aks create` and `aks update` (flattened into
//! `AksCreateArgs` / `AksUpdateArgs`): AcrPull role assignments, not part of the cluster body.

use clap::Args;

use crate::spec::cluster_acr::AcrUpdateInput;

#[derive(Debug, Args)]
pub struct CreateAcrArgs {
    /// Grant the 'acrpull' role assignment to the ACR specified by name or resource ID.
    #[arg(long)]
    pub attach_acr: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateAcrArgs {
    /// Grant the 'acrpull' role assignment to the ACR specified by name or resource ID.
    #[arg(long)]
    pub attach_acr: Option<String>,
    /// Disable the 'acrpull' role assignment to the ACR specified by name or resource ID.
    #[arg(long)]
    pub detach_acr: Option<String>,
    /// The principal type of the AcrPull assignment: User, Group or ServicePrincipal.
    #[arg(short = 't', long)]
    pub assignee_principal_type: Option<String>,
}

impl UpdateAcrArgs {
    pub fn into_input(self) -> AcrUpdateInput {
        AcrUpdateInput {
            attach_acr: self.attach_acr,
            detach_acr: self.detach_acr,
            assignee_principal_type: self.assignee_principal_type,
        }
    }
}
