//! Input readers: turn what the user gave (plain text, Markdown, JSON Resume, LaTeX) into the
//! plain text the document model reads, plus any layout facts the source shows.
//!
//! Plain text and Markdown are analyzed as they are (spans index the input). JSON Resume and
//! LaTeX are rendered to a plain-text resume with standard headings, `- ` bullets and
//! "Title — Company | Mon YYYY – Present" role lines, so the rest of the pipeline reads them
//! like text; spans then index that rendering ([`Source::text`], which the report returns).

mod commands;
mod file_kind;
mod html;
mod json_resume;
mod latex;
mod macros;
mod prose;
#[cfg(feature = "yaml")]
mod yaml;

pub use file_kind::{sniff_file, FileKind};

use crate::error::{AnalyzeError, ErrorKind};
use crate::layout::LayoutFacts;
use crate::options::InputFormat;
use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;

/// The text to analyze, and how it maps back to what the user gave.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The analyzed text (for plain text, the input itself; for LaTeX and JSON Resume, the
    /// reader's plain-text rendering). Every span in the report indexes this text.
    pub text: String,
    /// The format actually read (after sniffing).
    pub format: InputFormat,
    /// What the reader learned about layout (LaTeX columns); `origin` names the reader.
    pub layout: LayoutFacts,
    /// Heading lines the reader wrote (LaTeX `\section`, JSON Resume keys), as line spans of
    /// `text` in order: these are headings whatever their wording (style `Structured`).
    pub headings: Vec<Span>,
}

/// Read `input` as `format` (sniffing when `Auto`).
pub fn read(input: &str, format: InputFormat) -> Result<Source, AnalyzeError> {
    check_plausible(input)?;
    let format = match format {
        InputFormat::Auto => sniff(input),
        f => f,
    };
    let source = match format {
        InputFormat::Auto | InputFormat::Text => text_source(input),
        InputFormat::JsonResume => json_resume::read(input)?,
        InputFormat::Latex => latex::read(input)?,
        InputFormat::Yaml => yaml_source(input)?,
    };
    // A reader's rendering can have many more lines than its input (one-line JSON).
    check_lines(&source.text)?;
    Ok(source)
}

/// Read a YAML resume (the file-reader module's entry point: it links this reader alone,
/// not the LaTeX and text readers).
#[cfg(feature = "yaml")]
pub fn read_yaml(input: &str) -> Result<Source, AnalyzeError> {
    check_plausible(input)?;
    let source = yaml::read(input)?;
    check_lines(&source.text)?;
    Ok(source)
}

#[cfg(feature = "yaml")]
fn yaml_source(input: &str) -> Result<Source, AnalyzeError> {
    yaml::read(input)
}

/// Without the parser (the page's engine), YAML is read by the file-reader module.
#[cfg(not(feature = "yaml"))]
fn yaml_source(_: &str) -> Result<Source, AnalyzeError> {
    Err(AnalyzeError::new(
        ErrorKind::Malformed,
        "YAML resumes are read from a .yaml or .yml file: open the file instead of pasting it.",
    ))
}

/// Plain text and Markdown: the input as it is, with the tags of any HTML in it blanked in
/// place (same length, same lines: spans still index the input) and its tables counted.
fn text_source(input: &str) -> Source {
    let (text, tables) = html::blank_tags(input).unwrap_or_else(|| (String::from(input), 0));
    Source {
        text,
        format: InputFormat::Text,
        layout: LayoutFacts {
            origin: Some(String::from("text")),
            tables,
            ..LayoutFacts::default()
        },
        ..Source::default()
    }
}

/// Guess the format from the text: JSON when it starts with `{` (or is a JSON array), LaTeX
/// when it uses LaTeX structure commands, plain text/Markdown otherwise.
pub fn sniff(input: &str) -> InputFormat {
    let t = trim_start(input);
    if t.starts_with('{') {
        return InputFormat::JsonResume;
    }
    // "[Jane Doe](https://…)" is Markdown; `[ {…} ]` is JSON (of the wrong shape).
    if is_bracketed(t) && json_resume::is_json(t) {
        return InputFormat::JsonResume;
    }
    #[cfg(feature = "yaml")]
    if yaml::looks_like_yaml(t) {
        return InputFormat::Yaml;
    }
    if has_latex_structure(t) {
        InputFormat::Latex
    } else {
        InputFormat::Text
    }
}

/// Read `input` as [`read`] does when it is plain text or Markdown; `Ok(None)` when it is, or
/// may be, a resume one of the structured readers renders (JSON Resume, LaTeX, YAML: see
/// [`needs_reader`]). The page's engine module reads with this: the structured readers are a
/// module of their own (crates/wasm-readers) that it asks only for such texts.
pub fn read_plain(input: &str, format: InputFormat) -> Result<Option<Source>, AnalyzeError> {
    check_plausible(input)?;
    if needs_reader(input, format) {
        return Ok(None);
    }
    let source = text_source(input);
    check_lines(&source.text)?;
    Ok(Some(source))
}

/// Whether [`read`] may render `input` as `format` with a structured reader: a format that
/// names one, or `Auto` on a text that passes the cheap tests of [`sniff`] (whether a `[…]`
/// text parses as JSON is then the reader's to decide).
pub fn needs_reader(input: &str, format: InputFormat) -> bool {
    match format {
        InputFormat::Text => false,
        InputFormat::Auto => {
            let t = trim_start(input);
            #[cfg(feature = "yaml")]
            if yaml::looks_like_yaml(t) {
                return true;
            }
            t.starts_with('{') || is_bracketed(t) || has_latex_structure(t)
        }
        InputFormat::JsonResume | InputFormat::Latex | InputFormat::Yaml => true,
    }
}

fn trim_start(input: &str) -> &str {
    input.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
}

fn is_bracketed(t: &str) -> bool {
    t.starts_with('[') && t.trim_end().ends_with(']')
}

fn has_latex_structure(t: &str) -> bool {
    const LATEX: &[&str] = &[
        "\\documentclass",
        "\\section",
        "\\begin{",
        "\\resumeItem",
        "\\resumeSubheading",
        "\\cventry",
        "\\item ",
    ];
    // Every marker starts with a backslash: a text without one (nearly every resume that is
    // not LaTeX) is not searched seven times over.
    t.contains('\\') && LATEX.iter().any(|m| t.contains(m))
}

/// Refuse input that is empty, too large or binary, with a message a user can act on.
fn check_plausible(input: &str) -> Result<(), AnalyzeError> {
    if input.trim().is_empty() {
        return Err(AnalyzeError::new(
            ErrorKind::Empty,
            "The resume is empty: paste your resume text or open a file.",
        ));
    }
    if input.len() > crate::limits::MAX_INPUT_BYTES {
        return Err(AnalyzeError::new(
            ErrorKind::TooLarge,
            alloc::format!(
                "The text is {} KB; a resume is a few KB and this analyzer accepts up to {} KB.",
                input.len() / 1024,
                crate::limits::MAX_INPUT_BYTES / 1024
            ),
        ));
    }
    check_lines(input)?;
    let controls = input
        .chars()
        .filter(|&c| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')))
        .count();
    if controls > 0 && controls * 100 >= input.chars().count().max(1) {
        return Err(AnalyzeError::new(
            ErrorKind::Binary,
            "This looks like a binary file, not resume text. Open a .txt, .md, .json, .tex, .docx or .pdf file.",
        ));
    }
    Ok(())
}

/// Refuse text of more than [`crate::limits::MAX_INPUT_LINES`] lines: it is not a resume, and its
/// report (findings per line) would grow past what a page can hold.
fn check_lines(text: &str) -> Result<(), AnalyzeError> {
    let lines = text.lines().count();
    if lines > crate::limits::MAX_INPUT_LINES {
        return Err(AnalyzeError::new(
            ErrorKind::TooLarge,
            alloc::format!(
                "The text has {lines} lines; a resume has a few hundred and this analyzer accepts up to {}.",
                crate::limits::MAX_INPUT_LINES
            ),
        ));
    }
    Ok(())
}

/// Marks a heading line in a reader's raw rendering (readers strip it from their input first).
pub(crate) const HEADING_MARK: char = '\0';

/// Tidy a reader's raw rendering into the analyzed text: spaces collapsed, lines trimmed,
/// empty lines dropped, a blank line before each heading (and nowhere else, so a role line and
/// its bullets stay together), separators left dangling at a line's ends removed; heading
/// lines (marked with [`HEADING_MARK`]) recorded as spans.
pub(crate) fn finish(raw: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(raw.len());
    let mut headings = Vec::new();
    let mut line = String::new();
    for raw_line in raw.split('\n') {
        line.clear();
        let is_heading = raw_line.contains(HEADING_MARK);
        let mut space = false;
        for c in raw_line.chars() {
            if c == HEADING_MARK || c == '\r' {
                continue;
            }
            if c.is_whitespace() {
                space = !line.is_empty();
                continue;
            }
            if space {
                line.push(' ');
                space = false;
            }
            line.push(c);
        }
        let tidy = tidy_line(&line);
        if tidy.is_empty() {
            continue;
        }
        if is_heading && !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(tidy);
        if is_heading {
            headings.push(Span::new(start, text.len()));
        }
        text.push('\n');
    }
    (text, headings)
}

/// Strip separators left at a line's ends ("| Jan 2020 – Present |", "Go, Python,") and lines
/// that hold no words ("|", "- ", "•").
fn tidy_line(line: &str) -> &str {
    let is_sep = |c: char| matches!(c, '|' | ',' | '·' | '•' | ';' | ' ');
    let mut t = line.trim_end_matches(is_sep);
    // Leading separators, but not a bullet's "- ".
    if !t.starts_with("- ") {
        t = t.trim_start_matches(is_sep);
    }
    if !t.chars().any(char::is_alphanumeric) {
        return "";
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff("{\"basics\": {}}"), InputFormat::JsonResume);
        assert_eq!(sniff("[1, 2]"), InputFormat::JsonResume);
        assert_eq!(sniff("[Jane](https://x.dev)\n"), InputFormat::Text);
        assert_eq!(
            sniff("\\documentclass{article}\n\\begin{document}x\\end{document}"),
            InputFormat::Latex
        );
        assert_eq!(sniff("Jane Doe\n- Built things\n"), InputFormat::Text);
    }

    #[test]
    fn the_engine_asks_a_reader_for_every_text_sniff_renders() {
        for text in [
            "{\"basics\": {}}",
            " [1, 2]",
            "[Jane](https://x.dev)\n- Go\n[link]",
            "[Jane](https://x.dev)\n",
            "\\documentclass{article}\n\\begin{document}x\\end{document}",
            "\\item Built things",
            "Jane Doe\n- Built things\n",
            "\u{feff}{}",
        ] {
            let plain = read_plain(text, InputFormat::Auto).unwrap();
            assert_eq!(
                plain.is_none(),
                needs_reader(text, InputFormat::Auto),
                "{text}"
            );
            if sniff(text) != InputFormat::Text {
                assert!(plain.is_none(), "{text}");
            } else if let Some(source) = plain {
                let read = read(text, InputFormat::Auto).unwrap();
                assert_eq!(
                    (source.text, source.format),
                    (read.text, read.format),
                    "{text}"
                );
            }
        }
        assert!(needs_reader("Jane", InputFormat::Latex));
        assert!(!needs_reader("\\section{x}", InputFormat::Text));
        assert_eq!(
            read_plain(" ", InputFormat::Latex).unwrap_err().kind,
            ErrorKind::Empty
        );
    }

    #[test]
    fn finish_tidies_and_marks_headings() {
        let (text, headings) =
            finish("  Jane   Doe \n\n\n\u{0}Experience\nTitle |  2020 |\n|\n- x\n");
        assert_eq!(text, "Jane Doe\n\nExperience\nTitle | 2020\n- x\n");
        assert_eq!(headings.len(), 1);
        assert_eq!(headings[0].slice(&text), "Experience");
    }
}
