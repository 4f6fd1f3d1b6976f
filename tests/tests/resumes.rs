//! Whole-resume fixtures: key findings by rule id, plus a snapshot of each report.
//!
//! The snapshots (tests/tests/snapshots/) are review lines, one per finding, bullet and keyword
//! class (`resume_analyzer_tests::review`), so a change to a rule's output shows up in review
//! as a few changed lines; one fixture, analyzed against a job description so every part of
//! the report is filled, also keeps its whole JSON report, which pins the schema
//! (`report_schema`). The assertions below say what must hold regardless.

use resume_analyzer::assess::bullets::Grade;
use resume_analyzer::report::Report;
use resume_analyzer::{analyze, InputFormat, Level, Options};
use resume_analyzer_tests::review::review_lines;
use resume_analyzer_tests::{fixture, rule_ids};

fn report_of(name: &str) -> Report {
    analyze(&fixture(&format!("resumes/{name}")), &Options::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn assert_has(report: &Report, name: &str, expected: &[&str]) {
    let ids = rule_ids(report);
    for id in expected {
        assert!(ids.contains(id), "{name}: expected {id}, got {ids:?}");
    }
}

fn assert_lacks(report: &Report, name: &str, unexpected: &[&str]) {
    let ids = rule_ids(report);
    for id in unexpected {
        assert!(
            !ids.contains(id),
            "{name}: did not expect {id}, got {ids:?}"
        );
    }
}

/// The review lines of `report`, quoting its spans from `input` (or from the text the report
/// carries when the input was converted, as a JSON Resume is).
fn snapshot(name: &str, report: &Report, input: &str) {
    let json = resume_analyzer::render::json(report);
    let value: serde_json::Value = serde_json::from_str(&json).expect("the report is JSON");
    let text = value["text"].as_str().unwrap_or(input).to_string();
    insta::assert_snapshot!(name, review_lines(&value, &text));
}

#[test]
fn strong_senior_resume_scores_high_with_no_weak_bullets() {
    let name = "strong-senior.md";
    let r = report_of(name);
    assert!(r.score.overall >= 80, "{name}: overall {}", r.score.overall);
    assert_eq!(
        r.input.level,
        Level::Senior,
        "9 years of dated roles read as senior"
    );
    assert_lacks(
        &r,
        name,
        &[
            "B-NO-METRIC",
            "B-DUTY-OPENER",
            "B-HEDGE",
            "B-FRONTEND-FRAMING",
            "F-MISSING-SECTION",
            "F-CONTACT",
            "F-HEADING",
            "F-SKILL-BARS",
            "K-GENERIC-ONLY",
            "K-COUNTER",
            "K-NO-TESTING",
            "K-NO-OBSERVABILITY",
        ],
    );
    let experience: Vec<_> = r
        .bullets
        .iter()
        .filter(|b| b.section == resume_analyzer::section_kind::SectionKind::Experience)
        .collect();
    assert_eq!(experience.len(), 8);
    for b in experience {
        assert!(
            matches!(b.grade, Some(Grade::A | Grade::B)),
            "{name}: bullet at {:?} graded {:?}",
            b.span,
            b.grade
        );
    }
    assert!(r.contact.github && r.contact.linkedin && r.contact.email && r.contact.phone);
    snapshot("strong_senior", &r, &fixture("resumes/strong-senior.md"));
}

#[test]
fn weak_resume_gets_duty_hedge_and_metric_findings() {
    let name = "weak.md";
    let r = report_of(name);
    assert!(r.score.overall < 60, "{name}: overall {}", r.score.overall);
    assert_has(
        &r,
        name,
        &[
            "B-NO-METRIC",
            "B-DUTY-OPENER",
            "B-HEDGE",
            "B-FRONTEND-FRAMING",
            "B-AVERAGE-LATENCY",
            "B-PRONOUN",
            "B-PASSIVE",
            "B-UNITLESS-SCALE",
            "K-GENERIC-ONLY",
            "K-NO-OBSERVABILITY",
            "F-SUMMARY",
            "F-CONTACT",
        ],
    );
    let weak_grades = r
        .bullets
        .iter()
        .filter(|b| matches!(b.grade, Some(Grade::C | Grade::D)))
        .count();
    assert!(
        weak_grades >= 9,
        "{name}: only {weak_grades} bullets graded C/D"
    );
    assert!(r.bullets.iter().any(|b| b.hint.is_some()));
    snapshot("weak", &r, &fixture("resumes/weak.md"));
}

#[test]
fn hazards_resume_flags_every_text_hazard() {
    let name = "hazards.md";
    let r = report_of(name);
    assert_has(
        &r,
        name,
        &[
            "F-HEADING",
            "F-SKILL-BARS",
            "F-TABLE",
            "F-GLYPHS",
            "F-SKILLS-DUMP",
            "F-SUMMARY",
            "F-CONTACT",
            "F-IDENTITY",
            "F-EXTRAS",
            "K-COUNTER",
        ],
    );
    assert!(r.sections.iter().filter(|s| s.creative).count() >= 3);
    snapshot("hazards", &r, &fixture("resumes/hazards.md"));
}

#[test]
fn json_resume_is_read_like_text() {
    let name = "json-resume.json";
    let options = Options {
        format: InputFormat::JsonResume,
        ..Options::default()
    };
    let r = analyze(&fixture(&format!("resumes/{name}")), &options).expect("json resume");
    assert_eq!(r.input.format, InputFormat::JsonResume);
    assert!(
        r.text.is_some(),
        "the analyzed text of a JSON Resume is in the report"
    );
    assert!(r.contact.github && r.contact.linkedin && r.contact.email && r.contact.phone);
    assert_has(&r, name, &["B-DUTY-OPENER"]);
    assert_eq!(r.bullets.len(), 5);
    // Sniffing finds the same format without being told.
    let sniffed = report_of(name);
    assert_eq!(sniffed, r);
    snapshot("json_resume", &r, &fixture(&format!("resumes/{name}")));
}

/// The one whole-JSON snapshot: the strong resume against a posting, so nearly every part of
/// the report (XYZ parts, the job-description match) is filled and a change to the schema or
/// to the JSON rendering shows up here. (Of the four fixtures against this posting it is the
/// smallest report, 74 KB, and leaves only the weak bullets' `hint` always null.)
#[test]
fn report_schema() {
    let options = Options {
        job_description: Some(fixture("jd/senior_backend_payments.txt")),
        ..Options::default()
    };
    let r = analyze(&fixture("resumes/strong-senior.md"), &options).expect("strong resume");
    assert!(r.job_match.is_some());
    insta::assert_snapshot!("schema", resume_analyzer::render::json(&r));
}

#[test]
fn reports_are_deterministic() {
    for name in [
        "strong-senior.md",
        "weak.md",
        "hazards.md",
        "json-resume.json",
    ] {
        let a = resume_analyzer::render::json(&report_of(name));
        let b = resume_analyzer::render::json(&report_of(name));
        assert_eq!(a, b, "{name}: two runs differ");
    }
}
