#![no_main]
//! Host-port ranges: never panic; an accepted range is 1 <= start <= end, and printing it
//! parses back to the same range.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let items = azr::spec::list::split_list(&[data.to_string()]);
    if let Ok(ranges) = azr::spec::ports::parse_host_ports(&items, "--allowed-host-ports") {
        for r in &ranges {
            assert!(r.start >= 1 && r.start <= r.end);
        }
        let printed: Vec<String> = ranges.iter().map(ToString::to_string).collect();
        let again = azr::spec::ports::parse_host_ports(&printed, "--allowed-host-ports").unwrap();
        assert_eq!(again, ranges);
    }
});
