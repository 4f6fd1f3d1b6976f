//! F-HEADING: a creative section heading ("Tech Arsenal", "Where I've Built Things").
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! Only a standard section under a creative name is flagged ("Tech Arsenal" for Skills): that
//! is what the seeds warn about and what the analyzer is sure of. A heading it does not know
//! ("Teaching", "Talks", "Links") is an extra section, not a creative one; and lines that only
//! look like headings are not flagged at all: front-matter keys ("header:", "outputs:") and a
//! bold label inside a job ("**Roles:**"). A hand audit found those three flagged (4 of 12
//! findings true).

use crate::document::{Document, Heading};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::standard_name;
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-HEADING",
        name: "Creative heading",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "A section heading uses creative wording instead of the standard name.",
        explanation: "ATS software maps resume content to sections by recognising standard \
            headings, and creative headings cause misclassification: seed 004 says to write \
            \"Work Experience\" (not \"Where I've Built Things\"), \"Education\" (not \"Academic \
            Journey\") and \"Skills\" (not \"Tech Arsenal\"); seed 002 says \"Use standard section \
            headers - 'Experience' not 'Career Journey'\". A misfiled Skills section means its \
            keywords never reach the recruiter's search.",
        source: "002, 004",
    },
    check,
};

const POINTS: u32 = 8;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let mut previous: Option<SectionKind> = None;
    for section in &doc.sections {
        let before = previous.replace(section.kind);
        let Some(heading) = section.heading.as_ref().filter(|h| h.creative) else {
            continue;
        };
        let Some(standard) = standard_name(section.kind) else {
            continue;
        };
        if in_front_matter(doc.text, heading.span.start) || label_in_a_job(doc, heading, before) {
            continue;
        }
        let words = heading.title.slice(doc.text);
        let message = format!(
            "\"{words}\" is a creative name for your {} section; an ATS looks for \
             \"{standard}\" and may misfile it.",
            section.kind.as_str()
        );
        let fix = format!("Rename the heading to \"{standard}\".");
        out.push(Finding::new(&RULE.meta, Some(heading.title), message, fix).points(POINTS));
    }
}

/// Whether the heading is a label inside a job ("**Roles:**" under a role): it ends with a
/// colon and follows an Experience or Projects section.
fn label_in_a_job(doc: &Document<'_>, heading: &Heading, before: Option<SectionKind>) -> bool {
    let line = heading
        .span
        .slice(doc.text)
        .trim()
        .trim_end_matches(['*', '_', ' ']);
    let in_work = matches!(
        before,
        Some(SectionKind::Experience | SectionKind::Projects)
    );
    in_work && line.ends_with(':')
}

/// Whether `at` lies in a YAML front-matter block at the top of the text (`---` … `---`).
fn in_front_matter(text: &str, at: usize) -> bool {
    let Some(body) = text.strip_prefix("---\n") else {
        return false;
    };
    body.find("\n---").is_some_and(|end| at < end + 4)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};

    #[test]
    fn flags_creative_headings_and_names_the_standard_one() {
        let text = CLEAN
            .replace("\nSkills\n", "\nTech Arsenal\n")
            .replace("\nExperience\n", "\nWhere I've Built Things\n")
            .replace("\nEducation\n", "\n## Academic Journey\n");
        let found = findings(&text, "F-HEADING");
        assert_eq!(found.len(), 3, "{found:#?}");
        assert_eq!(under(&text, &found[0]), "Tech Arsenal");
        assert!(
            found[0].message.contains("\"Skills\""),
            "{}",
            found[0].message
        );
        assert!(found[1].message.contains("\"Experience\""));
        assert_eq!(under(&text, &found[2]), "Academic Journey");
        assert!(found[2].fix.contains("\"Education\""));
        assert!(found.iter().all(|f| f.points == 8));
    }

    #[test]
    fn standard_headings_pass() {
        assert!(findings(CLEAN, "F-HEADING").is_empty());
        let text = CLEAN
            .replace("\nSkills\n", "\nTECHNICAL SKILLS\n")
            .replace("\nExperience\n", "\n# Work Experience\n");
        assert!(findings(&text, "F-HEADING").is_empty());
    }

    #[test]
    fn extra_sections_front_matter_and_labels_inside_a_job_pass() {
        let text = alloc::format!(
            "---\nheader: Jane Doe\noutputs: pdf\n---\n{}\nTeaching\nTA for CS 101.\n",
            CLEAN.replace(
                "Backend Engineer, Globex\n",
                "Backend Engineer, Globex\n**Roles:**\n"
            )
        );
        assert!(
            findings(&text, "F-HEADING").is_empty(),
            "{:#?}",
            findings(&text, "F-HEADING")
        );
    }
}
