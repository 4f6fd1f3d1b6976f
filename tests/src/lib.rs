//! Shared helpers for the cross-crate tests: fixture paths and loading.

use std::path::PathBuf;

pub mod review;

/// `tests/fixtures/<rel>`.
pub fn fixture_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// The `*.expect.json` sidecars of a corpus folder under `tests/fixtures` (the real-world and
/// audit corpora keep one beside each resume), sorted by path; none when the folder is missing.
pub fn sidecars(corpus: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(fixture_path(corpus))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".expect.json"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
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
