//! The bindings as JavaScript sees them. Runs under Node (`cargo test -p resume-analyzer-wasm
//! --target wasm32-unknown-unknown`) and in headless Chromium (the same with
//! `WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver`); `cargo xtask test` runs both.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Error, Reflect, JSON};
use resume_analyzer::date::YearMonth;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{InputFormat, Level, Options};
use resume_analyzer_posting_wasm::read_posting;
use resume_analyzer_wasm::{
    analyze, analyze_json, analyze_markdown, limits, rules, sniff_file, version,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const RESUME: &str = "Jane Doe\n\
jane@example.com | github.com/janedoe\n\
\n\
Experience\n\
Backend Engineer, Acme Corp, 2019 - 2024\n\
- Responsible for the payments API\n\
- Reduced p99 latency of the checkout service from 800ms to 120ms by adding Redis caching\n\
- Worked on microservices using Go and PostgreSQL\n\
\n\
Skills\n\
Go, Python, PostgreSQL, Redis, Kafka, Docker, Kubernetes, AWS\n";

const JD: &str = "Senior backend engineer. Go, Kafka, PostgreSQL, gRPC, Terraform. \
Own the reliability of distributed systems.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("object property")
}

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

/// The message of the JS `Error` a binding throws.
fn thrown_message(err: wasm_bindgen::JsError) -> String {
    let value = JsValue::from(err);
    let error: &Error = value.dyn_ref().expect("an Error object");
    String::from(error.message())
}

/// The JSON the core produces natively for the same input, for comparison.
fn native_json(text: &str, options: &Options, layout: &LayoutFacts) -> String {
    let report = resume_analyzer::analyze_with_layout(text, options, layout).expect("analyzes");
    resume_analyzer::render::json(&report)
}

#[wasm_bindgen_test]
fn analyze_returns_a_plain_report_object() {
    let report = analyze(RESUME, JsValue::UNDEFINED).expect("analyzes");
    assert!(report.is_object());
    assert!(!report.is_instance_of::<js_sys::Map>(), "objects, not Maps");
    assert_eq!(get(&report, "schema").as_f64(), Some(1.0));
    let findings = get(&report, "findings");
    assert!(Array::is_array(&findings));
    let findings = Array::from(&findings);
    assert!(findings.length() > 0, "the weak bullets produce findings");
    for finding in findings.iter() {
        assert!(get(&finding, "rule").is_string());
        assert!(get(&finding, "message").is_string());
        // `None` is `null`, as in the JSON, not `undefined`.
        assert!(!get(&finding, "span").is_undefined());
    }
    let overall = get(&get(&report, "score"), "overall")
        .as_f64()
        .expect("number");
    assert!((0.0..=100.0).contains(&overall));
}

#[wasm_bindgen_test]
fn the_object_is_the_json_report() {
    let object = analyze(RESUME, JsValue::NULL).expect("analyzes");
    let json = analyze_json(RESUME, JsValue::NULL).expect("analyzes");
    let stringified =
        JSON::stringify_with_replacer_and_space(&object, &JsValue::NULL, &JsValue::from_f64(2.0))
            .expect("stringifies");
    assert_eq!(String::from(stringified) + "\n", json);
}

/// `lean: true` (the page's keystroke report) leaves out the rules' metadata and the bullets'
/// parts, and nothing else: the rest is the full report, byte for byte.
#[wasm_bindgen_test]
fn a_lean_report_is_the_full_one_without_rules_metadata_and_parts() {
    let full = analyze(RESUME, JsValue::NULL).expect("analyzes");
    let lean = analyze(RESUME, js(r#"{"lean": true}"#)).expect("analyzes");
    assert!(Array::from(&get(&full, "rules")).length() > 0);
    assert_eq!(Array::from(&get(&lean, "rules")).length(), 0);
    let judged_with_parts = Array::from(&get(&full, "bullets"))
        .iter()
        .filter(|b| !get(b, "parts").is_null())
        .count();
    assert!(judged_with_parts > 0, "the full report has parts");
    for bullet in Array::from(&get(&lean, "bullets")).iter() {
        assert!(get(&bullet, "parts").is_null());
        Reflect::delete_property(
            bullet.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str("parts"),
        )
        .expect("deletes");
    }
    for bullet in Array::from(&get(&full, "bullets")).iter() {
        Reflect::delete_property(
            bullet.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str("parts"),
        )
        .expect("deletes");
    }
    for report in [&full, &lean] {
        Reflect::delete_property(
            report.unchecked_ref::<js_sys::Object>(),
            &JsValue::from_str("rules"),
        )
        .expect("deletes");
    }
    assert_eq!(
        String::from(JSON::stringify(&lean).expect("stringifies")),
        String::from(JSON::stringify(&full).expect("stringifies"))
    );
}

#[wasm_bindgen_test]
fn analyze_json_is_byte_identical_to_the_native_core() {
    let json = analyze_json(RESUME, JsValue::UNDEFINED).expect("analyzes");
    assert_eq!(
        json,
        native_json(RESUME, &Options::default(), &LayoutFacts::default())
    );
}

#[wasm_bindgen_test]
fn empty_input_throws_the_analyzer_message() {
    let expected = resume_analyzer::analyze("  \n ", &Options::default())
        .expect_err("empty input is refused")
        .message;
    assert!(!expected.is_empty());
    let err = analyze("  \n ", JsValue::UNDEFINED).expect_err("throws");
    assert_eq!(thrown_message(err), expected);
    let err = analyze_json("", JsValue::UNDEFINED).expect_err("throws");
    assert_eq!(thrown_message(err), expected);
}

/// `text` as a JS string literal.
fn quoted(text: &str) -> String {
    String::from(JSON::stringify(&JsValue::from_str(text)).expect("stringifies"))
}

#[wasm_bindgen_test]
fn options_round_trip() {
    let options = js(&format!(
        r#"{{"level": "senior", "posting": {}, "format": "text",
             "today": {{"year": 2026, "month": 3}}}}"#,
        quoted(&read_posting(JD))
    ));
    let report = analyze(RESUME, options.clone()).expect("analyzes");
    let input = get(&report, "input");
    assert_eq!(get(&input, "level").as_string().as_deref(), Some("senior"));
    assert_eq!(get(&input, "levelInferred").as_bool(), Some(false));
    assert_eq!(get(&input, "format").as_string().as_deref(), Some("text"));
    assert!(
        get(&report, "match").is_object(),
        "a job description enables the match"
    );

    // `..Default` keeps the test compiling when Options gains a field.
    #[allow(clippy::needless_update)]
    let native = Options {
        level: Some(Level::Senior),
        job_description: Some(JD.into()),
        format: InputFormat::Text,
        today: Some(YearMonth {
            year: 2026,
            month: 3,
        }),
        ..Options::default()
    };
    assert_eq!(
        analyze_json(RESUME, options).expect("analyzes"),
        native_json(RESUME, &native, &LayoutFacts::default())
    );
}

#[wasm_bindgen_test]
fn a_posting_refusal_is_thrown_after_the_resume_checks() {
    let huge = "Go and Kafka. ".repeat(resume_analyzer::MAX_JD_BYTES / 10);
    let native = Options {
        job_description: Some(huge.clone()),
        ..Options::default()
    };
    let options = js(&format!(
        r#"{{"posting": {}}}"#,
        quoted(&read_posting(&huge))
    ));
    for text in [RESUME, ""] {
        let expected = resume_analyzer::analyze(text, &native)
            .expect_err("refused")
            .message;
        let err = analyze(text, options.clone()).expect_err("throws");
        assert_eq!(thrown_message(err), expected);
    }
}

#[wasm_bindgen_test]
fn a_job_description_needs_the_posting_module() {
    let options = js(&format!(r#"{{"jobDescription": {}}}"#, quoted(JD)));
    let message = thrown_message(analyze(RESUME, options).expect_err("throws"));
    assert!(message.contains("readPosting"), "{message}");
    // A blank one is no posting, as in the core.
    let blank = analyze_json(RESUME, js(r#"{"jobDescription": "  "}"#)).expect("analyzes");
    assert_eq!(
        blank,
        analyze_json(RESUME, JsValue::UNDEFINED).expect("analyzes")
    );
    let message = thrown_message(analyze(RESUME, js(r#"{"posting": "P1"}"#)).expect_err("throws"));
    assert!(message.contains("paste it again"), "{message}");
}

#[wasm_bindgen_test]
fn missing_options_are_defaults() {
    let empty = analyze_json(RESUME, js("{}")).expect("analyzes");
    let partial = analyze_json(RESUME, js(r#"{"level": null}"#)).expect("analyzes");
    let none = analyze_json(RESUME, JsValue::UNDEFINED).expect("analyzes");
    assert_eq!(empty, none);
    assert_eq!(partial, none);
}

#[wasm_bindgen_test]
fn layout_facts_reach_the_core() {
    let options = js(
        r#"{"format": "text", "layout": {"origin": "docx", "tables": 2, "bodyInTable": true, "pages": 3}}"#,
    );
    let layout = LayoutFacts {
        origin: Some("docx".into()),
        tables: 2,
        body_in_table: true,
        pages: Some(3),
        ..LayoutFacts::default()
    };
    let native = Options {
        format: InputFormat::Text,
        ..Options::default()
    };
    assert_eq!(
        analyze_json(RESUME, options).expect("analyzes"),
        native_json(RESUME, &native, &layout)
    );
}

#[wasm_bindgen_test]
fn bad_options_throw() {
    let err = analyze(RESUME, js(r#"{"level": "wizard"}"#)).expect_err("throws");
    let message = thrown_message(err);
    assert!(message.starts_with("invalid options"), "{message}");
    let err = analyze(RESUME, JsValue::from_str("senior")).expect_err("throws");
    assert!(thrown_message(err).starts_with("invalid options"));
}

#[wasm_bindgen_test]
fn markdown_matches_the_native_rendering() {
    let markdown = analyze_markdown(RESUME, JsValue::UNDEFINED).expect("analyzes");
    let report = resume_analyzer::analyze(RESUME, &Options::default()).expect("analyzes");
    assert_eq!(markdown, resume_analyzer::render::markdown(&report, RESUME));
}

#[wasm_bindgen_test]
fn rules_lists_every_rule() {
    let list = rules().expect("converts");
    assert!(Array::is_array(&list));
    let list = Array::from(&list);
    let all = resume_analyzer::rules::all_meta();
    assert_eq!(list.length() as usize, all.len());
    for (value, meta) in list.iter().zip(&all) {
        assert_eq!(get(&value, "id").as_string().as_deref(), Some(meta.id));
        for key in [
            "name",
            "category",
            "severity",
            "summary",
            "explanation",
            "source",
        ] {
            assert!(get(&value, key).is_string(), "{} lacks {key}", meta.id);
        }
    }
}

#[wasm_bindgen_test]
fn version_is_the_report_analyzer_version() {
    let report = analyze(RESUME, JsValue::UNDEFINED).expect("analyzes");
    assert_eq!(get(&report, "analyzer").as_string(), Some(version()));
}

/// The page chooses a file's reader by these names (www/app/files.js).
#[wasm_bindgen_test]
fn sniff_file_names_what_the_page_reads() {
    assert_eq!(sniff_file(b"%PDF-1.7"), "pdf");
    assert_eq!(sniff_file(b"PK\x03\x04"), "zip");
    assert_eq!(
        sniff_file(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        "ole"
    );
    assert_eq!(sniff_file(b"\x89PNG"), "image");
    assert_eq!(sniff_file(b"Jane Doe"), "");
}

/// The page refuses pastes past these before they reach the editor: they must be the engine's.
#[wasm_bindgen_test]
fn limits_are_the_engines() {
    let l = limits().map_err(JsValue::from).expect("limits");
    let n = |key: &str| get(&l, key).as_f64().expect("a number");
    assert_eq!(n("maxInputBytes"), resume_analyzer::MAX_INPUT_BYTES as f64);
    assert_eq!(n("maxInputLines"), resume_analyzer::MAX_INPUT_LINES as f64);
    assert_eq!(n("maxJdBytes"), resume_analyzer::MAX_JD_BYTES as f64);
    // Text just over the line limit is refused by analyze() itself, with a message.
    let text = "- x\n".repeat(resume_analyzer::MAX_INPUT_LINES + 1);
    let err = analyze(&text, JsValue::UNDEFINED)
        .map(|_| ())
        .map_err(JsValue::from);
    let message = err
        .err()
        .and_then(|e| e.dyn_into::<Error>().ok())
        .map(|e| String::from(e.message()));
    assert!(
        message.is_some_and(|m| m.contains("10000")),
        "refused with the limit named"
    );
}
