//! Flags that become request headers on a command's writes, whatever the resource:
//! `--aks-custom-headers` (az's `extract_comma_separated_string` with stripping, `key=value`
//! pairs and repeated keys joined by commas) and `--if-match`/`--if-none-match` (azure-core's
//! match conditions, the etag quoted as the SDK's `quote_etag` does).

use crate::error::{AzError, Result};

/// `--aks-custom-headers Key=Value,Key2=Value2`, in az's words when malformed (exit 1).
pub fn aks_custom_headers(raw: &str) -> Result<Vec<(String, String)>> {
    let raw = raw.trim();
    let mut out: Vec<(String, String)> = Vec::new();
    if raw.is_empty() {
        return Ok(out);
    }
    for item in raw.split(',') {
        let item = item.trim();
        let parts: Vec<&str> = item.split('=').collect();
        if parts.len() > 2 {
            return Err(AzError::validation(format!(
                "The format of '{item}' in '{raw}' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
            )));
        }
        let (key, value) = (parts[0], parts.get(1).copied().unwrap_or(""));
        if value.trim().is_empty() {
            return Err(AzError::validation(format!(
                "Empty value not allowed. The value '{value}' of key '{key}' in '{item}' is empty. Raw input '{raw}'."
            )));
        }
        let (key, value) = (key.trim().to_string(), value.trim().to_string());
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, existing)) => *existing = format!("{existing},{value}"),
            None => out.push((key, value)),
        }
    }
    Ok(out)
}

/// The SDK's `quote_etag`: a bare etag gets double quotes; `*`, weak and quoted ones stay.
fn quote_etag(etag: &str) -> String {
    let quoted = (etag.starts_with('"') && etag.ends_with('"') && etag.len() > 1)
        || (etag.starts_with('\'') && etag.ends_with('\'') && etag.len() > 1);
    if etag.is_empty() || etag == "*" || etag.starts_with("W/") || quoted {
        etag.to_string()
    } else {
        format!("\"{etag}\"")
    }
}

/// az's `build_etag_kwargs` as the SDK sends it: `--if-match` wins over `--if-none-match`.
pub fn etag_headers(if_match: Option<&str>, if_none_match: Option<&str>) -> Vec<(String, String)> {
    match (if_match, if_none_match) {
        (Some(etag), _) if !etag.is_empty() => vec![("If-Match".into(), quote_etag(etag))],
        (Some(_), _) => Vec::new(),
        (None, Some("*")) => vec![("If-None-Match".into(), "*".into())],
        (None, Some(etag)) if !etag.is_empty() => {
            vec![("If-None-Match".into(), quote_etag(etag))]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_headers_as_az_extracts_them() {
        let h = aks_custom_headers(" A=1, B = 2 ,A=3").unwrap();
        assert_eq!(
            h,
            [
                ("A".to_string(), "1,3".to_string()),
                ("B".into(), "2".into())
            ]
        );
        assert!(aks_custom_headers("").unwrap().is_empty());
        assert_eq!(
            aks_custom_headers("A=1,B").unwrap_err().message,
            "Empty value not allowed. The value '' of key 'B' in 'B' is empty. Raw input 'A=1,B'."
        );
        assert_eq!(
            aks_custom_headers("A=1=2").unwrap_err().message,
            "The format of 'A=1=2' in 'A=1=2' is incorrect, correct format should be 'Key1=Value1,Key2=Value2'."
        );
    }

    #[test]
    fn etags_quoted_as_the_sdk_does() {
        assert_eq!(
            etag_headers(Some("abc"), Some("*")),
            [("If-Match".to_string(), "\"abc\"".to_string())]
        );
        assert_eq!(
            etag_headers(None, Some("*")),
            [("If-None-Match".to_string(), "*".to_string())]
        );
        assert_eq!(etag_headers(Some("W/\"x\""), None)[0].1, "W/\"x\"");
    }
}
