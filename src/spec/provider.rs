//! Validated inputs of `provider register`.

/// `az provider register`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRegister {
    pub namespace: String,
    pub consent: bool,
    /// `-m`: register for a management group instead of the subscription.
    pub management_group: Option<String>,
    pub wait: bool,
    pub accept_terms: bool,
}
