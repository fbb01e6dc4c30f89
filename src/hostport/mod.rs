//! The host-port auto-assignment allocator, pure: see issue 6.
