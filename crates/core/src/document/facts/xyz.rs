//! The XYZ parts (seed 004: "Accomplished [X] as measured by [Y], by doing [Z]"), the method
//! clause, passive voice and pronouns.

use super::*;
use super::{metrics::*, phrase_index::*, scan::*};

// ---------------------------------------------------------------------------------------------
// The XYZ parts (seed 004: "Accomplished [X] as measured by [Y], by doing [Z]")
// ---------------------------------------------------------------------------------------------

/// Most tokens a context prefix may take before the action verb ("As the only backend
/// developer at the startup, I built …").
pub(super) const PREFIX_TOKENS: usize = 14;
/// Most tokens the X part quotes after its verb.
pub(super) const X_TOKENS: usize = 10;

pub(super) fn xyz(scan: &Scan<'_>, facts: &BulletFacts, first: Option<usize>, body: Span) -> Xyz {
    let action = action_verb(scan, facts, first);
    let figures: Vec<Span> = facts.real_metrics().map(|m| m.span).collect();
    let x = action.map(|k| x_span(scan, k, facts));
    let z = facts
        .method
        .map(|m| Span::new(m.start, clause_end(scan, m.start, body)));
    let object_words = match (action, x) {
        (Some(k), Some(x)) => object_words(scan, facts, k, x),
        _ => 0,
    };
    Xyz {
        x,
        y: figures,
        z,
        result_first: action.is_none() && facts.duty.is_none() && facts.has_impact(),
        object_words,
        action: action.and_then(|k| opening_verb(scan, k)),
        action_after_duty: facts.duty.is_some() && action.is_some(),
        upkeep_of_scope: action.is_some_and(|k| upkeep_of_scope(scan, facts, k))
            || (!facts.has_impact() && upkeep_noun_of_scope(scan, facts)),
    }
}

/// "responsible for the upkeep of 25+ microservices", "the maintenance of 40 Jenkins jobs": a
/// noun of upkeep ([`ph::UPKEEP_NOUNS`]) and "of" before a scope figure (after quantity
/// qualifiers) says how big the job was, as "Maintained 30 repos" does, in a bullet with no
/// measured result ("Automated the maintenance of 300 hosts …, cutting patch time from 3 days
/// to 4 hours" built something). Reads the bullet's figures, not its text.
pub(super) fn upkeep_noun_of_scope(scan: &Scan<'_>, facts: &BulletFacts) -> bool {
    facts.metrics.iter().any(|m| {
        m.class == MetricClass::Scope
            && (m.tokens.0.saturating_sub(4)..m.tokens.0)
                .rev()
                .take_while(|&k| {
                    scan.in_table(k, &ph::QUANTITY_QUALIFIERS) || scan.str_at(k) == "~"
                })
                .any(|k| {
                    scan.is(k, "of")
                        && k.checked_sub(1)
                            .is_some_and(|n| scan.in_table(n, &ph::UPKEEP_NOUNS))
                })
    })
}

/// The verb at token `k` is one of upkeep ([`ph::UPKEEP_VERBS`]) and its object opens with a
/// scope figure ("Maintained 30 repos", "Ran over 40 Jenkins jobs"), after quantity
/// qualifiers.
pub(super) fn upkeep_of_scope(scan: &Scan<'_>, facts: &BulletFacts, k: usize) -> bool {
    if !scan.in_table(k, &ph::UPKEEP_VERBS) {
        return false;
    }
    let mut at = k + 1;
    while scan.in_table(at, &ph::QUANTITY_QUALIFIERS) || scan.str_at(at) == "~" {
        at += 1;
    }
    facts
        .metrics
        .iter()
        .any(|m| m.tokens.0 == at && m.class == MetricClass::Scope)
}

/// The words of X's object, after its verb at token `k` and before the first word of
/// [`ph::OBJECT_END`] ("for the orders system"), that are not a named technology (taxonomy or
/// lexicon, generic words included), not filler ([`ph::OBJECT_FILLER`]) and not soft work
/// ([`ph::SOFT_OBJECTS`]: "cross-team alignment").
pub(super) fn object_words(scan: &Scan<'_>, facts: &BulletFacts, k: usize, x: Span) -> usize {
    let named = |t: &Token| {
        facts
            .term_spans
            .iter()
            .chain(&facts.lexicon_spans)
            .any(|s| s.start <= t.span.start && t.span.end <= s.end)
    };
    scan.toks
        .iter()
        .skip(k + 1)
        .take_while(|t| t.span.end <= x.end && !scan.word_in(t, &ph::OBJECT_END))
        .filter(|t| {
            t.kind == TokenKind::Word
                && !named(t)
                && !scan.word_in(t, &ph::OBJECT_FILLER)
                && !scan.word_in(t, &ph::SOFT_OBJECTS)
        })
        .count()
}

/// The verb that says what was done: the opening verb, or the first verb after a context
/// prefix ("As an intern, built …", "Open source: contributed …", "In 2022 I built …"). A duty
/// opener is not an action, nor is a tool verb ("Used Kafka") unless it says what the tool was
/// used to do ("Used Thrift, Scribe and HBase to build log ingestion": the action is "build").
pub(super) fn action_verb(
    scan: &Scan<'_>,
    facts: &BulletFacts,
    first: Option<usize>,
) -> Option<usize> {
    if let Some(duty) = facts.duty {
        return action_after_duty(scan, duty.span);
    }
    if let Some(v) = facts.verb {
        let at = scan.toks.iter().position(|t| t.span == v.span)?;
        if v.tool {
            return purpose_verb(scan, at);
        }
        return Some(at);
    }
    let start = first?;
    let mut k = start;
    while k < scan.len() && k < start + PREFIX_TOKENS {
        let s = scan.str_at(k);
        let opens = matches!(s, "," | ":" | "—" | "–") || scan.in_table(k, &ph::PRONOUNS);
        if opens {
            let mut v = k + 1;
            if scan.in_table(v, &ph::PRONOUNS) {
                v += 1;
            }
            if let Some(verb) = opening_verb(scan, v).filter(|v| !v.tool) {
                if !(verb.weak && scan.is(v, "was")) {
                    return Some(v);
                }
            }
            if described_after(scan, k) {
                return Some(k + 1);
            }
        }
        k += 1;
    }
    None
}

/// A project line's description after its name ("pgqueue (open source): a Go library for job
/// queues on PostgreSQL …", "consul-drift: A small Go tool that compares …"): the colon at `k`
/// and an article open the thing that was built, which is what the line says was done.
pub(super) fn described_after(scan: &Scan<'_>, k: usize) -> bool {
    scan.str_at(k) == ":"
        && (scan.is(k + 1, "a") || scan.is(k + 1, "an"))
        && scan.kind(k + 2) == Some(TokenKind::Word)
}

/// Most tokens from a duty phrase to the colon or semicolon after which the bullet says what
/// was done ("In charge of the build system: moved …").
pub(super) const DUTY_LEAD_TOKENS: usize = 12;

/// The action after a duty phrase's lead-in: a colon or semicolon within
/// [`DUTY_LEAD_TOKENS`] of the duty, then (after a pronoun) an opening verb that is neither a
/// tool verb nor a generic one ("Tasked with replacing the cron scripts; rebuilt them as
/// Airflow DAGs", "Contributed to Apache Kafka: fixed a bug in …").
pub(super) fn action_after_duty(scan: &Scan<'_>, duty: Span) -> Option<usize> {
    let start = scan.toks.iter().position(|t| t.span.start >= duty.end)?;
    let colon = (start..(start + DUTY_LEAD_TOKENS).min(scan.len()))
        .take_while(|&k| scan.str_at(k) != ".")
        .find(|&k| matches!(scan.str_at(k), ":" | ";"))?;
    let mut v = colon + 1;
    if scan.in_table(v, &ph::PRONOUNS) {
        v += 1;
    }
    opening_verb(scan, v)
        .filter(|verb| !(verb.tool || verb.weak || verb.activity))
        .map(|_| v)
}

/// Most tokens between a tool verb and the "to" of its purpose ("Used Thrift, Scribe, and
/// HBase to build …").
pub(super) const PURPOSE_TOKENS: usize = 12;

/// The verb of "Used X to <verb> …": the "to" within [`PURPOSE_TOKENS`] of the tool verb at
/// `at`, in the same clause, followed by a verb the bullet tables know.
pub(super) fn purpose_verb(scan: &Scan<'_>, at: usize) -> Option<usize> {
    let to = (at + 1..(at + PURPOSE_TOKENS).min(scan.len()))
        .take_while(|&k| !scan.is_break(k) && scan.str_at(k) != ".")
        .find(|&k| scan.is(k, "to"))?;
    let verb = to + 1;
    let bare = scan
        .tok(verb)
        .is_some_and(|t| t.kind == TokenKind::Word && scan.word_in(t, &ph::BARE_VERBS));
    bare.then_some(verb)
}

/// A "-ly" adverb opening the bullet before its verb ("Significantly improved …",
/// "Successfully migrated …").
pub(super) fn leading_adverb(scan: &Scan<'_>, i: usize) -> bool {
    let word = scan.str_at(i);
    scan.kind(i) == Some(TokenKind::Word)
        && word.len() > 4
        && word.to_ascii_lowercase().ends_with("ly")
        && opening_verb(scan, i + 1).is_some()
}

/// From the verb to the end of its object: up to the method word, the first figure, a clause
/// break, or [`X_TOKENS`] tokens.
pub(super) fn x_span(scan: &Scan<'_>, k: usize, facts: &BulletFacts) -> Span {
    let method_at = facts.method.map(|m| m.start);
    let mut end = k;
    let mut j = k + 1;
    while j < scan.len() && j <= k + X_TOKENS {
        let Some(t) = scan.tok(j) else { break };
        let figure_at = |i: usize| {
            scan.tok(i).is_some_and(|t| {
                facts
                    .metrics
                    .iter()
                    .any(|m| m.span.start == t.span.start && m.class != MetricClass::Incidental)
            })
        };
        // "Cut p99 latency | from 480 ms …": the preposition belongs to the figure. A version
        // belongs to the object ("Implemented OAuth 2.0 login").
        let lead = scan.lower_at(j);
        let leads_figure = figure_at(j + 1)
            && (matches!(lead, "from" | "by" | "to" | "of" | "at" | "over" | "across")
                || lead.ends_with("ing")
                || scan.in_table(j, &ph::SERVING_WORDS));
        if Some(t.span.start) == method_at
            || figure_at(j)
            || leads_figure
            || scan.is_break(j)
            || matches!(scan.str_at(j), "," | ":" | "(")
            || (scan.str_at(j) == "." && !scan.glued(j + 1))
        {
            break;
        }
        end = j;
        j += 1;
    }
    scan.span(k, end)
}

/// Where the clause that starts at byte `from` ends: the next ";", "," or sentence end.
pub(super) fn clause_end(scan: &Scan<'_>, from: usize, body: Span) -> usize {
    let mut end = from;
    let toks = scan.toks;
    for (k, t) in toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= from)
    {
        let s = t.span.slice(scan.text);
        // A "." inside a number or a name ("2.8", "Node.js") does not end the clause.
        let inner_dot = s == "." && toks.get(k + 1).is_some_and(|n| !n.space_before);
        if t.kind == TokenKind::Punct
            && matches!(s, ";" | "," | "." | "—" | "–")
            && !inner_dot
            && end > from
        {
            return end;
        }
        end = t.span.end;
    }
    end.min(body.end)
}

/// Words of a bullet: whitespace-separated words with a letter or digit, where a run of CJK
/// characters (written without spaces) counts one word per two characters, the usual length of
/// a Chinese or Japanese word (a whole CJK bullet is not "1 word").
pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            let other = w
                .split(is_cjk)
                .filter(|p| p.chars().any(char::is_alphanumeric))
                .count();
            if cjk == 0 {
                1
            } else {
                cjk.div_ceil(2) + other
            }
        })
        .sum()
}

/// Han, kana and hangul: scripts written without spaces between words.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

// ---------------------------------------------------------------------------------------------
// Method clause, passive voice, pronouns
// ---------------------------------------------------------------------------------------------

/// Whether token `k` starts a figure ("40%", "$2M", "zero", "doubled").
pub(super) fn starts_figure(scan: &Scan<'_>, k: usize) -> bool {
    let s = scan.str_at(k);
    s.starts_with(|c: char| c.is_ascii_digit())
        || matches!(s, "$" | "€" | "£" | "~" | "<" | ">")
        || scan.in_table(k, &ph::ZERO_WORDS)
        || scan.in_table(k, &ph::MULTIPLIER_WORDS)
        || ph::COUNT_WORDS
            .iter()
            .any(|(c, _)| c.eq_ignore_ascii_case(s))
}

pub(super) fn method(scan: &Scan<'_>, term_spans: &[Span], after: usize) -> Option<Span> {
    for k in 0..scan.len() {
        let Some(t) = scan.tok(k) else { continue };
        if t.span.start < after || t.kind != TokenKind::Word || !scan.word_in(t, &ph::METHOD_WORDS)
        {
            continue;
        }
        let word = t.span.slice(scan.lower);
        // The first word after any quantity qualifiers ("by over 40%").
        let mut next = k + 1;
        while scan.in_table(next, &ph::QUANTITY_QUALIFIERS) && !scan.in_table(next, &ph::ZERO_WORDS)
        {
            next += 1;
        }
        if next >= scan.len() || starts_figure(scan, next) || vague_method(scan, next, term_spans) {
            continue;
        }
        let ok = match word {
            "by" | "through" => scan.kind(next) == Some(TokenKind::Word),
            "with" => {
                // A technology within the next three words of the same phrase, or a gerund.
                let window_end = (k + 1..k + 4)
                    .find(|&i| scan.kind(i) == Some(TokenKind::Punct) && scan.str_at(i) != "-")
                    .unwrap_or(k + 4);
                let names_tech = (k + 1..window_end).any(|i| {
                    scan.tok(i).is_some_and(|t| {
                        term_spans
                            .binary_search_by_key(&t.span.start, |s| s.start)
                            .is_ok()
                    })
                });
                let gerund = scan.lower_at(k + 1).ends_with("ing");
                names_tech || gerund
            }
            _ => true,
        };
        if ok {
            return Some(t.span);
        }
    }
    None
}

/// Most tokens of a method clause searched for a named technology.
pub(super) const METHOD_CLAUSE_TOKENS: usize = 8;

/// "through various optimisations", "by making several improvements": the method clause opens
/// with a vague quantity (after at most one verb) and names no technology, so it says nothing
/// about how.
pub(super) fn vague_method(scan: &Scan<'_>, next: usize, term_spans: &[Span]) -> bool {
    let vague_at = if scan.in_table(next, &ph::VAGUE_METHOD_WORDS) {
        next
    } else if scan.in_table(next + 1, &ph::VAGUE_METHOD_WORDS) {
        next + 1
    } else {
        return false;
    };
    let names_tech = (vague_at + 1..vague_at + 1 + METHOD_CLAUSE_TOKENS)
        .take_while(|&i| scan.kind(i).is_some() && !matches!(scan.str_at(i), "," | ";" | "."))
        .any(|i| {
            scan.tok(i).is_some_and(|t| {
                term_spans
                    .binary_search_by_key(&t.span.start, |s| s.start)
                    .is_ok()
            })
        });
    !names_tech
}

pub(super) fn passive(scan: &Scan<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 0..scan.len() {
        if !scan.in_table(k, &ph::PASSIVE_AUXILIARIES) {
            continue;
        }
        let mut p = k + 1;
        if scan.lower_at(p).ends_with("ly") && scan.kind(p) == Some(TokenKind::Word) {
            p += 1;
        }
        if scan.kind(p) != Some(TokenKind::Word) {
            continue;
        }
        let w = scan.lower_at(p);
        let participle =
            (w.len() >= 4 && w.ends_with("ed") && !in_table_str(w, &ph::NOT_PARTICIPLES))
                || in_table_str(w, &ph::IRREGULAR_PARTICIPLES);
        if participle {
            out.push(scan.span(k, p));
        }
    }
    out
}

pub(super) fn pronouns(scan: &Scan<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 0..scan.len() {
        let Some(t) = scan.tok(k) else { continue };
        if t.kind != TokenKind::Word || !scan.word_in(t, &ph::PRONOUNS) {
            continue;
        }
        let s = t.span.slice(scan.text);
        // "I" only as the capital pronoun, not "I/O" or "i.e."; all-caps "US", "WE" are
        // acronyms.
        // Part of a hyphenated identifier ("us-east-1").
        let hyphenated = (scan.str_at(k + 1) == "-" && scan.glued(k + 1))
            || (k > 0 && scan.str_at(k - 1) == "-" && scan.glued(k));
        // Part of a host name or path ("status.acme.me", "@me", "/us").
        let in_address =
            k > 0 && scan.glued(k) && matches!(scan.str_at(k - 1), "." | "@" | "/" | "_" | ":");
        // A roman numeral after a title ("Systems Administrator I").
        let numeral = s == "I" && k > 0 && scan.in_table(k - 1, &ph::ROMAN_NUMERAL_TITLES);
        // A capitalized "My" inside the sentence, before a capitalized word: a name ("the
        // \"My Orders\" page").
        let name = s == "My"
            && k > 0
            && scan.kind(k - 1) != Some(TokenKind::Punct)
            && scan
                .str_at(k + 1)
                .starts_with(|c: char| c.is_ascii_uppercase());
        let quoted_name = s == "My"
            && k > 0
            && matches!(scan.str_at(k - 1), "\"" | "“" | "'" | "‘")
            && scan
                .str_at(k + 1)
                .starts_with(|c: char| c.is_ascii_uppercase());
        let ok = if hyphenated || in_address || numeral || name || quoted_name {
            false
        } else if s.eq_ignore_ascii_case("i") {
            s == "I"
                && !matches!(scan.str_at(k + 1), "/" | "-" | "." | "&")
                && !(k > 0 && matches!(scan.str_at(k - 1), "/" | "-" | "&"))
        } else {
            !(s.len() > 1 && s.chars().all(|c| c.is_ascii_uppercase()))
        };
        if ok {
            out.push(t.span);
        }
    }
    out
}
