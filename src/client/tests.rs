//! `ArmClient` against a scripted transport: retries, paging, polling, errors, debug log.

use std::collections::VecDeque;
use std::sync::Mutex;

use async_trait::async_trait;
use serde_json::json;

use super::clock::RecordingClock;
use super::*;

/// Answers with scripted responses in order and remembers the requests.
struct Script {
    answers: Mutex<VecDeque<Result<ArmResponse>>>,
    requests: Mutex<Vec<ArmRequest>>,
}

impl Script {
    fn new(answers: Vec<Result<ArmResponse>>) -> Arc<Script> {
        Arc::new(Script {
            answers: Mutex::new(answers.into()),
            requests: Mutex::new(Vec::new()),
        })
    }
    fn seen(&self) -> Vec<String> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .map(|r| format!("{} {}", r.method, r.url))
            .collect()
    }
}

#[async_trait]
impl Transport for Script {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        self.requests.lock().unwrap().push(req);
        self.answers
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or_else(|| Err(AzError::internal("script exhausted")))
    }
}

fn client(script: &Arc<Script>) -> (ArmClient, Arc<RecordingClock>) {
    let clock = Arc::new(RecordingClock::default());
    let c = ArmClient::new(script.clone(), clock.clone(), CommandHeaders::default());
    (c, clock)
}

fn ok(body: Value) -> Result<ArmResponse> {
    Ok(ArmResponse::json(200, &body))
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn retries_429_and_5xx_honouring_the_server_wait() {
    let s = Script::new(vec![
        Ok(ArmResponse::new(429).with_header("Retry-After", "7")),
        Ok(ArmResponse::new(503).with_header("x-ms-retry-after-ms", "250")),
        Ok(ArmResponse::new(500).with_header("retry-after-ms", "1500")),
        ok(json!({"name": "rg"})),
    ]);
    let (c, clock) = client(&s);
    let v = run(c.get("/subscriptions/s/resourcegroups/rg", "1")).unwrap();
    assert_eq!(v["name"], "rg");
    assert_eq!(s.seen().len(), 4);
    assert_eq!(
        clock.sleeps(),
        vec![
            Duration::from_secs(7),
            Duration::from_millis(250),
            Duration::from_millis(1500)
        ]
    );
}

#[test]
fn retry_after_as_an_http_date() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784111777); // Sun, 06 Nov 1994 08:49:37
    let resp = ArmResponse::new(429).with_header("Retry-After", "Sun, 06 Nov 1994 08:49:49 GMT");
    assert_eq!(
        retry_after(&resp, now).unwrap(),
        Some(Duration::from_secs(12))
    );
    let past = ArmResponse::new(429).with_header("Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT");
    assert_eq!(retry_after(&past, now).unwrap(), Some(Duration::ZERO));
    let junk = ArmResponse::new(429).with_header("Retry-After", "soon");
    assert_eq!(retry_after(&junk, now).unwrap(), None);
}

#[test]
fn backoff_is_exponential_with_jitter_and_bounded() {
    let s = Script::new(vec![
        Err(AzError::connection("connection refused")),
        Ok(ArmResponse::new(502)),
        Ok(ArmResponse::new(504)),
        Ok(ArmResponse::new(503)),
        Ok(ArmResponse::json(
            503,
            &envelope::error_body("ServerBusy", "Try later."),
        )),
        ok(json!({})),
    ]);
    let (c, clock) = client(&s);
    let e = run(c.get("/x", "1")).unwrap_err();
    // Four retries, then the last answer is the error.
    assert_eq!(s.seen().len(), 5);
    assert_eq!(
        e.message,
        "(ServerBusy) Try later.\nCode: ServerBusy\nMessage: Try later."
    );
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 4);
    for (i, d) in sleeps.iter().enumerate() {
        let nominal = 0.8 * f64::from(1u32 << i);
        let secs = d.as_secs_f64();
        assert!(
            secs >= nominal * 0.8 - 1e-9 && secs <= nominal * 1.2 + 1e-9,
            "retry {i}: {secs}"
        );
    }
}

#[test]
fn client_errors_and_transport_failures_are_not_retried() {
    let s = Script::new(vec![Ok(ArmResponse::json(
        400,
        &envelope::error_body("InvalidParameter", "bad"),
    ))]);
    let (c, clock) = client(&s);
    assert!(run(c.get("/x", "1")).is_err());
    assert_eq!(s.seen().len(), 1);
    let s = Script::new(vec![Err(AzError::transport("cassette mismatch"))]);
    let (c, _) = client(&s);
    assert_eq!(
        run(c.get("/x", "1")).unwrap_err().message,
        "cassette mismatch"
    );
    assert_eq!(s.seen().len(), 1);
    assert!(clock.sleeps().is_empty());
}

#[test]
fn paging_follows_next_link() {
    let s = Script::new(vec![
        ok(
            json!({"value": [1, 2], "nextLink": "https://management.azure.com/x?$skipToken=2&api-version=1"}),
        ),
        ok(json!({"value": [3]})),
    ]);
    let (c, _) = client(&s);
    let items = run(c.list("/x", "1")).unwrap();
    assert_eq!(items, vec![json!(1), json!(2), json!(3)]);
    assert_eq!(
        s.seen(),
        vec![
            "GET /x?api-version=1",
            "GET https://management.azure.com/x?$skipToken=2&api-version=1"
        ]
    );
}

#[test]
fn put_polls_azure_async_operation_ignoring_errors_while_in_progress() {
    let busy = json!({"status": "InProgress", "error": {"code": "NotLatestOperation", "message": "preempted"}});
    let s = Script::new(vec![
        Ok(ArmResponse::json(
            201,
            &json!({"properties": {"provisioningState": "Creating"}}),
        )
        .with_header(
            "Azure-AsyncOperation",
            "https://management.azure.com/op/1?api-version=2&t=1",
        )
        .with_header("Retry-After", "5")),
        ok(busy.clone()),
        Ok(ArmResponse::json(200, &busy).with_header("Retry-After", "2")),
        ok(json!({"status": "Succeeded", "error": {"code": "NotLatestOperation", "message": "x"}})),
        ok(json!({"name": "c", "properties": {"provisioningState": "Succeeded"}})),
    ]);
    let (c, clock) = client(&s);
    let v = run(c.put("/c", "1", &json!({}), Wait::Yes)).unwrap();
    assert_eq!(v["name"], "c");
    assert_eq!(
        s.seen(),
        vec![
            "PUT /c?api-version=1",
            "GET https://management.azure.com/op/1?api-version=2&t=1",
            "GET https://management.azure.com/op/1?api-version=2&t=1",
            "GET https://management.azure.com/op/1?api-version=2&t=1",
            "GET /c?api-version=1",
        ]
    );
    assert_eq!(
        clock.sleeps(),
        vec![Duration::from_secs(5), DEFAULT_POLL, Duration::from_secs(2)]
    );
}

#[test]
fn a_failed_operation_is_printed_as_az_prints_it() {
    let s = Script::new(vec![
        Ok(ArmResponse::json(201, &json!({}))
            .with_header("Azure-AsyncOperation", "https://management.azure.com/op/1")),
        ok(
            json!({"status": "Failed", "error": {"code": "PublicIpPrefixOutOfIpAddressesForVMScaleSet", "message": "The prefix has no free addresses."}}),
        ),
    ]);
    let (c, _) = client(&s);
    let e = run(c.put("/c", "1", &json!({}), Wait::Yes)).unwrap_err();
    assert_eq!(
        e.message,
        "(PublicIpPrefixOutOfIpAddressesForVMScaleSet) The prefix has no free addresses.\nCode: PublicIpPrefixOutOfIpAddressesForVMScaleSet\nMessage: The prefix has no free addresses."
    );
    assert_eq!(e.exit_code(), 1);
    assert_eq!(s.seen().len(), 2, "no final GET after a failure");
}

#[test]
fn location_polling_waits_for_a_non_202() {
    let s = Script::new(vec![
        Ok(ArmResponse::new(202)
            .with_header("Location", "https://management.azure.com/opresults/1")),
        Ok(ArmResponse::new(202).with_header("Retry-After", "1")),
        Ok(ArmResponse::new(204)),
    ]);
    let (c, clock) = client(&s);
    run(c.delete("/c", "1", Wait::Yes)).unwrap();
    assert_eq!(s.seen().len(), 3);
    assert_eq!(clock.sleeps(), vec![DEFAULT_POLL, Duration::from_secs(1)]);
}

#[test]
fn no_wait_returns_after_the_first_response() {
    let s = Script::new(vec![Ok(ArmResponse::json(201, &json!({"id": "c"}))
        .with_header("Azure-AsyncOperation", "https://management.azure.com/op/1"))]);
    let (c, _) = client(&s);
    assert_eq!(
        run(c.put("/c", "1", &json!({}), Wait::No)).unwrap()["id"],
        "c"
    );
    let s = Script::new(vec![Ok(ArmResponse::new(202)
        .with_header("Azure-AsyncOperation", "https://management.azure.com/op/1"))]);
    let (c, _) = client(&s);
    run(c.delete("/c", "1", Wait::No)).unwrap();
    assert_eq!(s.seen().len(), 1);
}

#[test]
fn a_put_without_headers_polls_the_provisioning_state() {
    let s = Script::new(vec![
        ok(json!({"properties": {"provisioningState": "Updating"}})),
        ok(json!({"properties": {"provisioningState": "Succeeded"}, "n": 1})),
    ]);
    let (c, _) = client(&s);
    assert_eq!(
        run(c.put("/c", "1", &json!({}), Wait::Yes)).unwrap()["n"],
        1
    );
    assert_eq!(
        s.seen(),
        vec!["PUT /c?api-version=1", "GET /c?api-version=1"]
    );
}

#[test]
fn debug_log_redacts_secrets() {
    let s = Script::new(vec![ok(json!({"access_token": "eyJsecret", "name": "x"}))]);
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = lines.clone();
    let (c, _) = client(&s);
    let c = c.with_debug(Arc::new(move |l: &str| {
        sink.lock().unwrap().push(l.to_string())
    }));
    let mut req = c.request(Method::POST, "/x?api-version=1".into());
    req.headers
        .push(("Authorization".into(), "Bearer eyJsecret".into()));
    let req = req.with_json(&json!({"client_secret": "hunter2", "n": 1}));
    run(c.send(req)).unwrap();
    let text = lines.lock().unwrap().join("\n");
    assert!(text.contains("Request URL: '/x?api-version=1'"), "{text}");
    assert!(text.contains("'Authorization': 'REDACTED'"), "{text}");
    assert!(text.contains("Response status: 200"), "{text}");
    assert!(
        !text.contains("eyJsecret") && !text.contains("hunter2"),
        "{text}"
    );
}

#[test]
fn a_replayed_server_error_without_recorded_retries_stands() {
    let s = Script::new(vec![
        Ok(ArmResponse::json(
            500,
            &envelope::error_body("InternalServerError", "Boom."),
        )),
        Err(AzError::transport("The cassette has no more responses")),
    ]);
    let (c, _) = client(&s);
    let e = run(c.get("/x", "1")).unwrap_err();
    assert_eq!(
        e.message,
        "(InternalServerError) Boom.\nCode: InternalServerError\nMessage: Boom."
    );
}

/// The session's spinner hooks in here: an observed clock sees every wait of an LRO, passes
/// each on, and drops what it holds with the client.
#[test]
fn an_observed_clock_sees_every_wait() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let s = Script::new(vec![
        Ok(ArmResponse::json(201, &json!({"name": "x"}))
            .with_header("Azure-AsyncOperation", "/op")
            .with_header("Retry-After", "1")),
        ok(json!({"status": "InProgress"})),
        ok(json!({"status": "Succeeded"})),
        ok(json!({"name": "x", "done": true})),
    ]);
    let inner = Arc::new(RecordingClock::default());
    let waits = Arc::new(AtomicUsize::new(0));
    let held = waits.clone();
    let observed = clock::ObservedClock::new(inner.clone(), move || {
        held.fetch_add(1, Ordering::SeqCst);
    });
    let c = ArmClient::new(s.clone(), Arc::new(observed), CommandHeaders::default());
    let v = run(c.put("/x", "1", &json!({}), Wait::Yes)).unwrap();
    assert_eq!(v["done"], json!(true));
    assert_eq!(waits.load(Ordering::SeqCst), inner.sleeps().len());
    assert!(waits.load(Ordering::SeqCst) >= 2);
    drop(c);
    assert_eq!(
        Arc::strong_count(&waits),
        1,
        "the hook is dropped with the client"
    );
}

/// Finding 11: `Retry-After: 0` is no hint (azure-core's `if retry_after:`), so the client backs
/// off instead of hammering the server.
#[test]
fn retry_after_zero_backs_off() {
    for header in ["Retry-After", "retry-after-ms", "x-ms-retry-after-ms"] {
        let s = Script::new(vec![
            Ok(ArmResponse::new(429).with_header(header, "0")),
            Ok(ArmResponse::new(503).with_header(header, "-5")),
            ok(json!({})),
        ]);
        let (c, clock) = client(&s);
        run(c.get("/x", "1")).unwrap();
        let sleeps = clock.sleeps();
        assert_eq!(sleeps.len(), 2, "{header}");
        for (i, d) in sleeps.iter().enumerate() {
            let nominal = 0.8 * f64::from(1u32 << i);
            let secs = d.as_secs_f64();
            assert!(
                secs >= nominal * 0.8 - 1e-9 && secs <= nominal * 1.2 + 1e-9,
                "{header} retry {i}: {secs}"
            );
        }
    }
}

/// azure-core reads `Retry-After` before the millisecond headers.
#[test]
fn retry_after_wins_over_the_millisecond_headers() {
    let resp = ArmResponse::new(429)
        .with_header("retry-after-ms", "250")
        .with_header("Retry-After", "2.5");
    assert_eq!(
        retry_after(&resp, SystemTime::now()).unwrap(),
        Some(Duration::from_millis(2500))
    );
}

/// Finding 5: a wait too long to sleep fails at once, naming the header, without a panic or a
/// second request; the same for a long-running operation's poll hint.
#[test]
fn a_retry_after_beyond_seven_days_fails_without_sleeping() {
    for (header, value) in [
        ("Retry-After", "1e300"),
        ("Retry-After", "inf"),
        ("Retry-After", "604801"),
        ("retry-after-ms", "1e300"),
        ("x-ms-retry-after-ms", "604800001"),
        ("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
    ] {
        let s = Script::new(vec![
            Ok(ArmResponse::new(429).with_header(header, value)),
            ok(json!({})),
        ]);
        let (c, clock) = client(&s);
        let e = run(c.get("/x", "1")).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Transport);
        assert_eq!(
            e.message,
            format!(
                "The server asked to wait '{header}: {value}' before retrying, more than the 604800 seconds (7 days) a request may wait; giving up."
            )
        );
        assert_eq!(s.seen().len(), 1, "{header}: {value}");
        assert!(clock.sleeps().is_empty());
    }
    // Exactly the ceiling is still honoured.
    let s = Script::new(vec![
        Ok(ArmResponse::new(429).with_header("Retry-After", "604800")),
        ok(json!({})),
    ]);
    let (c, clock) = client(&s);
    run(c.get("/x", "1")).unwrap();
    assert_eq!(clock.sleeps(), vec![MAX_RETRY_AFTER]);

    let s = Script::new(vec![Ok(ArmResponse::new(201)
        .with_header("Azure-AsyncOperation", "https://management.azure.com/op/1")
        .with_header("Retry-After", "1e300"))]);
    let (c, clock) = client(&s);
    let e = run(c.put("/c", "1", &json!({}), Wait::Yes)).unwrap_err();
    assert!(e.message.contains("'Retry-After: 1e300'"), "{}", e.message);
    assert!(clock.sleeps().is_empty());
}

/// The waits of one request add up to at most azure-core's 7-day request timeout.
#[test]
fn retry_waits_add_up_to_seven_days_at_most() {
    let s = Script::new(vec![
        Ok(ArmResponse::new(429).with_header("Retry-After", "300000")),
        Ok(ArmResponse::new(429).with_header("Retry-After", "300000")),
        Ok(ArmResponse::new(429).with_header("Retry-After", "300000")),
        ok(json!({})),
    ]);
    let (c, clock) = client(&s);
    let e = run(c.get("/x", "1")).unwrap_err();
    assert!(
        e.message.contains("add up to 900000 seconds"),
        "{}",
        e.message
    );
    assert_eq!(clock.sleeps().len(), 2);
    assert_eq!(s.seen().len(), 3);
}

/// Finding 10: a broken connection is retried with backoff for the methods azure-core retries,
/// and not for POST, which the server may have acted on.
#[test]
fn connection_errors_are_retried_except_for_post() {
    let s = Script::new(vec![
        Err(AzError::connection("Cannot connect to x: refused")),
        Err(AzError::connection("Cannot connect to x: refused")),
        ok(json!({"name": "rg"})),
    ]);
    let (c, clock) = client(&s);
    let v = run(c.put("/rg", "1", &json!({}), Wait::Yes)).unwrap();
    assert_eq!(v["name"], "rg");
    assert_eq!(s.seen(), vec!["PUT /rg?api-version=1"; 3]);
    assert_eq!(clock.sleeps().len(), 2);

    let s = Script::new(vec![
        Err(AzError::connection("The request to x failed: reset")),
        ok(json!({})),
    ]);
    let (c, clock) = client(&s);
    let e = run(c.post("/x/runCommand", "1", None)).unwrap_err();
    assert_eq!(e.message, "The request to x failed: reset");
    assert_eq!(s.seen().len(), 1);
    assert!(clock.sleeps().is_empty());
}

/// acs `resolve_object_id`: a user principal name by `userPrincipalName`, else a service
/// principal by its names, by display name, else any object by id; Graph's `nextLink`s followed.
#[test]
fn graph_resolves_an_assignee_in_azs_order() {
    let empty = || ok(json!({"value": []}));
    let script = Script::new(vec![empty(), empty(), empty()]);
    let (c, _) = client(&script);
    let c = c.with_graph_endpoint("https://graph.example/");
    let e = run(graph::resolve_object_id(&c, "nobody")).unwrap_err();
    assert_eq!(e.message, "No matches in graph database for 'nobody'");
    assert_eq!(
        script.seen(),
        [
            "GET https://graph.example/v1.0/servicePrincipals?$filter=servicePrincipalNames%2Fany%28c%3Ac%20eq%20%27nobody%27%29",
            "GET https://graph.example/v1.0/servicePrincipals?$filter=displayName%20eq%20%27nobody%27",
            "POST https://graph.example/v1.0/directoryObjects/getByIds",
        ]
    );
    let script = Script::new(vec![
        empty(),
        ok(
            json!({"value": [], "@odata.nextLink": "https://graph.example/v1.0/servicePrincipals?$skiptoken=2"}),
        ),
        ok(json!({"value": [{"id": "oid-1"}]})),
    ]);
    let (c, _) = client(&script);
    let c = c.with_graph_endpoint("https://graph.example");
    assert_eq!(run(graph::resolve_object_id(&c, "me@x")).unwrap(), "oid-1");
    let seen = script.seen();
    assert!(
        seen[0].contains("/v1.0/users?$filter=userPrincipalName"),
        "{seen:?}"
    );
    assert_eq!(
        seen[2],
        "GET https://graph.example/v1.0/servicePrincipals?$skiptoken=2"
    );
    // Graph's error is its message (az's GraphError)
    let script = Script::new(vec![Ok(ArmResponse::json(
        400,
        &json!({"error": {"code": "BadRequest", "message": "/me request is only valid with delegated authentication flow."}}),
    ))]);
    let (c, _) = client(&script);
    let e = run(c.graph().signed_in_user()).unwrap_err();
    assert_eq!(
        e.message,
        "/me request is only valid with delegated authentication flow."
    );
}
