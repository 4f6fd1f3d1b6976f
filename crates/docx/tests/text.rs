//! The text a `.docx` reads as: paragraph order, bullets, tabs, Unicode, and what must not be
//! there (tracked deletions, doubled text boxes, headers and footers).
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

use common::{normalized, resume, source};

#[test]
fn single_column_text_equals_its_source() {
    let resume = resume("single-column.docx");
    assert_eq!(
        normalized(&resume.text),
        normalized(&source("single-column.txt"))
    );
}

#[test]
fn a_file_libreoffice_wrote_from_html_reads_as_the_html_text() {
    let resume = resume("libreoffice-single-column.docx");
    assert_eq!(
        normalized(&resume.text),
        normalized(&source("libreoffice-single-column.txt"))
    );
}

#[test]
fn word_noise_does_not_change_the_text() {
    let text = resume("single-column.docx").text;
    // A tracked deletion is history, not text; the tracked insertion and the hyperlink are.
    assert!(!text.contains("old@example.org"), "{text}");
    assert!(text.contains("jordan.rivera@example.com | +1 (555) 010-7788"));
    // Smart quotes, dashes, arrows and accents survive as Unicode.
    assert!(text.contains("“strangler fig”") && text.contains("Mar 2020 – Present"));
    assert!(text.contains("900 ms → 120 ms") && text.contains("Málaga"));
    // Runs split mid-word join back up; list paragraphs are bullets.
    assert!(text.contains("\n- Designed an idempotent payment ledger on PostgreSQL"));
}

#[test]
fn a_text_box_is_read_once_where_it_is_anchored() {
    let text = resume("textbox.docx").text;
    for copy in [&text, &resume("libreoffice-textbox.docx").text] {
        assert_eq!(
            copy.matches("jordan.rivera@example.com").count(),
            1,
            "{copy}"
        );
    }
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.first(), Some(&"Jordan Rivera"));
    assert_eq!(lines.get(1), Some(&"jordan.rivera@example.com"));
}

#[test]
fn header_and_footer_text_stays_out_of_the_body() {
    let resume = resume("header-contact.docx");
    assert!(!resume.text.contains('@'), "{}", resume.text);
    assert!(!resume.text.contains("Page 1"));
}

#[test]
fn a_layout_table_reads_column_by_column() {
    let text = resume("two-column-table.docx").text;
    let skills = text.find("Languages: Go").expect("left column");
    let summary = text
        .find("Backend engineer with 8 years")
        .expect("right column");
    assert!(skills < summary, "left cell first:\n{text}");
    // Multi-line cells are not glued into one tab-separated line.
    assert!(!text.contains("SQL\tBackend"), "{text}");
}

#[test]
fn icon_font_glyphs_come_through_as_the_private_use_characters_an_ats_sees() {
    let text = resume("skill-bars-images.docx").text;
    assert!(text.contains('\u{F0E0}'), "envelope icon");
    assert!(text.contains("jordan.rivera@example.com"));
}
