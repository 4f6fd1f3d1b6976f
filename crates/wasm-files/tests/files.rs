//! The file bindings (`readDocx`, `readPdfItems`) as JavaScript sees them, on the committed
//! fixtures. Runs with the other wasm tests (`cargo test -p resume-analyzer-files-wasm --target
//! wasm32-unknown-unknown`, under Node or headless Chromium; `cargo xtask test` runs both).
//!
//! The page reads a file with this module and analyzes the text with the engine module
//! (`resume-analyzer-wasm`); here both crates are linked into one test module, so the report
//! JSON of a file read through the bindings can be compared byte for byte with the native one.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Error, Reflect, JSON};
use resume_analyzer::{InputFormat, Options};
use resume_analyzer_files_wasm::{read_docx, read_pdf_items};
use resume_analyzer_wasm::analyze_json;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SIDEBAR_DOCX: &[u8] = include_bytes!("../../../tests/fixtures/docx/sidebar.docx");
const HEADER_DOCX: &[u8] = include_bytes!("../../../tests/fixtures/docx/header-contact.docx");
const LEGACY_DOC: &[u8] = include_bytes!("../../../tests/fixtures/docx/not-a-docx.doc");
const ZIP_BOMB: &[u8] = include_bytes!("../../../tests/fixtures/docx/zip-bomb.docx");
const SIDEBAR_PDF: &str = include_str!("../../../tests/fixtures/pdf/sidebar.items.json");
const ENCRYPTED_PDF: &str = include_str!("../../../tests/fixtures/pdf/encrypted.items.json");
const TRUNCATED_PDF: &str = include_str!("../../../tests/fixtures/pdf/truncated.items.json");
const IMAGE_ONLY_PDF: &str = include_str!("../../../tests/fixtures/pdf/image-only.items.json");

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("object property")
}

fn string(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_default()
}

/// `(kind, message)` of the `Error` a binding threw.
fn thrown(err: JsValue) -> (String, String) {
    let error: &Error = err.dyn_ref().expect("an Error object");
    (string(&err, "kind"), String::from(error.message()))
}

/// The report JSON the page gets for a file: its text analyzed as text with its layout.
fn page_json(read: &JsValue) -> String {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"format".into(), &"text".into()).expect("set");
    Reflect::set(&options, &"layout".into(), &get(read, "layout")).expect("set");
    analyze_json(&string(read, "text"), options.into()).expect("analyzes")
}

fn rules_of(json: &str) -> Vec<String> {
    let report = JSON::parse(json).expect("report JSON");
    Array::from(&get(&report, "findings"))
        .iter()
        .map(|f| string(&f, "rule"))
        .collect()
}

#[wasm_bindgen_test]
fn reads_a_docx_into_text_and_layout_facts() {
    let read = read_docx(SIDEBAR_DOCX).expect("reads");
    let text = string(&read, "text");
    assert!(!text.trim().is_empty());
    let layout = get(&read, "layout");
    assert_eq!(string(&layout, "origin"), "docx");
    assert_eq!(get(&layout, "columns").as_f64(), Some(2.0));

    // The same report the CLI writes for this file (read natively, analyzed as text).
    let native = resume_docx::read(SIDEBAR_DOCX).expect("reads natively");
    assert_eq!(text, native.text);
    let options = Options {
        format: InputFormat::Text,
        ..Options::default()
    };
    let report = resume_analyzer::analyze_with_layout(&native.text, &options, &native.layout)
        .expect("analyzes");
    let json = page_json(&read);
    assert_eq!(json, resume_analyzer::render::json(&report));
    assert!(rules_of(&json).iter().any(|r| r == "F-TABLE"));
}

#[wasm_bindgen_test]
fn docx_header_contact_reaches_the_report() {
    let read = read_docx(HEADER_DOCX).expect("reads");
    let headers = Array::from(&get(&get(&read, "layout"), "headerFooterText"));
    assert!(headers.length() > 0);
    assert!(rules_of(&page_json(&read))
        .iter()
        .any(|r| r == "F-HEADER-CONTACT"));
}

#[wasm_bindgen_test]
fn refused_docx_files_throw_a_message_and_a_kind() {
    for (bytes, kind, words) in [
        (LEGACY_DOC, "legacy-doc", ".docx"),
        (ZIP_BOMB, "zip-bomb", ""),
        (&b""[..], "empty", ""),
        (&b"%PDF-1.7\n"[..], "not-docx", ""),
    ] {
        let (got_kind, message) = thrown(read_docx(bytes).expect_err("refused"));
        assert_eq!(got_kind, kind, "{message}");
        assert!(!message.is_empty());
        assert!(message.contains(words), "{message}");
    }
}

#[wasm_bindgen_test]
fn lays_out_pdf_items() {
    let read = read_pdf_items(SIDEBAR_PDF).expect("reads");
    let layout = get(&read, "layout");
    assert_eq!(string(&layout, "origin"), "pdf");
    assert_eq!(get(&layout, "pages").as_f64(), Some(1.0));
    assert!(get(&layout, "columns").as_f64().unwrap_or(0.0) >= 2.0);
    let native = resume_pdf::from_json(SIDEBAR_PDF).expect("reads natively");
    assert_eq!(string(&read, "text"), native.text);
    let report = JSON::parse(&page_json(&read)).expect("JSON");
    let breaks = Array::from(&get(&get(&report, "ats"), "breaks"));
    assert!(breaks.length() > 0, "interleaved columns are marked");
    assert!(rules_of(&page_json(&read)).iter().any(|r| r == "F-TABLE"));
}

#[wasm_bindgen_test]
fn image_only_pdf_reads_as_no_text_layer() {
    let read = read_pdf_items(IMAGE_ONLY_PDF).expect("reads");
    assert_eq!(
        get(&get(&read, "layout"), "noTextLayer").as_bool(),
        Some(true)
    );
    assert!(rules_of(&page_json(&read)).iter().any(|r| r == "F-NO-TEXT"));
}

#[wasm_bindgen_test]
fn pdfjs_failures_throw_a_message_and_a_kind() {
    for (json, kind, words) in [
        (ENCRYPTED_PDF, "encrypted", "password"),
        (TRUNCATED_PDF, "damaged", "damaged"),
        ("{\"pages\": 3}", "invalid-items", ""),
        ("{\"pages\": []}", "no-pages", ""),
    ] {
        let (got_kind, message) = thrown(read_pdf_items(json).expect_err("refused"));
        assert_eq!(got_kind, kind, "{message}");
        assert!(message.contains(words), "{message}");
    }
}
