//! The keys and values of `config set|get|unset` and `configure --defaults`: az's
//! `<section>.<name>=<value>` grammar and its messages.

use crate::error::{AzError, Result};

/// One `config set` assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub section: String,
    /// Lower-cased, as configparser stores option names.
    pub name: String,
    pub value: String,
}

/// `<section>.<name>=<value>`; the name may hold dots (`a.b.c=1` is `[a] b.c = 1`).
pub fn assignment(kv: &str) -> Result<Assignment> {
    let usage = || AzError::validation("usage error: [section].[name]=[value] ...");
    let (key, value) = kv.split_once('=').ok_or_else(usage)?;
    let (section, name) = key.split_once('.').ok_or_else(usage)?;
    Ok(Assignment {
        section: section.to_string(),
        name: name.to_ascii_lowercase(),
        value: value_of(value).to_string(),
    })
}

/// `config unset`'s `<section>.<name>`.
pub fn section_and_name(key: &str) -> Result<(&str, &str)> {
    key.split_once('.')
        .ok_or_else(|| AzError::validation("usage error: [section].[name]"))
}

/// A value as az stores it: `''` and `""` mean the empty string.
pub fn value_of(value: &str) -> &str {
    if matches!(value, "''" | "\"\"") {
        ""
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn az_grammar() {
        let a = assignment("defaults.Group=rg=1").unwrap();
        assert_eq!(
            (a.section.as_str(), a.name.as_str(), a.value.as_str()),
            ("defaults", "group", "rg=1")
        );
        assert_eq!(assignment("a.b.c=''").unwrap().name, "b.c");
        assert_eq!(assignment("a.b=''").unwrap().value, "");
        for bad in ["foo", "foo=bar", ".x"] {
            assert_eq!(
                assignment(bad).unwrap_err().to_string(),
                "usage error: [section].[name]=[value] ..."
            );
        }
        assert_eq!(section_and_name("core.output").unwrap(), ("core", "output"));
        assert_eq!(
            section_and_name("defaults").unwrap_err().to_string(),
            "usage error: [section].[name]"
        );
    }
}
