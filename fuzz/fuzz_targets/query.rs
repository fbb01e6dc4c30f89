#![no_main]
//! `--query`: compiling any text never panics or overflows the stack (the length and depth
//! limits hold), and a compiled query searches a typical result without panicking.
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static DOC: LazyLock<serde_json::Value> = LazyLock::new(|| {
    serde_json::json!([
        {"name": "rg", "location": "eastus", "tags": {"env": "dev", "n": 3},
         "properties": {"provisioningState": "Succeeded"}, "ports": [80, 443], "ok": true},
        {"name": "rg2", "location": "westus", "tags": null, "properties": {},
         "ports": [], "ok": false, "f": 1.5}
    ])
});

fuzz_target!(|text: &str| {
    if let Ok(q) = azr::output::query::Query::compile(text) {
        assert!(text.chars().count() <= azr::output::query::MAX_QUERY_CHARS);
        let _ = q.columns();
        let _ = q.search(&DOC);
    }
});
