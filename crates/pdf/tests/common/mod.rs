//! Shared by the integration tests: the fixtures folder, readers, and the analyzer's view.
#![allow(dead_code)]

use resume_analyzer::{analyze_with_layout, Finding, Options};
use resume_pdf::{PdfError, PdfResume};
use std::path::PathBuf;

/// `tests/fixtures/pdf/` at the workspace root (made by `make_fixtures.sh` there).
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pdf")
}

pub fn bytes(name: &str) -> Vec<u8> {
    let path = fixtures().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn source(name: &str) -> String {
    String::from_utf8(bytes(name)).expect("UTF-8 source text")
}

/// The PDF.js items dump of fixture `name` (`<name>.items.json`), analyzed.
pub fn from_items(name: &str) -> Result<PdfResume, PdfError> {
    resume_pdf::from_json(&source(&format!("{name}.items.json")))
}

pub fn resume(name: &str) -> PdfResume {
    from_items(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The findings of rule `id` when the resume is analyzed with its layout facts.
pub fn findings(resume: &PdfResume, id: &str) -> Vec<Finding> {
    let report = analyze_with_layout(&resume.text, &Options::default(), &resume.layout)
        .unwrap_or_else(|e| panic!("analyze: {e:?}"));
    report
        .findings
        .into_iter()
        .filter(|f| f.rule == id)
        .collect()
}

/// Words separated by single spaces: line breaks and runs of spaces are layout, not text.
pub fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text under each reading-order break.
pub fn breaks(resume: &PdfResume) -> Vec<&str> {
    resume
        .layout
        .reading_order_breaks
        .iter()
        .map(|s| s.slice(&resume.text))
        .collect()
}
