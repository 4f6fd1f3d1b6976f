//! F-NO-TEXT: a PDF with no text layer (scanned or exported as an image).
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-NO-TEXT",
        name: "No text layer",
        category: Category::Formatting,
        severity: Severity::Error,
        summary: "The PDF has no text layer: it is an image of a resume.",
        explanation: "An ATS extracts the text of a file; a scanned page or a PDF exported as an \
            image has none, so the parser stores an empty resume and keyword searches never match \
            it (common ATS guidance). Seed 004's warning that layout problems make content \
            \"render as garbled text in the recruiter's dashboard\" is the mild version; this is \
            the extreme one.",
        source: "common ATS guidance, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    if !ctx.doc.layout.no_text_layer {
        return;
    }
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            String::from(
                "This PDF has no text layer (it is a scan or an image): an ATS sees an empty \
                 page, so none of your keywords, roles or dates can match a search.",
            ),
            String::from(
                "Export the PDF again from the source document (Word, Google Docs, LaTeX) with \
                 \"Save as PDF\", not \"Print to image\" or a scan; or upload the .docx.",
            ),
        )
        .points(60),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::{Options, Severity};

    #[test]
    fn flags_a_pdf_without_text() {
        let layout = LayoutFacts {
            no_text_layer: true,
            ..LayoutFacts::default()
        };
        let report = report_with("Page 1", &Options::default(), &layout);
        let found = of(&report, "F-NO-TEXT");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].severity, found[0].points), (Severity::Error, 60));
    }

    #[test]
    fn text_input_has_a_text_layer() {
        assert!(findings(CLEAN, "F-NO-TEXT").is_empty());
    }
}
