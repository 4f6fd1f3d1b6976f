//! Sections and their headings.
//!
//! Heading detection copes with ALL-CAPS, Title Case, trailing colons and Markdown `#`. A
//! heading maps to a standard kind through the heading vocabulary in [`crate::phrases`];
//! headings that are recognisably headings but use creative wording ("Tech Arsenal") keep
//! their guessed kind and are marked `creative` for the F-HEADING rule.

use crate::phrases;
use crate::span::Span;
use alloc::vec::Vec;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// Everything before the first heading: name, title line, contact details.
    Header,
    Summary,
    /// An "Objective" statement (seeds 002/004: replace it with a summary).
    Objective,
    Skills,
    Experience,
    Projects,
    Education,
    Certifications,
    /// A heading we do not map to a standard section.
    Other,
}

impl SectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Header => "header",
            SectionKind::Summary => "summary",
            SectionKind::Objective => "objective",
            SectionKind::Skills => "skills",
            SectionKind::Experience => "experience",
            SectionKind::Projects => "projects",
            SectionKind::Education => "education",
            SectionKind::Certifications => "certifications",
            SectionKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeadingStyle {
    Markdown,
    AllCaps,
    TitleCase,
    Colon,
    /// Came from a structured source (LaTeX `\section`, JSON Resume keys).
    Structured,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The whole heading line.
    pub span: Span,
    /// The heading words without `#`, colon or surrounding space.
    pub title: Span,
    pub style: HeadingStyle,
    /// A creative wording of a standard heading ("Tech Arsenal" for Skills): ATS parsers look
    /// for standard names, so F-HEADING flags these.
    pub creative: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub heading: Option<Heading>,
    /// From the heading line (or text start) to the next heading (or text end).
    pub span: Span,
    /// The body: after the heading line.
    pub body: Span,
}

/// Split the text into sections.
pub fn find(text: &str, lines: &[Span]) -> Vec<Section> {
    let mut headings: Vec<(usize, Heading, SectionKind)> = Vec::new();
    let first_content = lines.iter().position(|l| !l.slice(text).trim().is_empty());
    for (i, line) in lines.iter().enumerate() {
        let next_has_content = lines
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .any(|l| !l.slice(text).trim().is_empty());
        if let Some((heading, kind)) =
            classify_heading(text, *line, Some(i) == first_content, next_has_content)
        {
            headings.push((i, heading, kind));
        }
    }
    let mut sections = Vec::new();
    let first_heading_start = headings
        .first()
        .map(|(_, h, _)| h.span.start)
        .unwrap_or(text.len());
    if first_heading_start > 0 || headings.is_empty() {
        sections.push(Section {
            kind: SectionKind::Header,
            heading: None,
            span: Span::new(0, first_heading_start),
            body: Span::new(0, first_heading_start),
        });
    }
    for (n, (_, heading, kind)) in headings.iter().enumerate() {
        let end = headings
            .get(n + 1)
            .map(|(_, h, _)| h.span.start)
            .unwrap_or(text.len());
        let body_start = (heading.span.end + 1).min(end);
        sections.push(Section {
            kind: *kind,
            heading: Some(heading.clone()),
            span: Span::new(heading.span.start, end),
            body: Span::new(body_start, end),
        });
    }
    sections
}

/// Decide whether a line is a heading, and of which kind.
fn classify_heading(
    text: &str,
    line: Span,
    is_first_line: bool,
    next_has_content: bool,
) -> Option<(Heading, SectionKind)> {
    let raw = line.slice(text);
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.len() > 60 || !next_has_content {
        return None;
    }
    let lead = raw.len() - raw.trim_start().len();
    let (style, words) = if let Some(rest) = trimmed.strip_prefix('#') {
        (HeadingStyle::Markdown, rest.trim_start_matches('#').trim())
    } else if let Some(rest) = trimmed.strip_suffix(':') {
        (HeadingStyle::Colon, rest.trim())
    } else if is_all_caps(trimmed) {
        (HeadingStyle::AllCaps, trimmed)
    } else {
        (HeadingStyle::TitleCase, trimmed)
    };
    let words = words.trim_end_matches(':').trim();
    if words.is_empty() || words.split_whitespace().count() > 6 {
        return None;
    }
    if words
        .chars()
        .next()
        .is_some_and(|c| phrases::is_bullet_marker(c) || c.is_ascii_digit())
    {
        return None;
    }
    let title_start = line.start + lead + trimmed.find(words).unwrap_or(0);
    let title = Span::new(title_start, title_start + words.len());
    let heading = |kind, creative| {
        Some((
            Heading {
                span: line,
                title,
                style,
                creative,
            },
            kind,
        ))
    };
    if let Some(kind) = phrases::standard_heading(words) {
        return heading(kind, false);
    }
    if let Some(kind) = phrases::creative_heading(words) {
        return heading(kind, true);
    }
    // An unknown heading: only when it is styled like one (not a name line or a role title).
    let styled = matches!(style, HeadingStyle::Markdown | HeadingStyle::Colon)
        || (style == HeadingStyle::AllCaps && !is_first_line);
    if styled && !words.contains(['@', '|', ',']) && !words.chars().any(|c| c.is_ascii_digit()) {
        return heading(SectionKind::Other, false);
    }
    None
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 3
}
