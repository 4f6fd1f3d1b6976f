//! B-PRONOUN: first person in a bullet ("I", "my", "we", "our").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-PRONOUN",
        name: "Pronoun",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "First person in a bullet: I, me, my, we, our.",
        explanation: "Resume bullets use the implied first person: they open with the verb \
            (\"Built …\"), not \"I built …\". Pronouns spend words a recruiter scans past, and \
            \"we\" / \"our\" hide what you did inside what the team did, when hiring managers \
            look for \"evidence of ownership\" (seed 004). Common ATS and recruiter guidance.",
        source: "common ATS guidance, 004",
    },
    check,
};

const POINTS: u32 = 10;
/// Further pronouns in the same bullet.
const MORE_POINTS: u32 = 2;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        for (n, span) in bullet.facts.pronouns.iter().enumerate() {
            let words = span.slice(doc.text);
            let team = matches!(
                words.to_ascii_lowercase().as_str(),
                "we" | "us" | "our" | "ours" | "ourselves"
            );
            let fix = if team {
                format!("Drop \"{words}\" and say what you did yourself: open with your verb (\"Led …\", \"Built …\").")
            } else {
                format!("Drop \"{words}\": open with the verb (\"Built …\").")
            };
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(*span),
                    format!("\"{words}\" is first person; bullets use the implied first person."),
                    fix,
                )
                .points(if n == 0 { POINTS } else { MORE_POINTS })
                .on_bullet(i),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};

    #[test]
    fn flags_first_person() {
        let (text, found) = findings(
            "I built our billing API on Postgres for 40 merchants.",
            "B-PRONOUN",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(under(&text, &found[0]), "I");
        assert_eq!(under(&text, &found[1]), "our");
        assert!(found[1].fix.contains("yourself"));
        assert!(fires("We migrated 23 services to gRPC.", "B-PRONOUN"));
    }

    #[test]
    fn acronyms_and_implied_first_person_pass() {
        for b in [
            "Built I/O-bound workers for 3 US regions.",
            "Built the billing API on Postgres for 40 merchants.",
        ] {
            assert!(!fires(b, "B-PRONOUN"), "{b}");
        }
    }
}
