//! JavaScript bindings for the resume analyzer: a thin wasm-bindgen layer over
//! [`resume_analyzer`].
//!
//! This crate converts values and errors and nothing more; every decision about a resume is
//! made in the core crate. The functions, as JavaScript sees them:
//!
//! - `analyze(text, options?)`: the report as plain JS objects (`schema`, `score`,
//!   `findings`, …). `options` is `{ level?, format?, today?, layout?, posting?, source?, lean? }`
//!   (camelCase, all optional; `layout` carries the layout facts a DOCX/PDF reader found,
//!   `posting` a job description as the posting module's `readPosting` read it, `source` a
//!   structured resume as the readers module's `readSource` read it; `lean: true` leaves out
//!   the rules' metadata and the bullets' parts, what the page redraws on each keystroke).
//! - `analyzeJson(text, options?)`: the same report as JSON text, byte-identical to the CLI's
//!   `--format json`.
//! - `analyzeMarkdown(text, options?)`: the report as Markdown, identical to the CLI's
//!   `--format markdown`.
//! - `rules()`: the metadata of every rule (id, name, category, severity, summary,
//!   explanation, source).
//! - `needsReader(text, format?)`: whether the readers module must read `text` first.
//! - `version()`: the analyzer's version.
//! - `limits()`: `{ maxInputBytes, maxInputLines, maxJdBytes }`, the input limits it enforces.
//! - `sniffFile(bytes)`: what a file's first bytes say it is (`"pdf"`, `"zip"`, `"ole"`,
//!   `"image"` or `""`), the one sniffer the CLI uses too.
//!
//! Resume files (`readDocx`, `readPdfItems`) are read by a second module,
//! `resume-analyzer-files-wasm` (crates/wasm-files), which the page loads only when a `.docx`
//! or `.pdf` is opened; their `{ text, layout }` is analyzed here with `format: "text"` and the
//! `layout` option.
//!
//! A structured resume pasted or opened as text (JSON Resume, LaTeX) is read by another module, `resume-analyzer-readers-wasm` (crates/wasm-readers): `needsReader(text,
//! format)` says when, and its `readSource` returns the `source` option, the text it renders
//! and what it found, which this module analyzes. Plain text and Markdown, what is typed into
//! the page, are read here.
//!
//! A job description is read once, when it is pasted, by another module,
//! `resume-analyzer-posting-wasm` (crates/wasm-posting): the posting reader (HTML, parts,
//! title, requirements) is not in this module, which every visitor downloads. This one decodes
//! what that one read (`resume_analyzer::jd::wire`) on each analysis and matches the resume
//! against it; `www/engine.js` turns a `jobDescription` option into `posting`.
//!
//! Inputs the analyzer refuses (empty, too large, binary, malformed) throw a JS `Error` whose
//! message is the [`resume_analyzer::AnalyzeError`] message, ready to show to the user.

mod options;

/// Talc instead of Rust's default wasm allocator (dlmalloc): an analysis makes thousands of
/// small, short-lived allocations (tokens, spans, messages), and each costs fewer instructions
/// in Talc; its code is smaller too. Figures in BENCHMARKS.md ("The allocator").
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use resume_analyzer::jd::wire;
use resume_analyzer::Report;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

/// Log panics to the console before the module traps, so a bug shows a message instead of a
/// bare `unreachable`. Diagnostics only: the core never panics on input. Runs when the module
/// is instantiated (wasm-bindgen also exports it; calling it again is harmless).
#[wasm_bindgen(start, skip_typescript)]
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error(&format!("resume-analyzer panicked: {info}"));
    }));
}

/// The report, as `resume_analyzer::analyze_with_layout` makes it, from the resume as the
/// readers module read it when it is structured, and the posting as the posting module read it
/// (this module has neither the structured readers nor the posting reader: see the crate docs).
fn report(text: &str, options: JsValue) -> Result<Report, JsError> {
    let options::Read {
        options,
        layout,
        posting,
        source,
        lean,
    } = options::read(&options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
    let refused = |e: resume_analyzer::AnalyzeError| JsError::new(&e.message);
    let source = match source {
        Some(source) => source,
        None => resume_analyzer::input::read_plain(text, options.format)
            .map_err(refused)?
            .ok_or_else(|| {
                JsError::new(
                    "this resume is read by the readers module: pass `source: readSource(text, format)` (resume-analyzer.js does this for you)",
                )
            })?,
    };
    let jd = match posting {
        Some(posting) => Some(wire::decode(&posting).map_err(refused)?),
        None if options
            .job_description
            .as_deref()
            .is_some_and(|jd| !jd.trim().is_empty()) =>
        {
            return Err(JsError::new(
                "a job description is read by the posting module: pass `posting: readPosting(jobDescription)` (resume-analyzer.js does this for you)",
            ))
        }
        None => None,
    };
    let report = resume_analyzer::analyze_read(&source, &options, &layout, jd.as_ref());
    Ok(if lean {
        report.without_details()
    } else {
        report
    })
}

/// Whether `text`, as `format` (`"auto"` when absent), is or may be a structured resume
/// (JSON Resume, LaTeX, YAML) that the readers module reads (`readSource`) before `analyze`.
#[wasm_bindgen(js_name = needsReader)]
pub fn needs_reader(text: &str, format: Option<String>) -> Result<bool, JsError> {
    let format = match format.as_deref() {
        None | Some("") => resume_analyzer::InputFormat::Auto,
        Some(name) => options::format_named(name)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?,
    };
    Ok(resume_analyzer::input::needs_reader(text, format))
}

/// Serialize to JSON with the core's writer (`render::to_json`), then let the engine's
/// `JSON.parse` build the plain JS objects: the value equals `JSON.parse(analyzeJson(…))` by
/// construction, and the module carries one serializer for the report instead of two (the
/// writer's layout is a run-time flag; see SIZE notes in `wasm-pack.toml`). Compact, not
/// `analyzeJson`'s pretty layout: the indentation was ~20% of the bytes to write, decode into a
/// JS string and parse, 12% less time per `analyze` call.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let json = resume_analyzer::render::to_json(value, false)
        .map_err(|e| JsError::new(&format!("cannot convert the report: {e}")))?;
    json_parse(&json).map_err(|_| JsError::new("cannot convert the report"))
}

/// Analyze a resume; returns the report as plain JS objects.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&report(text, options)?)
}

/// Analyze a resume; returns the report as JSON (the CLI's `--format json`, byte for byte).
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, options: JsValue) -> Result<String, JsError> {
    Ok(resume_analyzer::render::json(&report(text, options)?))
}

/// Analyze a resume; returns the report as Markdown (the CLI's `--format markdown`).
#[wasm_bindgen(js_name = analyzeMarkdown)]
pub fn analyze_markdown(text: &str, options: JsValue) -> Result<String, JsError> {
    let report = report(text, options)?;
    let analyzed = report.text.as_deref().unwrap_or(text);
    Ok(resume_analyzer::render::markdown(&report, analyzed))
}

/// The metadata of every rule, in report order.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&resume_analyzer::rules::all_meta())
}

/// The input limits the analyzer enforces: `{ maxInputBytes, maxInputLines, maxJdBytes }`
/// (`resume_analyzer::MAX_INPUT_BYTES`, `MAX_INPUT_LINES`, `MAX_JD_BYTES`). The page refuses a
/// paste past them before it reaches the editor (a 200,000-line paste would otherwise hang
/// the tab before the engine's refusal could show); the engine stays the judge.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Limits {
        max_input_bytes: usize,
        max_input_lines: usize,
        max_jd_bytes: usize,
    }
    to_js(&Limits {
        max_input_bytes: resume_analyzer::MAX_INPUT_BYTES,
        max_input_lines: resume_analyzer::MAX_INPUT_LINES,
        max_jd_bytes: resume_analyzer::MAX_JD_BYTES,
    })
}

/// What a file's first bytes say it is: `"pdf"`, `"zip"` (a .docx), `"ole"` (an old .doc or an
/// encrypted .docx), `"image"`, or `""` (maybe text). The CLI picks its reader by the same
/// sniffer (`resume_analyzer::input::sniff_file`), so the page and the CLI agree on a file.
#[wasm_bindgen(js_name = sniffFile)]
pub fn sniff_file(bytes: &[u8]) -> String {
    resume_analyzer::input::sniff_file(bytes).as_str().into()
}

/// The analyzer's version (the `analyzer` field of every report). The bindings and the core
/// share the workspace version; a test checks the two agree.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
