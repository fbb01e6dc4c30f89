//! AAZ's Pagination arguments: `--max-items N` and `--next-token TOKEN`, the token being
//! base64 of `{"next_link": ..., "offset": ...}` as az prints it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use super::vnet::aaz_int;
use crate::error::{AzError, Result};

/// Where a listing starts and how many items it returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paging {
    /// `--max-items`; `None`: everything (a token alone is ignored, as az ignores it).
    pub limit: Option<i64>,
    /// The page to start from (`None`: the first) and the items of it to skip.
    pub next_link: Option<String>,
    pub offset: i64,
}

fn invalid(flag: &str, message: &str) -> AzError {
    AzError::validation(format!("InvalidArgumentValue: {flag}: {message}"))
}

impl Paging {
    pub fn parse(max_items: Option<&str>, next_token: Option<&str>) -> Result<Paging> {
        let limit = max_items.map(|v| aaz_int("--max-items", v)).transpose()?;
        if let Some(n) = limit
            && n < 1
        {
            return Err(invalid(
                "--max-items",
                &format!("Invalid format: '{n}' is less than 1"),
            ));
        }
        let mut paging = Paging {
            limit,
            ..Paging::default()
        };
        if let Some(token) = next_token {
            let (next_link, offset) = decode_token(token)?;
            if limit.is_some() {
                paging.next_link = next_link;
                paging.offset = offset;
            }
        }
        Ok(paging)
    }
}

/// Python's lenient `base64.b64decode`: characters outside the alphabet are dropped.
fn decode_token(token: &str) -> Result<(Option<String>, i64)> {
    const FLAG: &str = "--next-token";
    let kept: String = token
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
        .collect();
    let bytes = STANDARD
        .decode(kept.as_bytes())
        .map_err(|_| invalid(FLAG, "Invalid Base64 string."))?;
    let text = String::from_utf8(bytes).map_err(|_| invalid(FLAG, "Error decoding UTF-8."))?;
    let parsed: Value =
        serde_json::from_str(&text).map_err(|_| invalid(FLAG, "Invalid JSON object."))?;
    let Value::Object(obj) = parsed else {
        return Err(invalid(FLAG, "Decoded object is not a dictionary."));
    };
    let (Some(link), Some(offset)) = (obj.get("next_link"), obj.get("offset")) else {
        return Err(invalid(FLAG, "`next_link` or `offset` doesn't exist."));
    };
    let link = match link {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    };
    Ok((link, offset.as_i64().unwrap_or(0)))
}

/// The token az prints for the next page: base64 of Python's `json.dumps`.
pub fn encode_token(next_link: Option<&str>, offset: i64) -> String {
    let link = next_link.map_or_else(|| "null".to_string(), |l| Value::from(l).to_string());
    STANDARD.encode(format!("{{\"next_link\": {link}, \"offset\": {offset}}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_as_az_writes_them() {
        assert_eq!(
            encode_token(None, 1),
            "eyJuZXh0X2xpbmsiOiBudWxsLCAib2Zmc2V0IjogMX0="
        );
        let p = Paging::parse(
            Some("2"),
            Some("eyJuZXh0X2xpbmsiOiBudWxsLCAib2Zmc2V0IjogMX0="),
        )
        .unwrap();
        assert_eq!((p.limit, p.next_link, p.offset), (Some(2), None, 1));
        // without --max-items the token is not used
        let p = Paging::parse(None, Some("eyJuZXh0X2xpbmsiOiBudWxsLCAib2Zmc2V0IjogMX0=")).unwrap();
        assert_eq!(p, Paging::default());
    }

    #[test]
    fn refusals() {
        let e = Paging::parse(Some("0"), None).unwrap_err();
        assert_eq!(
            e.message,
            "InvalidArgumentValue: --max-items: Invalid format: '0' is less than 1"
        );
        let e = Paging::parse(Some("1"), Some("e30=")).unwrap_err();
        assert_eq!(
            e.message,
            "InvalidArgumentValue: --next-token: `next_link` or `offset` doesn't exist."
        );
        let e = Paging::parse(Some("1"), Some("abc")).unwrap_err();
        assert_eq!(
            e.message,
            "InvalidArgumentValue: --next-token: Invalid Base64 string."
        );
    }
}
