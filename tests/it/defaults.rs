//! az's configured defaults: `configure --defaults`, `AZURE_DEFAULTS_*`, and `-g`/`-l` filled
//! from them (flag > environment > config file), as az 2.91 does.

use crate::common::{Sandbox, argv};

fn text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn configure_writes_and_lists_defaults_as_az() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("configure --defaults group=rg Location=eastus"));
    let file = sb.config_dir().join("config");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "[defaults]\ngroup = rg\nlocation = eastus\n"
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&sb.local_ok(&argv("configure --list-defaults")).stdout).unwrap();
    let path = file.display().to_string();
    assert_eq!(
        listed,
        serde_json::json!([
            {"name": "group", "source": path, "value": "rg"},
            {"name": "location", "source": path, "value": "eastus"},
        ])
    );
    // the environment wins, and says so
    let out = sb
        .azr()
        .env("AZURE_DEFAULTS_GROUP", "envrg")
        .args(argv("configure -l --query [0] -o tsv"))
        .output()
        .unwrap();
    assert_eq!(text(&out), "group\tAZURE_DEFAULTS_GROUP\tenvrg\n");
    // '' empties a default; az lists no empty one
    sb.local_ok(&["configure", "--defaults", "group=''"]);
    let out = sb.local_ok(&argv("configure --list-defaults --query [].name -o tsv"));
    assert_eq!(text(&out), "location\n");
    // a pair without '=' fails in az's words and writes nothing
    let before = std::fs::read_to_string(&file).unwrap();
    let out = sb
        .azr()
        .args(argv("configure --defaults group=x nope"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: usage error: --defaults STRING=STRING STRING=STRING ...\n"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn defaults_fill_group_and_location_unless_given() {
    let sb = Sandbox::new();
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    sb.local_ok(&argv("group create -n rg2 -l eastus -o none"));
    sb.local_ok(&argv("configure --defaults group=rg location=westus2"));
    // -g and -l from the config file
    let out = sb.local_ok(&argv(
        "network public-ip prefix create -n p --length 30 --query [resourceGroup,location] -o tsv",
    ));
    assert_eq!(text(&out), "rg\nwestus2\n");
    // the environment over the config file, the flag over both
    let list = |env: Option<&str>, line: &'static str| {
        let mut cmd = sb.azr();
        cmd.env("AZR_CLOUD", "local").args(argv(line));
        if let Some(g) = env {
            cmd.env("AZURE_DEFAULTS_GROUP", g);
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text(&out)
    };
    assert_eq!(
        list(None, "network public-ip prefix list --query length(@)"),
        "1\n"
    );
    assert_eq!(
        list(
            Some("rg2"),
            "network public-ip prefix list --query length(@)"
        ),
        "0\n"
    );
    assert_eq!(
        list(
            Some("rg2"),
            "network public-ip prefix list -g rg --query length(@)"
        ),
        "1\n"
    );
    assert_eq!(
        list(
            Some("rg2"),
            "network public-ip prefix list --resource rg --query length(@)"
        ),
        "1\n"
    );
    // group create takes the default location but never the default group
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv("group create -l eastus"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = sb.local_ok(&argv("group create -n rg3 --query location -o tsv"));
    assert_eq!(text(&out), "westus2\n");
    // --ids name their groups: no default, no "ignored" warning
    let id = text(&sb.local_ok(&argv(
        "network public-ip prefix show -n p --query id -o tsv",
    )));
    let out = sb.local_ok(&[
        "network",
        "public-ip",
        "prefix",
        "show",
        "--ids",
        id.trim(),
        "--query",
        "name",
        "-o",
        "tsv",
    ]);
    assert_eq!(text(&out), "p\n");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
