//! B-NO-METHOD: a bullet that states a measured result but not how it was achieved.
//!
//! Only a bullet that opens with its outcome ("Reduced …", "Increased …") and a figure is asked
//! for the "by / through / using / via …" clause: one that opens with the action
//! ("Implemented circuit breakers reducing cascade failures by 90%") already says how.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::assess::bullets::hint;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-NO-METHOD",
        name: "No method",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "The bullet has an outcome and a number but no \"by / through / using …\" \
                  method (the Z of XYZ).",
        explanation: "A result without the how reads as luck or as someone else's work. Seeds \
            000 and 004 use the XYZ formula, \"Accomplished X as measured by Y by doing Z\": \
            \"Reduced p99 query latency from 800ms to 45ms by redesigning indexes, validating \
            plans with EXPLAIN ANALYZE, and fixing slow joins\". The Z is where the named \
            system and the engineering decision go.",
        source: "000, 004",
    },
    check,
};

const POINTS: u32 = 10;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        let Some(verb) = facts.verb.filter(|v| v.outcome) else {
            continue;
        };
        if !facts.has_metric() || facts.method.is_some() {
            continue;
        }
        let written = verb.span.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(bullet.body),
                format!("\"{written} …\" gives the result and the figure but not how you did it."),
                format!(
                    "Add the Z of XYZ: \"… by [what you changed]\", e.g. by {}.",
                    hint::method_suggestion(facts)
                ),
            )
            .points(POINTS)
            .on_bullet(i),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::fires;

    #[test]
    fn flags_outcomes_without_a_method() {
        for b in [
            "Reduced API latency by 40% for the checkout service.",
            "Improved test coverage from 43% to 91% on the billing service.",
            "Accomplished a 30% cost reduction on the orders platform.",
        ] {
            assert!(fires(b, "B-NO-METHOD"), "{b}");
        }
    }

    #[test]
    fn a_method_or_an_action_opener_passes() {
        for b in [
            "Reduced p99 query latency from 800ms to 45ms by redesigning indexes.",
            "Optimized critical path queries reducing database load by 80% through indexing.",
            "Implemented circuit breaker patterns reducing cascade failures by 90%.",
            "Cut deploy time from 45 to 8 minutes using GitHub Actions caching.",
            "Improved reliability.",
        ] {
            assert!(!fires(b, "B-NO-METHOD"), "{b}");
        }
    }
}
