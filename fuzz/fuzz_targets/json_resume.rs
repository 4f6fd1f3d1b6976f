//! The JSON Resume reader, then the whole analysis of what it renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::InputFormat;
use resume_analyzer_fuzz::{analyze_and_check, options, text};

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    // The reader on its own (a refusal must be a value, never a panic) …
    let _ = resume_analyzer::input::read(&text, InputFormat::JsonResume);
    // … and through `analyze`, which checks the spans into its rendering.
    analyze_and_check(
        "json_resume",
        data,
        &text,
        &options(0, Some(InputFormat::JsonResume)),
    );
});
