#![no_main]
//! The cassette reader (az's recording YAML): any text parses or is refused without a panic;
//! what parses gives match keys, its subscription and flat headers, and writes back out as
//! YAML that reads again with the same interactions.
use azr::transport::cassette::{Cassette, MatchKey};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(cassette) = Cassette::parse(text) else {
        return;
    };
    let _ = cassette.subscription();
    for i in &cassette.interactions {
        let key = MatchKey::new(&i.request.method, &i.request.uri);
        let _ = key.with_zero_subscription();
        let _ = i.response.headers_flat();
    }
    if let Ok(yaml) = cassette.to_yaml() {
        let again = Cassette::parse(&yaml).expect("a written cassette reads again");
        assert_eq!(again.interactions.len(), cassette.interactions.len());
    }
});
