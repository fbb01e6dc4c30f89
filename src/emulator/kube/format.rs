//! kubectl's text layouts: Go's tabwriter (as kubectl configures it), ages, dates.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Aligns tab-separated cells like Go's `text/tabwriter`: for each column, consecutive lines that
/// have a tab-terminated cell in it form a block padded to the block's widest cell plus
/// `padding` (at least `minwidth`). The last cell of a line is not padded.
pub fn tabwrite(text: &str, minwidth: usize, padding: usize) -> String {
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let max_cols = lines.iter().map(|c| c.len()).max().unwrap_or(0);
    // widths[line][col] for terminated cells.
    let mut widths: Vec<Vec<usize>> = lines.iter().map(|c| vec![0; c.len()]).collect();
    for col in 0..max_cols.saturating_sub(1) {
        let mut i = 0;
        while i < lines.len() {
            if lines[i].len() <= col + 1 {
                i += 1;
                continue;
            }
            let start = i;
            let mut w = 0;
            while i < lines.len() && lines[i].len() > col + 1 {
                w = w.max(lines[i][col].chars().count());
                i += 1;
            }
            let w = (w + padding).max(minwidth);
            for line in widths.iter_mut().take(i).skip(start) {
                line[col] = w;
            }
        }
    }
    let mut out = String::new();
    for (cells, ws) in lines.iter().zip(&widths) {
        let mut line = String::new();
        for (k, cell) in cells.iter().enumerate() {
            line.push_str(cell);
            if k + 1 < cells.len() {
                let pad = ws[k].saturating_sub(cell.chars().count());
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        // Go's tabwriter keeps the text of the last cell as it is, trailing spaces included.
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A table as `kubectl get` prints it (tabwriter padding 3, minimum width 6).
pub fn table(rows: &[Vec<String>]) -> String {
    let text: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
    tabwrite(&text.join("\n"), 6, 3)
}

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// `2023-01-12T18:02:48Z`, Kubernetes' timestamp form.
pub fn rfc3339(t: OffsetDateTime) -> String {
    let t = t.replace_nanosecond(0).unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

pub fn parse_rfc3339(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// `Thu, 12 Jan 2023 18:02:50 +0000`, as `kubectl describe` prints times.
pub fn describe_time(s: &str) -> String {
    let Some(t) = parse_rfc3339(s) else {
        return s.to_string();
    };
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] +0000"
    );
    t.format(&fmt).unwrap_or_else(|_| s.to_string())
}

/// kubectl's `HumanDuration` of the time since `s`.
pub fn age(s: &str, now: OffsetDateTime) -> String {
    let Some(t) = parse_rfc3339(s) else {
        return "<unknown>".into();
    };
    let secs = (now - t).whole_seconds().max(0);
    human_duration(secs)
}

pub fn human_duration(secs: i64) -> String {
    let (m, h, d) = (secs / 60, secs / 3600, secs / 86400);
    if secs < 120 {
        format!("{secs}s")
    } else if m < 10 {
        match secs % 60 {
            0 => format!("{m}m"),
            s => format!("{m}m{s}s"),
        }
    } else if m < 180 {
        format!("{m}m")
    } else if h < 8 {
        match m % 60 {
            0 => format!("{h}h"),
            mm => format!("{h}h{mm}m"),
        }
    } else if h < 48 {
        format!("{h}h")
    } else if h < 24 * 8 {
        match h % 24 {
            0 => format!("{d}d"),
            hh => format!("{d}d{hh}h"),
        }
    } else if d < 365 * 2 {
        format!("{d}d")
    } else {
        format!("{}y", d / 365)
    }
}

/// A node's address of one type (`InternalIP`, `ExternalIP`), `<none>` as kubectl prints a
/// missing one.
pub fn node_address(node: &Value, kind: &str) -> String {
    node.pointer("/status/addresses")
        .and_then(Value::as_array)
        .and_then(|a| {
            a.iter()
                .find(|x| x.get("type").and_then(Value::as_str) == Some(kind))
        })
        .and_then(|x| x.get("address")?.as_str())
        .unwrap_or("<none>")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabwriter_aligns_blocks_like_kubectl_describe() {
        let text = "Name:\tp\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x";
        assert_eq!(
            tabwrite(text, 0, 2),
            "Name:             p\nService Account:  default\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x\n"
        );
    }

    #[test]
    fn tables_pad_three() {
        let rows = vec![
            vec!["NAME".into(), "READY".into(), "AGE".into()],
            vec!["echo".into(), "1/1".into(), "5s".into()],
        ];
        assert_eq!(table(&rows), "NAME   READY   AGE\necho   1/1     5s\n");
    }

    #[test]
    fn durations() {
        assert_eq!(human_duration(5), "5s");
        assert_eq!(human_duration(150), "2m30s");
        assert_eq!(human_duration(600), "10m");
        assert_eq!(human_duration(3 * 3600 + 60), "3h1m");
        assert_eq!(human_duration(20 * 3600), "20h");
        assert_eq!(human_duration(3 * 86400), "3d");
    }

    #[test]
    fn describe_times() {
        assert_eq!(
            describe_time("2023-01-12T18:02:50Z"),
            "Thu, 12 Jan 2023 18:02:50 +0000"
        );
    }
}
