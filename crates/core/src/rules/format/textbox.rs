//! F-TEXTBOX: text boxes and shapes (DOCX `w:txbxContent`, `wps:wsp`; PDF readers later).
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
        id: "F-TEXTBOX",
        name: "Text boxes",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "The file puts text in text boxes or shapes.",
        explanation: "Seed 000 says to \"avoid complex tables or text boxes so parsers extract \
            skills accurately\"; seed 004 warns that heavily designed resumes \"frequently break \
            ATS parsing\" and seed 002 says to avoid graphics. Text boxes and shapes are floating \
            objects outside the document's text flow: many parsers skip them, and the ones that \
            read them put their text at the end or in the middle of another section.",
        source: "000, 002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let n = ctx.doc.layout.text_boxes;
    if n == 0 {
        return;
    }
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "The file has {}: many ATS parsers skip their text or paste it out of order.",
                count(n as usize, "text box or shape", "text boxes or shapes")
            ),
            String::from(
                "Move the text out of the boxes into the normal flow of the page (plain lines \
                 under a standard heading), then delete the boxes.",
            ),
        )
        .points(if n > 2 { 10 } else { 8 }),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::Options;

    #[test]
    fn flags_text_boxes_from_layout() {
        let layout = LayoutFacts {
            text_boxes: 3,
            ..LayoutFacts::default()
        };
        let found = of(
            &report_with(CLEAN, &Options::default(), &layout),
            "F-TEXTBOX",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("3 text boxes or shapes"));
        assert_eq!(found[0].points, 10);
    }

    #[test]
    fn plain_text_has_none() {
        assert!(findings(CLEAN, "F-TEXTBOX").is_empty());
    }
}
