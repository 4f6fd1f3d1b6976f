//! Bullets: `-`, `*`, `+`, `•`, `▪`, `–`, other glyphs and emoji, numbered items (`1.`, `2)`,
//! `(3)`), with wrapped continuation lines joined.
//!
//! A continuation line is one that is indented past the bullet's marker, starts in lower case,
//! with a digit or a closing/joining character, or (when a PDF or editor wrapped the text
//! without indenting) follows a line that stops mid-sentence on a joining word ("… by
//! migrating the" / "PostgreSQL cluster …"). A blank line, a heading, another bullet or a line
//! with a date range (the next role) ends a bullet.

use super::{classify::NotWork, facts::BulletFacts, roles, Section};
use crate::phrases;
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::vec::Vec;

#[derive(Debug, Clone, PartialEq)]
pub struct Bullet {
    /// The whole bullet, marker included, continuation lines included.
    pub span: Span,
    /// The bullet's words: after the marker, trimmed. Markdown emphasis stays in.
    pub body: Span,
    /// The marker character (`'-'`, `'•'`, `'🚀'`; `'1'` for numbered items).
    pub marker: char,
    pub section_kind: SectionKind,
    /// Index into `Document::sections`.
    pub section: usize,
    /// Index into `Document::roles` of the role it sits under, if any.
    pub role: Option<usize>,
    /// Position among the bullets, most recent work first: 0 is the first bullet of the most
    /// recent Experience role (by the roles' dates when every role has them, else document
    /// order); then the rest of Experience, then Projects, then every other bullet in
    /// document order. Unique per bullet.
    pub ordinal: usize,
    /// Why this is not an achievement bullet (a skills line, a certification, a project
    /// title line…), if it is not: such bullets are never judged. See [`super::classify`].
    pub not_work: Option<NotWork>,
    /// A sentence of a prose paragraph read as a bullet (it has no marker of its own).
    pub prose: bool,
    /// What the bullet contains (numbers, verbs, terms…), computed once for all bullet rules.
    pub facts: BulletFacts,
}

/// The marker of a prose sentence read as a bullet.
pub const PROSE_MARKER: char = '¶';

/// Words a wrapped line can stop on mid-sentence: the next line continues the bullet even
/// when it starts with a capital ("… migrated the" / "Postgres cluster …").
const JOINING_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "for",
    "from",
    "by",
    "with",
    "in",
    "on",
    "at",
    "into",
    "via",
    "using",
    "across",
    "over",
    "under",
    "through",
    "between",
    "per",
    "as",
    "that",
    "which",
    "while",
    "including",
    "such",
    "than",
    "onto",
    "within",
    "without",
    "both",
    "its",
    "their",
    "our",
    "my",
    "&",
    "+",
    "multiple",
    "several",
    "new",
];

/// Find bullets. `sections` come from [`super::sections::find`]; heading lines are never
/// bullets.
pub fn find(text: &str, lines: &[Span], sections: &[Section]) -> Vec<Bullet> {
    let mut bullets: Vec<Bullet> = Vec::new();
    let mut open: Option<Open> = None;
    let mut section = 0usize;
    for line in lines {
        while sections
            .get(section + 1)
            .is_some_and(|s| s.span.start <= line.start)
        {
            section += 1;
        }
        let (kind, heading) = sections
            .get(section)
            .map_or((SectionKind::Header, None), |s| {
                (s.kind, s.heading.as_ref().map(|h| h.span))
            });
        let raw = line.slice(text);
        let trimmed = raw.trim_start();
        if trimmed.trim().is_empty() || heading.is_some_and(|h| h.contains(*line)) {
            open = None;
            continue;
        }
        let lead = raw.len() - trimmed.len();
        let end = line.start + raw.trim_end().len();
        let found = marker(trimmed).or_else(|| {
            (kind != SectionKind::Header)
                .then(|| pictograph_marker(trimmed))
                .flatten()
        });
        if let Some((marker, body_offset)) = found {
            let body_start = (line.start + lead + body_offset).min(end);
            bullets.push(Bullet {
                span: Span::new(line.start + lead, end),
                body: Span::new(body_start, end),
                marker,
                section_kind: kind,
                section,
                role: None,
                ordinal: 0,
                not_work: None,
                prose: false,
                facts: BulletFacts::default(),
            });
            open = Some(Open {
                index: bullets.len() - 1,
                lead,
                last_line: Span::new(line.start + lead, end),
            });
            continue;
        }
        let Some(o) = open.as_mut() else { continue };
        if continues(text, o, lead, trimmed.trim_end()) {
            if let Some(b) = bullets.get_mut(o.index) {
                b.span.end = end;
                b.body.end = end;
            }
            o.last_line = Span::new(line.start + lead, end);
        } else {
            open = None;
        }
    }
    bullets
}

/// The bullet still being read.
struct Open {
    index: usize,
    lead: usize,
    last_line: Span,
}

/// Whether `line` (trimmed) continues the open bullet.
fn continues(text: &str, open: &Open, lead: usize, line: &str) -> bool {
    if crate::date::date_range_in(line).is_some() {
        return false;
    }
    if lead > open.lead {
        return true;
    }
    let Some(first) = line.chars().next() else {
        return false;
    };
    if first.is_lowercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '(' | '&' | '+' | ',' | ';' | '%' | '$' | '€' | '£' | '"'
        )
    {
        return true;
    }
    // A capitalised line that reads like a role line ("Engineer — Beta") starts something new.
    if line.contains(['|', '—']) || line.contains(" – ") || roles::has_title_word(line) {
        return false;
    }
    let prev = open.last_line.slice(text).trim_end();
    if prev.ends_with(['.', '!', '?', ';', ':']) {
        return false;
    }
    if prev.ends_with([',', '-', '–', '/', '(']) {
        return true;
    }
    let last_word = prev
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    JOINING_WORDS.contains(&last_word.as_str())
        || (last_word.ends_with("ing") && last_word.len() > 4)
        || (line.ends_with('.') && line.split_whitespace().count() <= 12 && prev.len() >= 50)
}

/// The bullet marker at the start of `s` (no leading space) and the offset of the bullet's
/// words, for the markers in [`phrases::BULLET_MARKERS`] and numbered items. A doubled marker
/// ("- • Built") is skipped as one. `None` when the "bullet" has no words (a rule `- - -`).
pub(crate) fn marker(s: &str) -> Option<(char, usize)> {
    let first = s.chars().next()?;
    let (marker, after) = if phrases::is_bullet_marker(first) {
        let after = first.len_utf8();
        let rest = s.get(after..)?;
        // ASCII markers and dashes need a space: "-5% cost" and "*emphasis*" are not bullets.
        if (first.is_ascii() || matches!(first, '–' | '—'))
            && !rest.starts_with(char::is_whitespace)
        {
            return None;
        }
        (first, after)
    } else if let Some(found) = letter_or_icon_marker(s) {
        found
    } else {
        numbered(s)?
    };
    let mut offset = after + leading_space(s.get(after..)?);
    // "- • Architected": a second glyph marker right after the first.
    if let Some(rest) = s.get(offset..) {
        if let Some(c) = rest.chars().next() {
            if phrases::is_bullet_marker(c)
                && rest
                    .get(c.len_utf8()..)
                    .is_some_and(|r| r.starts_with(char::is_whitespace))
            {
                let skip = c.len_utf8();
                offset += skip + leading_space(rest.get(skip..).unwrap_or(""));
            }
        }
    }
    let body = s.get(offset..)?;
    body.chars()
        .any(char::is_alphanumeric)
        .then_some((marker, offset))
}

/// Word's second-level bullet "o" (Courier "o" before a capitalised item: "o Replaced polling
/// …"), and an icon-font glyph in the Private Use Area (what a PDF's FontAwesome or Wingdings
/// bullet extracts as): `(marker, marker length)`.
fn letter_or_icon_marker(s: &str) -> Option<(char, usize)> {
    let first = s.chars().next()?;
    let after = first.len_utf8();
    let rest = s.get(after..)?;
    if first == 'o' {
        let body = rest.strip_prefix(' ')?.trim_start();
        return body
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(('o', after));
    }
    matches!(u32::from(first), 0xE000..=0xF8FF).then_some((first, after))
}

/// An emoji or dingbat used as a bullet ("🚀 Built …", "★ Led …").
fn pictograph_marker(s: &str) -> Option<(char, usize)> {
    let first = s.chars().next()?;
    if !phrases::is_pictograph_marker(first) {
        return None;
    }
    // Variation selectors and joiners belong to the emoji.
    let mut offset = first.len_utf8();
    for c in s.get(offset..)?.chars() {
        if matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}') || phrases::is_pictograph_marker(c) {
            offset += c.len_utf8();
        } else {
            break;
        }
    }
    let rest = s.get(offset..)?;
    let offset = offset + leading_space(rest);
    s.get(offset..)?
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
        .then_some((first, offset))
}

/// `1.`, `12)`, `(3)` followed by a space: `('1', marker length)`.
fn numbered(s: &str) -> Option<(char, usize)> {
    let (open, rest) = match s.strip_prefix('(') {
        Some(r) => (1, r),
        None => (0, s),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let after = rest.get(digits..)?;
    let close = after.chars().next()?;
    let ok = if open == 1 {
        close == ')'
    } else {
        close == '.' || close == ')'
    };
    let len = open + digits + 1;
    (ok && s.get(len..)?.starts_with(char::is_whitespace)).then_some(('1', len))
}

fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Fill `role` and `ordinal` once roles are known. `order` lists role indices most recent
/// first (see [`roles::recency_order`]).
pub fn assign_roles(bullets: &mut [Bullet], roles: &[roles::Role], order: &[usize]) {
    // Roles are in document order; each bullet takes the last role of its section before it.
    let mut r = 0usize;
    for b in bullets.iter_mut() {
        while roles
            .get(r + 1)
            .is_some_and(|role| role.span.start < b.span.start)
        {
            r += 1;
        }
        b.role = roles
            .get(r)
            .filter(|role| role.span.start < b.span.start && role.section_index == b.section)
            .map(|_| r);
    }
    let mut rank = alloc::vec![usize::MAX; roles.len()];
    for (pos, &i) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i) {
            *slot = pos;
        }
    }
    let mut keys: Vec<(u8, usize, usize)> = bullets
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let group = match b.section_kind {
                SectionKind::Experience => 0,
                SectionKind::Projects => 1,
                _ => 2,
            };
            let role_rank = b
                .role
                .and_then(|r| rank.get(r).copied())
                .filter(|_| group < 2)
                .unwrap_or(0);
            (group, role_rank, i)
        })
        .collect();
    crate::sort::sort(&mut keys);
    for (ordinal, &(_, _, i)) in keys.iter().enumerate() {
        if let Some(b) = bullets.get_mut(i) {
            b.ordinal = ordinal;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(marker("- Built x"), Some(('-', 2)));
        assert_eq!(marker("•Built x"), Some(('•', 3)));
        assert_eq!(marker("- • Built x"), Some(('-', 6)));
        assert_eq!(marker("12) Built"), Some(('1', 4)));
        assert_eq!(marker("(3) Built"), Some(('1', 4)));
        assert_eq!(marker("-5% cost"), None);
        assert_eq!(marker("**Bold**"), None);
        assert_eq!(marker("- - -"), None);
        assert_eq!(marker("2020 – 2021"), None);
        assert_eq!(marker("1.5M users"), None);
        assert_eq!(marker("o Replaced polling"), Some(('o', 2)));
        assert_eq!(marker("\u{F0DA} Built x"), Some(('\u{F0DA}', 4)));
        // Words that start with "o" are words.
        assert_eq!(marker("o"), None);
        assert_eq!(marker("on call weekly"), None);
        assert_eq!(marker("o and p"), None);
        assert_eq!(pictograph_marker("🚀 Built"), Some(('🚀', 5)));
        assert_eq!(pictograph_marker("🛠️ Built"), Some(('🛠', 8)));
    }
}
