//! Request parsing and routing: case-insensitive paths, a leading `//` tolerated, any
//! well-formed api-version, ARM's error envelope for everything that goes wrong.

use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde_json::{Value, json};

use super::util::{ApiError, R};
use super::{EmulatorOptions, aks, authorization, compute, network, resources, store};
use crate::arm::{ArmRequest, ArmResponse, Method};
use crate::encoding::percent_decode;

pub struct Req<'a> {
    pub method: Method,
    /// Path segments, decoded, in the case the client sent.
    pub segs: Vec<String>,
    /// The same, lower-cased, for matching.
    pub low: Vec<String>,
    pub query: Vec<(String, String)>,
    pub api_version: String,
    pub raw_body: Option<&'a [u8]>,
    /// The path as received (without query), for `nextLink`.
    pub path: String,
}

impl Req<'_> {
    pub fn q(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The JSON object in the body; ARM's `InvalidRequestContent` when it is not one.
    pub fn body(&self) -> R<Value> {
        let raw = self.raw_body.unwrap_or_default();
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Err(ApiError::bad_request(
                "InvalidRequestContent",
                "The request content was invalid and could not be deserialized: 'The request body is empty.'.",
            ));
        }
        match serde_json::from_slice::<Value>(raw) {
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(_) => Err(ApiError::bad_request(
                "InvalidRequestContent",
                "The request content was invalid and could not be deserialized: 'The request body must be a JSON object.'.",
            )),
            Err(e) => Err(ApiError::bad_request(
                "InvalidRequestContent",
                format!("The request content was invalid and could not be deserialized: '{e}'."),
            )),
        }
    }

    /// The body when there is one (POST actions take an optional body).
    pub fn optional_body(&self) -> R<Option<Value>> {
        match self.raw_body {
            Some(b) if !b.iter().all(u8::is_ascii_whitespace) => self.body().map(Some),
            _ => Ok(None),
        }
    }
}

pub struct RequestContext<'t> {
    pub tx: &'t Transaction<'t>,
    pub now: i64,
    pub opts: &'t EmulatorOptions,
}

impl RequestContext<'_> {
    /// An absolute URL on the emulator for `path_and_query`.
    pub fn url(&self, path_and_query: &str) -> String {
        format!(
            "{}{}",
            self.opts.base_url.trim_end_matches('/'),
            path_and_query
        )
    }

    pub fn duration_ms(&self) -> i64 {
        self.opts.operation_duration.as_millis() as i64
    }

    /// Adds the poll hint to a long-running operation's answer.
    pub fn poll_hint(&self, resp: ArmResponse) -> ArmResponse {
        let ms = self.opts.poll_interval.as_millis();
        if ms >= 1000 {
            resp.with_header("Retry-After", (ms / 1000).to_string())
        } else {
            resp.with_header("retry-after-ms", ms.max(1).to_string())
        }
    }
}

pub fn ok(status: u16, body: &Value) -> ArmResponse {
    ArmResponse::json(status, body).with_header("x-ms-request-id", super::util::new_guid())
}

/// `ok` for a body that is already JSON text (a stored document).
pub fn ok_text(status: u16, body: String) -> ArmResponse {
    let mut resp = ArmResponse::new(status);
    resp.headers.push((
        "Content-Type".into(),
        "application/json; charset=utf-8".into(),
    ));
    resp.body = body.into_bytes();
    resp.with_header("x-ms-request-id", super::util::new_guid())
}

pub fn empty(status: u16) -> ArmResponse {
    ArmResponse::new(status).with_header("x-ms-request-id", super::util::new_guid())
}

/// ARM's DELETE of a resource with nothing hanging off it: 200 when it was there, 204 when it
/// was not.
pub fn delete_resource(ctx: &RequestContext, id: &str, existed: bool) -> R<ArmResponse> {
    if !existed {
        return Ok(empty(204));
    }
    store::delete(ctx.tx, id)?;
    Ok(empty(200))
}

/// GET of the resources of one kind in a resource group, as ARM lists them.
pub fn list_in_group(ctx: &RequestContext, req: &Req, scope: &Scope, kind: &str) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let all = store::list(ctx.tx, kind, &scope.sub, Some(&scope.rg))?;
    Ok(ok(200, &json!({ "value": all })))
}

pub fn method_not_allowed(m: &Method) -> ApiError {
    ApiError::new(
        405,
        "MethodNotAllowed",
        format!("The requested resource does not support http method '{m}'."),
    )
}

fn valid_api_version(v: &str) -> bool {
    let b = v.as_bytes();
    let core = |b: &[u8]| {
        b.len() == 10
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
    };
    match v.strip_suffix("-preview") {
        Some(rest) => core(rest.as_bytes()),
        None => core(b),
    }
}

fn parse(req: &ArmRequest) -> R<Req<'_>> {
    let path = req.path();
    let segs: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect();
    let low = segs.iter().map(|s| s.to_lowercase()).collect();
    let query: Vec<(String, String)> = req
        .query()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k, true), percent_decode(v, true)),
            None => (percent_decode(p, true), String::new()),
        })
        .collect();
    let api_version = query
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("api-version"))
        .map(|(_, v)| v.clone());
    let api_version = match api_version {
        None => {
            return Err(ApiError::bad_request(
                "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.",
            ));
        }
        Some(v) if !valid_api_version(&v) => {
            return Err(ApiError::bad_request(
                "InvalidApiVersionParameter",
                format!(
                    "The api-version '{v}' is invalid. The supported versions are in the format 'yyyy-mm-dd' or 'yyyy-mm-dd-preview'."
                ),
            ));
        }
        Some(v) => v,
    };
    Ok(Req {
        method: req.method.clone(),
        segs,
        low,
        query,
        api_version,
        raw_body: req.body.as_deref(),
        path: format!("/{}", path.trim_start_matches('/')),
    })
}

pub fn handle(conn: &mut Connection, opts: &EmulatorOptions, req: &ArmRequest) -> ArmResponse {
    if let Some(rest) = req.path().strip_prefix(aks::KUBE_PREFIX) {
        return in_transaction(conn, opts, |ctx| aks::kube_api(ctx, req, rest))
            .unwrap_or_else(|e| e.response());
    }
    let parsed = match parse(req) {
        Ok(p) => p,
        Err(e) => return e.response(),
    };
    let outcome = in_transaction(conn, opts, |ctx| {
        super::policy_token::check(&parsed, &req.url, &req.headers)
            .and_then(|_| {
                super::preconditions::check(&parsed, &req.headers, |get| dispatch(ctx, get))
            })
            .and_then(|_| dispatch(ctx, &parsed))
    });
    answer(&parsed, outcome)
}

/// `work` in one write transaction, after the operations that are due have settled. Only a
/// success commits: dropping the transaction rolls back, so a refused request changes nothing.
fn in_transaction(
    conn: &mut Connection,
    opts: &EmulatorOptions,
    work: impl FnOnce(&RequestContext) -> R<ArmResponse>,
) -> R<ArmResponse> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = {
        let ctx = RequestContext {
            tx: &tx,
            now: opts.clock.now_ms(),
            opts,
        };
        aks::settle(&ctx).and_then(|_| work(&ctx))
    };
    outcome.and_then(|resp| tx.commit().map(|_| resp).map_err(ApiError::from))
}

/// A GET or HEAD on a read-only connection (`query_only`), beside the writers and other
/// readers: WAL gives it the last committed state. `None` when it must take the write path
/// instead: an operation is due to settle first, or the route turned out to write.
pub fn handle_read(
    conn: &mut Connection,
    opts: &EmulatorOptions,
    req: &ArmRequest,
) -> Option<ArmResponse> {
    if req.path().starts_with(aks::KUBE_PREFIX) {
        return None; // the Kubernetes API keeps its own path (`handle`)
    }
    let parsed = match parse(req) {
        Ok(p) => p,
        Err(e) => return Some(e.response()),
    };
    let tx = match conn.transaction() {
        Ok(tx) => tx,
        Err(e) => return Some(ApiError::from(e).response()),
    };
    let ctx = RequestContext {
        tx: &tx,
        now: opts.clock.now_ms(),
        opts,
    };
    let outcome = match aks::any_due(&ctx) {
        Ok(true) => return None,
        Ok(false) => dispatch(&ctx, &parsed),
        Err(e) => Err(e),
    };
    match outcome {
        Err(e) if e.needs_write => None,
        outcome => Some(answer(&parsed, outcome)),
    }
}

fn answer(parsed: &Req, outcome: R<ArmResponse>) -> ArmResponse {
    let mut resp = outcome.unwrap_or_else(|e| e.response());
    if parsed.method == Method::HEAD {
        resp.body.clear();
    }
    resp
}

fn unknown_route(req: &Req) -> ApiError {
    // `/subscriptions/{s}[/resourceGroups/{rg}]/providers/{ns}/{type}...`: name the type.
    let p = req.low.iter().position(|s| s == "providers");
    if let Some(i) = p
        && let (Some(ns), Some(ty)) = (req.segs.get(i + 1), req.segs.get(i + 2))
    {
        return ApiError::new(
            404,
            "InvalidResourceType",
            format!(
                "The resource type '{ty}' could not be found in the namespace '{ns}' for api version '{}'.",
                req.api_version
            ),
        );
    }
    ApiError::new(
        404,
        "NotFound",
        format!(
            "No HTTP resource was found that matches the request URI '{}'.",
            req.path
        ),
    )
}

fn dispatch(ctx: &RequestContext, req: &Req) -> R<ArmResponse> {
    let l: Vec<&str> = req.low.iter().map(String::as_str).collect();
    let s = |i: usize| req.segs[i].as_str();
    let m = &req.method;
    if let ["subscriptions", sub, ..] = l.as_slice() {
        resources::known_subscription(sub, s(1))?;
    }
    if let [
        "subscriptions",
        _,
        "providers",
        "microsoft.authorization",
        "acquirepolicytoken",
    ] = l.as_slice()
    {
        return super::policy_token::acquire(ctx, req);
    }
    if let Some(r) = authorization::route(ctx, req) {
        return r;
    }
    if let Some(r) = super::data_collection::route_association(ctx, req) {
        return r;
    }
    match l.as_slice() {
        ["subscriptions"] if *m == Method::GET => Ok(ok(
            200,
            &json!({"value": [resources::subscription_body(super::SUBSCRIPTION_ID)]}),
        )),
        ["subscriptions", _] if *m == Method::GET => {
            Ok(ok(200, &resources::subscription_body(s(1))))
        }
        ["subscriptions", _, "resourcegroups"] => resources::list_groups(ctx, req, s(1)),
        ["subscriptions", _, "locations"] => super::locations::list(req, s(1)),
        ["subscriptions", _, "resources"] => super::registry::list_resources(ctx, req, s(1)),
        ["subscriptions", _, "resourcegroups", _] => resources::group(ctx, req, s(1), s(3)),
        ["subscriptions", _, "operationresults", _] => {
            resources::group_delete_result(ctx, req, s(3))
        }
        ["subscriptions", _, "providers"] => resources::list_providers(ctx, req, s(1)),
        [
            "providers",
            "microsoft.management",
            "managementgroups",
            _,
            "providers",
            _,
            "register",
        ] => resources::register_at_management_group(ctx, req, s(3), s(5)),
        [
            "subscriptions",
            _,
            "providers",
            "microsoft.features",
            "features",
        ] => resources::list_features(ctx, req, s(1), None),
        [
            "subscriptions",
            _,
            "providers",
            "microsoft.features",
            "providers",
            _,
            "features",
        ] => resources::list_features(ctx, req, s(1), Some(s(5))),
        [
            "subscriptions",
            _,
            "providers",
            "microsoft.features",
            "providers",
            _,
            "features",
            _,
        ] => resources::feature(ctx, req, s(1), s(5), s(7), None),
        [
            "subscriptions",
            _,
            "providers",
            "microsoft.features",
            "providers",
            _,
            "features",
            _,
            action,
        ] => resources::feature(ctx, req, s(1), s(5), s(7), Some(*action)),
        [
            "subscriptions",
            _,
            "providers",
            ns,
            "locations",
            _,
            "operations",
            _,
        ] => aks::operation_status(ctx, req, ns, s(7)),
        [
            "subscriptions",
            _,
            "providers",
            _,
            "locations",
            _,
            "operationresults",
            _,
        ] => aks::operation_result(ctx, req, s(7)),
        ["subscriptions", _, "providers", _] => resources::provider(ctx, req, s(1), s(3), None),
        [
            "subscriptions",
            _,
            "providers",
            _,
            action @ ("register" | "unregister"),
        ] => resources::provider(ctx, req, s(1), s(3), Some(*action)),
        ["subscriptions", _, "providers", ns, ty] => {
            if *m != Method::GET {
                return Err(method_not_allowed(m));
            }
            let sub = s(1);
            match (*ns, *ty) {
                ("microsoft.containerservice", "managedclusters") => {
                    aks::list_clusters(ctx, sub, None)
                }
                ("microsoft.network", _) => network::list(ctx, req, sub, None, ty)
                    .unwrap_or_else(|| Err(unknown_route(req))),
                ("microsoft.compute", "virtualmachinescalesets") => {
                    compute::list_vmss(ctx, sub, None)
                }
                ("microsoft.compute", "skus") => super::compute_skus::list(req),
                _ => Err(unknown_route(req)),
            }
        }
        [
            "subscriptions",
            _,
            "resourcegroups",
            _,
            "providers",
            ns,
            rest @ ..,
        ] if !rest.is_empty() => {
            let (sub, rg) = (s(1), s(3));
            if !store::group_exists(ctx.tx, sub, rg)? {
                return Err(ApiError::rg_not_found(rg));
            }
            let scope = Scope {
                sub: sub.to_string(),
                rg: group_name(ctx, sub, rg)?,
            };
            // Original-case segments after the namespace.
            let rest_segs: Vec<&str> = req.segs[6..].iter().map(String::as_str).collect();
            let handled = match *ns {
                "microsoft.containerservice" => aks::route(ctx, req, &scope, rest, &rest_segs),
                "microsoft.network" => network::route(ctx, req, &scope, rest, &rest_segs),
                "microsoft.compute" => compute::route(ctx, req, &scope, rest, &rest_segs),
                "microsoft.managedidentity" => {
                    super::identity::route(ctx, req, &scope, rest, &rest_segs)
                }
                "microsoft.operationalinsights" => {
                    super::log_analytics::route(ctx, req, &scope, rest, &rest_segs)
                }
                "microsoft.containerregistry" => {
                    super::registry::route(ctx, req, &scope, rest, &rest_segs)
                }
                "microsoft.insights" => super::data_collection::route(
                    ctx, req, &scope, rest, &rest_segs,
                )
                .or_else(|| super::private_link_scopes::route(ctx, req, &scope, rest, &rest_segs)),
                "microsoft.monitor" | "microsoft.alertsmanagement" | "microsoft.dashboard" => {
                    super::monitor_metrics::route(ctx, req, &scope, ns, rest, &rest_segs)
                }
                _ => None,
            };
            handled.unwrap_or_else(|| Err(unknown_route(req)))
        }
        _ => Err(unknown_route(req)),
    }
}

/// A resource group as ARM names it: the case it was created with.
fn group_name(ctx: &RequestContext, sub: &str, rg: &str) -> R<String> {
    let g = store::get(ctx.tx, &format!("/subscriptions/{sub}/resourceGroups/{rg}"))?;
    Ok(
        g.and_then(|g| g.get("name").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(|| rg.to_string()),
    )
}

/// The subscription and resource group a resource route is in.
pub struct Scope {
    pub sub: String,
    pub rg: String,
}

impl Scope {
    pub fn provider_id(&self, ns_type: &str, name: &str) -> String {
        format!(
            "/subscriptions/{}/resourceGroups/{}/providers/{ns_type}/{name}",
            self.sub, self.rg
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_versions() {
        for ok in ["2024-11-01", "2017-08-31", "2021-07-01-preview"] {
            assert!(valid_api_version(ok), "{ok}");
        }
        for bad in ["", "2024-1-01", "2024-11-01-beta", "latest", "2024_11_01"] {
            assert!(!valid_api_version(bad), "{bad}");
        }
    }
}
