//! What the fuzz targets share: decoding fuzz bytes into text and options, the report
//! invariants (the same file the native tests use), and the slow-input recorder.
//!
//! A fuzz target panics (and libFuzzer keeps the input in `fuzz/artifacts/<target>/`) when the
//! code under test panics, when a report breaks an invariant, or when one run takes longer
//! than `-timeout`. Runs over [`SLOW`] are not crashes (timing on a shared machine is noisy);
//! they are written to `fuzz/slow/<target>/` to be re-timed and, if real, fixed like a crash.

use resume_analyzer::date::YearMonth;
use resume_analyzer::{InputFormat, Level, Options, Report};
use std::borrow::Cow;
use std::time::{Duration, Instant};

#[path = "../../tests/tests/invariants/mod.rs"]
pub mod invariants;

/// The bound: any input taking longer than this is a bug.
pub const SLOW: Duration = Duration::from_millis(100);

/// Fuzz bytes as text: valid UTF-8 as is, anything else through the lossy decoder (which is
/// what a page's `TextDecoder` does with a file that is not UTF-8).
pub fn text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Options from one byte: bits 0-1 the format, bits 2-4 the level (0 = inferred), bits 5-7
/// the caller's "today" (none, a real month, and the absurd values a caller could pass).
pub fn options(flags: u8, format_override: Option<InputFormat>) -> Options {
    let format = format_override.unwrap_or(match flags & 3 {
        0 => InputFormat::Auto,
        1 => InputFormat::Text,
        2 => InputFormat::JsonResume,
        _ => InputFormat::Latex,
    });
    let level = match (flags >> 2) & 7 {
        1 => Some(Level::Entry),
        2 => Some(Level::Mid),
        3 => Some(Level::Senior),
        4 => Some(Level::Staff),
        _ => None,
    };
    let today = match flags >> 5 {
        1 => Some((2026, 11)),
        2 => Some((0, 0)),
        3 => Some((u16::MAX, u8::MAX)),
        4 => Some((1900, 1)),
        5 => Some((2024, 13)),
        6 => Some((2000, 0)),
        7 => Some((9999, 12)),
        _ => None,
    }
    .map(|(year, month)| YearMonth { year, month });
    Options {
        level,
        job_description: None,
        format,
        today,
        ..Options::default()
    }
}

/// The separator between a resume and a job description in one fuzz input.
pub const JD_SEPARATOR: &str = "\n=====JD=====\n";

/// Split `resume JD_SEPARATOR jd` (no separator: no JD).
pub fn split_jd(text: &str) -> (&str, Option<&str>) {
    match text.split_once(JD_SEPARATOR) {
        Some((resume, jd)) => (resume, Some(jd)),
        None => (text, None),
    }
}

/// Panic (so libFuzzer keeps the input) if the report breaks an invariant.
pub fn assert_invariants(input: &str, report: &Report) {
    if let Err(broken) = invariants::check(input, report) {
        panic!("report invariant broken: {broken}");
    }
}

/// Run `f`, and if it took longer than [`SLOW`] twice more: when even the fastest of the
/// three runs is over [`SLOW`] (so not a scheduling hiccup on a shared machine), save `data`
/// to `fuzz/slow/<target>/` to be fixed like a crash (re-time one with
/// `cargo fuzz run <target> <file>`).
pub fn timed<T>(target: &str, data: &[u8], f: impl Fn() -> T) -> T {
    if replaying() {
        return f();
    }
    let started = Instant::now();
    let out = f();
    let mut fastest = started.elapsed();
    if fastest > SLOW {
        for _ in 0..2 {
            let again = Instant::now();
            let _ = f();
            fastest = fastest.min(again.elapsed());
        }
    }
    if fastest > SLOW {
        let dir = format!("{}/slow/{target}", env!("CARGO_MANIFEST_DIR"));
        let _ = std::fs::create_dir_all(&dir);
        let name = format!("{dir}/slow-{:016x}", fnv(data));
        if std::fs::write(&name, data).is_ok() {
            eprintln!(
                "SLOW UNIT: {} ms (fastest of 3), {} bytes -> {name}",
                fastest.as_millis(),
                data.len()
            );
        }
    }
    out
}

/// Whether `fuzz/retime.sh` is replaying a slow unit under callgrind (`FUZZ_REPLAY` set): one
/// run of each timed part, nothing recorded, so the instructions counted are one run's.
fn replaying() -> bool {
    static REPLAY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *REPLAY.get_or_init(|| std::env::var_os("FUZZ_REPLAY").is_some())
}

/// FNV-1a: a stable file name for a slow input.
fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Analyze `text` with `options` (timed) and check the report (not timed: the invariant
/// walk over a large report costs more than the analysis) or accept a refusal.
pub fn analyze_and_check(target: &str, data: &[u8], text: &str, options: &Options) {
    if let Ok(report) = timed(target, data, || resume_analyzer::analyze(text, options)) {
        assert_invariants(text, &report);
    }
}

/// A file reader's output (its text and layout facts) through the analysis, timed as one
/// unit, then the report checked: the `docx`, `docx_structured`, `pdf_json` and `pdf_items`
/// targets. A refused file is a valid outcome, not a failure.
pub fn read_analyze_and_check<E>(
    target: &str,
    data: &[u8],
    read: impl Fn() -> Result<(String, resume_analyzer::layout::LayoutFacts), E>,
) {
    let out = timed(target, data, || {
        read().map(|(text, layout)| {
            let report = resume_analyzer::analyze_with_layout(&text, &Options::default(), &layout);
            (text, report)
        })
    });
    if let Ok((text, Ok(report))) = out {
        assert_invariants(&text, &report);
    }
}
