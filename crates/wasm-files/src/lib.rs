//! Resume files for the page, as a second wasm module: a `.docx` (its bytes, read in Rust) and
//! a PDF (the text items PDF.js extracted in the page, laid out in Rust).
//!
//! The page loads this module only when a user opens a `.docx` or `.pdf` (`www/engine.js`
//! `readDocx` / `readPdf`), so the zip, inflate and XML readers and the PDF items parser
//! (~80 KB gzipped, with their share of `std`) are not part of the engine module every visitor
//! downloads (`crates/wasm`; sizes in `wasm-pack.toml`'s `[budget]`).
//!
//! YAML resumes are read by a module of their own (crates/wasm-yaml), so neither this module
//! nor the engine carries the YAML parser.
//!
//! The functions return `{ text, layout }`: the text as an ATS reads it and the layout facts
//! the file reader found. The page then analyzes that text with the engine like any other, with
//! `format: "text"` and the facts as the `layout` option, so `analyze`, `analyzeJson`
//! (byte-identical to the CLI's `--format json` on the same file) and `analyzeMarkdown` all
//! work on files unchanged, and the user can edit the extracted text and re-analyze it with the
//! file's facts.
//!
//! A file the readers refuse throws a JS `Error` whose `message` is the reader's one-line
//! message for the user and whose `kind` is the reader's error kind (`"legacy-doc"`,
//! `"zip-bomb"`, `"encrypted"`, `"damaged"`, …: `DocxErrorKind` / `PdfErrorKind` as
//! kebab-case), so the page can phrase or route messages by kind.

use resume_analyzer_wasm_common::{error_with_kind, install_panic_hook};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// `{ text, layout }` as plain JS objects (serde_json, then the JS engine's `JSON.parse`: one
/// serializer in the module, as for the report).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|e| {
        error_with_kind("internal", &format!("cannot convert the file's text: {e}"))
    })?;
    json_parse(&json).map_err(|_| error_with_kind("internal", "cannot convert the file's text"))
}

/// Read a `.docx` file's bytes: `{ text, layout }` (layout origin "docx"), or a thrown
/// `Error` with `message` and `kind` (see `resume_docx::DocxErrorKind`).
#[wasm_bindgen(js_name = readDocx)]
pub fn read_docx(bytes: &[u8]) -> Result<JsValue, JsValue> {
    install_panic_hook("file reader");
    match resume_docx::read(bytes) {
        Ok(docx) => to_js(&docx),
        Err(e) => Err(error_with_kind(e.kind.as_str(), &e.message)),
    }
}

/// Lay out a PDF from its PDF.js text items (`JSON.stringify` of
/// `{ pages: [{ width, height, images, items: [{ str, x, y, width, height, fontName, hasEOL }] }],
/// fonts }`, or `{ error: { name, message } }` when PDF.js could not open the file):
/// `{ text, layout }` (layout origin "pdf"), or a thrown `Error` with `message` and `kind`
/// (see `resume_pdf::PdfErrorKind`).
#[wasm_bindgen(js_name = readPdfItems)]
pub fn read_pdf_items(items_json: &str) -> Result<JsValue, JsValue> {
    install_panic_hook("file reader");
    match resume_pdf::from_json(items_json) {
        Ok(pdf) => to_js(&pdf),
        Err(e) => Err(error_with_kind(e.kind.as_str(), &e.message)),
    }
}
