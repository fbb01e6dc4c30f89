//! Questions az asks on a terminal (knack's prompts).

/// One answer typed after `question` on stderr, trimmed and lower-cased, as knack's prompts
/// read it; `None` without a terminal, where nobody can answer.
pub fn answer(question: &str) -> crate::error::Result<Option<String>> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(Some(line.trim().to_ascii_lowercase()))
}
