//! The DOCX reader with arbitrary bytes; what it accepts goes through the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer_fuzz::read_analyze_and_check;

fuzz_target!(|data: &[u8]| {
    read_analyze_and_check("docx", data, || {
        resume_docx::read(data).map(|r| (r.text, r.layout))
    });
});
