//! K-STUFFING: one term repeated in nearly every bullet.
//!
//! Seed 000: "Avoid repeating the same keyword in every bullet": keyword frequency can help,
//! but contextual relevance keeps the resume from reading like keyword stuffing. "Nearly every"
//! here means at least 80% of the Experience/Project bullets, once there are at least five.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::taxonomy;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-STUFFING",
        name: "Keyword stuffing",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "One term appears in nearly every bullet (80% or more of at least five).",
        explanation: "Seed 000: keyword frequency can help, but contextual relevance prevents a resume from reading like keyword stuffing; avoid repeating the same keyword in every bullet, and reinforce each top skill in 2 to 4 bullets instead. A term in nearly every bullet (here: 80% or more of at least five Experience and Project bullets) reads as stuffing to a recruiter and adds nothing for the ATS after the first few mentions.",
        source: "000",
    },
    check,
};

/// Fewer bullets than this cannot show a pattern.
const MIN_BULLETS: u32 = 5;
/// "Nearly every": this share of the bullets, in percent.
const SHARE_PERCENT: u32 = 80;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    let total = u32::try_from(p.proof_bullets.len()).unwrap_or(u32::MAX);
    if total < MIN_BULLETS {
        return;
    }
    for &id in &p.order {
        let Some(u) = p.use_of(id) else { continue };
        if u.bullets * 100 < total * SHARE_PERCENT {
            continue;
        }
        let name = taxonomy::term(id).name();
        out.push(
            Finding::new(
                &RULE.meta,
                u.first_bullet,
                format!("{name} appears in {} of your {total} bullets.", u.bullets),
                String::from(
                    "Keep it in the 2–4 bullets where it carries the result; let the others name the other systems and patterns they used.",
                ),
            )
            .points(8),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings, STRONG};

    #[test]
    fn varied_bullets_are_quiet() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-STUFFING").is_empty());
    }

    #[test]
    fn one_term_in_every_bullet() {
        let text = "Experience\n\
- Built Kafka consumers that cut lag 40%.\n\
- Tuned Kafka partitions for 3 teams.\n\
- Migrated 12 services onto Kafka in 2 months.\n\
- Wrote the Kafka runbook used by 40 engineers.\n\
- Designed Redis caching that saved $30k a year.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-STUFFING");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .starts_with("Kafka appears in 4 of your 5 bullets"),
            "{}",
            f[0].message
        );
        assert_eq!(at(text, f[0]), "Kafka");
    }

    #[test]
    fn short_lists_are_not_judged() {
        let text = "Experience\n- Built Kafka consumers that cut lag 40%.\n- Tuned Kafka partitions for 3 teams.\n";
        let r = analyze(text, Level::Mid);
        assert!(findings(&r, "K-STUFFING").is_empty());
    }
}
