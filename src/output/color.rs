//! `-o jsonc` / `-o yamlc`: knack runs the plain text through pygments' Json/Yaml lexer and
//! `TerminalFormatter`. Each token of a colour is wrapped per line in `ESC[<c>m … ESC[39;49;00m`
//! (also when empty); whitespace is gray (37), keys blue (94), strings yellow (33), numbers and
//! literals dark blue (34).

use serde_json::Value;

const RESET: &str = "\x1b[39;49;00m";

fn tok(out: &mut String, color: Option<&str>, text: &str) {
    let mut rest = text;
    loop {
        let (line, nl) = match rest.find('\n') {
            Some(i) => (&rest[..i], true),
            None => (rest, false),
        };
        match color {
            Some(c) => {
                out.push_str("\x1b[");
                out.push_str(c);
                out.push('m');
                out.push_str(line);
                out.push_str(RESET);
            }
            None => out.push_str(line),
        }
        if !nl {
            break;
        }
        out.push('\n');
        rest = &rest[line.len() + 1..];
        if rest.is_empty() {
            break;
        }
    }
}

const WS: Option<&str> = Some("37");

/// The colourised `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)`.
pub fn jsonc(value: &Value) -> String {
    let mut out = String::new();
    json_value(&mut out, value, 0);
    tok(&mut out, WS, "\n");
    out
}

fn json_value(out: &mut String, v: &Value, depth: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('{');
            let n = m.len();
            for (i, (k, item)) in m.iter().enumerate() {
                tok(out, WS, &format!("\n{}", "  ".repeat(depth + 1)));
                tok(out, Some("94"), &Value::String(k.clone()).to_string());
                out.push(':');
                tok(out, WS, " ");
                json_value(out, item, depth + 1);
                if i + 1 < n {
                    out.push(',');
                }
            }
            tok(out, WS, &format!("\n{}", "  ".repeat(depth)));
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            let n = items.len();
            for (i, item) in items.iter().enumerate() {
                tok(out, WS, &format!("\n{}", "  ".repeat(depth + 1)));
                json_value(out, item, depth + 1);
                if i + 1 < n {
                    out.push(',');
                }
            }
            tok(out, WS, &format!("\n{}", "  ".repeat(depth)));
            out.push(']');
        }
        Value::Object(_) => out.push_str("{}"),
        Value::Array(_) => out.push_str("[]"),
        Value::String(_) => tok(out, Some("33"), &super::json::scalar(v)),
        _ => tok(out, Some("34"), &super::json::scalar(v)),
    }
}

/// The colourised YAML, following pygments' YamlLexer on the block style PyYAML writes:
/// indentation and separators gray, keys blue, quoted scalars yellow word by word (spaces
/// inside them red), plain scalars uncoloured, the `...` document end underlined cyan.
pub fn yamlc(plain: &str) -> String {
    let mut out = String::new();
    let mut in_quote: Option<char> = None;
    for line in plain.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let mut rest = body;
        if in_quote.is_none() {
            let indent = rest.len() - rest.trim_start_matches(' ').len();
            if indent > 0 {
                tok(&mut out, WS, &rest[..indent]);
                rest = &rest[indent..];
            }
            if rest == "..." {
                out.push_str("\x1b[04m\x1b[36m...");
                out.push_str(RESET);
                rest = "";
            }
            while let Some(r) = rest.strip_prefix("- ") {
                out.push('-');
                tok(&mut out, WS, " ");
                rest = r;
            }
            if let Some(i) = key_end(rest) {
                tok(&mut out, Some("94"), &rest[..i]);
                out.push(':');
                rest = &rest[i + 1..];
                if let Some(r) = rest.strip_prefix(' ') {
                    tok(&mut out, WS, " ");
                    rest = r;
                }
            }
            if rest.starts_with('\'') || rest.starts_with('"') {
                in_quote = rest.chars().next();
                out.push_str("\x1b[33m");
                out.push_str(&rest[..1]);
                out.push_str(RESET);
                rest = &rest[1..];
            } else {
                out.push_str(rest);
                rest = "";
            }
        } else {
            let indent = rest.len() - rest.trim_start_matches(' ').len();
            if indent > 0 {
                tok(&mut out, WS, &rest[..indent]);
                rest = &rest[indent..];
            }
        }
        if let Some(q) = in_quote {
            // words yellow, inner spaces red, the closing quote its own token
            let closing = rest.ends_with(q) && !rest.is_empty();
            let inner = if closing {
                &rest[..rest.len() - 1]
            } else {
                rest
            };
            let mut first = true;
            for word in inner.split(' ') {
                if !first {
                    tok(&mut out, Some("31"), " ");
                }
                first = false;
                if q == '"' {
                    // escapes are tokens of their own (same colour)
                    for part in split_escapes(word) {
                        tok(&mut out, Some("33"), part);
                    }
                } else if !word.is_empty() {
                    tok(&mut out, Some("33"), word);
                }
            }
            if closing {
                tok(&mut out, Some("33"), &q.to_string());
                in_quote = None;
            }
        }
        if line.ends_with('\n') {
            tok(&mut out, WS, "\n");
        }
    }
    out
}

/// Splits a double-quoted word into text and escape sequences (`\\x01`, `\\uFEFF`, `\\n`).
fn split_escapes(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let b = word.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            let len = match b[i + 1] {
                b'x' => 4,
                b'u' => 6,
                b'U' => 10,
                _ => 2,
            };
            let end = (i + len).min(b.len());
            if start < i {
                parts.push(&word[start..i]);
            }
            parts.push(&word[i..end]);
            i = end;
            start = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(&word[start..]);
    }
    parts
}

/// The end of a simple block key (`key:` followed by a space or the line end).
fn key_end(s: &str) -> Option<usize> {
    if s.starts_with('\'') || s.starts_with('"') {
        return None;
    }
    let b = s.as_bytes();
    (0..b.len()).find(|&i| b[i] == b':' && (i + 1 == b.len() || b[i + 1] == b' '))
}

/// Whether `-o jsonc`/`yamlc` colour when az's `core.no_color` setting does not turn it off
/// (knack's `_should_enable_color`): stdout and stderr are terminals and `NO_COLOR` is unset.
pub fn enabled() -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    super::both_terminals()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn jsonc_matches_pygments() {
        // pygments 2.21 TerminalFormatter on knack's json for {"a": "x", "e": [], "n": 5}
        let want = "{\x1b[37m\x1b[39;49;00m\n\x1b[37m  \x1b[39;49;00m\x1b[94m\"a\"\x1b[39;49;00m:\x1b[37m \x1b[39;49;00m\x1b[33m\"x\"\x1b[39;49;00m,\x1b[37m\x1b[39;49;00m\n\x1b[37m  \x1b[39;49;00m\x1b[94m\"e\"\x1b[39;49;00m:\x1b[37m \x1b[39;49;00m[],\x1b[37m\x1b[39;49;00m\n\x1b[37m  \x1b[39;49;00m\x1b[94m\"n\"\x1b[39;49;00m:\x1b[37m \x1b[39;49;00m\x1b[34m5\x1b[39;49;00m\x1b[37m\x1b[39;49;00m\n}\x1b[37m\x1b[39;49;00m\n";
        assert_eq!(jsonc(&json!({"a": "x", "e": [], "n": 5})), want);
    }
}
