//! `extension ...`: aks-preview is built into azr, so the AKS docs' `az extension add --name
//! aks-preview` and `az extension update --name aks-preview` succeed with a WARNING saying so;
//! `add` and `remove` are remembered in the config dir; other names get az's errors.

use crate::common::{Sandbox, argv};

const BUILT_IN: &str = "WARNING: azr has the aks-preview extension built in: its commands and flags work without installing anything.\n";

fn run(sb: &Sandbox, line: &'static str) -> (i32, String, String) {
    let out = sb.azr().args(argv(line)).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn not_installed(name: &str) -> String {
    format!(
        "ERROR: The extension {name} is not installed. Please install the extension via `az extension add -n {name}`.\n"
    )
}

#[test]
fn aks_preview_add_list_show_update_remove() {
    let sb = Sandbox::new();
    assert_eq!(
        run(&sb, "extension list"),
        (0, "[]\n".into(), String::new())
    );
    assert_eq!(
        run(&sb, "extension show --name aks-preview"),
        (1, String::new(), not_installed("aks-preview"))
    );
    assert_eq!(
        run(&sb, "extension add --name aks-preview"),
        (0, String::new(), BUILT_IN.into())
    );
    let (code, out, _) = run(&sb, "extension list");
    assert_eq!(code, 0);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let item = &list[0];
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(item["name"], "aks-preview");
    assert_eq!(
        (item["preview"].clone(), item["experimental"].clone()),
        (true.into(), false.into())
    );
    assert_eq!(item["extensionType"], "whl");
    let version = item["version"].as_str().unwrap().to_string();
    assert_eq!(
        run(&sb, "extension show -n aks-preview --query [name,version,metadata.\"azext.isPreview\"] -o tsv").1,
        format!("aks-preview\n{version}\ntrue\n")
    );
    // again: az's "already installed", and with --upgrade its "latest" line
    let (code, _, err) = run(
        &sb,
        "extension add -n aks-preview --upgrade --yes --allow-preview false",
    );
    assert_eq!(code, 0);
    assert_eq!(
        err,
        format!(
            "{BUILT_IN}WARNING: Extension 'aks-preview' {version} is already installed.\nWARNING: Latest version of 'aks-preview' is already installed.\n"
        )
    );
    assert_eq!(
        run(&sb, "extension update --name aks-preview"),
        (
            0,
            String::new(),
            format!(
                "{BUILT_IN}WARNING: Latest version of 'aks-preview' is already installed.\n\nUse --debug for more information\n"
            )
        )
    );
    assert_eq!(
        run(&sb, "extension remove --name aks-preview"),
        (0, String::new(), BUILT_IN.into())
    );
    assert_eq!(run(&sb, "extension list").1, "[]\n");
    assert_eq!(
        run(&sb, "extension remove -n aks-preview"),
        (1, String::new(), not_installed("aks-preview"))
    );
    // a wheel of aks-preview as --source is the same extension
    let (code, _, err) = run(
        &sb,
        "extension add --source https://example.invalid/aks_preview-19.0.0b1-py2.py3-none-any.whl -y",
    );
    assert_eq!((code, err.as_str()), (0, BUILT_IN));
    assert_eq!(
        run(&sb, "extension list --query [].name -o tsv").1,
        "aks-preview\n"
    );
}

#[test]
fn other_extensions_get_azs_errors_and_nothing_is_recorded() {
    let sb = Sandbox::new();
    assert_eq!(
        run(&sb, "extension add -n nosuchext"),
        (
            1,
            String::new(),
            "ERROR: No extension found with name 'nosuchext'\n\nUse --debug for more information\n"
                .into()
        )
    );
    for line in [
        "extension show -n nosuchext",
        "extension update -n nosuchext",
        "extension remove -n nosuchext",
    ] {
        assert_eq!(
            run(&sb, line),
            (1, String::new(), not_installed("nosuchext")),
            "{line}"
        );
    }
    assert_eq!(
        run(&sb, "extension add"),
        (
            1,
            String::new(),
            "ERROR: usage error: --name NAME | --source SOURCE\n".into()
        )
    );
    assert_eq!(
        run(&sb, "extension add -n aks-preview --source x.whl").2,
        "ERROR: usage error: --name NAME | --source SOURCE\n"
    );
    assert_eq!(run(&sb, "extension list").1, "[]\n");
    assert!(!sb.config_dir().join("extensions.json").exists());
}
