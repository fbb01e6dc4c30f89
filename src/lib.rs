//! azr: an az-compatible command-line tool for AKS node public IPs, with a local ARM emulator.
//!
//! The flow of one command (design.md): `cli` (clap) → `spec` (validated values) →
//! `commands` (ARM calls through `client::ArmClient` over a `transport::Transport`) →
//! `output` (az's shapes and formats). `app` wires them together.

pub mod app;
pub mod arm;
pub mod auth;
pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod crypto;
pub mod demo;
pub mod difflib;
pub mod emulator;
pub mod encoding;
pub mod error;
pub mod hostport;
pub mod jwt;
pub mod output;
pub mod redact;
pub mod spec;
pub mod transport;

pub use error::{AzError, Result};
