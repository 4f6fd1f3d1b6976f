//! B-FRONTEND-FRAMING: frontend framing on a backend resume ("built websites", "landing pages",
//! "login page", "dashboard UI").
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
        id: "B-FRONTEND-FRAMING",
        name: "Frontend framing",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Frontend framing on a backend bullet: \"built websites\", \"landing pages\", \
                  \"login page\", \"dashboard UI\".",
        explanation: "Backend screens look for services, APIs, data and infrastructure; pages \
            and UIs read as frontend work. Seed 004: \"If your bullets focus on 'built the login \
            page' or 'designed the dashboard UI,' you are describing frontend work on a backend \
            resume. Focus on the API layer, data model, authentication logic, and \
            infrastructure\"; seed 003: \"BE resumes lead with services, APIs, pipelines, and \
            systems — not 'websites.' Replace with 'built and operated [service]' framings.\"",
        source: "003, 004",
    },
    check,
};

const POINTS: u32 = 15;
/// Further frontend phrases in the same bullet.
const MORE_POINTS: u32 = 5;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        if names_backend(&bullet.facts) {
            continue;
        }
        for (n, hit) in bullet.facts.frontend.iter().enumerate() {
            let words = hit.span.slice(doc.text);
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(hit.span),
                    format!("\"{words}\" frames this as frontend work."),
                    String::from(
                        "Describe the backend behind it: the API, the data model, the auth logic \
                         or the service, e.g. \"built and operated the [service] API\".",
                    ),
                )
                .points(if n == 0 { POINTS } else { MORE_POINTS })
                .on_bullet(i),
            );
        }
    }
}

/// A bullet that names a backend technology ("the booking website's backend in PHP and
/// Sails.js") describes the backend behind the page, not frontend work.
fn names_backend(facts: &crate::document::BulletFacts) -> bool {
    facts.tech > 0 || facts.lexicon > 0
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};

    #[test]
    fn flags_frontend_phrases() {
        let (text, found) = findings(
            "Built the login page and designed the dashboard UI.",
            "B-FRONTEND-FRAMING",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(under(&text, &found[0]), "login page");
        assert_eq!(under(&text, &found[1]), "dashboard UI");
        assert_eq!(found[0].points + found[1].points, 20);
        assert!(fires(
            "Built websites and created landing pages for clients.",
            "B-FRONTEND-FRAMING"
        ));
    }

    #[test]
    fn backend_framing_passes() {
        for b in [
            "Built the OAuth 2.0 login flow API with PKCE for 120,000 users.",
            "Built Grafana dashboards for 9 Go services.",
            "Collaborated with frontend teams on the orders API contract.",
            "Built the booking website's backend in PHP and Sails.js.",
        ] {
            assert!(!fires(b, "B-FRONTEND-FRAMING"), "{b}");
        }
    }
}
