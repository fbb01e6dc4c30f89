//! Host-port ranges (`80/tcp`, `4000-5000/UDP`) for `--allowed-host-ports` and
//! `--nodepool-allowed-host-ports`.
//!
//! First az's own check, item by item, with its message verbatim: the lower-cased item must
//! match `^((\d+)|(\d+-\d+))/(tcp|udp)$`. Then what az leaves to the server: ports must be in
//! 1-65535 and a range must not be reversed.

use std::fmt;

use crate::error::{AzError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    Tcp,
    Udp,
}

impl Protocol {
    /// The wire spelling (`PortRange.protocol`).
    pub fn as_wire(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
        }
    }
}

/// One `PortRange`: a single port has `start == end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HostPortRange {
    pub start: u16,
    pub end: u16,
    pub protocol: Protocol,
}

impl HostPortRange {
    /// The range in an ARM `PortRange` object, when it is one.
    pub fn from_json(v: &serde_json::Value) -> Option<HostPortRange> {
        let port = |k: &str| v.get(k)?.as_u64().and_then(|p| u16::try_from(p).ok());
        let protocol = match v.get("protocol")?.as_str()?.to_ascii_uppercase().as_str() {
            "TCP" => Protocol::Tcp,
            "UDP" => Protocol::Udp,
            _ => return None,
        };
        Some(HostPortRange {
            start: port("portStart")?,
            end: port("portEnd")?,
            protocol,
        })
    }

    /// `{"portStart": a, "portEnd": b, "protocol": "TCP"}`
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "portStart": self.start,
            "portEnd": self.end,
            "protocol": self.protocol.as_wire(),
        })
    }
}

impl fmt::Display for HostPortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let proto = match self.protocol {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        };
        if self.start == self.end {
            write!(f, "{}/{proto}", self.start)
        } else {
            write!(f, "{}-{}/{proto}", self.start, self.end)
        }
    }
}

/// What az's regex captures: the digit strings and the protocol.
struct Matched<'a> {
    start: &'a str,
    end: &'a str,
    protocol: Protocol,
}

/// az's `^((\d+)|(\d+-\d+))/(tcp|udp)$` on an already lower-cased item.
fn az_match(lower: &str) -> Option<Matched<'_>> {
    let (range, proto) = lower.split_once('/')?;
    let protocol = match proto {
        "tcp" => Protocol::Tcp,
        "udp" => Protocol::Udp,
        _ => return None,
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (start, end) = match range.split_once('-') {
        Some((a, b)) => (a, b),
        None => (range, range),
    };
    (digits(start) && digits(end)).then_some(Matched {
        start,
        end,
        protocol,
    })
}

/// az's message for an item its regex rejects (it names `--allowed-host-ports` whatever the flag).
pub fn az_format_error(item: &str) -> AzError {
    AzError::validation(format!(
        "--allowed-host-ports must be a space-separated list of port ranges in the format of <port-range>/<protocol>: '{item}'"
    ))
}

/// A port number from a digit string; `None` when it is 0 or above 65535.
fn port(digits: &str) -> Option<u16> {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.len() > 5 {
        return None;
    }
    trimmed
        .parse::<u32>()
        .ok()
        .and_then(|n| u16::try_from(n).ok())
}

/// Parses already-split items (see `spec::list`). `flag` is the flag the user gave, for the
/// errors az does not have. Order is preserved; duplicates are kept, as az does.
pub fn parse_host_ports(items: &[String], flag: &str) -> Result<Vec<HostPortRange>> {
    // az checks every item's format before anything else, so its message wins.
    let lowered: Vec<String> = items.iter().map(|i| i.to_lowercase()).collect();
    let mut matched = Vec::with_capacity(items.len());
    for (item, lower) in items.iter().zip(&lowered) {
        match az_match(lower) {
            Some(m) => matched.push(m),
            None => return Err(az_format_error(item)),
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for (item, m) in items.iter().zip(matched) {
        let bad_port = |digits: &str| {
            let shown = match digits.trim_start_matches('0') {
                "" => "0",
                t => t,
            };
            AzError::validation(format!(
                "{flag} '{item}' is not a valid port range: port {shown} is outside 1-65535."
            ))
        };
        let start = port(m.start).ok_or_else(|| bad_port(m.start))?;
        let end = port(m.end).ok_or_else(|| bad_port(m.end))?;
        if start > end {
            return Err(AzError::validation(format!(
                "{flag} '{item}' is not a valid port range: the start port {start} is greater than the end port {end}."
            )));
        }
        out.push(HostPortRange {
            start,
            end,
            protocol: m.protocol,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(items: &[&str]) -> Result<Vec<HostPortRange>> {
        let v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        parse_host_ports(&v, "--allowed-host-ports")
    }

    #[test]
    fn single_ports_ranges_and_case() {
        let got = parse(&["80/tcp", "4000-5000/UDP", "53/Udp"]).unwrap();
        assert_eq!(
            got,
            vec![
                HostPortRange {
                    start: 80,
                    end: 80,
                    protocol: Protocol::Tcp
                },
                HostPortRange {
                    start: 4000,
                    end: 5000,
                    protocol: Protocol::Udp
                },
                HostPortRange {
                    start: 53,
                    end: 53,
                    protocol: Protocol::Udp
                },
            ]
        );
        assert_eq!(
            got[1].to_json(),
            serde_json::json!({"portStart": 4000, "portEnd": 5000, "protocol": "UDP"})
        );
    }

    #[test]
    fn az_format_errors_are_verbatim() {
        for bad in [
            "80",
            "80/xyz",
            "80/",
            "/tcp",
            "a/tcp",
            "80-/tcp",
            "-80/tcp",
            "80-90-100/tcp",
            "80 /tcp",
            "80/tcp/",
            "",
            "80/sctp",
            "1-2-3/udp",
        ] {
            let e = parse(&[bad]).unwrap_err();
            assert_eq!(
                e.message,
                format!(
                    "--allowed-host-ports must be a space-separated list of port ranges in the format of <port-range>/<protocol>: '{bad}'"
                ),
                "{bad}"
            );
            assert_eq!(e.exit_code(), 1);
        }
    }

    #[test]
    fn the_format_error_wins_over_a_range_error_later_or_earlier() {
        let e = parse(&["90-80/tcp", "80/xyz"]).unwrap_err();
        assert!(e.message.ends_with("'80/xyz'"), "{}", e.message);
    }

    #[test]
    fn beyond_az_reversed_zero_and_too_big() {
        let flag = "--nodepool-allowed-host-ports";
        let p = |s: &str| {
            parse_host_ports(&[s.to_string()], flag)
                .unwrap_err()
                .message
        };
        assert_eq!(
            p("80-70/tcp"),
            "--nodepool-allowed-host-ports '80-70/tcp' is not a valid port range: the start port 80 is greater than the end port 70."
        );
        assert_eq!(
            p("0/tcp"),
            "--nodepool-allowed-host-ports '0/tcp' is not a valid port range: port 0 is outside 1-65535."
        );
        assert_eq!(
            p("1-65536/udp"),
            "--nodepool-allowed-host-ports '1-65536/udp' is not a valid port range: port 65536 is outside 1-65535."
        );
        assert_eq!(
            p("99999999999999999999999/tcp"),
            "--nodepool-allowed-host-ports '99999999999999999999999/tcp' is not a valid port range: port 99999999999999999999999 is outside 1-65535."
        );
        assert_eq!(
            parse(&["0080/tcp", "1-65535/tcp"]).unwrap(),
            vec![
                HostPortRange {
                    start: 80,
                    end: 80,
                    protocol: Protocol::Tcp
                },
                HostPortRange {
                    start: 1,
                    end: 65535,
                    protocol: Protocol::Tcp
                }
            ]
        );
    }

    fn arb_range() -> impl Strategy<Value = HostPortRange> {
        (1u16..=65535, 1u16..=65535, prop::bool::ANY).prop_map(|(a, b, tcp)| HostPortRange {
            start: a.min(b),
            end: a.max(b),
            protocol: if tcp { Protocol::Tcp } else { Protocol::Udp },
        })
    }

    proptest! {
        /// Display is the canonical input form: printing then parsing gives the range back.
        #[test]
        fn display_round_trips(ranges in proptest::collection::vec(arb_range(), 1..8)) {
            let items: Vec<String> = ranges.iter().map(ToString::to_string).collect();
            prop_assert_eq!(parse_host_ports(&items, "--x").unwrap(), ranges);
        }

        /// Upper-casing the protocol changes nothing (az lower-cases before matching).
        #[test]
        fn protocol_case_is_ignored(r in arb_range()) {
            let upper = r.to_string().to_uppercase();
            prop_assert_eq!(parse_host_ports(&[upper], "--x").unwrap(), vec![r]);
        }

        /// Whatever the input, parsing never panics, and success means a sane range.
        #[test]
        fn never_panics_and_results_are_sane(s in ".*") {
            if let Ok(v) = parse_host_ports(&[s], "--x") {
                for r in v {
                    prop_assert!(r.start >= 1 && r.start <= r.end);
                }
            }
        }

        /// Anything az's regex accepts either parses or gets one of the beyond-az errors,
        /// never az's format error.
        #[test]
        fn az_accepted_items_never_get_the_format_error(a in "[0-9]{1,7}", b in "[0-9]{1,7}",
                                                         range in prop::bool::ANY, p in "(?i)tcp|udp") {
            let item = if range { format!("{a}-{b}/{p}") } else { format!("{a}/{p}") };
            if let Err(e) = parse_host_ports(&[item], "--x") {
                prop_assert!(e.message.starts_with("--x '"), "{}", e.message);
            }
        }
    }
}
