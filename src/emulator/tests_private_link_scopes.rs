//! Azure Monitor private link scopes and their scoped resources, as ARM keeps them.

use super::*;

fn scope_url(path: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Insights/privateLinkScopes/{path}?api-version=2021-07-01-preview"
    )
}

#[test]
fn scoped_resources_live_under_a_scope_and_name_resources_that_exist() {
    let e = env(0);
    make_group(&e, "rg");
    // a scoped resource under a scope that does not exist
    let orphan = e.put(
        &scope_url("ampls1/scopedResources/x-connection"),
        &json!({"properties": {"linkedResourceId": "/x"}}),
    );
    assert_eq!((orphan.status, orphan.code()), (404, "ResourceNotFound"));
    let regional = e.put(&scope_url("ampls1"), &json!({"location": "eastus"}));
    assert_eq!(
        (regional.status, regional.code()),
        (400, "LocationNotAvailableForResourceType")
    );
    let s = e.put(&scope_url("ampls1"), &json!({"location": "global"}));
    assert_eq!(s.status, 201, "{}", s.body);
    assert_eq!(
        s.body["properties"]["accessModeSettings"]["ingestionAccessMode"],
        "Open"
    );
    let ws = e.put(
        &format!(
            "/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/wsp1?api-version=2015-11-01-preview"
        ),
        &json!({"location": "eastus"}),
    );
    let ws_id = ws.body["id"].as_str().unwrap().to_string();
    // the linked resource must exist
    let missing = e.put(
        &scope_url("ampls1/scopedResources/gone-connection"),
        &json!({"properties": {"linkedResourceId": format!("{ws_id}x")}}),
    );
    assert_eq!((missing.status, missing.code()), (404, "ResourceNotFound"));
    let linked = e.put(
        &scope_url("ampls1/scopedResources/wsp1-connection"),
        &json!({"properties": {"linkedResourceId": ws_id}}),
    );
    assert_eq!(linked.status, 201, "{}", linked.body);
    let list = e.get(&scope_url("ampls1/scopedresources"));
    assert_eq!(list.status, 200);
    assert_eq!(
        list.body["value"][0]["properties"]["linkedResourceId"],
        json!(ws_id)
    );
    assert_eq!(list.body["value"][0]["name"], "wsp1-connection");
    // the scope takes its scoped resources with it
    assert_eq!(e.delete(&scope_url("ampls1")).status, 200);
    assert_eq!(e.get(&scope_url("ampls1")).status, 404);
    assert_eq!(
        e.get(&scope_url("ampls1/scopedResources/wsp1-connection"))
            .status,
        404
    );
}
