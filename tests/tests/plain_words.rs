//! What a finding says to the user is in plain words: no seed citation ("seed 003",
//! "(seeds 000, 004)", "seed 002's example") in any finding's or group's message or fix.
//!
//! The guide a rule comes from is the rule's metadata (`RuleMeta::source`), which the page shows
//! inside the finding's "Why this matters" details and the CLI prints in its own column; written
//! into the message it reads as a developer's reference to a job-seeker. This test walks every
//! resume among the fixtures (Markdown, text, LaTeX, JSON Resume, YAML, DOCX, PDF text items),
//! alone and against a job description, and every posting of the JD corpus against one resume.

use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::report::Report;
use resume_analyzer::{analyze_with_layout, InputFormat, Options};
use resume_analyzer_tests::{fixture, fixture_path};
use std::path::{Path, PathBuf};

/// The posting every resume is also analyzed against, so the J-* rules speak too.
const JD: &str = "jd/senior_backend_payments.txt";
/// The resume every posting of the JD corpus is matched with.
const JD_RESUME: &str = "jd/resume_partial.txt";

/// Whether `text` cites a seed: the word "seed" or "seeds" followed by a seed number
/// ("seed 003", "Seeds 000 and 004") or in the possessive ("seed 003's" is caught by the
/// number, "the seed's phrasing" by the apostrophe).
fn cites_seed(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    lower.match_indices("seed").any(|(at, _)| {
        let starts_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let mut rest = &lower[at + 4..];
        if let Some(r) = rest.strip_prefix('s') {
            rest = r;
        }
        let cited = rest.starts_with('\'')
            || rest.starts_with('’')
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        starts_word && cited
    })
}

/// Every fixture file a resume can be read from; postings, bullet tables, sidecars, readmes
/// and generator scripts are left out.
fn resume_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(&fixture_path(""), &mut out);
    out.retain(|p| {
        let name = p.to_string_lossy();
        let skip_dir = ["judgement", "/jd/corpus/"]
            .iter()
            .any(|d| name.contains(d));
        let file = p.file_name().and_then(|f| f.to_str()).unwrap_or("");
        let sidecar = file.ends_with(".expect.json") || file == "README.md";
        let readable = [".md", ".txt", ".tex", ".yaml", ".yml", ".json", ".docx"]
            .iter()
            .any(|ext| file.ends_with(ext));
        readable && !skip_dir && !sidecar
    });
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Text, format and layout of a fixture, the way the CLI reads it; `None` when the file is not
/// a resume the readers accept (the hostile fixtures).
fn read(path: &Path) -> Option<(String, InputFormat, LayoutFacts)> {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).ok()?;
    if name.ends_with(".items.json") {
        let pdf = resume_pdf::from_json(&String::from_utf8_lossy(&bytes)).ok()?;
        return Some((pdf.text, InputFormat::Text, pdf.layout));
    }
    if name.ends_with(".docx") {
        let docx = resume_docx::read(&bytes).ok()?;
        return Some((docx.text, InputFormat::Text, docx.layout));
    }
    let text = String::from_utf8(bytes).ok()?;
    Some((text, InputFormat::Auto, LayoutFacts::default()))
}

/// Each finding's and group's message and fix that cites a seed, named by rule and file.
fn citations(what: &str, report: &Report) -> Vec<String> {
    let findings = report.findings.iter().map(|f| (f.rule, &f.message, &f.fix));
    let groups = report.groups.iter().map(|g| (g.rule, &g.message, &g.fix));
    findings
        .chain(groups)
        .flat_map(|(rule, message, fix)| [(rule, message), (rule, fix)])
        .filter(|(_, text)| cites_seed(text))
        .map(|(rule, text)| format!("{what}: {rule}: {text}"))
        .collect()
}

#[test]
fn no_finding_cites_a_seed_in_its_message_or_fix() {
    let jd = fixture(JD);
    let mut bad = Vec::new();
    let mut reports = 0;
    for path in resume_files() {
        let Some((text, format, layout)) = read(&path) else {
            continue;
        };
        for job_description in [None, Some(jd.clone())] {
            let options = Options {
                format,
                job_description,
                ..Options::default()
            };
            let Ok(report) = analyze_with_layout(&text, &options, &layout) else {
                continue;
            };
            reports += 1;
            bad.extend(citations(&path.display().to_string(), &report));
        }
    }
    let resume = fixture(JD_RESUME);
    let corpus = fixture_path("jd/corpus");
    let mut postings: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("the JD corpus")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| !p.to_string_lossy().ends_with(".json"))
        .collect();
    postings.sort();
    for posting in postings {
        let options = Options {
            job_description: Some(std::fs::read_to_string(&posting).expect("a posting")),
            ..Options::default()
        };
        let report = analyze_with_layout(&resume, &options, &LayoutFacts::default())
            .unwrap_or_else(|e| panic!("{}: {e}", posting.display()));
        reports += 1;
        bad.extend(citations(&posting.display().to_string(), &report));
    }
    assert!(reports > 150, "only {reports} reports were checked");
    assert!(
        bad.is_empty(),
        "{} messages or fixes cite a seed (move the citation to the rule's metadata):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn a_seed_citation_is_recognised_and_ordinary_words_are_not() {
    for cited in [
        "Vary the verb (seed 002).",
        "Seeds 000 and 004 say so.",
        "past seed 003's range",
        "with the seed's phrasing",
        "(seeds 000, 004: every bullet contains a number)",
    ] {
        assert!(cites_seed(cited), "{cited}");
    }
    for plain in [
        "\"Seed-stage startup\" is vague.",
        "Seeded the database with 2M rows.",
        "Raised a seed round of $2M.",
        "linseed 003",
    ] {
        assert!(!cites_seed(plain), "{plain}");
    }
}
