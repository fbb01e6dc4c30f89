//! `--ids` on the commands az gives it (network public-ip prefix / asg / nsg show and delete,
//! vmss list-instance-public-ips), against the in-process emulator: one run per id in the id's
//! subscription, az's warnings and errors, results combined as az's invoker combines them.

use serde_json::Value;

use crate::common::{Sandbox, argv};

const SUB: &str = "00000000-0000-0000-0000-000000000001";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn azr(sb: &Sandbox, args: &[&str]) -> Run {
    let out = sb
        .azr()
        .env("AZR_CLOUD", "local")
        .args(args)
        .output()
        .expect("run azr");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn prefix_id(name: &str) -> String {
    format!(
        "/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/{name}"
    )
}

/// A group with prefixes p1 and p2.
fn two_prefixes() -> Sandbox {
    let sb = Sandbox::new();
    for args in [
        &argv("group create -n rg -l eastus -o none")[..],
        &argv("network public-ip prefix create -g rg -n p1 --length 31 -o none"),
        &argv("network public-ip prefix create -g rg -n p2 --length 31 -o none"),
    ] {
        assert_eq!(azr(&sb, args).code, Some(0), "{args:?}");
    }
    sb
}

#[test]
fn one_id_is_one_result_and_the_flags_it_overrides_are_named() {
    let sb = two_prefixes();
    let id = prefix_id("p2");
    let r = azr(
        &sb,
        &[
            "network",
            "public-ip",
            "prefix",
            "show",
            "--ids",
            &id,
            "-g",
            "other",
            "-n",
            "p1",
            "--query",
            "name",
            "-o",
            "tsv",
        ],
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "p2\n");
    assert_eq!(
        r.stderr,
        "WARNING: option '-n' will be ignored due to use of '--ids'.\nWARNING: option '--resource-group' will be ignored due to use of '--ids'.\n"
    );
}

#[test]
fn several_ids_give_a_list_in_their_order_also_piped_as_json_or_tsv() {
    let sb = two_prefixes();
    let (p1, p2) = (prefix_id("p1"), prefix_id("p2"));
    let names = |r: Run| -> Vec<String> {
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).expect("json");
        v.as_array()
            .expect("a list")
            .iter()
            .map(|p| p["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let show = argv("network public-ip prefix show --ids");
    assert_eq!(
        names(azr(&sb, &[&show[..], &[&p2, &p1, "-o", "json"]].concat())),
        ["p2", "p1"]
    );
    let listed = azr(&sb, &argv("network public-ip prefix list -g rg -o json"));
    assert_eq!(
        names(azr(
            &sb,
            &[&show[..], &[&listed.stdout, "-o", "json"]].concat()
        )),
        ["p1", "p2"]
    );
    let tsv = azr(
        &sb,
        &argv("network public-ip prefix list -g rg --query [].id -o tsv"),
    );
    assert_eq!(
        names(azr(
            &sb,
            &[&show[..], &[&tsv.stdout, "-o", "json"]].concat()
        )),
        ["p1", "p2"]
    );
}

#[test]
fn failures_among_several_ids_are_warnings_and_an_error_only_when_none_succeeded() {
    let sb = two_prefixes();
    let (p1, gone, gone2) = (prefix_id("p1"), prefix_id("gone"), prefix_id("gone2"));
    let show = argv("network public-ip prefix show --query name -o tsv --ids");

    // the one result left is printed alone, not as a list (az's invoker unwraps it)
    let r = azr(&sb, &[&show[..], &[&p1, &gone]].concat());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "p1\n");
    assert!(
        r.stderr
            .starts_with(&format!("WARNING: {gone}: \"(ResourceNotFound) ")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("\"\nWARNING: Encountered more than one exception.\n"),
        "{}",
        r.stderr
    );

    let r = azr(&sb, &[&show[..], &[&gone, &gone2]].concat());
    assert_eq!(r.code, Some(1));
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr
            .ends_with("\"\nERROR: Encountered more than one exception.\n"),
        "{}",
        r.stderr
    );

    // one id alone: its own error and exit code
    let r = azr(&sb, &[&show[..], &[&gone]].concat());
    assert_eq!(r.code, Some(3));
    assert!(
        r.stderr.starts_with("ERROR: (ResourceNotFound) "),
        "{}",
        r.stderr
    );
}

#[test]
fn delete_by_ids_deletes_each() {
    let sb = two_prefixes();
    let (p1, p2) = (prefix_id("p1"), prefix_id("p2"));
    let r = azr(
        &sb,
        &[
            "network",
            "public-ip",
            "prefix",
            "delete",
            "--ids",
            &p1,
            &p2,
        ],
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "[\n  null,\n  null\n]\n");
    let left = azr(&sb, &argv("network public-ip prefix list -g rg -o json"));
    assert_eq!(left.stdout, "[]\n");
}

/// The subscription comes from the id: `--subscription` is ignored with az's warning, even
/// one azr does not know.
#[test]
fn subscription_flag_is_ignored_with_ids() {
    let sb = two_prefixes();
    let id = prefix_id("p1");
    let r = azr(
        &sb,
        &[
            "network",
            "public-ip",
            "prefix",
            "show",
            "--ids",
            &id,
            "--subscription",
            "nosuch",
            "--query",
            "name",
            "-o",
            "tsv",
        ],
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "p1\n");
    assert_eq!(
        r.stderr,
        "WARNING: option '--subscription' will be ignored due to use of '--ids'.\n"
    );
}

#[test]
fn the_id_names_the_subscription_of_the_request() {
    let sb = two_prefixes();
    let other = "11111111-1111-1111-1111-111111111111";
    let id = prefix_id("p1").replace(SUB, other);
    let r = azr(
        &sb,
        &[
            "network",
            "public-ip",
            "prefix",
            "show",
            "--ids",
            &id,
            "--debug",
        ],
    );
    assert_ne!(r.code, Some(0));
    assert!(
        r.stderr.contains(&format!("/subscriptions/{other}/resourceGroups/rg/providers/Microsoft.Network/publicIPPrefixes/p1")),
        "{}",
        r.stderr
    );
}

#[test]
fn without_ids_group_and_name_are_required_in_the_commands_words() {
    let sb = Sandbox::new();
    for (args, message) in [
        (
            &argv("network public-ip prefix show")[..],
            "InvalidArgumentValue: Missing required field: -n",
        ),
        (
            &argv("network asg delete -n a"),
            "InvalidArgumentValue: Missing required field: --resource-group",
        ),
        (
            &["vmss", "list-instance-public-ips"],
            "(--resource-group --name | --ids) are required",
        ),
        (
            &argv("vmss list-instance-public-ips -g rg"),
            "(--name | --ids) are required",
        ),
        (
            &argv("network nsg show --ids notanid"),
            "invalid resource ID: notanid",
        ),
    ] {
        let r = azr(&sb, args);
        assert_eq!(r.code, Some(1), "{args:?}");
        assert_eq!(r.stderr, format!("ERROR: {message}\n"), "{args:?}");
    }
    // nothing ran: no emulator state was created
    assert!(!sb.config_dir().join("emulator.db").exists());
}
