//! The CLI end to end: output formats, exit codes, errors.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(rel: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel)
        .display()
        .to_string()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resume-analyzer"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run the CLI")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn text_report_has_score_and_findings_without_colour_when_piped() {
    let o = run(&[&fixture("resumes/weak.md")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("score "), "{out}");
    assert!(out.contains("B-DUTY-OPENER"), "{out}");
    assert!(!out.contains('\x1b'), "no ANSI codes when piped");
}

#[test]
fn json_output_is_the_library_report() {
    let path = fixture("resumes/strong-senior.md");
    let o = run(&[&path, "--format", "json", "--today", "2026-11"]);
    assert_eq!(o.status.code(), Some(0));
    let text = std::fs::read_to_string(&path).unwrap();
    let options = resume_analyzer::Options {
        today: Some(resume_analyzer::date::YearMonth {
            year: 2026,
            month: 11,
        }),
        ..Default::default()
    };
    let report = resume_analyzer::analyze(&text, &options).unwrap();
    assert!(
        stdout(&o) == resume_analyzer::render::json(&report),
        "the CLI's JSON differs from the library's report"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["schema"], 1);
}

#[test]
fn markdown_output() {
    let o = run(&[&fixture("resumes/weak.md"), "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("# Resume report: "));
}

#[test]
fn min_score_sets_exit_code() {
    let weak = fixture("resumes/weak.md");
    assert_eq!(run(&[&weak, "--min-score", "95"]).status.code(), Some(1));
    assert_eq!(run(&[&weak, "--min-score", "0"]).status.code(), Some(0));
}

#[test]
fn jd_adds_match_report() {
    let o = run(&[
        &fixture("resumes/strong-senior.md"),
        "--jd",
        &fixture("resumes/strong-senior.md"),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["match"].is_object(), "{v}");
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let dir = std::env::temp_dir().join(format!("ra-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty.txt", b"  \n", "empty"),
        ("bin.txt", b"\x00\x01\x02garbage\x00", "binary"),
        ("latin1.txt", b"caf\xe9 r\xe9sum\xe9", "UTF-8"),
        ("old.doc", b"\xD0\xCF\x11\xE0rest", ".docx"),
    ];
    for (name, bytes, expect) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let o = run(&[path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(expect), "{name}: {err}");
    }
    let o = run(&["/no/such/resume.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such file"));
    assert_eq!(run(&["--level", "guru", "x"]).status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule() {
    let o = run(&["--rules"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for id in ["B-NO-METRIC", "K-CLASS-MISSING", "F-TABLE", "J-SPELLING"] {
        assert!(out.contains(id), "--rules lacks {id}");
    }
}

#[test]
fn docx_files_are_read_with_their_layout_hazards() {
    let o = run(&[&fixture("docx/header-contact.docx"), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert!(rules.contains(&"F-HEADER-CONTACT"), "{rules:?}");
}

#[test]
fn hostile_docx_exits_2_with_one_line() {
    for name in ["zip-bomb.docx", "truncated.docx", "not-a-docx.doc"] {
        let o = run(&[&fixture(&format!("docx/{name}"))]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert_eq!(stderr(&o).lines().count(), 1, "{name}: {}", stderr(&o));
    }
}

#[test]
fn ats_view_prints_the_text_a_parser_reads_with_notes() {
    let o = run(&[&fixture("docx/header-contact.docx"), "--ats-view"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("header/footer"), "{out}");
    let plain = run(&[&fixture("resumes/weak.md"), "--ats-view"]);
    assert!(stdout(&plain).contains("Responsible for backend services"));
}

#[test]
fn pdf_files_are_read_natively_with_their_layout_hazards() {
    for (name, rule) in [
        ("pdf/sidebar.pdf", "F-TABLE"),
        ("pdf/two-pages-plus.pdf", "F-LENGTH"),
        ("pdf/image-only.pdf", "F-NO-TEXT"),
    ] {
        let o = run(&[&fixture(name), "--format", "json"]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let rules: Vec<&str> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["rule"].as_str())
            .collect();
        assert!(rules.contains(&rule), "{name}: {rules:?}");
    }
    for name in ["pdf/encrypted.pdf", "pdf/truncated.pdf"] {
        let o = run(&[&fixture(name)]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert_eq!(stderr(&o).lines().count(), 1, "{name}: {}", stderr(&o));
    }
}
