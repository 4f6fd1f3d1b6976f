//! K-SUGGEST: ranked Tier-1 terms to add, each with the seed's phrasing pattern and where to
//! put it.
//!
//! Seed 003 lists, per signal class, the Tier-1 terms and "typical resume phrasing"; seed 000
//! says where a keyword goes ("place the keyword once in Skills, then reinforce it in
//! Experience bullets"), and seed 003 packs 6–8 into the summary. Suggestions are filtered by
//! level (`Term::min_level`: consensus and Raft are senior+ signals) and by what the resume
//! already shows, and ranked deterministically in rounds: first the best term for each class
//! that is missing outright, every skill listed but never proven, and the best term for each
//! class below seed 003's density range; then the second-best term of each class, and so on.
//! Within a round: missing classes, unproven skills, thin classes; then class order; then
//! taxonomy order (the seed's own).
//! Advice only: the gaps are charged by K-CLASS-MISSING, K-DENSITY and K-UNPROVEN.

use crate::assess::keywords::{suggestions, SuggestReason};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-SUGGEST",
        name: "Keywords to add",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "Ranked Tier-1 terms to add, with the seed's phrasing pattern and where to add them.",
        explanation: "Seed 003 lists the Tier-1 backend keywords per signal class with the typical resume phrasing that passes screens; seed 000 says to place a keyword once in Skills and reinforce it in 2–4 bullets, and seed 003 packs 6–8 Tier-1 terms into the summary. Suggestions skip what the resume already shows and terms above its level (consensus and Raft are senior+ signals), and put classes that are missing outright first. Only add a term you have actually used: seed 003 warns that recruiters probe what the resume claims.",
        source: "003, 000",
    },
    check,
};

/// The first this-many become findings (the rest are in the report's keyword summary).
const MAX_FINDINGS: usize = 5;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    for s in suggestions(ctx.doc, p).into_iter().take(MAX_FINDINGS) {
        let places: Vec<&str> = s.placement.iter().map(|p| p.words()).collect();
        let why = match s.reason {
            SuggestReason::ClassMissing => format!("the resume has no {} term", s.class.as_str()),
            SuggestReason::ClassThin => format!("{} terms are thin", s.class.as_str()),
        };
        let fix = if s.phrasing.is_empty() {
            String::from("Only if you have used it in production; name it with a number.")
        } else {
            format!("If you have used it, e.g. \"{}\".", s.phrasing)
        };
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "Consider {} ({}) if you have used it: {why}; it would go in {}.",
                    s.term,
                    s.class.label(),
                    join_places(&places)
                ),
                fix,
            )
            .points(0),
        );
    }
}

/// "Skills and a bullet …", "your summary, Skills and a bullet …".
fn join_places(places: &[&str]) -> String {
    match places {
        [] => String::new(),
        [one] => String::from(*one),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use crate::assess::keywords::{Placement, SuggestReason};
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings, STRONG};
    use crate::taxonomy::SignalClass;

    const WEAK: &str = "Summary\nBackend engineer who ships.\n\nSkills\nPython, Cassandra\n\nExperience\n\
- Built Python services for 3 teams, cutting costs 20%.\n- Wrote REST endpoints used by 40 clients.\n";

    #[test]
    fn weak_resume_gets_ranked_suggestions() {
        let r = analyze(WEAK, Level::Mid);
        let s = &r.keywords.suggestions;
        assert!(!s.is_empty());
        // One term per missing class first.
        assert_eq!(s[0].reason, SuggestReason::ClassMissing);
        let missing: alloc::vec::Vec<SignalClass> = s
            .iter()
            .take_while(|s| s.reason == SuggestReason::ClassMissing)
            .map(|s| s.class)
            .collect();
        let mut distinct = missing.clone();
        distinct.dedup();
        assert_eq!(missing, distinct, "{s:?}");
        // Never a term the resume has: Cassandra is in Skills (K-UNPROVEN asks for proof).
        assert!(!s.iter().any(|s| s.term == "Cassandra"), "{s:?}");
        // A missing class is suggested into a thin summary, Skills and bullets.
        let obs = s
            .iter()
            .find(|s| s.class == SignalClass::Observability)
            .unwrap();
        assert_eq!(
            obs.placement,
            [Placement::Summary, Placement::Skills, Placement::Bullets]
        );
        assert!(!obs.phrasing.is_empty());
        // Nothing already on the resume; no second language for a resume that has one.
        assert!(!s
            .iter()
            .any(|s| s.term == "Python" || s.class == SignalClass::Language));
        let f = findings(&r, "K-SUGGEST");
        assert_eq!(f.len(), 5);
        assert!(f.iter().all(|f| f.points == 0 && f.span.is_none()));
    }

    #[test]
    fn level_filters_senior_signals() {
        let entry = analyze(WEAK, Level::Entry);
        let staff = analyze(WEAK, Level::Staff);
        let min_level = |name: &str| {
            crate::taxonomy::terms()
                .iter()
                .find(|t| t.name() == name)
                .map(|t| t.min_level)
        };
        // Terms to add are filtered by level; a skill already claimed (Cassandra) is not.
        assert!(entry
            .keywords
            .suggestions
            .iter()
            .all(|s| min_level(s.term).unwrap() <= Level::Entry));
        assert!(staff
            .keywords
            .suggestions
            .iter()
            .any(|s| min_level(s.term).unwrap() > Level::Entry));
        assert!(staff.keywords.suggestions.len() >= entry.keywords.suggestions.len());
    }

    #[test]
    fn strong_resume_gets_few_suggestions() {
        let r = analyze(STRONG, Level::Senior);
        assert!(r
            .keywords
            .suggestions
            .iter()
            .all(|s| s.reason != SuggestReason::ClassMissing || s.class == SignalClass::Security));
    }

    #[test]
    fn deterministic() {
        let a = analyze(WEAK, Level::Senior).keywords;
        let b = analyze(WEAK, Level::Senior).keywords;
        assert_eq!(a, b);
    }
}
