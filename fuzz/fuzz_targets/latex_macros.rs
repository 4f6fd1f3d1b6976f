//! The LaTeX macro expander: arbitrary text after a preamble of definitions that exercise it
//! (arguments, an optional argument with a default, a body that drops its argument, a macro
//! that calls itself, macros that call macros, `\def` with parameters, xparse), so most
//! fuzz inputs call expandable macros; then the LaTeX reader and the whole analysis. Fails on
//! a panic, a rendering past the expander's bound, a broken report invariant, or a slow run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_analyzer::InputFormat;
use resume_analyzer_fuzz::{analyze_and_check, options, text, timed};

const PREAMBLE: &str = "\\newcommand{\\en}[1]{#1}\\newcommand{\\de}[1]{}\
\\newcommand{\\job}[3][Present]{\\resumeSubheading{#2}{#3 -- #1}{A}{B}}\
\\def\\pair#1#2{#2 #1}\\newcommand{\\x}[1]{\\x{#1}\\x{#1}}\
\\newcommand{\\two}{\\en{\\pair ab}\\de{c}}\\NewDocumentCommand{\\t}{O{d} m}{#1:#2}\
\\newcommand{\\resumeItem}[1]{\\item #1}\n";

fuzz_target!(|data: &[u8]| {
    let body = text(data);
    let tex = format!("{PREAMBLE}{body}");
    let source = timed("latex_macros", data, || {
        resume_analyzer::input::read(&tex, InputFormat::Latex)
    });
    if let Ok(source) = source {
        // The expander grows the text to at most twice the input plus 64 KB, and the reader
        // writes less than it reads (plus short separators per command).
        assert!(
            source.text.len() <= 4 * tex.len() + 256 * 1024,
            "rendering of {} bytes from {} bytes",
            source.text.len(),
            tex.len()
        );
    }
    analyze_and_check("latex_macros", data, &tex, &options(0, Some(InputFormat::Latex)));
});
