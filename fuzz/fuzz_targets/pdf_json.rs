//! The PDF items JSON (what PDF.js / tools/pdf/pdf-items.mjs give) as arbitrary text, through
//! the parser, the layout analysis and the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer_fuzz::{read_analyze_and_check, text};

fuzz_target!(|data: &[u8]| {
    let json = text(data);
    read_analyze_and_check("pdf_json", data, || {
        resume_pdf::from_json(&json).map(|r| (r.text, r.layout))
    });
});
