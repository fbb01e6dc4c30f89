//! Integration tests: one binary, one module per area. They run the `azr` binary the way a
//! user does and assert what a user sees: stdout, stderr, exit code, requests, state.

mod aks;
mod aks_command;
mod auth;
mod auth_user;
mod byo_vnet;
mod captured;
mod cassette;
mod cluster_flags;
mod common;
mod completion;
mod config_cmd;
mod defaults;
mod demo;
mod emulator_hardening;
mod emulator_local;
mod emulator_server;
mod extension;
mod fake_azure;
mod group;
mod hardening;
mod hostport_e2e;
mod ids;
mod kube_api;
mod layers;
mod netres_flags;
mod output;
mod policy_token;
mod pool_flags;
mod recordings;
mod replay;
mod scale;
mod scripted;
mod surface;
mod usage;
