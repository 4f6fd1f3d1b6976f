//! `readYaml` as JavaScript sees it, on the committed fixtures. Runs with the other wasm tests
//! (`cargo test -p resume-analyzer-yaml-wasm --target wasm32-unknown-unknown`, under Node or
//! headless Chromium; `cargo xtask test` runs both).
//!
//! The page reads a `.yaml` with this module and analyzes the text with the engine module;
//! here both crates are linked into one test module, so the report JSON of a file read through
//! the bindings can be compared byte for byte with the native one.
#![cfg(target_arch = "wasm32")]

use js_sys::{Error, Reflect, JSON};
use resume_analyzer::Options;
use resume_analyzer_wasm::analyze_json;
use resume_analyzer_yaml_wasm::read_yaml;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const RENDERCV: &str = include_str!("../../../tests/fixtures/real-world/rendercv-senior-sre.yaml");
const YAMLRESUME: &str =
    include_str!("../../../tests/fixtures/real-world/yamlresume-mid-backend.yml");

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("object property")
}

#[wasm_bindgen_test]
fn a_yaml_resume_reads_and_analyzes_as_the_cli_does() {
    for yaml in [RENDERCV, YAMLRESUME] {
        let read = read_yaml(yaml).expect("reads");
        let text = get(&read, "text").as_string().expect("text");
        let layout = get(&read, "layout");
        assert_eq!(get(&layout, "origin").as_string().as_deref(), Some("yaml"));
        let source = resume_analyzer::input::read_yaml(yaml).expect("reads natively");
        assert_eq!(text, source.text);
        // The page's path: the text analyzed as text with the reader's layout facts.
        let options = JSON::parse(&format!(
            r#"{{"format": "text", "layout": {}}}"#,
            String::from(JSON::stringify(&layout).expect("stringifies"))
        ))
        .expect("parses");
        let native = Options {
            format: resume_analyzer::InputFormat::Text,
            ..Options::default()
        };
        let report = resume_analyzer::analyze_with_layout(&text, &native, &source.layout)
            .expect("analyzes natively");
        assert_eq!(
            analyze_json(&text, options).expect("analyzes"),
            resume_analyzer::render::json(&report)
        );
    }
}

#[wasm_bindgen_test]
fn a_malformed_document_throws_with_its_kind() {
    let err = read_yaml("cv:\n  name: [unclosed\n").expect_err("refused");
    let error: &Error = err.dyn_ref().expect("an Error object");
    let expected = resume_analyzer::input::read_yaml("cv:\n  name: [unclosed\n")
        .expect_err("refused natively");
    assert_eq!(String::from(error.message()), expected.message);
    assert_eq!(get(&err, "kind").as_string().as_deref(), Some("malformed"));
}
