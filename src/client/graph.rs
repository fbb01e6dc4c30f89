//! Microsoft Graph, the calls az's `GraphClient` (role `_msgrpah`) makes for acs: the signed-in
//! user (`/me`), service principals and users by `$filter`, directory objects by id. Sent through
//! the command's transport (so replay, recording and the emulator see them), at the cloud's
//! `microsoftGraphResourceId`; the HTTP transport puts a Graph token on them.

use serde_json::Value;

use super::ArmClient;
use crate::arm::Method;
use crate::error::{AzError, Result};

/// Graph's API version in the URL, az's `V1_0`.
const V1_0: &str = "v1.0";

/// Microsoft Graph for one command.
pub struct Graph<'a> {
    client: &'a ArmClient,
}

impl ArmClient {
    /// Microsoft Graph at `with_graph_endpoint`'s base (the public cloud's by default).
    pub fn graph(&self) -> Graph<'_> {
        Graph { client: self }
    }

    /// The cloud's Microsoft Graph resource id (`https://graph.microsoft.com/`).
    pub fn with_graph_endpoint(mut self, resource: &str) -> Self {
        self.graph_base = resource.trim_end_matches('/').to_string();
        self
    }
}

impl Graph<'_> {
    /// `GET /me`: the signed-in user (a delegated token's; Graph refuses an application's).
    pub async fn signed_in_user(&self) -> Result<Value> {
        self.send(Method::GET, "/me", None).await
    }

    /// `GET /servicePrincipals?$filter=...`, every page.
    pub async fn service_principals(&self, filter: &str) -> Result<Vec<Value>> {
        self.list(&format!("/servicePrincipals{}", filter_query(filter)))
            .await
    }

    /// `GET /users?$filter=...`, every page.
    pub async fn users(&self, filter: &str) -> Result<Vec<Value>> {
        self.list(&format!("/users{}", filter_query(filter))).await
    }

    /// `POST /directoryObjects/getByIds`.
    pub async fn directory_objects_by_ids(&self, body: &Value) -> Result<Vec<Value>> {
        let got = self
            .send(Method::POST, "/directoryObjects/getByIds", Some(body))
            .await?;
        Ok(values(&got))
    }

    async fn list(&self, path: &str) -> Result<Vec<Value>> {
        let got = self.send(Method::GET, path, None).await?;
        Ok(values(&got))
    }

    /// az's `GraphClient._send`: one request, then its `@odata.nextLink`s, gathering `value`;
    /// an error answer is Graph's `error.message` (az's `GraphError`).
    async fn send(&self, method: Method, path: &str, body: Option<&Value>) -> Result<Value> {
        let mut url = format!("{}/{V1_0}{path}", self.client.graph_base);
        let mut gathered: Option<Vec<Value>> = None;
        loop {
            let mut req = self.client.plain_request(method.clone(), url.clone());
            if let Some(b) = body {
                req = req.with_json(b);
            }
            let resp = self.client.send_retrying(req).await?;
            let json = resp.json_body().unwrap_or(Value::Null);
            if !resp.is_success() {
                let message = json
                    .pointer("/error/message")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("Microsoft Graph answered {}", resp.status));
                return Err(AzError::validation(message));
            }
            if let Some(v) = json.get("value").and_then(Value::as_array) {
                gathered
                    .get_or_insert_with(Vec::new)
                    .extend(v.iter().cloned());
            }
            match json.get("@odata.nextLink").and_then(Value::as_str) {
                Some(next) => url = next.to_string(),
                None => {
                    return Ok(match gathered {
                        Some(list) => serde_json::json!({ "value": list }),
                        None => json,
                    });
                }
            }
        }
    }
}

fn values(v: &Value) -> Vec<Value> {
    v.get("value")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// az's `_filter_to_query`: `?$filter=` and the filter percent-encoded whole.
fn filter_query(filter: &str) -> String {
    format!("?$filter={}", crate::encoding::percent_encode(filter))
}

/// How az's acs names the object id of an assignee (acs `_graph.resolve_object_id`): a user
/// principal name by `userPrincipalName`, else a service principal by one of its names, then
/// by display name, else any directory object by id.
pub async fn resolve_object_id(client: &ArmClient, assignee: &str) -> Result<String> {
    let graph = client.graph();
    let mut found = Vec::new();
    if assignee.contains('@') {
        found = graph
            .users(&format!("userPrincipalName eq '{assignee}'"))
            .await?;
    }
    if found.is_empty() {
        found = graph
            .service_principals(&format!("servicePrincipalNames/any(c:c eq '{assignee}')"))
            .await?;
    }
    if found.is_empty() {
        found = graph
            .service_principals(&format!("displayName eq '{assignee}'"))
            .await?;
    }
    if found.is_empty() {
        let body = serde_json::json!({"ids": [assignee], "types": ["user", "group", "servicePrincipal", "directoryObjectPartnerReference"]});
        found = graph.directory_objects_by_ids(&body).await?;
    }
    found
        .first()
        .and_then(|o| o["id"].as_str())
        .map(str::to_string)
        .ok_or_else(|| {
            AzError::validation(format!("No matches in graph database for '{assignee}'"))
        })
}
