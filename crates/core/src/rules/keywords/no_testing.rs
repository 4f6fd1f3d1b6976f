//! K-NO-TESTING: no testing term anywhere on the resume.
//!
//! Seed 003's counter-list: "A 2026 BE resume with zero testing keywords reads as junior or as
//! legacy-shop. Cite at least one test framework and one testing pattern (unit, integration,
//! contract, property-based)." Seed 000's mid-level example asks for "at least one quality
//! signal: tests, observability hooks, or safe rollout patterns".
//!
//! Quiet whenever any word on the resume is about testing ("tests", "tested", "smoke testing",
//! "QA"), not only a taxonomy term: a hand audit found it claiming "no testing" on "automatic
//! tests" and "smoke testing". What it is sure of then: the word test appears nowhere.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::options::Level;
use crate::phrases::format::{NOT_TESTING_WORDS, TESTING_STEMS};
use crate::rules::{Context, Rule};
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
    if mentions_testing(ctx.doc) {
        return;
    }
    let f = Finding::new(
        &RULE.meta,
        None,
        String::from("No testing anywhere on the resume: no test framework, no kind of test, not the word \"test\"."),
        String::from("Name one test framework and one pattern in a recent bullet, e.g. \"integration tests with pytest and Testcontainers gating every deploy\"."),
    );
    // "Reads as junior" is no verdict on an entry-level resume: there it is advice.
    out.push(if ctx.doc.level == Level::Entry {
        f.severity(Severity::Info).points(3)
    } else {
        f.points(8)
    });
}

/// Whether any word on the resume is about testing (see [`TESTING_STEMS`]).
fn mentions_testing(doc: &crate::document::Document<'_>) -> bool {
    doc.tokens
        .iter()
        .filter(|t| t.kind == crate::text::TokenKind::Word)
        .map(|t| t.span.slice(doc.text))
        .any(is_testing_word)
}

fn is_testing_word(word: &str) -> bool {
    let starts = |stem: &str| {
        word.get(..stem.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(stem))
    };
    TESTING_STEMS.iter().any(|stem| starts(stem))
        && !NOT_TESTING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        // "QA" is a word of its own; "qatar" is not testing.
        && !(starts("qa") && word.len() > 2)
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
        assert!(f[0].message.contains("not the word"), "{}", f[0].message);
        let entry = analyze(text, Level::Entry);
        assert_eq!(
            findings(&entry, "K-NO-TESTING")[0].severity,
            crate::finding::Severity::Info
        );
    }

    #[test]
    fn testing_words_outside_the_taxonomy_count() {
        for line in [
            "- Wrote automatic tests for the billing API, catching 12 regressions a quarter.",
            "- Ran smoke testing after every deploy of the 14 Go services.",
            "- Tested the payment flows against the bank's sandbox before each release.",
            "- Owned QA sign-off for 6 releases of the order service.",
        ] {
            let text = alloc::format!("Experience\n{line}\n");
            let r = analyze(&text, Level::Senior);
            assert!(findings(&r, "K-NO-TESTING").is_empty(), "{line}");
        }
    }

    #[test]
    fn words_that_only_look_like_testing_do_not_count() {
        for word in ["testimonials", "Qatar", "testament"] {
            assert!(!super::is_testing_word(word), "{word}");
        }
        for word in ["tests", "Testing", "QA", "unittest"] {
            assert!(super::is_testing_word(word), "{word}");
        }
    }
}
