//! F-TOO-SHORT: the text is too short to judge as a resume.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::MIN_JUDGED_WORDS;
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-TOO-SHORT",
        name: "Too short to judge",
        category: Category::Formatting,
        severity: Severity::Error,
        summary: "Fewer than ~120 words: too short to judge as a resume; the score is scaled down.",
        explanation: "A one-page backend resume holds 300–600 words, and the shortest real ones \
            (a new graduate's one role and one project) about 120. Below that there is too little \
            to judge: a recruiter sees an unfinished page, and a score built from what is wrong \
            would rate an empty text highly because nothing in it can be wrong. The overall score \
            is scaled by the share of those 120 words the text has, and the points it costs are \
            this finding's.",
        source: "common recruiter guidance",
    },
    check,
};

/// Percent of the overall score a text of `words` words keeps.
pub fn kept_percent(words: usize) -> u32 {
    let kept = words.saturating_mul(100) / MIN_JUDGED_WORDS.max(1);
    u32::try_from(kept.min(100)).unwrap_or(100)
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let words = crate::text::word_count(&ctx.doc.tokens);
    let kept = kept_percent(words);
    if kept >= 100 {
        return;
    }
    let (count, noun) = if words == 1 {
        (words, "word")
    } else {
        (words, "words")
    };
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "Only {count} {noun}: too short to judge as a resume (a one-page resume holds \
                 300–600), so the score counts {kept}% of what the rest of the report gives."
            ),
            String::from(
                "Paste the whole resume: each role with its dates and 3–5 bullets, your skills \
                 and your education.",
            ),
        )
        // The percent of the overall score removed; the report turns it into the overall
        // points it cost (see `report::build`).
        .points(100 - kept),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, CLEAN};
    use super::kept_percent;

    #[test]
    fn short_texts_keep_a_share_of_the_score_in_proportion_to_their_words() {
        assert_eq!(kept_percent(0), 0);
        assert_eq!(kept_percent(60), 50);
        assert_eq!(kept_percent(120), 100);
        assert_eq!(kept_percent(5000), 100);
    }

    #[test]
    fn flags_a_few_words_once_and_a_resume_never() {
        let found = findings("abc", "F-TOO-SHORT");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.starts_with("Only 1 word:"),
            "{}",
            found[0].message
        );
        assert!(findings(CLEAN, "F-TOO-SHORT").is_empty());
    }
}
