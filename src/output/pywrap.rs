//! Python's `textwrap.TextWrapper.fill` with its defaults (break on hyphens, break long words,
//! drop whitespace, no whitespace replacement), as az's help pages wrap their text.

/// Python's `\w`.
fn word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`: a word character that is not a digit.
fn letter(c: char) -> bool {
    word(c) && !c.is_numeric()
}

/// `[\w!"'&.,?]`
fn word_punct(c: char) -> bool {
    word(c) || "!\"'&.,?".contains(c)
}

fn space(c: char) -> bool {
    "\t\n\x0b\x0c\r ".contains(c)
}

/// `TextWrapper.wordsep_re.split`: whitespace runs, em-dashes, and words split after the
/// hyphens of hyphenated words.
fn chunks(text: &[char]) -> Vec<String> {
    let at = |i: usize| text.get(i).copied();
    let is = |i: Option<usize>, f: fn(char) -> bool| i.and_then(at).is_some_and(f);
    // an em-dash (`--` or longer) starts at i and a word character follows it
    let em_dash_at = |i: usize| {
        let run = text[i..].iter().take_while(|c| **c == '-').count();
        run >= 2 && is(Some(i + run), word)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let start = i;
        if space(text[i]) {
            while i < text.len() && space(text[i]) {
                i += 1;
            }
        } else if i > 0 && word_punct(text[i - 1]) && em_dash_at(i) {
            i += text[i..].iter().take_while(|c| **c == '-').count();
        } else {
            // the shortest word that ends at a hyphen break, whitespace, the end or an em-dash
            i += 1;
            while let Some(c) = at(i) {
                if space(c) {
                    break;
                }
                if c == '-' {
                    let two_letters = i >= 2 && letter(text[i - 2]) && letter(text[i - 1]);
                    let letter_hyphen_letter =
                        i >= 3 && letter(text[i - 3]) && text[i - 2] == '-' && letter(text[i - 1]);
                    let letters_follow = is(Some(i + 1), letter)
                        && (is(Some(i + 2), letter)
                            || (at(i + 2) == Some('-') && is(Some(i + 3), letter)));
                    if (two_letters || letter_hyphen_letter) && letters_follow {
                        i += 1;
                        break;
                    }
                    if word_punct(text[i - 1]) && em_dash_at(i) {
                        break;
                    }
                }
                i += 1;
            }
        }
        out.push(text[start..i].iter().collect());
    }
    out
}

/// Expands tabs to the next multiple of 8 columns, as `str.expandtabs()`.
fn expand_tabs(text: &str) -> String {
    let mut out = String::new();
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let n = 8 - column % 8;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// `textwrap.TextWrapper(width, initial_indent, subsequent_indent, replace_whitespace=False)
/// .wrap(text)`.
pub fn wrap(text: &str, width: usize, initial: &str, subsequent: &str) -> Vec<String> {
    let text: Vec<char> = expand_tabs(text).chars().collect();
    let mut chunks = chunks(&text);
    chunks.reverse();
    let len = |s: &str| s.chars().count();
    let blank = |s: &str| s.chars().all(|c| c.is_whitespace());
    let mut lines: Vec<String> = Vec::new();
    while !chunks.is_empty() {
        let indent = if lines.is_empty() {
            initial
        } else {
            subsequent
        };
        let width = width.saturating_sub(len(indent)) as isize;
        if !lines.is_empty() && chunks.last().is_some_and(|c| blank(c)) {
            chunks.pop();
        }
        let mut line: Vec<String> = Vec::new();
        let mut used = 0isize;
        while let Some(chunk) = chunks.last() {
            let l = len(chunk) as isize;
            if used + l > width {
                break;
            }
            used += l;
            line.push(chunks.pop().expect("a chunk"));
        }
        if chunks.last().is_some_and(|c| len(c) as isize > width) {
            break_long_word(&mut chunks, &mut line, used, width);
        }
        if line.last().is_some_and(|c| blank(c)) {
            line.pop();
        }
        if !line.is_empty() {
            lines.push(format!("{indent}{}", line.concat()));
        }
    }
    lines
}

/// `_handle_long_word`: as much of the word as fits, cut after its last hyphen when there is one.
fn break_long_word(chunks: &mut [String], line: &mut Vec<String>, used: isize, width: isize) {
    let room = if width < 1 {
        1
    } else {
        (width - used) as usize
    };
    let Some(chunk) = chunks.last_mut() else {
        return;
    };
    let chars: Vec<char> = chunk.chars().collect();
    let mut end = room.min(chars.len());
    if chars.len() > room
        && let Some(hyphen) = chars[..room.min(chars.len())]
            .iter()
            .rposition(|c| *c == '-')
        && hyphen > 0
        && chars[..hyphen].iter().any(|c| *c != '-')
    {
        end = hyphen + 1;
    }
    line.push(chars[..end].iter().collect());
    *chunk = chars[end..].iter().collect();
}

/// knack's `_print_indent`: each paragraph (line of `text`) filled to `width`, the first line
/// indented by `indent` levels of four spaces, the others by `hanging` spaces when given; every
/// paragraph ends with a newline (an empty one prints an empty line).
pub fn indent(text: &str, level: usize, hanging: Option<usize>, width: usize) -> String {
    let initial = "    ".repeat(level);
    let subsequent = hanging.map_or_else(|| initial.clone(), |n| " ".repeat(n));
    let mut out = String::new();
    for paragraph in text.split('\n') {
        out.push_str(&wrap(paragraph, width, &initial, &subsequent).join("\n"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_as_pythons_wordsep_re() {
        let split = |s: &str| chunks(&s.chars().collect::<Vec<_>>());
        assert_eq!(
            split("--resource-group -g x"),
            ["--resource-", "group", " ", "-g", " ", "x"]
        );
        assert_eq!(split("a--b"), ["a", "--", "b"]);
        assert_eq!(split("well-known"), ["well-", "known"]);
        assert_eq!(split("x-y 80/tcp"), ["x-y", " ", "80/tcp"]);
    }

    #[test]
    fn wraps_like_textwrap() {
        let text = "Name of resource group. You can configure the default group using `az configure --defaults group=<name>`.";
        assert_eq!(
            wrap(text, 40, "    ", "      "),
            [
                "    Name of resource group. You can",
                "      configure the default group using",
                "      `az configure --defaults",
                "      group=<name>`."
            ]
        );
        assert!(wrap("", 10, "", "").is_empty());
        assert_eq!(wrap("abcdefghijkl", 5, "", ""), ["abcde", "fghij", "kl"]);
    }
}
