//! The technology lexicon: named technologies outside the keyword taxonomy (HTTP, LDAP, Nix,
//! Riak, Solr, Thrift, Haskell, …) that make a bullet technical without scoring as keywords.
//!
//! Why beside the taxonomy and not in it: the taxonomy is what the keyword rules count and
//! suggest, and a Tier-1 list of hundreds would drown the seeds' signal classes; but a bullet
//! about "an HTTP/1.1 server with CGI" or "a file server backed by Riak" names its system, and
//! B-NO-TECH saying otherwise was false (issue 12's hand audit).
//!
//! The data is `data/lexicon.tsv`; `build.rs` validates it (no spelling the taxonomy already
//! has) and compiles it into four sorted, newline-separated strings: backend and frontend,
//! each case-folded or exact. A lookup is a binary search over the string itself (no offset
//! table), so the whole lexicon is its text: a few KB of the web module.
//!
//! Matching ([`find`]) walks a bullet's tokens once: a token that starts no spelling costs two
//! binary searches; one that does is extended over up to [`MAX_TOKENS`] following tokens and the
//! longest spelling wins. A term glued to a suffix by a hyphen still counts ("Solr-based"); a
//! single-letter spelling (`C`) only stands alone ("C-suite" is not C). Tokens inside a taxonomy
//! hit are skipped: the taxonomy already read them.

use crate::span::Span;
use crate::text::{Token, TokenKind};
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/lexicon_table.rs"));

/// The longest spelling in tokens ("Red Hat Enterprise Linux" is 7 with the spaces' neighbours
/// counted as tokens).
const MAX_TOKENS: usize = 8;

/// A lexicon term found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexHit {
    pub span: Span,
    /// A frontend technology (named technology, never backend work).
    pub frontend: bool,
}

/// The line of `list` that holds byte `at`, as (start, end).
fn line_at(list: &str, at: usize) -> (usize, usize) {
    let bytes = list.as_bytes();
    let start = bytes
        .get(..at)
        .and_then(|b| b.iter().rposition(|&c| c == b'\n'))
        .map_or(0, |p| p + 1);
    let end = bytes
        .get(at..)
        .and_then(|b| b.iter().position(|&c| c == b'\n'))
        .map_or(list.len(), |p| at + p);
    (start, end)
}

/// The first line of the sorted `list` that is not less than `key`, as its text ("" past the
/// end).
fn lower_bound<'l>(list: &'l str, key: &str) -> &'l str {
    let (mut lo, mut hi) = (0usize, list.len());
    while lo < hi {
        let (start, end) = line_at(list, lo + (hi - lo) / 2);
        let line = list.get(start..end).unwrap_or("");
        match line.cmp(key) {
            Ordering::Less => lo = end + 1,
            _ => hi = start,
        }
    }
    let (start, end) = line_at(list, lo.min(list.len()));
    if lo >= list.len() {
        return "";
    }
    list.get(start..end).unwrap_or("")
}

fn contains(list: &str, key: &str) -> bool {
    !key.is_empty() && lower_bound(list, key) == key
}

fn has_prefix(list: &str, prefix: &str) -> bool {
    !prefix.is_empty() && lower_bound(list, prefix).starts_with(prefix)
}

/// Whether `text` is a lexicon spelling, and whether a frontend one.
pub fn lookup(text: &str) -> Option<bool> {
    let mut folded = String::new();
    crate::text::lower_into(text, &mut folded);
    lookup_in(text, &folded)
}

fn lookup_in(raw: &str, folded: &str) -> Option<bool> {
    if contains(BACKEND_FOLDED, folded) || contains(BACKEND_EXACT, raw) {
        Some(false)
    } else if contains(FRONTEND_FOLDED, folded) || contains(FRONTEND_EXACT, raw) {
        Some(true)
    } else {
        None
    }
}

fn starts_some(raw: &str, folded: &str) -> bool {
    has_prefix(BACKEND_FOLDED, folded)
        || has_prefix(BACKEND_EXACT, raw)
        || has_prefix(FRONTEND_FOLDED, folded)
        || has_prefix(FRONTEND_EXACT, raw)
}

/// Whether a spelling may end at token `j`: a word or number, not followed by more of the same
/// word ("Riak" in "Riaks" is one token anyway; "C" in "C-suite" is not C).
fn ends_here(toks: &[Token], text: &str, j: usize, key_len: usize) -> bool {
    let Some(t) = toks.get(j) else { return false };
    if t.kind == TokenKind::Punct {
        // "TCP/IP" ends on a word; a spelling never ends on bare punctuation.
        return false;
    }
    match toks.get(j + 1) {
        None => true,
        Some(n) if n.space_before => true,
        Some(n) => {
            let s = n.span.slice(text);
            n.kind == TokenKind::Punct && (key_len > 1 || !matches!(s, "-" | "+" | "#" | "."))
        }
    }
}

/// Every lexicon term in `toks` (tokens of `text`), skipping tokens inside `skip` (sorted,
/// non-overlapping spans: the taxonomy's hits). Leftmost-longest, non-overlapping.
pub fn find(text: &str, toks: &[Token], skip: &[Span]) -> Vec<LexHit> {
    let mut out = Vec::new();
    let mut raw = String::new();
    let mut folded = String::new();
    let mut i = 0;
    let mut skip_at = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        while skip.get(skip_at).is_some_and(|s| s.end <= t.span.start) {
            skip_at += 1;
        }
        let skipped = skip.get(skip_at).is_some_and(|s| s.start <= t.span.start);
        let mid_word =
            i > 0 && !t.space_before && toks.get(i - 1).is_some_and(|p| p.kind != TokenKind::Punct);
        if skipped || mid_word || t.kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        let first = t.span.slice(text);
        crate::text::lower_into(first, &mut folded);
        if !starts_some(first, &folded) {
            i += 1;
            continue;
        }
        // The longest run of tokens from `i` that is a spelling.
        let mut best: Option<(usize, bool)> = None;
        let mut j = i;
        while j < toks.len() && j < i + MAX_TOKENS {
            let Some(last) = toks.get(j) else { break };
            // Skip spans are in text order: only those starting before this token can hold it.
            let ahead = skip.get(skip_at..).unwrap_or(&[]).iter();
            if j > i
                && ahead
                    .take_while(|s| s.start < last.span.end)
                    .any(|s| s.contains(last.span))
            {
                break;
            }
            let piece = Span::new(t.span.start, last.span.end).slice(text);
            if piece.contains('\n') {
                break;
            }
            // One space between words, as the data writes them.
            raw.clear();
            let mut space = false;
            for c in piece.chars() {
                if c.is_whitespace() {
                    space = true;
                } else {
                    if space {
                        raw.push(' ');
                        space = false;
                    }
                    raw.push(c);
                }
            }
            crate::text::lower_into(&raw, &mut folded);
            if !starts_some(&raw, &folded) {
                break;
            }
            if ends_here(toks, text, j, raw.len()) {
                if let Some(frontend) = lookup_in(&raw, &folded) {
                    best = Some((j, frontend));
                }
            }
            j += 1;
        }
        match best {
            Some((end, frontend)) => {
                let span = Span::new(
                    t.span.start,
                    toks.get(end).map_or(t.span.end, |e| e.span.end),
                );
                out.push(LexHit { span, frontend });
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find(text, &crate::text::tokenize(text), &[])
            .into_iter()
            .map(|h| h.span.slice(text))
            .collect()
    }

    #[test]
    fn reads_protocols_datastores_and_tools_outside_the_taxonomy() {
        assert_eq!(
            names("Built a multi-threaded TCP/IP server in C with HTTP/1.1 and CGI."),
            ["multi-threaded", "TCP/IP", "C", "HTTP", "CGI"]
        );
        assert_eq!(names("A file server backed by Riak."), ["Riak"]);
        assert_eq!(
            names("Migrated OpenLDAP to Active Directory using Nix."),
            ["OpenLDAP", "Active Directory", "Nix"]
        );
        assert_eq!(
            names("Built Solr-based search on Sails.js"),
            ["Solr", "Sails.js"]
        );
        assert_eq!(
            names("Wrote the Erlang/OTP supervision tree"),
            ["Erlang/OTP", "supervision tree"]
        );
        assert_eq!(
            names("JSON-RPC and Thrift; TestNG, Haskell"),
            ["JSON-RPC", "Thrift", "TestNG", "Haskell"]
        );
    }

    #[test]
    fn english_words_and_identifiers_are_not_terms() {
        for text in [
            "Added salt to the recipe as head chef.",
            "Met the nix of the c-suite in a storm.",
            "Reported to the C-suite every quarter.",
            "Plan c was a shell company.",
            "Kept a tidy http cache",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn frontend_terms_are_marked() {
        let text = "Built the page in HTML and CSS with Webpack, the API in Perl.";
        let hits = find(text, &crate::text::tokenize(text), &[]);
        let frontend: Vec<bool> = hits.iter().map(|h| h.frontend).collect();
        assert_eq!(frontend, [true, true, true, false]);
        const { assert!(SPELLINGS > 300) };
    }

    #[test]
    fn lookup_reads_single_spellings() {
        assert_eq!(lookup("riak"), Some(false));
        assert_eq!(lookup("Nix"), Some(false));
        assert_eq!(lookup("nix"), None);
        assert_eq!(
            lookup("postgres"),
            None,
            "taxonomy terms are not in the lexicon"
        );
    }
}
