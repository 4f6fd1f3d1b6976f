//! B-DUTY-OPENER: a bullet that opens with a duty phrase ("Responsible for", "Worked on").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::in_scope;
use crate::assess::bullets::hint;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-DUTY-OPENER",
        name: "Duty opener",
        category: Category::Bullets,
        severity: Severity::Error,
        summary: "The bullet opens with a duty (\"Responsible for\", \"Worked on\", \"Helped\") \
                  instead of an achievement.",
        explanation: "A duty says what you were supposed to do; hiring managers want what you \
            did and what changed. Seed 002 names \"Listing duties instead of achievements\" as \
            a disqualifying error and rewrites \"Responsible for managing projects\" and \
            \"Helped improve team performance\" into measured achievements; seed 003's C-grade \
            examples (\"Worked on backend services for the platform.\", \"Worked on \
            authentication.\") become A-grade by opening with ownership verbs: \"Owned …\", \
            \"Built …\".",
        source: "002, 003",
    },
    check,
};

const POINTS: u32 = 25;
/// A duty phrase that only leads in to what was done ("In charge of the build system: moved
/// the C++ code from CMake to Bazel …").
const LEAD_IN_POINTS: u32 = 10;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in in_scope(doc) {
        let Some(duty) = bullet.facts.duty else {
            continue;
        };
        let words = duty.span.slice(doc.text);
        if bullet.facts.xyz.action_after_duty {
            // "Tasked with replacing the cron scripts; rebuilt them as Airflow DAGs": the
            // bullet says what was done after its lead-in. The duty costs the opening, not the
            // bullet: a warning that asks to lead with the action.
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(duty.span),
                    format!(
                        "\"{words}\" opens with a duty; what you did comes after it: lead with that."
                    ),
                    String::from(
                        "Drop the lead-in and open with the action that follows it, then the \
                         result.",
                    ),
                )
                .severity(Severity::Warning)
                .points(LEAD_IN_POINTS)
                .on_bullet(i),
            );
            continue;
        }
        let verb = hint::replacement_verb(duty.phrase);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(duty.span),
                format!("\"{words}\" lists a duty, not an achievement."),
                format!(
                    "Open with what you did and what changed: \"{verb} …\" plus the result \
                     (\"Worked on …\" → \"Owned …\" / \"Built …\")."
                ),
            )
            .points(POINTS)
            .on_bullet(i),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fires, under};

    #[test]
    fn flags_duty_phrases_at_the_start() {
        for (b, words) in [
            ("Worked on backend services for the platform.", "Worked on"),
            ("Responsible for managing projects.", "Responsible for"),
            ("Helped improve team performance.", "Helped"),
            (
                "Was responsible for the billing API.",
                "Was responsible for",
            ),
            ("Participated in the Kafka migration.", "Participated in"),
            ("Worked with SQL and NoSQL databases.", "Worked with"),
        ] {
            let (text, found) = findings(b, "B-DUTY-OPENER");
            assert_eq!(found.len(), 1, "{b}");
            assert_eq!(under(&text, &found[0]), words);
        }
    }

    /// A duty phrase that leads in to what was done (after a colon or semicolon) is a warning
    /// that asks to lead with the action, not a duty bullet.
    #[test]
    fn a_lead_in_before_the_action_is_a_warning() {
        let (_, found) = findings(
            "Tasked with replacing the cron reconciliation scripts; rebuilt them as Airflow DAGs with data checks",
            "B-DUTY-OPENER",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::finding::Severity::Warning);
        assert!(
            found[0].message.contains("lead with that"),
            "{}",
            found[0].message
        );
        let (_, found) = findings(
            "Worked on the billing team: various tasks and on-call.",
            "B-DUTY-OPENER",
        );
        assert_eq!(found[0].severity, crate::finding::Severity::Error);
    }

    #[test]
    fn achievement_openers_and_mid_bullet_duties_pass() {
        for b in [
            "Owned the orders Postgres cluster, cutting p99 from 1.2s to 70ms.",
            "Built the billing pipeline that helped finance close 3 days sooner.",
            "Led migration from MySQL to PostgreSQL with zero downtime.",
        ] {
            assert!(!fires(b, "B-DUTY-OPENER"), "{b}");
        }
    }
}
