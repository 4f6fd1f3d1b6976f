//! Misspelled technology names anywhere in the resume ("Postgress", "Kuberentes"), found once
//! from the curated table [`crate::phrases::spelling::MISSPELLINGS`] for K-MISSPELLED.
//!
//! A word inside a link, an email or a path ("github.com/jane/postgress-tools") is a name the
//! person chose, not a word to fix, and is skipped.

use crate::span::Span;
use crate::text::{Token, TokenKind};
use alloc::vec::Vec;

/// A misspelled technology name and the term it misses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Misspelling {
    pub span: Span,
    /// The term as the taxonomy or lexicon names it ("PostgreSQL").
    pub term: &'static str,
}

/// Shortest misspelling in the table: shorter words are not looked up.
const MIN_LEN: usize = 4;

/// Every misspelled technology name among `tokens` of `text` (`lower` is `text`
/// ASCII-lowercased, same offsets), in text order.
pub fn find(text: &str, lower: &str, tokens: &[Token]) -> Vec<Misspelling> {
    let mut out = Vec::new();
    for t in tokens {
        if t.kind != TokenKind::Word || t.span.end - t.span.start < MIN_LEN {
            continue;
        }
        let Some(term) = lower
            .get(t.span.start..t.span.end)
            .and_then(crate::phrases::spelling::misspelling_of)
        else {
            continue;
        };
        if !in_link(text, t.span) {
            out.push(Misspelling { span: t.span, term });
        }
    }
    out
}

/// Whether the whitespace-delimited chunk around `span` is a link, an email or a path.
fn in_link(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let start = before
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1)
        .min(span.start);
    let end = after
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    text.get(start..end)
        .is_some_and(|chunk| chunk.contains(['/', '@', '\\']) || chunk.contains(".com"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let tokens = crate::text::tokenize(text);
        find(text, &text.to_ascii_lowercase(), &tokens)
            .into_iter()
            .map(|m| (m.span.slice(text), m.term))
            .collect()
    }

    #[test]
    fn finds_misspellings_in_any_case() {
        assert_eq!(
            found("Languages: Go, Javascipt\n- Ran Postgress and KUBERENTES clusters."),
            [
                ("Javascipt", "JavaScript"),
                ("Postgress", "PostgreSQL"),
                ("KUBERENTES", "Kubernetes")
            ]
        );
    }

    #[test]
    fn correct_names_words_and_links_are_not_misspellings() {
        assert!(found(
            "Scaled the Spring string parser; Vault fault handling; Postgres, Mongo DB, Scala."
        )
        .is_empty());
        assert!(found("github.com/jane/postgress-tools jane.postgress@example.com").is_empty());
    }
}
