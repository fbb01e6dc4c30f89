//! Credentials (azure_identity) and the token cache: see issue 4.
