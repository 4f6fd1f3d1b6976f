//! B-NO-TECH: a bullet that names no technology or Tier-1 term.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::bullet::SYSTEM_SUGGESTION;
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-NO-TECH",
        name: "No technology",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "The bullet names no technology or Tier-1 backend term.",
        explanation: "ATS searches for backend roles filter on named systems, and engines like \
            Greenhouse weight keywords in experience bullets above the skills list. Seed 003: \
            \"Each recent bullet should pair an action verb with a system name and a measured \
            outcome. Aim for 2 Tier-1 BE keywords per bullet, embedded naturally\"; \"name the \
            actual system you've worked on in production, not the family\" — \"Postgres + Redis \
            + DynamoDB\" beats \"SQL and NoSQL\".",
        source: "003",
    },
    check,
};

const POINTS: u32 = 15;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        // A technology of the lexicon (HTTP, LDAP, Riak, Nix, …) is a named system too.
        if facts.tech > 0 || facts.lexicon > 0 {
            continue;
        }
        let named: Vec<&str> = facts
            .term_spans
            .iter()
            .chain(&facts.lexicon_spans)
            .map(|s| s.slice(doc.text))
            .collect();
        let message = if facts.generic > 0 {
            format!(
                "Names only generic family words ({}), not a system an ATS search looks for.",
                list(&named)
            )
        } else if facts.counter > 0 || facts.lexicon_frontend > 0 {
            format!(
                "Names only frontend technology ({}), which reads as frontend work on a backend \
                 resume.",
                list(&named)
            )
        } else {
            String::from(
                "Names no technology: a recruiter's keyword search cannot find this bullet.",
            )
        };
        out.push(
            Finding::new(
                &RULE.meta,
                Some(bullet.body),
                message,
                format!(
                    "Name the system you built or ran, ideally two core backend terms, e.g. \
                     {SYSTEM_SUGGESTION}."
                ),
            )
            .points(POINTS)
            .on_bullet(i),
        );
    }
}

fn list(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires};

    #[test]
    fn flags_bullets_without_a_named_system() {
        for b in [
            "Improved efficiency.",
            "Responsible for managing projects.",
            "Helped improve team performance.",
        ] {
            assert!(fires(b, "B-NO-TECH"), "{b}");
        }
        let (_, found) = findings("Managed team.", "B-NO-TECH");
        assert_eq!(found[0].points, 15);
    }

    #[test]
    fn generic_words_alone_are_named_as_such() {
        let (_, found) = findings("Worked with SQL and NoSQL databases.", "B-NO-TECH");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("generic"), "{}", found[0].message);
    }

    #[test]
    fn a_named_system_passes() {
        for b in [
            "Used Kafka to send events between services.",
            "Built REST APIs for the orders system.",
            "Familiar with PostgreSQL.",
            "Built a multi-threaded TCP/IP server in C.",
            "Built an HTTP/1.1 server with CGI support.",
            "Built a file server backed by Riak.",
            "Migrated the OpenLDAP directory to Active Directory.",
            "Automated workstation setup using Nix, reducing setup time by 90%.",
        ] {
            assert!(!fires(b, "B-NO-TECH"), "{b}");
        }
    }
}
