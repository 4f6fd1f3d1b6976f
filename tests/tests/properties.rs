//! Property tests (proptest) for what must hold for *every* input, not just the fixtures:
//!
//! - every span in a report lies inside the analyzed text, on UTF-8 boundaries;
//! - every UTF-16 offset is its byte offset counted in UTF-16 code units;
//! - the report is deterministic (same input, same options → byte-identical JSON);
//! - analysing `a + b` never panics, for any `a` and `b` (and neither does `a` alone).
//!
//! Inputs are drawn two ways: resume-shaped text assembled from fragments that exercise the
//! readers and rules (headings, bullets, role lines, contact details, metrics, LaTeX and JSON
//! bits, emoji, RTL and zero-width characters, CRLF), and arbitrary Unicode strings. The
//! invariant check is `invariants/mod.rs`, the same file the fuzz targets use.

mod invariants;

use proptest::prelude::*;
use resume_analyzer::date::YearMonth;
use resume_analyzer::span::{Span, Utf16Index};
use resume_analyzer::{analyze, InputFormat, Level, Options};

/// Pieces of resumes and of things pasted as resumes.
const FRAGMENTS: &[&str] = &[
    "Jordan Rivera",
    "jordan.rivera@example.com",
    "(555) 010-2030",
    "linkedin.com/in/jrivera",
    "github.com/jrivera",
    "Austin, TX",
    "EXPERIENCE",
    "## Experience",
    "Work History",
    "SKILLS",
    "Skills: Go, Python, Kafka, PostgreSQL, Kubernetes, C#, .NET, CI/CD",
    "EDUCATION",
    "Projects",
    "Summary",
    "Senior Backend Engineer — Northwind | Jan 2021 – Present",
    "Backend Engineer, Copperline (2017 - 2020)",
    "- Cut p99 latency from 900ms to 120ms with a Redis cache.",
    "- Responsible for APIs.",
    "• Built a Kafka pipeline delivering 40M events/day exactly once",
    "* Helped with database stuff",
    "1. Migrated 11 services to Kubernetes, cutting deploys from 30 to 5 minutes",
    "- Improved throughput by 300% and reduced costs by $2M/year",
    "Adjacent: React, Tailwind",
    "\\section{Experience}",
    "\\item Built Go services",
    "\\textbf{",
    "}",
    "\\begin{itemize}",
    "\\end{itemize}",
    "{\"basics\": {\"name\": \"A\"}}",
    "{\"work\": [{\"highlights\": [\"Built Go at 30k RPS\"]}]}",
    "[",
    "]",
    "{",
    "\"",
    "😀",
    "👩🏽‍💻",
    "🇺🇸",
    "漢字",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\u{1b}[31m",
    "é",
    "\r",
    "\t",
    "  ",
    "---",
    "|",
    "<script>alert(1)</script>",
];

const SEPARATORS: &[&str] = &["\n", "\n", "\n", " ", "\r\n", "", "\n\n", ", "];

fn resume_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(FRAGMENTS),
            prop::sample::select(SEPARATORS),
        ),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(fragment, separator)| [fragment, separator])
            .collect()
    })
}

/// Resume-shaped text most of the time, arbitrary Unicode otherwise.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => resume_like(),
        1 => any::<String>(),
        1 => "[ -~\n]{0,400}",
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop::sample::select(vec![
            InputFormat::Auto,
            InputFormat::Text,
            InputFormat::JsonResume,
            InputFormat::Latex,
        ]),
        prop::option::of(prop::sample::select(Level::ALL.to_vec())),
        prop::option::of(resume_like()),
        prop::option::of((any::<u16>(), any::<u8>())),
    )
        .prop_map(|(format, level, jd, today)| Options {
            level,
            job_description: jd,
            format,
            today: today.map(|(year, month)| YearMonth { year, month }),
        })
}

/// Analyze and check every invariant; refusals are fine (their messages are one line).
fn check(text: &str, options: &Options) -> Result<(), TestCaseError> {
    match analyze(text, options) {
        Ok(report) => {
            if let Err(broken) = invariants::check(text, &report) {
                return Err(TestCaseError::fail(broken));
            }
        }
        Err(e) => {
            prop_assert!(!e.message.is_empty());
            prop_assert!(!e.message.contains('\n'), "{}", e.message);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    /// Spans inside the text, on boundaries; UTF-16 twins that agree.
    #[test]
    fn spans_are_on_boundaries_and_utf16_agrees(text in any_text(), options in options()) {
        check(&text, &options)?;
    }

    /// Same input, same options: the same report, byte for byte (no clock, no hash order).
    #[test]
    fn the_report_is_deterministic(text in resume_like(), options in options()) {
        let first = analyze(&text, &options).map(|r| resume_analyzer::render::json(&r));
        // A fresh copy of the text (another allocation) and of the options.
        let again = analyze(&text.clone(), &options.clone()).map(|r| resume_analyzer::render::json(&r));
        prop_assert_eq!(first, again);
    }

    /// `a + b` never panics, whatever `a` and `b` are, and keeps the invariants.
    #[test]
    fn analysing_a_plus_b_never_panics(a in any_text(), b in any_text(), options in options()) {
        check(&a, &options)?;
        check(&b, &options)?;
        check(&(a.clone() + &b), &options)?;
        check(&(b + &a), &options)?;
    }

    /// `Span::slice` never panics and agrees with `str::get`.
    #[test]
    fn span_slice_never_panics(text in any_text(), start in 0usize..600, len in 0usize..600) {
        let span = Span::new(start, start.saturating_add(len));
        let slice = span.slice(&text);
        prop_assert_eq!(slice, text.get(span.start..span.end).unwrap_or(""));
        // A span past the end or off a boundary gives "" rather than a panic.
        let reversed = Span::new(start.saturating_add(len), start);
        prop_assert_eq!(reversed.slice(&text), text.get(reversed.start..reversed.end).unwrap_or(""));
    }

    /// The report's UTF-16 converter agrees with counting `encode_utf16` at every boundary.
    #[test]
    fn utf16_offsets_agree_with_byte_offsets(text in any_text()) {
        let index = Utf16Index::new(&text);
        for (at, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let want = text[..at].encode_utf16().count();
            prop_assert_eq!(index.utf16(at), want, "at byte {}", at);
        }
    }
}

/// The checker itself: a report with a span off a boundary, past the end, or with a UTF-16
/// twin that disagrees, is caught (so a passing property means something).
#[test]
fn the_invariant_check_catches_broken_spans() {
    let text = "Jordan 😀 Rivera\nEXPERIENCE\n- Cut p99 latency from 900ms to 120ms with Redis.\n";
    let report = analyze(text, &Options::default()).expect("report");
    assert_eq!(invariants::check(text, &report), Ok(()));
    assert!(!report.bullets.is_empty());

    let mut broken = report.clone();
    broken.bullets[0].span = Span::new(8, 9); // inside the emoji
    assert!(invariants::check(text, &broken).is_err());

    let mut broken = report.clone();
    broken.bullets[0].span.end = text.len() + 1;
    assert!(invariants::check(text, &broken).is_err());

    let mut broken = report.clone();
    broken.bullets[0].utf16 = broken.bullets[0].span; // bytes, not UTF-16 units
    assert!(invariants::check(text, &broken).is_err());

    let mut broken = report;
    broken.input.bytes += 1;
    assert!(invariants::check(text, &broken).is_err());
}
