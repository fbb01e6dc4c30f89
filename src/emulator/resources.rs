//! Microsoft.Resources (subscriptions, resource groups, providers) and Microsoft.Features.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

use super::router::{Req, RequestContext, empty, method_not_allowed, ok, ok_text};
use super::util::{ApiError, R};
use super::{aks, store};
use crate::arm::{ArmResponse, Method};

pub fn subscription_body(sub: &str) -> Value {
    json!({
        "id": format!("/subscriptions/{sub}"),
        "subscriptionId": sub,
        "tenantId": super::TENANT_ID,
        "displayName": "Emulated subscription",
        "state": "Enabled",
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": "PayAsYouGo_2014-09-01",
            "spendingLimit": "Off"
        },
        "authorizationSource": "RoleBased",
        "managedByTenants": []
    })
}

/// The emulator serves one subscription; ARM refuses anything else before looking further.
pub fn known_subscription(lower: &str, given: &str) -> R<()> {
    if lower == super::SUBSCRIPTION_ID {
        return Ok(());
    }
    if !super::auth::is_guid(given) {
        return Err(ApiError::bad_request(
            "InvalidSubscriptionId",
            format!("The provided subscription identifier '{given}' is malformed or invalid."),
        ));
    }
    Err(ApiError::new(
        404,
        "SubscriptionNotFound",
        format!("The subscription '{given}' could not be found."),
    ))
}

/// ARM's canonical location name: `East US` → `eastus`.
pub fn normalize_location(loc: &str) -> String {
    loc.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// The regions the emulator places resources in, for every resource type: Azure's public
/// regions as `az account list-locations` names them (physical regions, canary ones included).
pub const REGIONS: &[&str] = &[
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "centraluseuap",
    "chilecentral",
    "eastasia",
    "eastus",
    "eastus2",
    "eastus2euap",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3",
];

pub const GROUP_TYPE: &str = "Microsoft.Resources/resourceGroups";

/// The `location` of a body, required on tracked resources, canonical (`East US` → `eastus`)
/// and one of `REGIONS`; otherwise ARM's refusal, before anything is created.
pub fn required_location(body: &Value, resource_type: &str) -> R<String> {
    let given = match body.get("location").and_then(Value::as_str) {
        Some(l) if !l.trim().is_empty() => l,
        _ => {
            return Err(ApiError::bad_request(
                "LocationRequired",
                "The location property is required for this definition.",
            ));
        }
    };
    let location = normalize_location(given);
    if REGIONS.contains(&location.as_str()) {
        return Ok(location);
    }
    let list = REGIONS.join(",");
    Err(if resource_type == GROUP_TYPE {
        ApiError::bad_request(
            "LocationNotAvailableForResourceGroup",
            format!(
                "The provided location '{given}' is not available for resource group. List of available regions is '{list}'."
            ),
        )
    } else {
        ApiError::bad_request(
            "LocationNotAvailableForResourceType",
            format!(
                "The provided location '{given}' is not available for resource type '{resource_type}'. List of available regions for the resource type is '{list}'."
            ),
        )
    })
}

fn valid_group_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 90
        && !name.ends_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '(' | ')'))
}

pub fn group_id(sub: &str, rg: &str) -> String {
    format!("/subscriptions/{sub}/resourceGroups/{rg}")
}

/// Creates a group the emulator itself needs (a cluster's node resource group).
pub fn ensure_group(
    ctx: &RequestContext,
    sub: &str,
    rg: &str,
    location: &str,
    managed_by: Option<&str>,
) -> R<()> {
    let id = group_id(sub, rg);
    if store::get(ctx.tx, &id)?.is_some() {
        return Ok(());
    }
    let mut body = json!({
        "id": id, "name": rg, "type": GROUP_TYPE,
        "location": location, "properties": {"provisioningState": "Succeeded"}
    });
    if let Some(m) = managed_by {
        body["managedBy"] = json!(m);
    }
    store::put(
        ctx.tx,
        &store::NewRes {
            id: &id,
            kind: store::GROUP,
            sub,
            rg: Some(rg),
            parent: None,
        },
        &body,
    )
}

pub fn list_groups(ctx: &RequestContext, req: &Req, sub: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let mut groups = store::list(ctx.tx, store::GROUP, sub, None)?;
    if let Some(filter) = req.q("$filter") {
        // ARM reads the filter's names in any case (az sends `tagname eq ... and tagvalue eq`)
        let lower = filter.to_ascii_lowercase();
        let tag_name = quoted_after(filter, &lower, "tagname eq ");
        let tag_value = quoted_after(filter, &lower, "tagvalue eq ");
        if let Some(name) = tag_name {
            groups.retain(|g| {
                let tags = g.get("tags").and_then(Value::as_object);
                let v = tags.and_then(|t| {
                    t.iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(&name))
                        .map(|(_, v)| v)
                });
                match (v, &tag_value) {
                    (Some(_), None) => true,
                    (Some(v), Some(want)) => v.as_str() == Some(want.as_str()),
                    _ => false,
                }
            });
        }
    }
    Ok(ok(200, &json!({ "value": groups })))
}

/// The quoted value after `key` in `s`, found in `lower` (`s` in lower case, same offsets).
fn quoted_after(s: &str, lower: &str, key: &str) -> Option<String> {
    let i = lower.find(key)? + key.len();
    let rest = s[i..].strip_prefix('\'')?;
    let end = rest.find('\'')?;
    Some(rest[..end].to_string())
}

pub fn group(ctx: &RequestContext, req: &Req, sub: &str, rg: &str) -> R<ArmResponse> {
    let id = group_id(sub, rg);
    if req.method == Method::GET {
        return store::get_text(ctx.tx, &id)?
            .map(|g| ok_text(200, g))
            .ok_or_else(|| ApiError::rg_not_found(rg));
    }
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::HEAD => Ok(empty(if existing.is_some() { 204 } else { 404 })),
        Method::PUT => {
            if !valid_group_name(rg) {
                return Err(ApiError::bad_request(
                    "InvalidResourceGroupName",
                    format!(
                        "Resource group name '{rg}' is invalid. It can include alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that match the allowed characters."
                    ),
                ));
            }
            let body = req.body()?;
            let location = required_location(&body, GROUP_TYPE)?;
            let status = if existing.is_some() { 200 } else { 201 };
            let mut g = existing.unwrap_or_else(|| {
                json!({
                    "id": id, "name": rg, "type": GROUP_TYPE,
                    "location": location, "properties": {"provisioningState": "Succeeded"}
                })
            });
            if g.get("location").and_then(Value::as_str) != Some(location.as_str()) {
                return Err(ApiError::new(
                    409,
                    "InvalidResourceGroupLocation",
                    format!(
                        "Invalid resource group location '{location}'. The Resource group already exists in location '{}'.",
                        g.get("location").and_then(Value::as_str).unwrap_or("")
                    ),
                ));
            }
            set_or_remove(&mut g, "tags", body.get("tags"));
            set_or_remove(&mut g, "managedBy", body.get("managedBy"));
            store::put(
                ctx.tx,
                &store::NewRes {
                    id: &id,
                    kind: store::GROUP,
                    sub,
                    rg: Some(rg),
                    parent: None,
                },
                &g,
            )?;
            Ok(ok(status, &g))
        }
        Method::PATCH => {
            let mut g = existing.ok_or_else(|| ApiError::rg_not_found(rg))?;
            let body = req.body()?;
            if let Some(t) = body.get("tags") {
                set_or_remove(&mut g, "tags", Some(t));
            }
            if let Some(m) = body.get("managedBy") {
                set_or_remove(&mut g, "managedBy", Some(m));
            }
            store::update(ctx.tx, &id, &g)?;
            Ok(ok(200, &g))
        }
        Method::DELETE => {
            let Some(g) = existing else {
                return Err(ApiError::rg_not_found(rg));
            };
            let name = g.get("name").and_then(Value::as_str).unwrap_or(rg);
            delete_group(ctx, sub, name)?;
            let token = super::util::new_guid();
            let loc = ctx.url(&format!(
                "/subscriptions/{sub}/operationresults/{token}?api-version={}",
                req.api_version
            ));
            Ok(ctx.poll_hint(empty(202).with_header("Location", loc)))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

fn set_or_remove(v: &mut Value, key: &str, new: Option<&Value>) {
    if let Some(obj) = v.as_object_mut() {
        match new {
            Some(n) if !n.is_null() => {
                obj.insert(key.to_string(), n.clone());
            }
            _ => {
                obj.remove(key);
            }
        }
    }
}

/// Deletes a group and everything in it: clusters first (with their node resource groups
/// and addresses), then the rest. A prefix still handing out addresses elsewhere stops it.
pub fn delete_group(ctx: &RequestContext, sub: &str, rg: &str) -> R<()> {
    for (id, kind) in store::ids_in_group(ctx.tx, sub, rg)? {
        if kind == store::CLUSTER {
            aks::purge_cluster(ctx, &id)?;
        }
    }
    for (id, kind) in store::ids_in_group(ctx.tx, sub, rg)? {
        if kind == store::VMSS {
            super::network::free_vmss_addresses(ctx, &id)?;
        }
    }
    for (id, kind) in store::ids_in_group(ctx.tx, sub, rg)? {
        if kind == store::PREFIX {
            super::network::ensure_prefix_unused(ctx, &id)?;
            super::network::drop_prefix_block(ctx, &id)?;
        }
        store::delete(ctx.tx, &id)?;
    }
    store::delete(ctx.tx, &group_id(sub, rg))
}

pub fn group_delete_result(_ctx: &RequestContext, req: &Req, _token: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    // Group deletion finishes within its request.
    Ok(empty(200))
}

// ---------------------------------------------------------------------------------------
// Providers

struct KnownProvider {
    namespace: &'static str,
    types: &'static [&'static str],
    registration_free: bool,
}

const PROVIDERS: &[KnownProvider] = &[
    KnownProvider {
        namespace: "Microsoft.ContainerService",
        types: &[
            "managedClusters",
            "managedClusters/agentPools",
            "locations",
            "locations/operations",
            "locations/operationresults",
        ],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.Network",
        types: &[
            "publicIPPrefixes",
            "publicIPAddresses",
            "applicationSecurityGroups",
            "networkSecurityGroups",
            "virtualNetworks",
            "natGateways",
            "routeTables",
            "locations",
            "locations/operations",
        ],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.Compute",
        types: &[
            "virtualMachineScaleSets",
            "locations",
            "locations/operations",
        ],
        registration_free: false,
    },
    // what az's managed Prometheus registers before it makes its workspace, rules and links
    KnownProvider {
        namespace: "Microsoft.Insights",
        types: &[
            "dataCollectionRules",
            "dataCollectionEndpoints",
            "dataCollectionRuleAssociations",
        ],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.AlertsManagement",
        types: &["prometheusRuleGroups", "alertRuleRecommendations"],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.Monitor",
        types: &["accounts"],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.Dashboard",
        types: &["grafana"],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.KubernetesConfiguration",
        types: &["extensions", "operations"],
        registration_free: false,
    },
    KnownProvider {
        namespace: "Microsoft.Features",
        types: &["features", "providers"],
        registration_free: true,
    },
    KnownProvider {
        namespace: "Microsoft.Resources",
        types: &["resourceGroups", "subscriptions", "providers"],
        registration_free: true,
    },
];

fn known_provider(ns: &str) -> Option<&'static KnownProvider> {
    PROVIDERS
        .iter()
        .find(|p| p.namespace.eq_ignore_ascii_case(ns))
}

fn invalid_namespace(ns: &str) -> ApiError {
    ApiError::new(
        404,
        "InvalidResourceNamespace",
        format!("The resource namespace '{ns}' is invalid."),
    )
}

/// (state, time of the last registration) of a provider; providers start `Registered`.
pub fn provider_state(ctx: &RequestContext, sub: &str, ns: &str) -> R<(String, i64)> {
    let row: Option<(String, i64)> = ctx
        .tx
        .query_row(
            "SELECT state, registered_ms FROM providers WHERE ns_lower = ?1",
            params![format!("{sub}/{ns}").to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.unwrap_or_else(|| ("Registered".to_string(), 0)))
}

fn provider_body(ctx: &RequestContext, sub: &str, p: &KnownProvider) -> R<Value> {
    let (state, _) = provider_state(ctx, sub, p.namespace)?;
    let types: Vec<Value> = p
        .types
        .iter()
        .map(|t| {
            json!({
                "resourceType": t,
                "locations": ["East US", "East US 2", "West US 2", "West Europe", "North Europe"],
                "apiVersions": api_versions_for(p.namespace),
                "capabilities": "None"
            })
        })
        .collect();
    Ok(json!({
        "id": format!("/subscriptions/{sub}/providers/{}", p.namespace),
        "namespace": p.namespace,
        "registrationState": state,
        "registrationPolicy": if p.registration_free { "RegistrationFree" } else { "RegistrationRequired" },
        "resourceTypes": types
    }))
}

fn api_versions_for(ns: &str) -> Vec<&'static str> {
    match ns {
        "Microsoft.ContainerService" => vec!["2026-08-01", "2026-06-01", "2025-10-01"],
        "Microsoft.Network" => vec!["2025-09-01", "2022-01-01", "2021-08-01", "2018-10-01"],
        "Microsoft.Compute" => vec!["2026-04-01", "2024-07-01"],
        "Microsoft.Features" => vec!["2021-07-01", "2015-12-01"],
        _ => vec!["2024-11-01", "2022-12-01", "2016-02-01"],
    }
}

pub fn list_providers(ctx: &RequestContext, req: &Req, sub: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let value = PROVIDERS
        .iter()
        .map(|p| provider_body(ctx, sub, p))
        .collect::<R<Vec<_>>>()?;
    Ok(ok(200, &json!({ "value": value })))
}

pub fn provider(
    ctx: &RequestContext,
    req: &Req,
    sub: &str,
    ns: &str,
    action: Option<&str>,
) -> R<ArmResponse> {
    let p = known_provider(ns).ok_or_else(|| invalid_namespace(ns))?;
    match (action, &req.method) {
        (None, &Method::GET) => Ok(ok(200, &provider_body(ctx, sub, p)?)),
        (Some(a), &Method::POST) => {
            let _ = req.optional_body()?;
            let (state, ms) = if a == "register" {
                ("Registered", ctx.now)
            } else {
                // ARM's state once a namespace is unregistered (az's `--wait` waits for it);
                // `NotRegistered` is for one never registered
                ("Unregistered", provider_state(ctx, sub, p.namespace)?.1)
            };
            ctx.tx.execute(
                "INSERT INTO providers(ns_lower, namespace, state, registered_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(ns_lower) DO UPDATE SET state = excluded.state, registered_ms = excluded.registered_ms",
                params![format!("{sub}/{}", p.namespace).to_lowercase(), p.namespace, state, ms],
            )?;
            let mut body = provider_body(ctx, sub, p)?;
            if a == "unregister" {
                body["registrationState"] = json!("Unregistering");
            }
            Ok(ok(200, &body))
        }
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// `POST /providers/Microsoft.Management/managementGroups/{group}/providers/{ns}/register`:
/// the namespace is registered for the management group (kept beside the subscriptions'
/// registrations); ARM answers without a body.
pub fn register_at_management_group(
    ctx: &RequestContext,
    req: &Req,
    group: &str,
    ns: &str,
) -> R<ArmResponse> {
    if req.method != Method::POST {
        return Err(method_not_allowed(&req.method));
    }
    let p = known_provider(ns).ok_or_else(|| invalid_namespace(ns))?;
    if group.is_empty() || group.len() > 90 {
        return Err(ApiError::bad_request(
            "InvalidManagementGroupId",
            format!("The management group id '{group}' is not valid."),
        ));
    }
    ctx.tx.execute(
        "INSERT INTO providers(ns_lower, namespace, state, registered_ms) VALUES (?1, ?2, 'Registered', ?3)
         ON CONFLICT(ns_lower) DO UPDATE SET state = excluded.state, registered_ms = excluded.registered_ms",
        params![format!("managementgroups/{group}/{}", p.namespace).to_lowercase(), p.namespace, ctx.now],
    )?;
    Ok(empty(200))
}

// ---------------------------------------------------------------------------------------
// Features

const FEATURES: &[(&str, &[&str])] = &[
    (
        "Microsoft.ContainerService",
        &[
            "PodHostPortAutoAssignPreview",
            "NodePublicIPTagsPreview",
            "NodePublicIPNSGControlPreview",
            "NodePublicIPPreview",
            "EnableAPIServerVnetIntegrationPreview",
            "AKSHTTPCustomFeatures",
        ],
    ),
    ("Microsoft.Network", &["AllowBringYourOwnPublicIpAddress"]),
    ("Microsoft.Compute", &["EncryptionAtHost"]),
];

pub const HOSTPORT_FEATURE: (&str, &str) =
    ("Microsoft.ContainerService", "PodHostPortAutoAssignPreview");

fn known_feature(ns: &str, name: &str) -> R<(&'static str, &'static str)> {
    let (ns, names) = FEATURES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(ns))
        .ok_or_else(|| invalid_namespace(ns))?;
    let name = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            ApiError::new(
                404,
                "FeatureNotFound",
                format!("The feature '{name}' could not be found."),
            )
        })?;
    Ok((ns, name))
}

/// The state a feature shows now, and when it reached it (0 when never touched).
pub fn feature_state(ctx: &RequestContext, sub: &str, ns: &str, name: &str) -> R<(String, i64)> {
    let row: Option<(String, String, i64)> = ctx
        .tx
        .query_row(
            "SELECT state, target, ready_ms FROM features WHERE key_lower = ?1",
            params![format!("{sub}/{ns}/{name}").to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(match row {
        None => ("NotRegistered".to_string(), 0),
        Some((_, target, ready)) if ctx.now >= ready => (target, ready),
        Some((state, _, ready)) => (state, ready),
    })
}

fn feature_body(sub: &str, ns: &str, name: &str, state: &str) -> Value {
    json!({
        "id": format!("/subscriptions/{sub}/providers/Microsoft.Features/providers/{ns}/features/{name}"),
        "name": format!("{ns}/{name}"),
        "type": "Microsoft.Features/providers/features",
        "properties": {"state": state}
    })
}

pub fn list_features(
    ctx: &RequestContext,
    req: &Req,
    sub: &str,
    ns: Option<&str>,
) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    if let Some(ns) = ns.filter(|ns| !FEATURES.iter().any(|(n, _)| n.eq_ignore_ascii_case(ns))) {
        return Err(invalid_namespace(ns));
    }
    let mut value = Vec::new();
    for (n, names) in FEATURES {
        if ns.is_some_and(|want| !want.eq_ignore_ascii_case(n)) {
            continue;
        }
        for name in *names {
            let (state, _) = feature_state(ctx, sub, n, name)?;
            value.push(feature_body(sub, n, name, &state));
        }
    }
    Ok(ok(200, &json!({ "value": value })))
}

pub fn feature(
    ctx: &RequestContext,
    req: &Req,
    sub: &str,
    ns: &str,
    name: &str,
    action: Option<&str>,
) -> R<ArmResponse> {
    let (ns, name) = known_feature(ns, name)?;
    match (action, &req.method) {
        (None, &Method::GET) => {
            let (state, _) = feature_state(ctx, sub, ns, name)?;
            Ok(ok(200, &feature_body(sub, ns, name, &state)))
        }
        (Some(a @ ("register" | "unregister")), &Method::POST) => {
            let (current, _) = feature_state(ctx, sub, ns, name)?;
            let (state, target) = if a == "register" {
                ("Registering", "Registered")
            } else {
                ("Unregistering", "Unregistered")
            };
            // Registering twice leaves a registered feature as it is.
            if current == target {
                return Ok(ok(200, &feature_body(sub, ns, name, &current)));
            }
            let ready = ctx.now + ctx.opts.feature_delay.as_millis() as i64;
            ctx.tx.execute(
                "INSERT INTO features(key_lower, namespace, name, state, target, ready_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(key_lower) DO UPDATE SET state = excluded.state,
                     target = excluded.target, ready_ms = excluded.ready_ms",
                params![
                    format!("{sub}/{ns}/{name}").to_lowercase(),
                    ns,
                    name,
                    state,
                    target,
                    ready
                ],
            )?;
            Ok(ok(200, &feature_body(sub, ns, name, state)))
        }
        (Some(_), &Method::POST) => Err(ApiError::new(
            404,
            "NotFound",
            format!(
                "No HTTP resource was found that matches the request URI '{}'.",
                req.path
            ),
        )),
        _ => Err(method_not_allowed(&req.method)),
    }
}

/// Host-port auto-assignment is on when the preview feature is `Registered` and
/// Microsoft.ContainerService was registered again after it (as the AKS docs ask).
pub fn hostport_auto_assign(ctx: &RequestContext, sub: &str) -> R<bool> {
    let (ns, name) = HOSTPORT_FEATURE;
    let (state, ready) = feature_state(ctx, sub, ns, name)?;
    if state != "Registered" {
        return Ok(false);
    }
    let (pstate, registered) = provider_state(ctx, sub, ns)?;
    Ok(pstate == "Registered" && registered >= ready)
}
