//! `azr completion <shell>`: shell completions generated from the clap tree. The generated
//! scripts are also committed under `completions/` (a test fails when they are stale).

use clap::{Args, CommandFactory};
pub use clap_complete::Shell;

#[derive(Debug, Clone, Args)]
pub struct CompletionArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn render(shell: Shell) -> String {
    let mut cmd = super::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "azr", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The file each shell's script is committed as under `completions/`.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "azr.bash",
        Shell::Zsh => "_azr",
        Shell::Fish => "azr.fish",
        Shell::PowerShell => "_azr.ps1",
        Shell::Elvish => "azr.elv",
        _ => "azr.unknown",
    }
}

/// Every shell azr ships completions for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];
