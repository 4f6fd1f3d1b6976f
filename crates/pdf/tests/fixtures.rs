//! The committed fixtures (tests/fixtures/pdf, made by make_fixtures.sh), read through their
//! PDF.js item dumps: each hazard by rule id, through the real analyzer.
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

use common::{breaks, findings, from_items, resume, source, words};
use resume_pdf::PdfErrorKind;

#[test]
fn single_column_text_matches_its_source() {
    let r = resume("single-column");
    assert_eq!(words(&r.text), words(&source("single-column.txt")));
    // Line for line, too: one PDF line per source line.
    let lines: Vec<&str> = r.text.lines().collect();
    let source = source("single-column.txt");
    let expected: Vec<&str> = source.lines().map(str::trim).collect();
    assert_eq!(lines, expected);
}

#[test]
fn single_column_has_clean_layout_facts() {
    let r = resume("single-column");
    let l = &r.layout;
    assert_eq!(l.origin.as_deref(), Some("pdf"));
    assert_eq!(l.columns, 1);
    assert!(l.column_evidence.is_empty());
    assert!(l.reading_order_breaks.is_empty());
    assert!(l.header_footer_text.is_empty());
    assert_eq!(l.pages, Some(1));
    assert!(!l.no_text_layer);
    assert_eq!(l.images, 0);
    assert_eq!(l.fonts, ["LiberationSans", "LiberationSans-Bold"]);
    for rule in [
        "F-TABLE",
        "F-HEADER-CONTACT",
        "F-LENGTH",
        "F-NO-TEXT",
        "F-GLYPHS",
        "F-IMAGE",
    ] {
        assert!(
            findings(&r, rule).is_empty(),
            "{rule}: {:#?}",
            findings(&r, rule)
        );
    }
}

#[test]
fn single_column_keeps_its_bullets() {
    let r = resume("single-column");
    let bullets: Vec<&str> = r.text.lines().filter(|l| l.starts_with("• ")).collect();
    assert_eq!(bullets.len(), 5, "{bullets:#?}");
}

#[test]
fn two_columns_are_found_and_flagged() {
    let r = resume("two-column");
    assert_eq!(r.layout.columns, 2);
    let evidence = r.layout.column_evidence.join("; ");
    assert!(
        evidence.starts_with("page 1: text in 2 columns split at x≈"),
        "{evidence}"
    );
    assert!(!evidence.contains("sidebar"), "{evidence}");
    // Read column by column, not line by line across both (which put a heading of each on
    // one line); the facts say the text was reordered.
    assert!(!r.text.contains("Experience Summary"), "{}", r.text);
    assert!(r.layout.columns_reordered);
    let spans = breaks(&r);
    assert_eq!(spans.len(), 1, "{spans:#?}");
    assert!(spans[0].starts_with("Experience\n"), "{}", spans[0]);
    // The full-width name and contact lines above the columns are not in the break.
    assert!(!spans[0].contains("Jane Doe"));
    let table = findings(&r, "F-TABLE");
    assert_eq!(table.len(), 1, "{table:#?}");
    assert!(
        table[0].message.starts_with("2-column layout"),
        "{}",
        table[0].message
    );
    assert!(
        table[0].message.contains("split at x≈"),
        "{}",
        table[0].message
    );
    assert_eq!(
        table[0].span,
        r.layout.reading_order_breaks.first().copied()
    );
}

#[test]
fn a_sidebar_is_two_columns_and_named_so() {
    let r = resume("sidebar");
    assert_eq!(r.layout.columns, 2);
    let evidence = r.layout.column_evidence.join("; ");
    assert!(evidence.contains("(left sidebar "), "{evidence}");
    // The CSS sidebar is 30% of the content box; the text in it is a little narrower.
    let pct: u32 = evidence
        .split("sidebar ")
        .nth(1)
        .and_then(|s| s.split('%').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    assert!((22..=34).contains(&pct), "{evidence}");
    // The sidebar is read before the main column, not interleaved with it.
    assert!(r.text.starts_with("Contact\nSeattle, WA\n"), "{}", r.text);
    assert!(!r.text.contains("Contact Jane Doe"), "{}", r.text);
    assert_eq!(r.layout.reading_order_breaks.len(), 1);
    assert_eq!(findings(&r, "F-TABLE").len(), 1);
}

#[test]
fn contact_in_a_running_header_is_flagged() {
    let r = resume("header-contact");
    assert_eq!(r.layout.pages, Some(2));
    assert_eq!(
        r.layout.header_footer_text,
        ["Jane Doe | jane.doe@example.com | +1 (555) 123-4567 | github.com/janedoe"]
    );
    // The repeated line is out of the body text (an ATS that skips headers never sees it).
    assert!(!r.text.contains("jane.doe@example.com"), "{}", r.text);
    assert_eq!(r.text.matches("Jane Doe").count(), 1);
    let found = findings(&r, "F-HEADER-CONTACT");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("email (jane.doe@example.com)"),
        "{}",
        found[0].message
    );
    assert!(found[0].message.contains("phone"), "{}", found[0].message);
    // One column, no breaks.
    assert_eq!(r.layout.columns, 1);
    assert!(findings(&r, "F-TABLE").is_empty());
}

#[test]
fn three_pages_are_too_long() {
    let r = resume("two-pages-plus");
    assert_eq!(r.layout.pages, Some(3));
    let found = findings(&r, "F-LENGTH");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.starts_with("3 pages:"),
        "{}",
        found[0].message
    );
    // Nothing repeats at the page edges: no header/footer, one column on every page.
    assert!(
        r.layout.header_footer_text.is_empty(),
        "{:?}",
        r.layout.header_footer_text
    );
    assert_eq!(r.layout.columns, 1);
}

#[test]
fn an_image_only_pdf_has_no_text_layer() {
    let r = resume("image-only");
    assert!(r.layout.no_text_layer);
    assert_eq!(r.layout.pages, Some(1));
    assert_eq!(r.layout.images, 1);
    // One marker line, marked as lost text, so the analysis still runs.
    assert!(r.text.starts_with("[no text layer:"), "{}", r.text);
    assert_eq!(breaks(&r), [r.text.trim_end()]);
    let found = findings(&r, "F-NO-TEXT");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].points, 60);
    assert_eq!(findings(&r, "F-IMAGE").len(), 1);
}

#[test]
fn skill_bars_drawn_as_images_are_images() {
    let r = resume("skill-bars-images");
    // Six skills, two images each (the filled and the empty part of the bar).
    assert_eq!(r.layout.images, 12);
    assert_eq!(r.layout.columns, 1, "{:?}", r.layout.column_evidence);
    for skill in ["\nGo\n", "\nJava\n", "\nKubernetes\n"] {
        assert!(r.text.contains(skill), "{skill:?} in {}", r.text);
    }
    let found = findings(&r, "F-IMAGE");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("12 images"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_encrypted_pdf_gives_the_password_message() {
    let err = from_items("encrypted").expect_err("encrypted");
    assert_eq!(err.kind, PdfErrorKind::Encrypted);
    assert_eq!(
        err.message,
        "password-protected PDF: remove the password (print to PDF) and try again"
    );
}

#[test]
fn a_truncated_pdf_is_damaged() {
    let err = from_items("truncated").expect_err("truncated");
    assert_eq!(err.kind, PdfErrorKind::Damaged);
    assert!(
        err.message.starts_with("damaged or truncated PDF"),
        "{}",
        err.message
    );
    assert!(err.message.contains("export a new PDF"), "{}", err.message);
}

#[test]
fn every_dump_is_deterministic() {
    for name in [
        "single-column",
        "two-column",
        "sidebar",
        "skill-bars-images",
        "header-contact",
        "two-pages-plus",
        "image-only",
    ] {
        assert_eq!(resume(name), resume(name), "{name}");
    }
}
