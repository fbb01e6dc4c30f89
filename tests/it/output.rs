//! az's output, byte for byte: shapes and every format, against expected bytes produced by the
//! real az 2.91.0 code (`tools/az_render.py`: the SDK deserializers, `todict`, knack, PyYAML,
//! tabulate, pygments). When the az venv is installed the expected file is also checked fresh.

use std::path::PathBuf;

use azr::output::WireResult;
use azr::output::{Format, Printer};
use serde_json::{Value, json};

use crate::common::{argv, external_fixture};

fn repo(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read_json(p: &PathBuf) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json")
}

/// The models of `output::models`, by the name the cases use.
fn model_const(name: &str) -> &'static str {
    use azr::output::models::*;
    [
        RESOURCE_GROUP,
        MANAGED_CLUSTER,
        AGENT_POOL,
        PUBLIC_IP_PREFIX,
        PUBLIC_IP_ADDRESS,
        APPLICATION_SECURITY_GROUP,
        NETWORK_SECURITY_GROUP,
        SECURITY_RULE,
        VIRTUAL_MACHINE_SCALE_SET,
        FEATURE,
        PROVIDER,
        RUN_COMMAND_RESULT,
    ]
    .into_iter()
    .find(|m| *m == name)
    .unwrap_or_else(|| panic!("unknown model {name}"))
}

fn render(case: &Value, format: &str) -> Result<String, String> {
    let color = matches!(format, "jsonc" | "yamlc");
    let printer = Printer {
        format: Format::parse(format).expect("format"),
        query: case["query"].as_str().map(str::to_string),
        command: case["command"].as_str().unwrap_or("").to_string(),
        color: Some(color),
        ..Printer::default()
    };
    let shaped = match case["model"].as_str() {
        Some(m) => WireResult::model(case["wire"].clone(), model_const(m)),
        None => WireResult::raw(case["wire"].clone()),
    }
    .expect("some");
    printer.format_result(&shaped).map_err(|e| e.message)
}

/// Every case of `tests/it/output_cases.json` in every listed format prints what az prints.
#[test]
fn every_format_matches_az() {
    let cases = read_json(&repo("tests/it/output_cases.json"));
    let expected = read_json(&repo("tests/it/output_expected.json"));
    let mut failures = Vec::new();
    let mut total = 0;
    for case in cases.as_array().expect("cases") {
        for f in case["formats"].as_array().expect("formats") {
            let f = f.as_str().expect("format");
            let key = format!("{}/{f}", case["name"].as_str().expect("name"));
            let want = &expected[&key];
            assert!(
                !want.is_null(),
                "{key} missing from output_expected.json (regenerate it)"
            );
            total += 1;
            let got = render(case, f);
            let ok = match (&got, want["error"].as_str()) {
                (Ok(out), None) => out == want["stdout"].as_str().expect("stdout"),
                (Err(msg), Some(err)) => msg == err,
                _ => false,
            };
            if !ok {
                failures.push(format!("--- {key}\nwant: {:?}\n got: {:?}", want, got));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}/{total} outputs differ from az:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The real az's Python (`AZR_AZ_PYTHON`, else the az venv's); panics when missing.
fn az_python() -> PathBuf {
    let p = std::env::var_os("AZR_AZ_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::common::az_venv().join("bin/python"));
    assert!(p.exists(), "external tier: {} is missing", p.display());
    p
}

/// The committed expected bytes are what the installed az code prints today.
#[test]
#[ignore = "external tier: needs the real az"]
fn expected_outputs_are_fresh_from_real_az() {
    let py = az_python();
    let out = std::process::Command::new(py)
        .arg(repo("tools/az_render.py"))
        .arg(repo("tests/it/output_cases.json"))
        .output()
        .expect("run az_render.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fresh: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        fresh,
        read_json(&repo("tests/it/output_expected.json")),
        "regenerate: python tools/az_render.py tests/it/output_cases.json > tests/it/output_expected.json"
    );
}

/// The committed shape tables are what `tools/gen_shapes.py` generates from the installed SDKs.
#[test]
#[ignore = "external tier: needs the real az"]
fn shapes_are_fresh_from_the_sdks() {
    let py = az_python();
    let out = std::process::Command::new(py)
        .arg(repo("tools/gen_shapes.py"))
        .output()
        .expect("run gen_shapes.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read(repo("src/output/shapes.json")).expect("shapes.json");
    assert!(
        out.stdout == committed,
        "regenerate: python tools/gen_shapes.py > src/output/shapes.json"
    );
}

/// az's own stdout for `aks create` (captured from az 2.91.0) is what azr prints for the same
/// response: the mock answered the final GET with the PUT body plus id, name, type and
/// provisioningState.
#[test]
#[ignore = "external tier: az's capture against a mock in ../shared/fixtures/az-captured"]
fn aks_create_capture_shape() {
    let cap = read_json(&external_fixture(
        "az-captured/aks-create-wait-async-lro.json",
    ));
    let reqs = cap["requests"].as_array().expect("requests");
    let put = reqs.iter().find(|r| r["method"] == "PUT").expect("PUT");
    let mut wire = put["body"].clone();
    let path = put["path"].as_str().expect("path");
    wire["id"] = json!(path);
    wire["name"] = json!(path.rsplit('/').next());
    wire["type"] = json!("Microsoft.ContainerService/managedClusters");
    wire["properties"]["provisioningState"] = json!("Succeeded");
    let printer = Printer::default();
    let out = printer
        .format_result(
            &WireResult::model(wire, azr::output::models::MANAGED_CLUSTER).expect("some"),
        )
        .expect("render");
    let got: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(got, cap["stdout"]);
    // and the bytes are json.dumps(indent=2, sort_keys=True) of it
    assert_eq!(
        out,
        format!(
            "{}\n",
            serde_json::to_string_pretty(&cap["stdout"]).expect("pretty")
        )
    );
}

/// A bad `--query` fails before anything runs, with az's words and exit code 2.
#[test]
fn bad_query_is_rejected_before_any_request() {
    let sb = crate::common::Sandbox::new();
    let out = sb
        .azr()
        .args(argv("group show -n rg --query bad["))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "ERROR: argument --query: invalid jmespath_type value: 'bad['\n\
         To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n"
    );
}

/// `-o` defaults to `AZR_CORE_OUTPUT`, then az's `AZURE_CORE_OUTPUT`, then `[core] output` in
/// the config file; `-o` wins over all of them.
#[test]
fn default_format_from_env_and_config() {
    let sb = crate::common::Sandbox::new();
    let run = |envs: &[(&str, &str)], extra: &[&str]| {
        let mut cmd = sb.azr();
        cmd.args(["cloud", "show", "--query", "{n: name, a: isActive}"]);
        cmd.args(extra);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(
        run(&[], &[]),
        "{\n  \"a\": true,\n  \"n\": \"AzureCloud\"\n}\n"
    );
    assert_eq!(
        run(&[("AZURE_CORE_OUTPUT", "tsv")], &[]),
        "AzureCloud\tTrue\n"
    );
    assert_eq!(
        run(
            &[("AZURE_CORE_OUTPUT", "tsv"), ("AZR_CORE_OUTPUT", "yaml")],
            &[]
        ),
        "a: true\nn: AzureCloud\n"
    );
    assert_eq!(
        run(&[("AZR_CORE_OUTPUT", "yaml")], &["-o", "tsv"]),
        "AzureCloud\tTrue\n"
    );
    std::fs::create_dir_all(sb.config_dir()).expect("mkdir");
    std::fs::write(sb.config_dir().join("config"), "[core]\noutput = table\n").expect("write");
    assert_eq!(
        run(&[], &[]),
        "N           A\n----------  ----\nAzureCloud  True\n"
    );
}

/// jsonc colours only on a terminal (run under `script` for a pty) and not with `NO_COLOR` or
/// `AZURE_CORE_NO_COLOR`; piped, it is plain json.
#[test]
fn jsonc_colours_only_on_a_terminal() {
    let sb = crate::common::Sandbox::new();
    let out = sb
        .azr()
        .args(argv("cloud show -o jsonc --query name"))
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"AzureCloud\"\n");
    crate::common::require_tool(
        "/usr/bin/script",
        "--version",
        "for the terminal half (util-linux script)",
    );
    let bin = assert_cmd::cargo::cargo_bin("azr");
    let line = format!("{} cloud show -o jsonc --query name", bin.display());
    let in_pty = |env: &[(&str, &str)]| {
        let mut cmd = std::process::Command::new("/usr/bin/script");
        cmd.args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", sb.home())
            .env("AZR_CONFIG_DIR", sb.config_dir());
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8_lossy(&cmd.output().expect("script").stdout).replace("\r\n", "\n")
    };
    assert_eq!(
        in_pty(&[]),
        "\x1b[33m\"AzureCloud\"\x1b[39;49;00m\x1b[37m\x1b[39;49;00m\n"
    );
    assert_eq!(in_pty(&[("NO_COLOR", "1")]), "\"AzureCloud\"\n");
    assert_eq!(
        in_pty(&[("AZURE_CORE_NO_COLOR", "true")]),
        "\"AzureCloud\"\n"
    );
}

/// knack prints only a result that is not None: a query that matches nothing prints nothing, in
/// every format, and still succeeds.
#[test]
fn a_null_query_result_prints_nothing() {
    let sb = crate::common::Sandbox::new();
    let azr = |args: &[&str]| {
        sb.azr()
            .env("AZR_CLOUD", "local")
            .args(args)
            .output()
            .expect("run azr")
    };
    assert!(
        azr(&argv("group create -n rg -l eastus -o none"))
            .status
            .success()
    );
    for format in argv("json jsonc yaml table tsv") {
        let out = azr(&[
            "group", "show", "-n", "rg", "--query", "nosuch", "-o", format,
        ]);
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(
            out.stdout.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let out = azr(&argv("group show -n rg --query name -o tsv"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "rg\n");
}
