//! `azr completion <shell>` prints the scripts committed under `completions/`; a stale
//! committed script fails here (regenerate with `AZR_UPDATE_COMPLETIONS=1 cargo test --test it completion`).

use std::path::PathBuf;

use azr::cli::completion::{SHELLS, file_name, render};

#[test]
fn committed_completions_are_fresh() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("AZR_UPDATE_COMPLETIONS").is_some();
    for shell in SHELLS {
        let path = dir.join(file_name(shell));
        let want = render(shell);
        if update {
            std::fs::create_dir_all(&dir).expect("mkdir");
            std::fs::write(&path, &want).expect("write");
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run AZR_UPDATE_COMPLETIONS=1 cargo test --test it completion",
            path.display()
        );
    }
}

#[test]
fn completion_command_prints_the_script() {
    let sb = crate::common::Sandbox::new();
    for (arg, shell) in [
        ("bash", clap_complete::Shell::Bash),
        ("zsh", clap_complete::Shell::Zsh),
    ] {
        let out = sb.azr().args(["completion", arg]).output().expect("run");
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&out.stdout), render(shell));
        assert!(String::from_utf8_lossy(&out.stdout).contains("aks"));
    }
    let out = sb.azr().args(["completion", "tcsh"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}
