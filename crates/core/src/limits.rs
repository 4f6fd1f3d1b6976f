//! The input limits: how much text the analyzer reads at all. At the bottom of the core because
//! the readers that enforce them (`input`, `jd`) sit below the crate root that exports them.

/// Largest input the analyzer accepts, in bytes. Resumes are a few KB; anything past this is
/// not a resume, and refusing it keeps a tab responsive instead of analysing megabytes slowly.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// Most lines the analyzer accepts, in the input and in what a reader renders from it (a
/// JSON Resume of one line can hold 100,000 highlights). Resumes have 50–300 lines, long
/// academic CVs a few thousand. Bytes alone do not bound the work or the report: 2 MB of
/// "- x" lines is 500,000 bullets, several seconds of analysis and a 1 GB report that would
/// take the tab down (found by the hostile corpus, tests/hostile/README.md).
pub const MAX_INPUT_LINES: usize = 10_000;

/// Largest job description accepted, in bytes (and at most [`MAX_INPUT_LINES`] lines).
/// Postings are 2–15 KB; a 2 MB paste took ~1 s to read and put ~100,000 "missing" words in
/// the report (tests/hostile/README.md).
pub const MAX_JD_BYTES: usize = 128 * 1024;
