//! Shared helpers for the cross-crate tests: fixture paths and loading.

use std::path::PathBuf;

pub mod review;

/// `tests/fixtures/<rel>`.
pub fn fixture_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// The text of `tests/fixtures/<rel>`; panics with the path if missing (tests only).
pub fn fixture(rel: &str) -> String {
    let path = fixture_path(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Rule ids of a report's findings, sorted and deduplicated.
pub fn rule_ids(report: &resume_analyzer::Report) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = report.findings.iter().map(|f| f.rule).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
