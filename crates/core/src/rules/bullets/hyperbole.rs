//! B-HYPERBOLE: unsupported giant claims ("billions of requests") and empty self-praise
//! ("expert", "rockstar", "passionate", "results-driven", "team player").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-HYPERBOLE",
        name: "Hyperbole",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "An unsupported giant claim (\"billions of requests\") or empty self-praise \
                  (\"expert\", \"rockstar\", \"passionate\", \"results-driven\").",
        explanation: "Claims a reader cannot verify cost credibility instead of earning it. \
            Seed 003: \"Made-up scale numbers ('billions of requests') — Cite numbers you can \
            defend in a hiring-manager interview. The editorial bar is empty space beats \
            fabrication\"; seed 000: \"avoid subjective labels like expert unless you back them \
            with evidence\"; seed 004: \"Avoid vague openers like 'passionate developer' or \
            'technology enthusiast' — recruiters have seen those phrases thousands of times and \
            they communicate nothing verifiable.\"",
        source: "000, 003, 004",
    },
    check,
};

const POINTS: u32 = 15;
/// Further claims in the same bullet.
const MORE_POINTS: u32 = 5;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        let mut hits: Vec<(crate::document::PhraseHit, bool)> = facts
            .giant_claims
            .iter()
            .map(|h| (*h, true))
            .chain(facts.self_praise.iter().map(|h| (*h, false)))
            .collect();
        crate::sort::sort_by_key(&mut hits, |(h, _)| h.span.start);
        for (n, (hit, giant)) in hits.iter().enumerate() {
            let words = hit.span.slice(doc.text);
            let (message, fix) = if *giant {
                (
                    format!(
                        "\"{words}\" is a giant claim with no figure a hiring manager can check."
                    ),
                    format!(
                        "Replace \"{words}\" with the number you can defend, with its unit \
                         (\"2.8 million events/day\"), or cut it."
                    ),
                )
            } else {
                (
                    format!("\"{words}\" is self-praise: it communicates nothing verifiable."),
                    format!(
                        "Drop \"{words}\" and let the evidence say it: the system, the figure, \
                         the method."
                    ),
                )
            };
            out.push(
                Finding::new(&RULE.meta, Some(hit.span), message, fix)
                    .points(if n == 0 { POINTS } else { MORE_POINTS })
                    .on_bullet(i),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};

    #[test]
    fn flags_giant_claims_and_self_praise() {
        let (text, found) = findings("Handled billions of requests on Kafka.", "B-HYPERBOLE");
        assert_eq!(found.len(), 1);
        assert_eq!(under(&text, &found[0]), "billions of");
        for b in [
            "Expert in Go, built 3 services.",
            "Passionate, results-driven team player shipping Go services.",
            "Rockstar engineer on the payments API.",
        ] {
            assert!(fires(b, "B-HYPERBOLE"), "{b}");
        }
    }

    #[test]
    fn defended_figures_and_plain_words_pass() {
        for b in [
            "Sharded a user events table exceeding 2 billion rows.",
            "Built expertise sharing sessions for 12 engineers.",
            "Shipped 4 Go services with the platform team.",
        ] {
            assert!(!fires(b, "B-HYPERBOLE"), "{b}");
        }
    }
}
