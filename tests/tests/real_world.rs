//! The real-world corpus (`tests/fixtures/real-world/`): resumes written the way people write
//! them (LaTeX templates, RenderCV/YAMLResume YAML, JSON Resume exports, Markdown, plain text,
//! HTML) and the PDFs/DOCX real tools made from them, each with an `<id>.expect.json` sidecar
//! (see the corpus README).
//!
//! Per reading path (the source's format, `pdf` for PDF.js text items, `docx`) it prints:
//! - **recall**: expected accomplishment bullets the analyzer judged;
//! - **precision**: judged bullets that are expected bullets (a skills line, an interest or a
//!   title line graded as a bullet is a miss);
//! - **level**: inferred level equals the sidecar's (resumes whose dates cannot be read are
//!   counted apart: the analyzer must not claim a level for them);
//! - **parity**: the same resume read from its source and from its PDF/DOCX gives the same
//!   bullets and level (HTML sources are only printed to PDF: their PDF is read, not the markup).
//!
//! The targets are recall 98%, precision 97%, level 90%, parity 95%; the test fails when
//! any reading path, or the whole corpus, falls under one of them. Run with `--nocapture` to see
//! the table per reading path and every miss.

use resume_analyzer::date::YearMonth;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{analyze_with_layout, InputFormat, Options, Report};
use resume_analyzer_tests::{fixture_path, sidecars};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// "Present" in the sidecars.
const TODAY: YearMonth = YearMonth {
    year: 2026,
    month: 12,
};

/// The targets, in percent: recall, precision, level, parity.
const TARGETS: Figures = Figures {
    recall: 98.0,
    precision: 97.0,
    level: 90.0,
    parity: 95.0,
};

#[derive(Debug, Clone, Copy)]
struct Figures {
    recall: f64,
    precision: f64,
    level: f64,
    parity: f64,
}

/// One sidecar and the files it describes.
struct Case {
    id: String,
    expect: Value,
    /// `(reading path, file)`: the source first, then PDF items and DOCX made from it.
    files: Vec<(String, PathBuf)>,
}

/// What one reading of one file gave.
struct Reading {
    /// Signatures of the judged bullets.
    bullets: Vec<String>,
    level: String,
    /// Whether the analyzer inferred a level from dates it read.
    level_inferred: bool,
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    judged: usize,
    judged_expected: usize,
    level_total: usize,
    level_right: usize,
    undated: usize,
    parity_total: usize,
    parity_same: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.expected += other.expected;
        self.found += other.found;
        self.judged += other.judged;
        self.judged_expected += other.judged_expected;
        self.level_total += other.level_total;
        self.level_right += other.level_right;
        self.undated += other.undated;
        self.parity_total += other.parity_total;
        self.parity_same += other.parity_same;
    }

    fn figures(&self) -> Figures {
        Figures {
            recall: percent(self.found, self.expected),
            precision: percent(self.judged_expected, self.judged),
            level: percent(self.level_right, self.level_total),
            parity: percent(self.parity_same, self.parity_total),
        }
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

fn corpus_dir() -> PathBuf {
    fixture_path("real-world")
}

fn cases() -> Vec<Case> {
    let dir = corpus_dir();
    let sidecars = sidecars("real-world");
    sidecars
        .into_iter()
        .map(|sidecar| {
            let name = sidecar
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let id = name.trim_end_matches(".expect.json").to_string();
            let expect: Value = serde_json::from_str(
                &std::fs::read_to_string(&sidecar)
                    .unwrap_or_else(|e| panic!("{}: {e}", sidecar.display())),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", sidecar.display()));
            let source = expect["source"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: no source"));
            let format = expect["format"].as_str().unwrap_or("text").to_string();
            let mut files = vec![(format, dir.join(source))];
            for (path, ext) in [("pdf", "items.json"), ("docx", "docx")] {
                let derived = dir.join(format!("{id}.{ext}"));
                if derived.exists() {
                    files.push((path.to_string(), derived));
                }
            }
            Case { id, expect, files }
        })
        .collect()
}

/// Text, format and layout facts of a corpus file, the way the CLI and the page read it.
fn read_file(path: &Path) -> (String, InputFormat, LayoutFacts) {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    if name.ends_with(".items.json") {
        let json = String::from_utf8_lossy(&bytes);
        let pdf = resume_pdf::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        return (pdf.text, InputFormat::Text, pdf.layout);
    }
    if name.ends_with(".docx") {
        let docx = resume_docx::read(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        return (docx.text, InputFormat::Text, docx.layout);
    }
    let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("json") => InputFormat::JsonResume,
        Some("tex") => InputFormat::Latex,
        _ => InputFormat::Auto,
    };
    (text, format, LayoutFacts::default())
}

fn analyze_file(path: &Path) -> Report {
    let (text, format, layout) = read_file(path);
    let options = Options {
        format,
        today: Some(TODAY),
        ..Options::default()
    };
    analyze_with_layout(&text, &options, &layout)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a bullet is compared by: its letters and digits, lowercased, so markers, quotes,
/// dashes, ligature splits and whitespace from a PDF do not matter.
fn signature(text: &str) -> String {
    let text = text
        .replace("\\%", "%")
        .replace('ﬁ', "fi")
        .replace('ﬂ', "fl")
        .replace('ﬀ', "ff")
        .replace('ﬃ', "ffi")
        .replace('\u{ad}', "");
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two bullet signatures are the same bullet: equal, or one holds the other and they
/// differ by little (a date or a stray marker glued on by a reader).
fn same_bullet(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.contains(short) && short.len() * 100 >= long.len() * 90
}

fn reading(report: &Report, path: &Path) -> Reading {
    let fallback = std::fs::read_to_string(path).unwrap_or_default();
    let text = report.text.as_deref().unwrap_or(&fallback);
    let bullets = report
        .bullets
        .iter()
        .filter(|b| b.judged)
        .filter_map(|b| text.get(b.span.start..b.span.end))
        .map(signature)
        .collect();
    Reading {
        bullets,
        level: report.input.level.as_str().to_string(),
        level_inferred: report.input.level_inferred,
    }
}

fn expected_bullets(expect: &Value) -> Vec<(String, String)> {
    expect["bullets"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|s| (s.to_string(), signature(s)))
                .collect()
        })
        .unwrap_or_default()
}

fn score_reading(case: &Case, path_kind: &str, got: &Reading, tally: &mut Tally) {
    let expected = expected_bullets(&case.expect);
    tally.expected += expected.len();
    for (text, sig) in &expected {
        if got.bullets.iter().any(|b| same_bullet(b, sig)) {
            tally.found += 1;
        } else {
            tally
                .misses
                .push(format!("{} [{path_kind}] missed: {text}", case.id));
        }
    }
    tally.judged += got.bullets.len();
    for b in &got.bullets {
        if expected.iter().any(|(_, sig)| same_bullet(b, sig)) {
            tally.judged_expected += 1;
        } else {
            let short: String = b.chars().take(70).collect();
            tally
                .misses
                .push(format!("{} [{path_kind}] not a bullet: {short}", case.id));
        }
    }
    match case.expect["level"].as_str() {
        Some(level) => {
            tally.level_total += 1;
            if got.level == level && got.level_inferred {
                tally.level_right += 1;
            } else {
                tally.misses.push(format!(
                    "{} [{path_kind}] level {} (inferred: {}), expected {level}",
                    case.id, got.level, got.level_inferred
                ));
            }
        }
        None => tally.undated += 1,
    }
}

/// Same bullets and level from the source and from a PDF/DOCX made from it.
fn score_parity(case: &Case, kind: &str, source: &Reading, derived: &Reading, tally: &mut Tally) {
    let union = source.bullets.len().max(derived.bullets.len());
    let shared = source
        .bullets
        .iter()
        .filter(|s| derived.bullets.iter().any(|d| same_bullet(s, d)))
        .count();
    tally.parity_total += union + 1;
    tally.parity_same += shared + usize::from(source.level == derived.level);
    if shared < union || source.level != derived.level {
        tally.misses.push(format!(
            "{} [{kind}] parity: {shared} of {union} bullets shared, level {} vs {}",
            case.id, source.level, derived.level
        ));
    }
}

#[test]
fn real_world_corpus_reading_figures() {
    let cases = cases();
    if cases.is_empty() {
        panic!("no sidecars in {}", corpus_dir().display());
    }
    let mut by_path: BTreeMap<String, Tally> = BTreeMap::new();
    for case in &cases {
        let mut source_reading = None;
        for (i, (kind, path)) in case.files.iter().enumerate() {
            if kind == "html" {
                // An HTML resume is here to be printed to PDF by a browser; people paste or open
                // the PDF, not the markup, so only its PDF is read.
                continue;
            }
            let report = analyze_file(path);
            let got = reading(&report, path);
            let tally = by_path.entry(kind.clone()).or_default();
            score_reading(case, kind, &got, tally);
            if i == 0 {
                source_reading = Some(got);
            } else if let Some(source) = &source_reading {
                score_parity(case, kind, source, &got, tally);
            }
        }
    }
    let mut table = String::new();
    let _ = writeln!(
        table,
        "{:<10} {:>5} {:>8} {:>10} {:>8} {:>8} {:>8}",
        "path", "files", "recall", "precision", "level", "undated", "parity"
    );
    let mut total = Tally::default();
    for (kind, tally) in &by_path {
        total.add(tally);
        let f = tally.figures();
        let _ = writeln!(
            table,
            "{kind:<10} {:>5} {:>7.1}% {:>9.1}% {:>7.1}% {:>8} {:>7.1}%",
            tally.level_total + tally.undated,
            f.recall,
            f.precision,
            f.level,
            tally.undated,
            f.parity
        );
    }
    let f = total.figures();
    let _ = writeln!(
        table,
        "{:<10} {:>5} {:>7.1}% {:>9.1}% {:>7.1}% {:>8} {:>7.1}%",
        "all",
        total.level_total + total.undated,
        f.recall,
        f.precision,
        f.level,
        total.undated,
        f.parity
    );
    let _ = writeln!(
        table,
        "targets          {:>7.1}% {:>9.1}% {:>7.1}%          {:>7.1}%",
        TARGETS.recall, TARGETS.precision, TARGETS.level, TARGETS.parity
    );
    println!("{table}");
    for tally in by_path.values() {
        for miss in &tally.misses {
            println!("  {miss}");
        }
    }
    // Every reading path meets the targets on its own: a corpus average would let a weak
    // reader (PDF was at 96.8% recall) hide behind the exact ones.
    let below: Vec<String> = by_path
        .iter()
        .map(|(kind, tally)| (kind.as_str(), tally.figures()))
        .chain([("all", f)])
        .flat_map(|(kind, f)| under_targets(kind, f))
        .collect();
    assert!(below.is_empty(), "{}\n{table}", below.join("; "));
}

/// The figures of one reading path that fall under the targets, named.
fn under_targets(kind: &str, f: Figures) -> Vec<String> {
    [
        ("recall", f.recall, TARGETS.recall),
        ("precision", f.precision, TARGETS.precision),
        ("level", f.level, TARGETS.level),
        ("parity", f.parity, TARGETS.parity),
    ]
    .into_iter()
    .filter(|(_, got, target)| got + 1e-9 < *target)
    .map(|(name, got, target)| format!("{kind}: {name} {got:.1}% < target {target:.1}%"))
    .collect()
}

#[test]
fn sidecars_are_well_formed() {
    for case in cases() {
        let e = &case.expect;
        for key in ["source", "format", "quality", "bullets", "sections"] {
            assert!(!e[key].is_null(), "{}: no `{key}`", case.id);
        }
        assert!(
            case.files.first().is_some_and(|(_, p)| p.exists()),
            "{}: source file missing",
            case.id
        );
        assert!(
            matches!(e["quality"].as_str(), Some("weak" | "typical" | "strong")),
            "{}: quality",
            case.id
        );
        assert!(
            e["level"].is_null()
                || matches!(
                    e["level"].as_str(),
                    Some("entry" | "mid" | "senior" | "staff")
                ),
            "{}: level",
            case.id
        );
    }
}

#[test]
fn a_path_under_one_target_is_named() {
    let last_session_pdf = Figures {
        recall: 96.8,
        precision: 98.7,
        level: 96.0,
        parity: 95.7,
    };
    assert_eq!(
        under_targets("pdf", last_session_pdf),
        ["pdf: recall 96.8% < target 98.0%"]
    );
    assert!(under_targets("all", TARGETS).is_empty());
}
