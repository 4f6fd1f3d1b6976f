//! The job-description vocabulary beside the taxonomy (`data/jd_domain.tsv`, compiled by
//! build.rs): business domains a posting asks for (payments, fraud, ads), technologies the
//! taxonomy does not list (Bash, Solr, Trino), and class-level requirements ("a cloud platform",
//! "observability") with the terms that meet them.
//!
//! Matching follows the taxonomy's shape on the shared tokens: per token, one binary search
//! over the phrases sorted by lower-case first word, then that run's phrases longest first;
//! hyphens glued between words are skipped ("e-commerce" = "e commerce"), never across a line
//! break. Leftmost-longest, non-overlapping, linear in the text.

use crate::span::Span;
use crate::taxonomy;
use crate::text::{Token, TokenKind};
use alloc::vec::Vec;

/// What a vocabulary entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VocabKind {
    /// A business domain ("payments").
    Domain,
    /// A technology the taxonomy lacks ("shell scripting").
    Tech,
    /// A class-level requirement, met by its own term or any member ("observability").
    Class,
    /// A family word, met only by a member ("a cloud platform": AWS, GCP, Azure).
    Family,
    /// A technology its members imply ("EKS" is Kubernetes, "Django" is Python).
    Implied,
}

/// One row of the vocabulary.
#[derive(Debug)]
pub struct Entry {
    pub kind: VocabKind,
    pub name: &'static str,
    /// For a class: the taxonomy or vocabulary names that meet it.
    pub members: &'static [&'static str],
}

/// One spelling: its words (lower-case unless `exact`), for the entry at `entry`.
#[derive(Debug)]
struct Phrase {
    first: &'static str,
    words: &'static [&'static str],
    exact: bool,
    entry: usize,
}

include!(concat!(env!("OUT_DIR"), "/jd_vocab_table.rs"));

/// Every entry, in table order (an entry's id is its index).
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The entry with id `id`.
pub fn entry(id: u16) -> Option<&'static Entry> {
    ENTRIES.get(usize::from(id))
}

/// The entry named `name` (exactly), if any.
pub fn lookup(name: &str) -> Option<u16> {
    ENTRIES
        .iter()
        .position(|e| e.name == name)
        .and_then(|i| u16::try_from(i).ok())
}

/// A class's members, for a taxonomy term (by its name) or a vocabulary entry.
pub fn class_members(name: &str) -> &'static [&'static str] {
    ENTRIES
        .iter()
        .find(|e| {
            matches!(
                e.kind,
                VocabKind::Class | VocabKind::Family | VocabKind::Implied
            ) && e.name == name
        })
        .map_or(&[], |e| e.members)
}

/// Whether `name` is a family word: met only by a member, never by its own words.
pub fn is_family(name: &str) -> bool {
    ENTRIES
        .iter()
        .any(|e| e.kind == VocabKind::Family && e.name == name)
}

/// Whether `name` names a kind of thing ("observability", "a cloud platform") whose examples
/// in a posting are alternatives, not a technology that implies its members.
pub fn is_kind(name: &str) -> bool {
    ENTRIES
        .iter()
        .any(|e| matches!(e.kind, VocabKind::Class | VocabKind::Family) && e.name == name)
}

/// Whether `name` (a taxonomy or vocabulary name) is a class with members.
pub fn is_class(name: &str) -> bool {
    !class_members(name).is_empty()
}

/// A vocabulary phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VocabHit {
    pub entry: u16,
    pub span: Span,
}

/// Every vocabulary phrase in `tokens` of `text`, in text order.
pub fn find(text: &str, tokens: &[Token]) -> Vec<VocabHit> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        if t.kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        let word = t.span.slice(text);
        let from = PHRASES.partition_point(|p| cmp_lower(p.first, word).is_lt());
        let mut found = None;
        for p in PHRASES.get(from..).unwrap_or(&[]) {
            if !p.first.eq_ignore_ascii_case(word) {
                break;
            }
            if let Some(end) = matches_at(text, tokens, i, p) {
                found = Some((p.entry, end));
                break;
            }
        }
        match found {
            Some((entry, end)) => {
                let last = tokens.get(end).map_or(t.span, |e| e.span);
                if let Ok(entry) = u16::try_from(entry) {
                    out.push(VocabHit {
                        entry,
                        span: t.span.cover(last),
                    });
                }
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// `a` (lower-case) against `b` compared ASCII-case-insensitively.
fn cmp_lower(a: &str, b: &str) -> core::cmp::Ordering {
    a.bytes().cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// If phrase `p` matches the tokens from `start`, the index of its last token.
fn matches_at(text: &str, tokens: &[Token], start: usize, p: &Phrase) -> Option<usize> {
    let mut i = start;
    let mut prev_end: Option<usize> = None;
    for want in p.words {
        // Skip a hyphen glued between two words ("e-commerce").
        while let Some(t) = tokens.get(i) {
            let s = t.span.slice(text);
            if t.kind == TokenKind::Punct && matches!(s, "-" | "\u{2010}" | "\u{2011}") {
                i += 1;
            } else {
                break;
            }
        }
        let t = tokens.get(i)?;
        if let Some(end) = prev_end {
            if Span::new(end, t.span.start).slice(text).contains('\n') {
                return None;
            }
        }
        let s = t.span.slice(text);
        let same = if p.exact {
            s == *want
        } else {
            s.eq_ignore_ascii_case(want)
        };
        if !same {
            return None;
        }
        prev_end = Some(t.span.end);
        i += 1;
    }
    // A whole word: the next token must not continue it (no "ads" inside "ads.txt" matters
    // little; but a glued word character would be a different token anyway).
    i.checked_sub(1)
}

/// Whether a member name resolves (a taxonomy term, a vocabulary entry or a lexicon
/// technology).
pub fn resolves(name: &str) -> bool {
    taxonomy::lookup(name).is_some_and(|id| taxonomy::term(id).name() == name)
        || lookup(name).is_some()
        || taxonomy::lexicon::lookup(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        find(text, &crate::text::tokenize(text))
            .into_iter()
            .filter_map(|h| entry(h.entry).map(|e| e.name))
            .collect()
    }

    #[test]
    fn finds_domains_and_tech() {
        assert_eq!(
            names("Payments, fraud detection and e-commerce; Bash or shell scripting."),
            [
                "payments",
                "fraud",
                "e-commerce",
                "shell scripting",
                "shell scripting"
            ]
        );
        assert_eq!(names("ML models; the html of it"), ["machine learning"]);
        assert!(names("ml").is_empty(), "case-sensitive alias");
    }

    #[test]
    fn every_member_resolves_and_phrases_are_sorted() {
        for e in entries() {
            let own_phrases = PHRASES
                .iter()
                .any(|p| ENTRIES.get(p.entry).is_some_and(|x| x.name == e.name));
            if !own_phrases {
                assert!(
                    taxonomy::lookup(e.name).is_some_and(|id| taxonomy::term(id).name() == e.name),
                    "{}: a class without aliases must name a taxonomy term",
                    e.name
                );
            }
            for m in e.members {
                assert!(resolves(m), "{}: member {m:?} names no term", e.name);
            }
        }
        assert!(PHRASES.windows(2).all(|w| w[0].first <= w[1].first));
    }
}
