//! SSH public keys for `aks create`: az's `is_valid_ssh_rsa_public_key` check, the OpenSSH
//! `ssh-rsa` encoding, and where a generated key pair goes. No I/O here.

use base64::Engine;

use crate::error::{AzError, Result};

/// The `--ssh-key-value`, `--generate-ssh-keys` and `--no-ssh-key` flags as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SshKeyOptions {
    /// A path to a public key file, or the key itself. `None`: `~/.ssh/id_rsa.pub`.
    pub value: Option<String>,
    pub generate: bool,
    pub no_ssh_key: bool,
}

/// Python's lenient `base64.b64decode`: characters outside the alphabet are skipped, and
/// decoding stops at complete padding. Errors carry Python's messages.
fn py_b64decode(s: &str) -> std::result::Result<Vec<u8>, String> {
    let mut chars = Vec::new();
    let mut pads = 0usize;
    for c in s.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '+' | '/' if pads == 0 => chars.push(c as u8),
            '=' if chars.len() % 4 >= 2 => {
                pads += 1;
                if chars.len() % 4 + pads >= 4 {
                    break;
                }
            }
            _ => {}
        }
    }
    match chars.len() % 4 {
        1 => {
            return Err(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                chars.len()
            ));
        }
        r @ (2 | 3) if r + pads < 4 => return Err("Incorrect padding".into()),
        _ => {}
    }
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    // Python keeps whatever the last character's spare bits say.
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::RequireNone),
    );
    LENIENT
        .decode(&chars)
        .map_err(|_| "Incorrect padding".to_string())
}

/// az's `keys.is_valid_ssh_rsa_public_key`: the second word, base64-decoded, must start with
/// a length-prefixed copy of the first word. Like az, undecodable data is an error (az lets
/// the Python exception through; its text is the message), not just "invalid".
pub fn is_valid_ssh_public_key(key: &str) -> Result<bool> {
    let parts: Vec<&str> = key.split_whitespace().collect();
    if parts.len() < 2 {
        return Ok(false);
    }
    let data = py_b64decode(parts[1]).map_err(AzError::usage)?;
    if data.len() < 4 {
        return Err(AzError::usage("unpack requires a buffer of 4 bytes"));
    }
    let n = u32::from_be_bytes([data[0], data[1], data[2], data[3]]) as usize;
    let end = 4usize.saturating_add(n).min(data.len());
    Ok(&data[4..end] == parts[0].as_bytes())
}

/// The same check where az makes it late (after reading a key file), where every failure is
/// `Provided ssh key (...) is invalid or non-existent`.
pub fn check_key_content(key: &str) -> Result<()> {
    if !key.is_empty() && matches!(is_valid_ssh_public_key(key), Ok(true)) {
        return Ok(());
    }
    Err(AzError::validation(format!(
        "Provided ssh key ({}) is invalid or non-existent",
        truncate_text(key, 70)
    )))
}

/// azure-cli-core's `truncate_text(s, width=70, placeholder=' [...]')`.
pub fn truncate_text(s: &str, width: usize) -> String {
    const PLACEHOLDER: &str = " [...]";
    let keep = width - PLACEHOLDER.len();
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= keep {
        s.to_string()
    } else {
        chars[..keep].iter().collect::<String>() + PLACEHOLDER
    }
}

pub const INVALID_KEY_MESSAGE: &str = "The SSH key provided is not a valid RSA public key. Provide the contents of a valid SSH public key (for example, '~/.ssh/id_rsa.pub'), specify a path to a public key file, or add --generate-ssh-keys as a parameter to create a new key pair.";

/// Where az writes the private key of a pair whose public key goes to `public`.
pub fn private_key_path(public: &str) -> String {
    let n = public.len();
    if n >= 4 && public.is_char_boundary(n - 4) && public[n - 4..].eq_ignore_ascii_case(".pub") {
        public[..n - 4].to_string()
    } else {
        format!("{public}.private")
    }
}

/// The warning az prints after generating a key pair.
pub fn generated_warning(private: &str, public: &str) -> String {
    format!(
        "SSH key files '{private}' and '{public}' have been generated under ~/.ssh to allow SSH access to the VM. If using machines without permanent storage like Azure Cloud Shell without an attached file share, back up your keys to a safe location"
    )
}

/// OpenSSH's `ssh-rsa AAAA...` line for an RSA public key given as big-endian `e` and `n`
/// (what `cryptography` writes: no comment, no newline).
pub fn openssh_rsa_public_key(e: &[u8], n: &[u8]) -> String {
    fn put_string(out: &mut Vec<u8>, b: &[u8]) {
        out.extend_from_slice(&(b.len() as u32).to_be_bytes());
        out.extend_from_slice(b);
    }
    // An mpint: no leading zeros, and a zero byte in front when the top bit is set.
    fn put_mpint(out: &mut Vec<u8>, b: &[u8]) {
        let start = b.iter().position(|&x| x != 0).unwrap_or(b.len());
        let b = &b[start..];
        if b.first().is_some_and(|&x| x & 0x80 != 0) {
            let mut v = vec![0u8];
            v.extend_from_slice(b);
            put_string(out, &v);
        } else {
            put_string(out, b);
        }
    }
    let mut blob = Vec::new();
    put_string(&mut blob, b"ssh-rsa");
    put_mpint(&mut blob, e);
    put_mpint(&mut blob, n);
    format!(
        "ssh-rsa {}",
        base64::engine::general_purpose::STANDARD.encode(blob)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The key az 2.91 generated in the aks-create-no-wait capture.
    const CAPTURED: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7RMiIS6jFkTylOio4lX7i6R248CULVBq7Qekh8fBkDuvyzmxDUb9vhyBMotyEr0Mc1X9yqkp28LxzOYHbbuenee0lKda0Voax3g3ma751/Gx1pwoWhavPfdmGoGol5HHD50do6eN3tm1jGnewQspjDx7M3ioSo7esVzop83liWxsuRfXWAEuEF596wr5oU2lP1IcG5FIvPNAkrxCvORwy0oFsyr/DsZDM0MusU1PbLF2HJBoUII22BX4LkGOu0pPzHtr2g3UDW9prLMF5+eQkwod6wRH+pX2q9J05IQJ5cZUGJwctwp9gCmxzj2VpukIuzNtVqfTjhb09tvjHqSUJ";

    #[test]
    fn az_validity_check() {
        assert!(is_valid_ssh_public_key(CAPTURED).unwrap());
        assert!(is_valid_ssh_public_key(&format!("{CAPTURED} test@example.com\n")).unwrap());
        assert!(!is_valid_ssh_public_key("garbage").unwrap());
        assert!(!is_valid_ssh_public_key("ssh-rsa QUFBQUFB").unwrap());
        assert!(!is_valid_ssh_public_key(&CAPTURED.replacen("ssh-rsa", "ssh-dss", 1)).unwrap());
        // az lets these Python errors through (exit 2).
        let e = is_valid_ssh_public_key("ssh-rsa QUFB").unwrap_err();
        assert_eq!(
            (e.message.as_str(), e.exit_code()),
            ("unpack requires a buffer of 4 bytes", 2)
        );
        assert_eq!(
            is_valid_ssh_public_key("ssh-rsa QUF").unwrap_err().message,
            "Incorrect padding"
        );
        assert_eq!(
            is_valid_ssh_public_key("ssh-rsa !!!").unwrap_err().message,
            "unpack requires a buffer of 4 bytes"
        );
    }

    #[test]
    fn late_check_message_truncates_like_az() {
        let e = check_key_content("vm\n").unwrap_err();
        assert_eq!(
            e.message,
            "Provided ssh key (vm\n) is invalid or non-existent"
        );
        let long = "x".repeat(100);
        let e = check_key_content(&long).unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "Provided ssh key ({} [...]) is invalid or non-existent",
                "x".repeat(64)
            )
        );
        assert!(check_key_content(CAPTURED).is_ok());
    }

    #[test]
    fn private_paths() {
        assert_eq!(private_key_path("/h/.ssh/id_rsa.pub"), "/h/.ssh/id_rsa");
        assert_eq!(private_key_path("/h/key.PUB"), "/h/key");
        assert_eq!(private_key_path("/h/key"), "/h/key.private");
    }

    proptest! {
        #[test]
        fn encoded_keys_are_valid(e in proptest::collection::vec(any::<u8>(), 1..8),
                                  n in proptest::collection::vec(any::<u8>(), 1..300)) {
            let line = openssh_rsa_public_key(&e, &n);
            prop_assert!(line.starts_with("ssh-rsa AAAA"));
            prop_assert!(is_valid_ssh_public_key(&line).unwrap());
        }

        #[test]
        fn never_panics(s in ".*") {
            let _ = is_valid_ssh_public_key(&s);
            let _ = check_key_content(&s);
            let _ = private_key_path(&s);
        }
    }
}
