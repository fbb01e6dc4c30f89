//! Service-principal certificates as az takes them: one PEM file holding the private key
//! (PKCS#8 or PKCS#1 RSA) and the certificate. The credential is a signed JWT client
//! assertion (RS256, `x5t` = SHA-1 thumbprint of the certificate, as MSAL sends).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rsa::RsaPrivateKey;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs1v15::Pkcs1v15Sign;
use rsa::pkcs8::DecodePrivateKey;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::error::{AzError, Result};

/// The key and certificate of a PEM file.
pub struct PemCertificate {
    key: RsaPrivateKey,
    /// DER of the first certificate.
    cert_der: Vec<u8>,
}

impl std::fmt::Debug for PemCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PemCertificate")
            .field("thumbprint", &self.thumbprint_hex())
            .finish_non_exhaustive()
    }
}

/// The PEM blocks of a file: (label, DER).
fn pem_blocks(text: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut label: Option<String> = None;
    let mut body = String::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("-----BEGIN ") {
            label = Some(rest.trim_end_matches('-').to_string());
            body.clear();
        } else if line.starts_with("-----END ") {
            if let Some(l) = label.take()
                && let Ok(der) = STANDARD.decode(body.as_bytes())
            {
                out.push((l, der));
            }
        } else if label.is_some() && !line.contains(':') {
            body.push_str(line);
        }
    }
    out
}

impl PemCertificate {
    pub fn from_pem(text: &str, path_for_errors: &str) -> Result<PemCertificate> {
        let blocks = pem_blocks(text);
        let bad = |why: &str| AzError::validation(format!("{path_for_errors}: {why}"));
        let cert_der = blocks
            .iter()
            .find(|(l, _)| l == "CERTIFICATE")
            .map(|(_, d)| d.clone())
            .ok_or_else(|| bad("no certificate (BEGIN CERTIFICATE) in the PEM file"))?;
        let key = blocks
            .iter()
            .find_map(|(l, d)| match l.as_str() {
                "PRIVATE KEY" => Some(RsaPrivateKey::from_pkcs8_der(d).map_err(|e| e.to_string())),
                "RSA PRIVATE KEY" => {
                    Some(RsaPrivateKey::from_pkcs1_der(d).map_err(|e| e.to_string()))
                }
                "ENCRYPTED PRIVATE KEY" => {
                    Some(Err("encrypted private keys are not supported".to_string()))
                }
                _ => None,
            })
            .ok_or_else(|| bad("no RSA private key (BEGIN PRIVATE KEY) in the PEM file"))?
            .map_err(|e| bad(&format!("cannot read the private key: {e}")))?;
        Ok(PemCertificate { key, cert_der })
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
    pub fn assertion(&self, client_id: &str, audience: &str) -> Result<String> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let header = json!({
            "alg": "RS256",
            "typ": "JWT",
            "x5t": URL_SAFE_NO_PAD.encode(sha1(&self.cert_der)),
        });
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
        let digest = Sha256::digest(signing_input.as_bytes());
        // DigestInfo prefix of SHA-256 (RFC 8017 §9.2).
        let scheme = Pkcs1v15Sign {
            hash_len: Some(32),
            prefix: Box::new([
                0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                0x01, 0x05, 0x00, 0x04, 0x20,
            ]),
        };
        let sig = self
            .key
            .sign(scheme, &digest)
            .map_err(|e| AzError::auth(format!("cannot sign the client assertion: {e}")))?;
        Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}

/// SHA-1, only for the `x5t` certificate thumbprint that Entra ID expects.
pub fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, v) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&v.to_be_bytes());
    }
    out
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
    fn assertion_is_an_rs256_jwt_verifiable_with_the_key() {
        use rsa::traits::PublicKeyParts;
        let mut rng = rand::thread_rng();
        let key = RsaPrivateKey::new(&mut rng, 2048).unwrap();
        let cert = PemCertificate {
            key: key.clone(),
            cert_der: b"not really a certificate".to_vec(),
        };
        let jwt = cert
            .assertion("app", "https://login/t/oauth2/v2.0/token")
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
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(claims["aud"], "https://login/t/oauth2/v2.0/token");
        assert_eq!(claims["iss"], "app");
        let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
        assert_eq!(sig.len(), key.size());
        let digest = Sha256::digest(format!("{}.{}", parts[0], parts[1]).as_bytes());
        rsa::RsaPublicKey::from(&key)
            .verify(Pkcs1v15Sign::new_unprefixed(), &digest, &sig)
            .expect_err("the signature carries the SHA-256 DigestInfo prefix");
        let scheme = Pkcs1v15Sign {
            hash_len: Some(32),
            prefix: Box::new([
                0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                0x01, 0x05, 0x00, 0x04, 0x20,
            ]),
        };
        rsa::RsaPublicKey::from(&key)
            .verify(scheme, &digest, &sig)
            .unwrap();
    }
}
