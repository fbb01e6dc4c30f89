//! The ARM protocol: the wire request/response types every transport speaks, resource ids,
//! the pinned api-versions, request-body builders per resource type, and the error envelope.

pub mod api;
pub mod bodies;
pub mod cluster_acns;
pub mod cluster_addon_profiles;
pub mod cluster_addons;
pub mod cluster_automatic;
pub mod cluster_metrics;
pub mod cluster_misc;
pub mod cluster_monitor_logs;
pub mod cluster_net;
pub mod cluster_profile;
pub mod cluster_sec;
pub mod envelope;
pub mod id;
pub mod local;
pub mod pool_features;
pub mod run_command;
pub mod wire;

pub use api::ApiVersion;
pub use id::ResourceId;
pub use wire::{ArmRequest, ArmResponse, Method};
