//! Host-port ranges (`80/tcp`, `50000-60000/udp`): see the spec helper.
