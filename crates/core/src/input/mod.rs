//! Input readers: turn what the user gave (plain text, Markdown, JSON Resume, LaTeX) into the
//! plain text the document model reads, plus any layout facts the source shows.

use crate::document::LayoutFacts;
use crate::error::{AnalyzeError, ErrorKind};
use crate::options::InputFormat;
use alloc::string::String;
use alloc::vec::Vec;

/// The text to analyze, and how it maps back to what the user gave.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The analyzed text (for plain text, the input itself).
    pub text: String,
    /// The format actually read (after sniffing).
    pub format: InputFormat,
    /// For converted formats: pieces of `text` copied verbatim from the input, as
    /// (analyzed byte offset, input byte offset, length). Empty for plain text (identity).
    pub map: Vec<(usize, usize, usize)>,
    /// What the reader learned about layout (LaTeX columns).
    pub layout: LayoutFacts,
}

/// Read `input` as `format` (sniffing when `Auto`).
pub fn read(input: &str, format: InputFormat) -> Result<Source, AnalyzeError> {
    check_plausible(input)?;
    let format = match format {
        InputFormat::Auto => sniff(input),
        f => f,
    };
    match format {
        InputFormat::Auto | InputFormat::Text => Ok(Source {
            text: String::from(input),
            format: InputFormat::Text,
            ..Source::default()
        }),
        InputFormat::JsonResume | InputFormat::Latex => Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "this input format is not supported yet",
        )),
    }
}

/// Guess the format from the text.
pub fn sniff(input: &str) -> InputFormat {
    let t = input.trim_start();
    if t.starts_with('{') {
        InputFormat::JsonResume
    } else if t.contains("\\documentclass") || t.contains("\\section") || t.contains("\\begin{") {
        InputFormat::Latex
    } else {
        InputFormat::Text
    }
}

/// Refuse input that is empty, too large or binary, with a message a user can act on.
fn check_plausible(input: &str) -> Result<(), AnalyzeError> {
    if input.trim().is_empty() {
        return Err(AnalyzeError::new(
            ErrorKind::Empty,
            "The resume is empty: paste your resume text or open a file.",
        ));
    }
    if input.len() > crate::MAX_INPUT_BYTES {
        return Err(AnalyzeError::new(
            ErrorKind::TooLarge,
            alloc::format!(
                "The text is {} KB; a resume is a few KB and this analyzer accepts up to {} KB.",
                input.len() / 1024,
                crate::MAX_INPUT_BYTES / 1024
            ),
        ));
    }
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
