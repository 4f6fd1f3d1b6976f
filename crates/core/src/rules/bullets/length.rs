//! B-LENGTH: a bullet too short to carry X + Y + Z, or too long to scan.
//!
//! A long bullet is an informational finding only: the seeds' own A-grade examples sometimes run
//! long and still grade well.
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
        id: "B-LENGTH",
        name: "Length",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "The bullet is too short to carry X + Y + Z (under 8 words) or too long to scan \
                  (over 35 words).",
        explanation: "A bullet needs room for what you did, how it was measured and how you did \
            it: seed 002's Verb + Task + Result + Context and seed 004's \"accomplished X as \
            measured by Y by doing Z\" rarely fit in fewer than eight words, and seed 004's \
            \"Built REST APIs\" \"tells a recruiter nothing\". Past about 35 words (two lines) a \
            recruiter who spends seconds on a first scan (seed 002) stops reading; split the \
            bullet or cut the context.",
        source: "002, 004",
    },
    check,
};

/// Fewer words than this cannot hold verb + task + result (SPEC: "under ~8 words").
const MIN_WORDS: usize = 8;
/// More words than this is over two lines (SPEC: "over ~35 words").
const MAX_WORDS: usize = 35;
const SHORT_POINTS: u32 = 12;
const LONG_POINTS: u32 = 4;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let words = bullet.facts.words;
        if words == 0 {
            continue;
        }
        // "Sharded Redis; p99 300→40ms" is short and complete: what was done, the figure, on
        // which system.
        let xyz = &bullet.facts.xyz;
        let complete = (xyz.x.is_some() || xyz.result_first)
            && !xyz.y.is_empty()
            && (xyz.z.is_some() || bullet.facts.tech + bullet.facts.lexicon > 0);
        if words < MIN_WORDS && !complete {
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(bullet.body),
                    format!(
                        "{words} word{}: too short to say what you did, how it was measured and \
                         how.",
                        if words == 1 { "" } else { "s" }
                    ),
                    String::from(
                        "Grow it into X + Y + Z: the system you built, the figure that measures \
                         it, and the method.",
                    ),
                )
                .points(SHORT_POINTS)
                .on_bullet(i),
            );
        } else if words > MAX_WORDS {
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(bullet.body),
                    format!("{words} words: over two lines, too long to scan."),
                    format!(
                        "Keep it under {MAX_WORDS} words: lead with the result and its figure, \
                         keep one method, and move the rest to a second bullet."
                    ),
                )
                .severity(Severity::Info)
                .points(LONG_POINTS)
                .on_bullet(i),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires};
    use crate::Severity;

    #[test]
    fn flags_short_bullets() {
        let (_, found) = findings("Built REST APIs.", "B-LENGTH");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.starts_with("3 words"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(fires(
            "Used Kafka to send events between services.",
            "B-LENGTH"
        ));
    }

    #[test]
    fn flags_long_bullets_as_info() {
        let long = "Owned the consensus-replicated metadata service (etcd / Raft) backing service \
                    discovery for 140 microservices — handled 30k RPS sustained at p99 25ms, ran \
                    the rebalancing playbook during the 2024 region failover, and partnered with \
                    platform engineering on the migration from a single-region cluster to \
                    two-region active-passive.";
        let (_, found) = findings(long, "B-LENGTH");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
    }

    #[test]
    fn medium_bullets_pass() {
        for b in [
            "Built API gateway handling 50K requests/second with p99 latency <10ms.",
            "Built websites and created landing pages for clients.",
        ] {
            assert!(!fires(b, "B-LENGTH"), "{b}");
        }
    }
}
