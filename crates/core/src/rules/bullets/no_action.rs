//! B-NO-ACTION: a line under a role that says nothing done: a bare list of technologies or a
//! fragment ("Java, Spring Boot, PostgreSQL, Redis", "Team player", "Various backend tasks").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::document::NotWork;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::text::quote;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "B-NO-ACTION",
        name: "No action",
        category: Category::Bullets,
        severity: Severity::Warning,
        summary: "A bullet under a role with no action: a bare list of technologies or a \
                  fragment.",
        explanation: "A bullet under a role is where a reader looks for what you did. A bare \
            list (\"Java, Spring Boot, PostgreSQL, Redis\") or a fragment (\"Team player\", \
            \"Various backend tasks\") takes that place and says nothing done: no system you \
            built, no change you made. Seed 002: start every bullet with an action verb and \
            state the outcome; seed 003 names the tools-stack dump as an anti-pattern. Name the \
            technologies inside bullets that say what you built with them, or move the list to \
            Skills (a labeled stack line, \"Stack: Go, Kafka\", is fine).",
        source: "002, 003",
    },
    check,
};

/// Enough to grade the line weak (C) on its own score: it has no achievement at all.
const POINTS: u32 = 50;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (i, bullet) in doc.bullets.iter().enumerate() {
        if bullet.section_kind != SectionKind::Experience {
            continue;
        }
        let what = match bullet.not_work {
            Some(NotWork::List) => "lists technologies or tasks",
            Some(NotWork::Fragment) => "is a fragment",
            _ => continue,
        };
        let line = quote(bullet.body.slice(doc.text), 60);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(bullet.body),
                format!("\"{line}\" {what} under a role but says nothing you did."),
                String::from(
                    "Say what you built or changed and with what (\"Built … in Go on \
                     PostgreSQL\"), or move the list to Skills.",
                ),
            )
            .points(POINTS)
            .on_bullet(i),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{bullet, findings, fires};
    use crate::assess::bullets::Grade;
    use crate::{analyze, Options};

    #[test]
    fn flags_lists_and_fragments_under_a_role() {
        for b in [
            "Java, Spring Boot, PostgreSQL, Redis, Kafka, Docker",
            "Python, Go, Bash.",
            "Team player",
            "Various backend tasks",
        ] {
            assert!(fires(b, "B-NO-ACTION"), "{b}");
            assert_eq!(bullet(b).grade, Some(Grade::C), "{b}");
        }
        let (_, found) = findings("Go, Kafka, PostgreSQL, Redis", "B-NO-ACTION");
        assert!(
            found[0].message.contains("lists technologies"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 50);
    }

    #[test]
    fn leaves_sentences_stack_lines_skills_and_projects_alone() {
        for b in [
            "Built a Kafka consumer in Go that writes to PostgreSQL.",
            "Stack: Go, Kafka, PostgreSQL, Redis",
            "Checkout API | Go, gRPC, PostgreSQL",
            "Familiar with PostgreSQL.",
        ] {
            assert!(!fires(b, "B-NO-ACTION"), "{b}");
        }
        let text = "SKILLS\n- Go, Kafka, PostgreSQL, Redis\n\nPROJECTS\n- Go, Redis, gRPC\n\n\
                    EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- Built a Kafka \
                    consumer in Go.\n";
        let report = analyze(text, &Options::default()).unwrap();
        assert!(!report.findings.iter().any(|f| f.rule == "B-NO-ACTION"));
    }
}
