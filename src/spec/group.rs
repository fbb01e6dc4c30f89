//! Validated inputs of the `group` commands.

use super::names::ResourceGroupName;
use super::tags::Tags;

pub struct GroupCreate {
    pub name: ResourceGroupName,
    pub location: String,
    pub tags: Option<Tags>,
    pub managed_by: Option<String>,
}
