//! The emulator refuses what ARM refuses (issue 16): unknown locations and subscriptions,
//! tokens for another audience or tenant, oversized bodies (before reading them, on HTTP/1.1
//! and HTTP/2), connections that never finish their request head; failed pools stay `Failed`;
//! `emulator check` trusts nothing SQLite calls malformed.

use std::process::Output;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::Sandbox;
use crate::emulator_server::Server;

const SUB: &str = "00000000-0000-0000-0000-000000000001";

fn local(sb: &Sandbox, args: &[&str]) -> Output {
    sb.azr()
        .env("AZR_CLOUD", "local")
        .args(args)
        .output()
        .unwrap()
}

/// `local` with a command line whose words hold no spaces.
fn run(sb: &Sandbox, line: &str) -> Output {
    local(sb, &line.split_whitespace().collect::<Vec<_>>())
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn check(sb: &Sandbox) -> Output {
    sb.azr()
        .args(["emulator", "check", "--state"])
        .arg(sb.config_dir().join("emulator.db"))
        .output()
        .unwrap()
}

/// Finding 4: a location ARM does not know is refused before anything is created, for the
/// resource group and for each resource type, with ARM's code and message.
#[test]
fn unknown_locations_are_refused_and_nothing_is_created() {
    let sb = Sandbox::new();
    let out = run(&sb, "group create -n rg -l atlantis");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).starts_with(
            "ERROR: (LocationNotAvailableForResourceGroup) The provided location 'atlantis' is not available for resource group. List of available regions is 'australiacentral,"
        ),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(run(&sb, "group show -n rg").status.code(), Some(3));

    let out = local(&sb, &["group", "create", "-n", "rg", "-l", "West US 2"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["location"], "westus2");

    for (line, want) in [
        (
            "network public-ip prefix create -g rg -n p --length 28 -l a?b=c",
            "'a?b=c' is not available for resource type 'Microsoft.Network/publicIPPrefixes'",
        ),
        (
            "network asg create -g rg -n a -l mars",
            "'mars' is not available for resource type 'Microsoft.Network/applicationSecurityGroups'",
        ),
        (
            "aks create -g rg -n c -l mars --generate-ssh-keys",
            "'mars' is not available for resource type 'Microsoft.ContainerService/managedClusters'",
        ),
    ] {
        let out = run(&sb, line);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{line}: {err}");
        assert!(
            err.contains("ERROR: (LocationNotAvailableForResourceType) The provided location ")
                && err.contains(want)
                && err.contains("List of available regions for the resource type is '"),
            "{line}: {err}"
        );
    }
    for list in [
        "network public-ip prefix list -g rg",
        "network asg list -g rg",
        "aks list -g rg",
    ] {
        let out = run(&sb, list);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(listed, json!([]), "{list}");
    }
    let out = check(&sb);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

/// Finding 9: a pool whose creation fails (its prefix is exhausted) stays, `Failed`, with
/// no nodes and no address, as AKS keeps it; it can be shown, listed and deleted.
#[test]
fn a_pool_whose_creation_fails_stays_failed_until_deleted() {
    let sb = Sandbox::new();
    let ok = |line: &str| {
        let out = run(&sb, line);
        assert_eq!(out.status.code(), Some(0), "{line}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    ok("group create -n rg -l eastus");
    let p = ok("network public-ip prefix create -g rg -n p --length 31 -l eastus");
    let prefix: Value = serde_json::from_str(&p).unwrap();
    let prefix_id = prefix["id"].as_str().unwrap();
    ok(&format!(
        "aks create -g rg -n c --node-count 2 --enable-node-public-ip --node-public-ip-prefix-id {prefix_id} --generate-ssh-keys -o none"
    ));
    let out = run(
        &sb,
        &format!(
            "aks nodepool add -g rg --cluster-name c -n np2 --node-count 1 --enable-node-public-ip --node-public-ip-prefix-id {prefix_id}"
        ),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("(PublicIpPrefixOutOfIpAddressesForVMScaleSet)"),
        "{}",
        text(&out.stderr)
    );

    let pool: Value =
        serde_json::from_str(&ok("aks nodepool show -g rg --cluster-name c -n np2")).unwrap();
    assert_eq!(pool["provisioningState"], "Failed");
    assert_eq!(pool["count"], 1);
    let list =
        ok("aks nodepool list -g rg --cluster-name c --query [].[name,provisioningState] -o tsv");
    assert_eq!(list, "nodepool1\tSucceeded\nnp2\tFailed\n");
    assert_eq!(
        ok("vmss list -g MC_rg_c_eastus --query length(@)").trim(),
        "1"
    );
    let out = check(&sb);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).starts_with("1 clusters, 2 pools, 1 scale sets, 1 prefixes, 2 addresses"),
        "{}",
        text(&out.stdout)
    );

    ok("aks nodepool delete -g rg --cluster-name c -n np2");
    let gone = run(&sb, "aks nodepool show -g rg --cluster-name c -n np2");
    assert_eq!(gone.status.code(), Some(3), "{}", text(&gone.stderr));
}

/// Finding 13: a state file SQLite calls malformed is not "ok".
#[test]
fn check_refuses_a_state_file_sqlite_calls_malformed() {
    let sb = Sandbox::new();
    for line in [
        "group create -n rg -l eastus",
        "network asg create -g rg -n a1 -l eastus",
        "network asg create -g rg -n a2 -l eastus",
    ] {
        let out = run(&sb, line);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    assert_eq!(check(&sb).status.code(), Some(0));
    {
        // Redefine an index without rebuilding it: every row is now missing from it.
        let conn = rusqlite::Connection::open(sb.config_dir().join("emulator.db")).unwrap();
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = 'CREATE INDEX resources_kind ON resources(body)'
               WHERE name = 'resources_kind';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
    }
    let out = check(&sb);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("problem: SQLite integrity_check: "),
        "{stdout}"
    );
    assert!(
        text(&out.stderr).starts_with("ERROR: The emulator state "),
        "{}",
        text(&out.stderr)
    );
}

async fn status_and_body(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let body = r.json().await.unwrap_or(Value::Null);
    (status, body)
}

/// Findings 6 and 7: ARM writes need a token for ARM's audience from the subscription's tenant,
/// under a subscription that exists; a refused write leaves nothing behind.
#[tokio::test]
async fn server_refuses_foreign_tokens_and_unknown_subscriptions() {
    let s = Server::start(&[]);
    let c = s.client();
    let good = s.sp_token().await;
    let foreign = s
        .token_for(
            "11111111-1111-1111-1111-111111111111",
            "https://management.core.windows.net//.default",
        )
        .await;
    let graph = s
        .token_for(
            "72f988bf-0000-0000-0000-000000000001",
            "https://graph.microsoft.com/.default",
        )
        .await;
    let rg = |sub: &str| {
        format!(
            "{}/subscriptions/{sub}/resourcegroups/rg?api-version=2024-11-01",
            s.base()
        )
    };
    let put = |url: String, token: &str| {
        c.put(url)
            .bearer_auth(token)
            .json(&json!({"location": "eastus"}))
            .send()
    };

    let (status, body) = status_and_body(put(rg(SUB), &foreign).await.unwrap()).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"]["code"], "InvalidAuthenticationTokenTenant");
    assert!(body["error"]["message"].as_str().unwrap().starts_with(
        "The access token is from the wrong issuer 'https://sts.windows.net/11111111-1111-1111-1111-111111111111/'. It must match the tenant 'https://sts.windows.net/72f988bf-0000-0000-0000-000000000001/' associated with this subscription."
    ));
    let (status, body) = status_and_body(put(rg(SUB), &graph).await.unwrap()).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"]["code"], "InvalidAuthenticationTokenAudience");
    assert_eq!(
        body["error"]["message"],
        "The access token has been obtained for wrong audience or resource 'https://graph.microsoft.com'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."
    );
    // The foreign tenant's principal sees no subscription here.
    let r = c
        .get(format!("{}/subscriptions?api-version=2022-12-01", s.base()))
        .bearer_auth(&foreign)
        .send()
        .await
        .unwrap();
    let (status, body) = status_and_body(r).await;
    assert_eq!((status, &body["value"]), (200, &json!([])));

    let (status, body) = status_and_body(put(rg("not-a-guid"), &good).await.unwrap()).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["code"], "InvalidSubscriptionId");
    assert_eq!(
        body["error"]["message"],
        "The provided subscription identifier 'not-a-guid' is malformed or invalid."
    );
    let other = "00000000-0000-0000-0000-0000000000ff";
    let (status, body) = status_and_body(put(rg(other), &good).await.unwrap()).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["error"]["code"], "SubscriptionNotFound");
    assert_eq!(
        body["error"]["message"],
        format!("The subscription '{other}' could not be found.")
    );
    let r = c
        .get(format!(
            "{}/subscriptions/not-a-guid?api-version=2022-12-01",
            s.base()
        ))
        .bearer_auth(&good)
        .send()
        .await
        .unwrap();
    let (status, body) = status_and_body(r).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("InvalidSubscriptionId"))
    );

    // Nothing was created by the refused writes; the good token still works.
    let r = c.get(rg(SUB)).bearer_auth(&good).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let (status, _) = status_and_body(put(rg(SUB), &good).await.unwrap()).await;
    assert_eq!(status, 201);
}

/// Finding 12: a body is not read before the token is checked, and one over the limit gets
/// the 413 envelope on HTTP/1.1 and on HTTP/2 alike.
#[tokio::test]
async fn oversized_or_unauthenticated_bodies_are_refused_before_reading() {
    let s = Server::start(&[]);
    let token = s.sp_token().await;
    let url = format!(
        "{}/subscriptions/{SUB}/resourcegroups/rg?api-version=2024-11-01",
        s.base()
    );
    let h2 = s.client_builder().http2_prior_knowledge().build().unwrap();
    let h1 = s.client_builder().http1_only().build().unwrap();
    let big = vec![b' '; 50 * 1024 * 1024];
    for (client, version) in [
        (&h1, reqwest::Version::HTTP_11),
        (&h2, reqwest::Version::HTTP_2),
    ] {
        let r = client
            .put(&url)
            .bearer_auth(&token)
            .body(big.clone())
            .send()
            .await;
        let r = r.unwrap_or_else(|e| panic!("{version:?}: {e:?}"));
        assert_eq!(r.version(), version);
        let (status, body) = status_and_body(r).await;
        assert_eq!(status, 413, "{version:?}: {body}");
        assert_eq!(body["error"]["code"], "RequestEntityTooLarge");
        assert_eq!(
            body["error"]["message"],
            "The request content was too large. The emulator accepts at most 16777216 bytes."
        );
        // Without a valid token: 401, the body unread.
        let r = client
            .put(&url)
            .bearer_auth("not-a-token")
            .body(big.clone())
            .send()
            .await;
        let (status, body) =
            status_and_body(r.unwrap_or_else(|e| panic!("{version:?}: {e:?}"))).await;
        assert_eq!(status, 401, "{version:?}: {body}");
        assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");
        // A body within the limit still gets through on the same client.
        let r = client
            .put(&url)
            .bearer_auth(&token)
            .json(&json!({"location": "eastus"}))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{version:?}: {}", r.status());
    }
}

/// A TLS connection to the server that trusts its CA.
async fn tls_connect(s: &Server) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::CertificateDer::pem_file_iter(s.ca()).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", s.port))
        .await
        .unwrap();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .unwrap()
}

/// Finding 8: connections that send half a request head (over TLS, or a TLS handshake cut
/// short) are closed once the header read timeout passes; the server keeps serving.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_request_heads_are_closed_after_the_header_timeout() {
    let s = Server::start(&[]);
    let mut half = Vec::new();
    for i in 0..20 {
        let mut conn = tls_connect(&s).await;
        // Longer than hyper's protocol sniff (24 bytes) for some, shorter for others.
        let head: &[u8] = if i % 2 == 0 {
            b"GET /metadata/endpoints?api-version=2022-09-01 HTTP/1.1\r\nHost: localhost\r\n"
        } else {
            b"GET /meta"
        };
        conn.write_all(head).await.unwrap();
        conn.flush().await.unwrap();
        half.push(conn);
    }
    let mut raw = Vec::new();
    for _ in 0..5 {
        let mut tcp = tokio::net::TcpStream::connect(("127.0.0.1", s.port))
            .await
            .unwrap();
        tcp.write_all(&[0x16, 0x03, 0x01]).await.unwrap();
        raw.push(tcp);
    }
    // Each must end (EOF or reset) on its own; the bound only keeps a broken server from
    // hanging the suite, it is four times the documented timeout.
    let bound = Duration::from_secs(40);
    for (i, mut conn) in half.into_iter().enumerate() {
        let mut buf = Vec::new();
        let read = tokio::time::timeout(bound, conn.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "connection {i} is still open");
        assert!(!text(&buf).contains("200 OK"), "{}", text(&buf));
    }
    for (i, mut tcp) in raw.into_iter().enumerate() {
        let mut buf = Vec::new();
        let read = tokio::time::timeout(bound, tcp.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "raw connection {i} is still open");
    }
    let r = s
        .client()
        .get(format!(
            "{}/metadata/endpoints?api-version=2022-09-01",
            s.base()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}
