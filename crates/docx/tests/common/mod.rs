//! Shared by the integration tests: the fixtures folder and small readers.
#![allow(dead_code)]

use resume_docx::{DocxError, DocxResume};
use std::path::PathBuf;

/// `tests/fixtures/docx/` at the workspace root (made by `make_fixtures.py` there).
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/docx")
}

pub fn bytes(name: &str) -> Vec<u8> {
    let path = fixtures().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn source(name: &str) -> String {
    String::from_utf8(bytes(name)).expect("UTF-8 source text")
}

pub fn read(name: &str) -> Result<DocxResume, DocxError> {
    resume_docx::read(&bytes(name))
}

pub fn resume(name: &str) -> DocxResume {
    read(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Text with trailing whitespace removed from every line and from the end.
pub fn normalized(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_string()
}
