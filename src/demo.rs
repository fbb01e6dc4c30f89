//! `azr demo`: the AKS node-public-IP doc page, run command by command against a fresh
//! in-process emulator. Each step runs this same binary as a child process, the way a user
//! would type it, in a throwaway config dir and HOME (the generated ssh key lands there,
//! never in the user's ~/.ssh), and prints the command line and what it printed.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::error::{AzError, Result};

/// The doc page's echoserver Deployment (use-node-public-ips.md), with host-port auto-assignment.
pub const ECHO_YAML: &str = include_str!("../fixtures/manifests/echoserver.yaml");

struct Demo<'a> {
    exe: std::path::PathBuf,
    dir: &'a Path,
}

impl Demo<'_> {
    /// `aks command invoke` on the demo's cluster.
    fn kubectl(&self, command: &str, extra: &[&str]) -> Result<String> {
        let base = [
            "aks",
            "command",
            "invoke",
            "-g",
            "rg",
            "-n",
            "c",
            "--command",
            command,
        ];
        self.step(&[&base[..], extra].concat())
    }

    /// Runs one step, echoes it, and returns its stdout (trimmed) for later steps.
    fn step(&self, args: &[&str]) -> Result<String> {
        let shown: Vec<String> = args.iter().map(|a| shell_quote(a)).collect();
        say(&format!("\n$ azr {}\n", shown.join(" ")));
        let out = Command::new(&self.exe)
            .args(args)
            .current_dir(self.dir)
            .env("AZR_CLOUD", "local")
            .env("AZR_CONFIG_DIR", self.dir.join("config"))
            .env("HOME", self.dir.join("home"))
            .output()
            .map_err(|e| AzError::io(format!("cannot run {}: {e}", self.exe.display())))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        say(&stdout);
        say(&String::from_utf8_lossy(&out.stderr));
        if !out.status.success() {
            return Err(AzError::internal(format!(
                "the demo step `azr {}` failed with exit code {}",
                shown.join(" "),
                out.status.code().unwrap_or(-1)
            )));
        }
        Ok(stdout.trim().to_string())
    }
}

fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=,:@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

pub fn run() -> Result<()> {
    let exe =
        std::env::current_exe().map_err(|e| AzError::io(format!("cannot find azr itself: {e}")))?;
    let dir = tempdir()?;
    let result = run_in(&Demo { exe, dir: &dir });
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn tempdir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("azr-demo-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("home"))?;
    std::fs::write(dir.join("echo.yaml"), ECHO_YAML)?;
    Ok(dir)
}

fn run_in(d: &Demo) -> Result<()> {
    say(
        "# The AKS node public IP workflow, against azr's built-in ARM emulator (no Azure account).\n",
    );
    d.step(&["group", "create", "--name", "rg", "--location", "eastus"])?;
    let prefix = d.step(&[
        "network",
        "public-ip",
        "prefix",
        "create",
        "--length",
        "28",
        "--location",
        "eastus",
        "--name",
        "pfx",
        "--resource-group",
        "rg",
        "--query",
        "id",
        "-o",
        "tsv",
    ])?;
    let asg1 = d.step(&[
        "network", "asg", "create", "-g", "rg", "-n", "asg1", "-l", "eastus", "--query", "id",
        "-o", "tsv",
    ])?;
    let asg2 = d.step(&[
        "network", "asg", "create", "-g", "rg", "-n", "asg2", "-l", "eastus", "--query", "id",
        "-o", "tsv",
    ])?;
    let asgs = format!("{asg1},{asg2}");
    d.step(&[
        "aks",
        "create",
        "-g",
        "rg",
        "-n",
        "c",
        "--location",
        "eastus",
        "--enable-node-public-ip",
        "--node-public-ip-prefix",
        &prefix,
        "--node-public-ip-tags",
        "RoutingPreference=Internet",
        "--nodepool-allowed-host-ports",
        "80/tcp,443/tcp,53/udp,40000-60000/tcp",
        "--nodepool-asg-ids",
        &asgs,
        "--generate-ssh-keys",
        "--node-count",
        "3",
        "-o",
        "none",
    ])?;
    d.step(&["aks", "show", "-g", "rg", "-n", "c", "-o", "table"])?;
    d.step(&[
        "aks",
        "nodepool",
        "add",
        "-g",
        "rg",
        "--cluster-name",
        "c",
        "--name",
        "np2",
        "--enable-node-public-ip",
        "--allowed-host-ports",
        "8080/tcp",
        "--node-count",
        "2",
        "-o",
        "none",
    ])?;
    d.step(&[
        "aks",
        "nodepool",
        "list",
        "-g",
        "rg",
        "--cluster-name",
        "c",
        "-o",
        "table",
    ])?;
    d.step(&[
        "aks",
        "nodepool",
        "update",
        "-g",
        "rg",
        "--cluster-name",
        "c",
        "--name",
        "np2",
        "--allowed-host-ports",
        "80/tcp",
        "443/tcp",
        "--asg-ids",
        &asg1,
        "--query",
        "networkProfile",
    ])?;
    let vmss = d.step(&[
        "vmss",
        "list",
        "-g",
        "MC_rg_c_eastus",
        "--query",
        "[0].name",
        "-o",
        "tsv",
    ])?;
    d.step(&[
        "vmss",
        "list-instance-public-ips",
        "-g",
        "MC_rg_c_eastus",
        "--name",
        &vmss,
        "--query",
        "[].ipAddress",
    ])?;
    d.step(&[
        "network",
        "nsg",
        "list",
        "-g",
        "MC_rg_c_eastus",
        "--query",
        "[].name",
        "-o",
        "tsv",
    ])?;
    let feature = [
        "--namespace",
        "Microsoft.ContainerService",
        "--name",
        "PodHostPortAutoAssignPreview",
    ];
    d.step(&[&["feature", "register"][..], &feature].concat())?;
    d.step(&[&["feature", "show"][..], &feature].concat())?;
    d.step(&[
        "provider",
        "register",
        "--namespace",
        "Microsoft.ContainerService",
    ])?;
    d.kubectl("kubectl apply -f echo.yaml", &["--file", "echo.yaml"])?;
    d.kubectl("kubectl get pods -o wide", &[])?;
    d.step(&["aks", "hostport", "check", "-g", "rg", "-n", "c"])?;
    say(
        "\n# Done. Every command above is az's; replace `azr` with `az` and it runs against Azure.\n",
    );
    Ok(())
}
