//! The PDF items JSON (what PDF.js / tools/pdf/pdf-items.mjs give) as arbitrary text, through
//! the parser, the layout analysis and the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::Options;
use resume_analyzer_fuzz::{assert_invariants, text, timed};

fuzz_target!(|data: &[u8]| {
    let json = text(data);
    let read = timed("pdf_json", data, || {
        resume_pdf::from_json(&json).map(|resume| {
            let report = resume_analyzer::analyze_with_layout(
                &resume.text,
                &Options::default(),
                &resume.layout,
            );
            (resume, report)
        })
    });
    if let Ok((resume, Ok(report))) = read {
        assert_invariants(&resume.text, &report);
    }
});
