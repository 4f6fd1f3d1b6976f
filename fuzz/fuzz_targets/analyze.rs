//! `analyze()` with arbitrary text and options: byte 0 picks the format and level, the rest is
//! the resume, optionally followed by `JD_SEPARATOR` and a job description.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer_fuzz::{analyze_and_check, options, split_jd, text};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = text(rest);
    let (resume, jd) = split_jd(&text);
    let mut options = options(flags, None);
    options.job_description = jd.map(String::from);
    analyze_and_check("analyze", data, resume, &options);
});
