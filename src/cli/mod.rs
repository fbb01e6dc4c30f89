//! clap definitions only: the command tree, one file per command group, and the global args.
//! Each leaf's args struct turns itself into a validated `spec` value (`into_spec`), so
//! validation happens before any transport or credential is touched.

pub mod account;
pub mod aks;
pub mod aks_acns;
pub mod aks_acr;
pub mod aks_addon_profiles;
pub mod aks_addons;
pub mod aks_ampls;
pub mod aks_automatic;
pub mod aks_command;
pub mod aks_machine;
pub mod aks_metrics;
pub mod aks_misc;
pub mod aks_monitor_logs;
pub mod aks_net;
pub mod aks_nodepool;
pub mod aks_pool_args;
pub mod aks_pool_features;
pub mod aks_profile;
pub mod aks_sec;
pub mod aks_storage;
pub mod cassette;
pub mod cloud;
pub mod completion;
pub mod config;
pub mod configure;
pub mod emulator;
pub mod extension;
pub mod feature;
pub mod generic_update;
pub mod group;
pub mod login;
pub mod network;
pub mod network_nsg;
pub mod network_vnet;
pub mod provider;
pub mod surface;
pub mod vmss;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "azr",
    version,
    about = "An az-compatible CLI for AKS node public IPs, with a local ARM emulator built in",
    infer_long_args = true,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Arguments every command accepts, anywhere on the line (as az's).
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Output format.
    #[arg(short = 'o', long, global = true, value_enum, ignore_case = true)]
    pub output: Option<OutputFormat>,
    /// JMESPath query string. See http://jmespath.org/ for more information and examples.
    #[arg(long, global = true)]
    pub query: Option<String>,
    /// Name or ID of subscription.
    #[arg(long, global = true)]
    pub subscription: Option<String>,
    /// Increase logging verbosity to show all debug logs.
    #[arg(long, global = true)]
    pub debug: bool,
    /// Increase logging verbosity. Use --debug for full debug logs.
    #[arg(long, global = true)]
    pub verbose: bool,
    /// Only show errors, suppressing warnings.
    #[arg(long, global = true)]
    pub only_show_errors: bool,
    /// Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the
    /// built-in emulator.
    #[arg(long, global = true, value_name = "NAME")]
    pub cloud: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Jsonc,
    Yaml,
    Yamlc,
    Table,
    Tsv,
    None,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process: size does not matter
pub enum Command {
    /// Manage resource groups and template deployments.
    Group(group::GroupArgs),
    /// Manage Azure Kubernetes Services.
    Aks(aks::AksArgs),
    /// Manage Azure Network resources.
    Network(network::NetworkArgs),
    /// Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS).
    Vmss(vmss::VmssArgs),
    /// Manage resource provider features.
    Feature(feature::FeatureArgs),
    /// Manage resource providers.
    Provider(provider::ProviderArgs),
    /// Manage registered Azure clouds.
    Cloud(cloud::CloudArgs),
    /// Log in to Azure.
    Login(login::LoginArgs),
    /// Log out to remove access to Azure subscriptions.
    Logout(login::LogoutArgs),
    /// Manage Azure CLI configuration. This command is interactive.
    Configure(configure::ConfigureArgs),
    /// Manage Azure CLI configuration.
    Config(config::ConfigArgs),
    /// Manage and update CLI extensions.
    Extension(extension::ExtensionArgs),
    /// Manage Azure subscription information.
    Account(account::AccountArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish).
    Completion(completion::CompletionArgs),
    /// Run the local ARM emulator as an HTTPS server.
    Emulator(emulator::EmulatorArgs),
    /// Run the AKS node public IP workflow against a fresh built-in emulator, step by step.
    Demo,
    /// Manage the record/replay sessions of `AZR_CASSETTE` cassettes.
    Cassette(cassette::CassetteArgs),
}

/// Splits az's list values: each occurrence may itself be a comma-separated list (the AKS docs'
/// and aks-preview's dialect), so `a b`, `a,b` and `a,b c` all give `[a, b, c]`.
pub fn split_list(values: &[String]) -> Vec<String> {
    crate::spec::list::split_list(values)
}

#[cfg(test)]
mod tests {
    /// clap checks its definitions (unique names, groups, short flags) only when a command is
    /// parsed in a debug build; flattened argument structs from several modules can collide, so
    /// check the whole tree at once rather than one command line at a time.
    #[test]
    fn every_command_definition_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
