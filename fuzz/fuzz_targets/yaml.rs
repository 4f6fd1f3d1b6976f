//! The YAML reader (saphyr-parser events → a bounded tree → the structured renderer), then the
//! whole analysis of what it renders. Fails on a panic, a broken report invariant or a slow run
//! (alias bombs must be refused, not expanded).
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::InputFormat;
use resume_analyzer_fuzz::{analyze_and_check, options, text, timed};

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    // The reader on its own (a refusal must be a value, never a panic) …
    let _ = timed("yaml", data, || {
        resume_analyzer::input::read(&text, InputFormat::Yaml)
    });
    // … and through `analyze`, which checks the spans into its rendering.
    analyze_and_check("yaml", data, &text, &options(0, Some(InputFormat::Yaml)));
});
