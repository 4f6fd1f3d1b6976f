//! `readSource` as JavaScript sees it, and the page's path for a structured resume: the engine
//! says the text needs a reader (`needsReader`), this module reads it, the engine analyzes
//! what it read (the `source` option). Both crates are linked into one test module, so the
//! report can be compared byte for byte with the native core's. Runs with the other wasm tests
//! (`cargo test -p resume-analyzer-readers-wasm --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Error, Reflect, JSON};
use resume_analyzer::Options;
use resume_analyzer_readers_wasm::read_source;
use resume_analyzer_wasm::{analyze_json, needs_reader};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const LATEX: &str =
    include_str!("../../../tests/fixtures/real-world/jakes-custom-macros-platform.tex");
const JSON_RESUME: &str = include_str!("../../../tests/fixtures/resumes/json-resume.json");
const PLAIN: &str = include_str!("../../../tests/fixtures/resumes/weak.md");

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("object property")
}

/// What the page gets for `text`: `source` read by this module when the engine asks for it.
fn page_json(text: &str) -> String {
    let options = if needs_reader(text, None).expect("a format") {
        let source = read_source(text, None).expect("reads");
        JSON::parse(&format!(
            r#"{{"source": {}}}"#,
            String::from(JSON::stringify(&source).expect("stringifies"))
        ))
        .expect("parses")
    } else {
        JsValue::UNDEFINED
    };
    analyze_json(text, options).expect("analyzes")
}

#[wasm_bindgen_test]
fn structured_resumes_analyze_as_the_native_core_reads_them() {
    for (text, format) in [(LATEX, "latex"), (JSON_RESUME, "json-resume")] {
        assert!(needs_reader(text, None).expect("a format"));
        let read = read_source(text, None).expect("reads");
        assert_eq!(get(&read, "format").as_string().as_deref(), Some(format));
        let native = resume_analyzer::analyze(text, &Options::default()).expect("analyzes");
        assert_eq!(
            page_json(text),
            resume_analyzer::render::json(&native),
            "{format}"
        );
    }
}

#[wasm_bindgen_test]
fn plain_text_needs_no_reader() {
    assert!(!needs_reader(PLAIN, None).expect("a format"));
    assert!(!needs_reader("\\section{x}", Some("text".into())).expect("a format"));
    let native = resume_analyzer::analyze(PLAIN, &Options::default()).expect("analyzes");
    assert_eq!(page_json(PLAIN), resume_analyzer::render::json(&native));
}

#[wasm_bindgen_test]
fn a_refused_text_throws_the_core_message() {
    let broken = "{\"basics\": {\"name\": ";
    let expected = resume_analyzer::analyze(broken, &Options::default())
        .expect_err("refused")
        .message;
    let err = JsValue::from(read_source(broken, None).expect_err("throws"));
    let error: &Error = err.dyn_ref().expect("an Error object");
    assert_eq!(String::from(error.message()), expected);
}
