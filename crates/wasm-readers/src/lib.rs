//! The structured-resume readers for the page, as a wasm module of its own: a JSON Resume
//! (`resume.json`) or a LaTeX source (`.tex`: the macro expander, the templates' commands, the
//! column detection), rendered to the plain-text resume the analysis reads.
//!
//! The engine module (crates/wasm) reads plain text and Markdown, what is typed into the page,
//! itself; for a text it says is or may be structured (`needsReader`), `www/engine.js`
//! loads this module and passes what `readSource` returns to the engine as its `source` option.
//! So these readers (and the JSON parser) are not part of the module every visitor downloads,
//! while a LaTeX or JSON resume in the editor is still read again on each edit.
//!
//! `readSource(text, format)` returns `{ text, format, layout, headings }`: the analyzed text,
//! the format read (after sniffing `"auto"`), the reader's layout facts and its heading lines
//! (byte spans of `text`), exactly the core's `input::read`. A text the readers refuse
//! (empty, too large, binary, malformed) throws a JS `Error` whose message is the core's, as
//! the engine's `analyze` throws it.

use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{InputFormat, Span};
use resume_analyzer_wasm_common::install_panic_hook;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// What `readSource` returns: `resume_analyzer::input::Source` as the engine's `source` option
/// reads it.
#[derive(Serialize)]
struct SourceOut<'a> {
    text: &'a str,
    format: InputFormat,
    layout: &'a LayoutFacts,
    headings: &'a [Span],
}

/// Read a resume as `format` (`"auto"`, `"json-resume"`, `"latex"`, `"text"`; absent is
/// `"auto"`): `{ text, format, layout, headings }`, or a thrown `Error` with the core's message.
#[wasm_bindgen(js_name = readSource)]
pub fn read_source(text: &str, format: Option<String>) -> Result<JsValue, JsError> {
    install_panic_hook("readers");
    let format = match format.as_deref() {
        None | Some("" | "auto") => InputFormat::Auto,
        Some("text") => InputFormat::Text,
        Some("json-resume") => InputFormat::JsonResume,
        Some("latex") => InputFormat::Latex,
        Some("yaml") => InputFormat::Yaml,
        Some(other) => {
            return Err(JsError::new(&format!(
                "invalid options: unknown format `{other}`"
            )))
        }
    };
    let source =
        resume_analyzer::input::read(text, format).map_err(|e| JsError::new(&e.message))?;
    let json = serde_json::to_string(&SourceOut {
        text: &source.text,
        format: source.format,
        layout: &source.layout,
        headings: &source.headings,
    })
    .map_err(|e| JsError::new(&format!("cannot convert the resume's text: {e}")))?;
    json_parse(&json).map_err(|_| JsError::new("cannot convert the resume's text"))
}
