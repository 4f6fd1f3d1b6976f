//! The DOCX reader with arbitrary bytes; what it accepts goes through the analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::Options;
use resume_analyzer_fuzz::{assert_invariants, timed};

fuzz_target!(|data: &[u8]| {
    let read = timed("docx", data, || {
        resume_docx::read(data).map(|resume| {
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
