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

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &str, value: &str) -> Result<bool, JsValue>;
}

/// Log panics to the console before the module traps, so a bug shows a message instead of a
/// bare `unreachable`. Diagnostics only: the readers never panic on input. Installed on the
/// first call rather than as a `start` function, because the tests link this crate and the
/// engine's (which has the `start` function) into one module, and a module has one start.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!("resume-analyzer file reader panicked: {info}"));
        }));
    });
}

/// A JS `Error` with `message` and a `kind` property.
fn file_error(kind: &str, message: &str) -> JsValue {
    let error = JsValue::from(JsError::new(message));
    // Setting a property on a fresh Error cannot fail; if it somehow did, the message alone
    // still reaches the user.
    let _ = reflect_set(&error, "kind", kind);
    error
}

/// `{ text, layout }` as plain JS objects (serde_json, then the JS engine's `JSON.parse`: one
/// serializer in the module, as for the report).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value)
        .map_err(|e| file_error("internal", &format!("cannot convert the file's text: {e}")))?;
    json_parse(&json).map_err(|_| file_error("internal", "cannot convert the file's text"))
}

/// Read a `.docx` file's bytes: `{ text, layout }` (layout origin "docx"), or a thrown
/// `Error` with `message` and `kind` (see `resume_docx::DocxErrorKind`).
#[wasm_bindgen(js_name = readDocx)]
pub fn read_docx(bytes: &[u8]) -> Result<JsValue, JsValue> {
    install_panic_hook();
    match resume_docx::read(bytes) {
        Ok(docx) => to_js(&docx),
        Err(e) => Err(file_error(e.kind.as_str(), &e.message)),
    }
}

/// Lay out a PDF from its PDF.js text items (`JSON.stringify` of
/// `{ pages: [{ width, height, images, items: [{ str, x, y, width, height, fontName, hasEOL }] }],
/// fonts }`, or `{ error: { name, message } }` when PDF.js could not open the file):
/// `{ text, layout }` (layout origin "pdf"), or a thrown `Error` with `message` and `kind`
/// (see `resume_pdf::PdfErrorKind`).
#[wasm_bindgen(js_name = readPdfItems)]
pub fn read_pdf_items(items_json: &str) -> Result<JsValue, JsValue> {
    install_panic_hook();
    match resume_pdf::from_json(items_json) {
        Ok(pdf) => to_js(&pdf),
        Err(e) => Err(file_error(e.kind.as_str(), &e.message)),
    }
}
