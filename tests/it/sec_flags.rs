//! The identity and access flags of `aks create` and `aks update` (issue 18), end to end against
//! the built-in emulator: the bodies that go out, what the emulator keeps and returns, and az's
//! refusals (with nothing sent).

use azr::transport::cassette::Cassette;
use serde_json::{Value, json};

use crate::common::{Sandbox, SentFirst, argv};

/// Runs `line` against the local emulator, recording what it sends; (exit code, stderr, the
/// bodies of the PUTs it sent).
fn run(sb: &Sandbox, line: &str) -> (i32, String, Vec<Value>) {
    let args: Vec<&str> = line.split(' ').collect();
    let (out, sent) = sb.local_recorded(&args);
    let puts = sent
        .into_iter()
        .filter(|s| s.method == "PUT")
        .map(|s| s.body)
        .collect();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        puts,
    )
}

fn show(sb: &Sandbox, name: &str) -> Value {
    let out = sb.local_ok(&["aks", "show", "-g", "rg", "-n", name]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb
}

#[test]
fn create_sends_the_aad_profile_and_rbac_and_aks_fills_its_defaults() {
    let sb = sandbox();
    let (code, err, puts) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-aad --aad-tenant-id t1 \
         --aad-admin-group-object-ids g1,g2 -o none",
    );
    assert_eq!(code, 0, "{err}");
    let props = &puts[0]["properties"];
    assert_eq!(
        props["aadProfile"],
        json!({"managed": true, "enableAzureRBAC": false, "adminGroupObjectIDs": ["g1", "g2"], "tenantID": "t1"})
    );
    assert_eq!(props["enableRBAC"], json!(true));
    let c = show(&sb, "c");
    assert_eq!(
        c["aadProfile"]["adminGroupObjectIDs"],
        json!(["g1", "g2"]),
        "{c:#}"
    );
    assert_eq!(c["aadProfile"]["tenantId"], json!("t1"));
    // what real AKS returns on every cluster GET
    assert_eq!(c["securityProfile"]["workloadIdentity"], Value::Null);
    assert_eq!(c["oidcIssuerProfile"]["enabled"], json!(false));
    assert_eq!(c["servicePrincipalProfile"]["clientId"], json!("msi"));

    let (code, err, puts) = run(
        &sb,
        "aks create -g rg -n norbac -c 1 --no-ssh-key --disable-rbac --no-wait",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts[0]["properties"]["enableRBAC"], json!(false));
    assert!(puts[0]["properties"].get("aadProfile").is_none());
    assert_eq!(show(&sb, "norbac")["enableRbac"], json!(false));
}

#[test]
fn update_applies_the_access_flags_as_az_does() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c --enable-oidc-issuer --enable-workload-identity --disable-local-accounts -o none",
    );
    assert_eq!(code, 0, "{err}");
    let props = &puts[0]["properties"];
    assert_eq!(props["oidcIssuerProfile"], json!({"enabled": true}));
    assert_eq!(
        props["securityProfile"],
        json!({"workloadIdentity": {"enabled": true}})
    );
    assert_eq!(props["disableLocalAccounts"], json!(true));
    let c = show(&sb, "c");
    assert!(
        c["oidcIssuerProfile"]["issuerUrl"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://eastus.oic.prod-aks.azure.com/"))
    );

    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c --enable-aad --aad-tenant-id t2 --aad-admin-group-object-ids g3 --enable-azure-rbac --enable-local-accounts -o none",
    );
    assert_eq!(code, 0, "{err}");
    let props = &puts[0]["properties"];
    assert_eq!(
        props["aadProfile"],
        json!({"managed": true, "tenantID": "t2", "adminGroupObjectIDs": ["g3"], "enableAzureRBAC": true})
    );
    assert_eq!(props["disableLocalAccounts"], json!(false));
    // the issuer URL is read-only: az does not send it back
    assert_eq!(props["oidcIssuerProfile"], json!({"enabled": true}));

    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-rbac --disable-workload-identity -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts[0]["properties"]["aadProfile"]["enableAzureRBAC"],
        json!(false)
    );
    let c = show(&sb, "c");
    assert_eq!(
        c["securityProfile"]["workloadIdentity"]["enabled"],
        json!(false)
    );
    assert_eq!(c["aadProfile"]["enableAzureRbac"], json!(false));
}

#[test]
fn az_refusals_send_nothing() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let cases: &[(&str, &str)] = &[
        (
            "aks create -g rg -n c2 --no-ssh-key --enable-aad --enable-azure-rbac --disable-rbac",
            "--enable-azure-rbac cannot be used together with --disable-rbac",
        ),
        (
            "aks create -g rg -n c2 --no-ssh-key --enable-workload-identity",
            "Enabling workload identity requires enabling OIDC issuer (--enable-oidc-issuer).",
        ),
        (
            "aks update -g rg -n c --aad-tenant-id t",
            "Cannot specify \"--aad-tenant-id\" if managed AAD is not enabled",
        ),
        (
            "aks update -g rg -n c --aad-admin-group-object-ids g",
            "Cannot specify \"--aad-admin-group-object-ids\" if managed AAD is not enabled",
        ),
        (
            "aks update -g rg -n c --enable-azure-rbac",
            "Cannot specify \"--enable-azure-rbac\" if managed AAD is not enabled",
        ),
        (
            "aks update -g rg -n c --enable-aad --enable-azure-rbac --disable-azure-rbac",
            "Cannot specify \"--enable-azure-rbac\" and \"--disable-azure-rbac\" at the same time",
        ),
        (
            "aks update -g rg -n c --enable-local-accounts --disable-local-accounts",
            "Cannot specify --disable-local-accounts and --enable-local-accounts at the same time.",
        ),
        (
            "aks update -g rg -n c --enable-workload-identity",
            "Enabling workload identity requires enabling OIDC issuer (--enable-oidc-issuer).",
        ),
        (
            "aks update -g rg -n c --enable-workload-identity --disable-workload-identity",
            "Cannot specify --enable-workload-identity and --disable-workload-identity at the same time.",
        ),
    ];
    for (line, message) in cases {
        let stderr = format!("ERROR: {message}\n");
        sb.assert_refused(line, 1, &stderr, SentFirst::Reads);
    }
    sb.local_ok(&argv("aks update -g rg -n c --enable-aad -o none"));
    let (code, err, _) = run(&sb, "aks update -g rg -n c --enable-aad");
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Cannot specify \"--enable-aad\" if managed AAD is already enabled\n"
        )
    );
    let clusters = sb.local_ok(&argv("aks list --query length(@)"));
    assert_eq!(String::from_utf8_lossy(&clusters.stdout).trim(), "1");
}

#[test]
fn a_user_assigned_control_plane_identity() {
    let sb = sandbox();
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    // the kubelet identity AKS made is a user-assigned identity like any other
    let kubelet = show(&sb, "c")["identityProfile"]["kubeletidentity"].clone();
    let uai = kubelet["resourceId"].as_str().unwrap().to_string();
    let line = format!("aks create -g rg -n c2 -c 1 --no-ssh-key --assign-identity {uai} -o none");
    let (code, err, puts) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts[0]["identity"],
        json!({"type": "UserAssigned", "userAssignedIdentities": {uai.as_str(): {}}})
    );
    let c2 = show(&sb, "c2");
    assert_eq!(
        c2["identity"]["userAssignedIdentities"][uai.as_str()],
        json!({"principalId": kubelet["objectId"], "clientId": kubelet["clientId"]})
    );
    // back to a system-assigned identity: az asks first; --yes answers, no tty cannot
    let (code, err, puts) = run(&sb, "aks update -g rg -n c2 --enable-managed-identity");
    assert_eq!(
        (code, err.as_str(), puts.len()),
        (
            1,
            "ERROR: Unable to prompt for confirmation as no tty available. Use --yes.\n",
            0
        )
    );
    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c2 --enable-managed-identity --yes -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(puts[0]["identity"], json!({"type": "SystemAssigned"}));
    assert_eq!(show(&sb, "c2")["identity"]["type"], json!("SystemAssigned"));
    let (code, err, _) = run(
        &sb,
        "aks create -g rg -n c3 --no-ssh-key --assign-identity myid",
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: --assign-identity is not a valid Azure resource ID.\n"
        )
    );
}

const KMS_KEY: &str = "https://v.vault.azure.net/keys/k/0123456789abcdef";

#[test]
fn kms_and_the_disk_encryption_set() {
    let sb = sandbox();
    let line = format!(
        "aks create -g rg -n c -c 1 --no-ssh-key --enable-azure-keyvault-kms --azure-keyvault-kms-key-id {KMS_KEY} \
         --azure-keyvault-kms-key-vault-network-access public -d /subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/d -o none"
    );
    let (code, err, puts) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    let props = &puts[0]["properties"];
    assert_eq!(
        props["securityProfile"]["azureKeyVaultKms"],
        json!({"enabled": true, "keyId": KMS_KEY, "keyVaultNetworkAccess": "Public"})
    );
    assert_eq!(
        props["diskEncryptionSetID"],
        json!(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/d"
        )
    );
    let c = show(&sb, "c");
    assert_eq!(
        c["securityProfile"]["azureKeyVaultKms"]["keyId"],
        json!(KMS_KEY)
    );

    let vault = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v";
    let line = format!(
        "aks update -g rg -n c --enable-azure-keyvault-kms --azure-keyvault-kms-key-id {KMS_KEY} \
         --azure-keyvault-kms-key-vault-network-access Private --azure-keyvault-kms-key-vault-resource-id {vault} -o none"
    );
    let (code, err, puts) = run(&sb, &line);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts[0]["properties"]["securityProfile"]["azureKeyVaultKms"],
        json!({"enabled": true, "keyId": KMS_KEY, "keyVaultNetworkAccess": "Private", "keyVaultResourceId": vault})
    );
    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c --disable-azure-keyvault-kms -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts[0]["properties"]["securityProfile"]["azureKeyVaultKms"]["enabled"],
        json!(false)
    );

    let refusals = [
        (
            format!("aks create -g rg -n c2 --no-ssh-key --enable-azure-keyvault-kms --azure-keyvault-kms-key-id {KMS_KEY}"),
            "\"--azure-keyvault-kms-key-vault-network-access\" is required.",
        ),
        (
            "aks create -g rg -n c2 --no-ssh-key --enable-azure-keyvault-kms".to_string(),
            "You must set \"--enable-azure-keyvault-kms\" and \"--azure-keyvault-kms-key-id\" at the same time.",
        ),
        (
            "aks update -g rg -n c --enable-azure-keyvault-kms --azure-keyvault-kms-key-id https://v/keys".to_string(),
            "--azure-keyvault-kms-key-id is not a valid Key Vault key ID. See https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#vault-name-and-object-name",
        ),
        (
            format!("aks update -g rg -n c --enable-azure-keyvault-kms --azure-keyvault-kms-key-id {KMS_KEY} --azure-keyvault-kms-key-vault-network-access Private"),
            "\"--azure-keyvault-kms-key-vault-resource-id\" is required when \"--azure-keyvault-kms-key-vault-network-access\" is Private.",
        ),
    ];
    for (line, message) in refusals {
        let stderr = format!("ERROR: {message}\n");
        sb.assert_refused(&line, 1, &stderr, SentFirst::Reads);
    }
}

#[test]
fn a_service_principal_cluster_never_shows_its_secret() {
    let sb = sandbox();
    let secret = "s3cr3t-Value-42";
    let line = format!(
        "aks create -g rg -n c -c 1 --no-ssh-key --service-principal 44444444-4444-4444-4444-444444444444 --client-secret {secret} --debug -o json"
    );
    let record = sb.dir.path().join("sent.yaml");
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .env("AZR_RECORD", &record)
        .args(line.split(' '))
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let recorded = std::fs::read_to_string(&record).unwrap();
    for (what, text) in [
        ("stdout", &*stdout),
        ("stderr", &*stderr),
        ("cassette", &*recorded),
    ] {
        assert!(!text.contains(secret), "the secret reached {what}");
    }
    // what went out: the profile (secret scrubbed in the recording), no managed identity
    let put = Cassette::load(&record)
        .unwrap()
        .interactions
        .into_iter()
        .find(|i| i.request.method == "PUT")
        .unwrap();
    let body: Value = serde_json::from_str(put.request.body.as_deref().unwrap()).unwrap();
    assert_eq!(
        body["properties"]["servicePrincipalProfile"],
        json!({"clientId": "44444444-4444-4444-4444-444444444444", "secret": "<redacted>"})
    );
    assert!(body.get("identity").is_none());
    let c = show(&sb, "c");
    assert_eq!(
        c["servicePrincipalProfile"],
        json!({"clientId": "44444444-4444-4444-4444-444444444444", "secret": null})
    );
    assert_eq!(
        (&c["identity"], &c["identityProfile"]),
        (&Value::Null, &Value::Null)
    );

    let (code, err, puts) = run(
        &sb,
        "aks create -g rg -n c2 --no-ssh-key --service-principal 44444444-4444-4444-4444-444444444444",
    );
    assert_eq!(
        (code, err.as_str(), puts.len()),
        (
            1,
            "ERROR: Please provide both --service-principal and --client-secret to use sp as the cluster identity. An sp can be created using the 'az ad sp create-for-rbac' command.\n",
            0
        )
    );
    let (code, err, _) = run(
        &sb,
        "aks create -g rg -n c2 --no-ssh-key --service-principal a --client-secret b --enable-managed-identity",
    );
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "ERROR: Cannot specify --enable-managed-identity and --service-principal/--client-secret at same time\n"
        )
    );
}

#[test]
fn the_windows_profile_and_its_password() {
    let sb = sandbox();
    let (code, err, puts) = run(
        &sb,
        "aks create -g rg -n c -c 1 --no-ssh-key --windows-admin-username azureuser --windows-admin-password Pw0rd-one-XYZ \
         --enable-ahub --enable-windows-gmsa --gmsa-dns-server 10.0.0.4 --gmsa-root-domain-name contoso.com -o none",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        puts[0]["properties"]["windowsProfile"],
        json!({"adminUsername": "azureuser", "adminPassword": "<redacted>", "licenseType": "Windows_Server",
               "gmsaProfile": {"enabled": true, "dnsServer": "10.0.0.4", "rootDomainName": "contoso.com"}})
    );
    let out = sb.local_ok(&argv("aks show -g rg -n c"));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(!shown.contains("Pw0rd-one-XYZ"));
    let c: Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(c["windowsProfile"]["adminPassword"], Value::Null);
    assert_eq!(c["windowsProfile"]["licenseType"], json!("Windows_Server"));

    let (code, err, puts) = run(
        &sb,
        "aks update -g rg -n c --disable-ahub --windows-admin-password Pw0rd-two-XYZ --disable-windows-gmsa -o none",
    );
    assert_eq!(code, 0, "{err}");
    let w = &puts[0]["properties"]["windowsProfile"];
    assert_eq!(
        (&w["licenseType"], &w["adminPassword"], &w["gmsaProfile"]),
        (
            &json!("None"),
            &json!("<redacted>"),
            &json!({"enabled": false})
        )
    );
    let refusals = [
        (
            "aks update -g rg -n c --enable-windows-gmsa",
            "Please assure that you have set the DNS server in the vnet used by the cluster when not specifying --gmsa-dns-server and --gmsa-root-domain-name: unable to prompt for confirmation as no tty available. Use --yes.",
        ),
        (
            "aks update -g rg -n c --enable-ahub --disable-ahub",
            "Cannot specify \"--enable-ahub\" and \"--disable-ahub\" at the same time",
        ),
        (
            "aks create -g rg -n c2 --no-ssh-key --windows-admin-password x",
            "Please specify username for Windows in non-interactive mode.",
        ),
        (
            "aks create -g rg -n c2 --no-ssh-key --gmsa-dns-server 10.0.0.4",
            "Please set windows admin username and password before setting gmsa related configs.",
        ),
    ];
    for (line, message) in refusals {
        let stderr = format!("ERROR: {message}\n");
        sb.assert_refused(line, 1, &stderr, SentFirst::Reads);
    }
}
