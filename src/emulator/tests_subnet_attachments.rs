//! NAT gateways and route tables a subnet attaches: stored with Azure's defaults, referenced
//! only when they exist in the VNet's region, shown with their subnets, kept while in use.

use super::*;

fn net(kind: &str, name: &str) -> String {
    format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/{kind}/{name}")
}

fn url(id: &str) -> String {
    format!("{id}?api-version=2024-07-01")
}

#[test]
fn subnets_attach_nat_gateways_and_route_tables() {
    let e = env(0);
    make_group(&e, "rg");
    let ng = net("natGateways", "ng");
    let rt = net("routeTables", "rt");
    let r = e.put(&url(&ng), &json!({"location": "eastus"}));
    assert_eq!(r.status, 201, "{}", r.body);
    let r = e.put(&url(&rt), &json!({"location": "eastus"}));
    assert_eq!(r.status, 201, "{}", r.body);
    let got = e.get(&url(&ng)).body;
    assert_eq!(got["sku"], json!({"name": "Standard"}));
    assert_eq!(got["properties"]["idleTimeoutInMinutes"], 4);
    assert_eq!(e.get(&url(&rt)).body["properties"]["routes"], json!([]));

    let vnet = net("virtualNetworks", "v");
    let r = e.put(
        &url(&vnet),
        &json!({"location": "eastus", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let subnet = format!("{vnet}/subnets/s");
    // a reference to a missing resource is refused, and nothing is written
    let r = e.put(
        &url(&subnet),
        &json!({"properties": {"addressPrefix": "10.0.0.0/24", "natGateway": {"id": net("natGateways", "nosuch")}}}),
    );
    assert_eq!((r.status, r.code()), (400, "InvalidResourceReference"));
    assert_eq!(e.get(&url(&subnet)).status, 404);

    let r = e.put(
        &url(&subnet),
        &json!({"properties": {"addressPrefix": "10.0.0.0/24", "natGateway": {"id": ng}, "routeTable": {"id": rt},
                "delegations": [{"name": "0", "properties": {"serviceName": "Microsoft.Sql/servers"}}],
                "serviceEndpoints": [{"service": "Microsoft.Storage"}]}}),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let s = e.get(&url(&subnet)).body;
    assert_eq!(
        s["properties"]["delegations"][0]["id"],
        format!("{subnet}/delegations/0")
    );
    assert_eq!(
        s["properties"]["serviceEndpoints"][0],
        json!({"service": "Microsoft.Storage", "locations": ["eastus"], "provisioningState": "Succeeded"})
    );
    assert_eq!(
        e.get(&url(&ng)).body["properties"]["subnets"],
        json!([{"id": subnet}])
    );
    assert_eq!(
        e.get(&url(&rt)).body["properties"]["subnets"],
        json!([{"id": subnet}])
    );
    let r = e.delete(&url(&ng));
    assert_eq!(
        (r.status, r.code()),
        (400, "InUseNatGatewayCannotBeDeleted")
    );
    let r = e.delete(&url(&rt));
    assert_eq!(
        (r.status, r.code()),
        (400, "InUseRouteTableCannotBeDeleted")
    );

    // detached, they go
    let r = e.put(
        &url(&subnet),
        &json!({"properties": {"addressPrefix": "10.0.0.0/24"}}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(e.get(&url(&ng)).body["properties"].get("subnets").is_none());
    assert_eq!(e.delete(&url(&ng)).status, 200);
    assert_eq!(e.delete(&url(&rt)).status, 200);
    let list = e.get(&format!("/subscriptions/{S}/resourceGroups/rg/providers/Microsoft.Network/natGateways?api-version=2024-07-01"));
    assert_eq!(list.body["value"], json!([]));
}
