//! The parts of a posting: which lines are headings, and the role of every line (about us,
//! responsibilities, requirements, nice to have, benefits, compensation, location,
//! equal-opportunity text, how to apply). Boilerplate roles never yield requirements.
//!
//! A heading is a short line that is styled (Markdown `#`, bold, a trailing colon, ALL CAPS)
//! or that is nothing but a known heading phrase; "Requirements: Go, Kafka" is a heading and
//! its content on one line. Outside headings, a line of equal-opportunity, pay or eligibility
//! text, or a list of places, is boilerplate on its own.

use super::places::is_place_word;
use super::stoplist::{self, BOILERPLATE_LINES, HEADING_ROLES};
use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// What a part of a posting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The lines before the first heading (after the title).
    Intro,
    About,
    Responsibilities,
    Requirements,
    Preferred,
    Benefits,
    Compensation,
    Location,
    Eeo,
    Apply,
    /// Under a heading the reader does not know ("The Payments Team").
    Other,
}

impl Role {
    /// Whether the role's lines are boilerplate: never requirements.
    pub fn is_boilerplate(self) -> bool {
        matches!(
            self,
            Role::About
                | Role::Benefits
                | Role::Compensation
                | Role::Location
                | Role::Eeo
                | Role::Apply
        )
    }
}

/// How much a posting asks for what a line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// Under "Requirements", "Must have", "Qualifications", or marked "required".
    Required,
    /// Under "Nice to have", "Preferred", "Bonus", or marked "a plus".
    Preferred,
    /// Named elsewhere (the role, responsibilities, the stack): counted with the required
    /// ones, since the posting describes the job with them.
    Mentioned,
}

impl Need {
    /// The stronger of two marks: an explicit mark beats a mention, required beats preferred.
    pub fn merge(self, other: Need) -> Need {
        match (self, other) {
            (Need::Required, _) | (_, Need::Required) => Need::Required,
            (Need::Preferred, _) | (_, Need::Preferred) => Need::Preferred,
            _ => Need::Mentioned,
        }
    }

    /// Whether it counts with the required ones.
    pub fn is_required(self) -> bool {
        self != Need::Preferred
    }
}

/// One line of a posting, read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub span: Span,
    pub role: Role,
    /// A heading line (its own words are no requirement); `content` is what follows its colon
    /// when the heading carries content on the same line.
    pub heading: bool,
    pub content: Option<Span>,
    pub need: Need,
}

/// Lines longer than this are read sentence by sentence: a posting pasted as one paragraph
/// ("… Experience with Celery is a plus. The salary range is $110,000 …") has its marks and
/// its boilerplate per sentence.
const LONG_LINE: usize = 160;

/// The units a posting is read in: its lines, with long lines split after each sentence
/// (". ", "! ", "? " before a capital letter). Linear.
pub fn units(text: &str, lines: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(lines.len());
    for &line in lines {
        let s = line.slice(text);
        if s.len() <= LONG_LINE {
            out.push(line);
            continue;
        }
        let mut start = 0;
        let bytes = s.as_bytes();
        for (i, w) in bytes.windows(3).enumerate() {
            if let [end, b' ', next] = *w {
                if matches!(end, b'.' | b'!' | b'?') && next.is_ascii_uppercase() {
                    out.push(Span::new(line.start + start, line.start + i + 1));
                    start = i + 2;
                }
            }
        }
        out.push(Span::new(line.start + start, line.end));
    }
    out
}

/// Read the lines of `text`: roles, headings, needs.
pub fn read(text: &str, lines: &[Span]) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    let mut section = Role::Intro;
    for (i, &span) in lines.iter().enumerate() {
        let raw = span.slice(text);
        let next_is_item = lines
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .map(|l| l.slice(text).trim())
            .find(|l| !l.is_empty())
            .is_some_and(is_item);
        let found = heading(raw).or_else(|| {
            next_is_item
                .then(|| lead_in(raw))
                .flatten()
                .map(|r| (r, None))
        });
        if let Some((role, content)) = found {
            let content = content.map(|at| Span::new(span.start + at, span.end));
            if content.is_none() {
                section = role;
            }
            out.push(Line {
                span,
                role,
                heading: true,
                content,
                need: role_need(role),
            });
            continue;
        }
        let role = boilerplate_line(raw).unwrap_or(section);
        let need = inline_need(raw).unwrap_or(role_need(role));
        out.push(Line {
            span,
            role,
            heading: false,
            content: None,
            need,
        });
    }
    out
}

fn role_need(role: Role) -> Need {
    match role {
        Role::Requirements => Need::Required,
        Role::Preferred => Need::Preferred,
        _ => Need::Mentioned,
    }
}

/// Letters an ALL-CAPS line needs to read as a posting's heading: "ABOUT US" and "PERKS" do,
/// "AWS" or "SQL" alone (a line of a requirement list) does not.
const HEADING_CAPS_LETTERS: usize = 4;

/// If `line` is a heading: its role and, for "Heading: content", the content's byte offset.
pub fn heading(line: &str) -> Option<(Role, Option<usize>)> {
    let t = line.trim();
    if t.is_empty() || (t.starts_with(['-', '•', '*', '·', '▪', '–']) && !t.starts_with("**"))
    {
        return None;
    }
    // "Requirements: Go, Kafka" — a heading phrase before a colon, content after it.
    if let Some(colon) = t.find(':') {
        let head = clean(t.get(..colon).unwrap_or(""));
        let rest = t
            .get(colon + 1..)
            .unwrap_or("")
            .trim()
            .trim_matches('*')
            .trim();
        if !rest.is_empty() && head.split_whitespace().count() <= 4 {
            let lower = heading_words(head);
            if let Some(role) = phrase_role(&lower) {
                let at = line.len() - line.trim_start().len() + colon + 1;
                return Some((role, Some(at)));
            }
            return None;
        }
    }
    let words = clean(t);
    let count = words.split_whitespace().count();
    if count == 0 || count > 8 {
        return None;
    }
    let lower = heading_words(words);
    let styled = t.starts_with('#')
        || t.ends_with(':')
        || t.ends_with(":**")
        || (t.starts_with("**") && t.ends_with("**"))
        || (t.starts_with("__") && t.ends_with("__"))
        || crate::text::is_all_caps(words, HEADING_CAPS_LETTERS);
    let known = phrase_role(&lower);
    if styled && !words.ends_with(['.', '!', '?', ',']) {
        return Some((known.unwrap_or(Role::Other), None));
    }
    // An unstyled line is a heading only when it is a short heading phrase.
    let bare = lower.trim_end_matches(['.', '!']);
    let exact = HEADING_ROLES.iter().any(|(p, _)| *p == bare)
        || (count <= 4 && bare.starts_with("about ") && !bare.contains(','))
        || (count <= 5
            && known.is_some()
            && !bare.contains([',', '.'])
            && starts_like_heading(bare));
    if exact {
        return known.map(|r| (r, None));
    }
    None
}

/// Whether a line is a list item ("- …", "* …", "• …").
fn is_item(line: &str) -> bool {
    line.starts_with(['-', '•', '*', '·', '▪', '–', '◦']) && !line.starts_with("**")
}

/// An unstyled line that introduces a list ("You might be a fit if you have", "In this role
/// you will"): short, no sentence end, not an item itself, holding a heading phrase.
fn lead_in(line: &str) -> Option<Role> {
    let t = line.trim();
    if t.is_empty() || is_item(t) || t.ends_with(['.', '!', '?', ',', ';']) {
        return None;
    }
    if t.split_whitespace().count() > 9 {
        return None;
    }
    phrase_role(&heading_words(t))
}

/// Heading words as the phrase table spells them: lower-case, typographic apostrophes as
/// "'", hyphens as spaces ("What you’ll do", "Nice-to-haves").
fn heading_words(s: &str) -> String {
    s.to_ascii_lowercase()
        .replace(['’', '‘'], "'")
        .replace('-', " ")
}

/// A heading's words without Markdown decoration and a trailing colon.
fn clean(t: &str) -> &str {
    t.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':')
        .trim_end_matches(['*', '_'])
        .trim_end_matches(':')
        .trim()
}

/// Whether a short unstyled line opens like a heading ("Nice to have", "What you'll do")
/// rather than a sentence that happens to hold a heading word ("Experience with Go").
fn starts_like_heading(lower: &str) -> bool {
    HEADING_ROLES.iter().any(|(p, _)| lower.starts_with(p))
        && !lower.starts_with("experience with")
        && !lower.starts_with("experience in")
}

/// The role of the first heading phrase found in `lower`.
fn phrase_role(lower: &str) -> Option<Role> {
    HEADING_ROLES
        .iter()
        .find(|(p, _)| has_phrase(lower, p))
        .map(|(_, r)| *r)
}

/// A line that is boilerplate wherever it stands: equal-opportunity, pay, eligibility or
/// apply text, or a list of places.
fn boilerplate_line(line: &str) -> Option<Role> {
    let lower = line.to_ascii_lowercase();
    if let Some((_, role)) = BOILERPLATE_LINES
        .iter()
        .find(|(p, _)| has_phrase(&lower, p))
    {
        return Some(*role);
    }
    if is_pay_line(&lower) {
        return Some(Role::Compensation);
    }
    is_place_list(line).then_some(Role::Location)
}

/// A salary line: a currency amount and a pay word ("$140,000 – $175,000 base").
fn is_pay_line(lower: &str) -> bool {
    let money = lower.char_indices().any(|(i, c)| {
        matches!(c, '$' | '€' | '£')
            && lower
                .get(i + c.len_utf8()..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
    });
    money
        && [
            "salary",
            "range",
            "base",
            "compensation",
            "pay",
            "per year",
            "/year",
            "annually",
            "usd",
            "eur",
            "gbp",
            "equity",
            "ote",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// A list of places: three or more items, most of them made of place words ("Albania,
/// Algeria, Andorra, …"; "Berlin · Dublin · Remote (EU)").
fn is_place_list(line: &str) -> bool {
    let items: Vec<&str> = line
        .split([',', ';', '|', '/', '•', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() < 3 {
        return false;
    }
    let mut buf = String::new();
    let places = items
        .iter()
        .filter(|item| {
            let mut any = false;
            let all = item
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    buf.clear();
                    buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
                    let place = is_place_word(&buf)
                        || matches!(buf.as_str(), "and" | "or" | "of" | "the" | "city" | "de");
                    any |= place;
                    place
                });
            any && all
        })
        .count();
    places * 5 >= items.len() * 3
}

/// A requirement mark inside a line ("Kafka is a plus", "Go is required").
fn inline_need(line: &str) -> Option<Need> {
    let lower = line.to_ascii_lowercase();
    if stoplist::INLINE_PREFERRED
        .iter()
        .any(|p| has_phrase(&lower, p))
    {
        Some(Need::Preferred)
    } else if stoplist::INLINE_REQUIRED
        .iter()
        .any(|p| has_phrase(&lower, p))
    {
        Some(Need::Required)
    } else {
        None
    }
}

/// `needle` in `hay` on word boundaries (both lower-case).
pub fn has_phrase(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| h.find(needle)) {
        let start = from + i;
        let end = start + needle.len();
        let before = hay.get(..start).and_then(|s| s.chars().next_back());
        let after = hay.get(end..).and_then(|s| s.chars().next());
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(line: &str) -> Option<Role> {
        heading(line).map(|h| h.0)
    }

    #[test]
    fn headings_and_their_roles() {
        assert_eq!(role("Requirements"), Some(Role::Requirements));
        assert_eq!(role("## Nice to have"), Some(Role::Preferred));
        assert_eq!(role("Preferred Qualifications:"), Some(Role::Preferred));
        assert_eq!(role("**Must have**"), Some(Role::Requirements));
        assert_eq!(role("What you'll do:"), Some(Role::Responsibilities));
        assert_eq!(role("BONUS POINTS"), Some(Role::Preferred));
        assert_eq!(role("About Ledgerly"), Some(Role::About));
        assert_eq!(role("About you"), Some(Role::Requirements));
        assert_eq!(role("Benefits & Perks"), Some(Role::Benefits));
        assert_eq!(role("## The Payments Team"), Some(Role::Other));
        assert_eq!(role("- 5+ years of Go"), None);
        assert_eq!(role("You will build payment services in Go."), None);
        assert_eq!(role("Experience with Kafka"), None);
        assert_eq!(
            heading("Nice to have: Terraform, Vitess"),
            Some((Role::Preferred, Some(13)))
        );
    }

    #[test]
    fn boilerplate_lines() {
        assert_eq!(
            boilerplate_line("Afghanistan, Albania, Algeria, Andorra, Angola"),
            Some(Role::Location)
        );
        assert_eq!(
            boilerplate_line("Berlin · Dublin · Remote (EU)"),
            Some(Role::Location)
        );
        assert_eq!(
            boilerplate_line("The base salary range is $140,000 - $175,000."),
            Some(Role::Compensation)
        );
        assert_eq!(boilerplate_line("- Go, Kafka, PostgreSQL"), None);
    }

    #[test]
    fn inline_marks() {
        assert_eq!(
            inline_need("- Kafka experience is a plus"),
            Some(Need::Preferred)
        );
        assert_eq!(inline_need("- Go is required"), Some(Need::Required));
        assert_eq!(inline_need("- Operate Go services"), None);
        assert!(!has_phrase("pluses", "plus"));
    }
}
