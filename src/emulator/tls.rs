//! The emulator server's certificates: a CA kept in the TLS dir (`ca.pem`, `ca-key.pem`) and
//! reused across restarts so clients keep trusting it, and a fresh CA:FALSE leaf for
//! 127.0.0.1/localhost signed by it at every start. rustls/webpki refuse a CA certificate
//! served as the end entity (`CaUsedAsEndEntity`), hence the two levels.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};

use crate::error::{AzError, Result};

/// The CA's subject. Fixed: a reused CA key is re-wrapped in these params to sign leaves, and
/// the leaf's issuer name must equal the subject written in `ca.pem`.
const CA_COMMON_NAME: &str = "azr emulator CA";

/// What the server presents, and where clients find the CA to trust.
pub struct ServerCerts {
    /// Leaf then CA, PEM.
    pub chain_pem: String,
    /// The leaf's private key, PEM (PKCS#8).
    pub key_pem: String,
    pub ca_path: PathBuf,
    /// Whether the CA was created by this call (false: reused from the TLS dir).
    pub ca_created: bool,
}

fn ca_params() -> Result<CertificateParams> {
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(tls_err)?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, CA_COMMON_NAME);
    params.distinguished_name = dn;
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = rcgen::date_time_ymd(2024, 1, 1);
    params.not_after = rcgen::date_time_ymd(2049, 12, 31);
    Ok(params)
}

fn tls_err(e: rcgen::Error) -> AzError {
    AzError::io(format!("cannot make the emulator's TLS certificates: {e}"))
}

/// Loads the CA from `dir` (creating it when absent) and signs a new leaf for `hosts`
/// (IP addresses or DNS names) with it.
pub fn server_certs(dir: &Path, hosts: &[String]) -> Result<ServerCerts> {
    std::fs::create_dir_all(dir).map_err(|e| {
        AzError::io(format!(
            "cannot create the TLS directory '{}': {e}",
            dir.display()
        ))
    })?;
    let ca_path = dir.join("ca.pem");
    let key_path = dir.join("ca-key.pem");
    let params = ca_params()?;
    let (ca_key, ca_pem, created) = match (ca_path.exists(), key_path.exists()) {
        (true, true) => {
            let key_pem = read(&key_path)?;
            let key = KeyPair::from_pem(&key_pem).map_err(|e| {
                AzError::io(format!(
                    "cannot read the CA key '{}': {e}",
                    key_path.display()
                ))
            })?;
            (key, read(&ca_path)?, false)
        }
        (true, false) => {
            return Err(AzError::io(format!(
                "'{}' exists but its key '{}' does not; remove ca.pem or use another --tls-dir",
                ca_path.display(),
                key_path.display()
            )));
        }
        _ => {
            let key = KeyPair::generate().map_err(tls_err)?;
            let cert = params.self_signed(&key).map_err(tls_err)?;
            let pem = cert.pem();
            write_private(&key_path, &key.serialize_pem())?;
            std::fs::write(&ca_path, &pem)
                .map_err(|e| AzError::io(format!("cannot write '{}': {e}", ca_path.display())))?;
            (key, pem, true)
        }
    };
    let issuer = Issuer::new(params, ca_key);

    let mut leaf = CertificateParams::new(Vec::<String>::new()).map_err(tls_err)?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "localhost");
    leaf.distinguished_name = dn;
    leaf.is_ca = IsCa::ExplicitNoCa;
    leaf.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.use_authority_key_identifier_extension = true;
    let now = time::OffsetDateTime::now_utc();
    leaf.not_before = now - time::Duration::days(1);
    leaf.not_after = now + time::Duration::days(365);
    let mut sans: Vec<String> = vec!["127.0.0.1".into(), "localhost".into()];
    for h in hosts {
        if !sans.iter().any(|s| s.eq_ignore_ascii_case(h)) {
            sans.push(h.clone());
        }
    }
    for s in sans {
        let san = match s.parse::<IpAddr>() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(s.as_str().try_into().map_err(tls_err)?),
        };
        leaf.subject_alt_names.push(san);
    }
    let leaf_key = KeyPair::generate().map_err(tls_err)?;
    let leaf_cert = leaf.signed_by(&leaf_key, &issuer).map_err(tls_err)?;
    Ok(ServerCerts {
        chain_pem: format!("{}{}", leaf_cert.pem(), ca_pem),
        key_pem: leaf_key.serialize_pem(),
        ca_path,
        ca_created: created,
    })
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| AzError::io(format!("cannot read '{}': {e}", path.display())))
}

/// Writes a file only its owner can read (keys, token secrets).
pub fn write_private(path: &Path, contents: &str) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
        .and_then(|mut f| f.write_all(contents.as_bytes()))
        .map_err(|e| AzError::io(format!("cannot write '{}': {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ca_is_reused_and_leaf_changes() {
        let dir = tempfile::tempdir().unwrap();
        let a = server_certs(dir.path(), &[]).unwrap();
        assert!(a.ca_created);
        let ca1 = std::fs::read_to_string(&a.ca_path).unwrap();
        let b = server_certs(dir.path(), &["10.1.2.3".into()]).unwrap();
        assert!(!b.ca_created);
        assert_eq!(ca1, std::fs::read_to_string(&b.ca_path).unwrap());
        assert_ne!(a.key_pem, b.key_pem);
        // The chain ends with the CA that clients trust.
        assert!(b.chain_pem.ends_with(&ca1));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("ca-key.pem"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0);
        }
    }

    #[test]
    fn ca_without_key_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ca.pem"), "x").unwrap();
        let e = server_certs(dir.path(), &[]).err().unwrap();
        assert!(e.message.contains("ca-key.pem"), "{}", e.message);
    }
}
