//! Clouds, login, accounts, credentials, the token cache and the HTTPS transport, end to end
//! against `fake_azure` (an in-test HTTPS server with its own CA).

use serde_json::{Value, json};

use crate::common::{Sandbox, argv};
use crate::fake_azure::{
    CLIENT_ID, FEDERATED_TOKEN, FakeAzure, IDENTITY_HEADER, SECRET, SUBSCRIPTION, SUBSCRIPTION2,
    TENANT,
};

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
    pub(crate) fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

pub(crate) fn run(
    sb: &Sandbox,
    fa: Option<&FakeAzure>,
    env: &[(&str, &str)],
    args: &[&str],
) -> Run {
    let mut cmd = sb.azr();
    if let Some(fa) = fa {
        cmd.env("AZR_CA_BUNDLE", &fa.ca_pem);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Registers the fake server as cloud `Fake` (no discovery) and makes it active.
pub(crate) fn use_fake_cloud(sb: &Sandbox, fa: &FakeAzure) {
    run(
        sb,
        Some(fa),
        &[],
        &[
            "cloud",
            "register",
            "-n",
            "Fake",
            "--skip-endpoint-discovery",
            "--endpoint-resource-manager",
            &format!("{}/", fa.base),
            "--endpoint-active-directory",
            &fa.base,
            "--endpoint-active-directory-resource-id",
            "https://management.core.windows.net/",
        ],
    )
    .ok();
    let set = run(sb, Some(fa), &[], &argv("cloud set -n Fake")).ok();
    assert!(set.stdout.is_empty());
    assert_eq!(
        set.stderr,
        "WARNING: Switched active cloud to 'Fake'.\nWARNING: Use 'az login' to log in to this cloud.\nWARNING: Use 'az account set' to set the active subscription.\n"
    );
}

fn sp_login(sb: &Sandbox, fa: &FakeAzure) -> Run {
    run(
        sb,
        Some(fa),
        &[],
        &[
            "login",
            "--service-principal",
            "-u",
            CLIENT_ID,
            "-p",
            SECRET,
            "--tenant",
            TENANT,
        ],
    )
}

fn assert_no_secret(r: &Run) {
    for s in [SECRET, IDENTITY_HEADER, "Bearer ey"] {
        assert!(!r.stdout.contains(s), "secret in stdout: {}", r.stdout);
        assert!(!r.stderr.contains(s), "secret in stderr: {}", r.stderr);
    }
}

#[cfg(unix)]
pub(crate) fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn cloud_list_and_show_give_az_endpoints() {
    let sb = Sandbox::new();
    let r = run(
        &sb,
        None,
        &[],
        &[
            "cloud",
            "list",
            "--query",
            "[].[name, isActive]",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(
        r.json(),
        json!([
            ["AzureCloud", true],
            ["AzureChinaCloud", false],
            ["AzureUSGovernment", false],
            ["AzureBleuCloud", false],
            ["local", false]
        ])
    );
    let r = run(&sb, None, &[], &argv("cloud show -n AzureUSGovernment")).ok();
    let v = r.json();
    assert_eq!(
        v["endpoints"]["resourceManager"],
        "https://management.usgovcloudapi.net/"
    );
    assert_eq!(
        v["endpoints"]["activeDirectory"],
        "https://login.microsoftonline.us"
    );
    assert_eq!(v["suffixes"]["storageEndpoint"], "core.usgovcloudapi.net");
    assert_eq!(v["isActive"], false);
    // --cloud selects the active cloud for one command, AZR_CLOUD for a process tree.
    let r = run(
        &sb,
        None,
        &[],
        &argv("cloud show --cloud AzureChinaCloud --query name"),
    )
    .ok();
    assert_eq!(r.json(), json!("AzureChinaCloud"));
    let r = run(
        &sb,
        None,
        &[("AZR_CLOUD", "AzureChinaCloud")],
        &["cloud", "show", "--query", "[name, isActive]"],
    )
    .ok();
    assert_eq!(r.json(), json!(["AzureChinaCloud", true]));
}

#[test]
fn cloud_errors_are_azs() {
    let sb = Sandbox::new();
    for (args, msg) in [
        (
            argv("cloud set -n Nope"),
            "ERROR: The cloud 'Nope' is not registered.\n",
        ),
        (
            argv("cloud show -n Nope"),
            "ERROR: The cloud 'Nope' is not registered.\n",
        ),
        (
            argv("cloud unregister -n Nope"),
            "ERROR: The cloud 'Nope' is not registered.\n",
        ),
        (
            argv("cloud unregister -n AzureCloud"),
            "ERROR: The cloud 'AzureCloud' cannot be unregistered as it's currently active.\n",
        ),
        (
            argv("cloud unregister -n AzureChinaCloud"),
            "ERROR: The cloud 'AzureChinaCloud' cannot be unregistered as it's not a custom cloud.\n",
        ),
        (
            argv("cloud register -n X --skip-endpoint-discovery"),
            "ERROR: The following endpoints are required for the CLI to function and were not specified on the command line, in the cloud config or could not be autodetected.\nSpecify them on the command line or through the cloud config file:\n--endpoint-resource-manager, --endpoint-active-directory, --endpoint-active-directory-resource-id\n",
        ),
        (
            argv("cloud register -n AzureCloud --skip-endpoint-discovery"),
            "ERROR: The cloud 'AzureCloud' is already registered.\n",
        ),
        (
            argv("--cloud Nope group show -n rg"),
            "ERROR: The cloud 'Nope' is not registered.\n",
        ),
    ] {
        let r = run(&sb, None, &[], &args);
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (1, "", msg),
            "{args:?}"
        );
    }
    let r = run(&sb, None, &[], &["account", "show"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (1, "ERROR: Please run 'az login' to setup account.\n")
    );
    let r = run(&sb, None, &[], &["logout"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (1, "ERROR: There are no active accounts.\n")
    );
    let r = run(&sb, None, &[], &["account", "list"]).ok();
    assert_eq!(r.stdout.trim(), "[]");
    assert_eq!(
        r.stderr,
        "WARNING: Please run \"az login\" to access your accounts.\n"
    );
    let r = run(
        &sb,
        None,
        &[],
        &["login", "--identity", "--service-principal"],
    );
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: usage error: '--identity' is not applicable with other arguments\n"
        )
    );
    // Without a login, an ARM command says so before sending anything.
    let r = run(&sb, None, &[], &argv("group show -n rg"));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (1, "ERROR: Please run 'az login' to setup account.\n")
    );
}

#[test]
fn cloud_register_discovers_metadata_and_unregisters() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    let arm = format!("{}/", fa.base);
    run(
        &sb,
        Some(&fa),
        &[],
        &[
            "cloud",
            "register",
            "-n",
            "Disc",
            "--endpoint-resource-manager",
            &arm,
        ],
    )
    .ok();
    let reqs = fa.requests();
    assert_eq!(reqs.len(), 1);
    // az keeps the trailing slash: `//metadata/endpoints`.
    assert_eq!(reqs[0].path, "//metadata/endpoints");
    assert_eq!(reqs[0].query, "api-version=2022-09-01");
    let v = run(&sb, None, &[], &argv("cloud show -n Disc")).ok().json();
    assert_eq!(v["endpoints"]["activeDirectory"], json!(fa.base));
    assert_eq!(v["endpoints"]["resourceManager"], json!(arm));
    assert_eq!(
        v["endpoints"]["activeDirectoryResourceId"],
        "https://management.core.windows.net/"
    );
    assert_eq!(v["endpoints"]["portal"], "https://portal.fake");
    assert_eq!(v["suffixes"]["keyvaultDns"], ".vault.fake");
    assert_eq!(v["profile"], "latest");
    // Without trust in the server's CA, discovery fails with the TLS reason.
    let sb2 = Sandbox::new();
    let r = run(
        &sb2,
        None,
        &[],
        &[
            "cloud",
            "register",
            "-n",
            "Disc",
            "--endpoint-resource-manager",
            &arm,
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with("ERROR: Unable to get endpoints from the cloud.\nPlease ensure you have network connection."), "{}", r.stderr);
    assert!(
        r.stderr.to_lowercase().contains("certificate"),
        "{}",
        r.stderr
    );
    run(&sb, None, &[], &argv("cloud unregister -n Disc")).ok();
    let r = run(&sb, None, &[], &argv("cloud show -n Disc"));
    assert_eq!(r.stderr, "ERROR: The cloud 'Disc' is not registered.\n");
}

#[test]
fn sp_login_then_twenty_commands_ask_for_one_token() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = sp_login(&sb, &fa).ok();
    assert_no_secret(&r);
    assert_eq!(
        r.json(),
        json!([
            {"cloudName": "Fake", "homeTenantId": TENANT, "id": SUBSCRIPTION, "isDefault": true,
             "managedByTenants": [], "name": "Sub One", "state": "Enabled", "tenantId": TENANT,
             "user": {"name": CLIENT_ID, "type": "servicePrincipal"}},
            {"cloudName": "Fake", "homeTenantId": TENANT, "id": SUBSCRIPTION2, "isDefault": false,
             "managedByTenants": [], "name": "Sub Two", "state": "Enabled", "tenantId": TENANT,
             "user": {"name": CLIENT_ID, "type": "servicePrincipal"}}
        ])
    );
    let login_reqs = fa.requests();
    assert_eq!(login_reqs.len(), 2, "{login_reqs:?}");
    assert_eq!(login_reqs[0].path, format!("/{TENANT}/oauth2/v2.0/token"));
    assert_eq!(login_reqs[1].path, "/subscriptions");
    assert_eq!(login_reqs[1].query, "api-version=2022-12-01");
    assert_eq!(login_reqs[1].header("CommandName"), Some("login"));

    #[cfg(unix)]
    {
        assert_eq!(mode(&sb.config_dir().join("credentials.json")), 0o600);
        assert_eq!(mode(&sb.config_dir().join("tokens.json")), 0o600);
    }
    for _ in 0..20 {
        let r = run(
            &sb,
            Some(&fa),
            &[],
            &argv("group show -n rg --query id --debug"),
        )
        .ok();
        assert_no_secret(&r);
        assert_eq!(
            r.json(),
            json!(format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/rg"))
        );
    }
    assert_eq!(
        fa.token_requests(),
        1,
        "one token for login and twenty commands"
    );
    let arm: Vec<_> = fa
        .requests()
        .into_iter()
        .filter(|r| r.path.contains("/resourcegroups/"))
        .collect();
    assert_eq!(arm.len(), 20);
    let first = &arm[0];
    assert!(
        first
            .header("authorization")
            .unwrap()
            .starts_with("Bearer ey")
    );
    assert!(first.header("user-agent").unwrap().starts_with("azr/"));
    assert_eq!(first.header("CommandName"), Some("group show"));
    assert_eq!(
        first.version, "HTTP/2.0",
        "HTTP/2 where the server offers it"
    );
    assert_eq!(first.header("ParameterSetName"), Some("-n --query --debug"));
    let ids: std::collections::BTreeSet<_> = arm
        .iter()
        .map(|r| r.header("x-ms-client-request-id").unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 20, "a fresh x-ms-client-request-id per request");
    for f in argv("tokens.json credentials.json profile.json clouds.json") {
        let text = std::fs::read_to_string(sb.config_dir().join(f)).unwrap_or_default();
        if f != "credentials.json" {
            assert!(!text.contains(SECRET), "{f} holds the secret");
        }
    }
}

#[test]
fn subscription_precedence_and_account_commands() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    sp_login(&sb, &fa).ok();
    let sub_of = |r: &Run| {
        r.json()
            .as_str()
            .unwrap()
            .split('/')
            .nth(2)
            .unwrap()
            .to_string()
    };
    let show = argv("group show -n rg --query id");
    assert_eq!(sub_of(&run(&sb, Some(&fa), &[], &show).ok()), SUBSCRIPTION);
    let mut by_name = show.to_vec();
    by_name.extend(["--subscription", "sub two"]);
    assert_eq!(
        sub_of(&run(&sb, Some(&fa), &[], &by_name).ok()),
        SUBSCRIPTION2
    );
    assert_eq!(
        sub_of(
            &run(
                &sb,
                Some(&fa),
                &[("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION2)],
                &show
            )
            .ok()
        ),
        SUBSCRIPTION2
    );
    // The flag beats the variable.
    let mut by_id = show.to_vec();
    by_id.extend(["--subscription", SUBSCRIPTION]);
    assert_eq!(
        sub_of(
            &run(
                &sb,
                Some(&fa),
                &[("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION2)],
                &by_id
            )
            .ok()
        ),
        SUBSCRIPTION
    );
    let r = run(
        &sb,
        Some(&fa),
        &[],
        &argv("group show -n rg --subscription nope"),
    );
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: Subscription 'nope' not found. Check the spelling and casing and try again.\n"
        )
    );

    let r = run(
        &sb,
        None,
        &[],
        &["account", "set", "--subscription", "Sub Two"],
    )
    .ok();
    assert!(r.stdout.is_empty());
    assert_eq!(sub_of(&run(&sb, Some(&fa), &[], &show).ok()), SUBSCRIPTION2);
    let v = run(&sb, None, &[], &["account", "show"]).ok().json();
    assert_eq!(
        (v["id"].as_str(), v["isDefault"].as_bool()),
        (Some(SUBSCRIPTION2), Some(true))
    );
    let v = run(&sb, None, &[], &["account", "show", "-n", SUBSCRIPTION])
        .ok()
        .json();
    assert_eq!(v["name"], "Sub One");
    let v = run(
        &sb,
        None,
        &[],
        &argv("account list --query [].[name,isDefault]"),
    )
    .ok()
    .json();
    assert_eq!(v, json!([["Sub One", false], ["Sub Two", true]]));
    // --refresh lists again with the stored credential (from the token cache: no new token);
    // the default moves off a subscription that went away.
    fa.set_subscription_count(1);
    let v = run(
        &sb,
        Some(&fa),
        &[],
        &argv("account list --refresh --query [].[name,isDefault]"),
    )
    .ok()
    .json();
    assert_eq!(v, json!([["Sub One", true]]));
    assert_eq!(fa.token_requests(), 1);
    let r = run(&sb, None, &[], &argv("account set -s nope"));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: The subscription of 'nope' doesn't exist in cloud 'Fake'.\n"
        )
    );
    // Accounts belong to their cloud.
    let r = run(&sb, None, &[], &argv("account show --cloud AzureCloud"));
    assert_eq!(r.stderr, "ERROR: Please run 'az login' to setup account.\n");

    run(&sb, None, &[], &["logout"]).ok();
    let r = run(&sb, None, &[], &["account", "show"]);
    assert_eq!(r.stderr, "ERROR: Please run 'az login' to setup account.\n");
    let creds = std::fs::read_to_string(sb.config_dir().join("credentials.json")).unwrap();
    assert!(!creds.contains(SECRET), "logout forgets the secret");
    let tokens = std::fs::read_to_string(sb.config_dir().join("tokens.json")).unwrap();
    assert!(!tokens.contains("ey"), "logout forgets the tokens");
}

#[test]
fn az_default_subscription_is_used_when_azr_has_none() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    // az's profile, BOM included, as az writes it.
    let az_dir = sb.home().join(".azure");
    std::fs::create_dir_all(&az_dir).unwrap();
    let profile = json!({"subscriptions": [
        {"id": SUBSCRIPTION2, "name": "Theirs", "isDefault": true, "environmentName": "Fake", "state": "Enabled",
         "tenantId": TENANT, "user": {"name": "me@example.com", "type": "user"}}]});
    std::fs::write(
        az_dir.join("azureProfile.json"),
        format!("\u{feff}{profile}"),
    )
    .unwrap();
    let env = [
        ("AZURE_CLIENT_ID", CLIENT_ID),
        ("AZURE_CLIENT_SECRET", SECRET),
        ("AZURE_TENANT_ID", TENANT),
    ];
    let r = run(&sb, Some(&fa), &env, &argv("group show -n rg --query id")).ok();
    assert_eq!(
        r.json(),
        json!(format!("/subscriptions/{SUBSCRIPTION2}/resourceGroups/rg"))
    );
    let v = run(&sb, None, &[], &argv("account show --query name"))
        .ok()
        .json();
    assert_eq!(v, json!("Theirs"));
}

#[test]
fn env_service_principal_without_login_is_cached() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let env = [
        ("AZURE_CLIENT_ID", CLIENT_ID),
        ("AZURE_CLIENT_SECRET", SECRET),
        ("AZURE_TENANT_ID", TENANT),
        ("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION),
    ];
    for _ in 0..3 {
        let r = run(
            &sb,
            Some(&fa),
            &env,
            &argv("group show -n rg --query name --debug"),
        )
        .ok();
        assert_no_secret(&r);
        assert_eq!(r.json(), json!("rg"));
    }
    assert_eq!(fa.token_requests(), 1);
    // A wrong secret fails with Entra's reason and never shows the secret.
    let sb2 = Sandbox::new();
    use_fake_cloud(&sb2, &fa);
    let bad = [
        ("AZURE_CLIENT_ID", CLIENT_ID),
        ("AZURE_CLIENT_SECRET", "wrong-secret-value-98765"),
        ("AZURE_TENANT_ID", TENANT),
        ("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION),
    ];
    let r = run(&sb2, Some(&fa), &bad, &argv("group show -n rg"));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("AADSTS7000215"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-secret-value-98765"));
}

#[test]
fn managed_identity_login_through_identity_endpoint() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let endpoint = format!("{}/msi/token", fa.base);
    let env = [
        ("IDENTITY_ENDPOINT", endpoint.as_str()),
        ("IDENTITY_HEADER", IDENTITY_HEADER),
    ];
    let r = run(&sb, Some(&fa), &env, &["login", "--identity"]).ok();
    assert_no_secret(&r);
    let v = r.json();
    assert_eq!(
        v[0]["user"],
        json!({"assignedIdentityInfo": "MSI", "name": "systemAssignedIdentity", "type": "servicePrincipal"})
    );
    assert_eq!(
        v[0]["tenantId"], TENANT,
        "the tenant comes from the token's tid"
    );
    let msi = fa
        .requests()
        .into_iter()
        .find(|r| r.path == "/msi/token")
        .unwrap();
    assert!(
        msi.query
            .contains("resource=https%3A%2F%2Fmanagement.core.windows.net%2F"),
        "{}",
        msi.query
    );
    assert_eq!(msi.header("x-identity-header"), Some(IDENTITY_HEADER));
    for _ in 0..3 {
        run(&sb, Some(&fa), &env, &argv("group show -n rg")).ok();
    }
    assert_eq!(fa.count("/msi/token"), 1);
}

#[test]
fn allow_no_subscriptions_gives_a_tenant_level_account() {
    let fa = FakeAzure::start();
    fa.set_no_subscriptions();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let r = sp_login(&sb, &fa);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            format!("ERROR: No subscriptions found for {CLIENT_ID}.\n").as_str()
        )
    );
    let mut args = vec![
        "login",
        "--service-principal",
        "-u",
        CLIENT_ID,
        "-p",
        SECRET,
        "--tenant",
        TENANT,
    ];
    args.push("--allow-no-subscriptions");
    let v = run(&sb, Some(&fa), &[], &args).ok().json();
    assert_eq!(
        v,
        json!([{"cloudName": "Fake", "id": TENANT, "isDefault": true, "name": "N/A(tenant level account)",
                "state": "Enabled", "tenantId": TENANT, "user": {"name": CLIENT_ID, "type": "servicePrincipal"}}])
    );
}

#[test]
fn certificate_login() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let (pem_path, cert) = fa.trusted_certificate(sb.dir.path());
    let r = run(
        &sb,
        Some(&fa),
        &[],
        &[
            "login",
            "--service-principal",
            "-u",
            CLIENT_ID,
            "--certificate",
            pem_path.to_str().unwrap(),
            "--tenant",
            TENANT,
        ],
    )
    .ok();
    assert_eq!(r.json()[0]["user"]["name"], CLIENT_ID);
    let tok = fa
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("/token"))
        .unwrap();
    assert!(tok.body.contains(
        "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
    ));
    assert!(!tok.body.contains("client_secret"));
    // A file without a key fails before any request.
    let bad = sb.dir.path().join("bad.pem");
    std::fs::write(&bad, cert.pem()).unwrap();
    let before = fa.requests().len();
    let r = run(
        &sb,
        Some(&fa),
        &[],
        &[
            "login",
            "--service-principal",
            "-u",
            CLIENT_ID,
            "--certificate",
            bad.to_str().unwrap(),
            "--tenant",
            TENANT,
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no RSA private key"), "{}", r.stderr);
    assert_eq!(fa.requests().len(), before);
}

#[test]
fn a_slow_server_gives_a_clear_timeout() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    sp_login(&sb, &fa).ok();
    let r = run(
        &sb,
        Some(&fa),
        &[("AZR_HTTP_TIMEOUT", "1")],
        &argv("group show -n slow"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        format!(
            "ERROR: The request to {}/subscriptions/{SUBSCRIPTION}/resourcegroups/slow timed out after 1 seconds. Set AZR_HTTP_TIMEOUT to wait longer.\n",
            fa.base
        )
    );
    let r = run(
        &sb,
        Some(&fa),
        &[("AZR_HTTP_TIMEOUT", "soon")],
        &argv("group show -n rg"),
    );
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "ERROR: AZR_HTTP_TIMEOUT 'soon' is not a number of seconds greater than 0.\n"
        )
    );
}

#[test]
fn arm_errors_through_https_keep_azs_exit_codes() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    sp_login(&sb, &fa).ok();
    let r = run(&sb, Some(&fa), &[], &argv("group show -n missing"));
    assert_eq!(r.code, 3);
    assert!(
        r.stderr.starts_with(
            "ERROR: (ResourceGroupNotFound) Resource group 'missing' could not be found."
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn workload_identity_from_a_federated_token_file() {
    let fa = FakeAzure::start();
    let sb = Sandbox::new();
    use_fake_cloud(&sb, &fa);
    let file = sb.dir.path().join("azure-identity-token");
    std::fs::write(&file, FEDERATED_TOKEN).unwrap();
    let env = [
        ("AZURE_CLIENT_ID", CLIENT_ID),
        ("AZURE_TENANT_ID", TENANT),
        ("AZURE_FEDERATED_TOKEN_FILE", file.to_str().unwrap()),
        ("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION),
    ];
    for _ in 0..2 {
        let r = run(&sb, Some(&fa), &env, &argv("group show -n rg --query name")).ok();
        assert_eq!(r.json(), json!("rg"));
        assert!(!r.stderr.contains(FEDERATED_TOKEN));
    }
    let tok: Vec<_> = fa
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/oauth2/v2.0/token"))
        .collect();
    assert_eq!(tok.len(), 1);
    assert!(tok[0].body.contains(
        "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
    ));
}
