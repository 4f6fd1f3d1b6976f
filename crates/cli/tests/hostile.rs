//! The CLI on the hostile corpus (tests/hostile/, see its README): every bad input exits 2
//! with one clear line on stderr and nothing on stdout; every hostile-but-readable input exits
//! 0 with a report in which nothing from the file acts on the terminal (no escape sequences)
//! or renders as HTML (Markdown escapes `<`), whatever the file's name.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn hostile(name: &str) -> PathBuf {
    root().join("tests/hostile").join(name)
}

fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

fn run(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resume-analyzer"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run the CLI")
}

fn run_str(args: &[&str]) -> Output {
    let paths: Vec<&Path> = args.iter().map(Path::new).collect();
    run(&paths)
}

/// A scratch directory for generated files, one per test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ra-hostile-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Exit 2, stdout empty, stderr exactly one line that starts with the program name and holds
/// `expect`, with no control characters.
fn assert_refused(o: &Output, what: &str, expect: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{what}: {err}");
    assert!(o.stdout.is_empty(), "{what}: wrote a report");
    assert_eq!(err.lines().count(), 1, "{what}: {err:?}");
    assert!(err.starts_with("resume-analyzer: "), "{what}: {err}");
    assert!(err.contains(expect), "{what}: {err:?} lacks {expect:?}");
    assert!(
        !err.trim_end_matches('\n').chars().any(char::is_control),
        "{what}: control characters in {err:?}"
    );
}

/// Exit 0 and a report with no control characters but newlines and tabs.
fn assert_report(o: &Output, what: &str) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{what}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout.clone()).expect("UTF-8 report");
    assert!(out.contains("score"), "{what}: {out}");
    terminal_safe(&out, what);
    out
}

fn terminal_safe(out: &str, what: &str) {
    if let Some(c) = out
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
    {
        panic!("{what}: control character {c:?} in the output");
    }
}

#[test]
fn empty_whitespace_binary_and_bad_encodings_exit_2() {
    for (name, expect) in [
        ("empty.txt", "empty"),
        ("whitespace-only.txt", "empty"),
        ("binary-garbage.bin", "binary"),
        ("nul-bytes.txt", "binary"),
        // The CLI refuses any NUL (the page tolerates a stray one; see tests/tests/hostile.rs).
        ("nul-sparse.txt", "binary"),
        ("invalid-utf8.txt", "UTF-8"),
    ] {
        assert_refused(&run(&[&hostile(name)]), name, expect);
    }
}

#[test]
fn oversized_inputs_exit_2_before_analysis() {
    let dir = scratch("size");
    // A 10 MB single line: under the CLI's 16 MB file limit, over the analyzer's 2 MB.
    let line = dir.join("ten-megabyte-line.txt");
    let unit = "Built Go services on Kubernetes with Kafka at 30k RPS; ";
    std::fs::write(&line, unit.repeat(10 * 1024 * 1024 / unit.len() + 1)).expect("write");
    assert_refused(&run(&[&line]), "10 MB line", "2048 KB");
    // 100,000 lines: under 2 MB, over the line limit.
    let lines = dir.join("hundred-thousand-lines.md");
    std::fs::write(&lines, "- x\n".repeat(100_000)).expect("write");
    assert_refused(&run(&[&lines]), "100k lines", "100000 lines");
    // Over the file limit: refused before it is read whole.
    let huge = dir.join("seventeen-megabytes.txt");
    std::fs::write(&huge, vec![b'a'; 17 * 1024 * 1024]).expect("write");
    assert_refused(&run(&[&huge]), "17 MB", "larger than 16 MB");
    // A job description has its own limits (128 KB, 10,000 lines).
    let resume = fixture("resumes/weak.md");
    assert_refused(
        &run(&[&resume, Path::new("--jd"), &line]),
        "10 MB JD",
        "The job description is",
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wrong_shaped_json_and_unreadable_latex_exit_2() {
    for (name, expect) in [
        ("json-wrong-shape-array.json", "array"),
        ("json-wrong-shape-scalar.json", "string"),
        ("json-wrong-shape-fields.json", "no text"),
        ("json-not-resume.json", "JSON Resume"),
        ("json-truncated.json", "not valid JSON"),
        ("json-big-numbers.json", "not valid JSON"),
        ("latex-commands-only.tex", "no resume text"),
    ] {
        assert_refused(&run(&[&hostile(name)]), name, expect);
    }
    let dir = scratch("nesting");
    let deep = dir.join("deep.json");
    std::fs::write(
        &deep,
        format!(
            "{{\"basics\": {}1{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    )
    .expect("write");
    assert_refused(&run(&[&deep]), "100k-deep JSON", "JSON");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_docx_and_pdf_files_exit_2() {
    for (rel, expect) in [
        ("docx/zip-bomb.docx", "zip bomb"),
        ("docx/zip-bomb-lying-sizes.docx", "zip bomb"),
        ("docx/many-entries.docx", "2000"),
        ("docx/billion-laughs.docx", "DTD"),
        ("docx/deep-nesting.docx", "deeper"),
        ("docx/truncated.docx", "damaged"),
        ("docx/encrypted.docx", "password"),
        ("docx/not-a-docx.doc", ".doc"),
        ("pdf/truncated.pdf", "truncated"),
        ("pdf/encrypted.pdf", "password"),
    ] {
        assert_refused(&run(&[&fixture(rel)]), rel, expect);
    }
    assert_refused(
        &run(&[&hostile("zero-pages.pdf")]),
        "zero-pages.pdf",
        "no pages",
    );
    // A .docx name on a file that is not one.
    let dir = scratch("names");
    let fake = dir.join("resume.docx");
    std::fs::write(&fake, b"Jordan Rivera\nBackend Engineer\n").expect("write");
    assert_refused(&run(&[&fake]), "text named .docx", "docx");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unicode_and_unbalanced_inputs_give_a_report() {
    for name in [
        "rtl-zero-width.txt",
        "zero-width-only.txt",
        "emoji.md",
        "json-wrong-shape-values.json",
        "json-duplicate-keys.json",
        "latex-unbalanced.tex",
        "latex-macro-bomb.tex",
    ] {
        assert_report(&run(&[&hostile(name)]), name);
    }
}

#[test]
fn script_injection_is_inert_in_every_output() {
    let jd = hostile("html-injection.jd.txt");
    for name in [
        "html-injection.md",
        "html-injection.json",
        "html-injection.tex",
    ] {
        let resume = hostile(name);
        let text = assert_report(&run(&[&resume, Path::new("--jd"), &jd]), name);
        assert!(text.contains("Job description match"), "{name}");
        // Markdown (pasted into an issue or a wiki): every `<` escaped.
        let o = run(&[
            &resume,
            Path::new("--jd"),
            &jd,
            Path::new("--format"),
            Path::new("markdown"),
        ]);
        let md = String::from_utf8(o.stdout).expect("UTF-8");
        assert_eq!(o.status.code(), Some(0), "{name}");
        for (at, _) in md.match_indices('<') {
            assert!(md[..at].ends_with('\\'), "{name}: raw < in {md}");
        }
        // JSON: strings a parser gets back intact.
        let o = run(&[&resume, Path::new("--format"), Path::new("json")]);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
        assert_eq!(v["schema"], 1, "{name}");
    }
}

#[test]
fn terminal_escapes_in_a_resume_never_reach_the_terminal() {
    let resume = hostile("terminal-escapes.md");
    for extra in [&[][..], &["--format", "markdown"], &["--ats-view"]] {
        let mut args: Vec<&Path> = vec![&resume];
        args.extend(extra.iter().map(Path::new));
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{extra:?}");
        let out = String::from_utf8(o.stdout).expect("UTF-8");
        terminal_safe(&out, &format!("{extra:?}"));
        // The text is still there, its escapes shown as U+FFFD.
        assert!(out.contains("Responsible for"), "{extra:?}: {out}");
    }
    // JSON keeps the characters, escaped (`\u001b`), as data.
    let o = run(&[&resume, Path::new("--format"), Path::new("json")]);
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    terminal_safe(&out, "json");
}

#[test]
fn hostile_file_names_stay_on_one_inert_line() {
    let dir = scratch("file-names");
    let resume = std::fs::read(fixture("resumes/weak.md")).expect("fixture");
    for name in [
        "<img src=x onerror=alert(1)>.md",
        "\"><script>alert(1)<script>.md",
        "re\u{1b}]0;pwned\u{7}sume\u{1b}[2J.md",
        "line\nbreak.md",
        "\u{202e}dm.exe",
    ] {
        let path = dir.join(name);
        std::fs::write(&path, &resume).expect("write");
        let out = assert_report(&run(&[&path]), name);
        assert!(out.lines().next().is_some_and(|l| l.contains("score")));
        // Missing files with the same names: one clean line.
        let missing = dir.join(format!("missing-{name}"));
        assert_refused(&run(&[&missing]), name, "no such file");
    }
    let _ = std::fs::remove_dir_all(&dir);
    // An argument that is an escape sequence, not a file.
    assert_refused(
        &run_str(&["\u{1b}[2J\u{1b}]0;x\u{7}"]),
        "escape argument",
        "no such file",
    );
}

#[test]
fn stdin_gets_the_same_checks() {
    use std::io::Write;
    use std::process::Stdio;
    for (bytes, expect) in [
        (&b""[..], "empty"),
        (&b"\x00\x01\x02\xff\xfe"[..], "binary"),
        (&b"caf\xe9"[..], "UTF-8"),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resume-analyzer"))
            .arg("-")
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(bytes)
            .expect("write");
        let o = child.wait_with_output().expect("wait");
        assert_refused(&o, &format!("stdin {bytes:?}"), expect);
    }
}
