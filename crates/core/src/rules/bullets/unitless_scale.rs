//! B-UNITLESS-SCALE: scale or speed claimed without a figure ("high-throughput", "at scale",
//! "millions of users", "low-latency").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::document::{BulletFacts, MetricKind, PhraseHit};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-UNITLESS-SCALE",
        name: "Unitless scale",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Scale or speed is claimed without a unit or figure (\"high-throughput\", \"at \
                  scale\", \"millions of users\").",
        explanation: "Anyone can write \"high-throughput\"; a figure with its unit is what a \
            hiring manager can check. Seed 003: \"Throughput (QPS / TPS / RPS) — Scale Tier-1. \
            Always cite the unit and the workload context\" and \"No scale numbers: 'Built APIs \
            for the team.' How many endpoints? What throughput? What latency?\"; seed 002: \
            recruiters want \"requests per second, number of microservices, database row \
            counts, monthly active users\".",
        source: "002, 003",
    },
    check,
};

const POINTS: u32 = 10;
/// Further claims in the same bullet.
const MORE_POINTS: u32 = 3;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        for (n, (hit, speed)) in unbacked(facts).into_iter().enumerate() {
            let words = hit.span.slice(doc.text);
            let fix = if speed {
                format!(
                    "Replace \"{words}\" with the figure: a percentile latency with its unit, \
                     e.g. \"p99 under 25ms\"."
                )
            } else {
                format!(
                    "Replace \"{words}\" with the figure and its unit: RPS/QPS/TPS, events/sec, \
                     users, rows or GB, e.g. \"30k RPS sustained\"."
                )
            };
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(hit.span),
                    format!("\"{words}\" claims scale without a number to back it."),
                    fix,
                )
                .points(if n == 0 { POINTS } else { MORE_POINTS })
                .on_bullet(i),
            );
        }
    }
}

/// Scale claims with no scale figure, and speed claims with no latency or percentage, in text
/// order (`true` = a speed claim).
fn unbacked(facts: &BulletFacts) -> Vec<(PhraseHit, bool)> {
    let scale_backed = facts.has_scale_metric();
    // "high-performance … sustaining 50,000+ TPS": a throughput, a multiplier or any measured
    // change backs a performance claim as well as a latency does.
    let speed_backed = facts.has_kind(MetricKind::Latency)
        || facts.has_kind(MetricKind::Percent)
        || facts.has_kind(MetricKind::Throughput)
        || facts.has_kind(MetricKind::Multiplier)
        || !facts.before_after.is_empty();
    let mut claims: Vec<(PhraseHit, bool)> = Vec::new();
    if !scale_backed {
        claims.extend(facts.unitless_scale.iter().map(|h| (*h, false)));
    }
    if !speed_backed {
        claims.extend(facts.unitless_speed.iter().map(|h| (*h, true)));
    }
    crate::sort::sort_by_key(&mut claims, |(h, _)| h.span.start);
    claims
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};

    #[test]
    fn flags_scale_claims_without_a_figure() {
        let (text, found) = findings(
            "Built high-throughput services serving millions of users.",
            "B-UNITLESS-SCALE",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(under(&text, &found[0]), "high-throughput");
        assert_eq!(under(&text, &found[1]), "millions of");
        assert_eq!(found[0].points + found[1].points, 13);
        assert!(fires(
            "Designed scalable services using Spring.",
            "B-UNITLESS-SCALE"
        ));
        assert!(fires(
            "Built a low-latency pricing API in Go.",
            "B-UNITLESS-SCALE"
        ));
        // A percentage is not a scale figure.
        assert!(fires(
            "Ran Kafka at scale, cutting costs by 30%.",
            "B-UNITLESS-SCALE"
        ));
    }

    #[test]
    fn a_figure_backs_the_claim() {
        for b in [
            "Built a high-throughput pipeline processing 2.8 million events/day on Kafka.",
            "Reduced latency by 62% across 14 high-traffic endpoints.",
            "Built a low-latency pricing API in Go with p99 under 25ms.",
            "Scaled the API to 45,000 requests/second.",
        ] {
            assert!(!fires(b, "B-UNITLESS-SCALE"), "{b}");
        }
    }
}
