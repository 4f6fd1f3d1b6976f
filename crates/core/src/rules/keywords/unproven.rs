//! K-UNPROVEN: a skill listed in Skills that no Experience or Project bullet shows.
//!
//! Seed 000: "Place the keyword once in Skills, then reinforce it in Experience bullets where
//! you can prove it" ("reinforce top skills in 2 to 4 bullets"); "if you cannot write one proof
//! bullet for a skill, it probably does not belong in your skills list". Seed 003 adds that
//! Greenhouse weights bullet keywords above skills-section keywords.
//!
//! Shown means named anywhere in Experience or Projects: a bullet, a project's "Stack:" line or
//! a paragraph. A project whose stack line names Go shows Go; saying otherwise is not true.

use super::capped;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::taxonomy::{self, SignalClass};
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-UNPROVEN",
        name: "Skill not proven",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "A term listed in Skills appears in no Experience or Project bullet.",
        explanation: "Seed 000: ATS can match keywords in a skills list, but hiring managers trust proof. Place each keyword once in Skills, then reinforce it in 2–4 Experience or Project bullets where you can prove it; if you cannot write one proof bullet for a skill, it probably does not belong in the list. Seed 003 adds that Greenhouse weights experience-bullet keywords above skills-section keywords.",
        source: "000, 003",
    },
    check,
};

/// The fix, around the term's example phrasing when it has one.
const FIX_BEFORE_EXAMPLE: &str = "Prove it in 2–4 bullets with what you built and a number";
const FIX_AFTER_EXAMPLE: &str = "; or drop it from Skills.";

const EACH: u32 = 2;
const CAP: u32 = 10;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    if p.proof_bullets.is_empty() {
        return;
    }
    let mut n = 0;
    for &id in &p.order {
        let term = taxonomy::term(id);
        if matches!(term.class, SignalClass::Counter | SignalClass::Generic) {
            continue;
        }
        let Some(u) = p.use_of(id) else { continue };
        let Some(span) = u.first_skills else { continue };
        if u.bullets > 0 || u.in_work > 0 {
            continue;
        }
        // Joined, not formatted: one finding per unproven skill (dozens on a long Skills list).
        let message = [
            term.name(),
            " is listed in Skills but named nowhere in your Experience or Projects.",
        ]
        .concat();
        let phrasing = term.phrasing();
        let fix = if phrasing.is_empty() {
            [FIX_BEFORE_EXAMPLE, FIX_AFTER_EXAMPLE].concat()
        } else {
            [
                FIX_BEFORE_EXAMPLE,
                ", e.g. \"",
                phrasing,
                "\"",
                FIX_AFTER_EXAMPLE,
            ]
            .concat()
        };
        out.push(Finding::new(&RULE.meta, Some(span), message, fix).points(capped(n, EACH, CAP)));
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings, STRONG};

    #[test]
    fn skills_proven_in_bullets_are_quiet() {
        let r = analyze(STRONG, Level::Senior);
        let f = findings(&r, "K-UNPROVEN");
        assert!(
            f.is_empty(),
            "{:?}",
            f.iter().map(|f| &f.message).collect::<alloc::vec::Vec<_>>()
        );
    }

    #[test]
    fn skill_without_a_bullet_points_at_the_skills_entry() {
        let text = "Skills\nGo, PostgreSQL, Cassandra\n\nExperience\n\
- Built Go services on PostgreSQL for 3 teams, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-UNPROVEN");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "Cassandra");
        assert_eq!(f[0].points, 2);
    }

    #[test]
    fn no_bullets_no_findings() {
        let text = "Skills\nGo, PostgreSQL, Cassandra\n\nEducation\nBSc Computer Science, 2020\n";
        let r = analyze(text, Level::Entry);
        assert!(findings(&r, "K-UNPROVEN").is_empty());
    }

    #[test]
    fn points_are_capped() {
        let text =
            "Skills\nCassandra, DynamoDB, MongoDB, Redis, Kafka, RabbitMQ, Elasticsearch\n\n\
Experience\n- Built Go services for 3 teams, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-UNPROVEN");
        assert!(f.len() >= 6, "{f:?}");
        assert_eq!(f.iter().map(|f| f.points).sum::<u32>(), 10);
    }
}
