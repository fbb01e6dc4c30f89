//! Service-principal certificates as az takes them: one PEM file holding the private key
//! (PKCS#8 or PKCS#1 RSA) and the certificate. The credential is a signed JWT client
//! assertion (RS256, `x5t` = SHA-1 thumbprint of the certificate, as MSAL sends). PEM comes
//! from rustls' parser, digests and signatures from aws-lc-rs (both compiled in for TLS).

use aws_lc_rs::digest::{SHA1_FOR_LEGACY_USE_ONLY, digest};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rustls_pki_types::pem::{PemObject, SectionKind};
use serde_json::json;

use crate::error::{AzError, Result};

/// The key and certificate of a PEM file.
pub struct PemCertificate {
    key: RsaKeyPair,
    /// DER of the first certificate.
    cert_der: Vec<u8>,
    /// DER of every certificate, in file order (the `x5c` chain).
    chain_der: Vec<Vec<u8>>,
}

impl std::fmt::Debug for PemCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PemCertificate")
            .field("thumbprint", &self.thumbprint_hex())
            .finish_non_exhaustive()
    }
}

impl PemCertificate {
    pub fn from_pem(text: &str, path_for_errors: &str) -> Result<PemCertificate> {
        let bad = |why: &str| AzError::validation(format!("{path_for_errors}: {why}"));
        let sections: Vec<(SectionKind, Vec<u8>)> =
            <(SectionKind, Vec<u8>)>::pem_slice_iter(text.as_bytes())
                .filter_map(|s| s.ok())
                .collect();
        let chain_der: Vec<Vec<u8>> = sections
            .iter()
            .filter(|(kind, _)| *kind == SectionKind::Certificate)
            .map(|(_, der)| der.clone())
            .collect();
        let cert_der = chain_der
            .first()
            .cloned()
            .ok_or_else(|| bad("no certificate (BEGIN CERTIFICATE) in the PEM file"))?;
        let key = match sections.iter().find_map(|(kind, der)| match kind {
            SectionKind::PrivateKey => Some(RsaKeyPair::from_pkcs8(der)),
            SectionKind::RsaPrivateKey => Some(RsaKeyPair::from_der(der)),
            _ => None,
        }) {
            Some(key) => key.map_err(|e| bad(&format!("cannot read the private key: {e}")))?,
            None if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") => {
                return Err(bad(
                    "cannot read the private key: encrypted private keys are not supported",
                ));
            }
            None => {
                return Err(bad(
                    "no RSA private key (BEGIN PRIVATE KEY) in the PEM file",
                ));
            }
        };
        Ok(PemCertificate {
            key,
            cert_der,
            chain_der,
        })
    }

    pub const MAX_CERTIFICATE_FILE_BYTES: u64 = 1024 * 1024;

    pub fn load(path: &std::path::Path) -> Result<PemCertificate> {
        let cannot_read = |e: &dyn std::fmt::Display| {
            AzError::validation(format!(
                "cannot read the certificate file {}: {e}",
                path.display()
            ))
        };
        // A PEM certificate and key are a few KiB; a bound keeps `/dev/zero` from eating memory.
        let data = crate::config::read_limited(path, Self::MAX_CERTIFICATE_FILE_BYTES)
            .map_err(|e| cannot_read(&e))?
            .ok_or_else(|| cannot_read(&"larger than 1 MiB, too large for a PEM certificate"))?;
        let text = String::from_utf8(data)
            .map_err(|_| cannot_read(&"stream did not contain valid UTF-8"))?;
        Self::from_pem(&text, &path.display().to_string())
    }

    pub fn thumbprint_hex(&self) -> String {
        sha1(&self.cert_der)
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect()
    }

    /// A client assertion for the token endpoint `audience`, valid 10 minutes.
    /// With `sn_issuer` (`--use-cert-sn-issuer`), the header also carries the certificate
    /// chain (`x5c`, as MSAL sends it), for Entra's subject name + issuer authentication.
    pub fn assertion(&self, client_id: &str, audience: &str, sn_issuer: bool) -> Result<String> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let mut header = json!({
            "alg": "RS256",
            "typ": "JWT",
            "x5t": URL_SAFE_NO_PAD.encode(sha1(&self.cert_der)),
        });
        if sn_issuer {
            header["x5c"] = self
                .chain_der
                .iter()
                .map(|der| base64::engine::general_purpose::STANDARD.encode(der))
                .collect();
        }
        let claims = json!({
            "aud": audience,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + 600,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut sig = vec![0; self.key.public_modulus_len()];
        self.key
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                signing_input.as_bytes(),
                &mut sig,
            )
            .map_err(|e| AzError::auth(format!("cannot sign the client assertion: {e}")))?;
        Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}

/// SHA-1, only for the `x5t` certificate thumbprint that Entra ID expects.
pub fn sha1(data: &[u8]) -> Vec<u8> {
    digest(&SHA1_FOR_LEGACY_USE_ONLY, data).as_ref().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha1_known_answers() {
        assert_eq!(hex(&sha1(b"")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(
            hex(&sha1(b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(&sha1(
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            )),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
    }

    #[test]
    fn pem_without_key_or_cert_is_rejected() {
        let e = PemCertificate::from_pem("nothing here", "x.pem").unwrap_err();
        assert!(e.message.contains("no certificate"), "{e}");
        let only_cert = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        let e = PemCertificate::from_pem(only_cert, "x.pem").unwrap_err();
        assert!(e.message.contains("no RSA private key"), "{e}");
    }

    #[test]
    fn encrypted_keys_are_named() {
        let pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n\
                   -----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        let e = PemCertificate::from_pem(pem, "x.pem").unwrap_err();
        assert!(e.message.contains("encrypted private keys"), "{e}");
    }

    #[test]
    fn assertion_is_an_rs256_jwt_verifiable_with_the_key() {
        use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};
        use rsa::pkcs1::EncodeRsaPublicKey;
        use rsa::pkcs8::{EncodePrivateKey, LineEnding};
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let pem = format!(
            "{}-----BEGIN CERTIFICATE-----\nbm90IHJlYWxseSBhIGNlcnRpZmljYXRl\n-----END CERTIFICATE-----\n",
            key.to_pkcs8_pem(LineEnding::LF).unwrap().as_str()
        );
        let cert = PemCertificate::from_pem(&pem, "x.pem").unwrap();
        let jwt = cert
            .assertion("app", "https://login/t/oauth2/v2.0/token", false)
            .unwrap();
        let parts: Vec<&str> = jwt.split('.').collect();
        assert_eq!(parts.len(), 3);
        let header: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
        assert_eq!(header["alg"], "RS256");
        assert_eq!(
            header["x5t"],
            URL_SAFE_NO_PAD.encode(sha1(b"not really a certificate"))
        );
        let claims = crate::jwt::claims(&jwt).unwrap();
        assert_eq!(claims["aud"], "https://login/t/oauth2/v2.0/token");
        assert_eq!(claims["iss"], "app");
        let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
        assert_eq!(sig.len(), 256);
        let public = rsa::RsaPublicKey::from(&key).to_pkcs1_der().unwrap();
        UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, public.as_bytes())
            .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig)
            .expect("an RS256 signature by the file's key");
    }
}
