//! The report's own JSON writer (`render::to_json`) against `serde_json`, byte for byte, on
//! the report of every fixture: resumes in every format the core reads (text, Markdown, LaTeX,
//! JSON Resume, YAML), the DOCX and PDF files through their readers (layout facts filled in),
//! each resume against a job description, and every posting of the JD corpus.
//!
//! The writer exists for speed (BENCHMARKS.md); `serde_json` is the reference for what the
//! CLI, the page's export and `analyze()` in the browser have always returned.

use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::render::{json, to_json};
use resume_analyzer::{analyze, analyze_with_layout, Options, Report};
use resume_analyzer_tests::{fixture, fixture_path};
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn assert_same_json(report: &Report, what: &str) {
    let pretty = serde_json::to_string_pretty(report).expect("serde_json writes the report");
    assert_eq!(
        to_json(report, true).expect("the writer writes the report"),
        pretty,
        "{what}: pretty JSON differs from serde_json"
    );
    assert_eq!(json(report), format!("{pretty}\n"), "{what}: render::json");
    assert_eq!(
        to_json(report, false).expect("the writer writes the report"),
        serde_json::to_string(report).expect("serde_json writes the report"),
        "{what}: compact JSON differs from serde_json"
    );
}

/// The report of a fixture file, when it is a resume the analyzer accepts.
fn report_of(path: &Path, options: &Options) -> Option<Report> {
    let ext = path.extension()?.to_str()?;
    let bytes = std::fs::read(path).ok()?;
    let (text, layout) = match ext {
        "docx" => {
            let resume = resume_docx::read(&bytes).ok()?;
            (resume.text, resume.layout)
        }
        "pdf" => {
            let resume = resume_pdf::read_pdf_bytes(&bytes).ok()?;
            (resume.text, resume.layout)
        }
        "txt" | "md" | "tex" | "json" | "yaml" | "html" => {
            (String::from_utf8(bytes).ok()?, LayoutFacts::default())
        }
        _ => return None,
    };
    analyze_with_layout(&text, options, &layout).ok()
}

#[test]
fn every_fixture_report_is_written_as_serde_json_writes_it() {
    let mut files = Vec::new();
    files_under(&fixture_path(""), &mut files);
    let jd = fixture("jd/senior_backend_payments.txt");
    let mut written = 0;
    for path in &files {
        let what = path.display().to_string();
        if let Some(report) = report_of(path, &Options::default()) {
            assert_same_json(&report, &what);
            written += 1;
        }
        let with_jd = Options {
            job_description: Some(jd.clone()),
            ..Options::default()
        };
        if let Some(report) = report_of(path, &with_jd) {
            assert_same_json(&report, &format!("{what} with a JD"));
        }
    }
    assert!(
        written > 100,
        "only {written} fixture reports: the walk missed the fixtures"
    );
}

#[test]
fn every_posting_matched_is_written_as_serde_json_writes_it() {
    let resume = fixture("jd/resume_full.txt");
    let mut postings = Vec::new();
    files_under(&fixture_path("jd/corpus"), &mut postings);
    for posting in postings
        .iter()
        .filter(|p| !p.to_string_lossy().ends_with(".expect.json"))
    {
        let options = Options {
            job_description: Some(std::fs::read_to_string(posting).expect("posting")),
            ..Options::default()
        };
        let report = analyze(&resume, &options).expect("the resume is analyzed");
        assert_same_json(&report, &posting.display().to_string());
    }
}

#[test]
fn rule_metadata_is_written_as_serde_json_writes_it() {
    let rules = resume_analyzer::rules::all_meta();
    assert_eq!(
        to_json(&rules, false).expect("the writer writes the rules"),
        serde_json::to_string(&rules).expect("serde_json writes the rules")
    );
}
