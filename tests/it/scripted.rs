//! A scripted transport for library-level command tests: it answers queued responses in order
//! and records every request, so a test can snapshot exactly what a command sent.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use azr::arm::{ArmRequest, ArmResponse};
use azr::client::clock::FastForwardClock;
use azr::client::{ArmClient, Clock, CommandHeaders};
use azr::commands::{CommandContext, Level};
use azr::transport::Transport;
use serde_json::{Value, json};

pub const SUB: &str = "00000000-0000-0000-0000-000000000001";

#[derive(Default)]
pub struct Scripted {
    responses: Mutex<VecDeque<ArmResponse>>,
    requests: Mutex<Vec<ArmRequest>>,
}

impl Scripted {
    pub fn new(responses: Vec<ArmResponse>) -> Arc<Scripted> {
        Arc::new(Scripted {
            responses: Mutex::new(responses.into()),
            requests: Mutex::new(Vec::new()),
        })
    }

    /// Every request sent, as `{method, url, body}` (body parsed as JSON, `null` when empty).
    pub fn log(&self) -> Value {
        let reqs = self.requests.lock().unwrap();
        Value::Array(
            reqs.iter()
                .map(|r| {
                    json!({
                        "method": r.method.as_str(),
                        "url": r.url,
                        "body": r.json_body().unwrap_or(Value::Null),
                    })
                })
                .collect(),
        )
    }

    /// The headers of every request sent, in order.
    pub fn headers(&self) -> Vec<Vec<(String, String)>> {
        let reqs = self.requests.lock().unwrap();
        reqs.iter().map(|r| r.headers.clone()).collect()
    }

    /// Responses not consumed: a test expecting the whole script to run checks this is 0.
    pub fn left(&self) -> usize {
        self.responses.lock().unwrap().len()
    }
}

#[async_trait]
impl Transport for Scripted {
    async fn send(&self, req: ArmRequest) -> azr::Result<ArmResponse> {
        self.requests.lock().unwrap().push(req.clone());
        let next = self.responses.lock().unwrap().pop_front();
        Ok(next.unwrap_or_else(|| {
            ArmResponse::json(
                599,
                &json!({"error": {"code": "Unscripted", "message": format!("no response scripted for {} {}", req.method, req.url)}}),
            )
        }))
    }
}

/// A context whose client talks to `t`, never sleeps, and collects warnings.
pub fn ctx(t: &Arc<Scripted>, warnings: Arc<Mutex<Vec<String>>>) -> CommandContext {
    CommandContext {
        client: ArmClient::new(
            t.clone(),
            Arc::new(FastForwardClock),
            CommandHeaders::default(),
        ),
        subscription: SUB.to_string(),
        log: Box::new(move |level, m| {
            if level == Level::Warning {
                warnings.lock().unwrap().push(m.to_string())
            }
        }),
        progress: Box::new(|_| {}),
    }
}

/// A context whose client talks to `t` and waits on `clock`, collecting every log line as az
/// prints it (`INFO: ...`, `WARNING: ...`, `ERROR: ...`) and the progress text.
pub fn logged_ctx(
    t: &Arc<Scripted>,
    clock: Arc<dyn Clock>,
    lines: Arc<Mutex<Vec<String>>>,
) -> CommandContext {
    let progress = lines.clone();
    CommandContext {
        client: ArmClient::new(t.clone(), clock, CommandHeaders::default()),
        subscription: SUB.to_string(),
        log: Box::new(move |level, m| {
            let prefix = match level {
                Level::Info => "INFO",
                Level::Warning => "WARNING",
                Level::Error => "ERROR",
            };
            lines.lock().unwrap().push(format!("{prefix}: {m}"))
        }),
        progress: Box::new(move |text| progress.lock().unwrap().push(text.to_string())),
    }
}

pub fn ok(body: Value) -> ArmResponse {
    ArmResponse::json(200, &body)
}

pub fn not_found(code: &str) -> ArmResponse {
    ArmResponse::json(
        404,
        &json!({"error": {"code": code, "message": "not found"}}),
    )
}

/// A 201 that starts a long-running operation polled through `Azure-AsyncOperation`.
pub fn accepted_async(body: Value, op: &str) -> ArmResponse {
    ArmResponse::json(201, &body)
        .with_header(
            "Azure-AsyncOperation",
            format!("https://management.azure.com/subscriptions/{SUB}/providers/Microsoft.ContainerService/locations/eastus/operations/{op}?api-version=2017-08-31"),
        )
        .with_header("Retry-After", "30")
}

pub fn op_status(status: &str) -> ArmResponse {
    ok(json!({"name": "op", "status": status}))
}

/// `azr aks update -g rg -n c ARGS` against a cluster GET (`existing`) and a PUT answer for
/// `cluster_id`: (method, body) of each request sent.
pub async fn aks_update(
    args: &str,
    existing: Value,
    cluster_id: &str,
) -> azr::Result<Vec<(String, Value)>> {
    use azr::cli::aks::AksCommand;
    use azr::cli::{Cli, Command};
    use clap::Parser;
    let t = Scripted::new(vec![
        ok(existing),
        ok(json!({"id": cluster_id, "name": "c"})),
    ]);
    let ctx = ctx(&t, Arc::new(Mutex::new(Vec::new())));
    let mut line = vec!["azr", "aks", "update", "-g", "rg", "-n", "c"];
    line.extend(args.split(' '));
    let Command::Aks(a) = Cli::try_parse_from(line).expect("parses").command else {
        panic!("not aks")
    };
    let AksCommand::Update(u) = a.command else {
        panic!("not aks update")
    };
    azr::commands::aks_update::update(&ctx, u.into_spec()?).await?;
    Ok(t.log()
        .as_array()
        .expect("a log")
        .iter()
        .map(|r| {
            (
                r["method"].as_str().unwrap_or("").to_string(),
                r["body"].clone(),
            )
        })
        .collect())
}
