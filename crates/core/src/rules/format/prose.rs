//! F-PROSE: experience written as paragraphs instead of bullets.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::count;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-PROSE",
        name: "Experience as paragraphs",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Work is described in paragraphs: each accomplishment reads better as a bullet.",
        explanation: "Seed 002: \"Recruiters spend approximately 7 seconds on initial resume \
            scans, making concise formatting essential\", and its bullet formula is one line per \
            result (Verb + Task + Result). Seed 004 wants the technologies \"prominently — not \
            buried in a paragraph\". The analyzer reads each sentence of your paragraphs that \
            states work and grades it like a bullet; written as bullets, the same sentences are \
            what a recruiter's scan and an ATS's parser pick up first.",
        source: "002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let mut prose = doc.bullets.iter().filter(|b| b.prose && b.facts.judged);
    let Some(first) = prose.next() else {
        return;
    };
    let n = 1 + prose.count();
    out.push(
        Finding::new(
            &RULE.meta,
            Some(first.span),
            format!(
                "Your experience is written as paragraphs: {} state work and are graded as \
                 bullets here, but a recruiter scanning for 7 seconds reads bullets, not prose.",
                count(n, "sentence", "sentences")
            ),
            String::from(
                "Put each accomplishment on its own bullet line starting with its verb: \
                 \"- Reduced Snowflake spend by 30% by rewriting the hourly merge jobs\".",
            ),
        )
        .points(6),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report, CLEAN};
    use alloc::vec::Vec;

    const PROSE: &str = "Jane Doe\njane@example.com\n\nExperience\n\nBackend Engineer, Acme, 2021 - 2024\nI work on the ingestion team. I built the service that accepts event uploads over HTTP and writes them to S3. I reduced our Snowflake spend by 30% by rewriting the hourly merge jobs.\n\nSkills\nGo, Python, Kafka\n";

    #[test]
    fn flags_paragraphs_once_and_grades_their_sentences() {
        let report = report(PROSE);
        let found = of(&report, "F-PROSE");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].message.contains("2 sentences"),
            "{}",
            found[0].message
        );
        let judged: Vec<&str> = report
            .bullets
            .iter()
            .filter(|b| b.judged)
            .map(|b| b.span.slice(PROSE))
            .collect();
        assert_eq!(
            judged,
            [
                "I built the service that accepts event uploads over HTTP and writes them to S3.",
                "I reduced our Snowflake spend by 30% by rewriting the hourly merge jobs."
            ]
        );
    }

    #[test]
    fn bullets_and_a_prose_summary_pass() {
        assert!(findings(CLEAN, "F-PROSE").is_empty());
        // A summary paragraph is a summary, not experience.
        let text = "Jane Doe\n\nSummary\nI built payment systems for ten years. I led teams of eight engineers across three time zones.\n\nExperience\nBackend Engineer, Acme, 2021 - 2024\n- Built the ledger API in Go for 40 services\n";
        assert!(findings(text, "F-PROSE").is_empty());
    }
}
