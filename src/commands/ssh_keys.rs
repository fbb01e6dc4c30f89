//! The SSH public key of `aks create`, as az's `validate_ssh_key` finds or makes it: the file
//! or key given (default `~/.ssh/id_rsa.pub`), or with `--generate-ssh-keys` a new RSA pair
//! written next to it (private key 0600; existing files are never overwritten). Runs before
//! any request is sent.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};

use crate::error::{AzError, Result};
use crate::spec::ssh::{self, SshKeyOptions};

/// The key to send (`None`: no `linuxProfile`) and the warnings to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedKey {
    pub key: Option<String>,
    pub warnings: Vec<String>,
}

fn expand_home(value: &str, home: &Path) -> String {
    match value.strip_prefix("~/") {
        Some(rest) => home.join(rest).to_string_lossy().into_owned(),
        None if value == "~" => home.to_string_lossy().into_owned(),
        None => value.to_string(),
    }
}

/// Finds, reads or generates the key. `home` is `$HOME`.
pub fn resolve(opts: &SshKeyOptions, home: &Path) -> Result<ResolvedKey> {
    let mut warnings = Vec::new();
    if opts.no_ssh_key {
        return Ok(ResolvedKey {
            key: None,
            warnings,
        });
    }
    let default_path = home.join(".ssh").join("id_rsa.pub");
    let default = default_path.to_string_lossy().into_owned();
    let string_or_file = match opts.value.as_deref() {
        Some(v) if !v.is_empty() => expand_home(v, home),
        _ => default.clone(),
    };
    let content = if Path::new(&string_or_file).exists() {
        read_key_file(&string_or_file)?
    } else if !ssh::is_valid_ssh_public_key(&string_or_file)? {
        if opts.generate {
            let public = string_or_file.clone();
            let private = ssh::private_key_path(&public);
            let key = generate_pair(Path::new(&private), Path::new(&public), &mut warnings)?;
            warnings.push(ssh::generated_warning(&private, &public));
            key
        } else if string_or_file.trim().is_empty() || string_or_file == default {
            // az 2.91 goes on without a linuxProfile when there is no key at all.
            return Ok(ResolvedKey {
                key: None,
                warnings,
            });
        } else {
            return Err(AzError::validation(ssh::INVALID_KEY_MESSAGE));
        }
    } else {
        string_or_file
    };
    ssh::check_key_content(&content)?;
    Ok(ResolvedKey {
        key: Some(content),
        warnings,
    })
}

/// The largest SSH public key file read: an RSA key of 16384 bits is under 3 KiB.
pub const MAX_SSH_KEY_FILE_BYTES: u64 = 64 * 1024;

/// The `--ssh-key-value` file, read up to `MAX_SSH_KEY_FILE_BYTES`.
fn read_key_file(path: &str) -> Result<String> {
    let data = crate::config::read_limited(Path::new(path), MAX_SSH_KEY_FILE_BYTES)
        .map_err(|e| AzError::io(format!("cannot read the SSH key file '{path}': {e}")))?
        .ok_or_else(|| {
            AzError::validation(format!(
                "--ssh-key-value '{path}' is larger than {} KiB, too large for an SSH public key file.",
                MAX_SSH_KEY_FILE_BYTES / 1024
            ))
        })?;
    String::from_utf8(data).map_err(|_| {
        AzError::io(format!(
            "cannot read the SSH key file '{path}': stream did not contain valid UTF-8"
        ))
    })
}

/// Creates a file that must not exist yet, with `mode` on Unix.
fn create_new(path: &Path, mode: u32, data: &[u8]) -> Result<()> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts
        .open(path)
        .map_err(|e| AzError::io(format!("cannot create '{}': {e}", path.display())))?;
    f.write_all(data)
        .map_err(|e| AzError::io(format!("cannot write '{}': {e}", path.display())))
}

/// az's `keys.generate_ssh_keys`: reuse an existing private key, else make a 2048-bit one;
/// write the public key. Returns the public key line.
fn generate_pair(private: &Path, public: &Path, warnings: &mut Vec<String>) -> Result<String> {
    let dir: PathBuf = private
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    if !dir.as_os_str().is_empty() && !dir.exists() {
        fs::create_dir_all(&dir)
            .map_err(|e| AzError::io(format!("cannot create '{}': {e}", dir.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(0o700));
        }
    }
    let key = if private.is_file() {
        let pem = fs::read_to_string(private)
            .map_err(|e| AzError::io(format!("cannot read '{}': {e}", private.display())))?;
        let key = RsaPrivateKey::from_pkcs1_pem(&pem)
            .or_else(|_| RsaPrivateKey::from_pkcs8_pem(&pem))
            .map_err(|e| {
                AzError::validation(format!(
                    "cannot load the private key '{}': {e}",
                    private.display()
                ))
            })?;
        warnings.push(format!(
            "Private SSH key file '{}' was found in the directory: '{}'. A paired public key file '{}' will be generated.",
            private.display(),
            dir.display(),
            public.display()
        ));
        key
    } else {
        let mut rng = rand::thread_rng();
        let key = RsaPrivateKey::new(&mut rng, 2048)
            .map_err(|e| AzError::internal(format!("cannot generate an RSA key: {e}")))?;
        let pem = key
            .to_pkcs1_pem(LineEnding::LF)
            .map_err(|e| AzError::internal(format!("cannot encode the RSA key: {e}")))?;
        create_new(private, 0o600, pem.as_bytes())?;
        key
    };
    let line = public_line(&RsaPublicKey::from(&key));
    create_new(public, 0o644, line.as_bytes())?;
    Ok(line)
}

fn public_line(key: &RsaPublicKey) -> String {
    ssh::openssh_rsa_public_key(&key.e().to_bytes_be(), &key.n().to_bytes_be())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(value: Option<&str>, generate: bool) -> SshKeyOptions {
        SshKeyOptions {
            value: value.map(str::to_string),
            generate,
            no_ssh_key: false,
        }
    }

    #[test]
    fn no_key_and_no_generate_means_no_linux_profile() {
        let home = tempfile::tempdir().unwrap();
        let r = resolve(&opts(None, false), home.path()).unwrap();
        assert_eq!(r.key, None);
        assert!(!home.path().join(".ssh").exists());
    }

    #[test]
    fn generates_once_then_reuses_and_never_overwrites() {
        let home = tempfile::tempdir().unwrap();
        let first = resolve(&opts(None, true), home.path()).unwrap();
        let key = first.key.clone().unwrap();
        assert!(key.starts_with("ssh-rsa AAAA"));
        let pub_path = home.path().join(".ssh/id_rsa.pub");
        let priv_path = home.path().join(".ssh/id_rsa");
        assert_eq!(fs::read_to_string(&pub_path).unwrap(), key);
        assert!(
            fs::read_to_string(&priv_path)
                .unwrap()
                .starts_with("-----BEGIN RSA PRIVATE KEY-----")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&priv_path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        assert_eq!(
            first.warnings,
            vec![ssh::generated_warning(
                &priv_path.to_string_lossy(),
                &pub_path.to_string_lossy()
            )]
        );
        // Second run: the file exists, so it is read, not regenerated, and nothing is said.
        let second = resolve(&opts(None, true), home.path()).unwrap();
        assert_eq!(second.key, Some(key));
        assert!(second.warnings.is_empty());
    }

    #[test]
    fn an_existing_private_key_gets_its_public_half() {
        let home = tempfile::tempdir().unwrap();
        let first = resolve(&opts(None, true), home.path()).unwrap();
        fs::remove_file(home.path().join(".ssh/id_rsa.pub")).unwrap();
        let again = resolve(&opts(None, true), home.path()).unwrap();
        assert_eq!(again.key, first.key);
        assert!(again.warnings[0].starts_with("Private SSH key file '"));
    }

    #[test]
    fn values_files_and_bad_keys() {
        let home = tempfile::tempdir().unwrap();
        let k = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7RMiIS6jFkTylOio4lX7i6R248CULVBq7Qekh8fBkDuvyzmxDUb9vhyBMotyEr0Mc1X9yqkp28LxzOYHbbuenee0lKda0Voax3g3ma751/Gx1pwoWhavPfdmGoGol5HHD50do6eN3tm1jGnewQspjDx7M3ioSo7esVzop83liWxsuRfXWAEuEF596wr5oU2lP1IcG5FIvPNAkrxCvORwy0oFsyr/DsZDM0MusU1PbLF2HJBoUII22BX4LkGOu0pPzHtr2g3UDW9prLMF5+eQkwod6wRH+pX2q9J05IQJ5cZUGJwctwp9gCmxzj2VpukIuzNtVqfTjhb09tvjHqSUJ test@example.com\n";
        assert_eq!(
            resolve(&opts(Some(k), false), home.path())
                .unwrap()
                .key
                .as_deref(),
            Some(k)
        );
        let file = home.path().join("k.pub");
        fs::write(&file, k).unwrap();
        let from_file = resolve(&opts(Some(file.to_str().unwrap()), false), home.path()).unwrap();
        assert_eq!(from_file.key.as_deref(), Some(k));
        assert_eq!(
            resolve(&opts(Some("garbage"), false), home.path())
                .unwrap_err()
                .message,
            ssh::INVALID_KEY_MESSAGE
        );
        let junk = home.path().join("junk");
        fs::write(&junk, "vm\n").unwrap();
        assert_eq!(
            resolve(&opts(Some(junk.to_str().unwrap()), false), home.path())
                .unwrap_err()
                .message,
            "Provided ssh key (vm\n) is invalid or non-existent"
        );
    }
}
