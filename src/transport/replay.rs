//! Answers ARM requests from a cassette (`AZR_REPLAY=FILE`): az's own test recordings or ones
//! azr made with `AZR_RECORD`.
//!
//! Matching (design.md "Cassettes"): method + path (case-insensitive) + query, ignoring
//! `api-version` and the polling tokens of operation URLs. Among the interactions that match,
//! the recorded responses are served in recording order, each once, so one azr process replays
//! one command out of a longer recording; where the recording names the command of each request
//! (the `CommandName` header az and azr send), only that command's interactions answer, so the
//! `aks show` after an `aks create` is not answered with the create's existence check. The recorded request body is then compared
//! semantically; a difference fails the request with a diff. `AZR_REPLAY_IGNORE` lists body paths
//! the comparison skips (comma-separated, `properties.agentPoolProfiles[*].vmSize`), for fields
//! whose defaults changed since a recording was made.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use async_trait::async_trait;

use super::Transport;
use super::cassette::{Cassette, Interaction, MatchKey, diff_bodies};
use crate::arm::{ArmRequest, ArmResponse};
use crate::error::{AzError, Result};

pub struct ReplayTransport {
    path: PathBuf,
    cassette: Cassette,
    used: Mutex<Vec<bool>>,
    ignore: Vec<String>,
}

/// Which recorded interaction answers a request.
pub(crate) enum Pick {
    /// The first interaction that matches and was not used yet.
    Found(usize),
    /// None matches the request.
    NoMatch,
    /// This many match, and every one has been used.
    AllUsed(usize),
}

/// The interaction that answers `req`: method, path and query match (any subscription matches
/// a scrubbed recording); where both name the command (`CommandName`), only that command's
/// interactions answer; the first one `available` accepts, in recording order.
pub(crate) fn pick(
    cassette: &Cassette,
    req: &ArmRequest,
    available: &dyn Fn(usize) -> bool,
) -> Pick {
    let key = MatchKey::new(req.method.as_str(), &req.url);
    let zeroed = key.with_zero_subscription();
    let command = req.header("CommandName");
    let matching: Vec<usize> = cassette
        .interactions
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            let recorded = MatchKey::new(&i.request.method, &i.request.uri);
            recorded == key || recorded == zeroed
        })
        .filter(|(_, i)| {
            let recorded = i
                .request
                .headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("CommandName"))
                .and_then(|(_, v)| v.first());
            match (recorded, command) {
                (Some(recorded), Some(command)) => recorded.as_str() == command,
                _ => true,
            }
        })
        .map(|(index, _)| index)
        .collect();
    match matching.iter().find(|&&i| available(i)) {
        Some(&index) => Pick::Found(index),
        None if matching.is_empty() => Pick::NoMatch,
        None => Pick::AllUsed(matching.len()),
    }
}

/// The error for a request no unused interaction answers.
pub(crate) fn unanswered(path: &Path, req: &ArmRequest, pick: &Pick, hint: &str) -> AzError {
    let message = match pick {
        Pick::AllUsed(count) => format!(
            "The cassette '{}' recorded {count} response(s) for {} {}, and all of them have been used.{hint}",
            path.display(),
            req.method,
            req.url
        ),
        _ => format!(
            "No interaction in the cassette '{}' matches {} {} (method, path and query are compared; api-version and polling tokens are ignored).",
            path.display(),
            req.method,
            req.url
        ),
    };
    AzError::transport(message)
}

/// The body azr sent against the one interaction `index` recorded: a readable field diff, or
/// `Ok` when they agree.
pub(crate) fn check_body(
    path: &Path,
    cassette: &Cassette,
    index: usize,
    req: &ArmRequest,
    ignore: &[String],
) -> Result<()> {
    let interaction = &cassette.interactions[index];
    let diff = diff_bodies(
        interaction.request.body.as_deref(),
        req.body.as_deref(),
        ignore,
    );
    if diff.is_empty() {
        return Ok(());
    }
    let mut message = format!(
        "The request body of {} {} does not match interaction {} of the cassette '{}':",
        req.method,
        req.url,
        index + 1,
        path.display()
    );
    for line in diff {
        message.push_str("\n  ");
        message.push_str(&line);
    }
    Err(AzError::transport(message))
}

/// The recorded response of one interaction.
pub(crate) fn recorded_response(interaction: &Interaction) -> ArmResponse {
    let resp = &interaction.response;
    ArmResponse {
        status: resp.status.code,
        headers: resp.headers_flat(),
        body: resp.body.string.clone().unwrap_or_default().into_bytes(),
    }
}

impl ReplayTransport {
    pub fn open(path: &Path) -> Result<ReplayTransport> {
        Ok(Self::new(path.to_path_buf(), Cassette::load(path)?))
    }

    pub fn new(path: PathBuf, cassette: Cassette) -> ReplayTransport {
        let used = Mutex::new(vec![false; cassette.interactions.len()]);
        ReplayTransport {
            path,
            cassette,
            used,
            ignore: Vec::new(),
        }
    }

    /// Body paths left out of the comparison.
    pub fn ignoring(mut self, paths: Vec<String>) -> Self {
        self.ignore = paths;
        self
    }

    /// The subscription the cassette was recorded in.
    pub fn subscription(&self) -> Option<String> {
        self.cassette.subscription()
    }

    fn answer(&self, req: &ArmRequest) -> Result<ArmResponse> {
        let mut used = self
            .used
            .lock()
            .map_err(|_| AzError::internal("the replay state is poisoned"))?;
        let index = match pick(&self.cassette, req, &|i| !used[i]) {
            Pick::Found(index) => index,
            other => return Err(unanswered(&self.path, req, &other, "")),
        };
        used[index] = true;
        check_body(&self.path, &self.cassette, index, req, &self.ignore)?;
        Ok(recorded_response(&self.cassette.interactions[index]))
    }
}

#[async_trait]
impl Transport for ReplayTransport {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        self.answer(&req)
    }

    fn is_replay(&self) -> bool {
        true
    }

    fn default_subscription(&self) -> Option<String> {
        self.subscription()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Method;

    fn cassette() -> Cassette {
        Cassette::parse(
            r#"interactions:
- request:
    body: null
    method: GET
    uri: https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/providers/X/operations/1?api-version=2017-08-31&t=1&c=2
  response:
    body: {string: '{"status": "InProgress"}'}
    status: {code: 200, message: OK}
- request:
    body: '{"location": "eastus", "n": 1}'
    method: PUT
    uri: https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/X/y/z?api-version=2020-01-01
  response:
    body: {string: '{"id": "z"}'}
    headers: {azure-asyncoperation: [https://management.azure.com/op]}
    status: {code: 201, message: Created}
- request:
    body: null
    method: GET
    uri: https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/providers/X/operations/1?api-version=2017-08-31&t=9&c=9
  response:
    body: {string: '{"status": "Succeeded"}'}
    status: {code: 200, message: OK}
"#,
        )
        .unwrap()
    }

    fn replay() -> ReplayTransport {
        ReplayTransport::new(PathBuf::from("c.yaml"), cassette())
    }

    #[test]
    fn serves_matching_responses_in_order_then_fails() {
        let r = replay();
        let poll = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/x/operations/1?api-version=2099-01-01";
        let a = r.answer(&ArmRequest::new(Method::GET, poll)).unwrap();
        assert_eq!(a.body, br#"{"status": "InProgress"}"#);
        let b = r.answer(&ArmRequest::new(Method::GET, poll)).unwrap();
        assert_eq!(b.body, br#"{"status": "Succeeded"}"#);
        let e = r.answer(&ArmRequest::new(Method::GET, poll)).unwrap_err();
        assert!(
            e.message.contains("recorded 2 response(s)"),
            "{}",
            e.message
        );
    }

    /// A script's cassette: `aks show` is not answered with `aks create`'s existence check.
    #[test]
    fn only_the_running_commands_interactions_answer() {
        let c = Cassette::parse(
            r#"interactions:
- request:
    body: null
    headers: {CommandName: [aks create]}
    method: GET
    uri: https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/X/c/c1?api-version=1
  response:
    body: {string: '{"error": {"code": "ResourceNotFound", "message": "m"}}'}
    status: {code: 404, message: Not Found}
- request:
    body: null
    headers: {CommandName: [aks show]}
    method: GET
    uri: https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/X/c/c1?api-version=1
  response:
    body: {string: '{"id": "c1"}'}
    status: {code: 200, message: OK}
"#,
        )
        .unwrap();
        let url = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/X/c/c1?api-version=1";
        let mut show = ArmRequest::new(Method::GET, url);
        show.headers.push(("CommandName".into(), "aks show".into()));
        let r = ReplayTransport::new(PathBuf::from("c.yaml"), c.clone());
        assert_eq!(r.answer(&show).unwrap().status, 200);
        // a request without the header (or a cassette without it) matches in recording order
        let r = ReplayTransport::new(PathBuf::from("c.yaml"), c);
        assert_eq!(
            r.answer(&ArmRequest::new(Method::GET, url)).unwrap().status,
            404
        );
    }

    #[test]
    fn put_body_is_compared() {
        let url = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/X/y/z?api-version=2026-01-01";
        let ok = replay()
            .answer(
                &ArmRequest::new(Method::PUT, url)
                    .with_json(&serde_json::json!({"n": 1, "location": "eastus"})),
            )
            .unwrap();
        assert_eq!(ok.status, 201);
        assert_eq!(
            ok.header("Azure-AsyncOperation"),
            Some("https://management.azure.com/op")
        );
        let e = replay()
            .answer(
                &ArmRequest::new(Method::PUT, url)
                    .with_json(&serde_json::json!({"n": 2, "location": "eastus"})),
            )
            .unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "The request body of PUT {url} does not match interaction 2 of the cassette 'c.yaml':\n  n: recorded 1, sent 2"
            )
        );
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn unmatched_request_names_method_and_url() {
        let e = replay()
            .answer(&ArmRequest::new(Method::DELETE, "/subscriptions/x/y"))
            .unwrap_err();
        assert!(
            e.message.starts_with(
                "No interaction in the cassette 'c.yaml' matches DELETE /subscriptions/x/y"
            ),
            "{}",
            e.message
        );
    }

    #[test]
    fn any_subscription_matches_a_scrubbed_recording() {
        let url = "/subscriptions/12345678-1234-1234-1234-123456789abc/providers/X/operations/1";
        assert!(replay().answer(&ArmRequest::new(Method::GET, url)).is_ok());
    }
}
