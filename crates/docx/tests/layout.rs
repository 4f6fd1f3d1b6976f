//! Each hazard fixture yields its layout fact, and through the analyzer its rule id.
// Not library code: a panic fails the run, and it runs natively. The no-panic lints
// (`[workspace.lints]`) and the sort convention (clippy.toml) are for the library.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

mod common;

use common::resume;
use resume_analyzer::{analyze_with_layout, Options};
use resume_docx::DocxResume;

/// The rule ids the analyzer reports for a read `.docx`.
fn rule_ids(resume: &DocxResume) -> Vec<&'static str> {
    let report = analyze_with_layout(&resume.text, &Options::default(), &resume.layout)
        .expect("the fixture text is analyzable");
    report.findings.iter().map(|f| f.rule).collect()
}

/// Each hazard fixture as this script wrote it and as LibreOffice re-saved it.
fn both(name: &str) -> [(String, DocxResume); 2] {
    let lo = format!("libreoffice-{name}");
    [(name.to_string(), resume(name)), (lo.clone(), resume(&lo))]
}

#[test]
fn the_single_column_resume_has_no_layout_hazards() {
    let resume = resume("single-column.docx");
    let layout = &resume.layout;
    assert_eq!(layout.origin.as_deref(), Some("docx"));
    assert_eq!(
        (
            layout.tables,
            layout.columns,
            layout.text_boxes,
            layout.images
        ),
        (0, 0, 0, 0)
    );
    assert!(!layout.body_in_table && layout.header_footer_text.is_empty());
    assert_eq!(layout.pages, Some(1));
    // Symbol and Wingdings sit in every Word font table for list bullets; unused, unreported.
    assert_eq!(layout.fonts, ["Calibri", "Times New Roman", "Courier New"]);
    let ids = rule_ids(&resume);
    for id in [
        "F-TABLE",
        "F-TEXTBOX",
        "F-IMAGE",
        "F-HEADER-CONTACT",
        "F-GLYPHS",
    ] {
        assert!(
            !ids.contains(&id),
            "{id} on a clean single-column resume: {ids:?}"
        );
    }
}

#[test]
fn a_two_column_table_layout_is_a_body_in_a_table() {
    for (name, resume) in both("two-column-table.docx") {
        assert_eq!(resume.layout.tables, 1, "{name}");
        assert!(resume.layout.body_in_table, "{name}");
        assert!(rule_ids(&resume).contains(&"F-TABLE"), "{name}");
    }
}

#[test]
fn a_sidebar_section_is_two_columns() {
    for (name, resume) in both("sidebar.docx") {
        let layout = &resume.layout;
        assert_eq!(layout.columns, 2, "{name}");
        assert_eq!(layout.tables, 0, "{name}");
        assert!(
            layout
                .column_evidence
                .iter()
                .any(|e| e.contains("sidebar") && e.contains("w:cols")),
            "{name}: {:?}",
            layout.column_evidence
        );
        assert!(rule_ids(&resume).contains(&"F-TABLE"), "{name}");
    }
}

#[test]
fn a_text_box_is_counted_once() {
    for (name, resume) in both("textbox.docx") {
        assert_eq!(
            resume.layout.text_boxes, 1,
            "{name}: choice and fallback are one box"
        );
        assert!(rule_ids(&resume).contains(&"F-TEXTBOX"), "{name}");
    }
}

#[test]
fn contact_only_in_the_header_is_reported_from_the_header_text() {
    for (name, resume) in both("header-contact.docx") {
        let header = &resume.layout.header_footer_text;
        assert!(
            header
                .iter()
                .any(|t| t.contains("jordan.rivera@example.com")),
            "{name}: {header:?}"
        );
        assert!(header.iter().any(|t| t == "Page 1"), "{name}: the footer");
        assert!(rule_ids(&resume).contains(&"F-HEADER-CONTACT"), "{name}");
    }
}

#[test]
fn skill_bars_drawn_as_pictures_are_images() {
    for (name, resume) in both("skill-bars-images.docx") {
        assert_eq!(resume.layout.images, 5, "{name}");
        assert!(
            resume.layout.fonts.iter().any(|f| f == "FontAwesome"),
            "{name}: the icon font is used, so it is reported: {:?}",
            resume.layout.fonts
        );
        let ids = rule_ids(&resume);
        assert!(ids.contains(&"F-IMAGE"), "{name}");
        assert!(ids.contains(&"F-GLYPHS"), "{name}: FontAwesome icons");
    }
}
