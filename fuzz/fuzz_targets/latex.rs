//! The LaTeX reader, then the whole analysis of what it renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::InputFormat;
use resume_analyzer_fuzz::{analyze_and_check, options, text, timed};

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    timed("latex", data, || {
        // The reader on its own (a refusal must be `Malformed`/`Empty`/…, never a panic) …
        let _ = resume_analyzer::input::read(&text, InputFormat::Latex);
        // … and through `analyze`, which checks the spans into the rendering.
        analyze_and_check(&text, &options(0, Some(InputFormat::Latex)));
    });
});
