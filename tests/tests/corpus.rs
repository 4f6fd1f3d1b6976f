//! The labeled corpus (`tests/fixtures/bullets.tsv`): the seeds' own before/after bullets.
//!
//! Each bullet is analyzed alone, wrapped in a tiny resume under one Experience role, through
//! the real `analyze()`. Expectations (corpus README):
//! - every `weak` bullet (the seeds' "before" / C-grade examples) gets at least one bullet
//!   finding and grades C or D;
//! - no `strong` bullet (the seeds' "after" / A-grade examples) gets B-NO-METRIC, B-DUTY-OPENER
//!   or B-HEDGE, and each grades A or B;
//! - `ok` bullets (good framing, no figure) typically land B or C.
//!
//! The confusion table (label × grade) prints with `--nocapture`.

use resume_analyzer::{analyze, Options, Report};
use resume_analyzer_tests::fixture;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const WRAP: &str = "EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- ";
const GRADES: [&str; 4] = ["A", "B", "C", "D"];
const LABELS: [&str; 3] = ["strong", "ok", "weak"];
/// Rules a strong bullet must never get.
const NEVER_ON_STRONG: [&str; 3] = ["B-NO-METRIC", "B-DUTY-OPENER", "B-HEDGE"];

struct Row {
    label: String,
    seed: String,
    bullet: String,
}

struct Graded {
    row: Row,
    grade: &'static str,
    score: u32,
    rules: Vec<&'static str>,
    signals: Vec<&'static str>,
    hint: Option<String>,
}

fn corpus() -> Vec<Row> {
    fixture("bullets.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            let label = cols.next().unwrap_or_default().trim().to_string();
            let seed = cols.next().unwrap_or_default().trim().to_string();
            let bullet = cols.next().unwrap_or_default().trim().to_string();
            assert!(LABELS.contains(&label.as_str()), "bad label in {l:?}");
            assert!(!bullet.is_empty(), "empty bullet in {l:?}");
            Row {
                label,
                seed,
                bullet,
            }
        })
        .collect()
}

fn grade(row: Row) -> Graded {
    let text = format!("{WRAP}{}\n", row.bullet);
    let report: Report =
        analyze(&text, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", row.bullet));
    assert_eq!(
        report.bullets.len(),
        1,
        "{}: one bullet expected",
        row.bullet
    );
    let b = &report.bullets[0];
    // Every corpus line is an achievement bullet: one read as a skills line, a certification
    // or a title is not graded, and that is a reading error.
    let grade = b
        .grade
        .unwrap_or_else(|| panic!("{}: not graded (read as not a bullet)", row.bullet));
    Graded {
        grade: grade.as_str(),
        score: b.score,
        rules: b.rules.clone(),
        signals: b.signals.clone(),
        hint: b.hint.clone(),
        row,
    }
}

fn confusion_table(graded: &[Graded]) -> String {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for g in graded {
        let label = LABELS
            .iter()
            .find(|l| **l == g.row.label)
            .copied()
            .unwrap_or("?");
        *counts.entry((label, g.grade)).or_default() += 1;
    }
    let mut out = String::from("\nlabel \\ grade     A    B    C    D\n");
    for label in LABELS {
        let _ = write!(out, "{label:<14}");
        for grade in GRADES {
            let _ = write!(
                out,
                "{:>5}",
                counts.get(&(label, grade)).copied().unwrap_or(0)
            );
        }
        out.push('\n');
    }
    out
}

#[test]
fn corpus_grades_follow_the_seeds() {
    let graded: Vec<Graded> = corpus().into_iter().map(grade).collect();
    assert!(graded.len() >= 60, "corpus shrank: {}", graded.len());

    println!("{}", confusion_table(&graded));
    for g in &graded {
        println!(
            "{:<6} {} {} {:>3}  {:<70} rules={:?} signals={:?}",
            g.row.label,
            g.row.seed,
            g.grade,
            g.score,
            g.row.bullet.chars().take(70).collect::<String>(),
            g.rules,
            g.signals
        );
        if let Some(hint) = &g.hint {
            println!("       hint: {hint}");
        }
    }

    let mut failures = Vec::new();
    for g in &graded {
        let b = &g.row.bullet;
        match g.row.label.as_str() {
            "weak" => {
                if g.rules.is_empty() {
                    failures.push(format!("weak bullet with no finding: {b}"));
                }
                if !matches!(g.grade, "C" | "D") {
                    failures.push(format!("weak bullet graded {}: {b}", g.grade));
                }
                if g.hint.is_none() {
                    failures.push(format!("weak bullet without a rewrite hint: {b}"));
                }
            }
            "strong" => {
                for rule in NEVER_ON_STRONG {
                    if g.rules.contains(&rule) {
                        failures.push(format!("strong bullet got {rule}: {b}"));
                    }
                }
                if !matches!(g.grade, "A" | "B") {
                    failures.push(format!(
                        "strong bullet graded {} ({}; {:?}): {b}",
                        g.grade, g.score, g.rules
                    ));
                }
            }
            _ => {}
        }
    }
    // "ok" bullets typically land B or C: allow at most one outlier.
    let ok: Vec<&Graded> = graded.iter().filter(|g| g.row.label == "ok").collect();
    let ok_outliers: Vec<&str> = ok
        .iter()
        .filter(|g| !matches!(g.grade, "B" | "C"))
        .map(|g| g.row.bullet.as_str())
        .collect();
    if ok_outliers.len() > 1 {
        failures.push(format!("ok bullets outside B/C: {ok_outliers:#?}"));
    }
    // Strong bullets should mostly be A: the grade has to separate the seeds' examples.
    let strong: Vec<&Graded> = graded.iter().filter(|g| g.row.label == "strong").collect();
    let strong_a = strong.iter().filter(|g| g.grade == "A").count();
    if strong_a * 4 < strong.len() * 3 {
        failures.push(format!(
            "only {strong_a} of {} strong bullets grade A",
            strong.len()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn grading_is_deterministic() {
    let rows = corpus();
    for row in rows.iter().take(10) {
        let text = format!("{WRAP}{}\n", row.bullet);
        let a = serde_json::to_string(&analyze(&text, &Options::default()).unwrap()).unwrap();
        let b = serde_json::to_string(&analyze(&text, &Options::default()).unwrap()).unwrap();
        assert_eq!(a, b);
    }
}
