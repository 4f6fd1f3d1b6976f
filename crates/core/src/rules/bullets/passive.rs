//! B-PASSIVE: passive voice ("was implemented", "were migrated").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-PASSIVE",
        name: "Passive voice",
        category: Category::Bullets,
        severity: Severity::Info,
        summary: "Passive voice (\"was implemented\", \"were migrated\").",
        explanation: "A passive construction hides who did the work, which is the one thing a \
            resume bullet must say. Seed 002: \"Action verbs, specific metrics, and concrete \
            outcomes replace passive descriptions.\" Rewrite with your verb first: \"Migrated \
            23 services …\" instead of \"23 services were migrated …\".",
        source: "002, prose-lint baseline",
    },
    check,
};

const POINTS: u32 = 5;
/// Further passives in the same bullet.
const MORE_POINTS: u32 = 2;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        // A passive in a subordinate clause of an active bullet ("Rebuilt the exporter so files
        // are validated before upload") hides nobody: the bullet's own verb says who did it.
        if bullet.facts.xyz.x.is_some() {
            continue;
        }
        for (n, span) in bullet.facts.passive.iter().enumerate() {
            let words = span.slice(doc.text);
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(*span),
                    format!("\"{words}\" is passive: it hides who did the work."),
                    String::from("Put your verb first, in the active voice: \"Migrated …\", \"Implemented …\"."),
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
    fn flags_passives() {
        let (text, found) = findings(
            "A Redis cache was implemented, cutting p99 from 300ms to 90ms.",
            "B-PASSIVE",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(under(&text, &found[0]), "was implemented");
        assert!(fires("23 services were migrated to gRPC.", "B-PASSIVE"));
        assert!(fires(
            "The pipeline was rebuilt on Kafka in 6 weeks.",
            "B-PASSIVE"
        ));
    }

    #[test]
    fn active_voice_passes() {
        for b in [
            "Implemented a Redis cache, cutting p99 from 300ms to 90ms.",
            "Built services that are distributed across 3 regions.",
        ] {
            assert!(!fires(b, "B-PASSIVE"), "{b}");
        }
    }
}
