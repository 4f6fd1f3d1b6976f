//! The bullet phrase tables of [`crate::phrases::bullet`], indexed by their first word at
//! compile time, so a bullet's phrase hits cost one lookup per word; and the opening verb.

use super::scan::*;
use super::*;

// ---------------------------------------------------------------------------------------------
// Phrase tables
// ---------------------------------------------------------------------------------------------

/// Which bullet phrase table an index entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Table {
    Duty,
    Hedge,
    Giant,
    Praise,
    Frontend,
    Scale,
    Speed,
    Latency,
    Vague,
}

pub(super) const INDEXED: [(Table, &PhraseTable); 9] = [
    (Table::Duty, &ph::DUTY_OPENERS),
    (Table::Hedge, &ph::HEDGES),
    (Table::Giant, &ph::GIANT_CLAIMS),
    (Table::Praise, &ph::SELF_PRAISE),
    (Table::Frontend, &ph::FRONTEND_FRAMING),
    (Table::Scale, &ph::UNITLESS_SCALE),
    (Table::Speed, &ph::UNITLESS_SPEED),
    (Table::Latency, &ph::LATENCY_WORDS),
    (Table::Vague, &ph::VAGUE_CLAIMS),
];

/// One phrase of an indexed table.
#[derive(Clone, Copy)]
pub(super) struct Entry {
    /// The phrase's first word (the index's key).
    pub(super) first: &'static str,
    /// How many words it has (split at spaces and hyphens).
    pub(super) len: usize,
    pub(super) table: Table,
    pub(super) phrase: &'static str,
}

impl Entry {
    /// The phrase's words: split at spaces and hyphens, as the text's tokens are.
    fn words(&self) -> impl Iterator<Item = &'static str> {
        self.phrase.split([' ', '-']).filter(|w| !w.is_empty())
    }
}

/// How many phrases the indexed tables hold.
pub(super) const INDEXED_PHRASES: usize = {
    let mut n = 0;
    let mut rest: &[(Table, &PhraseTable)] = &INDEXED;
    while let Some(((_, table), more)) = rest.split_first() {
        n += table.phrases.len();
        rest = more;
    }
    n
};

/// The multi-word bullet tables, sorted by first word (ties in table order) so matching is one
/// binary search per token. Built at compile time: the tables are constants, so no analysis
/// pays for splitting and sorting them.
pub(super) static PHRASE_INDEX: [Entry; INDEXED_PHRASES] = phrase_index();

/// The byte separating a phrase's words.
pub(super) const fn is_separator(b: u8) -> bool {
    b == b' ' || b == b'-'
}

/// `phrase`'s first word and its number of words (separators as in [`Entry::words`]).
pub(super) const fn first_word(phrase: &'static str) -> (&'static str, usize) {
    let mut rest = phrase.as_bytes();
    let mut first: &[u8] = &[];
    let mut words = 0;
    loop {
        while let Some((&b, more)) = rest.split_first() {
            if !is_separator(b) {
                break;
            }
            rest = more;
        }
        if rest.is_empty() {
            break;
        }
        let word = rest;
        let mut len = 0;
        while let Some((&b, more)) = rest.split_first() {
            if is_separator(b) {
                break;
            }
            len += 1;
            rest = more;
        }
        if words == 0 {
            first = word.split_at(len).0;
        }
        words += 1;
    }
    // Cut at ASCII separators, so always whole characters.
    match core::str::from_utf8(first) {
        Ok(word) => (word, words),
        Err(_) => ("", words),
    }
}

/// Byte-wise `a < b`, the order of `str`'s `Ord`, usable at compile time.
pub(super) const fn str_less(a: &str, b: &str) -> bool {
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

/// The index's entries: every phrase of [`INDEXED`], insertion-sorted by first word (stable,
/// so equal first words keep table order). Only ever evaluated at compile time (it initializes
/// [`PHRASE_INDEX`]): an index out of bounds here is a build error, never a panic on input.
#[allow(clippy::indexing_slicing)]
pub(super) const fn phrase_index() -> [Entry; INDEXED_PHRASES] {
    let blank = Entry {
        first: "",
        len: 0,
        table: Table::Duty,
        phrase: "",
    };
    let mut entries = [blank; INDEXED_PHRASES];
    let mut n = 0;
    let mut tables: &[(Table, &PhraseTable)] = &INDEXED;
    while let Some(((table, phrases), more_tables)) = tables.split_first() {
        let mut rest = phrases.phrases;
        while let Some((&phrase, more)) = rest.split_first() {
            let (first, len) = first_word(phrase);
            assert!(len > 0, "an indexed phrase has no words");
            entries[n] = Entry {
                first,
                len,
                table: *table,
                phrase,
            };
            // Insertion sort: move the new entry before every entry with a greater first word.
            let mut k = n;
            while k > 0 && str_less(entries[k].first, entries[k - 1].first) {
                let swap = entries[k];
                entries[k] = entries[k - 1];
                entries[k - 1] = swap;
                k -= 1;
            }
            n += 1;
            rest = more;
        }
        tables = more_tables;
    }
    entries
}

/// The entries whose first word is `word` (lower case), in index order.
pub(super) fn starting_with(word: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    let from = PHRASE_INDEX.partition_point(|e| e.first < word);
    PHRASE_INDEX
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(move |e| e.first == word)
}

/// Word tokens of the bullet with whether each joins the next one directly (only hyphens or
/// slashes between), for phrase matching.
pub(super) fn word_positions(scan: &Scan<'_>) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = Vec::new();
    let mut joined = true;
    for (i, t) in scan.toks.iter().enumerate() {
        if t.kind == TokenKind::Punct {
            let s = t.span.slice(scan.text);
            if !matches!(s, "-" | "‐" | "/" | "–") {
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

/// A phrase hit of an indexed table.
pub(super) struct Hit {
    pub(super) table: Table,
    pub(super) span: Span,
    pub(super) phrase: &'static str,
    /// Index of its first token in the bullet.
    pub(super) tok: usize,
    /// A scale word followed by a noun of [`ph::EXTENSIBLE_NOUNS`] ("scalable interface").
    pub(super) extensible: bool,
}

/// All phrase hits of the indexed tables, in text order; within a table, longest match first
/// and no overlaps.
pub(super) fn phrase_hits(scan: &Scan<'_>) -> Vec<Hit> {
    let words = word_positions(scan);
    let mut hits: Vec<Hit> = Vec::new();
    // Where the last hit of each table ends, so hits of one table never overlap.
    let mut last_end = [0usize; INDEXED.len()];
    for (w, &(tok, _)) in words.iter().enumerate() {
        let mut best: Vec<(Table, usize, &'static str)> = Vec::new();
        for entry in starting_with(scan.lower_at(tok)) {
            let n = entry.len;
            let matches = entry.words().enumerate().skip(1).all(|(k, pw)| {
                let prev_joined = words.get(w + k - 1).is_some_and(|&(_, j)| j);
                prev_joined
                    && words
                        .get(w + k)
                        .is_some_and(|&(t, _)| scan.lower_at(t) == pw)
            });
            if !matches {
                continue;
            }
            match best.iter_mut().find(|(t, _, _)| *t == entry.table) {
                Some(b) if b.1 >= n => {}
                Some(b) => *b = (entry.table, n, entry.phrase),
                None => best.push((entry.table, n, entry.phrase)),
            }
        }
        for (table, n, phrase) in best {
            let last_tok = words.get(w + n - 1).map(|&(t, _)| t).unwrap_or(tok);
            let span = scan.span(tok, last_tok);
            let slot = table as usize;
            let overlaps = last_end.get(slot).is_some_and(|&end| end > span.start);
            if !overlaps {
                if let Some(end) = last_end.get_mut(slot) {
                    *end = span.end;
                }
                let next = words.get(w + n).map(|&(t, _)| t);
                let extensible = table == Table::Scale
                    && next.is_some_and(|t| scan.in_table(t, &ph::EXTENSIBLE_NOUNS));
                hits.push(Hit {
                    table,
                    span,
                    phrase,
                    tok,
                    extensible,
                });
            }
        }
    }
    hits
}

/// "scalable interface", "scalable codebase": extensible, not a claim about load. Marked while
/// the hits are found (the word after the phrase).
pub(super) fn extensible(h: &Hit) -> bool {
    h.extensible
}

pub(super) fn phrases(hits: &[Hit], first: Option<usize>, facts: &mut BulletFacts) {
    for h in hits {
        let hit = PhraseHit {
            span: h.span,
            phrase: h.phrase,
        };
        match h.table {
            Table::Duty if Some(h.tok) == first && facts.duty.is_none() => facts.duty = Some(hit),
            Table::Duty | Table::Latency => {}
            Table::Hedge => facts.hedges.push(hit),
            Table::Giant => facts.giant_claims.push(hit),
            Table::Praise => facts.self_praise.push(hit),
            Table::Frontend => facts.frontend.push(hit),
            Table::Scale if !extensible(h) => facts.unitless_scale.push(hit),
            Table::Scale => {}
            Table::Speed => facts.unitless_speed.push(hit),
            Table::Vague => facts.vague_claims.push(hit),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Opening verb
// ---------------------------------------------------------------------------------------------

pub(super) fn opening_verb(scan: &Scan<'_>, i: usize) -> Option<OpeningVerb> {
    let t = scan.tok(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let word = t.span.slice(scan.lower);
    let strong = in_table_str(word, &ph::STRONG_SYSTEM_VERBS);
    let outcome = in_table_str(word, &ph::OUTCOME_VERBS);
    let weak = in_table_str(word, &ph::WEAK_VERBS);
    let tool = in_table_str(word, &ph::TOOL_VERBS);
    let claim = outcome || in_table_str(word, &ph::CLAIM_VERBS);
    let activity = in_table_str(word, &ph::ACTIVITY_VERBS);
    let listed = strong || outcome || weak || tool || in_table_str(word, &ph::ACTION_VERBS);
    let past =
        word.len() >= 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_alphabetic());
    let duty_verb = matches!(word, "helped" | "assisted");
    (listed || past || duty_verb).then_some(OpeningVerb {
        span: t.span,
        strong,
        outcome,
        weak,
        tool,
        claim,
        activity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn phrase_index_holds_every_phrase_under_its_first_word() {
        assert!(PHRASE_INDEX.windows(2).all(|w| w[0].first <= w[1].first));
        let mut count = 0;
        for (table, phrases) in INDEXED {
            for phrase in phrases.phrases {
                let words: Vec<&str> = phrase.split([' ', '-']).filter(|w| !w.is_empty()).collect();
                let found =
                    starting_with(words[0]).find(|e| e.phrase == *phrase && e.table == table);
                assert_eq!(found.map(|e| e.len), Some(words.len()), "{phrase}");
                count += 1;
            }
        }
        assert_eq!(count, PHRASE_INDEX.len());
        assert_eq!(first_word("- high-throughput  x"), ("high", 3));
    }
}
