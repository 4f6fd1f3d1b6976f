//! F-HEADING: a creative section heading ("Tech Arsenal", "Where I've Built Things").
//!
//! Why: ATS software files content under sections it recognises by their standard names; a
//! creative heading leaves the section unclassified, so its skills or roles never reach the
//! recruiter's search (seeds 002, 004).

use super::super::{Category, Context, Rule, RuleMeta, Severity};
use crate::phrases::format::standard_name;
use crate::report::Finding;
use alloc::format;
use alloc::string::String;
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
    for section in &doc.sections {
        let Some(heading) = section.heading.as_ref().filter(|h| h.creative) else {
            continue;
        };
        let words = heading.title.slice(doc.text);
        let (message, fix) = match standard_name(section.kind) {
            Some(standard) => (
                format!(
                    "\"{words}\" is a creative heading; an ATS looks for \"{standard}\" and may \
                     misfile this section."
                ),
                format!("Rename the heading to \"{standard}\"."),
            ),
            None => (
                format!(
                    "\"{words}\" is not a heading an ATS knows; it maps sections by standard \
                     names and may misfile this one."
                ),
                String::from(
                    "Use a standard heading (Summary, Skills, Experience, Projects, Education, \
                     Certifications), or fold this content into one of those sections.",
                ),
            ),
        };
        out.push(Finding::new(&RULE.meta, Some(heading.title), message, fix).points(POINTS));
    }
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
}
