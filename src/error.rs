//! The one error type. Every failure a user can see is an `AzError` with a kind that decides
//! the exit code (design.md "Errors and exit codes") and a message printed as `ERROR: ...`.

use std::fmt;

pub type Result<T, E = AzError> = std::result::Result<T, E>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// Unknown flag, missing required flag, bad choice: exit 2 (argparse's convention).
    Usage,
    /// A flag value failed validation before any request was sent: exit 1.
    Validation,
    /// ARM answered with an error envelope (or a bare status). 404 maps to exit 3.
    Arm {
        status: u16,
        code: String,
        message: String,
    },
    /// Could not get a token, or the credential was rejected: exit 1.
    Auth,
    /// The transport failed (connection, TLS, timeout, cassette mismatch): exit 1.
    Transport,
    /// The server could not be reached or the connection broke (refused, reset, timed out):
    /// exit 1. `ArmClient` retries these; `Transport` errors it does not.
    Connection,
    /// Local state or I/O failed (config dir, ssh keys, emulator store): exit 1.
    Io,
    /// A bug in azr. Exit 1.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AzError {
    pub kind: ErrorKind,
    /// The text after `ERROR: `.
    pub message: String,
    /// Lines printed after the message (az's "recommendations").
    pub recommendations: Vec<String>,
}

impl AzError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AzError {
            kind,
            message: message.into(),
            recommendations: Vec::new(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    /// argparse's refusal of a value outside a flag's choices (`prog` is `az <command>`), with
    /// difflib's closest choice as az recommends it.
    pub fn invalid_choice(prog: &str, flag: &str, value: &str, choices: &[&str]) -> Self {
        let err = Self::usage(format!(
            "{prog}: '{value}' is not a valid value for '{flag}'. Allowed values: {}.",
            choices.join(", ")
        ));
        match crate::difflib::get_close_matches(value, choices, 3, 0.7).first() {
            Some(closest) => err.with_recommendation(format!("Did you mean '{closest}' ?")),
            None => err,
        }
    }
    pub fn validation(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Validation, message)
    }
    pub fn transport(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Transport, message)
    }
    pub fn connection(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Connection, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn io(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Io, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    /// An ARM error as az prints it: `(Code) Message\nCode: Code\nMessage: Message`.
    pub fn arm(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        let (code, message) = (code.into(), message.into());
        let text = if code.is_empty() {
            message.clone()
        } else {
            format!("({code}) {message}\nCode: {code}\nMessage: {message}")
        };
        AzError {
            kind: ErrorKind::Arm {
                status,
                code,
                message,
            },
            message: text,
            recommendations: Vec::new(),
        }
    }
    /// ARM's `error.target`, which az prints after the message (`Target: ...`).
    pub fn with_arm_target(mut self, target: Option<&str>) -> Self {
        if let Some(t) = target.filter(|t| !t.is_empty())
            && matches!(&self.kind, ErrorKind::Arm { code, .. } if !code.is_empty())
        {
            self.message.push_str(&format!("\nTarget: {t}"));
        }
        self
    }
    pub fn with_recommendation(mut self, line: impl Into<String>) -> Self {
        self.recommendations.push(line.into());
        self
    }

    /// az's exit codes: 2 usage, 3 resource not found (HTTP 404), 1 everything else.
    pub fn exit_code(&self) -> i32 {
        match &self.kind {
            ErrorKind::Usage => 2,
            ErrorKind::Arm { status: 404, .. } => 3,
            _ => 1,
        }
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self.kind, ErrorKind::Arm { status: 404, .. })
    }
}

impl fmt::Display for AzError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AzError {}

impl From<std::io::Error> for AzError {
    fn from(e: std::io::Error) -> Self {
        AzError::io(e.to_string())
    }
}

/// An error and its causes on one line (reqwest's top-level text hides the TLS reason).
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !text.contains(&s) {
            text.push_str(": ");
            text.push_str(&s);
        }
        cur = c.source();
    }
    text
}
