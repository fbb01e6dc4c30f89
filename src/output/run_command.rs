//! az's own text for a finished `aks command invoke|result` when `-o` is not on the line
//! (`_print_command_result`): the exit code and the logs, or why it failed.

use serde_json::Value;

/// Lines az prints with `print`; `ansi` is the colour colorama gives the first on a terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct Lines {
    pub first: String,
    pub rest: Option<String>,
    pub ansi: Option<&'static str>,
}

/// The lines for a `RunCommandResult` in ARM's wire form.
pub fn az_text(result: &Value) -> Lines {
    let props = result.get("properties").cloned().unwrap_or(Value::Null);
    let s = |k: &str| props.get(k).and_then(Value::as_str).map(str::to_string);
    match s("provisioningState").as_deref() {
        Some("Succeeded") => Lines {
            first: format!(
                "command started at {}, finished at {} with exitcode={}",
                python_datetime(s("startedAt")),
                python_datetime(s("finishedAt")),
                props
                    .get("exitCode")
                    .and_then(Value::as_i64)
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "None".into())
            ),
            rest: Some(s("logs").unwrap_or_else(|| "None".into())),
            ansi: Some("32"),
        },
        Some("Failed") => Lines {
            first: format!(
                "command failed with reason: {}",
                s("reason").unwrap_or_else(|| "None".into())
            ),
            rest: None,
            ansi: Some("31"),
        },
        other => Lines {
            first: format!(
                "command (id: {}) is in {} state",
                result.get("id").and_then(Value::as_str).unwrap_or("None"),
                other.unwrap_or("None")
            ),
            rest: None,
            ansi: Some("34"),
        },
    }
}

/// How Python prints the SDK's `datetime`: `2026-11-26 23:05:01+00:00`, microseconds only when
/// non-zero.
pub fn python_datetime(s: Option<String>) -> String {
    use time::format_description::well_known::Rfc3339;
    let Some(s) = s else {
        return "None".into();
    };
    let Ok(t) = time::OffsetDateTime::parse(&s, &Rfc3339) else {
        return s;
    };
    let date = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let mut out = t.format(&date).unwrap_or_else(|_| s.clone());
    let micros = t.microsecond();
    if micros != 0 {
        out.push_str(&format!(".{micros:06}"));
    }
    let off = t.offset();
    let (h, m, _) = off.as_hms();
    let sign = if off.is_negative() { '-' } else { '+' };
    out.push_str(&format!(
        "{sign}{:02}:{:02}",
        h.unsigned_abs(),
        m.unsigned_abs()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn python_datetimes() {
        assert_eq!(
            python_datetime(Some("2026-11-26T23:05:01Z".into())),
            "2026-11-26 23:05:01+00:00"
        );
        assert_eq!(
            python_datetime(Some("2026-11-26T23:05:01.25+00:00".into())),
            "2026-11-26 23:05:01.250000+00:00"
        );
        assert_eq!(python_datetime(None), "None");
    }

    #[test]
    fn az_text_for_each_state() {
        let r = json!({"id": "abc", "properties": {"provisioningState": "Succeeded", "exitCode": 1,
            "startedAt": "2026-11-26T23:05:01Z", "finishedAt": "2026-11-26T23:05:02Z", "logs": "out\n"}});
        assert_eq!(
            az_text(&r),
            Lines {
                first: "command started at 2026-11-26 23:05:01+00:00, finished at 2026-11-26 23:05:02+00:00 with exitcode=1".into(),
                rest: Some("out\n".into()),
                ansi: Some("32"),
            }
        );
        let r =
            json!({"id": "abc", "properties": {"provisioningState": "Failed", "reason": "boom"}});
        assert_eq!(az_text(&r).first, "command failed with reason: boom");
        assert_eq!(az_text(&r).ansi, Some("31"));
        let r = json!({"id": "abc", "properties": {"provisioningState": "Running"}});
        assert_eq!(az_text(&r).first, "command (id: abc) is in Running state");
    }
}
