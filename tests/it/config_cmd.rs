//! `config set|get|unset` as az 2.91 has them: the same INI file `configure --defaults` writes,
//! az's output shapes and messages, `--local` beside the working directory, and the defaults
//! they set applied to `-g`.

use serde_json::json;

use crate::common::{Sandbox, argv};

const EXPERIMENTAL: &str = "WARNING: Command group 'config' is experimental and under development. Reference and support levels: https://aka.ms/CLI_refstatus\n";

fn run(sb: &Sandbox, line: &'static str) -> (i32, String, String) {
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(argv(line))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn set_get_unset_as_az() {
    let sb = Sandbox::new();
    let file = sb.config_dir().join("config");
    let path = file.display().to_string();
    assert_eq!(
        run(
            &sb,
            "config set defaults.group=rg Defaults.x=1 core.OUTPUT=json"
        ),
        (0, String::new(), EXPERIMENTAL.to_string())
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "[defaults]\ngroup = rg\n\n[Defaults]\nx = 1\n\n[core]\noutput = json\n"
    );
    let (code, out, _) = run(&sb, "config get defaults.group");
    assert_eq!(code, 0);
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(got, json!({"name": "group", "source": path, "value": "rg"}));
    let (_, out, _) = run(&sb, "config get");
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        got,
        json!({
            "defaults": [{"name": "group", "source": path, "value": "rg"}],
            "Defaults": [{"name": "x", "source": path, "value": "1"}],
            "core": [{"name": "output", "source": path, "value": "json"}],
        })
    );
    // the environment comes first and names itself
    let out = sb
        .azr()
        .env("AZURE_DEFAULTS_LOCATION", "westus")
        .args(argv(
            "config get defaults --query [].[name,source,value] -o tsv",
        ))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("location\tAZURE_DEFAULTS_LOCATION\twestus\ngroup\t{path}\trg\n")
    );
    // the default applies to -g
    sb.local_ok(&argv("group create -n rg -l eastus -o none"));
    let (code, out, _) = run(
        &sb,
        "network asg create -n a -l eastus --query resourceGroup -o tsv",
    );
    assert_eq!((code, out.as_str()), (0, "rg\n"));
    // az's messages, exit 1, nothing written
    let before = std::fs::read_to_string(&file).unwrap();
    for (line, msg) in [
        (
            "config set defaults.location=w group",
            "usage error: [section].[name]=[value] ...",
        ),
        (
            "config set defaults.location",
            "usage error: [section].[name]=[value] ...",
        ),
        (
            "config unset defaults.group defaults",
            "usage error: [section].[name]",
        ),
        (
            "config get defaults.nosuch",
            "Configuration 'defaults.nosuch' is not set.",
        ),
    ] {
        let (code, out, err) = run(&sb, line);
        assert_eq!((code, out.as_str()), (1, ""), "{line}");
        assert_eq!(err, format!("{EXPERIMENTAL}ERROR: {msg}\n"), "{line}");
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    assert_eq!(
        run(&sb, "config get nosuch"),
        (0, "[]\n".into(), EXPERIMENTAL.into())
    );
    // unset: gone, and unsetting again is fine
    assert_eq!(run(&sb, "config unset defaults.group core.output").0, 0);
    assert_eq!(run(&sb, "config unset defaults.group").0, 0);
    assert_eq!(run(&sb, "config get defaults").1, "[]\n");
}

#[test]
fn local_config_is_read_by_defaults_and_get_local() {
    let sb = Sandbox::new();
    let work = sb.dir.path().join("work");
    let deeper = work.join("a/b");
    std::fs::create_dir_all(&deeper).unwrap();
    let at = |dir: &std::path::Path, line: &'static str| {
        let out = sb
            .azr()
            .current_dir(dir)
            .env("AZR_CLOUD", "local")
            .args(argv(line))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    at(&work, "config set defaults.group=localrg --local");
    let local = work.join("config/config");
    assert_eq!(
        std::fs::read_to_string(&local).unwrap(),
        "[defaults]\ngroup = localrg\n"
    );
    assert!(!sb.config_dir().join("config").exists());
    // found from a directory below, by `get --local` and by the defaults; not by plain `get`
    let got = at(
        &deeper,
        "config get defaults.group --local --query [value,source] -o tsv",
    );
    assert_eq!(got, format!("localrg\n{}\n", local.display()));
    assert_eq!(at(&deeper, "config get defaults"), "[]\n");
    at(&deeper, "group create -n localrg -l eastus -o none");
    assert_eq!(
        at(
            &deeper,
            "network asg create -n a -l eastus --query resourceGroup -o tsv"
        ),
        "localrg\n"
    );
    at(&deeper, "config unset defaults.group --local");
    assert_eq!(std::fs::read_to_string(&local).unwrap(), "[defaults]\n");
    // `configure --scope local` writes the same file
    at(&work, "configure --defaults location=westus2 --scope local");
    assert_eq!(
        std::fs::read_to_string(&local).unwrap(),
        "[defaults]\nlocation = westus2\n"
    );
}
