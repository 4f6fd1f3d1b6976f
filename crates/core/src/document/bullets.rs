//! Bullets: `-`, `*`, `•`, `▪`, `–`, numbered items, with wrapped continuation lines joined.

use super::{facts::BulletFacts, Section, SectionKind};
use crate::phrases;
use crate::span::Span;
use crate::text::Token;
use alloc::vec::Vec;

#[derive(Debug, Clone, PartialEq)]
pub struct Bullet {
    /// The whole bullet, marker included, continuation lines included.
    pub span: Span,
    /// The bullet's words: after the marker, trimmed.
    pub body: Span,
    /// The marker character (`'-'`, `'•'`, `'1'` for numbered items).
    pub marker: char,
    pub section_kind: SectionKind,
    /// Index into `Document::sections`.
    pub section: usize,
    /// Index into `Document::roles` of the role it sits under, if any.
    pub role: Option<usize>,
    /// Position among the experience bullets, 0 = most recent role's first bullet.
    pub ordinal: usize,
    /// What the bullet contains (numbers, verbs, terms…), computed once for all bullet rules.
    pub facts: BulletFacts,
}

/// Find bullets. A bullet starts at a line whose first non-space character is a bullet marker
/// (or `1.` / `1)`), and continues over following lines that are indented or start in lower
/// case, until a blank line, another bullet or a heading.
pub fn find(text: &str, lines: &[Span], sections: &[Section], _tokens: &[Token]) -> Vec<Bullet> {
    let heading_lines: Vec<Span> = sections
        .iter()
        .filter_map(|s| s.heading.as_ref().map(|h| h.span))
        .collect();
    let mut bullets: Vec<Bullet> = Vec::new();
    let mut open: Option<usize> = None;
    for line in lines {
        let raw = line.slice(text);
        let trimmed = raw.trim_start();
        if trimmed.trim().is_empty() || heading_lines.contains(line) {
            open = None;
            continue;
        }
        let lead = raw.len() - trimmed.len();
        if let Some((marker, marker_len)) = bullet_marker(trimmed) {
            let body_text = trimmed.get(marker_len..).unwrap_or("");
            let body_lead = body_text.len() - body_text.trim_start().len();
            let body_start = line.start + lead + marker_len + body_lead;
            let body_end = line.start + raw.trim_end().len();
            let (section, section_kind) = section_of(sections, line.start);
            bullets.push(Bullet {
                span: Span::new(line.start + lead, body_end),
                body: Span::new(body_start, body_end.max(body_start)),
                marker,
                section_kind,
                section,
                role: None,
                ordinal: 0,
                facts: BulletFacts::default(),
            });
            open = Some(bullets.len() - 1);
        } else if let Some(idx) = open {
            let continues = lead > 0 || trimmed.chars().next().is_some_and(char::is_lowercase);
            match bullets.get_mut(idx) {
                Some(b) if continues => {
                    let end = line.start + raw.trim_end().len();
                    b.span.end = end;
                    b.body.end = end;
                }
                _ => open = None,
            }
        }
    }
    bullets
}

fn section_of(sections: &[Section], at: usize) -> (usize, SectionKind) {
    sections
        .iter()
        .enumerate()
        .rev()
        .find(|(_, s)| s.span.start <= at)
        .map(|(i, s)| (i, s.kind))
        .unwrap_or((0, SectionKind::Header))
}

/// The bullet marker at the start of `s` and its byte length, if any.
fn bullet_marker(s: &str) -> Option<(char, usize)> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    if phrases::is_bullet_marker(first) {
        let after = s.get(first.len_utf8()..)?;
        // "-" must be followed by a space to be a bullet ("-5% cost" is not).
        if after.starts_with(char::is_whitespace) {
            return Some((first, first.len_utf8()));
        }
        return None;
    }
    if first.is_ascii_digit() {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits <= 2 {
            let rest = s.get(digits..)?;
            if (rest.starts_with(". ") || rest.starts_with(") ")) && rest.len() > 2 {
                return Some(('1', digits + 1));
            }
        }
    }
    None
}
