//! The native reader (feature `native`): PDF bytes in, the same `PdfResume` the PDF.js items
//! give, and clear errors for files it cannot read.
#![cfg(feature = "native")]
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

use common::{bytes, findings, resume, source, words};
use resume_pdf::{read_pdf_bytes, PdfErrorKind, PdfResume};

fn native(name: &str) -> PdfResume {
    read_pdf_bytes(&bytes(&format!("{name}.pdf"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn single_column_text_equals_the_pdfjs_path() {
    let n = native("single-column");
    let js = resume("single-column");
    assert_eq!(n.text, js.text);
    assert_eq!(words(&n.text), words(&source("single-column.txt")));
    // The layout facts agree too (the native reader knows fonts per document, not per item,
    // and counts no images).
    assert_eq!(n.layout, js.layout);
}

#[test]
fn native_and_pdfjs_agree_on_every_fixture() {
    for name in [
        "two-column",
        "sidebar",
        "header-contact",
        "two-pages-plus",
        "skill-bars-images",
        "image-only",
    ] {
        let n = native(name);
        let js = resume(name);
        assert_eq!(words(&n.text), words(&js.text), "{name}");
        let (a, b) = (&n.layout, &js.layout);
        assert_eq!(a.columns, b.columns, "{name}");
        assert_eq!(a.pages, b.pages, "{name}");
        assert_eq!(a.no_text_layer, b.no_text_layer, "{name}");
        assert_eq!(a.header_footer_text, b.header_footer_text, "{name}");
        assert_eq!(
            a.reading_order_breaks.len(),
            b.reading_order_breaks.len(),
            "{name}"
        );
    }
}

#[test]
fn native_hazards_are_the_same_rules() {
    assert_eq!(findings(&native("two-column"), "F-TABLE").len(), 1);
    assert_eq!(findings(&native("sidebar"), "F-TABLE").len(), 1);
    assert_eq!(
        findings(&native("header-contact"), "F-HEADER-CONTACT").len(),
        1
    );
    assert_eq!(findings(&native("two-pages-plus"), "F-LENGTH").len(), 1);
    let scan = native("image-only");
    assert!(scan.layout.no_text_layer);
    assert_eq!(findings(&scan, "F-NO-TEXT").len(), 1);
}

#[test]
fn an_encrypted_pdf_asks_to_remove_the_password() {
    let err = read_pdf_bytes(&bytes("encrypted.pdf")).expect_err("encrypted");
    assert_eq!(err.kind, PdfErrorKind::Encrypted);
    assert_eq!(
        err.message,
        "password-protected PDF: remove the password (print to PDF) and try again"
    );
}

#[test]
fn a_truncated_pdf_is_damaged() {
    let err = read_pdf_bytes(&bytes("truncated.pdf")).expect_err("truncated");
    assert_eq!(err.kind, PdfErrorKind::Damaged);
    assert!(
        err.message.starts_with("damaged or truncated PDF ("),
        "{}",
        err.message
    );
    assert!(err.message.contains("cut short"), "{}", err.message);
}

#[test]
fn every_prefix_of_a_pdf_is_an_error_or_a_resume_never_a_panic() {
    let pdf = bytes("single-column.pdf");
    for cut in (0..pdf.len()).step_by(997) {
        let result = read_pdf_bytes(pdf.get(..cut).unwrap_or(&pdf));
        if let Err(e) = result {
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn not_a_pdf_and_empty_files_are_refused() {
    let empty = read_pdf_bytes(b"").expect_err("empty");
    assert_eq!(empty.kind, PdfErrorKind::Empty);
    let text = read_pdf_bytes(b"Jane Doe\nBackend Engineer\n").expect_err("text");
    assert_eq!(text.kind, PdfErrorKind::NotPdf);
    let header_only = read_pdf_bytes(b"%PDF-1.7\n%%EOF\n").expect_err("header only");
    assert_eq!(header_only.kind, PdfErrorKind::Damaged);
}

#[test]
fn a_pdf_without_pages_is_refused() {
    // A well-formed PDF whose page tree is empty.
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [] /Count 0 >>",
    ];
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = pdf.len();
    pdf.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for off in offsets {
        pdf.push_str(&format!("{off:010} 00000 n \n"));
    }
    pdf.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    let err = read_pdf_bytes(pdf.as_bytes()).expect_err("no pages");
    assert_eq!(err.kind, PdfErrorKind::NoPages, "{}", err.message);
}
