//! The bullet phrase tables of [`crate::phrases::bullet`], indexed by their first word at
//! compile time, so a bullet's phrase hits cost one lookup per word; and the opening verb.

use super::scan::*;
use super::*;
use crate::phrases::matcher::{phrase_index, Lines};

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

phrase_index!(
    pub(super) static BULLET_PHRASES: Table = &[
        (Table::Duty, ph::DUTY_OPENERS.phrases),
        (Table::Hedge, ph::HEDGES.phrases),
        (Table::Giant, ph::GIANT_CLAIMS.phrases),
        (Table::Praise, ph::SELF_PRAISE.phrases),
        (Table::Frontend, ph::FRONTEND_FRAMING.phrases),
        (Table::Scale, ph::UNITLESS_SCALE.phrases),
        (Table::Speed, ph::UNITLESS_SPEED.phrases),
        (Table::Latency, ph::LATENCY_WORDS.phrases),
        (Table::Vague, ph::VAGUE_CLAIMS.phrases),
    ];
);

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

/// All phrase hits of the bullet tables, in text order; within a table, longest match first
/// and no overlaps.
pub(super) fn phrase_hits(scan: &Scan<'_>) -> Vec<Hit> {
    BULLET_PHRASES
        .find(scan.text, scan.lower, scan.toks, Lines::Join)
        .into_iter()
        .map(|h| Hit {
            table: h.tag,
            span: h.span,
            phrase: h.phrase,
            tok: h.first_token,
            extensible: h.tag == Table::Scale
                && h.next_token
                    .is_some_and(|t| scan.in_table(t, &ph::EXTENSIBLE_NOUNS)),
        })
        .collect()
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

    #[test]
    fn every_bullet_phrase_is_indexed_under_its_table() {
        let tables = [
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
        let mut count = 0;
        for (table, phrases) in tables {
            for phrase in phrases.phrases {
                let (first, _) = crate::phrases::matcher::first_word(phrase);
                let found = BULLET_PHRASES
                    .starting_with(first)
                    .any(|e| e.phrase == *phrase && e.tag == table);
                assert!(found, "{phrase}");
                count += 1;
            }
        }
        assert_eq!(count, BULLET_PHRASES.entries().len());
    }
}
