//! The hostile corpus (`tests/hostile/`, see its README): every item through the analyzer and
//! the file readers, each with the behaviour it expects: a refusal of the named kind with a
//! one-line message, or a report that keeps every invariant (spans inside the text and on
//! character boundaries, UTF-16 twins that agree) and stays bounded in size.
//!
//! No test here times anything: a hang is caught by the test harness's timeout (and by the
//! fuzzers' `-timeout`), slowness by the benchmarks and the fuzzers' slow-unit check.

mod invariants;

use resume_analyzer::{analyze, analyze_with_layout, ErrorKind, InputFormat, Options, Report};
use resume_docx::DocxErrorKind;
use resume_pdf::PdfErrorKind;
use std::path::PathBuf;

fn hostile_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("hostile")
        .join(name)
}

fn bytes(name: &str) -> Vec<u8> {
    let path = hostile_path(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A hostile file as text the way the page reads it (`TextDecoder`: invalid UTF-8 → U+FFFD).
fn text(name: &str) -> String {
    String::from_utf8_lossy(&bytes(name)).into_owned()
}

fn fixture_bytes(rel: &str) -> Vec<u8> {
    std::fs::read(resume_analyzer_tests::fixture_path(rel)).expect("fixture")
}

fn with_format(format: InputFormat) -> Options {
    Options {
        format,
        ..Options::default()
    }
}

/// A successful report that keeps the invariants and stays bounded: its JSON is at most a
/// fixed multiple of the analyzed text plus a constant (no finding or bullet is emitted per
/// character pair, nothing grows quadratically).
fn report_ok(input: &str, options: &Options) -> Report {
    let report = analyze(input, options).unwrap_or_else(|e| panic!("refused: {e:?}"));
    bounded(input, &report);
    report
}

fn bounded(input: &str, report: &Report) {
    if let Err(broken) = invariants::check(input, report) {
        panic!("invariant broken: {broken}");
    }
    let text = invariants::analyzed_text(input, report);
    let lines = report.input.lines;
    assert!(lines <= resume_analyzer::MAX_INPUT_LINES);
    // Linear in the text: a constant per byte and per line (a line can be one bullet with a
    // few findings, ~2 KB of JSON), never a product of the two.
    let json = resume_analyzer::render::json(report);
    assert!(
        json.len() <= 64 * text.len() + 4096 * lines + 256 * 1024,
        "report JSON is {} bytes for {} bytes, {lines} lines of text",
        json.len(),
        text.len()
    );
    assert!(report.findings.len() <= 8 * lines + 64);
}

/// A refusal of `kind` whose message is one line a user can read.
fn refused(input: &str, options: &Options, kind: ErrorKind) -> String {
    let error = analyze(input, options).err().unwrap_or_else(|| {
        panic!(
            "accepted: {:?}",
            &input.get(..input.len().min(60)).unwrap_or("")
        )
    });
    assert_eq!(error.kind, kind, "{}", error.message);
    one_line(&error.message);
    error.message
}

fn one_line(message: &str) {
    assert!(!message.is_empty());
    assert!(
        !message.contains(['\n', '\r']),
        "message spans lines: {message:?}"
    );
    assert!(message.len() < 400, "message too long: {message}");
}

// --- empty and whitespace -------------------------------------------------------------------

#[test]
fn empty_and_whitespace_only_text_is_empty() {
    for name in ["empty.txt", "whitespace-only.txt"] {
        for format in [
            InputFormat::Auto,
            InputFormat::Text,
            InputFormat::JsonResume,
            InputFormat::Latex,
        ] {
            let message = refused(&text(name), &with_format(format), ErrorKind::Empty);
            assert!(message.contains("empty"), "{message}");
        }
    }
}

#[test]
fn invisible_characters_only_give_a_bounded_report() {
    // Zero-width characters are not whitespace; the text has nothing to grade, and says so
    // through the report (no sections, no bullets) rather than failing.
    let t = text("zero-width-only.txt");
    let report = report_ok(&t, &Options::default());
    assert!(report.bullets.is_empty());
}

// --- size -----------------------------------------------------------------------------------

/// A 10 MB single line: refused before any analysis, with the sizes in the message.
#[test]
fn a_ten_megabyte_line_is_too_large() {
    let line =
        "Built Go services on Kubernetes with Kafka at 30k RPS; ".repeat(10 * 1024 * 1024 / 55);
    assert!(line.len() > 10_000_000);
    let message = refused(&line, &Options::default(), ErrorKind::TooLarge);
    assert!(message.contains("2048 KB"), "{message}");
    // Every format refuses it the same way, before reading it.
    for format in [InputFormat::JsonResume, InputFormat::Latex] {
        refused(&line, &with_format(format), ErrorKind::TooLarge);
    }
}

/// Just under the limit, one line with no newline at all: analysed, bounded.
#[test]
fn a_line_just_under_the_limit_is_analysed() {
    let unit = "Built Go services on Kubernetes with Kafka at 30k RPS; ";
    let line = unit.repeat((resume_analyzer::MAX_INPUT_BYTES - 1) / unit.len());
    assert!(line.len() < resume_analyzer::MAX_INPUT_BYTES);
    let report = report_ok(&line, &Options::default());
    assert_eq!(report.input.lines, 1);
}

/// 100,000 lines (~600 KB, well under the byte limit): refused by the line limit, since
/// 100,000 one-line bullets would be seconds of work and a report of hundreds of MB.
#[test]
fn a_hundred_thousand_lines_are_too_large() {
    let text = "- x\n".repeat(100_000);
    let message = refused(&text, &Options::default(), ErrorKind::TooLarge);
    assert!(message.contains("100000 lines"), "{message}");
    assert!(message.contains("10000"), "{message}");
    // A JSON Resume of one line whose highlights render to 100,000 lines: the same.
    let json = format!(
        "{{\"work\": [{{\"highlights\": [{}]}}]}}",
        vec!["\"x\""; 100_000].join(",")
    );
    assert_eq!(json.lines().count(), 1);
    let message = refused(&json, &Options::default(), ErrorKind::TooLarge);
    assert!(message.contains("lines"), "{message}");
}

/// At the line limit, the worst shape (one short bullet a line, three findings each): a
/// report, bounded.
#[test]
fn ten_thousand_short_bullets_give_a_bounded_report() {
    let text = format!(
        "EXPERIENCE\n{}",
        "- x\n".repeat(resume_analyzer::MAX_INPUT_LINES - 1)
    );
    let report = report_ok(&text, &Options::default());
    assert_eq!(report.bullets.len(), resume_analyzer::MAX_INPUT_LINES - 1);
}

/// A job description past its limits (128 KB, or 10,000 lines) is refused by name; one at the
/// limit is read.
#[test]
fn oversized_job_descriptions_are_refused() {
    let resume = text("html-injection.md");
    let posting = "Senior Backend Engineer\nRequirements\n- Go, Kafka, PostgreSQL, Kubernetes\n";
    for (jd, what) in [
        (
            posting.repeat(resume_analyzer::MAX_JD_BYTES / posting.len() + 1),
            "KB",
        ),
        (
            "Go\n".repeat(resume_analyzer::MAX_INPUT_LINES + 1),
            "10001 lines",
        ),
        ("Go ".repeat(10 * 1024 * 1024 / 3), "10239 KB"),
    ] {
        let options = Options {
            job_description: Some(jd),
            ..Options::default()
        };
        let message = refused(&resume, &options, ErrorKind::TooLarge);
        assert!(message.starts_with("The job description is"), "{message}");
        assert!(message.contains(what), "{message}");
    }
    let options = Options {
        job_description: Some(posting.repeat(resume_analyzer::MAX_JD_BYTES / posting.len())),
        ..Options::default()
    };
    let report = report_ok(&resume, &options);
    assert!(report.job_match.is_some());
    // Whitespace only is no job description (no match report), not an error.
    let options = Options {
        job_description: Some(" \n\t".repeat(100_000)),
        ..Options::default()
    };
    assert!(report_ok(&resume, &options).job_match.is_none());
}

// --- bytes and encodings --------------------------------------------------------------------

#[test]
fn invalid_utf8_decoded_lossily_still_gives_a_report() {
    let t = text("invalid-utf8.txt");
    assert!(t.contains('\u{FFFD}'));
    report_ok(&t, &Options::default());
}

#[test]
fn binary_garbage_is_refused_by_every_reader() {
    let raw = bytes("binary-garbage.bin");
    let message = refused(
        &String::from_utf8_lossy(&raw),
        &Options::default(),
        ErrorKind::Binary,
    );
    assert!(message.contains("binary"), "{message}");
    assert_eq!(
        resume_docx::read(&raw).unwrap_err().kind,
        DocxErrorKind::NotDocx
    );
    assert_eq!(
        resume_pdf::read_pdf_bytes(&raw).unwrap_err().kind,
        PdfErrorKind::NotPdf
    );
    assert_eq!(
        resume_pdf::from_json(&String::from_utf8_lossy(&raw))
            .unwrap_err()
            .kind,
        PdfErrorKind::InvalidItems
    );
}

#[test]
fn nul_bytes_throughout_are_binary_and_a_stray_one_is_tolerated() {
    let message = refused(
        &text("nul-bytes.txt"),
        &Options::default(),
        ErrorKind::Binary,
    );
    assert!(message.contains("binary"), "{message}");
    // One NUL in a whole resume (under 1% control characters) is a stray byte, not a binary
    // file: the page analyses it (the CLI refuses any NUL: see crates/cli/tests/hostile.rs).
    report_ok(&text("nul-sparse.txt"), &Options::default());
    // NUL is the readers' internal heading mark: it must not leak through JSON or LaTeX.
    for (input, format) in [
        (
            "{\"basics\": {\"name\": \"A\\u0000B\"}, \"work\": [{\"position\": \"\\u0000\", \"highlights\": [\"Built \\u0000 Go services at 30k RPS for 3 teams\"]}]}",
            InputFormat::JsonResume,
        ),
        (
            "\\section{Experience}\\begin{itemize}\\item Built \u{0} Go services at 30k RPS\\end{itemize}",
            InputFormat::Latex,
        ),
    ] {
        if let Ok(report) = analyze(input, &with_format(format)) {
            bounded(input, &report);
        }
    }
}

// --- Unicode --------------------------------------------------------------------------------

#[test]
fn rtl_and_zero_width_characters_keep_spans_on_boundaries() {
    let t = text("rtl-zero-width.txt");
    let report = report_ok(&t, &Options::default());
    assert!(!report.bullets.is_empty());
}

#[test]
fn emoji_everywhere_keep_utf16_offsets_right() {
    let t = text("emoji.md");
    let report = report_ok(&t, &Options::default());
    assert!(!report.bullets.is_empty());
    // The UTF-16 offsets differ from the byte offsets here (astral-plane emoji are 4 bytes and
    // 2 units), which is what the invariant check compares.
    assert!(report.bullets.iter().any(|b| b.utf16.start != b.span.start));
}

// --- injection ------------------------------------------------------------------------------

/// Markup in every field is data: the report carries it verbatim (the page shows it with
/// `textContent`), and the Markdown rendering escapes it so nothing renders as HTML.
#[test]
fn html_and_script_injection_is_inert_data() {
    let jd = text("html-injection.jd.txt");
    for (name, format) in [
        ("html-injection.md", InputFormat::Auto),
        ("html-injection.json", InputFormat::JsonResume),
        ("html-injection.tex", InputFormat::Latex),
    ] {
        let input = text(name);
        let options = Options {
            job_description: Some(jd.clone()),
            ..with_format(format)
        };
        let report = report_ok(&input, &options);
        let analyzed = invariants::analyzed_text(&input, &report).to_string();
        assert!(
            analyzed.contains("<script>"),
            "{name}: the text is kept as is"
        );
        // Every `<` in the Markdown is backslash-escaped (CommonMark renders `\<` as text).
        let md = resume_analyzer::render::markdown(&report, &analyzed);
        for (at, _) in md.match_indices('<') {
            assert!(
                md[..at].ends_with('\\'),
                "{name}: raw < in Markdown: {:?}",
                &md[at.saturating_sub(40)..(at + 40).min(md.len())]
            );
        }
        // JSON is JSON: a parser gets the strings back, nothing breaks out of them.
        let json = resume_analyzer::render::json(&report);
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(value["schema"], 1);
    }
}

#[test]
fn terminal_escapes_in_a_resume_give_a_report() {
    // ESC is a control character, but a few in a resume are under the binary threshold: the
    // report is made (the CLI must not echo them raw: see crates/cli/tests/hostile.rs).
    report_ok(&text("terminal-escapes.md"), &Options::default());
}

// --- JSON Resume ----------------------------------------------------------------------------

#[test]
fn json_of_the_wrong_shape_is_malformed_or_read_leniently() {
    // Not an object at all: refused, naming what was expected.
    for name in [
        "json-wrong-shape-array.json",
        "json-wrong-shape-scalar.json",
        "json-truncated.json",
    ] {
        let message = refused(
            &text(name),
            &with_format(InputFormat::JsonResume),
            ErrorKind::Malformed,
        );
        assert!(message.contains("JSON"), "{name}: {message}");
    }
    // An object with fields of the wrong types, or no resume fields: never a panic; either a
    // Malformed refusal or a report of what could be read.
    for name in [
        "json-wrong-shape-fields.json",
        "json-wrong-shape-values.json",
        "json-not-resume.json",
        "json-duplicate-keys.json",
        "json-big-numbers.json",
    ] {
        let input = text(name);
        match analyze(&input, &with_format(InputFormat::JsonResume)) {
            Ok(report) => bounded(&input, &report),
            Err(e) => {
                assert_eq!(e.kind, ErrorKind::Malformed, "{name}: {}", e.message);
                one_line(&e.message);
            }
        }
    }
}

#[test]
fn deeply_nested_json_is_malformed_not_a_stack_overflow() {
    for depth in [200, 100_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let json = format!(
                "{{\"basics\": {}1{}}}",
                open.repeat(depth),
                close.repeat(depth)
            );
            let message = refused(
                &json,
                &with_format(InputFormat::JsonResume),
                ErrorKind::Malformed,
            );
            assert!(message.contains("JSON"), "{message}");
            // Sniffed, too.
            refused(&json, &Options::default(), ErrorKind::Malformed);
        }
    }
    // Nesting through the PDF items JSON.
    let items = format!(
        "{{\"pages\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(
        resume_pdf::from_json(&items).unwrap_err().kind,
        PdfErrorKind::InvalidItems
    );
}

// --- LaTeX ----------------------------------------------------------------------------------

#[test]
fn latex_with_unbalanced_braces_is_read() {
    // Stray `}`, arguments that never close (`\textbf{Redis`, `\section{Education`) and
    // environments closed twice: the text is read, not lost, and nothing panics.
    let tex = text("latex-unbalanced.tex");
    let report = report_ok(&tex, &with_format(InputFormat::Latex));
    assert_eq!(report.bullets.len(), 2);
    let analyzed = report.text.as_deref().unwrap_or_default();
    for words in [
        "Cut p99 latency",
        "Kafka pipeline",
        "Skills",
        "Computer Science",
    ] {
        assert!(analyzed.contains(words), "{words}: {analyzed}");
    }
}

#[test]
fn latex_macro_bombs_stay_bounded() {
    let tex = text("latex-macro-bomb.tex");
    let report = report_ok(&tex, &with_format(InputFormat::Latex));
    let analyzed = report.text.as_deref().unwrap_or_default();
    assert!(analyzed.len() < 4 * tex.len(), "{analyzed}");
}

#[test]
fn latex_with_no_text_is_refused_or_reported() {
    let tex = text("latex-commands-only.tex");
    match analyze(&tex, &with_format(InputFormat::Latex)) {
        Ok(report) => bounded(&tex, &report),
        Err(e) => {
            assert!(matches!(e.kind, ErrorKind::Empty | ErrorKind::Malformed));
            one_line(&e.message);
        }
    }
}

#[test]
fn deeply_nested_latex_is_bounded() {
    for tex in [
        format!(
            "\\section{{Experience}}{}\\item Built Go services{}",
            "{".repeat(100_000),
            "}".repeat(100_000)
        ),
        format!("\\section{{Experience}}{}", "\\textbf{".repeat(100_000)),
        format!(
            "\\section{{Experience}}{}",
            "\\begin{itemize}\\item x ".repeat(50_000)
        ),
        "}".repeat(500_000),
    ] {
        match analyze(&tex, &with_format(InputFormat::Latex)) {
            Ok(report) => bounded(&tex, &report),
            Err(e) => {
                assert!(
                    matches!(e.kind, ErrorKind::Malformed | ErrorKind::TooLarge),
                    "{}",
                    e.message
                );
                one_line(&e.message);
            }
        }
    }
}

// --- DOCX -----------------------------------------------------------------------------------

#[test]
fn hostile_docx_files_are_refused_by_kind() {
    for (rel, kind) in [
        ("docx/zip-bomb.docx", DocxErrorKind::ZipBomb),
        ("docx/zip-bomb-lying-sizes.docx", DocxErrorKind::ZipBomb),
        ("docx/many-entries.docx", DocxErrorKind::TooManyEntries),
        ("docx/billion-laughs.docx", DocxErrorKind::HostileXml),
        ("docx/deep-nesting.docx", DocxErrorKind::HostileXml),
        ("docx/truncated.docx", DocxErrorKind::Damaged),
        ("docx/encrypted.docx", DocxErrorKind::Encrypted),
        ("docx/not-a-docx.doc", DocxErrorKind::LegacyDoc),
    ] {
        let error = resume_docx::read(&fixture_bytes(rel)).unwrap_err();
        assert_eq!(error.kind, kind, "{rel}: {}", error.message);
        one_line(&error.message);
    }
}

#[test]
fn text_files_given_to_the_docx_reader_are_not_docx() {
    for name in [
        "empty.txt",
        "whitespace-only.txt",
        "html-injection.md",
        "invalid-utf8.txt",
        "nul-bytes.txt",
        "zero-pages.pdf",
    ] {
        let error = resume_docx::read(&bytes(name)).unwrap_err();
        assert!(
            matches!(error.kind, DocxErrorKind::Empty | DocxErrorKind::NotDocx),
            "{name}: {error:?}"
        );
        one_line(&error.message);
    }
}

/// A real .docx whose text is an injection: read, analysed, the markup kept as data.
#[test]
fn a_docx_read_then_analysed_keeps_the_invariants() {
    for rel in [
        "docx/single-column.docx",
        "docx/two-column-table.docx",
        "docx/textbox.docx",
        "docx/header-contact.docx",
        "docx/sidebar.docx",
        "docx/skill-bars-images.docx",
    ] {
        let resume = resume_docx::read(&fixture_bytes(rel)).expect(rel);
        let report = analyze_with_layout(&resume.text, &Options::default(), &resume.layout)
            .unwrap_or_else(|e| panic!("{rel}: {e:?}"));
        bounded(&resume.text, &report);
    }
}

// --- PDF ------------------------------------------------------------------------------------

#[test]
fn truncated_encrypted_and_zero_page_pdfs_are_refused_by_kind() {
    for (path, kind) in [
        (
            resume_analyzer_tests::fixture_path("pdf/truncated.pdf"),
            PdfErrorKind::Damaged,
        ),
        (
            resume_analyzer_tests::fixture_path("pdf/encrypted.pdf"),
            PdfErrorKind::Encrypted,
        ),
        (hostile_path("zero-pages.pdf"), PdfErrorKind::NoPages),
    ] {
        let raw = std::fs::read(&path).expect("pdf");
        let error = resume_pdf::read_pdf_bytes(&raw).unwrap_err();
        assert_eq!(error.kind, kind, "{}: {}", path.display(), error.message);
        one_line(&error.message);
    }
    // The same files as the page sees them: PDF.js' items (or its error) as JSON.
    for (json, kind) in [
        (
            String::from_utf8(fixture_bytes("pdf/truncated.items.json")).expect("utf8"),
            PdfErrorKind::Damaged,
        ),
        (
            String::from_utf8(fixture_bytes("pdf/encrypted.items.json")).expect("utf8"),
            PdfErrorKind::Encrypted,
        ),
        (text("zero-pages.items.json"), PdfErrorKind::NoPages),
        (text("pdf-items-error.json"), PdfErrorKind::Encrypted),
        (
            text("pdf-items-wrong-shape.json"),
            PdfErrorKind::InvalidItems,
        ),
        (String::new(), PdfErrorKind::InvalidItems),
    ] {
        let error = resume_pdf::from_json(&json).unwrap_err();
        assert_eq!(error.kind, kind, "{json}: {}", error.message);
        one_line(&error.message);
    }
    // Every cut of a real PDF is refused (or read) without a panic.
    let whole = fixture_bytes("pdf/single-column.pdf");
    for len in (0..whole.len()).step_by(1499) {
        let _ = resume_pdf::read_pdf_bytes(&whole[..len]);
    }
}

#[test]
fn absurd_pdf_item_coordinates_are_bounded() {
    let json = text("pdf-items-absurd.json");
    match resume_pdf::from_json(&json) {
        Ok(resume) => {
            if let Ok(report) =
                analyze_with_layout(&resume.text, &Options::default(), &resume.layout)
            {
                bounded(&resume.text, &report);
            }
        }
        Err(e) => one_line(&e.message),
    }
    // 100,000 items on one spot, and NaN / infinite coordinates (a JS caller can pass them).
    let mut doc = resume_pdf::parse_items(&json).expect("items");
    let page = doc.pages.get_mut(1).expect("page 2");
    let item = page.items.first().cloned().expect("item");
    page.items = vec![item; 100_000];
    for (i, it) in page.items.iter_mut().enumerate().step_by(7) {
        it.x = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0][i % 4];
        it.height = [f64::NAN, 1e308, 0.0, -1.0][i % 4];
    }
    match resume_pdf::analyze_items(&doc) {
        Ok(resume) => {
            let report = analyze_with_layout(&resume.text, &Options::default(), &resume.layout);
            if let Ok(report) = report {
                bounded(&resume.text, &report);
            }
        }
        Err(e) => one_line(&e.message),
    }
}

// --- fuzz regressions -----------------------------------------------------------------------

/// Every input a fuzzer crashed on (or took over 100 ms on), kept in `tests/hostile/regressions/`
/// and named `<target>-<what>`: each goes through the same code as its fuzz target again.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = hostile_path("regressions");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("regressions dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let data = std::fs::read(&path).expect("read");
        let target = name.split('-').next().unwrap_or_default();
        run_like_fuzz_target(target, &data, &name);
    }
}

/// What each fuzz target does with its bytes (fuzz/fuzz_targets/*.rs), minus libFuzzer.
fn run_like_fuzz_target(target: &str, data: &[u8], name: &str) {
    let check = |input: &str, report: Result<Report, resume_analyzer::AnalyzeError>| {
        if let Ok(report) = report {
            if let Err(broken) = invariants::check(input, &report) {
                panic!("{name}: {broken}");
            }
        }
    };
    match target {
        "analyze" => {
            let Some((&flags, rest)) = data.split_first() else {
                return;
            };
            let text = String::from_utf8_lossy(rest);
            let (resume, jd) = match text.split_once("\n=====JD=====\n") {
                Some((r, j)) => (r, Some(j.to_string())),
                None => (&*text, None),
            };
            let format = [
                InputFormat::Auto,
                InputFormat::Text,
                InputFormat::JsonResume,
                InputFormat::Latex,
            ][usize::from(flags & 3)];
            let level = match (flags >> 2) & 7 {
                1 => Some(resume_analyzer::Level::Entry),
                2 => Some(resume_analyzer::Level::Mid),
                3 => Some(resume_analyzer::Level::Senior),
                4 => Some(resume_analyzer::Level::Staff),
                _ => None,
            };
            let today = [
                None,
                Some((2026, 11)),
                Some((0, 0)),
                Some((u16::MAX, u8::MAX)),
                Some((1900, 1)),
                Some((2024, 13)),
                Some((2000, 0)),
                Some((9999, 12)),
            ][usize::from(flags >> 5)]
            .map(|(year, month)| resume_analyzer::date::YearMonth { year, month });
            let options = Options {
                level,
                job_description: jd,
                format,
                today,
            };
            check(resume, analyze(resume, &options));
        }
        "latex" | "json_resume" => {
            let text = String::from_utf8_lossy(data);
            let format = if target == "latex" {
                InputFormat::Latex
            } else {
                InputFormat::JsonResume
            };
            let _ = resume_analyzer::input::read(&text, format);
            check(&text, analyze(&text, &with_format(format)));
        }
        "docx" | "docx_structured" => {
            if let Ok(resume) = resume_docx::read(data) {
                check(
                    &resume.text,
                    analyze_with_layout(&resume.text, &Options::default(), &resume.layout),
                );
            }
        }
        "pdf_json" => {
            if let Ok(resume) = resume_pdf::from_json(&String::from_utf8_lossy(data)) {
                check(
                    &resume.text,
                    analyze_with_layout(&resume.text, &Options::default(), &resume.layout),
                );
            }
        }
        // pdf_items inputs are edit lists decoded by `arbitrary`; their regressions are kept
        // as the item JSON they produced (`pdf_json-…`) or as a unit test in crates/pdf.
        other => panic!("{name}: unknown fuzz target {other:?}"),
    }
}
