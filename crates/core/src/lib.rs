//! Backend-resume analysis: weak bullets, Tier-1 keywords, ATS formatting hazards and JD match.
//!
//! The crate is `no_std` + `alloc` so the exact same code runs natively (CLI, benches) and in
//! WebAssembly (the page). It does no I/O: callers hand it text (and, for files, layout facts)
//! and get back a [`Report`] value.
//!
//! Data flows one way (see `ARCHITECTURE.md`):
//! text → [`input`] readers → [`document::Document`] → [`analysis`] ([`rules`] and the
//! [`assess`]ments) → [`report::Report`].
#![no_std]
// Tests may sort with the standard library; the shipped code sorts through `sort` (clippy.toml).
#![cfg_attr(test, allow(clippy::disallowed_methods))]

extern crate alloc;

pub mod analysis;
pub mod assess;
pub mod date;
pub mod document;
pub mod error;
pub mod finding;
pub mod input;
pub mod jd;
pub mod layout;
pub mod limits;
pub mod options;
pub mod phrases;
pub mod place;
pub mod render;
pub mod report;
pub mod rules;
pub mod section_kind;
pub mod sort;
pub mod span;
pub mod summary;
pub mod taxonomy;
pub mod text;

pub use document::Document;
pub use error::{AnalyzeError, ErrorKind};
pub use finding::{Category, Finding, RuleMeta, Severity};
pub use limits::{MAX_INPUT_BYTES, MAX_INPUT_LINES, MAX_JD_BYTES};
pub use options::{InputFormat, Level, Options};
pub use report::Report;
pub use span::Span;

/// Analyze a resume and return its full report.
///
/// `text` is whatever the user gave us: plain text, Markdown, a JSON Resume document or LaTeX
/// source (see [`Options::format`]; `Auto` sniffs it). Errors are values with a message a user
/// can act on; this function never panics on input.
pub fn analyze(text: &str, options: &Options) -> Result<Report, AnalyzeError> {
    analyze_with_layout(text, options, &layout::LayoutFacts::default())
}

/// Like [`analyze`], with layout facts a file reader found (DOCX tables, PDF columns, …).
pub fn analyze_with_layout(
    text: &str,
    options: &Options,
    layout: &layout::LayoutFacts,
) -> Result<Report, AnalyzeError> {
    let source = input::read(text, options.format)?;
    let jd = match options.job_description.as_deref() {
        Some(posting) => read_job_description(posting)?,
        None => None,
    };
    Ok(analyze_read(&source, options, layout, jd.as_ref()))
}

/// Read a pasted job description: `None` when it is blank, an error when it is past the
/// limits. The page does this once per posting, in its own module (see [`jd::wire`]).
pub fn read_job_description(posting: &str) -> Result<Option<jd::JobDescription>, AnalyzeError> {
    if posting.trim().is_empty() {
        return Ok(None);
    }
    // Refused, not analysed slowly: a posting is a few KB and a few dozen lines.
    let lines = posting.lines().count();
    if posting.len() > MAX_JD_BYTES || lines > MAX_INPUT_LINES {
        return Err(AnalyzeError::new(
            ErrorKind::TooLarge,
            alloc::format!(
                "The job description is {} KB in {lines} lines; a posting is a few KB and this analyzer accepts up to {} KB and {MAX_INPUT_LINES} lines.",
                posting.len() / 1024,
                MAX_JD_BYTES / 1024
            ),
        ));
    }
    Ok(Some(jd::JobDescription::parse(posting)))
}

/// The analysis of a resume already read ([`input::read`]) against a posting already read
/// ([`read_job_description`], or [`jd::wire::decode`] of what the page's posting module
/// read); `options.job_description` is not looked at. [`analyze_with_layout`] is this after
/// reading both.
pub fn analyze_read(
    source: &input::Source,
    options: &Options,
    layout: &layout::LayoutFacts,
    jd: Option<&jd::JobDescription>,
) -> Report {
    let doc = Document::build(source, options, layout);
    let analysis = analysis::run(&doc, jd);
    report::build(&doc, source, analysis, jd)
}
