#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(Some(v)) = azr::spec::version::parse(data) {
        let _ = v.is_below(1, 24);
    }
});
