//! Validated inputs of `aks command invoke|result` and `aks hostport check`.

use crate::error::{AzError, Result};
use crate::spec::names::ResourceGroupName;

/// `aks command invoke`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandInvoke {
    pub resource_group: ResourceGroupName,
    pub name: String,
    pub command: String,
    pub files: Attach,
    pub no_wait: bool,
}

/// What `--file` attaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attach {
    None,
    /// `--file .`: the current folder, recursively, paths kept.
    CurrentFolder,
    /// Individual files, flattened to their base names (az's behaviour).
    Files(Vec<String>),
}

/// az's checks, in az's words: an empty command, `.` mixed with files.
pub fn command_invoke(
    resource_group: ResourceGroupName,
    name: String,
    command: Option<String>,
    files: Vec<String>,
    no_wait: bool,
) -> Result<CommandInvoke> {
    let command = command.unwrap_or_default();
    if command.is_empty() {
        return Err(AzError::validation("Command cannot be empty."));
    }
    let files = if files.is_empty() {
        Attach::None
    } else if files.len() == 1 && files[0] == "." {
        Attach::CurrentFolder
    } else if files.iter().any(|f| f == ".") {
        return Err(AzError::validation(
            ". is used to attach current folder, not expecting other attachements.",
        ));
    } else {
        Attach::Files(files)
    };
    Ok(CommandInvoke {
        resource_group,
        name,
        command,
        files,
        no_wait,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rg() -> ResourceGroupName {
        ResourceGroupName("rg".into())
    }

    #[test]
    fn az_messages() {
        let e = command_invoke(rg(), "c".into(), None, vec![], false).unwrap_err();
        assert_eq!(e.message, "Command cannot be empty.");
        assert_eq!(e.exit_code(), 1);
        let e = command_invoke(
            rg(),
            "c".into(),
            Some("ls".into()),
            vec![".".into(), "a".into()],
            false,
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            ". is used to attach current folder, not expecting other attachements."
        );
        let ok =
            command_invoke(rg(), "c".into(), Some("ls".into()), vec![".".into()], false).unwrap();
        assert_eq!(ok.files, Attach::CurrentFolder);
    }
}
