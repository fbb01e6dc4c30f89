//! The cluster-level flags of `aks create` (issue 18), end to end against the built-in
//! emulator: what the user sees, what the emulator keeps, and az's refusals.

use serde_json::{Value, json};

use crate::common::{Sandbox, argv};

#[test]
fn create_keeps_the_cluster_settings() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv(
        "aks create -g rg -n c -c 1 --no-ssh-key --network-plugin kubenet --pod-cidr 10.245.0.0/16 \
         --service-cidr 10.1.0.0/16 --dns-service-ip 10.1.0.10 --load-balancer-managed-outbound-ip-count 2 \
         --tier Standard --node-resource-group mynrg --enable-oidc-issuer --enable-workload-identity \
         --enable-aad --enable-azure-rbac --disable-local-accounts --auto-upgrade-channel patch \
         --node-os-upgrade-channel SecurityPatch -o none",
    ));
    let out = sb.local_ok(&argv("aks show -g rg -n c"));
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    let net = &c["networkProfile"];
    assert_eq!(
        (
            &net["networkPlugin"],
            &net["networkPluginMode"],
            &net["podCidr"]
        ),
        (&json!("kubenet"), &Value::Null, &json!("10.245.0.0/16"))
    );
    assert_eq!(
        (&net["serviceCidr"], &net["dnsServiceIp"]),
        (&json!("10.1.0.0/16"), &json!("10.1.0.10"))
    );
    assert_eq!(net["loadBalancerProfile"]["managedOutboundIPs"]["count"], 2);
    assert_eq!(c["sku"], json!({"name": "Base", "tier": "Standard"}));
    assert_eq!(c["nodeResourceGroup"], "mynrg");
    assert_eq!(c["oidcIssuerProfile"]["enabled"], true);
    assert!(
        c["oidcIssuerProfile"]["issuerUrl"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://eastus.oic.prod-aks.azure.com/"))
    );
    assert_eq!(c["securityProfile"]["workloadIdentity"]["enabled"], true);
    assert_eq!(
        (
            &c["aadProfile"]["managed"],
            &c["aadProfile"]["enableAzureRbac"]
        ),
        (&json!(true), &json!(true))
    );
    assert_eq!(c["disableLocalAccounts"], true);
    assert_eq!(
        (
            &c["autoUpgradeProfile"]["upgradeChannel"],
            &c["autoUpgradeProfile"]["nodeOsUpgradeChannel"]
        ),
        (&json!("patch"), &json!("SecurityPatch"))
    );
    // The nodes live in the node resource group that was asked for.
    let vmss = sb.local_ok(&argv("vmss list -g mynrg --query length(@)"));
    assert_eq!(String::from_utf8_lossy(&vmss.stdout).trim(), "1");
}

#[test]
fn bad_cluster_flags_fail_before_anything_is_created() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let cases: &[(&str, i32, &str)] = &[
        (
            "--network-plugin azure --network-policy Azure",
            1,
            "ERROR: --network-policy should be provided in lowercase\n",
        ),
        (
            "--network-policy azure",
            1,
            "ERROR: Please explicitly specify the network plugin type\n",
        ),
        (
            "--enable-azure-rbac",
            1,
            "ERROR: --enable-azure-rbac can only be used together with --enable-aad\n",
        ),
        (
            "--load-balancer-sku basic --outbound-type loadBalancer",
            1,
            "ERROR: loadBalancer doesn't support basic load balancer sku\n",
        ),
        (
            "--outbound-type managedNATGateway --load-balancer-managed-outbound-ip-count 2",
            1,
            "ERROR: managedNATGateway type doesn't support customizing the standard load balancer ips\n",
        ),
        (
            "--tier gold",
            2,
            "ERROR: az aks create: 'gold' is not a valid value for '--tier'. Allowed values: free, standard, premium.\n",
        ),
    ];
    for (flags, code, stderr) in cases {
        let mut args = argv("aks create -g rg -n c --no-ssh-key");
        args.extend(flags.split(' '));
        let out = sb
            .azr()
            .env("AZR_CLOUD", "local")
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{flags}: {err}");
        assert!(err.starts_with(stderr), "{flags}: {err}");
    }
    let clusters = sb.local_ok(&argv("aks list --query length(@)"));
    assert_eq!(String::from_utf8_lossy(&clusters.stdout).trim(), "0");
}
