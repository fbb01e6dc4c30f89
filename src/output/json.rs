//! `-o json`: `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)` plus a newline.

use serde_json::Value;

/// serde_json's maps are sorted (no `preserve_order`), and its pretty printer indents by two
/// spaces with `": "` separators: the same bytes Python's json.dumps writes.
pub fn to_az_json(value: &Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}
