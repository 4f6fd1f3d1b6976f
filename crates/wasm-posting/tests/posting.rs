//! `readPosting` as JavaScript sees it. Runs with the other wasm tests (`cargo test -p
//! resume-analyzer-posting-wasm --target wasm32-unknown-unknown`, under Node or headless
//! Chromium). The engine's tests (crates/wasm/tests/web.rs) analyze with what it returns.
#![cfg(target_arch = "wasm32")]

use resume_analyzer::jd::wire;
use resume_analyzer::{ErrorKind, MAX_JD_BYTES};
use resume_analyzer_posting_wasm::read_posting;
use wasm_bindgen_test::wasm_bindgen_test;

const JD: &str = "Senior Backend Engineer\n\nRequirements\n- Go, Python or Java\n- Kafka or a similar broker\n\nNice to have\n- Terraform\n";

#[wasm_bindgen_test]
fn a_posting_is_read_as_the_native_core_reads_it() {
    let native = resume_analyzer::read_job_description(JD)
        .expect("within the limits")
        .expect("not blank");
    let read = read_posting(JD);
    assert_eq!(read, wire::encode(&native));
    let back = wire::decode(&read).expect("decodes");
    assert_eq!(back.requirements, native.requirements);
    assert_eq!(back.title, native.title);
}

#[wasm_bindgen_test]
fn a_blank_posting_is_none() {
    assert_eq!(read_posting(""), "");
    assert_eq!(read_posting(" \n\t"), "");
}

#[wasm_bindgen_test]
fn a_posting_past_the_limit_is_a_refusal_with_the_native_message() {
    let huge = "Go and Kafka. ".repeat(MAX_JD_BYTES / 10);
    let expected = resume_analyzer::read_job_description(&huge).expect_err("refused");
    let error = wire::decode(&read_posting(&huge)).expect_err("decodes to the refusal");
    assert_eq!(error, expected);
    assert_eq!(error.kind, ErrorKind::TooLarge);
}
