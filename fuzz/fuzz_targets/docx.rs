//! The DOCX reader with arbitrary bytes; what it accepts goes through the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::Options;
use resume_analyzer_fuzz::{assert_invariants, timed};

fuzz_target!(|data: &[u8]| {
    timed("docx", data, || {
        if let Ok(resume) = resume_docx::read(data) {
            let options = Options::default();
            if let Ok(report) =
                resume_analyzer::analyze_with_layout(&resume.text, &options, &resume.layout)
            {
                assert_invariants(&resume.text, &report);
            }
        }
    });
});
