//! Names of resources, with az's validators and messages.

use crate::error::{AzError, Result};

/// A resource group name: 1-90 characters of `[-\w._()]`, not ending in `.` (ARM's rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceGroupName(pub String);

pub fn resource_group(value: &str, flag: &str) -> Result<ResourceGroupName> {
    let ok = !value.is_empty()
        && value.chars().count() <= 90
        && !value.ends_with('.')
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '(' | ')'));
    if !ok {
        return Err(AzError::validation(format!(
            "{flag} '{value}' is not a valid resource group name: it must be 1-90 characters of letters, digits, '_', '-', '.', '(' or ')', and must not end with '.'"
        )));
    }
    Ok(ResourceGroupName(value.to_string()))
}
