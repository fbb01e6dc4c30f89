//! Time of rendering a 1000-node VMSS public IP list (az's shape applied, then each format).
//! `cargo bench --bench render` (release profile); prints the median of 20 runs per format.

use std::time::{Duration, Instant};

use azr::output::WireResult;
use azr::output::{Format, Printer, models};
use serde_json::{Value, json};

fn vmss_ips(n: usize) -> Value {
    let vmss = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/MC_rg_c_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-12345678-vmss";
    Value::Array(
        (0..n)
            .map(|i| {
                json!({
                    "id": format!("{vmss}/virtualMachines/{i}/networkInterfaces/nic/ipConfigurations/ipconfig1/publicIPAddresses/pip"),
                    "name": "pip", "etag": format!("W/\"{i}\""),
                    "sku": {"name": "Standard", "tier": "Regional"}, "zones": ["1"],
                    "properties": {
                        "provisioningState": "Succeeded", "ipAddress": format!("20.{}.{}.{}", i / 65536, (i / 256) % 256, i % 256),
                        "publicIPAddressVersion": "IPv4", "publicIPAllocationMethod": "Static", "idleTimeoutInMinutes": 4,
                        "ipTags": [{"ipTagType": "RoutingPreference", "tag": "Internet"}],
                        "ipConfiguration": {"id": format!("{vmss}/virtualMachines/{i}/networkInterfaces/nic/ipConfigurations/ipconfig1")}
                    }
                })
            })
            .collect(),
    )
}

fn main() {
    let shaped = WireResult::model(vmss_ips(1000), models::PUBLIC_IP_ADDRESS).expect("some");
    let cases: [(&str, Format, Option<&str>); 8] = [
        ("json", Format::Json, None),
        ("jsonc", Format::Jsonc, None),
        ("yaml", Format::Yaml, None),
        ("table", Format::Table, None),
        ("tsv", Format::Tsv, None),
        ("none", Format::None, None),
        (
            "tsv --query [].ipAddress",
            Format::Tsv,
            Some("[].ipAddress"),
        ),
        (
            "table --query [].{ip,name}",
            Format::Table,
            Some("[].{ip: ipAddress, name: name}"),
        ),
    ];
    println!("render of 1000 VMSS public IPs (shape + query + format), median of 20 runs");
    for (name, format, query) in cases {
        let printer = Printer {
            format,
            query: query.map(str::to_string),
            command: "vmss list-instance-public-ips".into(),
            color: Some(true),
            ..Printer::default()
        };
        let mut times: Vec<Duration> = (0..20)
            .map(|_| {
                let t = Instant::now();
                let out = printer.format_result(&shaped).expect("render");
                std::hint::black_box(out);
                t.elapsed()
            })
            .collect();
        times.sort();
        println!("{name:>28}: {:>8.2} ms", times[10].as_secs_f64() * 1e3);
    }
}
