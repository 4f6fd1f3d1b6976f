//! Sentences of a description that state work done, for the structured readers.
//!
//! A JSON Resume `summary`, a RenderCV `summary`, a friggeri `\entry` or Twenty Seconds
//! `\twentyitem` description is often where the accomplishments are ("Cut p99 latency by 40%.
//! Built the Kafka pipeline."). The readers write each such sentence as a `- ` bullet so it is
//! judged, and leave the sentences that only set context ("I run the CI platform for 90
//! developers.", "Payments team.") as text.

use crate::phrases::bullet as ph;
use alloc::string::String;
use alloc::vec::Vec;

/// Words between a pronoun and its verb ("I also moved", "We then built").
const ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "recently",
    "successfully",
    "personally",
    "jointly",
    "first",
    "eventually",
    "single-handedly",
];

/// Past tenses that set context rather than state a result ("I joined the refunds team",
/// "Was the first backend hire").
const CONTEXT_VERBS: &[&str] = &[
    "joined",
    "was",
    "were",
    "became",
    "relocated",
    "returned",
    "transferred",
    "graduated",
];

/// A text split after sentence ends (". ", "! ", "? " before a capital), each trimmed.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase);
        if ends {
            if let Some(s) = text.get(start..=i) {
                out.push(s.trim());
            }
            start = i + 1;
        }
    }
    if let Some(s) = text.get(start..) {
        if !s.trim().is_empty() {
            out.push(s.trim());
        }
    }
    out
}

/// The word's ASCII letters (and hyphens), lowercased: the verb tables are English, and
/// Unicode's case tables would add kilobytes to the web build.
fn lower_letters(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_ascii_alphabetic() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn in_table(word: &str, table: &crate::phrases::PhraseTable) -> bool {
    table
        .phrases
        .iter()
        .any(|p| crate::text::same_word(p, word))
}

fn is_past(word: &str) -> bool {
    (word.len() >= 4 && word.ends_with("ed"))
        || ph::IRREGULAR_PAST
            .iter()
            .any(|(_, past)| crate::text::same_word(past, word))
}

/// A sentence that states something done: at least four words, opened by an action verb of
/// the bullet tables or a past-tense verb; after "I"/"We" (and an adverb: "I also moved")
/// only a past tense counts, since "I run the platform" describes a job, not a result.
pub(crate) fn states_accomplishment(sentence: &str) -> bool {
    if sentence.split_whitespace().count() < 4 {
        return false;
    }
    let mut words = sentence.split_whitespace();
    let first = words.next().unwrap_or("");
    if matches!(first, "I" | "We") {
        let verb = words
            .map(lower_letters)
            .find(|w| !ADVERBS.contains(&w.as_str()))
            .unwrap_or_default();
        return is_past(&verb) && !CONTEXT_VERBS.contains(&verb.as_str());
    }
    if !first.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let word = lower_letters(first);
    if CONTEXT_VERBS.contains(&word.as_str()) {
        return false;
    }
    is_past(&word)
        || [
            &ph::ACTION_VERBS,
            &ph::STRONG_SYSTEM_VERBS,
            &ph::OUTCOME_VERBS,
        ]
        .iter()
        .any(|t| in_table(&word, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accomplishments_and_context() {
        for done in [
            "Cut p99 latency by 40% with Redis.",
            "I rebuilt the GitLab pipelines around shared templates.",
            "I also moved our secrets to Vault.",
            "Worked on a PHP booking engine for hotels.",
            "Taught a six-week module on payment systems.",
        ] {
            assert!(states_accomplishment(done), "{done}");
        }
        for context in [
            "I run the CI/CD platform for 90 developers.",
            "I own the promotions service for the online store.",
            "Payments platform team.",
            "I joined the refunds team as a junior engineer.",
            "Built things.",
        ] {
            assert!(!states_accomplishment(context), "{context}");
        }
    }

    #[test]
    fn sentence_split() {
        assert_eq!(
            sentences("Team of 5. Cut cost by 3.5x with spot nodes. Built X"),
            ["Team of 5.", "Cut cost by 3.5x with spot nodes.", "Built X"]
        );
    }
}
