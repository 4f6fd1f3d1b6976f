//! B-LITTLE-BACKEND: of the bullets that name a technology, fewer than a third name backend
//! technology.
//!
//! The expert ranking of the real-world corpus discounts such resumes (its notes: "off-target
//! for a backend role"); `tests/tests/score.rs` measures the order.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! What it is sure of: how many of the bullets that name a technology name a Tier-1 term of
//! those four classes or a backend noun ("API", "endpoint", "microservices": a serverless
//! bullet names AWS Lambda for the API it built). Bullets that name no technology are
//! B-NO-TECH's, not this rule's. What it guesses: that the others are not backend work, which
//! is why it waits for two in three of them to name nothing backend.

use super::in_scope;
use crate::document::{Bullet, Document};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::bullet::BACKEND_WORK_NOUNS;
use crate::phrases::PhraseTable;
use crate::rules::{Context, Rule};
use crate::taxonomy::SignalClass;
use crate::text::TokenKind;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-LITTLE-BACKEND",
        name: "Little backend work",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Of the bullets that name a technology, fewer than a third name backend work: \
                  a language, datastore, API or distributed-systems technique.",
        explanation: "A hiring manager for a backend opening reads the bullets for the \
            services, APIs and data you built and what they run on. Seed 003's backend \
            classes are the languages, datastores, APIs and protocols and distributed-systems \
            techniques; bullets that name none of them (clusters, pipelines, alert rules, \
            drivers) read as infrastructure, operations or another specialism. If you are \
            applying for backend roles, lead with the backend work you have done; if you are \
            not, this analyzer's backend focus does not fit your resume.",
        source: "003",
    },
    check,
};

/// The backend classes: what a backend bullet names.
const BACKEND: [SignalClass; 4] = [
    SignalClass::Language,
    SignalClass::Datastore,
    SignalClass::Distributed,
    SignalClass::Api,
];
/// Fewer bullets naming a technology than this are too few to judge the resume's focus.
const MIN_TECHNICAL: usize = 3;
const POINTS: u32 = 15;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let (mut technical, mut backend) = (0usize, 0usize);
    // The other Tier-1 classes the bullets name, in order of first appearance.
    let mut other: Vec<SignalClass> = Vec::new();
    for (_, bullet) in in_scope(doc) {
        let facts = &bullet.facts;
        if facts.tech + facts.lexicon == 0 {
            // Naming nothing is B-NO-TECH's, bullet by bullet, not a question of focus.
            continue;
        }
        technical += 1;
        backend += usize::from(
            facts.classes.iter().any(|c| BACKEND.contains(c)) || names_backend_work(doc, bullet),
        );
        for c in &facts.classes {
            if !BACKEND.contains(c) && !other.contains(c) {
                other.push(*c);
            }
        }
    }
    // Fewer than one in three of the technical bullets: 0 of 3, 1 of 4–6, 2 of 7–9.
    if technical < MIN_TECHNICAL || backend * 3 >= technical {
        return;
    }
    let named: Vec<&str> = other.iter().map(|c| c.label()).collect();
    let what = if named.is_empty() {
        String::from("technology outside the Tier-1 classes")
    } else {
        named.join(", ").to_lowercase()
    };
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "{backend} of the {technical} bullets that name a technology name a language, \
                 datastore, API or distributed-systems technique; the others name {what}: the \
                 work reads as infrastructure, operations or another specialism more than \
                 backend."
            ),
            String::from(
                "For backend roles, lead with the services, APIs and data you built and name \
                 what they run on (language, datastore, protocol); move the rest lower.",
            ),
        )
        .points(POINTS),
    );
}

/// "the claims API", "the checkout endpoint", "microservices": a backend noun in the bullet.
fn names_backend_work(doc: &Document<'_>, bullet: &Bullet) -> bool {
    doc.tokens_in(bullet.body)
        .iter()
        .any(|t| t.kind == TokenKind::Word && in_table(t.span.slice(doc.text), &BACKEND_WORK_NOUNS))
}

fn in_table(word: &str, table: &PhraseTable) -> bool {
    table.phrases.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::report;

    fn fires(bullets: &[&str]) -> bool {
        let (_, report) = report(bullets);
        report.findings.iter().any(|f| f.rule == "B-LITTLE-BACKEND")
    }

    #[test]
    fn infrastructure_bullets_fire() {
        assert!(fires(&[
            "Consolidated 14 EKS clusters into 3, saving $41k per month.",
            "Introduced Argo CD so every service deploys the same way.",
            "Wrote the cluster-upgrade playbook for four Kubernetes upgrades.",
            "Set SLOs for the ingress tier and tied alerts to error-budget burn.",
            "Codified the AWS estate in Terraform.",
        ]));
    }

    #[test]
    fn backend_bullets_short_resumes_and_bullets_naming_nothing_pass() {
        // No technology at all is B-NO-TECH's, bullet by bullet, not a question of focus.
        assert!(!fires(&[
            "Worked on backend services for the platform.",
            "Helped the team with code reviews.",
            "Responsible for maintaining the order service.",
            "Attended daily stand-ups and sprint planning.",
        ]));
        // Two of four technical bullets are backend work: a third or more.
        assert!(!fires(&[
            "Built the orders API in Go serving 8k RPS.",
            "Sharded the PostgreSQL ledger by tenant.",
            "Consolidated 14 EKS clusters into 3, saving $41k per month.",
            "Codified the AWS estate in Terraform.",
        ]));
        // Two technical bullets are too few to judge a focus.
        assert!(!fires(&[
            "Consolidated 14 EKS clusters into 3, saving $41k per month.",
            "Codified the AWS estate in Terraform.",
            "Mentored two new engineers through their first quarter.",
        ]));
    }
}
