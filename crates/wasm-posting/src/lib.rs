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
use resume_analyzer_wasm_common::install_panic_hook;
use wasm_bindgen::prelude::*;

/// Read a job description: the text the engine's `posting` option takes (a refusal too, see
/// the crate docs), or `""` when the posting is blank.
#[wasm_bindgen(js_name = readPosting)]
pub fn read_posting(text: &str) -> String {
    install_panic_hook("posting reader");
    match resume_analyzer::read_job_description(text) {
        Ok(Some(jd)) => wire::encode(&jd),
        Ok(None) => String::new(),
        Err(refusal) => wire::encode_refusal(&refusal),
    }
}
