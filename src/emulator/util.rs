//! Shared pieces of the emulator: the ARM error type, time and id helpers, deterministic
//! hashes.

use serde_json::{Value, json};

use crate::arm::ArmResponse;

/// An ARM error answer: status, code, message and (AKS style) target.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub code: String,
    pub message: String,
    pub target: Option<String>,
    /// A read-only connection refused a write: the request must go the write path.
    pub needs_write: bool,
}

pub type R<T> = std::result::Result<T, ApiError>;

impl ApiError {
    pub fn new(status: u16, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code: code.to_string(),
            message: message.into(),
            target: None,
            needs_write: false,
        }
    }
    pub fn with_target(mut self, target: &str) -> ApiError {
        self.target = Some(target.to_string());
        self
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(500, "InternalServerError", message)
    }
    pub fn bad_request(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(400, code, message)
    }
    pub fn invalid_parameter(target: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(400, "InvalidParameter", message).with_target(target)
    }
    pub fn rg_not_found(rg: &str) -> ApiError {
        ApiError::new(
            404,
            "ResourceGroupNotFound",
            format!("Resource group '{rg}' could not be found."),
        )
    }
    /// `type_` is `Microsoft.X/type[/name/child]` as ARM words it.
    pub fn not_found(type_: &str, name: &str, rg: &str) -> ApiError {
        ApiError::new(
            404,
            "ResourceNotFound",
            format!(
                "The Resource '{type_}/{name}' under resource group '{rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
            ),
        )
    }
    pub fn body(&self) -> Value {
        let mut err = json!({"code": self.code, "message": self.message});
        if let Some(t) = &self.target {
            err["target"] = json!(t);
        }
        json!({ "error": err })
    }
    pub fn response(&self) -> ArmResponse {
        ArmResponse::json(self.status, &self.body())
            .with_header("x-ms-failure-cause", "gateway")
            .with_header("x-ms-request-id", uuid::Uuid::new_v4().to_string())
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        let needs_write = e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly);
        ApiError {
            needs_write,
            ..ApiError::internal(format!("The emulator's store failed: {e}"))
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal(format!("The emulator's store holds invalid JSON: {e}"))
    }
}

/// RFC 3339 with 7 fractional digits, as ARM writes times.
pub fn rfc3339(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:7]Z"
    );
    t.format(&fmt).unwrap_or_default()
}

pub fn sha(seed: &str) -> [u8; 32] {
    crate::crypto::sha256(&[seed.as_bytes()])
}

/// A GUID derived from `seed`, so reruns from the same state give the same value.
pub fn det_guid(seed: &str) -> String {
    let h = sha(seed);
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    uuid::Builder::from_random_bytes(b).into_uuid().to_string()
}

pub fn det_hex(seed: &str, len: usize) -> String {
    let h = sha(seed);
    let s: String = h.iter().map(|b| format!("{b:02x}")).collect();
    s[..len.min(s.len())].to_string()
}

/// The 8 digits of AKS node resource names (`aks-<pool>-<digits>-vmss`), from the cluster id.
pub fn cluster_digits(cluster_id_lower: &str) -> String {
    let h = sha(cluster_id_lower);
    let n = u64::from_be_bytes([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]]);
    format!("{:08}", n % 100_000_000)
}

pub fn new_guid() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub fn etag() -> String {
    format!("W/\"{}\"", new_guid())
}

pub fn ip_to_string(ip: u32) -> String {
    std::net::Ipv4Addr::from(ip).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_stable() {
        assert_eq!(cluster_digits("x"), cluster_digits("x"));
        assert_eq!(cluster_digits("x").len(), 8);
        assert!(rfc3339(0).starts_with("1970-01-01T00:00:00.0000000Z"));
    }
}
