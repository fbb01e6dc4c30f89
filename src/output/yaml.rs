//! `-o yaml`: PyYAML's `safe_dump(result, default_flow_style=False, allow_unicode=True)`
//! (knack's `format_yaml`, which az 2.91 uses as it is), byte for byte.
//!
//! A port of the parts of PyYAML's emitter that JSON values reach: block mappings (keys
//! sorted) and sequences (indentless inside mappings), `[]`/`{}` for empty collections, the
//! scalar analysis that picks plain, single- or double-quoted style, YAML 1.1 implicit
//! resolution (`yes`, `null`, `1.30`, timestamps are quoted), line folding at 80 columns, and
//! the `...` document end after a plain root scalar.

use serde_json::Value;

const BEST_WIDTH: usize = 80;
const BEST_INDENT: usize = 2;

pub fn to_yaml(value: &Value) -> String {
    let mut e = Emitter {
        out: String::new(),
        column: 0,
        indent: None,
        indents: Vec::new(),
        whitespace: true,
        indention: true,
        open_ended: false,
    };
    e.node(value, EmitContext::Root);
    // expect_document_end
    e.write_indent();
    // stream end after an open-ended (plain root scalar) document
    if e.open_ended {
        e.write_indicator("...", true, false, false);
        e.write_indent();
    }
    e.out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EmitContext {
    Root,
    Sequence,
    Mapping,
    SimpleKey,
}

struct Emitter {
    out: String,
    column: usize,
    indent: Option<usize>,
    indents: Vec<Option<usize>>,
    whitespace: bool,
    indention: bool,
    open_ended: bool,
}

impl Emitter {
    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        self.indent = Some(match self.indent {
            None => {
                if flow {
                    BEST_INDENT
                } else {
                    0
                }
            }
            Some(i) if !indentless => i + BEST_INDENT,
            Some(i) => i,
        });
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().flatten();
    }

    fn write(&mut self, data: &str) {
        self.column += if data.is_ascii() {
            data.len()
        } else {
            data.chars().count()
        };
        self.out.push_str(data);
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        whitespace: bool,
        indention: bool,
    ) {
        let data = if self.whitespace || !need_whitespace {
            indicator.to_string()
        } else {
            format!(" {indicator}")
        };
        self.whitespace = whitespace;
        self.indention = self.indention && indention;
        self.open_ended = false;
        self.write(&data);
    }

    fn write_indent(&mut self) {
        let indent = self.indent.unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.write_line_break(None);
        }
        if self.column < indent {
            self.whitespace = true;
            let pad = " ".repeat(indent - self.column);
            self.out.push_str(&pad);
            self.column = indent;
        }
    }

    fn write_line_break(&mut self, data: Option<char>) {
        self.whitespace = true;
        self.indention = true;
        self.column = 0;
        self.out.push(data.unwrap_or('\n'));
    }

    fn node(&mut self, v: &Value, ctx: EmitContext) {
        match v {
            Value::Array(items) if items.is_empty() => self.empty_flow("[", "]"),
            Value::Object(map) if map.is_empty() => self.empty_flow("{", "}"),
            Value::Array(items) => {
                // indentless inside a mapping (the emitter's `mapping_context and not indention`)
                let indentless = ctx == EmitContext::Mapping && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator("-", true, false, true);
                    self.node(item, EmitContext::Sequence);
                }
                self.pop_indent();
            }
            Value::Object(map) => {
                self.increase_indent(false, false);
                // serde_json's map is sorted, as safe_dump's sort_keys
                for (k, item) in map {
                    self.write_indent();
                    let key = Scalar::string(k);
                    if key.simple_key_ok() {
                        self.scalar(&key, EmitContext::SimpleKey);
                        self.write_indicator(":", false, false, false);
                    } else {
                        self.write_indicator("?", true, false, true);
                        self.scalar(&key, EmitContext::Mapping);
                        self.write_indent();
                        self.write_indicator(":", true, false, true);
                    }
                    self.node(item, EmitContext::Mapping);
                }
                self.pop_indent();
            }
            _ => {
                let s = Scalar::of(v);
                self.scalar(&s, ctx);
            }
        }
    }

    fn empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.increase_indent(true, false);
        self.pop_indent();
        self.write_indicator(close, false, false, false);
    }

    fn scalar(&mut self, s: &Scalar, ctx: EmitContext) {
        self.increase_indent(true, false);
        let simple_key = ctx == EmitContext::SimpleKey;
        let a = &s.analysis;
        let style =
            if s.implicit_plain && !(simple_key && (a.empty || a.multiline)) && a.allow_block_plain
            {
                Style::Plain
            } else if a.allow_single_quoted && !(simple_key && a.multiline) {
                Style::Single
            } else {
                Style::Double
            };
        let split = !simple_key;
        match style {
            Style::Plain => self.write_plain(&s.text, split, ctx == EmitContext::Root),
            Style::Single => self.write_single_quoted(&s.text, split),
            Style::Double => self.write_double_quoted(&s.text, split),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, text: &str, split: bool, root: bool) {
        if root {
            self.open_ended = true;
        }
        if text.is_empty() {
            return;
        }
        if !self.whitespace {
            self.write(" ");
        }
        self.whitespace = false;
        self.indention = false;
        if !text.contains([' ', '\n', '\u{85}', '\u{2028}', '\u{2029}']) {
            self.write(text); // nothing to fold
            return;
        }
        let chars: Vec<char> = text.chars().collect();
        let (mut spaces, mut breaks) = (false, false);
        let (mut start, mut end) = (0usize, 0usize);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end && self.column > BEST_WIDTH && split {
                        self.write_indent();
                        self.whitespace = false;
                        self.indention = false;
                    } else {
                        let data: String = chars[start..end].iter().collect();
                        self.write(&data);
                    }
                    start = end;
                }
            } else if breaks {
                if !ch.is_some_and(is_break) {
                    if chars[start] == '\n' {
                        self.write_line_break(None);
                    }
                    for &br in &chars[start..end] {
                        self.write_line_break(Some(br));
                    }
                    self.write_indent();
                    self.whitespace = false;
                    self.indention = false;
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || is_break(c)) {
                let data: String = chars[start..end].iter().collect();
                self.write(&data);
                start = end;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
                breaks = is_break(c);
            }
            end += 1;
        }
    }

    fn write_single_quoted(&mut self, text: &str, split: bool) {
        self.write_indicator("'", true, false, false);
        let chars: Vec<char> = text.chars().collect();
        let (mut spaces, mut breaks) = (false, false);
        let (mut start, mut end) = (0usize, 0usize);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end
                        && self.column > BEST_WIDTH
                        && split
                        && start != 0
                        && end != chars.len()
                    {
                        self.write_indent();
                    } else {
                        let data: String = chars[start..end].iter().collect();
                        self.write(&data);
                    }
                    start = end;
                }
            } else if breaks {
                if !ch.is_some_and(is_break) {
                    if chars[start] == '\n' {
                        self.write_line_break(None);
                    }
                    for &br in &chars[start..end] {
                        self.write_line_break(Some(br));
                    }
                    self.write_indent();
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || c == '\'' || is_break(c)) && start < end {
                let data: String = chars[start..end].iter().collect();
                self.write(&data);
                start = end;
            }
            if ch == Some('\'') {
                self.write("''");
                start = end + 1;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
                breaks = is_break(c);
            }
            end += 1;
        }
        self.write_indicator("'", false, false, false);
    }

    fn write_double_quoted(&mut self, text: &str, split: bool) {
        self.write_indicator("\"", true, false, false);
        let chars: Vec<char> = text.chars().collect();
        let (mut start, mut end) = (0usize, 0usize);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            let needs_escape = match ch {
                None => true,
                Some(c) => {
                    matches!(
                        c,
                        '"' | '\\' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
                    ) || !(('\x20'..='\x7E').contains(&c)
                        || ('\u{A0}'..='\u{D7FF}').contains(&c)
                        || ('\u{E000}'..='\u{FFFD}').contains(&c))
                }
            };
            if needs_escape {
                if start < end {
                    let data: String = chars[start..end].iter().collect();
                    self.write(&data);
                    start = end;
                }
                if let Some(c) = ch {
                    let data = match c {
                        '\0' => "\\0".to_string(),
                        '\x07' => "\\a".to_string(),
                        '\x08' => "\\b".to_string(),
                        '\x09' => "\\t".to_string(),
                        '\x0A' => "\\n".to_string(),
                        '\x0B' => "\\v".to_string(),
                        '\x0C' => "\\f".to_string(),
                        '\x0D' => "\\r".to_string(),
                        '\x1B' => "\\e".to_string(),
                        '"' => "\\\"".to_string(),
                        '\\' => "\\\\".to_string(),
                        '\u{85}' => "\\N".to_string(),
                        '\u{A0}' => "\\_".to_string(),
                        '\u{2028}' => "\\L".to_string(),
                        '\u{2029}' => "\\P".to_string(),
                        c if (c as u32) <= 0xFF => format!("\\x{:02X}", c as u32),
                        c if (c as u32) <= 0xFFFF => format!("\\u{:04X}", c as u32),
                        c => format!("\\U{:08X}", c as u32),
                    };
                    self.write(&data);
                    start = end + 1;
                }
            }
            if 0 < end
                && end + 1 < chars.len()
                && (ch == Some(' ') || start >= end)
                && self.column as isize + end as isize - start as isize > BEST_WIDTH as isize
                && split
            {
                let mut data: String = chars[start.min(end)..end].iter().collect();
                data.push('\\');
                if start < end {
                    start = end;
                }
                self.write(&data);
                self.write_indent();
                self.whitespace = false;
                self.indention = false;
                if chars.get(start) == Some(&' ') {
                    self.write("\\");
                }
            }
            end += 1;
        }
        self.write_indicator("\"", false, false, false);
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

enum Style {
    Plain,
    Single,
    Double,
}

struct Scalar {
    text: String,
    /// The serializer's `implicit[0]`: the text read back as a plain scalar has its own tag.
    implicit_plain: bool,
    analysis: Analysis,
}

impl Scalar {
    fn string(s: &str) -> Scalar {
        Scalar {
            text: s.to_string(),
            implicit_plain: resolves_to_str(s),
            analysis: analyze(s),
        }
    }

    fn of(v: &Value) -> Scalar {
        let text = match v {
            Value::Null => "null".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => {
                if n.is_f64() {
                    py_yaml_float(n.as_f64().unwrap_or(0.0))
                } else {
                    n.to_string()
                }
            }
            Value::String(s) => return Scalar::string(s),
            _ => String::new(),
        };
        Scalar {
            analysis: analyze(&text),
            text,
            implicit_plain: true,
        }
    }

    /// `check_simple_key` for a scalar key.
    fn simple_key_ok(&self) -> bool {
        let a = &self.analysis;
        self.text.chars().count() < 128 && !a.empty && !a.multiline
    }
}

fn py_yaml_float(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            ".inf".into()
        } else {
            "-.inf".into()
        };
    }
    let mut v = super::pyfmt::float_repr(f).to_lowercase();
    if !v.contains('.') && v.contains('e') {
        v = v.replacen('e', ".0e", 1);
    }
    v
}

struct Analysis {
    empty: bool,
    multiline: bool,
    allow_block_plain: bool,
    allow_single_quoted: bool,
}

fn analyze(scalar: &str) -> Analysis {
    if scalar.is_empty() {
        return Analysis {
            empty: true,
            multiline: false,
            allow_block_plain: true,
            allow_single_quoted: true,
        };
    }
    let chars: Vec<char> = scalar.chars().collect();
    let ws = |c: char| {
        matches!(
            c,
            '\0' | ' ' | '\t' | '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    let mut block_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let (mut leading_space, mut leading_break) = (false, false);
    let (mut trailing_space, mut trailing_break) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    if scalar.starts_with("---") || scalar.starts_with("...") {
        block_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let mut followed_by_whitespace = chars.len() == 1 || ws(chars[1]);
    let (mut previous_space, mut previous_break) = (false, false);
    let n = chars.len();
    for (index, &ch) in chars.iter().enumerate() {
        if index == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(ch) {
                block_indicators = true;
            }
            if (ch == '?' || ch == ':') && followed_by_whitespace {
                block_indicators = true;
            }
            if ch == '-' && followed_by_whitespace {
                block_indicators = true;
            }
        } else {
            if ch == ':' && followed_by_whitespace {
                block_indicators = true;
            }
            if ch == '#' && preceded_by_whitespace {
                block_indicators = true;
            }
        }
        if is_break(ch) {
            line_breaks = true;
        }
        if !(ch == '\n' || ('\x20'..='\x7E').contains(&ch)) {
            let printable_unicode = (ch == '\u{85}'
                || ('\u{A0}'..='\u{D7FF}').contains(&ch)
                || ('\u{E000}'..='\u{FFFD}').contains(&ch)
                || ('\u{10000}'..'\u{10FFFF}').contains(&ch))
                && ch != '\u{FEFF}';
            // allow_unicode=True: printable non-ASCII is written as it is
            if !printable_unicode {
                special_characters = true;
            }
        }
        if ch == ' ' {
            if index == 0 {
                leading_space = true;
            }
            if index == n - 1 {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(ch) {
            if index == 0 {
                leading_break = true;
            }
            if index == n - 1 {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = ws(ch);
        followed_by_whitespace = index + 2 >= n || ws(chars[index + 2]);
    }
    let mut allow_block_plain = true;
    let mut allow_single_quoted = true;
    if leading_space || leading_break || trailing_space || trailing_break {
        allow_block_plain = false;
    }
    if break_space {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if space_break || special_characters {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if line_breaks {
        allow_block_plain = false;
    }
    if block_indicators {
        allow_block_plain = false;
    }
    Analysis {
        empty: false,
        multiline: line_breaks,
        allow_block_plain,
        allow_single_quoted,
    }
}

/// PyYAML's implicit resolvers (YAML 1.1): does a plain scalar with this text read back as a
/// string? If not (`yes`, `null`, `''`, `1.30`, `0x1F`, `2024-01-01`…), it must be quoted.
/// Python's `$` also matches before one trailing newline.
fn resolves_to_str(s: &str) -> bool {
    let t = s.strip_suffix('\n').unwrap_or(s);
    let first = s.chars().next();
    let first_in = |set: &str| first.is_some_and(|c| set.contains(c));
    if s.is_empty() {
        return false; // null
    }
    if first_in("yYnNtTfFoO")
        && matches!(
            t,
            "yes"
                | "Yes"
                | "YES"
                | "no"
                | "No"
                | "NO"
                | "true"
                | "True"
                | "TRUE"
                | "false"
                | "False"
                | "FALSE"
                | "on"
                | "On"
                | "ON"
                | "off"
                | "Off"
                | "OFF"
        )
    {
        return false;
    }
    if first_in("-+0123456789.") && is_float(t) {
        return false;
    }
    if first_in("-+0123456789") && is_int(t) {
        return false;
    }
    if t == "<<" || t == "=" {
        return false;
    }
    if first_in("~nN") && matches!(t, "~" | "null" | "Null" | "NULL") {
        return false;
    }
    if first_in("0123456789") && is_timestamp(t) {
        return false;
    }
    true
}

/// A tiny cursor for the resolver patterns.
struct Cur<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, f: impl Fn(u8) -> bool) -> bool {
        if self.peek().is_some_and(f) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn eat_while(&mut self, f: impl Fn(u8) -> bool) -> usize {
        let s = self.i;
        while self.peek().is_some_and(&f) {
            self.i += 1;
        }
        self.i - s
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

fn digit(c: u8) -> bool {
    c.is_ascii_digit()
}
fn digit_(c: u8) -> bool {
    c.is_ascii_digit() || c == b'_'
}

/// `(?::[0-5]?[0-9])+`
fn sexagesimal(c: &mut Cur) -> bool {
    let mut any = false;
    loop {
        let save = c.i;
        if !c.eat(|x| x == b':') {
            break;
        }
        // [0-5]?[0-9]: one or two digits, the first of two at most 5
        let d1 = c.peek();
        if !c.eat(digit) {
            c.i = save;
            break;
        }
        if d1.is_some_and(|d| d <= b'5') {
            c.eat(digit);
        }
        any = true;
    }
    any
}

fn is_float(s: &str) -> bool {
    let alt = |f: &dyn Fn(&mut Cur) -> bool| {
        let mut c = Cur {
            b: s.as_bytes(),
            i: 0,
        };
        f(&mut c) && c.done()
    };
    let exp = |c: &mut Cur| {
        let save = c.i;
        if c.eat(|x| x == b'e' || x == b'E')
            && c.eat(|x| x == b'-' || x == b'+')
            && c.eat_while(digit) > 0
        {
            return;
        }
        c.i = save;
    };
    alt(&|c| {
        c.eat(|x| x == b'-' || x == b'+');
        c.eat(digit)
            && {
                c.eat_while(digit_);
                c.eat(|x| x == b'.')
            }
            && {
                c.eat_while(digit_);
                exp(c);
                true
            }
    }) || alt(&|c| {
        c.eat(|x| x == b'.') && c.eat(digit) && {
            c.eat_while(digit_);
            exp(c);
            true
        }
    }) || alt(&|c| {
        c.eat(|x| x == b'-' || x == b'+');
        c.eat(digit)
            && {
                c.eat_while(digit_);
                sexagesimal(c)
            }
            && c.eat(|x| x == b'.')
            && {
                c.eat_while(digit_);
                true
            }
    }) || matches!(s.trim_start_matches(['-', '+']), ".inf" | ".Inf" | ".INF")
        && s.len() - s.trim_start_matches(['-', '+']).len() <= 1
        || matches!(s, ".nan" | ".NaN" | ".NAN")
}

fn is_int(s: &str) -> bool {
    let alt = |f: &dyn Fn(&mut Cur) -> bool| {
        let mut c = Cur {
            b: s.as_bytes(),
            i: 0,
        };
        c.eat(|x| x == b'-' || x == b'+');
        f(&mut c) && c.done()
    };
    alt(&|c| {
        c.eat(|x| x == b'0')
            && c.eat(|x| x == b'b')
            && c.eat_while(|x| x == b'0' || x == b'1' || x == b'_') > 0
    }) || alt(&|c| {
        c.eat(|x| x == b'0') && c.eat_while(|x| (b'0'..=b'7').contains(&x) || x == b'_') > 0
    }) || alt(&|c| c.eat(|x| x == b'0') && c.done())
        || alt(&|c| {
            c.eat(|x| (b'1'..=b'9').contains(&x)) && {
                c.eat_while(digit_);
                true
            }
        })
        || alt(&|c| {
            c.eat(|x| x == b'0')
                && c.eat(|x| x == b'x')
                && c.eat_while(|x| x.is_ascii_hexdigit() || x == b'_') > 0
        })
        || alt(&|c| {
            c.eat(|x| (b'1'..=b'9').contains(&x)) && {
                c.eat_while(digit_);
                sexagesimal(c)
            }
        })
}

fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    // YYYY-MM-DD
    if b.len() == 10
        && (0..4).all(d)
        && b[4] == b'-'
        && d(5)
        && d(6)
        && b[7] == b'-'
        && d(8)
        && d(9)
    {
        return true;
    }
    let mut c = Cur { b, i: 0 };
    let ok = (|| {
        for _ in 0..4 {
            if !c.eat(digit) {
                return false;
            }
        }
        if !c.eat(|x| x == b'-') || !c.eat(digit) {
            return false;
        }
        c.eat(digit);
        if !c.eat(|x| x == b'-') || !c.eat(digit) {
            return false;
        }
        c.eat(digit);
        if !c.eat(|x| x == b'T' || x == b't') && c.eat_while(|x| x == b' ' || x == b'\t') == 0 {
            return false;
        }
        if !c.eat(digit) {
            return false;
        }
        c.eat(digit);
        if !(c.eat(|x| x == b':') && c.eat(digit) && c.eat(digit)) {
            return false;
        }
        if !(c.eat(|x| x == b':') && c.eat(digit) && c.eat(digit)) {
            return false;
        }
        if c.eat(|x| x == b'.') {
            c.eat_while(digit);
        }
        let save = c.i;
        c.eat_while(|x| x == b' ' || x == b'\t');
        if c.eat(|x| x == b'Z') {
            return true;
        }
        if c.eat(|x| x == b'-' || x == b'+') && c.eat(digit) {
            c.eat(digit);
            let s2 = c.i;
            if !(c.eat(|x| x == b':') && c.eat(digit) && c.eat(digit)) {
                c.i = s2;
            }
            return true;
        }
        c.i = save;
        true
    })();
    ok && c.done()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quotes_what_yaml_1_1_would_read_as_another_type() {
        for s in [
            "yes",
            "No",
            "null",
            "~",
            "",
            "1.30",
            "123",
            "0x1F",
            "0777",
            "1_000",
            "2024-01-01",
            "2024-01-01T00:00:00+00:00",
            "<<",
            "=",
            ".5",
            "-.inf",
            "1:30",
            "1.0e+16",
        ] {
            assert!(!resolves_to_str(s), "{s}");
        }
        for s in [
            "yess",
            "1e3",
            "abc",
            "1.2.3",
            "10.0.0.0/16",
            "2024-1-1",
            "0x",
            "08",
            "+",
            "-",
        ] {
            assert!(resolves_to_str(s), "{s}");
        }
    }

    #[test]
    fn basic_documents() {
        assert_eq!(to_yaml(&json!("abc")), "abc\n...\n");
        assert_eq!(to_yaml(&json!("yes")), "'yes'\n");
        assert_eq!(to_yaml(&json!([])), "[]\n");
        assert_eq!(
            to_yaml(&json!({"a": "x\ny", "b": [1, {"c": null}], "d": {}})),
            "a: 'x\n\n  y'\nb:\n- 1\n- c: null\nd: {}\n"
        );
    }
}
