//! F-NO-BULLETS: no experience bullet could be read, so the bullets part is 0, with the reason.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::lines_in;
use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::PROSE_LINE_WORDS;
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-NO-BULLETS",
        name: "No bullets read",
        category: Category::Bullets,
        severity: Severity::Error,
        summary: "No Experience or Project bullet could be read: the bullets part is 0.",
        explanation: "Seeds 003 and 004 grade a backend resume by its experience bullets: each \
            one an action verb, a named system and a measured outcome, one result per line, so a \
            recruiter skimming for seven seconds finds them (seed 002). Paragraphs hide the \
            results in sentences, and an ATS that cannot find bullets under a role stores the \
            role with no content. With no bullet to grade the bullets part of the score is 0; \
            the finding says what the text shows instead: paragraphs, no Experience section, or \
            roles with nothing under them. A file reader can lose bullet markers drawn as \
            graphics, which reads the same as paragraphs.",
        source: "002, 003, 004",
    },
    check,
};

/// What the text shows where bullets should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// Long lines with no bullet marker under Experience/Projects.
    Prose { lines: usize },
    /// No Experience or Projects section.
    NoExperience,
    /// An Experience/Projects section with short lines only: titles and dates, no results.
    Empty,
}

fn why(doc: &Document<'_>) -> Why {
    let mut any = false;
    let mut long_lines = 0;
    for section in doc
        .sections
        .iter()
        .filter(|s| matches!(s.kind, SectionKind::Experience | SectionKind::Projects))
    {
        any = true;
        long_lines += lines_in(doc, section.body)
            .iter()
            .filter(|l| super::words_in(doc, **l).len() >= PROSE_LINE_WORDS)
            .count();
    }
    match (any, long_lines) {
        (false, _) => Why::NoExperience,
        (true, 0) => Why::Empty,
        (true, lines) => Why::Prose { lines },
    }
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if doc.bullets.iter().any(|b| b.facts.judged) {
        return;
    }
    let (message, fix) = match why(doc) {
        Why::Prose { lines } => (
            format!(
                "No bullets read, so the bullets part is 0: your experience reads as paragraphs \
                 ({lines} long line{} with no bullet marker, and no sentence in them states \
                 your work). A recruiter skimming for results finds none. If your file has \
                 bullets, the reader lost their markers (drawn as graphics), and an ATS loses \
                 them the same way.",
                if lines == 1 { "" } else { "s" }
            ),
            String::from(
                "Write each role as 3–5 bullets, one result per line, each starting with \"- \" \
                 or \"• \" as text.",
            ),
        ),
        Why::NoExperience => (
            String::from(
                "No bullets read, so the bullets part is 0: no Experience or Projects section \
                 was found. Either the resume has none, or its heading is not one an ATS knows.",
            ),
            String::from(
                "Add an \"Experience\" section (or \"Projects\" if you have no jobs yet) with \
                 3–5 bullets under each entry.",
            ),
        ),
        Why::Empty => (
            String::from(
                "No bullets read, so the bullets part is 0: the Experience section lists roles \
                 with nothing under them that reads as a bullet.",
            ),
            String::from("Under each role, add 3–5 bullets: what you changed, measured, and how."),
        ),
    };
    out.push(Finding::new(&RULE.meta, None, message, fix).points(100));
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, CLEAN};

    #[test]
    fn a_resume_with_bullets_has_none() {
        assert!(findings(CLEAN, "F-NO-BULLETS").is_empty());
    }

    #[test]
    fn prose_whose_sentences_state_work_is_graded_not_zeroed() {
        // Sentences that state work are read as bullets (F-PROSE asks for bullet lines).
        let text = "Jane Doe\n\nExperience\nBackend Engineer, Acme, 2020 - Present\n\
            I built the service that accepts event uploads over HTTP and writes them to S3, and \
            it now takes in about 3 billion events a month.\n";
        assert!(findings(text, "F-NO-BULLETS").is_empty());
    }

    #[test]
    fn long_lines_that_state_no_work_are_named() {
        let text = "Jane Doe\n\nExperience\nBackend Engineer, Acme, 2020 - Present\n\
            the team and the company and the product and the market and the customers and the \
            office and the city\n";
        let found = findings(text, "F-NO-BULLETS");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("paragraphs"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 100);
    }

    #[test]
    fn no_experience_section_is_named() {
        let found = findings("abc", "F-NO-BULLETS");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("no Experience"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn roles_without_lines_under_them_are_named() {
        let text = "Jane Doe\n\nExperience\nBackend Engineer, Acme, 2020 - Present\n\
            Engineer, Globex, 2018 - 2020\n";
        let found = findings(text, "F-NO-BULLETS");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("nothing under them"),
            "{}",
            found[0].message
        );
    }
}
