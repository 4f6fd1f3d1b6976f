//! B-HEDGE: hedge phrasing ("familiar with", "exposure to", "knowledge of").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-HEDGE",
        name: "Hedge",
        category: Category::Bullets,
        severity: Severity::Error,
        summary: "Hedge phrasing: \"familiar with\", \"exposure to\", \"knowledge of\", \"basic \
                  understanding of\".",
        explanation: "Hedges tell a recruiter you have not really used the thing. Seed 003's \
            counter-list: \"'Familiar with' / 'Exposure to' / 'Knowledge of' — Hedge phrasing. \
            ATS scoring counts these as match, but recruiters discount them. Replace with \
            concrete bullets: 'Used Postgres in production for the catalog service' beats \
            'Familiar with PostgreSQL.'\"",
        source: "003",
    },
    check,
};

const POINTS: u32 = 25;
/// Further hedges in the same bullet cost less: the first one already sank it.
const MORE_POINTS: u32 = 5;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        for (n, hedge) in bullet.facts.hedges.iter().enumerate() {
            let words = hedge.span.slice(doc.text);
            // What the hedge is about: the technology named right after it, if any.
            let spans = &bullet.facts.term_spans;
            let object = spans
                .get(spans.partition_point(|s| s.start < hedge.span.end))
                .map(|s| s.slice(doc.text))
                .unwrap_or("it");
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(hedge.span),
                    format!("\"{words}\" hedges: recruiters discount it."),
                    format!(
                        "Say what you did with {object} in production: \"Used {object} in \
                         production for [which service], [result]\"."
                    ),
                )
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
    fn flags_hedges_anywhere_in_a_bullet() {
        let (text, found) = findings("Familiar with PostgreSQL.", "B-HEDGE");
        assert_eq!(found.len(), 1);
        assert_eq!(under(&text, &found[0]), "Familiar with");
        for b in [
            "Built 3 services; exposure to Kubernetes.",
            "Basic understanding of gRPC and protobuf.",
            "Working knowledge of Redis caching.",
        ] {
            assert!(fires(b, "B-HEDGE"), "{b}");
        }
    }

    #[test]
    fn concrete_use_passes() {
        for b in [
            "Used Postgres in production for the catalog service at 4k QPS.",
            "Shared knowledge through 12 design reviews.",
            "Familiarized 5 new hires with the deploy pipeline.",
        ] {
            assert!(!fires(b, "B-HEDGE"), "{b}");
        }
    }
}
