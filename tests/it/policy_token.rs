//! az's Global Policy Arguments (`--acquire-policy-token`, `--change-reference`) against the
//! built-in emulator: before every request that is not a GET, a POST to `acquirePolicyToken`
//! names the operation (absolute URL, method, body) and the change reference; the token it
//! returns goes out on that request, and the emulator refuses a token issued for another one.

use crate::common::{Sandbox, argv};

fn run(sb: &Sandbox, args: &[&str]) -> (i32, String) {
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(args)
        .output()
        .expect("run azr");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// `--debug`'s requests in order: (method, URL, the lines logged with it).
fn requests(stderr: &str) -> Vec<(String, String, String)> {
    stderr
        .split("DEBUG: Request URL: '")
        .skip(1)
        .map(|chunk| {
            let url = chunk.split('\'').next().unwrap_or_default().to_string();
            let method = chunk
                .split("Request method: '")
                .nth(1)
                .and_then(|r| r.split('\'').next())
                .unwrap_or_default()
                .to_string();
            (method, url, chunk.to_string())
        })
        .collect()
}

const ACQUIRE: &str = "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/acquirePolicyToken?api-version=2025-11-01";

fn correlation(lines: &str) -> &str {
    lines
        .split("'x-ms-correlation-request-id': '")
        .nth(1)
        .and_then(|r| r.split('\'').next())
        .expect("a correlation id")
}

#[test]
fn a_policy_token_goes_before_every_write() {
    let sb = Sandbox::new();
    let (code, stderr) = run(
        &sb,
        &argv(
            "group create -n rg -l eastus --acquire-policy-token --change-reference CR-9 -o none --debug",
        ),
    );
    assert_eq!(code, 0, "{stderr}");
    let sent = requests(&stderr);
    let methods: Vec<_> = sent
        .iter()
        .map(|(m, u, _)| (m.as_str(), u.as_str()))
        .collect();
    assert_eq!(
        methods,
        [
            ("POST", ACQUIRE),
            (
                "PUT",
                "/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg?api-version=2024-11-01"
            )
        ]
    );
    let (post, put) = (&sent[0].2, &sent[1].2);
    assert!(
        post.contains(
            r#"{"changeReference":"CR-9","operation":{"content":{"location":"eastus"},"httpMethod":"PUT","uri":"https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg?api-version=2024-11-01"}}"#
        ),
        "{post}"
    );
    assert!(post.contains("'x-ms-force-sync': 'true'"), "{post}");
    assert!(!post.contains("x-ms-policy-external-evaluations"), "{post}");
    // the token is on the write (redacted in the log), under the POST's correlation id
    assert!(
        put.contains("'x-ms-policy-external-evaluations': 'REDACTED'"),
        "{put}"
    );
    assert_eq!(correlation(post), correlation(put));

    // reads go out as they are; the write after them gets its own token
    run(
        &sb,
        &argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"),
    );
    let (code, stderr) = run(
        &sb,
        &argv(
            "aks nodepool update -g rg --cluster-name c -n nodepool1 --labels a=b --change-reference X -o none --debug",
        ),
    );
    assert_eq!(code, 0, "{stderr}");
    let sent = requests(&stderr);
    let methods: Vec<_> = sent.iter().map(|(m, _, _)| m.as_str()).collect();
    assert_eq!(&methods[..3], ["GET", "POST", "PUT"], "{methods:?}");
    assert!(sent[2].2.contains("x-ms-policy-external-evaluations"));
    assert!(sent[1].2.contains(r#""changeReference":"X""#));
    assert!(
        sent.iter()
            .filter(|(m, _, _)| m == "GET")
            .all(|(_, _, lines)| !lines.contains("x-ms-policy-external-evaluations")),
        "a GET carried a token"
    );
}

#[test]
fn the_emulator_refuses_a_token_for_another_operation() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("aks create -g rg -n c -c 1 --no-ssh-key -o none"));
    let (code, stderr) = run(
        &sb,
        &argv(
            "aks nodepool update -g rg --cluster-name c -n nodepool1 --labels a=b --aks-custom-headers x-ms-policy-external-evaluations=bogus -o none",
        ),
    );
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("ERROR: (InvalidPolicyToken)"),
        "{stderr}"
    );
    // nothing changed
    let out = sb.local_ok(&argv(
        "aks nodepool show -g rg --cluster-name c -n nodepool1 --query provisioningState -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Succeeded");
    let out = sb.local_ok(&argv(
        "aks nodepool show -g rg --cluster-name c -n nodepool1 --query nodeLabels.a -o tsv",
    ));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "");
}

/// az has no policy arguments on `list` and `show`: argparse's own refusal.
#[test]
fn reads_have_no_policy_arguments() {
    let sb = Sandbox::new();
    let (code, stderr) = run(&sb, &argv("group show -n rg --acquire-policy-token"));
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("ERROR: unrecognized arguments: --acquire-policy-token\n"),
        "{stderr}"
    );
}
