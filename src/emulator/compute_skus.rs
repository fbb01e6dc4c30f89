//! `GET /subscriptions/{sub}/providers/Microsoft.Compute/skus` (Resource SKUs, the listing
//! `az vm list-skus` reads): the virtual machine sizes the emulator knows, offered in each of
//! its regions with zones 1-3. az's Azure Container Storage version 1 reads the cores
//! (`vCPUs`, `vCPUsAvailable`) and whether a size has a local NVMe disk (`NvmeDiskSizeInMiB`).
//! The figures are Azure's published ones for each size (vCPUs, memory, NVMe disks of the
//! L-series: 1.92 TB each).

use serde_json::{Value, json};

use super::resources::REGIONS;
use super::router::{Req, method_not_allowed, ok};
use super::util::{ApiError, R};
use crate::arm::{ArmResponse, Method};

/// (name, family, vCPUs, memory GB, NVMe disks of 1.92 TB).
const SIZES: &[(&str, &str, u32, f64, u32)] = &[
    ("Standard_B2s", "standardBSFamily", 2, 4.0, 0),
    ("Standard_B2ms", "standardBSFamily", 2, 8.0, 0),
    ("Standard_B4ms", "standardBSFamily", 4, 16.0, 0),
    ("Standard_B8ms", "standardBSFamily", 8, 32.0, 0),
    ("Standard_DS2_v2", "standardDSv2Family", 2, 7.0, 0),
    ("Standard_DS3_v2", "standardDSv2Family", 4, 14.0, 0),
    ("Standard_DS4_v2", "standardDSv2Family", 8, 28.0, 0),
    ("Standard_DS5_v2", "standardDSv2Family", 16, 56.0, 0),
    ("Standard_D2_v3", "standardDv3Family", 2, 8.0, 0),
    ("Standard_D4_v3", "standardDv3Family", 4, 16.0, 0),
    ("Standard_D8_v3", "standardDv3Family", 8, 32.0, 0),
    ("Standard_D2s_v3", "standardDSv3Family", 2, 8.0, 0),
    ("Standard_D4s_v3", "standardDSv3Family", 4, 16.0, 0),
    ("Standard_D8s_v3", "standardDSv3Family", 8, 32.0, 0),
    ("Standard_D16s_v3", "standardDSv3Family", 16, 64.0, 0),
    ("Standard_D2s_v4", "standardDSv4Family", 2, 8.0, 0),
    ("Standard_D4s_v4", "standardDSv4Family", 4, 16.0, 0),
    ("Standard_D8s_v4", "standardDSv4Family", 8, 32.0, 0),
    ("Standard_D2s_v5", "standardDSv5Family", 2, 8.0, 0),
    ("Standard_D4s_v5", "standardDSv5Family", 4, 16.0, 0),
    ("Standard_D8s_v5", "standardDSv5Family", 8, 32.0, 0),
    ("Standard_D16s_v5", "standardDSv5Family", 16, 64.0, 0),
    ("Standard_D2ds_v5", "standardDDSv5Family", 2, 8.0, 0),
    ("Standard_D4ds_v5", "standardDDSv5Family", 4, 16.0, 0),
    ("Standard_D8ds_v5", "standardDDSv5Family", 8, 32.0, 0),
    ("Standard_D2as_v5", "standardDASv5Family", 2, 8.0, 0),
    ("Standard_D4as_v5", "standardDASv5Family", 4, 16.0, 0),
    ("Standard_D8as_v5", "standardDASv5Family", 8, 32.0, 0),
    ("Standard_E2s_v3", "standardESv3Family", 2, 16.0, 0),
    ("Standard_E4s_v3", "standardESv3Family", 4, 32.0, 0),
    ("Standard_E8s_v3", "standardESv3Family", 8, 64.0, 0),
    ("Standard_E2s_v5", "standardESv5Family", 2, 16.0, 0),
    ("Standard_E4s_v5", "standardESv5Family", 4, 32.0, 0),
    ("Standard_E8s_v5", "standardESv5Family", 8, 64.0, 0),
    ("Standard_F2s_v2", "standardFSv2Family", 2, 4.0, 0),
    ("Standard_F4s_v2", "standardFSv2Family", 4, 8.0, 0),
    ("Standard_F8s_v2", "standardFSv2Family", 8, 16.0, 0),
    ("Standard_L8s_v2", "standardLSv2Family", 8, 64.0, 1),
    ("Standard_L16s_v2", "standardLSv2Family", 16, 128.0, 2),
    ("Standard_L8s_v3", "standardLSv3Family", 8, 64.0, 1),
    ("Standard_L16s_v3", "standardLSv3Family", 16, 128.0, 2),
    ("Standard_L32s_v3", "standardLSv3Family", 32, 256.0, 4),
    ("Standard_L8as_v3", "standardLASv3Family", 8, 64.0, 1),
    ("Standard_L16as_v3", "standardLASv3Family", 16, 128.0, 2),
];

/// One NVMe disk of 1.92 TB in MiB.
const NVME_DISK_MIB: u64 = 1_831_054;

fn sku(name: &str, family: &str, cores: u32, memory: f64, nvme_disks: u32) -> Value {
    let mut capabilities = vec![
        json!({"name": "vCPUs", "value": cores.to_string()}),
        json!({"name": "MemoryGB", "value": memory.to_string()}),
        json!({"name": "vCPUsAvailable", "value": cores.to_string()}),
    ];
    if nvme_disks > 0 {
        capabilities.push(json!({"name": "NvmeDiskSizeInMiB", "value": (NVME_DISK_MIB * u64::from(nvme_disks)).to_string()}));
    }
    let size = name.trim_start_matches("Standard_");
    json!({
        "resourceType": "virtualMachines",
        "name": name,
        "tier": "Standard",
        "size": size,
        "family": family,
        "locations": REGIONS,
        "locationInfo": REGIONS.iter().map(|r| json!({"location": r, "zones": ["1", "2", "3"], "zoneDetails": []})).collect::<Vec<_>>(),
        "capabilities": capabilities,
        "restrictions": []
    })
}

/// Every size; `$filter=location eq '...'` keeps one region's (the only filter ARM takes).
pub fn list(req: &Req) -> R<ArmResponse> {
    if req.method != Method::GET {
        return Err(method_not_allowed(&req.method));
    }
    let region = match req.q("$filter").map(str::trim) {
        None | Some("") => None,
        Some(f) => {
            let value = f
                .strip_prefix("location eq '")
                .and_then(|v| v.strip_suffix('\''))
                .ok_or_else(|| {
                    ApiError::new(
                        400,
                        "InvalidFilter",
                        format!(
                            "The filter '{f}' is not supported. Only location filter is supported."
                        ),
                    )
                })?;
            Some(value.to_lowercase())
        }
    };
    if region.as_deref().is_some_and(|r| !REGIONS.contains(&r)) {
        return Ok(ok(200, &json!({"value": []})));
    }
    let value: Vec<Value> = SIZES
        .iter()
        .map(|(n, f, c, m, d)| {
            let mut s = sku(n, f, *c, *m, *d);
            if let Some(r) = &region {
                s["locations"] = json!([r]);
                s["locationInfo"] =
                    json!([{"location": r, "zones": ["1", "2", "3"], "zoneDetails": []}]);
            }
            s
        })
        .collect();
    Ok(ok(200, &json!({ "value": value })))
}
