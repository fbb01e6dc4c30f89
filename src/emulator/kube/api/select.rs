//! Label selectors (`app=echo`, `app!=x`, `tier`, `!tier`, `env in (a,b)`, `env notin (a)`)
//! and field selectors (`metadata.name=x`, `spec.nodeName!=y`), as list calls take them.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Req {
    Eq(String, String),
    Ne(String, String),
    Exists(String),
    Absent(String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
}

/// Splits on commas outside parentheses.
fn terms(sel: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in sel.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&sel[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&sel[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect()
}

pub fn parse_labels(sel: &str) -> Result<Vec<Req>, String> {
    terms(sel)
        .into_iter()
        .map(|t| {
            let set = |rest: &str| -> Result<Vec<String>, String> {
                let inner = rest
                    .trim()
                    .strip_prefix('(')
                    .and_then(|r| r.strip_suffix(')'))
                    .ok_or_else(|| {
                        format!("unable to parse requirement: found '{rest}', expected: '('")
                    })?;
                Ok(inner.split(',').map(|v| v.trim().to_string()).collect())
            };
            if let Some((k, v)) = t.split_once("!=") {
                Ok(Req::Ne(k.trim().into(), v.trim().into()))
            } else if let Some((k, v)) = t.split_once("==") {
                Ok(Req::Eq(k.trim().into(), v.trim().into()))
            } else if let Some((k, v)) = t.split_once('=') {
                Ok(Req::Eq(k.trim().into(), v.trim().into()))
            } else if let Some((k, rest)) = t.split_once(" notin ") {
                Ok(Req::NotIn(k.trim().into(), set(rest)?))
            } else if let Some((k, rest)) = t.split_once(" in ") {
                Ok(Req::In(k.trim().into(), set(rest)?))
            } else if let Some(k) = t.strip_prefix('!') {
                Ok(Req::Absent(k.trim().into()))
            } else if t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
            {
                Ok(Req::Exists(t.into()))
            } else {
                Err(format!(
                    "unable to parse requirement: invalid label selector: \"{t}\""
                ))
            }
        })
        .collect()
}

fn matches(reqs: &[Req], get: impl Fn(&str) -> Option<String>) -> bool {
    reqs.iter().all(|r| match r {
        Req::Eq(k, v) => get(k).as_deref() == Some(v.as_str()),
        Req::Ne(k, v) => get(k).as_deref() != Some(v.as_str()),
        Req::Exists(k) => get(k).is_some(),
        Req::Absent(k) => get(k).is_none(),
        Req::In(k, vs) => get(k).is_some_and(|x| vs.contains(&x)),
        Req::NotIn(k, vs) => get(k).is_none_or(|x| !vs.contains(&x)),
    })
}

pub fn labels_match(reqs: &[Req], obj: &Value) -> bool {
    let labels = obj.pointer("/metadata/labels");
    matches(reqs, |k| {
        labels
            .and_then(|l| l.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    })
}

pub fn parse_fields(sel: &str) -> Result<Vec<Req>, String> {
    let reqs = parse_labels(sel)?;
    for r in &reqs {
        if !matches!(r, Req::Eq(..) | Req::Ne(..)) {
            return Err(format!(
                "invalid selector: '{sel}'; can't understand '{sel}'"
            ));
        }
    }
    Ok(reqs)
}

pub fn fields_match(reqs: &[Req], obj: &Value) -> bool {
    matches(reqs, |field| {
        let ptr = format!("/{}", field.replace('.', "/"));
        match obj.pointer(&ptr) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) | None => Some(String::new()),
            Some(other) => Some(other.to_string()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn label_selectors() {
        let o = json!({"metadata": {"labels": {"app": "echo", "tier": "web"}}});
        for (sel, want) in [
            ("app=echo", true),
            ("app==echo,tier=web", true),
            ("app!=echo", false),
            ("tier", true),
            ("!tier", false),
            ("app in (a, echo)", true),
            ("app notin (echo)", false),
            ("missing!=x", true),
        ] {
            assert_eq!(labels_match(&parse_labels(sel).unwrap(), &o), want, "{sel}");
        }
        assert!(parse_labels("app in echo").is_err());
    }

    #[test]
    fn field_selectors() {
        let o = json!({"metadata": {"name": "p"}, "spec": {"nodeName": "n1"}, "status": {"phase": "Running"}});
        let sel =
            parse_fields("spec.nodeName=n1,status.phase!=Failed,status.phase!=Succeeded").unwrap();
        assert!(fields_match(&sel, &o));
        assert!(!fields_match(&parse_fields("metadata.name=q").unwrap(), &o));
    }
}
