//! The token matcher over the compiled taxonomy tables.
//!
//! Text tokens (from [`crate::text`]) are first normalized the way `build.rs` normalized the
//! aliases: a leading-dot word (`.NET`) becomes `.` + `NET`, and a hyphen glued between two
//! tokens is dropped (so `exactly-once` and `exactly once` are the same token sequence, and
//! `Go-to` reads as `Go to`, which the `Go` guard rejects). Tokens inside a URL or an e-mail
//! address (`jane@redis.com`, `github.com/jane/kafka-demo`) are marked and never start a match.
//!
//! Then, left to right: the current token is looked up by binary search in `PATTERNS` (sorted
//! by lowercase first token, longest pattern first), each candidate pattern is checked against the
//! following tokens, and the first (= longest) one that matches and passes its guard wins; the
//! scan resumes after it. So matches are leftmost-longest, non-overlapping, in text order, and
//! the cost per token is one binary search plus a few candidate checks.
//!
//! Guards (columns `not_before`, `not_after`, `requires` of the table) apply only to aliases
//! marked `?`. `requires` needs the whole text, so it is checked after the scan.

use super::{guard, Guard, Pattern, TermHit, FIRST_FROM, MAX_FIRST_TOKEN, PATTERNS, TERM_COUNT};
use crate::span::Span;
use crate::text::{Token, TokenKind};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// A normalized token.
#[derive(Debug, Clone, Copy)]
pub(super) struct NTok {
    pub start: usize,
    pub end: usize,
    pub number: bool,
    /// No whitespace and no dropped hyphen right before it.
    pub glued: bool,
    /// A line break lies between this token and the previous one.
    pub line_break: bool,
    /// Part of a URL or an e-mail address.
    pub url: bool,
}

impl NTok {
    pub fn text_in(self, text: &str) -> &str {
        self.text(text)
    }

    fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The token's bytes: a byte range of the text, with none of the character-boundary
    /// checks of slicing a `str` (the matcher compares bytes; this runs for every token).
    fn bytes(self, text: &str) -> &[u8] {
        text.as_bytes().get(self.start..self.end).unwrap_or(&[])
    }
}

/// "-", "‐" (U+2010) or "‑" (U+2011), as bytes.
fn is_hyphen(s: &[u8]) -> bool {
    matches!(s, b"-" | b"\xE2\x80\x90" | b"\xE2\x80\x91")
}

/// Top-level domains that make a glued run of tokens read as a host name (lowercase only, so
/// `ASP.NET` and `Node.js` are not hosts).
const TLDS: [&[u8]; 13] = [
    b"com", b"org", b"io", b"dev", b"net", b"edu", b"gov", b"co", b"ai", b"me", b"app", b"info",
    b"us",
];

/// Normalize `tokens` of `text` (see the module doc).
pub(super) fn normalize(text: &str, tokens: &[Token]) -> Vec<NTok> {
    let mut out: Vec<NTok> = Vec::with_capacity(tokens.len() + tokens.len() / 16);
    let mut hyphen = false;
    let mut prev_end: Option<usize> = None;
    let mut iter = tokens.iter().peekable();
    while let Some(t) = iter.next() {
        let s = text.as_bytes().get(t.span.start..t.span.end).unwrap_or(&[]);
        // Only a token after whitespace has a gap to search for a line break.
        let line_break = t.space_before
            && prev_end.is_some_and(|p| {
                text.as_bytes()
                    .get(p..t.span.start)
                    .is_some_and(crate::text::has_line_break)
            });
        if t.kind == TokenKind::Punct
            && is_hyphen(s)
            && !t.space_before
            && !out.is_empty()
            && !line_break
            && iter.peek().is_some_and(|n| !n.space_before)
        {
            hyphen = true;
            continue;
        }
        let glued = !t.space_before && !hyphen && !out.is_empty();
        hyphen = false;
        if t.kind == TokenKind::Word && s.len() > 1 && s.first() == Some(&b'.') {
            out.push(NTok {
                start: t.span.start,
                end: t.span.start + 1,
                number: false,
                glued,
                line_break,
                url: false,
            });
            out.push(NTok {
                start: t.span.start + 1,
                end: t.span.end,
                number: false,
                glued: true,
                line_break: false,
                url: false,
            });
        } else {
            out.push(NTok {
                start: t.span.start,
                end: t.span.end,
                number: t.kind == TokenKind::Number,
                glued,
                line_break,
                url: false,
            });
        }
        prev_end = Some(t.span.end);
    }
    mark_urls(text, &mut out);
    out
}

/// Mark every glued run (no whitespace inside) that looks like a URL or an e-mail address:
/// it holds `@`, `://`, or a `.` followed by a lowercase top-level domain.
fn mark_urls(text: &str, toks: &mut [NTok]) {
    let mut start = 0;
    while start < toks.len() {
        let mut end = start + 1;
        while toks.get(end).is_some_and(|t| t.glued) {
            end += 1;
        }
        if let Some(run) = toks.get(start..end) {
            let mut is_url = false;
            let mut prev: &[u8] = &[];
            for t in run {
                let s = t.bytes(text);
                if s == b"@" || (prev == b":" && s == b"/") || (prev == b"." && TLDS.contains(&s)) {
                    is_url = true;
                    break;
                }
                prev = s;
            }
            if is_url {
                if let Some(run) = toks.get_mut(start..end) {
                    for t in run {
                        t.url = true;
                    }
                }
            }
        }
        start = end;
    }
}

/// Compare a table token with a token already ASCII-lowercased.
fn cmp_lowered(key: &str, lower: &[u8]) -> Ordering {
    for (&k, &t) in key.as_bytes().iter().zip(lower) {
        let k = k.to_ascii_lowercase();
        if k != t {
            return k.cmp(&t);
        }
    }
    key.len().cmp(&lower.len())
}

/// The patterns of run `i` (`FIRST_FROM[i]..FIRST_FROM[i + 1]`): one lowercased first token.
fn run(i: usize) -> &'static [Pattern] {
    match (FIRST_FROM.get(i), FIRST_FROM.get(i + 1)) {
        (Some(&from), Some(&to)) => PATTERNS
            .get(usize::from(from)..usize::from(to))
            .unwrap_or(&[]),
        _ => &[],
    }
}

/// Patterns whose first token is `tok` (case-insensitively), longest first.
pub(super) fn candidates(tok: &str) -> impl Iterator<Item = &'static Pattern> {
    candidates_among(tok, 0, FIRST_FROM.len().saturating_sub(1))
}

/// [`candidates`], searching only the runs `lo..hi` (those that can hold `tok`'s first byte).
fn candidates_among(tok: &str, lo: usize, hi: usize) -> impl Iterator<Item = &'static Pattern> {
    // The token is lowered once, into a stack buffer, and binary searched among the runs of
    // patterns that share a first token: this runs for every token of the resume (lowering it
    // at every probe made the search a quarter of a whole analysis; callgrind, see
    // BENCHMARKS.md). No alias starts with a token longer than the buffer (`build.rs`
    // checks), so longer tokens (URLs, hashes) match nothing.
    let mut buf = [0u8; MAX_FIRST_TOKEN];
    let patterns = match buf.get_mut(..tok.len()) {
        Some(lower) => {
            lower.copy_from_slice(tok.as_bytes());
            lower.make_ascii_lowercase();
            let lower: &[u8] = lower;
            let (mut lo, mut hi) = (lo, hi);
            let mut found = None;
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let key = run(mid).first().map_or("", Pattern::first);
                match cmp_lowered(key, lower) {
                    Ordering::Less => lo = mid + 1,
                    Ordering::Greater => hi = mid,
                    Ordering::Equal => {
                        found = Some(mid);
                        break;
                    }
                }
            }
            found.map_or(&[][..], run)
        }
        None => &[],
    };
    patterns.iter()
}

/// Does `pat` match the tokens starting at `i`?
pub(super) fn matches_at(text: &str, toks: &[NTok], i: usize, pat: &Pattern) -> bool {
    let mut prev_slash = false;
    for (k, pt) in pat.toks().iter().enumerate() {
        let Some(&t) = toks.get(i + k) else {
            return false;
        };
        let pt_text = pt.bytes();
        let slash = pt_text == b"/";
        if k > 0 {
            if t.line_break {
                return false;
            }
            // `Node.js` must be written glued; `CI / CD` and `Pub / Sub` may have spaces.
            if pt.glued && !t.glued && !slash && !prev_slash {
                return false;
            }
        }
        let s = t.bytes(text);
        // Byte by byte in place: tokens are short and differ early, where comparing slices
        // called into `memcmp`.
        let same = s.len() == pt_text.len()
            && if pat.exact {
                s.iter().zip(pt_text).all(|(a, b)| a == b)
            } else {
                s.iter()
                    .zip(pt_text)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
            };
        if !same {
            return false;
        }
        prev_slash = slash;
    }
    true
}

/// Do the tokens at `at` spell `phrase` (lowercase; `#num` = any number)?
fn phrase_at(text: &str, toks: &[NTok], at: usize, phrase: &[&str]) -> bool {
    if phrase.is_empty() {
        return false;
    }
    phrase.iter().enumerate().all(|(k, &p)| {
        toks.get(at + k).is_some_and(|t| {
            (k == 0 || !t.line_break)
                && if p == "#num" {
                    t.number
                } else {
                    t.bytes(text).eq_ignore_ascii_case(p.as_bytes())
                }
        })
    })
}

/// The local part of a guard: nothing listed in `not_before` follows the match and nothing in
/// `not_after` precedes it (on the same line).
fn guard_allows(text: &str, toks: &[NTok], i: usize, len: usize, guard: &Guard) -> bool {
    let after = i + len;
    let followed = toks.get(after).is_some_and(|t| !t.line_break)
        && guard
            .not_before
            .iter()
            .any(|p| phrase_at(text, toks, after, p));
    if followed {
        return false;
    }
    // (`is_none_or` would read better but needs Rust 1.82; the workspace promises 1.80.)
    let starts_line = !matches!(toks.get(i), Some(t) if !t.line_break);
    let preceded = !starts_line
        && guard.not_after.iter().any(|p| {
            i.checked_sub(p.len())
                .is_some_and(|at| phrase_at(text, toks, at, p))
        });
    !preceded
}

/// The longest pattern matching at `i` (guards checked), if any.
fn best_at(text: &str, toks: &[NTok], i: usize, first: &FirstTokens) -> Option<&'static Pattern> {
    let tok = toks.get(i)?;
    if tok.url {
        return None;
    }
    first.candidates(tok.bytes(text)).find(|pat| {
        matches_at(text, toks, i, pat)
            && (!pat.guarded
                || match guard(pat.term) {
                    Some(g) => guard_allows(text, toks, i, usize::from(pat.len), g),
                    None => true,
                })
    })
}

/// Slots of [`FirstTokens::slots`]: a power of two, over three times the runs (607 with the
/// current table), so a lookup of a token that starts no run usually ends on its first, empty
/// slot.
const SLOTS: usize = 2048;

/// FNV-1a of a token ASCII-lowercased, to a slot of [`FirstTokens::slots`]: the same slot
/// for every case of the token.
fn slot_of(token: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in token {
        h = (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
    }
    h as usize & (SLOTS - 1)
}

/// Which (lowercase first byte, byte length) pairs some pattern's first token has, and the
/// runs by their lowercased first token in a hash table. A token with neither first byte nor
/// length of a first token starts no match, so [`find`] skips its lookup: most words of a
/// resume start no alias. The others are one hash and about one comparison from their run,
/// where a binary search among the runs of their first byte took five or six (each decoding
/// a run's first token and comparing it): that search was a quarter of the matcher (callgrind;
/// see BENCHMARKS.md). Built per call in one pass over the runs, a few microseconds; a table
/// built at compile time would cost the engine and the posting module ~1.5 KB gzipped each.
struct FirstTokens {
    /// Per first byte, bit `n` set when a first token of `n` bytes (63 = 63 or more) exists.
    lengths: [u64; 256],
    /// Slot `h` holds run + 1 (0 = empty); collisions go to the following slots (linear
    /// probing).
    slots: [u16; SLOTS],
}

impl FirstTokens {
    fn bit(len: usize) -> u64 {
        1u64 << len.min(63)
    }

    fn new() -> FirstTokens {
        let mut lengths = [0u64; 256];
        let mut slots = [0u16; SLOTS];
        // Every pattern of a run shares its lowercased first token, so one per run tells.
        let runs = FIRST_FROM.len().saturating_sub(1).min(SLOTS / 2);
        for r in 0..runs {
            let key = run(r).first().map_or("", Pattern::first).as_bytes();
            let Some(b) = key.first().map(|b| usize::from(b.to_ascii_lowercase())) else {
                continue;
            };
            if let Some(slot) = lengths.get_mut(b) {
                *slot |= Self::bit(key.len());
            }
            let mut at = slot_of(key);
            while slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & (SLOTS - 1);
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = u16::try_from(r + 1).unwrap_or(0);
            }
        }
        FirstTokens { lengths, slots }
    }

    /// The run whose first token is `lower` (a token, ASCII-lowercased), if any.
    fn run_of(&self, lower: &[u8]) -> Option<usize> {
        let mut at = slot_of(lower);
        for _ in 0..SLOTS {
            let r = usize::from(*self.slots.get(at)?).checked_sub(1)?;
            let key = run(r).first().map_or("", Pattern::first);
            if cmp_lowered(key, lower) == Ordering::Equal {
                return Some(r);
            }
            at = (at + 1) & (SLOTS - 1);
        }
        None
    }

    /// Whether `tok` may be some pattern's first token (never false when it is one).
    fn may_start(&self, t: &[u8]) -> bool {
        t.first()
            .and_then(|b| self.lengths.get(usize::from(b.to_ascii_lowercase())))
            .is_some_and(|&mask| mask & Self::bit(t.len()) != 0)
    }

    /// [`candidates`], found through [`FirstTokens::slots`].
    fn candidates(&self, tok: &[u8]) -> impl Iterator<Item = &'static Pattern> {
        let mut buf = [0u8; MAX_FIRST_TOKEN];
        let found = lowered(tok, &mut buf).and_then(|lower| self.run_of(lower));
        found.map_or(&[][..], run).iter()
    }
}

/// `token` ASCII-lowercased into `buf`; `None` when it is longer than [`MAX_FIRST_TOKEN`] (no
/// alias starts with such a token, `build.rs` checks: URLs, hashes).
fn lowered<'b>(token: &[u8], buf: &'b mut [u8; MAX_FIRST_TOKEN]) -> Option<&'b [u8]> {
    let lower = buf.get_mut(..token.len())?;
    for (l, &b) in lower.iter_mut().zip(token) {
        *l = b.to_ascii_lowercase();
    }
    Some(lower)
}

/// Every term in `tokens`, leftmost-longest, non-overlapping, in text order.
pub(super) fn find(text: &str, tokens: &[Token]) -> Vec<TermHit> {
    let toks = normalize(text, tokens);
    let mut hits: Vec<TermHit> = Vec::new();
    // Hits whose guard has a `requires` list: checked once every hit is known.
    let mut conditional: Vec<usize> = Vec::new();
    let first_tokens = FirstTokens::new();
    let mut i = 0;
    while i < toks.len() {
        let may_start = toks
            .get(i)
            .is_some_and(|t| first_tokens.may_start(t.bytes(text)));
        let Some(pat) = may_start
            .then(|| best_at(text, &toks, i, &first_tokens))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let n = usize::from(pat.len).max(1);
        let (Some(first), Some(last)) = (toks.get(i), toks.get(i + n - 1)) else {
            break;
        };
        if pat.guarded && guard(pat.term).is_some_and(|g| !g.requires.is_empty()) {
            conditional.push(hits.len());
        }
        hits.push(TermHit {
            span: Span::new(first.start, last.end),
            term: pat.term,
            alias: pat.alias,
        });
        i += n;
    }
    if !conditional.is_empty() {
        let mut present = [0u64; TERM_COUNT.div_ceil(64)];
        for h in &hits {
            let t = usize::from(h.term);
            if let Some(word) = present.get_mut(t / 64) {
                *word |= 1 << (t % 64);
            }
        }
        let has = |t: u16| {
            let t = usize::from(t);
            present
                .get(t / 64)
                .is_some_and(|w| w & (1 << (t % 64)) != 0)
        };
        let mut next = conditional.iter().copied().peekable();
        let mut index = 0usize;
        hits.retain(|h| {
            let this = index;
            index += 1;
            if next.peek() != Some(&this) {
                return true;
            }
            next.next();
            match guard(h.term) {
                Some(g) => g.requires.iter().any(|&r| has(r)),
                None => true,
            }
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    #[test]
    fn every_run_is_found_through_its_slot_in_any_case() {
        let first = FirstTokens::new();
        for r in 0..FIRST_FROM.len() - 1 {
            let key = run(r).first().map_or("", Pattern::first);
            assert_eq!(
                first.run_of(key.to_ascii_lowercase().as_bytes()),
                Some(r),
                "{key}"
            );
            for spelled in [
                String::from(key),
                key.to_ascii_uppercase(),
                key.to_ascii_lowercase(),
            ] {
                let via_slots: Vec<*const Pattern> = first
                    .candidates(spelled.as_bytes())
                    .map(|p| p as *const _)
                    .collect();
                let via_search: Vec<*const Pattern> =
                    candidates(&spelled).map(|p| p as *const _).collect();
                assert_eq!(via_slots, via_search, "{spelled}");
                assert!(!via_slots.is_empty(), "{spelled}");
            }
        }
        for word in [
            "the",
            "reduced",
            "",
            "x",
            "ωmega",
            "a-very-long-token-of-no-term",
        ] {
            assert_eq!(
                FirstTokens::new().candidates(word.as_bytes()).count(),
                candidates(word).count()
            );
        }
    }
}
