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
            if !rest.len().is_multiple_of(2) {
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

/// azure-mgmt-core's `is_valid_resource_id`, which az's validators call: parse with its
/// `_ARMID_RE` (case-insensitive, anchored at the start only), rebuild the id from the parts
/// and compare case-insensitively. So `/subscriptions/s` passes and a trailing `/` fails.
pub fn is_valid_resource_id(rid: &str) -> bool {
    !rid.is_empty() && rebuild_az(rid).is_some_and(|r| r.to_lowercase() == rid.to_lowercase())
}

/// The parts of an id az's `--ids` takes (azure-mgmt-core's `parse_resource_id`): the
/// subscription, the group and the top-level resource's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdParts {
    pub subscription: String,
    pub resource_group: Option<String>,
    pub name: Option<String>,
    /// The first child's name (`.../virtualNetworks/v/subnets/{child_name_1}`).
    pub child_name_1: Option<String>,
}

/// `parse_resource_id` of an id: `None` when `_ARMID_RE` does not match it.
pub fn az_id_parts(rid: &str) -> Option<IdParts> {
    let m = arm_id_match(rid)?;
    Some(IdParts {
        subscription: m.subscription.to_string(),
        resource_group: m.resource_group.map(str::to_string),
        name: m.provider.map(|(_, _, name, _)| name.to_string()),
        child_name_1: m
            .provider
            .and_then(|(_, _, _, children)| first_child(children))
            .map(str::to_string),
    })
}

/// The name of the first match of `_CHILDREN_RE` in the children part of an id.
fn first_child(children: &str) -> Option<&str> {
    let c = match strip_ci(children, "/providers/") {
        Some(after) => segment(after, false)?.1,
        None => children,
    };
    let (_, r) = segment(c.strip_prefix('/')?, true)?;
    let (name, _) = segment(r.strip_prefix('/')?, false)?;
    Some(name)
}

/// What azure-mgmt-core's `_ARMID_RE` captures: the subscription, the group, and the
/// (namespace, type, name, children) of the provider part.
struct ArmIdMatch<'a> {
    subscription: &'a str,
    resource_group: Option<&'a str>,
    provider: Option<(&'a str, &'a str, &'a str, &'a str)>,
}

/// `_ARMID_RE.match(rid)`:
/// `/subscriptions/(?P<subscription>[^/]+)(/resourceGroups/(?P<resource_group>[^/]+))?`
/// `(/providers/(?P<namespace>[^/]+)/(?P<type>[^/]*)/(?P<name>[^/]+)(?P<children>.*))?`
fn arm_id_match(rid: &str) -> Option<ArmIdMatch<'_>> {
    let rest = strip_ci(rid, "/subscriptions/")?;
    let (subscription, mut rest) = segment(rest, false)?;
    let mut resource_group = None;
    if let Some(after) = strip_ci(rest, "/resourceGroups/")
        && let Some((rg, r)) = segment(after, false)
    {
        resource_group = Some(rg);
        rest = r;
    }
    let provider = (|| {
        let after = strip_ci(rest, "/providers/")?;
        let (ns, r) = segment(after, false)?;
        let (ty, r) = segment(r.strip_prefix('/')?, true)?;
        let (name, r) = segment(r.strip_prefix('/')?, false)?;
        Some((ns, ty, name, r))
    })();
    Some(ArmIdMatch {
        subscription,
        resource_group,
        provider,
    })
}

/// Strips a case-insensitive literal prefix.
fn strip_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `[^/]+` (or `[^/]*` when `allow_empty`): the segment up to the next `/`.
fn segment(s: &str, allow_empty: bool) -> Option<(&str, &str)> {
    let end = s.find('/').unwrap_or(s.len());
    (allow_empty || end > 0).then(|| (&s[..end], &s[end..]))
}

/// `resource_id(**parse_resource_id(rid))`: `None` when the regex does not match at all.
fn rebuild_az(rid: &str) -> Option<String> {
    let m = arm_id_match(rid)?;
    let mut out = vec![format!("/subscriptions/{}", m.subscription)];
    if let Some(rg) = m.resource_group {
        out.push(format!("resourceGroups/{rg}"));
    }
    if let Some((ns, ty, name, children)) = m.provider {
        out.push(format!("providers/{ns}"));
        out.push(format!("{ty}/{name}"));
        // `.` does not match a newline: the rest of the id would be lost.
        let children = match children.find('\n') {
            Some(i) => &children[..i],
            None => children,
        };
        // `_CHILDREN_RE` = `(/providers/(?P<child_namespace>[^/]+))?/(?P<child_type>[^/]*)/(?P<child_name>[^/]+)`;
        // any text between matches is dropped, which the final comparison then catches.
        let mut c = children;
        while !c.is_empty() {
            let with_ns = (|| {
                let after = strip_ci(c, "/providers/")?;
                let (cns, r) = segment(after, false)?;
                let (cty, r) = segment(r.strip_prefix('/')?, true)?;
                let (cname, r) = segment(r.strip_prefix('/')?, false)?;
                Some((Some(cns), cty, cname, r))
            })();
            let plain = || {
                let (cty, r) = segment(c.strip_prefix('/')?, true)?;
                let (cname, r) = segment(r.strip_prefix('/')?, false)?;
                Some((None, cty, cname, r))
            };
            match with_ns.or_else(plain) {
                Some((cns, cty, cname, r)) => {
                    if let Some(cns) = cns {
                        out.push(format!("providers/{cns}"));
                    }
                    out.push(format!("{cty}/{cname}"));
                    c = r;
                }
                // finditer would skip ahead; whatever it finds, the id no longer rebuilds.
                None => return Some(String::new()),
            }
        }
    }
    Some(out.join("/"))
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

    #[test]
    fn az_is_valid_resource_id_cases() {
        // Checked against azure.mgmt.core.tools.is_valid_resource_id (az 2.91's venv).
        let cases = [
            ("/subscriptions/s", true),
            ("/subscriptions/s/resourceGroups/rg", true),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a",
                true,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a/",
                false,
            ),
            ("/subscriptions/s/providers/Microsoft.Network/asgs/a", true),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a/sub/b",
                true,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a/sub",
                false,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network//a",
                true,
            ),
            (
                "subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a",
                false,
            ),
            (
                "/SUBSCRIPTIONS/s/resourcegroups/rg/PROVIDERS/Microsoft.Network/asgs/a",
                true,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs/a/providers/Microsoft.X/t/n",
                true,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network",
                false,
            ),
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/asgs",
                false,
            ),
            ("/subscriptions/s/foo/bar", false),
            (
                "xx/subscriptions/s/resourceGroups/rg/providers/N/t/n",
                false,
            ),
            (" /subscriptions/s/resourceGroups/rg/providers/N/t/n", false),
            ("/subscriptions/s/resourceGroups/r g/providers/N/t/n", true),
            ("", false),
            ("bad", false),
        ];
        for (id, want) in cases {
            assert_eq!(is_valid_resource_id(id), want, "{id:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn built_ids_are_valid(sub in "[a-z0-9-]{1,12}", rg in "[A-Za-z0-9_.()-]{1,12}",
                               ns in "[A-Za-z.]{1,12}", ty in "[A-Za-z]{1,12}", name in "[A-Za-z0-9_-]{1,12}") {
            let id = format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{ty}/{name}");
            proptest::prop_assert!(is_valid_resource_id(&id));
            let trailing = format!("{id}/");
            proptest::prop_assert!(!is_valid_resource_id(&trailing));
        }

        #[test]
        fn never_panics(s in ".*") {
            let _ = is_valid_resource_id(&s);
            let _ = ResourceId::parse(&s);
        }
    }
}
