//! The command line of a run command, split the way a POSIX shell would for the simple cases
//! the workflow needs: words with quotes and backslashes, and `&&` / `;` between commands.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// First command, or after `;`: always runs.
    Always,
    /// After `&&`: runs only if the previous command succeeded.
    IfOk,
}

/// Splits `line` into commands (separator before it, words). Pipes, redirections and
/// substitutions are refused with a message.
pub fn split(line: &str) -> Result<Vec<(Sep, Vec<String>)>, String> {
    let mut out: Vec<(Sep, Vec<String>)> = Vec::new();
    let mut sep = Sep::Always;
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    let flush = |word: &mut String, in_word: &mut bool, words: &mut Vec<String>| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => word.push(x),
                        None => return Err("unexpected EOF while looking for matching `''".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(x @ ('"' | '\\' | '$' | '`')) => word.push(x),
                            Some(x) => {
                                word.push('\\');
                                word.push(x);
                            }
                            None => {
                                return Err("unexpected EOF while looking for matching `\"'".into());
                            }
                        },
                        Some(x) => word.push(x),
                        None => return Err("unexpected EOF while looking for matching `\"'".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(x) = chars.next() {
                    word.push(x);
                }
            }
            ' ' | '\t' | '\n' | '\r' => flush(&mut word, &mut in_word, &mut words),
            ';' => {
                flush(&mut word, &mut in_word, &mut words);
                if !words.is_empty() {
                    out.push((sep, std::mem::take(&mut words)));
                }
                sep = Sep::Always;
            }
            '&' if chars.peek() == Some(&'&') => {
                chars.next();
                flush(&mut word, &mut in_word, &mut words);
                if words.is_empty() {
                    return Err("syntax error near unexpected token `&&'".into());
                }
                out.push((sep, std::mem::take(&mut words)));
                sep = Sep::IfOk;
            }
            '|' | '>' | '<' | '&' | '`' => {
                return Err(format!(
                    "'{c}' is not supported by the emulator's command runner (only commands joined by && or ;)"
                ));
            }
            '$' if matches!(chars.peek(), Some('(') | Some('{')) => {
                return Err(
                    "substitutions are not supported by the emulator's command runner".into(),
                );
            }
            x => {
                in_word = true;
                word.push(x);
            }
        }
    }
    flush(&mut word, &mut in_word, &mut words);
    if !words.is_empty() {
        out.push((sep, words));
    } else if sep == Sep::IfOk {
        return Err("syntax error: unexpected end of file".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn words_quotes_and_sequences() {
        assert_eq!(
            split(
                "kubectl apply -f 'my file.yaml' && kubectl get pods -o wide; kubectl get deploy"
            )
            .unwrap(),
            vec![
                (Sep::Always, w(&["kubectl", "apply", "-f", "my file.yaml"])),
                (Sep::IfOk, w(&["kubectl", "get", "pods", "-o", "wide"])),
                (Sep::Always, w(&["kubectl", "get", "deploy"])),
            ]
        );
        assert_eq!(
            split(r#"a "b \"c\"" d\ e"#).unwrap()[0].1,
            w(&["a", "b \"c\"", "d e"])
        );
        assert!(split("kubectl get pods | grep x").is_err());
        assert!(split("kubectl get 'pods").is_err());
        assert!(split("&& x").is_err());
        assert!(split("").unwrap().is_empty());
    }
}
