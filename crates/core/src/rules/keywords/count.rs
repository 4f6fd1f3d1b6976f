//! K-COUNT: distinct Tier-1 terms against the level's target.
//!
//! Seed 003's FAQ: "The honest target is 25–35 distinct Tier-1 keywords" for a senior resume;
//! "fewer than 20 … reads as mid-level even if the title is senior"; "40+ … stuffed without
//! context reads as keyword-spam". Other levels use targets scaled from that figure
//! ([`crate::assess::keywords::targets::count_target`]).

use crate::assess::keywords::targets;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-COUNT",
        name: "Tier-1 keyword count",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "Distinct Tier-1 backend terms are below the level's target, or past 40 without context.",
        explanation: "Seed 003's FAQ: the honest target for a senior backend resume is 25–35 distinct Tier-1 keywords across the signal classes, densely embedded in experience bullets rather than stuffed into a flat skills list. Fewer than 20 reads as mid-level even if the title is senior; 40+ stuffed without context reads as keyword spam. The seed gives the senior figure only; the targets for other levels are scaled from it (entry 12–18, mid 18–26, staff 30–40).",
        source: "003",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    let t = targets::count_target(ctx.doc.level);
    let n = p.tier1_distinct;
    let level = t.level.as_str();
    let band = format!("{}–{}", t.target.min, t.target.max);
    if n < t.floor {
        let reads = match t.level {
            crate::options::Level::Entry => "reads thin even for an entry-level backend resume",
            crate::options::Level::Mid => "reads junior",
            crate::options::Level::Senior => "reads as mid-level even if the title is senior",
            crate::options::Level::Staff => "reads below staff level",
        };
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!("{n} distinct Tier-1 backend terms; under {} {reads} (target for {level}: {band}).", t.floor),
                format!("Name the systems, patterns and tools you actually used (datastores, distributed-systems patterns, observability) in your bullets until you reach {band}."),
            )
            .points(8),
        );
    } else if n < t.target.min {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!("{n} distinct Tier-1 backend terms, a little under the {level} target of {band}."),
                format!("Add {} more Tier-1 terms you can prove, embedded in experience bullets (see the suggestions).", t.target.min - n),
            )
            .severity(Severity::Info)
            .points(3),
        );
    } else if n > t.spam && p.tier1_in_context * 3 < n * 2 {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "{n} distinct Tier-1 terms, {} of them only in the Skills list: past {} without context reads as keyword spam.",
                    n - p.tier1_in_context,
                    t.spam
                ),
                format!("Keep the {band} terms you can prove in bullets and drop the rest from Skills."),
            )
            .points(8),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Severity;
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings, STRONG};

    #[test]
    fn strong_resume_meets_the_mid_target() {
        let r = analyze(STRONG, Level::Mid);
        assert!(findings(&r, "K-COUNT").is_empty(), "{:?}", r.keywords);
    }

    #[test]
    fn few_terms_read_a_level_lower() {
        let text = "Experience\n- Built Python services with PostgreSQL and REST for 3 teams.\n";
        let r = analyze(text, Level::Senior);
        let f = findings(&r, "K-COUNT");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("mid-level"), "{}", f[0].message);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].span.is_none());
    }

    #[test]
    fn the_same_resume_is_judged_by_level() {
        let senior = analyze(STRONG, Level::Staff);
        let entry = analyze(STRONG, Level::Entry);
        assert!(!findings(&senior, "K-COUNT").is_empty());
        assert!(findings(&entry, "K-COUNT").is_empty());
    }
}
