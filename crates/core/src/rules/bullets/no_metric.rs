//! B-NO-METRIC: a bullet with no figure at all.
//!
//! Years of tenure, versions and calendar years are not figures of the work (the bullet facts
//! classify every figure; only impact and scale count).
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::assess::bullets::hint;
use crate::document::{Metric, MetricKind};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::text::quote;
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-NO-METRIC",
        name: "No metric",
        category: Category::Bullets,
        severity: Severity::Error,
        summary: "The bullet has no number: no %, latency, throughput, money, count, data size \
                  or users.",
        explanation: "Recruiters look for proof of scale and outcome, and a bullet without a \
            number cannot give it. Seed 004: \"each bullet contains a number, a technical \
            context, and a business outcome\" and \"A resume without any numbers — requests per \
            second, database size, uptime SLA, user count — reads as someone who worked on toy \
            projects\"; seed 000: prove skills \"with measurable outcomes\" such as p95 or p99 \
            latency, error rate, throughput and cost; seed 002 turns \"Improved efficiency\" \
            into \"Reduced processing time by 40%\".",
        source: "000, 002, 004",
    },
    check,
};

const POINTS: u32 = 30;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        if facts.has_metric() {
            continue;
        }
        let tenure = facts.metrics.iter().find(|m| m.kind == MetricKind::Tenure);
        let message = match (tenure, facts.scope_only()) {
            (Some(t), _) => format!(
                "\"{}\" says how long, not what you achieved: no figure measures this bullet's \
                 result.",
                t.span.slice(doc.text)
            ),
            (None, Some(scope)) => format!(
                "\"{}\" is {}, not a result: no figure measures what changed.",
                scope.span.slice(doc.text),
                scope_noun(scope)
            ),
            (None, None) => format!(
                "No number in \"{}\": nothing shows the scale or the result of this work.",
                quote(bullet.body.slice(doc.text), 60)
            ),
        };
        let fix = format!(
            "Add the figure that proves it: {}.",
            hint::metric_suggestion(facts)
        );
        out.push(
            Finding::new(&RULE.meta, Some(bullet.body), message, fix)
                .points(POINTS)
                .on_bullet(i),
        );
    }
}

/// What a scope figure counts, for the message ("4 engineers" is a headcount: a team, the
/// people mentored or an audience, "presented to 30 engineers", which "team size" was not).
fn scope_noun(m: &Metric) -> &'static str {
    match m.kind {
        MetricKind::People => "a headcount",
        MetricKind::Duration | MetricKind::Tenure => "how long the work took",
        MetricKind::Count => "a count of what you worked on",
        _ => "the size of the job",
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires};

    #[test]
    fn flags_bullets_without_a_figure() {
        for b in [
            "Built REST APIs for the orders system.",
            "Optimized database queries.",
            "Shipped the OpenAPI 3.1 spec during the 2024 migration.",
            "10+ years of programming experience.",
            "Mentored 4 engineers on system design.",
            "Contributed code to 12+ microservices for the platform.",
            "Built a Python 3.12 service speaking HTTP/1.1 and OAuth 2.0 per RFC 9112.",
        ] {
            assert!(fires(b, "B-NO-METRIC"), "{b}");
        }
        let (_, found) = findings(
            "Led a team of 4 engineers maintaining the API.",
            "B-NO-METRIC",
        );
        assert!(
            found[0]
                .message
                .contains("\"4 engineers\" is a headcount, not a result"),
            "{}",
            found[0].message
        );
        let (_, found) = findings("10+ years of programming experience.", "B-NO-METRIC");
        assert!(
            found[0].message.contains("\"10+ years\""),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 30);
        assert_eq!(found[0].bullet, Some(0));
    }

    #[test]
    fn any_real_figure_passes() {
        for b in [
            "Reduced p99 latency from 500ms to 50ms for critical endpoints.",
            "Led the migration with zero downtime.",
            "Wrote a client library now used by 20+ teams.",
            "Migrated a fleet of 1,800 VMs to EKS.",
            "Cut costs by $180K annually by right-sizing instances.",
            "Doubled throughput of the ingest pipeline.",
        ] {
            assert!(!fires(b, "B-NO-METRIC"), "{b}");
        }
    }
}
