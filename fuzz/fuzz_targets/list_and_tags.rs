#![no_main]
//! List splitting and `key[=value]` tags: never panic; pieces hold no separators.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|values: Vec<String>| {
    let pieces = azr::spec::list::split_list(&values);
    for p in &pieces {
        assert!(!p.is_empty() && !p.contains(','));
    }
    let tags = azr::spec::tags::parse_tags(&pieces);
    let _ = tags.to_json_object();
});
