//! The pool features as the emulator keeps, defaults and refuses them: node pool snapshots
//! (made from a pool, read by `--snapshot-id`), gateway pools, create-only fields.

use super::*;

fn snapshot_url(rg: &str, name: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.ContainerService/snapshots/{name}?api-version=2026-06-01"
    )
}

fn pool_id(rg: &str, c: &str, p: &str) -> String {
    format!(
        "/subscriptions/{S}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{c}/agentPools/{p}"
    )
}

fn cluster_with_pool(e: &Env) {
    make_group(e, "rg");
    let r = e.put(&cluster_url("rg", "c"), &cluster_body(None, 1));
    e.finish(&r);
    let r = e.put(
        &pool_url("rg", "c", "np2"),
        &json!({"properties": {"count": 1, "mode": "User", "osSKU": "AzureLinux", "vmSize": "Standard_D4s_v5", "enableFIPS": true}}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
}

#[test]
fn a_snapshot_copies_its_source_pool_and_pools_are_made_from_it() {
    let e = env(0);
    cluster_with_pool(&e);
    let source = pool_id("rg", "c", "np2");
    let body =
        json!({"location": "eastus", "properties": {"creationData": {"sourceResourceId": source}}});
    let r = e.put(&snapshot_url("rg", "snap"), &body);
    assert_eq!(r.status, 201, "{}", r.body);
    let s = &e.get(&snapshot_url("rg", "snap")).body["properties"];
    assert_eq!(s["osSku"], "AzureLinux");
    assert_eq!(s["vmSize"], "Standard_D4s_v5");
    assert_eq!(s["enableFIPS"], true);
    assert_eq!(s["snapshotType"], "NodePool");
    assert!(
        s["kubernetesVersion"]
            .as_str()
            .is_some_and(|v| !v.is_empty())
    );
    // from a pool that does not exist: refused
    let missing = json!({"location": "eastus", "properties": {"creationData": {"sourceResourceId": pool_id("rg", "c", "nope")}}});
    assert_eq!(e.put(&snapshot_url("rg", "bad"), &missing).status, 404);
    // a pool made from a missing snapshot: refused; from the snapshot: created
    let from = |snap: &str| {
        json!({"properties": {"count": 1, "mode": "User", "creationData": {"sourceResourceId":
        format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/{snap}")}}})
    };
    assert_eq!(
        e.put(&pool_url("rg", "c", "np3"), &from("nosuch")).status,
        404
    );
    let r = e.put(&pool_url("rg", "c", "np3"), &from("snap"));
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
    // deleting the snapshot leaves the pool made from it
    assert_eq!(e.delete(&snapshot_url("rg", "snap")).status, 200);
    assert_eq!(e.get(&snapshot_url("rg", "snap")).status, 404);
    assert_eq!(e.get(&pool_url("rg", "c", "np3")).status, 200);
}

#[test]
fn gateway_pools_and_create_only_features() {
    let e = env(0);
    cluster_with_pool(&e);
    let r = e.put(
        &pool_url("rg", "c", "gw"),
        &json!({"properties": {"count": 4, "mode": "Gateway", "gatewayProfile": {"publicIPPrefixSize": 31}}}),
    );
    assert_eq!(
        (r.status, r.code()),
        (400, "InvalidParameter"),
        "a /31 holds 2 nodes"
    );
    let r = e.put(
        &pool_url("rg", "c", "gw"),
        &json!({"properties": {"count": 2, "mode": "Gateway"}}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    e.finish(&r);
    let gw = e.get(&pool_url("rg", "c", "gw")).body;
    assert_eq!(gw["properties"]["gatewayProfile"]["publicIPPrefixSize"], 31);
    // a create-only field changed on an existing pool
    let mut changed = gw.clone();
    changed["properties"]["hostGroupID"] =
        json!("/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/hostGroups/h");
    let r = e.put(&pool_url("rg", "c", "gw"), &changed);
    assert_eq!((r.status, r.code()), (400, "PropertyChangeNotAllowed"));
}
