//! The job-description reader for the page, as a wasm module of its own: `readPosting(text)`
//! reads a pasted posting once (HTML to text, its parts and their roles, title and level, the
//! requirements and their any-of groups) and returns it as text the engine module decodes
//! (`resume_analyzer::jd::wire`).
//!
//! The page loads this module only when a posting is pasted (`www/engine.js` turns an
//! `analyze` call's `jobDescription` into the engine's `posting` option, reading each posting
//! once), so the reader is not part of the engine module every visitor downloads. While the
//! resume is edited, the engine matches it against the posting this module read, without
//! reading the posting again.
//!
//! A posting past the limits is not thrown here: it comes back as a refusal the engine reports
//! with the same message and at the same point as `resume_analyzer::analyze` (after the
//! resume's own checks). A blank posting is the empty string (no posting).

use resume_analyzer::jd::wire;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Log panics to the console before the module traps, so a bug shows a message instead of a
/// bare `unreachable`. Diagnostics only: the reader never panics on input. Installed on the
/// first call rather than as a `start` function, because the engine's tests link this crate
/// and the engine's (which has the `start` function) into one module, and a module has one
/// start.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!("resume-analyzer posting reader panicked: {info}"));
        }));
    });
}

/// Read a job description: the text the engine's `posting` option takes (a refusal too, see
/// the crate docs), or `""` when the posting is blank.
#[wasm_bindgen(js_name = readPosting)]
pub fn read_posting(text: &str) -> String {
    install_panic_hook();
    match resume_analyzer::read_job_description(text) {
        Ok(Some(jd)) => wire::encode(&jd),
        Ok(None) => String::new(),
        Err(refusal) => wire::encode_refusal(&refusal),
    }
}
