//! Rewrite hints for weak bullets, built from what the bullet does contain.
//!
//! The shape is seed 000/004's XYZ formula, "Accomplished [X] as measured by [Y] by doing [Z]",
//! read as seed 002's Verb + Task + Result + Context: the bullet's own words, its result moved
//! first when it has one, its own verb (or a strong replacement for a duty opener or weak verb,
//! from the seeds' own before → after pairs), then a question for each missing part ("What
//! changed, and by how much? (p99 latency before → after, …)"). Never an invented figure or
//! system, and no fill-in template: the user answers with their own facts. Deterministic: the
//! same bullet always gets the same hint.

use crate::document::{Bullet, BulletFacts, MetricClass, MetricKind};
use crate::phrases::bullet as ph;
use crate::phrases::PhraseTable;
use crate::span::Span;
use crate::text::upper_first;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Most task words a hint quotes before cutting with "…".
const MAX_TASK_WORDS: usize = 24;

/// The rewrite hint for `bullet` of `text`: the bullet's own words with the result first and
/// a strong verb for a duty opener, then one question per missing part. Never a figure or a
/// system the user did not write: a hint is pasted into resumes, and an invented "40%" would be
/// pasted as if it were true.
pub fn build(text: &str, bullet: &Bullet) -> String {
    let facts = &bullet.facts;
    let x = x_part(text, bullet);
    if x.tenure {
        return x.words;
    }
    let mut hint = String::new();
    match result_clause(text, facts) {
        Some(result) if !starts_with_result(text, bullet) => {
            hint.push_str("Lead with the result, in your words: \"");
            hint.push_str(&upper_first(&result));
            hint.push_str("\" — then what you did: \"");
            hint.push_str(&x.words);
            hint.push_str("\".");
        }
        _ => {
            hint.push_str("Keep your words, with the verb first: \"");
            hint.push_str(&x.words);
            hint.push_str("\".");
        }
    }
    for question in questions(text, facts, &x) {
        hint.push(' ');
        hint.push_str(&question);
    }
    hint
}

/// The result in the bullet's own words: its before → after pair, or its first impact figure.
fn result_clause(text: &str, facts: &BulletFacts) -> Option<String> {
    if let Some(pair) = facts.before_after.first() {
        return Some(String::from(pair.span.slice(text)));
    }
    facts
        .metrics
        .iter()
        .find(|m| m.class == MetricClass::Impact)
        .map(|m| String::from(m.span.slice(text)))
}

/// The bullet already opens with its result ("Cut p99 …", "p99 300→40ms after …").
fn starts_with_result(text: &str, bullet: &Bullet) -> bool {
    let facts = &bullet.facts;
    let first_figure = facts.real_metrics().map(|m| m.span.start).next();
    let opening = facts.verb.is_some_and(|v| v.outcome);
    let early = first_figure.is_some_and(|at| {
        Span::new(bullet.body.start, at)
            .slice(text)
            .split_whitespace()
            .count()
            <= 6
    });
    opening || early || facts.xyz.result_first
}

/// One question per missing XYZ part, in the order a reader needs them.
fn questions(text: &str, facts: &BulletFacts, x: &XPart) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(q) = x.question {
        out.push(String::from(q));
    }
    if !facts.has_metric() {
        match facts.scope_only() {
            Some(scope) => out.push(format!(
                "\"{}\" says how big the job was; what did the work change, and by how much? ({})",
                scope.span.slice(text),
                metric_suggestion(facts)
            )),
            None => out.push(format!(
                "What changed, and by how much? ({})",
                metric_suggestion(facts)
            )),
        }
    } else if !facts.has_system_metric() {
        out.push(format!(
            "What did the system do differently? ({})",
            metric_suggestion(facts)
        ));
    } else if facts
        .metrics
        .iter()
        .any(|m| m.kind == MetricKind::Latency && m.average)
        || !facts.average_latency.is_empty()
    {
        out.push(String::from(
            "Which percentile was it: p95 or p99, not the average?",
        ));
    }
    if facts.method.is_none() {
        out.push(format!(
            "How did you do it? (the technique: {})",
            method_suggestion(facts)
        ));
    }
    if facts.tech + facts.lexicon == 0 {
        out.push(String::from(if facts.generic > 0 {
            "Which system exactly? Name the database or queue you ran, not the family."
        } else {
            "On which system? Name the service, database or queue you worked on."
        }));
    }
    out
}

/// What to measure, by the first Tier-1 class the bullet names (seed examples per class).
pub fn metric_suggestion(facts: &BulletFacts) -> &'static str {
    suggestion(facts, ph::METRIC_SUGGESTIONS, ph::DEFAULT_METRIC_SUGGESTION)
}

/// How to say the method, by the first Tier-1 class the bullet names.
pub fn method_suggestion(facts: &BulletFacts) -> &'static str {
    suggestion(facts, ph::METHOD_SUGGESTIONS, ph::DEFAULT_METHOD_SUGGESTION)
}

fn suggestion(
    facts: &BulletFacts,
    table: &[(&'static str, &'static str)],
    default: &'static str,
) -> &'static str {
    facts
        .classes
        .iter()
        .find_map(|c| table.iter().find(|(k, _)| *k == c.as_str()))
        .map(|&(_, v)| v)
        .unwrap_or(default)
}

/// The verb a duty phrase or weak verb gives way to ("Worked on" → "Built").
pub fn replacement_verb(phrase: &str) -> &'static str {
    ph::VERB_REPLACEMENTS
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(phrase))
        .map(|&(_, v)| v)
        .unwrap_or("Built")
}

struct XPart {
    words: String,
    /// A tenure line: the hint is seed 003's own tightening, complete on its own.
    tenure: bool,
    /// What the words cannot say for the user ("What did you build on it?").
    question: Option<&'static str>,
}

fn x_part(text: &str, bullet: &Bullet) -> XPart {
    let facts = &bullet.facts;
    let body = bullet.body;
    let after = |span: Span| Span::new(span.end.min(body.end), body.end).slice(text);
    let plain = |words: String| XPart {
        words,
        tenure: false,
        question: None,
    };
    let asking = |words: String, question: &'static str| XPart {
        words,
        tenure: false,
        question: Some(question),
    };
    if let Some(duty) = facts.duty {
        let rest = after(duty.span);
        let (first, tail) = split_first_word(rest);
        let first_lower = first.to_ascii_lowercase();
        let gerund = first_lower.len() >= 5
            && first_lower.ends_with("ing")
            && first_lower.bytes().all(|b| b.is_ascii_alphabetic())
            && !in_table(&first_lower, &ph::NOUN_GERUNDS);
        if gerund {
            return plain(join(&upper_first(&past_tense(&first_lower)), tail));
        }
        // "Helped (to) improve X" → "Improved X".
        let (bare, bare_tail) = if first_lower == "to" {
            split_first_word(tail)
        } else {
            (first, tail)
        };
        if in_table(&bare.to_ascii_lowercase(), &ph::BARE_VERBS) {
            return plain(join(
                &upper_first(&past_tense(&bare.to_ascii_lowercase())),
                bare_tail,
            ));
        }
        return plain(join(replacement_verb(duty.phrase), rest));
    }
    if let Some(verb) = facts.verb {
        let word = verb.span.slice(text);
        let mut rest = after(verb.span);
        if verb.tool {
            return asking(
                join(&upper_first(word), rest),
                "What did you build with it: which service or pipeline?",
            );
        }
        if verb.weak {
            let lower = word.to_ascii_lowercase();
            if lower == "set" {
                let (up, tail) = split_first_word(rest);
                if up.eq_ignore_ascii_case("up") {
                    rest = tail;
                }
            }
            return plain(join(replacement_verb(&lower), rest));
        }
        return plain(join(&upper_first(word), rest));
    }
    let first = facts.first_word.map(|s| s.start).unwrap_or(body.start);
    if let Some(hedge) = facts.hedges.iter().find(|h| h.span.start == first) {
        let object = tidy(after(hedge.span));
        return asking(
            format!("Used {object}"),
            "Where did you use it in production, and for which service? If nowhere yet, \
             list it under Skills instead.",
        );
    }
    if let Some(tenure) = facts.metrics.iter().find(|m| m.kind == MetricKind::Tenure) {
        return XPart {
            words: format!(
                "Tighten to \"{} building production backend systems\" and name the two or \
                 three systems you built them with; the bullets below should prove them.",
                tenure.span.slice(text),
            ),
            tenure: true,
            question: None,
        };
    }
    // "Features were implemented for X" → "Implemented features for X".
    if let Some(passive) = facts.passive.first().filter(|p| {
        p.start > first
            && Span::new(first, p.start)
                .slice(text)
                .split_whitespace()
                .count()
                <= 4
    }) {
        let phrase = passive.slice(text);
        let participle = phrase.split_whitespace().last().unwrap_or(phrase);
        let subject = lower_first(Span::new(first, passive.start).slice(text).trim());
        let tail = tidy(after(*passive));
        let mut words = format!("{} {subject}", upper_first(participle));
        if !tail.is_empty() {
            words.push(' ');
            words.push_str(&tail);
        }
        return plain(words);
    }
    let whole = body.slice(text);
    asking(
        tidy(whole),
        "What did you do? Start with that verb: built, owned, designed, migrated.",
    )
}

/// Lower-case a capitalised first word, keeping acronyms ("API gateway") as written.
fn lower_first(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        if s.chars().nth(1).is_some_and(char::is_uppercase) {
            out.push(c);
        } else {
            // ASCII only, like `text::upper_first` (Unicode's case tables cost ~9 KB gz).
            out.push(c.to_ascii_lowercase());
        }
        out.push_str(chars.as_str());
    }
    out
}

fn in_table(word: &str, table: &PhraseTable) -> bool {
    table.phrases.iter().any(|p| p.eq_ignore_ascii_case(word))
}

fn split_first_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.find(char::is_whitespace) {
        Some(i) => (s.get(..i).unwrap_or(s), s.get(i..).unwrap_or("")),
        None => (s, ""),
    }
}

/// "verb" + " " + the task words, tidied.
fn join(verb: &str, rest: &str) -> String {
    let rest = tidy(rest);
    if rest.is_empty() {
        String::from(verb)
    } else {
        format!("{verb} {rest}")
    }
}

/// Collapse whitespace, drop trailing punctuation, cut long tasks.
fn tidy(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::new();
    for (i, w) in words.iter().take(MAX_TASK_WORDS).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    let trimmed_len = out
        .trim_end_matches(['.', ';', ',', ':', '—', '–', '-'])
        .len();
    out.truncate(trimmed_len);
    if words.len() > MAX_TASK_WORDS {
        out.push_str(" …");
    }
    out
}

/// Simple past of a gerund or bare verb ("managing" → "managed", "improve" → "improved",
/// "building" → "built").
pub fn past_tense(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if let Some(&(_, past)) = ph::IRREGULAR_PAST.iter().find(|(k, _)| *k == lower) {
        return String::from(past);
    }
    if lower.len() >= 5 {
        if let Some(stem) = lower.strip_suffix("ing") {
            // "managing" → "manag" + "ed": the dropped "e" comes back with "-ed".
            return format!("{stem}ed");
        }
    }
    if lower.ends_with('e') {
        return format!("{lower}d");
    }
    if let Some(stem) = lower.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ied");
        }
    }
    format!("{lower}ed")
}

#[cfg(test)]
mod tests {
    use super::past_tense;
    use crate::rules::bullets::test_support::bullet;

    fn hint(b: &str) -> alloc::string::String {
        bullet(b).hint.unwrap_or_default()
    }

    #[test]
    fn past_tenses() {
        assert_eq!(past_tense("managing"), "managed");
        assert_eq!(past_tense("improve"), "improved");
        assert_eq!(past_tense("building"), "built");
        assert_eq!(past_tense("deploy"), "deployed");
        assert_eq!(past_tense("apply"), "applied");
        assert_eq!(past_tense("designing"), "designed");
    }

    #[test]
    fn duty_openers_get_a_strong_verb_and_keep_the_task() {
        let h = hint("Worked on backend services for the platform.");
        assert!(
            h.contains("\"Built backend services for the platform\""),
            "{h}"
        );
        assert!(h.contains("What changed, and by how much?"), "{h}");
        assert!(h.contains("How did you do it?"), "{h}");
        let h = hint("Responsible for managing projects.");
        assert!(h.contains("Managed projects"), "{h}");
        let h = hint("Helped improve team performance.");
        assert!(h.contains("Improved team performance"), "{h}");
        let h = hint("Worked on billing.");
        assert!(h.contains("Built billing"), "{h}");
    }

    #[test]
    fn weak_and_tool_verbs_are_replaced_or_questioned() {
        let h = hint("Used Kafka to send events between services.");
        assert!(
            h.contains("\"Used Kafka to send events between services\""),
            "{h}"
        );
        assert!(h.contains("What did you build with it"), "{h}");
        let h = hint("Set up monitoring for the team's services.");
        assert!(
            h.contains("Built monitoring for the team's services"),
            "{h}"
        );
        let h = hint("Improved the reporting flow for the finance team.");
        assert!(h.contains("On which system?"), "{h}");
        let h = hint("Managed team.");
        assert!(h.contains("Led team"), "{h}");
    }

    #[test]
    fn own_verb_is_kept_and_hedges_ask_where() {
        let h = hint("Optimized database queries.");
        assert!(h.contains("\"Optimized database queries\""), "{h}");
        let h = hint("Familiar with PostgreSQL.");
        assert!(h.contains("\"Used PostgreSQL\""), "{h}");
        assert!(h.contains("Where did you use it in production"), "{h}");
        let h = hint("10+ years of programming experience.");
        assert!(
            h.contains("10+ years building production backend systems"),
            "{h}"
        );
    }

    #[test]
    fn the_result_moves_first_and_scope_is_named() {
        let h = hint(
            "Involved in tuning the Kafka producers, which raised ingest throughput from 40k to \
             110k msgs/s",
        );
        assert!(
            h.starts_with("Lead with the result, in your words: \"From 40k to 110k msgs/s\""),
            "{h}"
        );
        assert!(h.contains("\"Tuned the Kafka producers"), "{h}");
        let h = hint("Led a team of 4 engineers maintaining the billing API.");
        assert!(
            h.contains("\"4 engineers\" says how big the job was"),
            "{h}"
        );
    }

    #[test]
    fn hints_never_carry_invented_figures_or_fill_in_templates() {
        for b in [
            "Worked on backend services for the platform.",
            "Used Kafka to send events between services.",
            "Familiar with PostgreSQL.",
            "10+ years of programming experience.",
            "Built websites and created landing pages for clients.",
            "Participated in code reviews and sprint planning.",
        ] {
            let h = hint(b);
            assert!(!h.is_empty(), "{b}");
            assert!(!h.contains('['), "{b}: {h}");
            let own_digits: alloc::string::String =
                b.chars().filter(char::is_ascii_digit).collect();
            let hint_digits: alloc::string::String = h
                .chars()
                .filter(char::is_ascii_digit)
                .filter(|c| *c != '9' && *c != '5')
                .collect();
            assert!(
                hint_digits.chars().all(|c| own_digits.contains(c)),
                "{b}: a figure the bullet does not have: {h}"
            );
        }
    }

    #[test]
    fn passives_and_leading_pronouns_become_active() {
        let h = hint("Features were implemented for the billing service.");
        assert!(
            h.contains("Implemented features for the billing service"),
            "{h}"
        );
        let h = hint("I fixed bugs in the billing service.");
        assert!(h.contains("Fixed bugs in the billing service"), "{h}");
        let h = hint("Helped with database stuff.");
        assert!(h.contains("Delivered database stuff"), "{h}");
    }

    #[test]
    fn strong_bullets_get_no_hint_and_hints_are_deterministic() {
        let strong = "Reduced p99 query latency from 800ms to 45ms by redesigning indexes and \
                      validating plans with EXPLAIN ANALYZE on PostgreSQL.";
        assert_eq!(bullet(strong).hint, None);
        assert_eq!(
            hint("Built APIs for the team."),
            hint("Built APIs for the team.")
        );
    }
}
