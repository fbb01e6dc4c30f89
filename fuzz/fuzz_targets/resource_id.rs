#![no_main]
//! Resource ids: az's validity check and the structured parser never panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = azr::spec::resource_id::is_valid_resource_id(data);
    if let Some(id) = azr::spec::resource_id::ResourceId::parse(data) {
        let _ = (id.name(), id.full_type());
    }
});
