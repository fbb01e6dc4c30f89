//! `azr configure`: az's argument defaults (`--defaults group=rg location=eastus`), kept in
//! azr's config file and applied to `-g/--resource-group` and `-l/--location` when a command
//! line leaves them out.

use clap::Args;

#[derive(Debug, Args)]
pub struct ConfigureArgs {
    /// Space-separated 'name=value' pairs for common argument defaults.
    #[arg(short = 'd', long, num_args = 1.., value_name = "NAME=VALUE")]
    pub defaults: Option<Vec<String>>,
    /// List all applicable defaults.
    #[arg(short = 'l', long, num_args = 0..=1, default_missing_value = "true",
          value_parser = ["true", "false", "yes", "no", "1", "0", "on", "off"], ignore_case = true)]
    pub list_defaults: Option<String>,
    /// Scope of defaults. Using "local" for settings only effective under current folder.
    #[arg(long, value_parser = ["global", "local"], default_value = "global", ignore_case = true)]
    pub scope: String,
}
