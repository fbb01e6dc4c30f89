//! ARM resource ids: `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{child}/{name}]...`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceId {
    pub subscription: String,
    pub resource_group: Option<String>,
    /// `Microsoft.Network`
    pub namespace: Option<String>,
    /// (type, name) pairs below the namespace: `[("publicIPPrefixes", "p")]`.
    pub types: Vec<(String, String)>,
    raw: String,
}

impl ResourceId {
    /// Parses an id the way azure-mgmt-core's `is_valid_resource_id` does: it must start with
    /// `/subscriptions/{id}`, and everything after must come in key/value pairs.
    pub fn parse(s: &str) -> Option<ResourceId> {
        let trimmed = s.strip_prefix('/')?;
        let parts: Vec<&str> = trimmed.split('/').collect();
        if parts.len() < 2 || !parts[0].eq_ignore_ascii_case("subscriptions") || parts[1].is_empty()
        {
            return None;
        }
        if parts.iter().any(|p| p.is_empty()) {
            return None;
        }
        let subscription = parts[1].to_string();
        let mut i = 2;
        let mut resource_group = None;
        if parts.len() > i {
            if !parts[i].eq_ignore_ascii_case("resourceGroups") || parts.len() < i + 2 {
                return None;
            }
            resource_group = Some(parts[i + 1].to_string());
            i += 2;
        }
        let mut namespace = None;
        let mut types = Vec::new();
        if parts.len() > i {
            if !parts[i].eq_ignore_ascii_case("providers") || parts.len() < i + 4 {
                return None;
            }
            namespace = Some(parts[i + 1].to_string());
            i += 2;
            let rest = &parts[i..];
            if rest.len() % 2 != 0 {
                return None;
            }
            for pair in rest.chunks(2) {
                types.push((pair[0].to_string(), pair[1].to_string()));
            }
        }
        Some(ResourceId {
            subscription,
            resource_group,
            namespace,
            types,
            raw: s.to_string(),
        })
    }

    /// The last name in the id.
    pub fn name(&self) -> Option<&str> {
        self.types.last().map(|(_, n)| n.as_str())
    }

    /// `Microsoft.Network/publicIPPrefixes` for a top-level resource.
    pub fn full_type(&self) -> Option<String> {
        let ns = self.namespace.as_ref()?;
        let mut t = ns.clone();
        for (ty, _) in &self.types {
            t.push('/');
            t.push_str(ty);
        }
        Some(t)
    }

    /// True when the id names a resource of this `Namespace/type` (case-insensitive).
    pub fn is_type(&self, full_type: &str) -> bool {
        self.full_type()
            .is_some_and(|t| t.eq_ignore_ascii_case(full_type))
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_prefix_id() {
        let id = ResourceId::parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p",
        )
        .unwrap();
        assert_eq!(id.subscription, "s");
        assert_eq!(id.resource_group.as_deref(), Some("rg"));
        assert_eq!(id.name(), Some("p"));
        assert!(id.is_type("microsoft.network/publicipprefixes"));
    }

    #[test]
    fn rejects_malformed_ids() {
        for bad in [
            "",
            "asg1",
            "/subscriptions",
            "/subscriptions/s/resourceGroups",
            "subscriptions/s",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs",
            "/subscriptions/s//resourceGroups/rg",
        ] {
            assert!(ResourceId::parse(bad).is_none(), "{bad}");
        }
    }
}
