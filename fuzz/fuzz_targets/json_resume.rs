//! The JSON Resume reader, then the whole analysis of what it renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::InputFormat;
use resume_analyzer_fuzz::{analyze_and_check, options, text, timed};

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    timed("json_resume", data, || {
        let _ = resume_analyzer::input::read(&text, InputFormat::JsonResume);
        analyze_and_check(&text, &options(0, Some(InputFormat::JsonResume)));
    });
});
