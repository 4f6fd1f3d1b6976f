//! B-PROFILE-HEDGE: hedge phrasing in the summary, objective, skills or title line
//! ("Familiarity with Kubernetes", "Exposure to Kafka").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-PROFILE-HEDGE",
        name: "Hedge in the profile",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "Hedge phrasing in the summary, objective or skills (\"Familiarity with\", \
                  \"Exposure to\", \"Basic understanding of\").",
        explanation: "A hedge in the lines a recruiter reads first says you have not really \
            used the thing. Seed 003's counter-list: \"'Familiar with' / 'Exposure to' / \
            'Knowledge of' — Hedge phrasing. ATS scoring counts these as match, but recruiters \
            discount them.\" List what you have used plainly under Skills and prove it in a \
            bullet; leave out what you have only read about.",
        source: "003",
    },
    check,
};

/// Whole-resume points: the first hedge, then less for each further one.
const POINTS: u32 = 4;
const MORE_POINTS: u32 = 1;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    super::profile_findings(
        ctx,
        out,
        &RULE.meta,
        true,
        (POINTS, MORE_POINTS),
        |words, section| {
            (
                format!("\"{words}\" in the {section} hedges: recruiters discount it."),
                format!(
                    "Drop \"{words}\": list what you have used in production plainly and prove it \
                     in a bullet; leave out what you have only tried."
                ),
            )
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    fn found(text: &str) -> Vec<String> {
        analyze(text, &Options::default())
            .unwrap()
            .findings
            .into_iter()
            .filter(|f| f.rule == "B-PROFILE-HEDGE")
            .map(|f| f.message)
            .collect()
    }

    const EXPERIENCE: &str =
        "\n\nEXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- Built the billing API in Go.\n";

    #[test]
    fn flags_hedges_in_skills_and_summary() {
        let text = format!(
            "SUMMARY\nBackend engineer with exposure to Kafka.\n\nSKILLS\nFamiliarity with \
             Kubernetes and Terraform{EXPERIENCE}"
        );
        let found = found(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].contains("\"exposure to\" in the summary"),
            "{found:?}"
        );
        assert!(
            found[1].contains("\"Familiarity with\" in the skills"),
            "{found:?}"
        );
    }

    #[test]
    fn plain_skills_and_bullets_pass() {
        let text = format!(
            "SUMMARY\nBackend engineer exposed to production load every day.\n\nSKILLS\n\
             Languages: Go, Python\nDatastores: PostgreSQL, Redis{EXPERIENCE}"
        );
        assert!(found(&text).is_empty());
        // A hedge inside a bullet is B-HEDGE's, not this rule's.
        let text = "EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- Familiar with \
                    PostgreSQL.\n";
        assert!(found(text).is_empty());
    }
}
