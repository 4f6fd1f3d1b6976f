//! F-MISSING-SECTION: no Experience, Skills or Education section.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-MISSING-SECTION",
        name: "Missing section",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "The resume has no Experience, Skills or Education section.",
        explanation: "Seed 002's ATS advice is to \"use single-column layouts with standard \
            headings like 'Experience,' 'Skills,' and 'Education'\" so that \"technical keywords … \
            appear in dedicated skills sections for accurate parsing\"; seed 004 gives the ideal \
            structure as summary, technical skills, work experience, education. An ATS that finds \
            no Experience heading cannot file your roles, and one with no Skills heading cannot \
            index your stack.",
        source: "002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let has = |kind| doc.sections_of(kind).next().is_some();
    if !has(SectionKind::Experience) {
        let (severity, points, extra) = if has(SectionKind::Projects) {
            (
                Severity::Warning,
                10,
                " Your Projects section helps, but an ATS still looks for Experience (an \
                 internship, freelance or open-source role counts).",
            )
        } else {
            (Severity::Error, 15, "")
        };
        out.push(missing(
            format!(
                "No Experience heading found: an ATS files roles, titles and dates under a \
                 heading named \"Experience\", and may not file them under another name or \
                 language.{extra}"
            ),
            "Add an \"Experience\" (or \"Work Experience\") heading above your roles.",
            severity,
            points,
        ));
    }
    if !has(SectionKind::Skills) {
        out.push(missing(
            String::from(
                "No Skills heading found: technical keywords must appear in a dedicated Skills \
                 section for accurate parsing.",
            ),
            "Add a \"Skills\" heading with your stack grouped by category (Languages, \
             Datastores, Cloud, Observability).",
            Severity::Warning,
            10,
        ));
    }
    if !has(SectionKind::Education) {
        out.push(missing(
            String::from(
                "No Education heading found: ATS forms and recruiters expect one, even for \
                 self-taught engineers.",
            ),
            "Add an \"Education\" heading (degree, bootcamp or relevant coursework and \
             certifications).",
            Severity::Warning,
            6,
        ));
    }
}

fn missing(message: String, fix: &str, severity: Severity, points: u32) -> Finding {
    Finding::new(&RULE.meta, None, message, String::from(fix))
        .severity(severity)
        .points(points)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, CLEAN};
    use crate::Severity;

    #[test]
    fn one_finding_per_missing_section() {
        let text = "Jane Doe\njane@example.com\n\nSummary\nBackend engineer with Go services.\n";
        let found = findings(text, "F-MISSING-SECTION");
        assert_eq!(found.len(), 3, "{found:#?}");
        let by = |what: &str| {
            found
                .iter()
                .find(|f| {
                    f.message
                        .starts_with(&alloc::format!("No {what} heading found"))
                })
                .unwrap()
        };
        assert_eq!(
            (by("Experience").severity, by("Experience").points),
            (Severity::Error, 15)
        );
        assert_eq!(
            (by("Skills").severity, by("Skills").points),
            (Severity::Warning, 10)
        );
        assert_eq!(
            (by("Education").severity, by("Education").points),
            (Severity::Warning, 6)
        );
        assert!(found.iter().all(|f| f.span.is_none()));
    }

    #[test]
    fn projects_soften_missing_experience() {
        let text = CLEAN.replace("\nExperience\n", "\nProjects\n");
        let found = findings(&text, "F-MISSING-SECTION");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn complete_and_creative_sections_pass() {
        assert!(findings(CLEAN, "F-MISSING-SECTION").is_empty());
        // A creative heading still marks the section (F-HEADING flags the wording).
        let text = CLEAN.replace("\nSkills\n", "\nTech Arsenal\n");
        assert!(findings(&text, "F-MISSING-SECTION").is_empty());
    }
}
