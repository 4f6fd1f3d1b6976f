//! B-REPEATED-VERB: the same opening verb on more than two bullets.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::document::{Bullet, Document};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::bullet::VARIED_VERBS;
use crate::rules::{Context, Rule};
use crate::span::Span;
use crate::text::upper_first;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-REPEATED-VERB",
        name: "Repeated verb",
        category: Category::Bullets,
        severity: Severity::Info,
        summary: "The same opening verb starts more than two bullets.",
        explanation: "The opening verb is the first word a recruiter reads in each bullet; \
            repeating it flattens different work into one duty. Seed 002 recommends strong, \
            varied action verbs that signal the kind of work: \"'Architected' suits distributed \
            systems work, 'optimized' pairs with performance metrics like latency reduction, \
            and 'scaled' demonstrates capacity engineering. 'Instrumented' shows observability \
            expertise.\"",
        source: "002",
    },
    check,
};

/// More bullets than this may share an opening verb.
const MAX_SAME: usize = 2;
const POINTS: u32 = 4;

/// The opening verb (or the first word of a duty opener), lower-cased.
fn opener(doc: &Document<'_>, bullet: &Bullet) -> Option<(Span, String)> {
    let span = match (bullet.facts.verb, bullet.facts.duty) {
        (Some(v), _) => v.span,
        (None, Some(_)) => bullet.facts.first_word?,
        (None, None) => return None,
    };
    Some((span, span.slice(doc.text).to_ascii_lowercase()))
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let openers: Vec<(usize, Span, String)> = in_scope(doc)
        .filter_map(|(i, b)| opener(doc, b).map(|(s, w)| (i, s, w)))
        .collect();
    // The distinct openers, sorted (looked up by binary search).
    let mut used: Vec<&str> = openers.iter().map(|(_, _, w)| w.as_str()).collect();
    crate::sort::sort(&mut used);
    used.dedup();
    // Verbs the resume does not open with yet, computed once.
    let alternatives: Vec<String> = VARIED_VERBS
        .phrases
        .iter()
        .filter(|v| used.binary_search(v).is_err())
        .take(3)
        .map(|v| upper_first(v))
        .collect();
    // How many bullets each opener has opened so far (indexed like `used`).
    let mut seen: Vec<usize> = vec![0; used.len()];
    for (i, span, word) in &openers {
        let Some(n) = used
            .binary_search(&word.as_str())
            .ok()
            .and_then(|k| seen.get_mut(k))
        else {
            continue;
        };
        *n += 1;
        if *n <= MAX_SAME {
            continue;
        }
        let written = span.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(*span),
                format!("\"{written}\" opens {n} bullets so far; the verb stops saying anything."),
                format!(
                    "Vary the verb by what the work was: {}.",
                    alternatives.join(", ")
                ),
            )
            .points(POINTS)
            .on_bullet(*i),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::report;

    #[test]
    fn flags_every_bullet_after_the_second_with_the_same_verb() {
        let (text, report) = report(&[
            "Built the orders API on Go serving 8k RPS.",
            "Built a Kafka pipeline ingesting 2M events/day.",
            "Designed the Postgres schema for 40M rows.",
            "Built a Redis cache cutting p99 from 300ms to 90ms.",
            "built the CI pipeline cutting deploys from 45 to 8 minutes.",
        ]);
        let found: alloc::vec::Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == "B-REPEATED-VERB")
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].bullet, Some(3));
        assert_eq!(found[1].bullet, Some(4));
        assert_eq!(found[0].span.unwrap().slice(&text), "Built");
        assert!(found[0].fix.contains("Architected"), "{}", found[0].fix);
        assert!(!found[0].fix.contains("Designed"), "{}", found[0].fix);
    }

    #[test]
    fn two_of_a_verb_pass() {
        let (_, report) = report(&[
            "Built the orders API on Go serving 8k RPS.",
            "Built a Kafka pipeline ingesting 2M events/day.",
            "Designed the Postgres schema for 40M rows.",
        ]);
        assert!(report.findings.iter().all(|f| f.rule != "B-REPEATED-VERB"));
    }
}
