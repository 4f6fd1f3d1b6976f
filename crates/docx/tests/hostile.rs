//! Hostile and broken files: each gives its error kind, quickly, with a message that says
//! what to do.
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

use common::{bytes, read};
use resume_docx::DocxErrorKind;

/// The refusal's kind and message. No clock: each kind below is decided from the central
/// directory, the declared sizes or the first bytes inflated past a limit, so the kind itself
/// shows the reader stopped early (a reader that inflated a bomb fully would fail with an
/// out-of-memory or the harness's timeout, not get here); speed is the benches' business.
fn refusal(name: &str) -> (DocxErrorKind, String) {
    let error = read(name)
        .err()
        .unwrap_or_else(|| panic!("{name} was accepted"));
    (error.kind, error.message)
}

#[test]
fn a_zip_bomb_is_refused_from_its_declared_sizes() {
    let (kind, message) = refusal("zip-bomb.docx");
    assert_eq!(kind, DocxErrorKind::ZipBomb);
    assert!(
        message.starts_with("This .docx expands to over 200 MB: refusing (possible zip bomb"),
        "{message}"
    );
}

#[test]
fn a_zip_bomb_with_lying_headers_is_stopped_while_inflating() {
    let (kind, message) = refusal("zip-bomb-lying-sizes.docx");
    assert_eq!(kind, DocxErrorKind::ZipBomb);
    assert!(message.contains("possible zip bomb"), "{message}");
}

#[test]
fn ten_thousand_entries_are_refused() {
    let (kind, message) = refusal("many-entries.docx");
    assert_eq!(kind, DocxErrorKind::TooManyEntries);
    assert!(message.contains("2000"), "{message}");
}

#[test]
fn a_truncated_docx_is_damaged() {
    let (kind, message) = refusal("truncated.docx");
    assert_eq!(kind, DocxErrorKind::Damaged);
    assert_eq!(
        message,
        "This .docx is damaged (truncated zip): re-save it from Word"
    );
}

#[test]
fn every_cut_of_a_real_docx_is_refused_without_panicking() {
    let whole = bytes("single-column.docx");
    for len in (0..whole.len()).step_by(97) {
        let cut = whole.get(..len).unwrap_or(&whole);
        assert!(resume_docx::read(cut).is_err(), "cut at {len} accepted");
    }
}

#[test]
fn a_dtd_entity_bomb_is_refused() {
    let (kind, message) = refusal("billion-laughs.docx");
    assert_eq!(kind, DocxErrorKind::HostileXml);
    assert!(message.contains("DTD"), "{message}");
}

#[test]
fn nesting_past_the_depth_limit_is_refused() {
    let (kind, message) = refusal("deep-nesting.docx");
    assert_eq!(kind, DocxErrorKind::HostileXml);
    assert!(message.contains("deeper than 256"), "{message}");
}

#[test]
fn an_old_doc_is_named_as_such() {
    let (kind, message) = refusal("not-a-docx.doc");
    assert_eq!(kind, DocxErrorKind::LegacyDoc);
    assert_eq!(
        message,
        "This file is an old binary .doc: save it as .docx or PDF"
    );
}

#[test]
fn an_encrypted_docx_is_named_as_such() {
    let (kind, message) = refusal("encrypted.docx");
    assert_eq!(kind, DocxErrorKind::Encrypted);
    assert!(
        message.starts_with(
            "This .docx is password-protected/encrypted (an OLE container with EncryptedPackage)"
        ),
        "{message}"
    );
}

#[test]
fn other_files_are_not_docx() {
    for (bytes, kind) in [
        (&b""[..], DocxErrorKind::Empty),
        (b"%PDF-1.7\n", DocxErrorKind::NotDocx),
        (b"Jordan Rivera\nBackend Engineer\n", DocxErrorKind::NotDocx),
    ] {
        let error = resume_docx::read(bytes).expect_err("refused");
        assert_eq!(error.kind, kind, "{}", error.message);
    }
}

#[test]
fn error_kinds_serialize_in_kebab_case() {
    assert_eq!(DocxErrorKind::ZipBomb.as_str(), "zip-bomb");
    assert_eq!(DocxErrorKind::HostileXml.as_str(), "hostile-xml");
    assert_eq!(DocxErrorKind::TooManyEntries.as_str(), "too-many-entries");
}
