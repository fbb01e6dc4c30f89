#![no_main]
//! az's SSH public key check (lenient base64, length-prefixed key type) never panics.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = azr::spec::ssh::is_valid_ssh_public_key(data);
    let _ = azr::spec::ssh::check_key_content(data);
    let _ = azr::spec::ssh::private_key_path(data);
});
