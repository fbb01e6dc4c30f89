//! The layer rule of design.md, checked on the source: every `crate::` path in production code
//! points down the table below, and only the emulator transport, `emulator start|check` and the
//! demo reach the emulator. A new upward import fails here with the file and the line.

use std::path::{Path, PathBuf};

/// What each top-level module may use besides itself and std (tests are free to reach across).
const MAY_USE: &[(&str, &[&str])] = &[
    ("app", &["*"]),
    ("demo", &["emulator", "error"]),
    ("cli", &["error", "spec"]),
    (
        "commands",
        &[
            "arm",
            "auth",
            "client",
            "config",
            "encoding",
            "error",
            "hostport",
            "jwt",
            "output",
            "spec",
            "transport",
        ],
    ),
    (
        "client",
        &["arm", "encoding", "error", "redact", "transport"],
    ),
    (
        "transport",
        &[
            "arm", "auth", "config", "emulator", "encoding", "error", "redact",
        ],
    ),
    (
        "auth",
        &["arm", "config", "crypto", "encoding", "error", "jwt"],
    ),
    ("config", &["arm", "error"]),
    ("output", &["difflib", "encoding", "error"]),
    (
        "emulator",
        &[
            "arm", "crypto", "encoding", "error", "hostport", "jwt", "spec",
        ],
    ),
    ("arm", &["encoding", "error", "spec"]),
    ("spec", &["error"]),
    ("hostport", &[]),
    ("redact", &["arm"]),
    ("crypto", &[]),
    ("encoding", &[]),
    ("jwt", &[]),
    ("error", &["difflib"]),
    ("difflib", &[]),
];

/// The only files that may name `crate::emulator`.
const EMULATOR_DOORS: &[&str] = &[
    "src/transport/emulator.rs",
    "src/app/exec/emulator.rs",
    "src/demo.rs",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The production code of a file: a `tests.rs` file is test code, and so is everything from a
/// `#[cfg(test)]` module on (they close the files of this project). Comments are dropped.
fn production_lines(path: &Path, text: &str) -> Vec<(usize, String)> {
    if path.file_name().is_some_and(|n| n == "tests.rs") {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut all = text.lines().enumerate().peekable();
    while let Some((i, line)) = all.next() {
        let trimmed = line.trim();
        if trimmed == "#[cfg(test)]"
            && all
                .peek()
                .is_some_and(|(_, next)| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        lines.push((i + 1, line.to_string()));
    }
    lines
}

/// The top-level modules a line names through `crate::`, grouped imports included.
fn crate_paths(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        let rest = &line[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            for item in inner.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn imports_point_down_the_layers() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&root).expect("under the root");
        let rel_text = rel.to_string_lossy().replace('\\', "/");
        let module = rel
            .components()
            .nth(1)
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .expect("a module");
        if module == "main" || module == "lib" {
            continue;
        }
        let Some((_, allowed)) = MAY_USE.iter().find(|(m, _)| *m == module) else {
            problems.push(format!(
                "{rel_text}: module `{module}` is not in the layer table"
            ));
            continue;
        };
        let text = std::fs::read_to_string(path).expect("read source");
        for (n, line) in production_lines(path, &text) {
            for used in crate_paths(&line) {
                let ok =
                    used == module || allowed.contains(&"*") || allowed.contains(&used.as_str());
                if !ok {
                    problems.push(format!(
                        "{rel_text}:{n}: `{module}` uses `{used}`: {}",
                        line.trim()
                    ));
                }
                if used == "emulator"
                    && module != "emulator"
                    && !EMULATOR_DOORS.contains(&rel_text.as_str())
                {
                    problems.push(format!(
                        "{rel_text}:{n}: only {EMULATOR_DOORS:?} may reach the emulator: {}",
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "imports that run up the layers of design.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_sees_grouped_and_inline_paths() {
    assert_eq!(
        crate_paths("use crate::{cli, output::Printer};"),
        ["cli", "output"]
    );
    assert_eq!(
        crate_paths("let x = crate::emulator::TENANT_ID; crate::arm::id::x()"),
        ["emulator", "arm"]
    );
    let text = "use crate::a;\n// crate::b\n#[cfg(test)]\nmod tests {\n    use crate::c;\n}\n";
    let lines = production_lines(Path::new("src/x/y.rs"), text);
    assert_eq!(lines, vec![(1, "use crate::a;".to_string())]);
}
