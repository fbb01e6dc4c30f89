//! The identity of the local ARM: the one tenant and subscription that the built-in emulator
//! serves and that the `local` cloud signs in to. Both sides read it here, so the CLI never
//! imports the emulator to know it.

/// The subscription the emulator serves.
pub const SUBSCRIPTION_ID: &str = "00000000-0000-0000-0000-000000000001";
/// The tenant its tokens name.
pub const TENANT_ID: &str = "72f988bf-0000-0000-0000-000000000001";
