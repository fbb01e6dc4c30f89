use serde_json::json;

use super::*;

const SUBNET: &str = "network vnet subnet update";

fn subnet() -> Value {
    json!({"id": "/x/s1", "name": "s1", "type": "Microsoft.Network/virtualNetworks/subnets", "etag": "W/\"1\"",
           "properties": {"addressPrefix": "10.0.0.0/24", "provisioningState": "Succeeded",
                          "serviceEndpoints": [{"service": "Microsoft.Storage", "locations": ["eastus"]}]}})
}

fn run(actions: Vec<Action>, force_string: bool) -> Result<Value> {
    let mut v = subnet();
    GenericUpdate {
        actions,
        force_string,
    }
    .apply(SUBNET, &mut v)?;
    Ok(v)
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn paths_split_as_az() {
    assert_eq!(internal_path("a.b[0].c"), strings(&["a", "b", "[0]", "c"]));
    assert_eq!(internal_path("a[k=v.w]"), strings(&["a", "[k=v.w]"]));
    assert_eq!(
        split_key_value("a[k=v]=x=y"),
        ("a[k=v]".into(), "x=y".into())
    );
}

#[test]
fn set_add_remove_in_order() {
    let v = run(
        vec![
            Action::Set(strings(&[
                "addressPrefix=10.0.1.0/24",
                "default_outbound_access=false",
            ])),
            Action::Add(strings(&["serviceEndpoints", "service=Microsoft.Sql"])),
            Action::Remove(strings(&["serviceEndpoints", "0"])),
            Action::Set(strings(&["natGateway.id=/x/ng"])),
        ],
        false,
    )
    .unwrap();
    assert_eq!(
        v,
        json!({"id": "/x/s1", "name": "s1", "type": "Microsoft.Network/virtualNetworks/subnets",
               "properties": {"addressPrefix": "10.0.1.0/24", "defaultOutboundAccess": false,
                              "serviceEndpoints": [{"service": "Microsoft.Sql"}], "natGateway": {"id": "/x/ng"}}})
    );
}

#[test]
fn selectors_and_property_removal() {
    let v = run(
        vec![
            Action::Set(strings(&[
                "serviceEndpoints[service=Microsoft.Storage].locations[0]=westus",
            ])),
            Action::Remove(strings(&["addressPrefix"])),
        ],
        false,
    )
    .unwrap();
    assert_eq!(
        v["properties"]["serviceEndpoints"][0]["locations"],
        json!(["westus"])
    );
    assert!(v["properties"].get("addressPrefix").is_none());
    let v = run(vec![Action::Remove(strings(&["serviceEndpoints"]))], false).unwrap();
    assert_eq!(v["properties"]["serviceEndpoints"], json!([]));
}

#[test]
fn messages_as_az() {
    let err = |actions, fs| run(actions, fs).unwrap_err();
    let e = err(vec![Action::Set(strings(&["=1"]))], false);
    assert_eq!(
        e.message,
        "Empty key in --set. Correct syntax: --set KEY=VALUE [KEY=VALUE ...]"
    );
    assert_eq!(e.exit_code(), 1);
    let e = err(vec![Action::Set(strings(&["addressPrefix=5"]))], false);
    assert_eq!(e.message, "Expect <class 'str'>, got 5 (<class 'int'>)");
    assert!(run(vec![Action::Set(strings(&["addressPrefix=5"]))], true).is_ok());
    let e = err(vec![Action::Set(strings(&["nosuch=1"]))], false);
    assert!(
        e.message
            .starts_with("Couldn't find 'nosuch' in ''. Available options: ['address_prefix', "),
        "{}",
        e.message
    );
    let e = err(
        vec![Action::Remove(strings(&["serviceEndpoints", "3"]))],
        false,
    );
    assert_eq!(e.message, "index 3 doesn't exist on serviceEndpoints");
    let e = err(vec![Action::Add(strings(&["addressPrefix", "x"]))], false);
    assert_eq!(
        e.message,
        "invalid syntax: `--add property.listProperty <key=value, string or JSON string>`"
    );
    let e = err(vec![Action::Set(strings(&["addressPrefix.x=1"]))], false);
    assert_eq!(
        e.message,
        "Couldn't find 'x' in 'addressPrefix'. 'addressPrefix' does not support further indexing."
    );
}
