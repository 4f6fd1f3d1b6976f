//! Errors are values with a message a user can act on.

use alloc::string::String;
use serde::Serialize;

/// What went wrong, coarsely, so callers (CLI exit codes, the page) can react by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Nothing but whitespace.
    Empty,
    /// Larger than [`crate::limits::MAX_INPUT_BYTES`] or longer than [`crate::limits::MAX_INPUT_LINES`].
    TooLarge,
    /// Looks like a binary file (NUL bytes, control characters).
    Binary,
    /// The text claims a format (JSON Resume, LaTeX) but cannot be read as it.
    Malformed,
}

/// An input the analyzer refuses, with a one-line message for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnalyzeError {
    pub kind: ErrorKind,
    pub message: String,
}

impl AnalyzeError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

impl core::fmt::Display for AnalyzeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message)
    }
}
