//! B-PROFILE-PRAISE: self-praise in the summary, objective, skills or title line
//! ("Passionate, results-driven team player").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-PROFILE-PRAISE",
        name: "Self-praise in the profile",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Self-praise in the summary, objective or skills (\"Passionate\", \
                  \"Results-driven\", \"team player\", \"detail-oriented\").",
        explanation: "Adjectives about yourself are the first words a recruiter skips. Seed \
            004: \"Avoid vague openers like 'passionate developer' or 'technology enthusiast' — \
            recruiters have seen those phrases thousands of times and they communicate nothing \
            verifiable\"; seed 000: \"avoid subjective labels like expert unless you back them \
            with evidence\". Replace them with what you built and at what scale.",
        source: "000, 004",
    },
    check,
};

/// Whole-resume points: the first phrase, then less for each further one.
const POINTS: u32 = 4;
const MORE_POINTS: u32 = 1;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    super::profile_findings(
        ctx,
        out,
        &RULE.meta,
        false,
        (POINTS, MORE_POINTS),
        |words, section| {
            (
            format!("\"{words}\" in the {section} is self-praise: it communicates nothing verifiable."),
            format!("Replace \"{words}\" with evidence: the systems you built and their scale, \
                     in your own figures."),
        )
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    fn found(text: &str) -> Vec<String> {
        analyze(text, &Options::default())
            .unwrap()
            .findings
            .into_iter()
            .filter(|f| f.rule == "B-PROFILE-PRAISE")
            .map(|f| f.message)
            .collect()
    }

    const EXPERIENCE: &str =
        "\n\nEXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- Built the billing API in Go.\n";

    #[test]
    fn flags_self_praise_in_the_summary() {
        let text = format!(
            "SUMMARY\nPassionate, results-driven backend engineer and team player, \
             detail-oriented go-getter.{EXPERIENCE}"
        );
        let found = found(&text);
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(
            found[0].contains("\"Passionate\" in the summary"),
            "{found:?}"
        );
    }

    #[test]
    fn plain_summaries_pass() {
        let text = format!(
            "SUMMARY\nBackend engineer, 6 years on payments: Go, PostgreSQL, Kafka; ran the \
             ledger at 30k RPS.{EXPERIENCE}"
        );
        assert!(found(&text).is_empty());
    }
}
