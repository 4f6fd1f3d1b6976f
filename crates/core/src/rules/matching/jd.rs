//! Reading a job description: its title, its required vs preferred parts, and its terms
//! (taxonomy hits plus unknown technology-looking words), read once when it is pasted.

use super::{stoplist, title, unknown, MatchReport};
use crate::document::Document;
use crate::span::Span;
use crate::taxonomy;
use crate::text;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cell::OnceCell;
use serde::Serialize;

/// How much the posting asks for a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// Under "Requirements", "Must have", "Qualifications", or marked "required".
    Required,
    /// Under "Nice to have", "Preferred", "Bonus", or marked "a plus".
    Preferred,
    /// Named elsewhere (the role, responsibilities, the stack): counted with the required
    /// terms, since the posting describes the job with them.
    Mentioned,
}

impl Need {
    /// The stronger of two marks: an explicit mark beats a mention, required beats preferred.
    fn merge(self, other: Need) -> Need {
        match (self, other) {
            (Need::Required, _) | (_, Need::Required) => Need::Required,
            (Need::Preferred, _) | (_, Need::Preferred) => Need::Preferred,
            _ => Need::Mentioned,
        }
    }

    /// Whether the term counts with the required ones.
    pub fn is_required(self) -> bool {
        self != Need::Preferred
    }
}

/// Which term a JD term is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermKey {
    /// A taxonomy term (index into `taxonomy::terms()`).
    Known(u16),
    /// A technology-looking word the taxonomy does not know, lower-cased ("temporal").
    Unknown(String),
}

/// One term the job description names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdTerm {
    pub key: TermKey,
    /// As the posting first writes it ("Golang").
    pub spelling: String,
    /// Every spelling the posting uses (`Term::spelling` indexes; empty for unknown words).
    pub spellings: Vec<u8>,
    pub need: Need,
    pub count: u32,
}

/// A job description, read once.
#[derive(Debug, Clone, Default)]
pub struct JobDescription {
    pub text: String,
    /// The posting's job title ("Senior Backend Engineer").
    pub title: Option<String>,
    /// Whether the posting separates required from preferred.
    pub split: bool,
    /// Its terms, in order of first appearance.
    pub terms: Vec<JdTerm>,
    /// The match report against the last document it was matched with, keyed by that
    /// document's identity (see [`JobDescription::cached`]).
    memo: OnceCell<(DocKey, MatchReport)>,
}

/// Identifies a document for the memo: its text's address and length, token and hit counts.
type DocKey = (usize, usize, usize, usize);

fn doc_key(doc: &Document<'_>) -> DocKey {
    (
        doc.text.as_ptr() as usize,
        doc.text.len(),
        doc.tokens.len(),
        doc.terms.len(),
    )
}

impl JobDescription {
    pub fn parse(text: &str) -> Self {
        let text = clamp(text, crate::MAX_INPUT_BYTES);
        let lines = crate::document::line_spans(text);
        let tokens = text::tokenize(text);
        let hits = taxonomy::find_terms(text, &tokens);
        let title_line = title::find_in_jd(text, &lines);

        // The need of each line, and which lines are headings (no unknown terms from those).
        let mut section = Need::Mentioned;
        let mut split = false;
        let mut needs: Vec<Need> = Vec::with_capacity(lines.len());
        let mut heading: Vec<bool> = Vec::with_capacity(lines.len());
        for line in &lines {
            let raw = line.slice(text);
            if let Some(need) = heading_need(raw) {
                section = need;
                split |= need != Need::Mentioned;
                needs.push(need);
                heading.push(true);
                continue;
            }
            let inline = inline_need(raw);
            split |= inline.is_some();
            needs.push(inline.unwrap_or(section));
            heading.push(false);
        }
        let need_at = |line: usize| needs.get(line).copied().unwrap_or(Need::Mentioned);

        let mut terms: Vec<JdTerm> = Vec::new();
        let mut index: BTreeMap<TermKey, usize> = BTreeMap::new();
        let mut add = |key: TermKey, written: &str, spelling: Option<u8>, need: Need| match index
            .get(&key)
            .and_then(|&i| terms.get_mut(i))
        {
            Some(t) => {
                t.count += 1;
                t.need = t.need.merge(need);
                if let Some(s) = spelling.filter(|s| !t.spellings.contains(s)) {
                    t.spellings.push(s);
                }
            }
            None => {
                index.insert(key.clone(), terms.len());
                terms.push(JdTerm {
                    key,
                    spelling: written.to_string(),
                    spellings: spelling.into_iter().collect(),
                    need,
                    count: 1,
                });
            }
        };

        // Taxonomy hits and unknown candidates, merged in text order so "first spelling" and
        // term order follow the posting.
        let skip_line = |i: usize| {
            heading.get(i).copied().unwrap_or(false) || Some(i) == title_line.as_ref().map(|t| t.0)
        };
        let stops = company_words(text, &lines, title_line.as_ref().map(|t| t.0));
        let unknowns = unknown::find(text, &tokens, &hits, &lines, &skip_line, &stops);
        let mut u = unknowns.iter().peekable();
        let mut line = 0usize;
        let line_of = |at: usize, line: &mut usize| {
            while lines.get(*line).is_some_and(|l| l.end < at) {
                *line += 1;
            }
            *line
        };
        for hit in &hits {
            while let Some(c) = u.next_if(|c| c.span.start < hit.span.start) {
                let l = line_of(c.span.start, &mut line);
                add(
                    TermKey::Unknown(c.key.clone()),
                    c.span.slice(text),
                    None,
                    need_at(l),
                );
            }
            let l = line_of(hit.span.start, &mut line);
            add(
                TermKey::Known(hit.term),
                hit.span.slice(text),
                Some(hit.spelling()),
                need_at(l),
            );
        }
        for c in u {
            let l = line_of(c.span.start, &mut line);
            add(
                TermKey::Unknown(c.key.clone()),
                c.span.slice(text),
                None,
                need_at(l),
            );
        }

        JobDescription {
            text: String::from(text),
            title: title_line.map(|t| t.1),
            split,
            terms,
            memo: OnceCell::new(),
        }
    }

    /// The match report of `doc`, computed by `compute` on the first call and reused after:
    /// every J- rule and the report ask for the same report of the same document during one
    /// analysis. A different document is computed afresh (and not kept).
    pub(super) fn cached(
        &self,
        doc: &Document<'_>,
        compute: fn(&Document<'_>, &JobDescription) -> MatchReport,
    ) -> MatchReport {
        let key = doc_key(doc);
        if let Some((k, report)) = self.memo.get() {
            if *k == key {
                return report.clone();
            }
            return compute(doc, self);
        }
        let report = compute(doc, self);
        let _ = self.memo.set((key, report.clone()));
        report
    }

    /// Whether the posting names taxonomy term `term` (any spelling).
    pub fn mentions(&self, term: u16) -> bool {
        self.known(term).is_some()
    }

    /// How the posting first spells taxonomy term `term`.
    pub fn spelling_of(&self, term: u16) -> Option<&str> {
        self.known(term).map(|t| t.spelling.as_str())
    }

    fn known(&self, term: u16) -> Option<&JdTerm> {
        self.terms.iter().find(|t| t.key == TermKey::Known(term))
    }
}

/// `text` cut to at most `max` bytes on a character boundary.
fn clamp(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// If `line` is a section heading, the need it sets for the lines under it.
fn heading_need(line: &str) -> Option<Need> {
    let t = line.trim();
    if t.is_empty() || t.starts_with(['-', '•', '*', '·', '▪', '–']) && !t.starts_with("**")
    {
        return None;
    }
    let words = t
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':')
        .trim_end_matches('*')
        .trim_end_matches(':')
        .trim();
    let count = words.split_whitespace().count();
    if count == 0 || count > 8 {
        return None;
    }
    let lower = words.to_ascii_lowercase();
    let styled = t.starts_with('#')
        || t.ends_with(':')
        || t.ends_with(":**")
        || (t.starts_with("**") && t.ends_with("**"))
        || is_all_caps(words);
    let known = if stoplist::PREFERRED_HEADINGS
        .iter()
        .any(|p| has_phrase(&lower, p))
    {
        Some(Need::Preferred)
    } else if stoplist::REQUIRED_HEADINGS
        .iter()
        .any(|p| has_phrase(&lower, p))
    {
        Some(Need::Required)
    } else {
        None
    };
    if styled {
        return Some(known.unwrap_or(Need::Mentioned));
    }
    // An unstyled line is a heading only when it is nothing but a heading phrase.
    let bare = lower.trim_end_matches(['.', '!']);
    let exact = stoplist::PREFERRED_HEADINGS.contains(&bare)
        || stoplist::REQUIRED_HEADINGS.contains(&bare)
        || matches!(
            bare,
            "responsibilities"
                | "what you'll do"
                | "what you will do"
                | "about the role"
                | "the role"
                | "benefits"
                | "about us"
        );
    exact.then(|| known.unwrap_or(Need::Mentioned))
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
pub(crate) fn has_phrase(hay: &str, needle: &str) -> bool {
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
    letters >= 4
}

/// Words that name the hiring company ("At Ledgerly, …", "About Ledgerly", "Join Ledgerly",
/// "… Engineer at Ledgerly"): capitalised, but not technologies. Lower-case.
fn company_words(text: &str, lines: &[Span], title_line: Option<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut take = |rest: &str| {
        if let Some(w) = rest.split_whitespace().next() {
            let w = w
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().next().is_some_and(char::is_uppercase) {
                out.push(w.to_ascii_lowercase());
            }
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let t = line.slice(text).trim().trim_start_matches('#').trim();
        for prefix in ["At ", "About ", "Join ", "Why "] {
            if let Some(rest) = t.strip_prefix(prefix) {
                take(rest);
            }
        }
        if Some(i) == title_line {
            for sep in [" at ", " @ "] {
                if let Some(pos) = t.find(sep) {
                    take(t.get(pos + sep.len()..).unwrap_or(""));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_set_the_need() {
        assert_eq!(heading_need("Requirements"), Some(Need::Required));
        assert_eq!(heading_need("## Nice to have"), Some(Need::Preferred));
        assert_eq!(
            heading_need("Preferred Qualifications:"),
            Some(Need::Preferred)
        );
        assert_eq!(heading_need("**Must have**"), Some(Need::Required));
        assert_eq!(heading_need("What you'll do:"), Some(Need::Mentioned));
        assert_eq!(heading_need("BONUS POINTS"), Some(Need::Preferred));
        assert_eq!(heading_need("- 5+ years of Go"), None);
        assert_eq!(heading_need("You will build payment services in Go."), None);
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

    #[test]
    fn long_single_line_is_linear() {
        // ~1 MB on one line, full of candidates, commas and parentheses.
        let line = "Experience with Go, (Kafka), Vitess, TigerBeetle and Cadence, on Kubernetes; ";
        let text = line.repeat(1_000_000 / line.len());
        let jd = JobDescription::parse(&text);
        assert!(jd.terms.len() >= 5);
    }

    #[test]
    fn clamp_respects_char_boundaries() {
        assert_eq!(clamp("aé", 2), "a");
    }
}
