//! YAML resumes for the page, as a wasm module of its own: `readYaml(text)` reads a RenderCV
//! `cv.yaml`, a YAMLResume or any mapping of sections, and returns `{ text, layout }`: the
//! resume rendered as plain text with headings, role lines and `- ` bullets, and the reader's
//! layout facts (origin "yaml").
//!
//! The page loads this module only when a `.yaml` or `.yml` file is opened
//! (`www/engine.js` `readYaml`): the YAML parser (saphyr-parser) and the core's
//! structured-resume renderer are in no other module of the page, neither the engine every
//! visitor downloads nor the DOCX/PDF readers (sizes in `wasm-pack.toml`'s `[budget]`). The page
//! analyzes the text with the engine like any other, with `format: "text"` and the facts as the
//! `layout` option, as the CLI does with a `.yaml` file.
//!
//! A document the reader refuses throws a JS `Error` whose `message` is the reader's one-line
//! message and whose `kind` is the core's error kind in kebab-case (`"malformed"`,
//! `"too-large"`, …), as the files module's readers do.

use resume_analyzer_wasm_common::{error_with_kind, install_panic_hook};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// What `readYaml` returns: the rendered resume text and the reader's layout facts.
#[derive(Serialize)]
struct YamlText<'a> {
    text: &'a str,
    layout: &'a resume_analyzer::layout::LayoutFacts,
}

/// Read a YAML resume's text (RenderCV `cv:`, YAMLResume `content:`, JSON Resume keys, or any
/// mapping of sections): `{ text, layout }` (layout origin "yaml"), or a thrown `Error` with
/// `message` and `kind` (`"malformed"`, `"too-large"`, …).
#[wasm_bindgen(js_name = readYaml)]
pub fn read_yaml(text: &str) -> Result<JsValue, JsValue> {
    install_panic_hook("YAML reader");
    let source = resume_analyzer::input::read_yaml(text)
        .map_err(|e| error_with_kind(error_kind(e.kind), &e.message))?;
    // serde_json, then the JS engine's `JSON.parse`: one serializer in the module.
    let json = serde_json::to_string(&YamlText {
        text: &source.text,
        layout: &source.layout,
    })
    .map_err(|e| {
        error_with_kind(
            "internal",
            &format!("cannot convert the resume's text: {e}"),
        )
    })?;
    json_parse(&json).map_err(|_| error_with_kind("internal", "cannot convert the resume's text"))
}

/// The core's error kind as the page names kinds (kebab-case).
fn error_kind(kind: resume_analyzer::ErrorKind) -> &'static str {
    use resume_analyzer::ErrorKind as K;
    match kind {
        K::Empty => "empty",
        K::TooLarge => "too-large",
        K::Binary => "binary",
        K::Malformed => "malformed",
    }
}
