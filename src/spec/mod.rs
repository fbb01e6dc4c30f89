//! The grammar of flag values: host-port ranges, IP tags, resource ids, names, ssh keys,
//! versions, list dialects, and the validated inputs of each command (one module per group).
//! Pure functions over strings; no I/O, no clap.

pub mod aks;
pub mod aks_command;
pub mod aks_scale;
pub mod aks_update;
pub mod cluster_acns;
pub mod cluster_acr;
pub mod cluster_addon_profiles;
pub mod cluster_addons;
pub mod cluster_metrics;
pub mod cluster_misc;
pub mod cluster_net;
pub mod cluster_profile;
pub mod cluster_sec;
pub mod cluster_settings;
pub mod cluster_storage;
pub mod config;
pub mod emulator;
pub mod extension;
pub mod gateway_prefixes;
pub mod generic_update;
pub mod group;
pub mod ids;
pub mod list;
pub mod login;
pub mod monitoring_regions;
pub mod names;
pub mod network;
pub mod paging;
pub mod pool_features;
pub mod pool_settings;
pub mod pool_update;
pub mod ports;
pub mod provider;
pub mod request_headers;
pub mod resource_id;
pub mod shorthand;
pub mod ssh;
pub mod subnet_endpoints;
pub mod tags;
pub mod version;
pub mod vnet;
pub mod vnet_subnets;
