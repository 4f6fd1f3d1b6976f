//! The PDF items JSON (what PDF.js / tools/pdf/pdf-items.mjs give) as arbitrary text, through
//! the parser, the layout analysis and the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::Options;
use resume_analyzer_fuzz::{assert_invariants, text, timed};

fuzz_target!(|data: &[u8]| {
    let json = text(data);
    timed("pdf_json", data, || {
        if let Ok(resume) = resume_pdf::from_json(&json) {
            if let Ok(report) =
                resume_analyzer::analyze_with_layout(&resume.text, &Options::default(), &resume.layout)
            {
                assert_invariants(&resume.text, &report);
            }
        }
    });
});
