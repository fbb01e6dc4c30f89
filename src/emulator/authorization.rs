//! Microsoft.Authorization at any scope: the built-in role definitions az looks up by name,
//! and role assignments (listed with `atScope()` / `assignedTo('...')`, created, deleted). az's
//! `aks create --vnet-subnet-id` checks and grants Network Contributor on the subnet this way.

use serde_json::{Value, json};

use super::router::{Req, RequestContext, empty, method_not_allowed, ok};
use super::store::{self, NewRes};
use super::util::{ApiError, R, rfc3339};
use crate::arm::{ArmResponse, Method};

/// (guid, name, description) of the built-in roles az names.
const BUILT_IN: &[(&str, &str, &str)] = &[
    (
        "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
        "Owner",
        "Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.",
    ),
    (
        "b24988ac-6180-42a0-ab88-20f7382dd24c",
        "Contributor",
        "Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.",
    ),
    (
        "acdd72a7-3385-48ef-bd42-f606fba81ae7",
        "Reader",
        "View all resources, but does not allow you to make any changes.",
    ),
    (
        "4d97b98b-1d4f-4787-a291-c67834d212e7",
        "Network Contributor",
        "Lets you manage networks, but not access to them.",
    ),
    (
        "7f951dda-4ed3-4680-a7ca-43fe172d538d",
        "AcrPull",
        "acr pull",
    ),
    (
        "3913510d-42f4-4e42-8a64-420c390055eb",
        "Monitoring Metrics Publisher",
        "Enables publishing metrics against Azure resources",
    ),
    (
        "b0d8363b-8ddd-447d-831f-62ca05bff136",
        "Monitoring Data Reader",
        "Can read all monitoring data.",
    ),
    (
        "f1a07417-d97a-45cb-824c-7a7467783830",
        "Managed Identity Operator",
        "Read and Assign User Assigned Identity",
    ),
    (
        "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
        "Azure Kubernetes Service RBAC Cluster Admin",
        "Lets you manage all resources in the cluster.",
    ),
    (
        "08d4c71a-cc63-4ce4-a9c8-5dd251b4d619",
        "Azure Container Storage Operator",
        "Enable a managed identity to perform Azure Container Storage operations, such as manage virtual machines and manage virtual networks.",
    ),
];

const ASSIGNMENT_KIND: &str = "microsoft.authorization/roleassignments";
const ASSIGNMENT_TYPE: &str = "Microsoft.Authorization/roleAssignments";

/// `{scope}/providers/Microsoft.Authorization/...`, or `None` for other paths.
pub fn route(ctx: &RequestContext, req: &Req) -> Option<R<ArmResponse>> {
    let i = (0..req.low.len().saturating_sub(1))
        .rev()
        .find(|&i| req.low[i] == "providers" && req.low[i + 1] == "microsoft.authorization")?;
    let scope = format!("/{}", req.segs[..i].join("/"));
    let rest: Vec<&str> = req.low[i + 2..].iter().map(String::as_str).collect();
    let name = req.segs.get(i + 3).map(String::as_str);
    Some(match (rest.as_slice(), name) {
        (["roledefinitions"], _) => role_definitions(req, &scope),
        (["roledefinitions", _], Some(id)) => role_definition(req, &scope, id),
        (["roleassignments"], _) => list_assignments(ctx, req, &scope),
        (["roleassignments", _], Some(n)) => assignment(ctx, req, &scope, n),
        _ => Err(ApiError::new(
            404,
            "InvalidResourceType",
            format!(
                "The resource type could not be found in the namespace 'Microsoft.Authorization' for api version '{}'.",
                req.api_version
            ),
        )),
    })
}

fn subscription_of(scope: &str) -> String {
    scope.split('/').nth(2).unwrap_or_default().to_string()
}

fn definition(scope: &str, (guid, name, description): (&str, &str, &str)) -> Value {
    let sub = subscription_of(scope);
    json!({
        "id": format!("/subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/{guid}"),
        "name": guid,
        "type": "Microsoft.Authorization/roleDefinitions",
        "properties": {
            "roleName": name,
            "type": "BuiltInRole",
            "description": description,
            "assignableScopes": ["/"],
            "permissions": [{"actions": ["*"], "notActions": [], "dataActions": [], "notDataActions": []}]
        }
    })
}

/// `$filter=roleName eq 'Network Contributor'` (or none: every built-in role).
fn role_definitions(req: &Req, scope: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let wanted = req
        .q("$filter")
        .and_then(|f| f.trim().strip_prefix("roleName eq "))
        .map(|n| n.trim().trim_matches('\'').to_string());
    let list: Vec<Value> = BUILT_IN
        .iter()
        .filter(|(_, name, _)| {
            wanted
                .as_deref()
                .is_none_or(|w| w.eq_ignore_ascii_case(name))
        })
        .map(|r| definition(scope, *r))
        .collect();
    Ok(ok(200, &json!({ "value": list })))
}

fn role_definition(req: &Req, scope: &str, id: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    BUILT_IN
        .iter()
        .find(|(guid, _, _)| guid.eq_ignore_ascii_case(id))
        .map(|r| ok(200, &definition(scope, *r)))
        .ok_or_else(|| {
            ApiError::new(
                404,
                "RoleDefinitionDoesNotExist",
                "The specified role definition with ID '".to_string() + id + "' does not exist.",
            )
        })
}

/// Assignments at the scope or above it (`atScope()`), optionally of one principal.
fn list_assignments(ctx: &RequestContext, req: &Req, scope: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let filter = req.q("$filter").unwrap_or_default();
    let principal = filter
        .split("assignedTo('")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .map(str::to_lowercase);
    let scope_lower = scope.to_lowercase();
    let all = store::all(ctx.tx, ASSIGNMENT_KIND)?;
    let list: Vec<Value> = all
        .into_iter()
        .filter(|a| {
            let s = a["properties"]["scope"]
                .as_str()
                .unwrap_or_default()
                .to_lowercase();
            let above = scope_lower == s || scope_lower.starts_with(&format!("{s}/"));
            let whose = a["properties"]["principalId"].as_str().unwrap_or_default();
            above
                && principal
                    .as_deref()
                    .is_none_or(|p| p == whose.to_lowercase())
        })
        .collect();
    Ok(ok(200, &json!({ "value": list })))
}

/// Whether the scope names something that exists: a subscription, group, resource or subnet.
fn scope_exists(ctx: &RequestContext, scope: &str) -> R<bool> {
    let parts: Vec<&str> = scope.split('/').collect();
    match parts.len() {
        3 => Ok(true),
        5 => store::group_exists(ctx.tx, parts[2], parts[4]),
        _ if scope.to_lowercase().contains("/subnets/") => {
            Ok(super::vnet::find_subnet(ctx, scope)?.is_some())
        }
        _ => Ok(store::get(ctx.tx, scope)?.is_some()),
    }
}

/// ARM's `InvalidPrincipalId`: a role assignment's principal must be given, as a GUID.
fn check_principal(principal: &str) -> R<()> {
    if principal.is_empty() {
        return Err(ApiError::bad_request(
            "InvalidPrincipalId",
            "A valid principal ID must be provided for role assignment.",
        ));
    }
    if uuid::Uuid::parse_str(principal).is_err() {
        return Err(ApiError::bad_request(
            "InvalidPrincipalId",
            format!("The Principal ID '{principal}' is not valid. Principal ID must be a GUID."),
        ));
    }
    Ok(())
}

fn assignment(ctx: &RequestContext, req: &Req, scope: &str, name: &str) -> R<ArmResponse> {
    let id = format!("{scope}/providers/{ASSIGNMENT_TYPE}/{name}");
    let existing = store::get(ctx.tx, &id)?;
    match req.method {
        Method::GET => existing.map(|a| ok(200, &a)).ok_or_else(|| {
            ApiError::new(
                404,
                "RoleAssignmentNotFound",
                "The role assignment does not exist.",
            )
        }),
        Method::PUT => {
            let body = req.body()?;
            let p = &body["properties"];
            let role = p["roleDefinitionId"].as_str().unwrap_or_default();
            let principal = p["principalId"].as_str().unwrap_or_default();
            check_principal(principal)?;
            let known = BUILT_IN
                .iter()
                .any(|(guid, _, _)| role.to_lowercase().ends_with(&guid.to_lowercase()));
            if !known {
                return Err(ApiError::bad_request(
                    "RoleDefinitionDoesNotExist",
                    format!("The specified role definition with ID '{role}' does not exist."),
                ));
            }
            if !scope_exists(ctx, scope)? {
                return Err(ApiError::new(
                    404,
                    "InvalidScope",
                    format!(
                        "The scope '{scope}' is not valid for role assignment: it does not exist."
                    ),
                ));
            }
            let duplicate = store::all(ctx.tx, ASSIGNMENT_KIND)?.into_iter().any(|a| {
                let q = &a["properties"];
                q["scope"]
                    .as_str()
                    .is_some_and(|s| s.eq_ignore_ascii_case(scope))
                    && q["principalId"]
                        .as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case(principal))
                    && q["roleDefinitionId"]
                        .as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case(role))
                    && !a["name"]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
            });
            if duplicate {
                return Err(ApiError::new(
                    409,
                    "RoleAssignmentExists",
                    "The role assignment already exists.",
                ));
            }
            let now = rfc3339(ctx.now);
            let a = json!({
                "id": id,
                "name": name,
                "type": ASSIGNMENT_TYPE,
                "properties": {
                    "roleDefinitionId": role,
                    "principalId": principal,
                    "principalType": p["principalType"].as_str().unwrap_or("ServicePrincipal"),
                    "scope": scope,
                    "createdOn": now,
                    "updatedOn": now
                }
            });
            let parts: Vec<&str> = scope.split('/').collect();
            let rg = (parts.len() >= 5).then(|| parts[4]);
            store::put(
                ctx.tx,
                &NewRes {
                    id: &id,
                    kind: ASSIGNMENT_KIND,
                    sub: &subscription_of(scope),
                    rg,
                    parent: None,
                },
                &a,
            )?;
            Ok(ok(201, &a))
        }
        Method::DELETE => match existing {
            Some(a) => {
                store::delete(ctx.tx, &id)?;
                Ok(ok(200, &a))
            }
            None => Ok(empty(204)),
        },
        _ => Err(method_not_allowed(&req.method)),
    }
}
