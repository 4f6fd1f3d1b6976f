//! The one phrase matcher: finds the phrases of constant lists in a run of tokens.
//!
//! Every reader of a phrase list (the bullet facts' tables, the format rules' headline, title,
//! "years of programming" and extras lists, the keyword rules' evidence lists) matches the same
//! way, through an index built at compile time by [`phrase_index!`]:
//!
//! - A phrase is lower-case words split at spaces and hyphens, as the tokenizer splits the text
//!   ("high-throughput" and "high throughput" are the same two words).
//! - Its words match consecutive word tokens of the text (numbers included), in any ASCII case.
//!   Between two of them there may be only whitespace and joining punctuation (`-`, `‐`, `–`,
//!   `/`): "Full-Stack Developer" matches "full stack developer", "monitoring, alerting" does not
//!   match "monitoring alerting". A line break joins words only when the caller says the lines
//!   are one text ([`Lines::Join`]: a bullet wrapped over two lines), not when each line is an
//!   item of its own ([`Lines::Break`]: headline, title and label lines).
//! - Within one list the longest phrase wins and hits never overlap; the lists of one index
//!   are matched independently (a word may start a hit of several lists).
//!
//! The index is every phrase sorted by its first word, with where each first letter's phrases
//! begin, so a word of the text costs one binary search among its letter's phrases; nothing is
//! split or sorted while an analysis runs. The taxonomy has its own matcher
//! (`taxonomy/matcher.rs`): its aliases carry guards and case rules that phrase lists do not.

use crate::span::Span;
use crate::text::{Token, TokenKind};
use alloc::vec::Vec;

/// One phrase of an index, with the tag of the list it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Entry<T: 'static> {
    pub phrase: &'static str,
    /// Where the phrase's first word (the index's key) starts in it, and its length: offsets
    /// instead of a second `&str`, so an entry is half the size in the module.
    first_at: u8,
    first_len: u8,
    /// How many words it has.
    len: u8,
    pub tag: T,
}

impl<T> Entry<T> {
    /// The phrase's first word (the index's key).
    pub fn first(&self) -> &'static str {
        let at = usize::from(self.first_at);
        self.phrase
            .get(at..at + usize::from(self.first_len))
            .unwrap_or("")
    }

    /// [`Entry::first`] as bytes: a byte range, with none of the character-boundary checks of
    /// slicing a `str` (the lookups compare bytes).
    fn first_bytes(&self) -> &'static [u8] {
        let at = usize::from(self.first_at);
        self.phrase
            .as_bytes()
            .get(at..at + usize::from(self.first_len))
            .unwrap_or(&[])
    }

    /// How many words the phrase has.
    pub fn word_count(&self) -> usize {
        usize::from(self.len)
    }

    /// The first word at compile time (from the offsets [`entries`] stored).
    const fn first_const(&self) -> &'static str {
        let (_, rest) = self.phrase.as_bytes().split_at(self.first_at as usize);
        let (word, _) = rest.split_at(self.first_len as usize);
        match core::str::from_utf8(word) {
            Ok(word) => word,
            Err(_) => "",
        }
    }

    /// The phrase's words, split as [`first_word`] splits them.
    fn words(&self) -> impl Iterator<Item = &'static str> {
        self.phrase.split([' ', '-']).filter(|w| !w.is_empty())
    }
}

/// Tagged phrase lists, sorted by first word: see the module doc.
#[derive(Debug, Clone, Copy)]
pub struct PhraseIndex<T: 'static> {
    entries: &'static [Entry<T>],
    /// Where the entries whose first word starts with each letter begin (`a` to `z`), then the
    /// end of `z`'s: a word is searched for only among the entries of its first letter.
    letters: [u16; 27],
}

/// [`PhraseIndex::letters`] of sorted `entries`. Only ever evaluated at compile time: an index
/// out of bounds here is a build error, never a panic on input.
#[allow(clippy::indexing_slicing)]
pub const fn letter_runs<T>(entries: &[Entry<T>]) -> [u16; 27] {
    let mut runs = [0u16; 27];
    let mut letter = 0;
    while letter < 27 {
        // The first entry whose first word's first byte is not below this letter.
        let mut i = 0;
        while i < entries.len() {
            let first = entries[i].first_const().as_bytes();
            if !first.is_empty() && first[0] >= b'a' + letter as u8 {
                break;
            }
            i += 1;
        }
        runs[letter] = i as u16;
        letter += 1;
    }
    runs
}

/// A phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<T> {
    pub tag: T,
    pub phrase: &'static str,
    /// From the first word's start to the last word's end.
    pub span: Span,
    /// Index (into the matched tokens) of the first word.
    pub first_token: usize,
    /// Index of the word token after the phrase, when there is one.
    pub next_token: Option<usize>,
}

/// Whether a line break may stand between two words of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// The tokens are one text wrapped over lines (a bullet).
    Join,
    /// Each line is an item of its own (headline, titles, labels).
    Break,
}

/// Build a `static` [`PhraseIndex`] from `(tag, phrases)` pairs at compile time:
/// `phrase_index!(pub static NAME: Tag = &[(Tag::A, LIST_A), (Tag::B, LIST_B)]);`
macro_rules! phrase_index {
    ($(#[$meta:meta])* $vis:vis static $name:ident: $tag:ty = $lists:expr;) => {
        $(#[$meta])*
        $vis static $name: $crate::phrases::matcher::PhraseIndex<$tag> = {
            const LISTS: &[($tag, &[&str])] = $lists;
            const N: usize = $crate::phrases::matcher::phrase_count(LISTS);
            // The first list's tag fills the array before the entries do. `LISTS[0]` is
            // evaluated at compile time: an index with no list is a build error, not a panic.
            #[allow(clippy::indexing_slicing)]
            static ENTRIES: [$crate::phrases::matcher::Entry<$tag>; N] =
                $crate::phrases::matcher::entries(LISTS, LISTS[0].0);
            $crate::phrases::matcher::PhraseIndex::new(
                &ENTRIES,
                $crate::phrases::matcher::letter_runs(&ENTRIES),
            )
        };
    };
}
pub(crate) use phrase_index;

/// How many phrases `lists` hold.
pub const fn phrase_count<T>(lists: &[(T, &[&str])]) -> usize {
    let mut n = 0;
    let mut rest = lists;
    while let Some(((_, phrases), more)) = rest.split_first() {
        n += phrases.len();
        rest = more;
    }
    n
}

/// The byte separating a phrase's words.
const fn is_separator(b: u8) -> bool {
    b == b' ' || b == b'-'
}

/// `phrase`'s first word and its number of words (split at spaces and hyphens).
pub const fn first_word(phrase: &'static str) -> (&'static str, usize) {
    let (at, len, words) = first_word_at(phrase);
    let (_, rest) = phrase.as_bytes().split_at(at);
    let (first, _) = rest.split_at(len);
    // Cut at ASCII separators, so always whole characters.
    match core::str::from_utf8(first) {
        Ok(word) => (word, words),
        Err(_) => ("", words),
    }
}

/// Where `phrase`'s first word starts, its length in bytes, and the number of words. Every
/// index is below `bytes.len()`, checked in the loop conditions.
#[allow(clippy::indexing_slicing)]
const fn first_word_at(phrase: &'static str) -> (usize, usize, usize) {
    let bytes = phrase.as_bytes();
    let mut i = 0;
    let mut at = 0;
    let mut first_len = 0;
    let mut words = 0;
    while i < bytes.len() {
        if is_separator(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !is_separator(bytes[i]) {
            i += 1;
        }
        if words == 0 {
            at = start;
            first_len = i - start;
        }
        words += 1;
    }
    (at, first_len, words)
}

/// Byte-wise `a < b`, the order of `str`'s `Ord`, usable at compile time.
const fn str_less(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.split_first(), b.split_first()) {
            (Some((x, more_a)), Some((y, more_b))) => {
                if *x != *y {
                    return *x < *y;
                }
                a = more_a;
                b = more_b;
            }
            (None, Some(_)) => return true,
            _ => return false,
        }
    }
}

/// Every phrase of `lists`, insertion-sorted by first word (stable: equal first words keep list
/// order, then phrase order, which decides between equally long matches). Only ever evaluated
/// at compile time (it initializes a `static`): an index out of bounds, an empty phrase or an
/// upper-case one is a build error, never a panic on input.
#[allow(clippy::indexing_slicing)]
pub const fn entries<T: Copy, const N: usize>(
    lists: &[(T, &'static [&'static str])],
    blank_tag: T,
) -> [Entry<T>; N] {
    let blank = Entry {
        phrase: "",
        first_at: 0,
        first_len: 0,
        len: 0,
        tag: blank_tag,
    };
    let mut out = [blank; N];
    let mut n = 0;
    let mut rest_lists = lists;
    while let Some(((tag, phrases), more_lists)) = rest_lists.split_first() {
        let mut rest = *phrases;
        while let Some((&phrase, more)) = rest.split_first() {
            let (first_at, first_len, len) = first_word_at(phrase);
            assert!(len > 0, "an indexed phrase has no words");
            assert!(
                phrase.len() <= u8::MAX as usize && len <= u8::MAX as usize,
                "an indexed phrase is at most 255 bytes"
            );
            let mut b = 0;
            while b < phrase.len() {
                assert!(
                    !phrase.as_bytes()[b].is_ascii_uppercase(),
                    "indexed phrases are lower case"
                );
                b += 1;
            }
            out[n] = Entry {
                phrase,
                first_at: first_at as u8,
                first_len: first_len as u8,
                len: len as u8,
                tag: *tag,
            };
            // Move the new entry before every entry with a greater first word.
            let mut k = n;
            while k > 0 && str_less(out[k].first_const(), out[k - 1].first_const()) {
                let swap = out[k];
                out[k] = out[k - 1];
                out[k - 1] = swap;
                k -= 1;
            }
            n += 1;
            rest = more;
        }
        rest_lists = more_lists;
    }
    out
}

/// Word tokens of `toks` with whether each joins the next one (only whitespace, on one line
/// unless `lines` joins them, and joining punctuation between them), for phrase matching.
fn word_positions(text: &str, toks: &[Token], lines: Lines) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = Vec::with_capacity(toks.len());
    let mut joined = true;
    let mut prev_end: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, t) in toks.iter().enumerate() {
        // Only a token after whitespace has a gap to search for a line break.
        if lines == Lines::Break
            && t.space_before
            && prev_end
                .and_then(|end| bytes.get(end..t.span.start))
                .is_some_and(crate::text::has_line_break)
        {
            joined = false;
        }
        prev_end = Some(t.span.end);
        if t.kind == TokenKind::Punct {
            // "-", "/", "‐" (U+2010) and "–" (U+2013), as bytes.
            let joins = matches!(
                bytes.get(t.span.start..t.span.end),
                Some(b"-" | b"/" | b"\xE2\x80\x90" | b"\xE2\x80\x93")
            );
            if !joins {
                joined = false;
            }
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.1 = joined;
        }
        out.push((i, false));
        joined = true;
    }
    out
}

/// `a < b` as strings, byte by byte: the words compared are short and differ early, where the
/// call into `memcmp` that comparing `str`s makes cost more than the comparison (every word of
/// every text is looked up).
fn less(a: &[u8], b: &[u8]) -> bool {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x < y;
        }
    }
    a.len() < b.len()
}

/// `a == b`, byte by byte in place (see [`less`]).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl<T: Copy + PartialEq + 'static> PhraseIndex<T> {
    /// An index over `entries` (from [`entries`], through [`phrase_index!`]).
    pub const fn new(entries: &'static [Entry<T>], letters: [u16; 27]) -> Self {
        PhraseIndex { entries, letters }
    }

    /// Every entry, in index order.
    pub fn entries(&self) -> &'static [Entry<T>] {
        self.entries
    }

    /// The entries whose first word is `word` (lower case), in index order.
    pub fn starting_with<'w>(&self, word: &'w str) -> impl Iterator<Item = &'static Entry<T>> + 'w {
        self.starting_with_bytes(word.as_bytes())
    }

    /// [`PhraseIndex::starting_with`] a word's bytes.
    fn starting_with_bytes<'w>(
        &self,
        word: &'w [u8],
    ) -> impl Iterator<Item = &'static Entry<T>> + 'w {
        // The entries of the word's first letter (all of them for a word that starts with
        // another byte: a digit, a symbol).
        let entries = match word.first() {
            Some(&b @ b'a'..=b'z') => {
                let at = usize::from(b - b'a');
                let run = |i: usize| self.letters.get(i).map_or(0, |&n| usize::from(n));
                self.entries.get(run(at)..run(at + 1)).unwrap_or(&[])
            }
            _ => self.entries,
        };
        let from = entries.partition_point(|e| less(e.first_bytes(), word));
        entries
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |e| same(e.first_bytes(), word))
    }

    /// The phrases of the index in `toks` (tokens of `text`; `lower` is `text` ASCII-lowercased,
    /// same offsets), in text order; within one list longest first and never overlapping.
    pub fn find(&self, text: &str, lower: &str, toks: &[Token], lines: Lines) -> Vec<Hit<T>> {
        let words = word_positions(text, toks, lines);
        // A token's lower case as bytes of `lower` (no character-boundary checks).
        let lower_at = |i: usize| {
            toks.get(i)
                .and_then(|t| lower.as_bytes().get(t.span.start..t.span.end))
                .unwrap_or(&[])
        };
        let mut hits: Vec<Hit<T>> = Vec::new();
        // Where the last hit of each list ends, so the hits of one list never overlap.
        let mut last_end: Vec<(T, usize)> = Vec::new();
        let mut best: Vec<(T, usize, &'static str)> = Vec::new();
        for (w, &(tok, _)) in words.iter().enumerate() {
            best.clear();
            for entry in self.starting_with_bytes(lower_at(tok)) {
                let matches = entry.words().enumerate().skip(1).all(|(k, pw)| {
                    words.get(w + k - 1).is_some_and(|&(_, joined)| joined)
                        && words
                            .get(w + k)
                            .is_some_and(|&(t, _)| same(lower_at(t), pw.as_bytes()))
                });
                if !matches {
                    continue;
                }
                match best.iter_mut().find(|(tag, _, _)| *tag == entry.tag) {
                    Some(b) if b.1 >= entry.word_count() => {}
                    Some(b) => *b = (entry.tag, entry.word_count(), entry.phrase),
                    None => best.push((entry.tag, entry.word_count(), entry.phrase)),
                }
            }
            for &(tag, n, phrase) in &best {
                let last_tok = words.get(w + n - 1).map_or(tok, |&(t, _)| t);
                let (Some(a), Some(b)) = (toks.get(tok), toks.get(last_tok)) else {
                    continue;
                };
                let span = a.span.cover(b.span);
                let end = match last_end.iter_mut().find(|(t, _)| *t == tag) {
                    Some((_, end)) => end,
                    None => {
                        last_end.push((tag, 0));
                        match last_end.last_mut() {
                            Some((_, end)) => end,
                            None => continue,
                        }
                    }
                };
                if *end > span.start {
                    continue;
                }
                *end = span.end;
                hits.push(Hit {
                    tag,
                    phrase,
                    span,
                    first_token: tok,
                    next_token: words.get(w + n).map(|&(t, _)| t),
                });
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum List {
        A,
        B,
    }

    phrase_index!(
        static INDEX: List = &[
            (
                List::A,
                &[
                    "full stack developer",
                    "full stack",
                    "high-throughput",
                    "years of experience",
                ],
            ),
            (List::B, &["full stack", "stack"]),
        ];
    );

    fn found(text: &str) -> Vec<(List, &'static str, &str)> {
        found_in(text, Lines::Break)
    }

    fn found_in(text: &str, lines: Lines) -> Vec<(List, &'static str, &str)> {
        let lower = text.to_ascii_lowercase();
        INDEX
            .find(text, &lower, &tokenize(text), lines)
            .into_iter()
            .map(|h| (h.tag, h.phrase, h.span.slice(text)))
            .collect()
    }

    phrase_index!(
        static EDGES: List = &[
            (
                List::A,
                &["2fa", "99th percentile", "a b", "abc", "m", "zz top", "z"],
            ),
            (List::B, &["z", "é x", "_x", "a"]),
        ];
    );

    #[test]
    fn every_entry_is_found_under_its_first_letter() {
        for index in [&INDEX, &EDGES] {
            for e in index.entries() {
                assert!(
                    index
                        .starting_with(e.first())
                        .any(|f| f.phrase == e.phrase && f.tag == e.tag),
                    "{}",
                    e.phrase
                );
            }
        }
        assert_eq!(EDGES.starting_with("zz").count(), 1);
        assert_eq!(EDGES.starting_with("b").count(), 0);
        assert_eq!(EDGES.starting_with("").count(), 0);
    }

    #[test]
    fn holds_every_phrase_under_its_first_word_in_order() {
        let e = INDEX.entries();
        assert_eq!(e.len(), 6);
        assert!(e.windows(2).all(|w| w[0].first() <= w[1].first()));
        let full: Vec<_> = INDEX.starting_with("full").map(|e| e.phrase).collect();
        assert_eq!(full, ["full stack developer", "full stack", "full stack"]);
        assert_eq!(first_word("- high-throughput  x"), ("high", 3));
    }

    #[test]
    fn longest_per_list_across_hyphens_and_case() {
        assert_eq!(
            found("Full-Stack Developer building High Throughput APIs"),
            [
                (List::A, "full stack developer", "Full-Stack Developer"),
                (List::B, "full stack", "Full-Stack"),
                (List::A, "high-throughput", "High Throughput"),
            ]
        );
    }

    #[test]
    fn lists_never_overlap_themselves() {
        // B's "stack" inside its own "full stack" hit is not a second hit.
        assert_eq!(found("full stack").len(), 2);
        assert_eq!(found("stack").len(), 1);
    }

    #[test]
    fn no_match_across_a_line_or_other_punctuation() {
        assert!(found("years of\nexperience").is_empty());
        assert_eq!(found_in("years of\nexperience", Lines::Join).len(), 1);
        assert!(found("years, of experience").is_empty());
        assert_eq!(found("10 years of experience").len(), 1);
    }
}
