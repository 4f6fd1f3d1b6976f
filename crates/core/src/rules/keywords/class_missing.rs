//! K-CLASS-MISSING: a Tier-1 signal class with no term at all.
//!
//! Seed 003: BE resumes are scanned for five signal classes, and "missing any one of them drops
//! the resume below the typical mid-and-senior BE match threshold". Observability and testing
//! have their own rules (K-NO-OBSERVABILITY, K-NO-TESTING); cloud (seed 003: "BE roles in 2026
//! expect cloud fluency on at least one major provider") is a warning, and security (mandatory
//! "for any company in finance, payments, healthcare, or platform") an info.
//!
//! What it is sure of: none of the class's taxonomy terms appears, and none of the broader
//! words that show the class was part of the work ("access control", "OpenLDAP", "database",
//! "endpoint", "replication": `CLASS_EVIDENCE_*` in the phrase tables). A family word alone
//! ("SQL", "databases") is K-GENERIC-ONLY's finding, not a missing class. What it guesses: that
//! a recruiter's search for the class finds nothing.

use crate::assess::keywords::example_for;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::options::Level;
use crate::phrases::format as words;
use crate::phrases::matcher::phrase_index;
use crate::rules::format::find_phrases;
use crate::rules::{Context, Rule};
use crate::taxonomy::SignalClass;
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-CLASS-MISSING",
        name: "Signal class missing",
        category: Category::Keywords,
        severity: Severity::Error,
        summary: "A backend signal class (language, datastore, distributed systems, API, cloud, security) has no term at all.",
        explanation: "Seed 003: recruiters configure backend searches around five signal classes (language depth, database fluency, distributed-systems vocabulary, API and protocol design, operational evidence), and missing any one of them drops the resume below the typical mid-and-senior match threshold on Greenhouse and Ashby. Cloud fluency on at least one major provider is expected too, and security context is mandatory for finance, payments, healthcare and platform companies. The threshold the seed names is the mid-and-senior one, so for entry-level resumes a missing core class is a warning rather than an error.",
        source: "003",
    },
    check,
};

/// The classes this rule checks, with the severity and points of a miss.
const CLASSES: [(SignalClass, Severity, u32); 6] = [
    (SignalClass::Language, Severity::Error, 15),
    (SignalClass::Datastore, Severity::Error, 15),
    (SignalClass::Distributed, Severity::Error, 15),
    (SignalClass::Api, Severity::Error, 15),
    (SignalClass::Cloud, Severity::Warning, 8),
    (SignalClass::Security, Severity::Info, 3),
];

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    let whole = crate::span::Span::new(0, ctx.doc.text.len());
    for (class, severity, points) in CLASSES {
        if p.class(class).is_some_and(|c| c.distinct > 0) {
            continue;
        }
        if find_phrases(ctx.doc, whole, &EVIDENCE)
            .iter()
            .any(|h| h.tag == class)
        {
            continue;
        }
        // The seed's threshold is "the typical mid-and-senior BE match threshold": an entry
        // resume missing a core class is told so as a warning.
        let (severity, points) = if ctx.doc.level == Level::Entry && severity == Severity::Error {
            (Severity::Warning, 8)
        } else {
            (severity, points)
        };
        let example = example_for(class, ctx.doc.level);
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "No {} terms anywhere on the resume: {}.",
                    noun(class),
                    why(class)
                ),
                format!(
                    "Name the {} you have used in production, in Skills and in 2–4 bullets{}",
                    what(class),
                    example
                ),
            )
            .severity(severity)
            .points(points),
        );
    }
}

phrase_index!(
    /// Words outside the taxonomy that show a class was part of the work ("event-driven",
    /// "REST"), each list tagged with its class.
    static EVIDENCE: SignalClass = &[
        (SignalClass::Language, words::CLASS_EVIDENCE_LANGUAGE),
        (SignalClass::Datastore, words::CLASS_EVIDENCE_DATASTORE),
        (SignalClass::Distributed, words::CLASS_EVIDENCE_DISTRIBUTED),
        (SignalClass::Api, words::CLASS_EVIDENCE_API),
        (SignalClass::Cloud, words::CLASS_EVIDENCE_CLOUD),
        (SignalClass::Security, words::CLASS_EVIDENCE_SECURITY),
    ];
);

fn noun(class: SignalClass) -> &'static str {
    match class {
        SignalClass::Language => "programming-language",
        SignalClass::Datastore => "datastore",
        SignalClass::Distributed => "distributed-systems",
        SignalClass::Api => "API and protocol",
        SignalClass::Cloud => "cloud and infrastructure",
        _ => "security and auth",
    }
}

fn why(class: SignalClass) -> &'static str {
    match class {
        SignalClass::Language => "language match is the strictest first-pass screen",
        SignalClass::Datastore => "recruiters expect specific named databases, not the family",
        SignalClass::Distributed => {
            "this is where senior backend resumes separate from mid-level ones"
        }
        SignalClass::Api => "API surface is the daily-bread backend keyword cluster",
        SignalClass::Cloud => "backend roles expect fluency on at least one major cloud",
        _ => "payments, finance, healthcare and platform roles screen for it",
    }
}

fn what(class: SignalClass) -> &'static str {
    match class {
        SignalClass::Language => "languages (with versions)",
        SignalClass::Datastore => "databases, caches and queues",
        SignalClass::Distributed => "distributed-systems patterns",
        SignalClass::Api => "API styles and protocols",
        SignalClass::Cloud => "cloud services and infrastructure tools",
        _ => "auth and security mechanisms",
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings, STRONG};

    #[test]
    fn strong_resume_has_every_class() {
        let r = analyze(STRONG, Level::Senior);
        let f = findings(&r, "K-CLASS-MISSING");
        // The strong resume names no security mechanism: only that (an info) may fire.
        assert!(f.iter().all(|f| f.message.contains("security")), "{f:?}");
    }

    #[test]
    fn hyphenated_evidence_counts() {
        // "fault-tolerant" is the tokens fault, -, tolerant: the phrase matcher splits the
        // list's "fault-tolerant" the same way (the format rules' matcher once did not, and
        // never matched it); "on-prem" likewise for cloud.
        let text = "Experience\n- Made the billing service fault-tolerant in Python for 3 teams.\n\
                    - Moved on-prem billing jobs to a new scheduler.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-CLASS-MISSING");
        assert!(
            !f.iter()
                .any(|f| f.message.contains("No distributed") || f.message.contains("No cloud")),
            "{f:?}"
        );
    }

    #[test]
    fn flags_each_missing_class() {
        let text = "Experience\n- Built Python services that cut costs 20% for 3 teams.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-CLASS-MISSING");
        let msgs: alloc::vec::Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
        assert!(
            !msgs.iter().any(|m| m.contains("No programming")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("No datastore")), "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("No distributed")),
            "{msgs:?}"
        );
        assert!(msgs.iter().any(|m| m.contains("No API")), "{msgs:?}");
        assert!(f.iter().all(|f| f.span.is_none()));
        let datastore = f
            .iter()
            .find(|f| f.message.contains("No datastore"))
            .unwrap();
        assert_eq!(datastore.severity, crate::finding::Severity::Error);
        assert!(datastore.points >= 12);
    }

    #[test]
    fn broader_words_show_the_class() {
        let cases = [
            (
                "- Ran OpenLDAP access control for 400 staff accounts.",
                "security",
            ),
            (
                "- Wrote a file server on Riak serving 2 TB of scans.",
                "datastore",
            ),
            (
                "- Built a multi-threaded TCP/IP server handling 5k connections.",
                "API",
            ),
            (
                "- Automated setup using Nix, reducing setup time by 90%.",
                "cloud",
            ),
            (
                "- Set up replication between 3 sites with automatic failover.",
                "distributed",
            ),
            (
                "- Maintained Perl scripts that reconcile 40k invoices a night.",
                "programming",
            ),
        ];
        for (line, class) in cases {
            let text = alloc::format!("Experience\n{line}\n");
            let r = analyze(&text, Level::Mid);
            let f = findings(&r, "K-CLASS-MISSING");
            assert!(
                !f.iter()
                    .any(|f| f.message.contains(&alloc::format!("No {class}"))),
                "{line}: {f:?}"
            );
        }
    }
}
