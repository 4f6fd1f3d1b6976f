//! F-IMAGE: images, icons and photos in the file.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::count;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-IMAGE",
        name: "Images and icons",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "The file contains images, icons or a photo.",
        explanation: "Seed 002: \"Avoid graphics and tables - ATS struggles to parse complex \
            formatting\"; seed 004 recommends a clean single-column layout and warns that heavily \
            designed resumes break parsing. Images carry no text for an ATS: contact icons, logos \
            and skill charts are lost, and a photo is a common reason for a resume to be set \
            aside (many employers discard photos to avoid bias claims).",
        source: "002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let n = ctx.doc.layout.images;
    if n == 0 {
        return;
    }
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "The file has {}: an ATS cannot read text, icons or charts inside them.",
                count(n as usize, "image", "images")
            ),
            String::from(
                "Remove photos, logos and icons; write contact details and skills as text \
                 (\"Email: …\", \"GitHub: …\").",
            ),
        )
        .points(if n > 3 { 8 } else { 6 }),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::Options;

    #[test]
    fn flags_images_from_layout() {
        let layout = LayoutFacts {
            images: 1,
            ..LayoutFacts::default()
        };
        let found = of(&report_with(CLEAN, &Options::default(), &layout), "F-IMAGE");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("1 image:"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 6);
    }

    #[test]
    fn plain_text_has_none() {
        assert!(findings(CLEAN, "F-IMAGE").is_empty());
    }
}
