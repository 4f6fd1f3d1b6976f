//! B-AVERAGE-LATENCY: a latency cited as an average or mean, or with no percentile at all.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::document::MetricKind;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-AVERAGE-LATENCY",
        name: "Average latency",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "A latency is cited as an average or mean (or with no percentile) instead of \
                  p50/p95/p99/p999.",
        explanation: "Backend latency is judged by its tail: an average can look fine while one \
            request in a hundred is slow. Seed 003: \"Latency distribution (p50 / p95 / p99 / \
            p999) — Always cite percentiles, not averages, on BE resumes. Pattern: 'drove p99 \
            latency on the catalog API from 480ms to 110ms'\"; seed 000: \"Prefer system \
            metrics that map to user impact: p95 or p99 latency\". A latency figure with no \
            percentile reads as an average, so it gets an informational finding.",
        source: "000, 003",
    },
    check,
};

/// An explicit average.
const POINTS: u32 = 12;
/// A latency figure with no percentile (reads as an average).
const UNQUALIFIED_POINTS: u32 = 4;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        let mut explicit: Vec<crate::span::Span> = facts.average_latency.clone();
        for m in facts
            .metrics
            .iter()
            .filter(|m| m.kind == MetricKind::Latency && m.average)
        {
            if !explicit
                .iter()
                .any(|s| s.contains(m.span) || m.span.contains(*s))
            {
                explicit.push(m.span);
            }
        }
        if let Some(first) = explicit.first() {
            let words = first.slice(doc.text);
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(*first),
                    format!("\"{words}\" is an average; averages hide the slow tail."),
                    String::from(
                        "Cite a percentile with its unit instead: \"p99 latency from 480ms to \
                         110ms\"; a percentile shows the slow tail an average hides.",
                    ),
                )
                .points(POINTS)
                .on_bullet(i),
            );
            continue;
        }
        if !facts.percentiles.is_empty() {
            continue;
        }
        if let Some(m) = facts
            .metrics
            .iter()
            .find(|m| m.kind == MetricKind::Latency && m.percentile.is_none())
        {
            let words = m.span.slice(doc.text);
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(m.span),
                    format!(
                        "\"{words}\" does not say which percentile, so it reads as an average."
                    ),
                    format!("Say which percentile: \"p99 {words}\"."),
                )
                .severity(Severity::Info)
                .points(UNQUALIFIED_POINTS)
                .on_bullet(i),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};
    use crate::Severity;

    #[test]
    fn flags_averages() {
        let (text, found) = findings(
            "Cut average latency from 300ms to 120ms by caching.",
            "B-AVERAGE-LATENCY",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(under(&text, &found[0]), "average latency");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(fires(
            "Reduced mean response time by 40%.",
            "B-AVERAGE-LATENCY"
        ));
    }

    #[test]
    fn an_unqualified_latency_is_informational() {
        let (text, found) = findings(
            "Reduced API latency from 340ms to 130ms with Redis.",
            "B-AVERAGE-LATENCY",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(under(&text, &found[0]), "340ms");
    }

    #[test]
    fn percentiles_pass() {
        for b in [
            "Reduced p99 query latency from 800ms to 45ms by redesigning indexes.",
            "Operated 12k events/sec at sub-100ms end-to-end p99 lag.",
            "Cut mean time to recovery from 2 hours to 15 minutes.",
            "Reduced P99 query time from 1.2s to 89ms.",
        ] {
            assert!(!fires(b, "B-AVERAGE-LATENCY"), "{b}");
        }
    }
}
