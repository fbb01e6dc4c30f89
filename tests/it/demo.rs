//! `azr demo`: the newcomer's path runs the whole doc page against a fresh in-process emulator.

use crate::common::Sandbox;

#[test]
fn demo_runs_the_doc_page_without_touching_the_users_home() {
    let sb = Sandbox::new();
    let out = sb.azr().arg("demo").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for step in [
        "$ azr group create --name rg --location eastus",
        "$ azr aks create -g rg -n c --location eastus --enable-node-public-ip",
        "$ azr aks nodepool update -g rg --cluster-name c --name np2",
        "$ azr vmss list-instance-public-ips -g MC_rg_c_eastus",
        "$ azr feature show --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview",
        "$ azr aks command invoke -g rg -n c --command 'kubectl apply -f echo.yaml' --file echo.yaml",
    ] {
        assert!(stdout.contains(step), "missing step {step:?} in:\n{stdout}");
    }
    assert!(stdout.contains("\"state\": \"Registered\""), "{stdout}");
    assert!(
        stdout.contains("deployment.apps/echoserver-hostport created"),
        "{stdout}"
    );
    // Three nodes with public IPs from the /28 prefix, printed by list-instance-public-ips.
    let listing = stdout
        .split("$ azr vmss list-instance-public-ips")
        .nth(1)
        .and_then(|s| s.split("$ azr").next())
        .unwrap_or_default();
    assert_eq!(listing.matches("\"20.62.").count(), 3, "{stdout}");
    // The generated ssh key went to the demo's own HOME, and its state was thrown away.
    assert!(!sb.home().join(".ssh").exists());
    assert!(!sb.config_dir().join("emulator.db").exists());
}
