//! Percent-encoding for URLs, query strings and form bodies, in one place (the `percent-encoding`
//! and `form_urlencoded` crates of rust-url underneath).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// RFC 3986's unreserved characters stay; everything else is escaped.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Escapes a query value, form value or path segment: only RFC 3986 unreserved characters stay.
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// Decodes `%XX` escapes (and `+` as a space when `plus` is set, as in queries and forms); bad
/// escapes stay as they are, invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str, plus: bool) -> String {
    if plus && s.contains('+') {
        return percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned();
    }
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// `a=1&b=x%20y` (query strings and form bodies) → pairs, percent- and `+`-decoded.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(q.as_bytes()).into_owned().collect()
}

/// `k=v&k2=v2`, each part percent-encoded.
pub fn form_encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_without_panicking() {
        assert_eq!(percent_decode("a%20b", false), "a b");
        assert_eq!(percent_decode("a%2", false), "a%2");
        assert_eq!(percent_decode("%", false), "%");
        assert_eq!(percent_decode("%zz+x", true), "%zz x");
        assert_eq!(percent_decode("a+b", false), "a+b");
        assert_eq!(percent_decode("a%2Fb+c%zz%4", true), "a/b c%zz%4");
    }

    #[test]
    fn queries_and_forms_round_trip() {
        assert_eq!(
            parse_query("a=1&b&c=%3D&d=x+y"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "".into()),
                ("c".into(), "=".into()),
                ("d".into(), "x y".into())
            ]
        );
        let form = form_encode(&[
            ("redirect_uri", "http://localhost:1/x?y=z"),
            ("v", "a-._~ b"),
        ]);
        assert_eq!(
            form,
            "redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fx%3Fy%3Dz&v=a-._~%20b"
        );
        assert_eq!(
            parse_query(&form),
            vec![
                ("redirect_uri".into(), "http://localhost:1/x?y=z".into()),
                ("v".into(), "a-._~ b".into())
            ]
        );
    }
}
