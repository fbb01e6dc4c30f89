//! Questions az asks on a terminal (knack's prompts).

use crate::error::Result;

/// One answer typed after `question` on stderr, trimmed and lower-cased, as knack's prompts
/// read it; `None` without a terminal (or once input has ended), where nobody can answer.
pub fn answer(question: &str) -> Result<Option<String>> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_ascii_lowercase()))
}

/// knack's `prompt_y_n(question, default)`: asks `(y/n)`, `(Y/n)` or `(y/N)` again until the
/// answer is `y` or `n`, or empty with a default; `None` where nobody can answer.
pub fn y_n(question: &str, default: Option<bool>) -> Result<Option<bool>> {
    y_n_with(answer, question, default)
}

fn y_n_with(
    mut ask: impl FnMut(&str) -> Result<Option<String>>,
    question: &str,
    default: Option<bool>,
) -> Result<Option<bool>> {
    let hint = match default {
        Some(true) => "(Y/n)",
        Some(false) => "(y/N)",
        None => "(y/n)",
    };
    loop {
        let Some(a) = ask(&format!("{question} {hint}: "))? else {
            return Ok(None);
        };
        match (a.as_str(), default) {
            ("y", _) => return Ok(Some(true)),
            ("n", _) => return Ok(Some(false)),
            ("", Some(d)) => return Ok(Some(d)),
            _ => {}
        }
    }
}

/// `y_n` where az needs an answer: without a terminal, az's advice to pass `--yes`.
pub fn y_n_or_yes_flag(question: &str, default: Option<bool>) -> Result<bool> {
    y_n(question, default)?.ok_or_else(|| {
        crate::error::AzError::validation(
            "Unable to prompt for confirmation as no tty available. Use --yes.",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers in turn, then the end of input; the questions asked.
    fn run(answers: &[&str], default: Option<bool>) -> (Option<bool>, Vec<String>) {
        let mut left = answers.iter();
        let mut asked = Vec::new();
        let got = y_n_with(
            |q| {
                asked.push(q.to_string());
                Ok(left.next().map(|a| a.to_string()))
            },
            "Go on?",
            default,
        )
        .unwrap();
        (got, asked)
    }

    #[test]
    fn asks_until_y_or_n_as_knack_does() {
        assert_eq!(
            run(&["y"], None),
            (Some(true), vec!["Go on? (y/n): ".into()])
        );
        // knack takes `y` and `n` only: anything else, and an empty answer without a default,
        // asks again
        let (got, asked) = run(&["yes", "", "n"], None);
        assert_eq!(got, Some(false));
        assert_eq!(asked.len(), 3);
        assert_eq!(run(&[""], Some(false)).0, Some(false));
        assert_eq!(
            run(&[""], Some(true)),
            (Some(true), vec!["Go on? (Y/n): ".into()])
        );
        assert_eq!(
            run(&["x"], Some(false)).1,
            ["Go on? (y/N): ", "Go on? (y/N): "]
        );
        // nobody to answer (no terminal, or input ended)
        assert_eq!(run(&[], Some(true)).0, None);
    }
}
