//! K-NO-TESTING: no testing term anywhere on the resume.
//!
//! Seed 003's counter-list: "A 2026 BE resume with zero testing keywords reads as junior or as
//! legacy-shop. Cite at least one test framework and one testing pattern (unit, integration,
//! contract, property-based)." Seed 000's mid-level example asks for "at least one quality
//! signal: tests, observability hooks, or safe rollout patterns".

use crate::options::Level;
use crate::report::Finding;
use crate::rules::{Category, Context, Rule, RuleMeta, Severity};
use crate::taxonomy::SignalClass;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-NO-TESTING",
        name: "No testing terms",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "No test framework or testing pattern anywhere on the resume.",
        explanation: "Seed 003: a backend resume with zero testing keywords reads as junior or as legacy-shop; cite at least one test framework (pytest, JUnit, Go testing/testify, RSpec, Jest) and one testing pattern (unit, integration, contract, property-based), ideally in each recent role. Seed 000 lists tests first among the quality signals a mid-level resume should show. On an entry-level resume this is an info: reading junior is expected there.",
        source: "003, 000",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    if p.class(SignalClass::Testing)
        .is_some_and(|c| c.distinct > 0)
    {
        return;
    }
    let f = Finding::new(
        &RULE.meta,
        None,
        String::from("No testing terms: no test framework and no testing pattern anywhere on the resume."),
        String::from("Name one test framework and one pattern in a recent bullet, e.g. \"integration tests with pytest and Testcontainers gating every deploy\"."),
    );
    // "Reads as junior" is no verdict on an entry-level resume: there it is advice.
    out.push(if ctx.doc.level == Level::Entry {
        f.severity(Severity::Info).points(3)
    } else {
        f.points(8)
    });
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings, STRONG};

    #[test]
    fn testing_terms_present() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-NO-TESTING").is_empty());
    }

    #[test]
    fn no_testing_terms() {
        let text = "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 40%.\n";
        let r = analyze(text, Level::Senior);
        let f = findings(&r, "K-NO-TESTING");
        assert_eq!(f.len(), 1);
        assert!(f[0].span.is_none());
        assert_eq!(f[0].points, 8);
        let entry = analyze(text, Level::Entry);
        assert_eq!(
            findings(&entry, "K-NO-TESTING")[0].severity,
            crate::rules::Severity::Info
        );
    }
}
