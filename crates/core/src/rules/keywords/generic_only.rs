//! K-GENERIC-ONLY: family words ("SQL", "NoSQL", "relational database", "cloud platform") and
//! no named system of that family.
//!
//! Seed 003: "Specific database names ('Postgres', 'Redis', 'Cassandra', 'DynamoDB') outperform
//! the generic word 'SQL' on every modern ATS engine"; "Generic database words only: 'Worked with
//! SQL and NoSQL databases.' Which ones?" is one of its anti-patterns that fail BE screens.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::taxonomy::{self, SignalClass};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-GENERIC-ONLY",
        name: "Generic database words only",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "Only family words (SQL, NoSQL, relational database, cloud platform), no named system.",
        explanation: "Seed 003: recruiters at modern tech companies expect specific named systems, not the generic word \"SQL\"; \"Postgres\" is a stronger keyword than \"relational database\" and \"Cassandra\" than \"NoSQL\", and postings list named systems that the parser exact-matches. \"Worked with SQL and NoSQL databases\" is one of the anti-patterns that fail backend screens: \"Postgres + Redis + DynamoDB\" beats \"SQL and NoSQL\" on every modern ATS engine.",
        source: "003",
    },
    check,
};

/// The class a family word stands for, when it is not a datastore family ("cloud platform"
/// asks for AWS/GCP/Azure). Lower-case canonical names.
const FAMILY_CLASS: &[(&str, SignalClass)] = &[("cloud platform", SignalClass::Cloud)];

fn family_of(name: &str) -> SignalClass {
    FAMILY_CLASS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or(SignalClass::Datastore, |&(_, c)| c)
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    let named = |class: SignalClass| p.class(class).is_some_and(|c| c.distinct > 0);
    let mut done: Vec<SignalClass> = Vec::new();
    for hit in &ctx.doc.terms {
        let term = taxonomy::term(hit.term);
        if term.class != SignalClass::Generic {
            continue;
        }
        let family = family_of(term.name());
        if done.contains(&family) || named(family) {
            continue;
        }
        done.push(family);
        let word = hit.span.slice(ctx.doc.text);
        let (what, examples) = if family == SignalClass::Cloud {
            ("cloud", "\"AWS (EKS, RDS, SQS)\", \"GCP\"")
        } else {
            ("datastore", "\"PostgreSQL\", \"Redis\", \"DynamoDB\"")
        };
        out.push(
            Finding::new(
                &RULE.meta,
                Some(hit.span),
                format!("\"{word}\" names a family, and the resume names no actual {what}."),
                format!("Replace \"{word}\" with the systems you ran in production ({examples}), with what you did on them."),
            )
            .points(8),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings};

    #[test]
    fn family_words_only() {
        let text = "Experience\n- Worked with SQL and NoSQL databases for 3 teams, saving 20%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-GENERIC-ONLY");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "SQL");
    }

    #[test]
    fn cloud_family_word() {
        let text =
            "Experience\n- Deployed Go services to a public cloud for 3 teams, on PostgreSQL.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-GENERIC-ONLY");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "public cloud");
        assert!(f[0].message.contains("no actual cloud"));
    }

    #[test]
    fn a_named_system_is_enough() {
        let text = "Experience\n- Tuned SQL queries on PostgreSQL for 3 teams, saving 20%.\n";
        let r = analyze(text, Level::Mid);
        assert!(findings(&r, "K-GENERIC-ONLY").is_empty());
    }
}
