//! `login --subscription/-s`, `--skip-subscription-discovery` and `--federated-token` against
//! `fake_azure`: the requests sent, what login prints, the profile it leaves, and that the
//! federated token never shows (the same lines against the real az: tools/differential.py's
//! `login:` scenarios).

use serde_json::{Value, json};

use crate::auth::{Run, run, use_fake_cloud};
use crate::common::{Sandbox, argv};
use crate::fake_azure::{
    CLIENT_ID, FEDERATED_TOKEN, FakeAzure, SECRET, SUBSCRIPTION, SUBSCRIPTION2, TENANT,
};

fn login(sb: &Sandbox, fa: &FakeAzure, extra: &[&str]) -> Run {
    let mut args = vec![
        "login",
        "--service-principal",
        "-u",
        CLIENT_ID,
        "--tenant",
        TENANT,
    ];
    // the secret, unless another credential is given
    if !["--federated-token", "--certificate", "-p"]
        .iter()
        .any(|c| extra.contains(c))
    {
        args.extend(["-p", SECRET]);
    }
    args.extend(extra);
    run(sb, Some(fa), &[], &args)
}

/// The ARM requests (method and path) the fake server saw since `from`.
fn arm_requests(fa: &FakeAzure, from: usize) -> Vec<String> {
    fa.requests()[from..]
        .iter()
        .filter(|r| r.path.starts_with("/subscriptions"))
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

fn account(id: &str, name: &str, default: bool) -> Value {
    json!({"cloudName": "Fake", "homeTenantId": TENANT, "id": id, "isDefault": default,
           "managedByTenants": [], "name": name, "state": "Enabled", "tenantId": TENANT,
           "user": {"name": CLIENT_ID, "type": "servicePrincipal"}})
}

fn tenant_level(default: bool) -> Value {
    json!({"cloudName": "Fake", "id": TENANT, "isDefault": default,
           "name": "N/A(tenant level account)", "state": "Enabled", "tenantId": TENANT,
           "user": {"name": CLIENT_ID, "type": "servicePrincipal"}})
}

fn account_list(sb: &Sandbox, fa: &FakeAzure) -> Value {
    run(sb, Some(fa), &[], &argv("account list")).ok().json()
}

#[test]
fn subscription_becomes_the_default_and_is_all_login_prints() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = login(&sb, &fa, &["-s", SUBSCRIPTION2]).ok();
    assert_eq!(r.json(), json!([account(SUBSCRIPTION2, "Sub Two", true)]));
    assert_eq!(r.stderr, "");
    assert_eq!(arm_requests(&fa, 0), ["GET /subscriptions"]);
    assert_eq!(
        account_list(&sb, &fa),
        json!([
            account(SUBSCRIPTION, "Sub One", false),
            account(SUBSCRIPTION2, "Sub Two", true)
        ])
    );
    // The global spelling, by name, in any case.
    let r = login(&sb, &fa, &["--subscription", "sub one"]).ok();
    assert_eq!(r.json(), json!([account(SUBSCRIPTION, "Sub One", true)]));
    let show = run(&sb, Some(&fa), &[], &argv("account show --query id")).ok();
    assert_eq!(show.json(), json!(SUBSCRIPTION));
}

#[test]
fn an_unknown_subscription_is_az_s_error_after_the_profile_is_saved() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = login(&sb, &fa, &["-s", "nosuch"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            1,
            "",
            "ERROR: Subscription 'nosuch' not found. Check the ID or name and try again.\n"
        )
    );
    // As az: the accounts found are kept, the first one the default.
    assert_eq!(
        account_list(&sb, &fa),
        json!([
            account(SUBSCRIPTION, "Sub One", true),
            account(SUBSCRIPTION2, "Sub Two", false)
        ])
    );
}

#[test]
fn skip_discovery_with_a_subscription_gets_only_that_one() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = login(
        &sb,
        &fa,
        &["--skip-subscription-discovery", "-s", SUBSCRIPTION2],
    )
    .ok();
    assert_eq!(r.json(), json!([account(SUBSCRIPTION2, "Sub Two", true)]));
    assert_eq!(
        arm_requests(&fa, 0),
        [format!("GET /subscriptions/{SUBSCRIPTION2}")]
    );
    let get = fa
        .requests()
        .into_iter()
        .find(|r| r.path.starts_with("/subscriptions"))
        .unwrap();
    assert_eq!(get.query, "api-version=2022-12-01");
    assert_eq!(
        account_list(&sb, &fa),
        json!([account(SUBSCRIPTION2, "Sub Two", true)])
    );
}

#[test]
fn skip_discovery_with_an_unknown_subscription() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let missing = "99999999-0000-0000-0000-000000000009";
    let failed = format!(
        "WARNING: Failed to retrieve subscription {missing}: (SubscriptionNotFound) The \
         subscription '{missing}' could not be found.\nCode: SubscriptionNotFound\nMessage: The \
         subscription '{missing}' could not be found.\n"
    );
    let r = login(&sb, &fa, &["--skip-sub", "-s", missing]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "{failed}ERROR: The subscription '{missing}' could not be retrieved for \
             '{CLIENT_ID}'. Ensure the subscription exists and that you have access to it.\n"
        )
    );
    assert_eq!(account_list(&sb, &fa), json!([]));
    // With --allow-no-subscriptions: the tenant-level account, and a warning.
    let r = login(
        &sb,
        &fa,
        &["--skip-sub", "-s", missing, "--allow-no-subscriptions"],
    )
    .ok();
    assert_eq!(r.json(), json!([tenant_level(true)]));
    assert_eq!(
        r.stderr,
        format!(
            "{failed}WARNING: Subscription '{missing}' not found. Profile has tenant-level \
             account only.\n"
        )
    );
}

#[test]
fn skip_discovery_alone_makes_no_arm_call_and_a_tenant_level_account() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = login(&sb, &fa, &["--skip-subscription-discovery"]).ok();
    assert_eq!(r.json(), json!([tenant_level(true)]));
    assert_eq!(r.stderr, "");
    assert!(arm_requests(&fa, 0).is_empty(), "{:?}", fa.requests());
    assert_eq!(fa.count("/oauth2/v2.0/token"), 1);
    let show = run(&sb, Some(&fa), &[], &argv("account show")).ok();
    let mut want = tenant_level(true);
    let o = want.as_object_mut().unwrap();
    let cloud = o.remove("cloudName").unwrap();
    o.insert("environmentName".into(), cloud);
    assert_eq!(show.json(), want);
}

#[test]
fn az_s_usage_errors_send_nothing() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "login",
                "--service-principal",
                "-u",
                CLIENT_ID,
                "-p",
                SECRET,
                "--skip-subscription-discovery",
            ],
            "ERROR: usage error: '--skip-subscription-discovery' requires '--tenant'\n",
        ),
        (
            &["login", "--identity", "--skip-sub"],
            "ERROR: usage error: '--skip-subscription-discovery' requires '--tenant'\n",
        ),
        (
            &[
                "login",
                "--service-principal",
                "-u",
                CLIENT_ID,
                "-p",
                SECRET,
                "-t",
                TENANT,
                "--skip-sub",
                "-s",
                "Sub One",
            ],
            "ERROR: usage error: '--subscription' must be a subscription ID (GUID), not a name, \
             when combined with '--skip-subscription-discovery'.\n",
        ),
        (
            &["login", "--federated-token", FEDERATED_TOKEN, "-t", TENANT],
            "ERROR: usage error: --federated-token is the client assertion of a service \
             principal: use it with --service-principal --username APP_ID --tenant TENANT.\n",
        ),
        (
            &["login", "--identity", "--federated-token", FEDERATED_TOKEN],
            "ERROR: usage error: '--identity' is not applicable with other arguments\n",
        ),
    ];
    // A secret Entra refuses: its description and az's advice for it, no SDK text.
    let r = login(&sb, &fa, &["-p", "wrong"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: AADSTS7000215: Invalid client secret provided.\nThe error may be caused by \
             passing a service principal certificate with --password. Please note that \
             --password no longer accepts a service principal certificate. To pass a service \
             principal certificate, use --certificate instead.\n"
        )
    );
    let before = fa.requests().len();
    for (args, want) in cases {
        let r = run(&sb, Some(&fa), &[], args);
        assert_eq!((r.code, r.stderr.as_str()), (1, *want), "{args:?}");
        assert_eq!(r.stdout, "");
        assert!(!r.stderr.contains(FEDERATED_TOKEN));
    }
    assert_eq!(fa.requests().len(), before, "{:?}", fa.requests());
}

#[test]
fn federated_token_is_the_client_assertion_now_and_later_and_never_shown() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = login(
        &sb,
        &fa,
        &[
            "--federated-token",
            FEDERATED_TOKEN,
            "-s",
            SUBSCRIPTION2,
            "--debug",
        ],
    )
    .ok();
    assert_eq!(r.json()[0]["id"], SUBSCRIPTION2);
    assert!(!r.stdout.contains(FEDERATED_TOKEN) && !r.stderr.contains(FEDERATED_TOKEN));
    let tokens: Vec<_> = fa
        .requests()
        .into_iter()
        .filter(|r| r.path == format!("/{TENANT}/oauth2/v2.0/token"))
        .collect();
    assert_eq!(tokens.len(), 1);
    let form: Vec<(String, String)> = url::form_urlencoded::parse(tokens[0].body.as_bytes())
        .into_owned()
        .collect();
    let field = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(field("client_assertion"), Some(FEDERATED_TOKEN));
    assert_eq!(
        field("client_assertion_type"),
        Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    );
    assert_eq!(field("client_id"), Some(CLIENT_ID));
    assert_eq!(field("client_secret"), None);

    // Kept like a secret: in credentials.json (0600) only.
    let config = sb.config_dir();
    let creds = std::fs::read_to_string(config.join("credentials.json")).unwrap();
    assert!(creds.contains(FEDERATED_TOKEN));
    #[cfg(unix)]
    assert_eq!(crate::auth::mode(&config.join("credentials.json")), 0o600);
    for f in ["azureProfile.json", "tokens.json"] {
        let text = std::fs::read_to_string(config.join(f)).unwrap_or_default();
        assert!(!text.contains(FEDERATED_TOKEN), "{f}: {text}");
    }

    // A later token (the cached one gone) is asked for with the same assertion, as az does;
    // neither the log nor a recording shows it.
    std::fs::remove_file(config.join("tokens.json")).unwrap();
    let cassette = sb.dir.path().join("group.yaml");
    let r = run(
        &sb,
        Some(&fa),
        &[("AZR_RECORD", cassette.to_str().unwrap())],
        &argv("group show -n rg --query name --debug"),
    )
    .ok();
    assert_eq!(r.json(), json!("rg"));
    assert!(!r.stderr.contains(FEDERATED_TOKEN));
    let recorded = std::fs::read_to_string(&cassette).unwrap();
    assert!(recorded.contains("resourceGroups/rg"), "{recorded}");
    assert!(!recorded.contains(FEDERATED_TOKEN), "{recorded}");
    let last = fa
        .requests()
        .into_iter()
        .rfind(|r| r.path.ends_with("/oauth2/v2.0/token"))
        .unwrap();
    assert!(
        last.body
            .contains(&format!("client_assertion={FEDERATED_TOKEN}")),
        "{}",
        last.body
    );
    let rg = fa
        .requests()
        .into_iter()
        .rfind(|r| r.path.contains("/resourceGroups/") || r.path.contains("/resourcegroups/"))
        .unwrap();
    assert!(rg.path.contains(SUBSCRIPTION2), "{}", rg.path);
}

#[test]
fn use_cert_sn_issuer_sends_the_chain_in_every_assertion() {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let (pem_path, cert) = fa.trusted_certificate(sb.dir.path());
    let pem = pem_path.to_str().unwrap();

    // az's usage error without --service-principal, before anything is sent.
    let r = run(
        &sb,
        Some(&fa),
        &[],
        &["login", "--use-cert-sn-issuer", "--certificate", pem],
    );
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: usage error: '--use-sn-issuer' is only applicable with a service principal\n"
        )
    );
    assert!(fa.requests().is_empty());

    let header_of_last_assertion = || -> Value {
        let tok = fa
            .requests()
            .into_iter()
            .rfind(|r| r.path.ends_with("/oauth2/v2.0/token"))
            .unwrap();
        let form: Vec<(String, String)> = url::form_urlencoded::parse(tok.body.as_bytes())
            .into_owned()
            .collect();
        let jwt = &form
            .iter()
            .find(|(k, _)| k == "client_assertion")
            .unwrap()
            .1;
        let header = jwt.split('.').next().unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).unwrap()).unwrap()
    };
    let r = login(&sb, &fa, &["--certificate", pem, "--use-cert-sn-issuer"]).ok();
    let accounts = r.json();
    assert_eq!(accounts.as_array().unwrap().len(), 2);
    assert_eq!(
        accounts[0]["user"],
        json!({"name": CLIENT_ID, "type": "servicePrincipal", "useCertSNIssuerAuth": true})
    );
    let x5c = json!([STANDARD.encode(cert.der())]);
    assert_eq!(header_of_last_assertion()["x5c"], x5c);
    // Kept with the credential: a later token's assertion carries the chain too.
    std::fs::remove_file(sb.config_dir().join("tokens.json")).unwrap();
    run(&sb, Some(&fa), &[], &argv("group show -n rg")).ok();
    assert_eq!(fa.token_requests(), 2);
    assert_eq!(header_of_last_assertion()["x5c"], x5c);

    // Without the flag: no chain.
    login(&sb, &fa, &["--certificate", pem]).ok();
    assert_eq!(header_of_last_assertion().get("x5c"), None);
}

#[test]
fn a_service_principal_s_scope_is_its_first_token_then_arm_s() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let graph = "https://graph.microsoft.com//.default";
    let r = login(&sb, &fa, &["--scope", graph, "-s", SUBSCRIPTION]).ok();
    assert_eq!(r.json(), json!([account(SUBSCRIPTION, "Sub One", true)]));
    let scopes: Vec<String> = fa
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/oauth2/v2.0/token"))
        .map(|r| {
            url::form_urlencoded::parse(r.body.as_bytes())
                .into_owned()
                .find(|(k, _)| k == "scope")
                .map(|(_, v)| v)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        scopes,
        [graph, "https://management.core.windows.net//.default"]
    );
    assert_eq!(arm_requests(&fa, 0), ["GET /subscriptions"]);
    // A managed identity's --scope is not supported yet: said before anything is sent.
    let r = run(
        &sb,
        Some(&fa),
        &[],
        &["login", "--identity", "--scope", graph],
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "ERROR: azr does not support --scope with --identity yet (az 2.91 accepts it); nothing \
         was sent\n"
    );
}
