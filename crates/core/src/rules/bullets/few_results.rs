//! B-FEW-RESULTS: fewer than five bullets show a measured result.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! A whole-resume finding (no bullet): it costs the bullets part [`POINTS_EACH`] per missing
//! result, for at most [`MAX_CHARGED`] of them. It stays quiet when no bullet could be read at all (F-NO-BULLETS says why).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-FEW-RESULTS",
        name: "Few measured results",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Fewer than five bullets show a measured result (a change, or the load the \
                  work carries).",
        explanation: "A hiring manager skims the bullets for results and counts them: five \
            measured results (before → after, %, latency, throughput, money, users served) make \
            the case for a backend engineer; two, however well written the rest, do not. Seed \
            004: \"A resume without any numbers — requests per second, database size, uptime \
            SLA, user count — reads as someone who worked on toy projects\" and \"back every \
            claim with a number\"; seed 000: prove the top skills \"with measurable outcomes\".",
        source: "000, 004",
    },
    check,
};

/// Measured results a resume should show.
pub const TARGET: usize = 5;
/// Points of the bullets part per missing result.
const POINTS_EACH: u32 = 10;
/// At most this many missing results are charged: a resume with none already loses each
/// bullet's B-NO-METRIC points, and a part driven to 0 would leave no fix worth anything.
const MAX_CHARGED: usize = 3;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let (mut judged, mut measured) = (0usize, 0usize);
    for (_, bullet) in in_scope(doc) {
        judged += 1;
        measured += usize::from(bullet.facts.has_metric());
    }
    if judged == 0 || measured >= TARGET {
        return;
    }
    let missing = TARGET - measured;
    let shown = match measured {
        0 => format!("None of your {judged} bullets shows a measured result"),
        1 => format!("1 of your {judged} bullets shows a measured result"),
        n => format!("{n} of your {judged} bullets show a measured result"),
    };
    let more = if missing == 1 { "1 more" } else { "more" };
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!("{shown}; a hiring manager skims for about {TARGET}."),
            format!(
                "Add the figure to {more} bullet{} ({missing} to reach {TARGET}): the before → \
                 after, the load it carries, the money or time it saved, from your own records.",
                if missing == 1 { "" } else { "s" }
            ),
        )
        .points(POINTS_EACH * u32::try_from(missing.min(MAX_CHARGED)).unwrap_or(0)),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::report;
    use crate::finding::Finding;

    fn found(bullets: &[&str]) -> Option<Finding> {
        let (_, report) = report(bullets);
        report
            .findings
            .into_iter()
            .find(|f| f.rule == "B-FEW-RESULTS")
    }

    #[test]
    fn counts_the_bullets_with_a_measured_result() {
        let f = found(&[
            "Cut p99 latency of the orders API from 480 ms to 95 ms by adding a Redis cache.",
            "Built the billing service in Go on PostgreSQL.",
            "Led a team of 4 engineers maintaining the API.",
        ])
        .expect("one result of three");
        assert_eq!(f.points, 30, "4 missing, 3 charged");
        assert_eq!(f.bullet, None);
        assert!(
            f.message
                .starts_with("1 of your 3 bullets shows a measured result"),
            "{}",
            f.message
        );
        assert!(f.fix.contains("4 to reach 5"), "{}", f.fix);
    }

    #[test]
    fn five_results_or_no_bullets_stay_quiet() {
        let five = [
            "Cut p99 latency from 480 ms to 95 ms by adding a Redis cache.",
            "Built an ingest service in Rust handling 400,000 events per second.",
            "Reduced storage cost by 38% by partitioning PostgreSQL tables.",
            "Saved $41k per month by consolidating EKS clusters.",
            "Served 2 million rides a month from a Java booking API.",
        ];
        assert!(found(&five).is_none());
        let (_, report) = crate::rules::bullets::test_support::report(&[]);
        assert!(report.findings.iter().all(|f| f.rule != "B-FEW-RESULTS"));
    }
}
