//! The single offline file: `index.html` with everything inlined, so it works from `file://`
//! (which cannot fetch a separate .wasm or ES module) with no network at all.
//!
//! The contract with the page (`www/`):
//! - stylesheets are `<link rel="stylesheet" href="local.css">` → inlined as `<style>`;
//! - the page's only script is `<script type="module" src="ENTRY"></script>`, ENTRY being the
//!   last of `wasm-pack.toml`'s `single-file.js-modules` → replaced by a classic `<script>` with
//!   the engine's `--target no-modules` glue (global `wasm_bindgen`), a classic `<script>`
//!   setting `globalThis.__RESUME_ANALYZER_WASM__` to its base64 .wasm and a classic `<script>`
//!   that starts instantiating it at once (`globalThis.__RESUME_ANALYZER_ENGINE__`, the promise
//!   the engine's `loadEngine()` awaits); and, at the end of the body, ONE inline
//!   `<script type="module" async>`: the page's JS modules in their listed order, flattened by
//!   [`crate::bundle`] (its contract: exports as `export function|async function|class|const`,
//!   imports as `import { a, b } from './x.js';` of a module listed before). `async`, it runs as
//!   soon as the parser has read it, before the lazily loaded modules after it are parsed: a
//!   plain module script waits for the whole file, three quarters of which those are;
//! - for each lazily loaded wasm module (every `[[module]]` after the engine), a classic
//!   `<script>` after the page's module with its `no-modules` glue (which defines its own
//!   global, not `wasm_bindgen`) and `globalThis.<inline-global> = { init, wasm }`: the glue's
//!   init function and the .wasm, gzipped, as base64 (every .wasm and PDF.js is inlined so,
//!   [`inline`]; the page inflates it with `DecompressionStream`). Nothing runs until the page's JS calls `init` with
//!   the decoded bytes, which it does only when it first needs the module (after the document
//!   is parsed: engine.js waits for it if asked sooner);
//! - when PDF.js is part of the build, a classic `<script>` after the page's module sets
//!   `globalThis.__RESUME_ANALYZER_PDFJS__ = { version, main, worker }`: PDF.js' main module
//!   and its worker (converted to a classic script, see [`crate::pdfjs`]), gzipped, as base64. The
//!   engine turns them into `blob:` URLs only when a PDF is opened (`import()` the main
//!   module, `new Worker()` the classic worker), so the single file's CSP allows `blob:` in
//!   `script-src` and `worker-src` and still forbids every connection;
//! - the served page's early engine start, `<script async src="engine-start.js">`
//!   ([`EARLY_START`]), is left out: it fetches the .wasm, and the single file starts its engine
//!   from the inlined bytes instead ([`ENGINE_STARTER`]);
//! - the Content-Security-Policy meta is replaced by the single file's own policy.
//!
//! Anything else the page does that cannot work inlined is an error with a message that says
//! which file and line break the contract.

use crate::bundle::{self, is_ident, JsModule};
use crate::util::Result;
use base64::{engine::general_purpose::STANDARD, Engine as _};

/// The global the engine reads the inlined .wasm from.
pub const WASM_GLOBAL: &str = "__RESUME_ANALYZER_WASM__";
/// The global the engine reads the inlined PDF.js sources from.
pub const PDFJS_GLOBAL: &str = "__RESUME_ANALYZER_PDFJS__";
/// The served page's early start of the engine (www/engine-start.js: it compiles the fetched
/// .wasm before the page's script runs). The single file leaves its `<script>` out.
pub const EARLY_START: &str = "engine-start.js";
/// The promise of the engine's instantiation, started by [`ENGINE_STARTER`].
pub const ENGINE_GLOBAL: &str = "__RESUME_ANALYZER_ENGINE__";
/// Starts compiling and instantiating the engine right after its base64 is parsed, so that
/// happens while the rest of the file (the files module, PDF.js: ~2 MB) is parsed; the page's
/// module runs only after the whole document. `loadEngine()` awaits this promise. A failure is
/// marked handled here and reported by `loadEngine()`. It sets
/// `globalThis.__RESUME_ANALYZER_ENGINE__`. The base64 is of the gzipped .wasm ([`inline`]).
const ENGINE_STARTER: &str = "<script>\n\
globalThis.__RESUME_ANALYZER_ENGINE__ = (async () => {\n\
  const text = globalThis.__RESUME_ANALYZER_WASM__;\n\
  let bytes = typeof Uint8Array.fromBase64 === 'function'\n\
    ? Uint8Array.fromBase64(text)\n\
    : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));\n\
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {\n\
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));\n\
    bytes = new Uint8Array(await new Response(inflated).arrayBuffer());\n\
  }\n\
  return globalThis.wasm_bindgen({ module_or_path: bytes });\n\
})();\n\
globalThis.__RESUME_ANALYZER_ENGINE__.catch(() => {});\n\
</script>\n";
/// The global wasm-bindgen's `no-modules` glue defines by default (the engine's).
const ENGINE_GLUE_GLOBAL: &str = "wasm_bindgen";

/// A lazily loaded wasm module, inlined but not instantiated.
pub struct InlineModule<'a> {
    /// Its `--target no-modules` glue, built with `--no-modules-global <global>`.
    pub glue_js: &'a str,
    /// The global that glue defines (anything but `wasm_bindgen`, the engine's).
    pub global: &'a str,
    /// The global the page's JS reads `{ init, wasm }` from.
    pub inline_global: &'a str,
    /// What it is ("The DOCX/PDF readers") and when the page loads it ("a .docx or .pdf is
    /// opened"), for the comment above it.
    pub description: &'a str,
    pub loaded_when: &'a str,
    /// The optimized .wasm.
    pub wasm: &'a [u8],
}

/// PDF.js, inlined as strings.
pub struct InlinePdfJs<'a> {
    pub version: &'a str,
    /// `pdf.min.mjs` (an ES module, imported from a `blob:` URL).
    pub main: &'a str,
    /// `pdf.worker.min.mjs` as a classic script (started from a `blob:` URL).
    pub worker: &'a str,
}

/// What the single file is made of.
pub struct Parts<'a> {
    pub index_html: &'a str,
    /// The page's JS modules in order; the last is the entry `index.html` loads.
    pub js_modules: &'a [JsModule<'a>],
    /// The engine's `--target no-modules` glue.
    pub glue_js: &'a str,
    /// The engine's optimized .wasm.
    pub wasm: &'a [u8],
    pub csp: &'a str,
    /// The lazily loaded wasm modules, in the order of `wasm-pack.toml`.
    pub lazy_modules: &'a [InlineModule<'a>],
    /// PDF.js, when the build includes it.
    pub pdfjs: Option<InlinePdfJs<'a>>,
}

/// The assembled page, and notes about what was changed or left out.
pub struct Assembled {
    pub html: String,
    pub notes: Vec<String>,
}

/// Build the single file. `read_local` reads a file of the site by its path relative to the
/// site root (`style.css`, `img/logo.svg`).
pub fn assemble(
    parts: &Parts<'_>,
    read_local: &dyn Fn(&str) -> Result<Vec<u8>>,
) -> Result<Assembled> {
    let html = parts.index_html;
    let entry = parts
        .js_modules
        .last()
        .map(|m| m.name)
        .ok_or("no JS module to inline (single-file.js-modules is empty)")?;
    let mut notes = Vec::new();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut module_script = None;
    let mut csp_replaced = false;

    for tag in tags(html) {
        match tag.name.as_str() {
            "link" => {
                let rel = tag.attr("rel").unwrap_or("").to_ascii_lowercase();
                let rel: Vec<&str> = rel.split_ascii_whitespace().collect();
                let Some(href) = tag.attr("href") else {
                    continue;
                };
                if rel.contains(&"stylesheet") {
                    let path = local_path(href).ok_or_else(|| {
                        format!("index.html: stylesheet `{href}` is not a local file (no CDNs: the page must work offline)")
                    })?;
                    let css = String::from_utf8(read_local(&path)?)
                        .map_err(|_| format!("{path} is not UTF-8"))?;
                    let css = inline_css_urls(&css, &path, read_local)?;
                    let media = tag
                        .attr("media")
                        .map(|m| format!(" media=\"{}\"", escape_attr(m)))
                        .unwrap_or_default();
                    edits.push((
                        tag.start,
                        tag.end,
                        format!("<style{media}>\n{}\n</style>", escape_raw(&css, "style")),
                    ));
                } else if rel.contains(&"icon") || rel.contains(&"apple-touch-icon") {
                    if let Some(path) = local_path(href) {
                        let uri = data_uri(&path, &read_local(&path)?);
                        edits.push((tag.start, tag.end, tag.with_attr("href", &uri)));
                    }
                } else if ["modulepreload", "preload", "prefetch", "manifest"]
                    .iter()
                    .any(|r| rel.contains(r))
                    && local_path(href).is_some()
                {
                    notes.push(format!(
                        "dropped <link rel=\"{}\" href=\"{href}\"> (nothing to fetch offline)",
                        rel.join(" ")
                    ));
                    edits.push((tag.start, tag.end, String::new()));
                }
            }
            "meta" => {
                let is_csp = tag
                    .attr("http-equiv")
                    .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
                if is_csp {
                    edits.push((tag.start, tag.end, csp_meta(parts.csp)));
                    csp_replaced = true;
                }
            }
            "img" => {
                if let Some(path) = tag.attr("src").and_then(local_path) {
                    let uri = data_uri(&path, &read_local(&path)?);
                    edits.push((tag.start, tag.end, tag.with_attr("src", &uri)));
                }
            }
            "script" => {
                let Some(src) = tag.attr("src") else { continue };
                let is_module = tag
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("module"));
                if is_module && local_path(src).as_deref() == Some(entry) {
                    if module_script.is_some() {
                        return Err(format!("index.html loads {entry} twice"));
                    }
                    let close = closing_script(html, tag.end).ok_or_else(|| {
                        format!("index.html: `<script type=\"module\" src=\"{src}\">` must be followed by `</script>`")
                    })?;
                    module_script = Some((tag.start, close));
                } else if local_path(src).as_deref() == Some(EARLY_START) {
                    let close = closing_script(html, tag.end).ok_or_else(|| {
                        format!(
                            "index.html: `<script src=\"{src}\">` must be followed by `</script>`"
                        )
                    })?;
                    notes.push(format!(
                        "dropped <script src=\"{src}\"> (the single file starts its engine from the inlined .wasm)"
                    ));
                    edits.push((tag.start, close, String::new()));
                } else {
                    return Err(format!(
                        "index.html loads `<script src=\"{src}\">`: the page's only script must be \
                         `<script type=\"module\" src=\"{entry}\"></script>` (the single-file build inlines just that; \
                         a CDN would not work offline either)"
                    ));
                }
            }
            _ => {}
        }
    }

    let (script_start, script_end) = module_script.ok_or_else(|| {
        format!("index.html has no `<script type=\"module\" src=\"{entry}\"></script>`")
    })?;
    let page_module: String = bundle::flatten(parts.js_modules)?
        .iter()
        .map(|m| {
            format!(
                "{}\n{}\n",
                m.header(),
                escape_raw(m.code.trim_end(), "script")
            )
        })
        .collect();
    if parts.glue_js.contains("<!--") {
        return Err(
            "the engine's wasm-bindgen glue contains `<!--`, which breaks an inline <script>"
                .into(),
        );
    }
    let lazy_modules = parts
        .lazy_modules
        .iter()
        .map(lazy_module_script)
        .collect::<Result<String>>()?;
    let pdfjs = parts.pdfjs.as_ref().map_or_else(String::new, |p| {
        format!(
            "<script>\n// PDF.js {} (Apache-2.0): its main module and its worker (as a classic script), \
             gzipped, as base64; they run from blob: URLs only when a PDF is opened.\n\
             globalThis.{PDFJS_GLOBAL} = {{ version: {}, main: \"{}\", worker: \"{}\" }};\n</script>\n",
            p.version,
            js_string(p.version),
            inline(p.main.as_bytes()),
            inline(p.worker.as_bytes()),
        )
    });
    edits.push((
        script_start,
        script_end,
        format!(
            "<script>\n// wasm-bindgen --target no-modules glue: defines the global `wasm_bindgen`.\n{}\n\
             // A top-level `let` is global but not a property of globalThis; the engine looks there.\n\
             globalThis.wasm_bindgen = wasm_bindgen;\n</script>\n\
             <script>globalThis.{WASM_GLOBAL} = \"{}\";</script>\n\
             {ENGINE_STARTER}",
            escape_raw(parts.glue_js.trim_end(), "script"),
            inline(parts.wasm),
        ),
    ));
    // The page's module at the end of the body, `async` so it runs as soon as the parser has
    // passed it, and only then the lazily loaded modules (~3 MB of the file's 4 MB): a module
    // without `async` would wait for the whole document.
    let body_end = html
        .to_ascii_lowercase()
        .rfind("</body>")
        .ok_or("index.html has no </body> to put the page's script before")?;
    edits.push((
        body_end,
        body_end,
        format!("<script type=\"module\" async>\n{page_module}</script>\n{lazy_modules}{pdfjs}"),
    ));

    if !csp_replaced {
        let head = tags(html)
            .into_iter()
            .find(|t| t.name == "head")
            .ok_or("index.html has no <head> to put the Content-Security-Policy in")?;
        edits.push((head.end, head.end, format!("\n{}", csp_meta(parts.csp))));
        notes
            .push("index.html has no Content-Security-Policy meta; added the single file's".into());
    }

    let mut out = html.to_string();
    edits.sort_by_key(|&(start, end, _)| (start, end));
    for pair in edits.windows(2) {
        if let [(_, end, _), (start, _, _)] = pair {
            if start < end {
                return Err("index.html: overlapping tags (malformed HTML?)".into());
            }
        }
    }
    for (start, end, replacement) in edits.into_iter().rev() {
        out.replace_range(start..end, &replacement);
    }

    // Links to other pages of the site (embed.html, …) cannot come along.
    for tag in tags(&out) {
        for key in ["href", "src"] {
            if let Some(path) = tag.attr(key).and_then(local_path) {
                notes.push(format!(
                    "<{} {key}=\"{path}\"> points at a file that is not inside the single file",
                    tag.name
                ));
            }
        }
    }
    Ok(Assembled { html: out, notes })
}

/// A lazily loaded wasm module's classic `<script>`: its glue and `{ init, wasm }` under its
/// own global, nothing instantiated.
fn lazy_module_script(module: &InlineModule<'_>) -> Result<String> {
    let global = module.global;
    if !is_ident(global) || global == ENGINE_GLUE_GLOBAL {
        return Err(format!(
            "a lazily loaded module's glue global must be a JavaScript name other than \
             `{ENGINE_GLUE_GLOBAL}` (the engine's), found `{global}`"
        ));
    }
    if !is_ident(module.inline_global) {
        return Err(format!(
            "`{}` is not a JavaScript name",
            module.inline_global
        ));
    }
    if module.glue_js.contains("<!--") {
        return Err(format!(
            "the wasm-bindgen glue of `{global}` contains `<!--`, which breaks an inline <script>"
        ));
    }
    Ok(format!(
        "<script>\n// {}: wasm-bindgen --target no-modules glue (global `{global}`) and .wasm \
         (base64),\n// instantiated only when {}.\n{}\nglobalThis.{} = {{ init: {global}, wasm: \"{}\" }};\n\
         </script>\n",
        module.description,
        module.loaded_when,
        escape_raw(module.glue_js.trim_end(), "script"),
        module.inline_global,
        inline(module.wasm),
    ))
}

/// `bytes` as the single file carries them: base64 of their gzip stream, which the page
/// inflates with `DecompressionStream` when it needs them (engine.js `inlineBytes`). Base64 of
/// the raw bytes made the file 4 MB, three quarters of it the lazily loaded modules and
/// PDF.js, which the browser decodes and scans before the first report all the same; gzipped
/// it is ~2 MB.
fn inline(bytes: &[u8]) -> String {
    use flate2::write::GzEncoder;
    use std::io::Write as _;
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail; were it to, the raw bytes (which the page also reads:
    // it inflates only what starts with gzip's magic bytes) are inlined instead.
    let gzipped = encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_else(|_| bytes.to_vec());
    STANDARD.encode(gzipped)
}

/// The local stylesheets a page links, as site-relative paths.
pub fn stylesheets(html: &str) -> Vec<String> {
    tags(html)
        .into_iter()
        .filter(|t| t.name == "link")
        .filter(|t| {
            t.attr("rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("stylesheet"))
            })
        })
        .filter_map(|t| t.attr("href").and_then(local_path))
        .collect()
}

fn csp_meta(csp: &str) -> String {
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape_attr(csp)
    )
}

/// `text` as a double-quoted JS string literal that is also safe inside an inline
/// `<script>`: no `<` (so no `</script>` or `<!--`), no line terminators.
pub fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16 + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text placed inside a raw-text element must not close it early.
fn escape_raw(text: &str, element: &str) -> String {
    let needle = format!("</{element}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find_ignore_case(rest, &needle) {
        out.push_str(rest.get(..at).unwrap_or(""));
        // `<\/script` means the same in JS strings, regexes and CSS.
        out.push_str("<\\/");
        rest = rest.get(at + 2..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

fn escape_attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes();
    let needle = needle.as_bytes();
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The site-relative path of a URL that points at a file of the site, or `None` for
/// `https:`, `data:`, `//host`, `#fragment` and the like.
pub fn local_path(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() || url.starts_with('#') || url.starts_with("//") {
        return None;
    }
    let scheme_end = url.find(':');
    let first_special = url.find(['/', '?', '#']);
    if let Some(colon) = scheme_end {
        if first_special.is_none_or(|i| i > colon) {
            return None;
        }
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_start_matches('/');
    let path = path.strip_prefix("./").unwrap_or(path);
    (!path.is_empty()).then(|| path.to_string())
}

/// Inline `url(…)` references to local files in CSS as data URIs (the CSP allows no fetches).
fn inline_css_urls(
    css: &str,
    css_path: &str,
    read_local: &dyn Fn(&str) -> Result<Vec<u8>>,
) -> Result<String> {
    if find_ignore_case(css, "@import").is_some() {
        return Err(format!(
            "{css_path}: `@import` cannot work in the single file; put the rules in {css_path}"
        ));
    }
    let base = css_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("url(") {
        let (before, after) = rest.split_at(at + 4);
        out.push_str(before);
        let close = after
            .find(')')
            .ok_or_else(|| format!("{css_path}: unclosed url("))?;
        let raw = after.get(..close).unwrap_or("").trim();
        let url = raw.trim_matches(['"', '\'']);
        match local_path(url) {
            Some(path) => {
                let path = if base.is_empty() || url.starts_with('/') {
                    path
                } else {
                    format!("{base}/{path}")
                };
                out.push('"');
                out.push_str(&data_uri(&path, &read_local(&path)?));
                out.push('"');
            }
            None => out.push_str(raw),
        }
        rest = after.get(close..).unwrap_or("");
    }
    out.push_str(rest);
    Ok(out)
}

fn data_uri(path: &str, bytes: &[u8]) -> String {
    format!(
        "data:{};base64,{}",
        crate::serve::mime(path),
        STANDARD.encode(bytes)
    )
}

/// A start tag: its byte range and attributes (names lower-cased).
#[derive(Debug)]
struct Tag {
    start: usize,
    end: usize,
    name: String,
    attrs: Vec<(String, Option<String>)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    /// The tag rewritten with one attribute's value replaced.
    fn with_attr(&self, name: &str, value: &str) -> String {
        let mut out = format!("<{}", self.name);
        for (n, v) in &self.attrs {
            let v = if n == name { Some(value) } else { v.as_deref() };
            match v {
                Some(v) => out.push_str(&format!(" {n}=\"{}\"", escape_attr(v))),
                None => out.push_str(&format!(" {n}")),
            }
        }
        out.push('>');
        out
    }
}

/// Every start tag of the document, skipping comments and the contents of `<script>` and
/// `<style>` (a `<link` inside a script string is not a tag).
fn tags(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(offset) = html.get(i..).and_then(|s| s.find('<')) {
        let start = i + offset;
        let rest = html.get(start..).unwrap_or("");
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |end| start + end + 3);
            continue;
        }
        let is_start_tag = bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic);
        if !is_start_tag {
            i = start + 1;
            continue;
        }
        let Some((tag, end)) = parse_tag(html, start) else {
            break;
        };
        i = end;
        if tag.name == "script" || tag.name == "style" {
            let close = format!("</{}", tag.name);
            i = html
                .get(end..)
                .and_then(|s| find_ignore_case(s, &close))
                .map_or(html.len(), |at| end + at);
        }
        tags.push(tag);
    }
    tags
}

fn parse_tag(html: &str, start: usize) -> Option<(Tag, usize)> {
    let s = html.get(start + 1..)?;
    let name_len = s
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(s.len());
    let name = s.get(..name_len)?.to_ascii_lowercase();
    let mut rest = s.get(name_len..)?;
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if let Some(after) = rest.strip_prefix('>') {
            let end = html.len() - after.len();
            return Some((
                Tag {
                    start,
                    end,
                    name,
                    attrs,
                },
                end,
            ));
        }
        if rest.is_empty() {
            return None;
        }
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let key = rest.get(..key_len)?.to_ascii_lowercase();
        rest = rest.get(key_len..)?.trim_start();
        let value = if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            let (value, after) = match after_eq.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = after_eq.get(1..)?;
                    let close = body.find(q)?;
                    (body.get(..close)?, body.get(close + 1..)?)
                }
                _ => {
                    let len = after_eq
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after_eq.len());
                    (after_eq.get(..len)?, after_eq.get(len..)?)
                }
            };
            rest = after;
            Some(decode_entities(value))
        } else {
            None
        };
        attrs.push((key, value));
    }
}

fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The end of `</script>` right after a `<script src>` tag (only whitespace between).
fn closing_script(html: &str, tag_end: usize) -> Option<usize> {
    let rest = html.get(tag_end..)?;
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    let close = trimmed.get(..9)?;
    if !close.eq_ignore_ascii_case("</script>") {
        return None;
    }
    Some(tag_end + skipped + 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
  <link rel="stylesheet" href="style.css">
  <link rel="icon" href="./icon.svg">
  <!-- <link rel="stylesheet" href="commented-out.css"> -->
</head>
<body>
  <main id="app"></main>
  <script type="module" src="app.js"></script>
</body>
</html>
"#;

    const ENGINE_JS: &str = "const cache = new Map();\n\
export async function analyze(text) {\n  return text;\n}\n\
export function rules() { return []; }\n\
export class ResumeAnalyzer extends HTMLElement {}\n\
export const VERSION = '1';\n\
async function load() {\n  const mod = await import('./pkg/resume_analyzer_wasm.js');\n  return mod;\n}\n";

    const APP_JS: &str = "import { analyze, rules } from './resume-analyzer.js';\n\
const sample = 'x';\nanalyze(sample);\n";

    fn read(path: &str) -> Result<Vec<u8>> {
        match path {
            "style.css" => Ok(b"body { background: url(\"bg.png\") } a { color: red }".to_vec()),
            "bg.png" => Ok(vec![0x89, b'P', b'N', b'G']),
            "icon.svg" => Ok(b"<svg/>".to_vec()),
            other => Err(format!("no {other}")),
        }
    }

    const ENGINE_GLUE: &str = "let wasm_bindgen;\n(function() { wasm_bindgen = {}; })();\n";
    const CSP: &str = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'";

    /// The page with the engine and app modules, and what else a test adds.
    fn assemble_page(
        index: &str,
        app: &str,
        lazy_modules: &[InlineModule<'_>],
        pdfjs: Option<InlinePdfJs<'_>>,
    ) -> Result<Assembled> {
        let js_modules = [
            JsModule {
                name: "resume-analyzer.js",
                source: ENGINE_JS,
            },
            JsModule {
                name: "app.js",
                source: app,
            },
        ];
        let parts = Parts {
            index_html: index,
            js_modules: &js_modules,
            glue_js: ENGINE_GLUE,
            wasm: b"\0asm",
            csp: CSP,
            lazy_modules,
            pdfjs,
        };
        assemble(&parts, &read)
    }

    fn plain(index: &str) -> Result<Assembled> {
        assemble_page(index, APP_JS, &[], None)
    }

    #[test]
    fn assembles_the_contract_page() {
        let out = plain(INDEX).expect("assembles");
        let html = out.html;
        assert!(
            html.contains("<style>\nbody { background: url(\"data:image/png;base64,iVBORw==\") }")
        );
        assert!(!html.contains("href=\"style.css\""));
        assert!(html.contains("href=\"data:image/svg+xml;base64,PHN2Zy8+\""));
        assert!(html.contains(
            "content=\"default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'\""
        ));
        assert!(!html.contains("default-src 'self'"));
        assert!(html.contains(&format!(
            "globalThis.__RESUME_ANALYZER_WASM__ = \"{}\";",
            inline(b"\0asm")
        )));
        assert!(html.contains("let wasm_bindgen;"));
        assert!(html.contains("globalThis.wasm_bindgen = wasm_bindgen;\n</script>"));
        assert!(!html.contains("src=\"app.js\""));
        assert!(!html.contains("export "));
        assert!(!html.contains("import {"));
        assert!(html.contains("async function analyze(text)"));
        assert!(html.contains("class ResumeAnalyzer extends HTMLElement"));
        assert!(html.contains("const VERSION = '1';"));
        assert!(html.contains("import('./pkg/resume_analyzer_wasm.js')"));
        assert!(html.contains(
            "<script type=\"module\" async>\n// resume-analyzer.js (exports removed)\nconst cache"
        ));
        assert!(html.contains(
            "\n// app.js (its import of resume-analyzer.js removed)\n\nconst sample = 'x';\nanalyze(sample);\n</script>"
        ));
        // Order: glue, wasm, its instantiation started, then one module with the engine
        // before the app.
        let glue = html.find("let wasm_bindgen").expect("glue");
        let wasm = html.find("__RESUME_ANALYZER_WASM__").expect("wasm");
        let start = html
            .find("globalThis.__RESUME_ANALYZER_ENGINE__ = (async () => {")
            .expect("the engine starts instantiating as soon as its .wasm is parsed");
        let engine = html.find("function rules()").expect("engine");
        let app = html.find("analyze(sample)").expect("app");
        assert!(glue < wasm && wasm < start && start < engine && engine < app);
        assert_eq!(html.matches("<script type=\"module\"").count(), 1);
        // The engine where the page's script was; the page's module at the end of the body.
        assert!(html.find("<main id=\"app\">").unwrap() < engine);
        assert!(app < html.find("</body>").unwrap());
        // The commented-out link stays a comment.
        assert!(html.contains("commented-out.css"));
        assert!(out.notes.is_empty(), "{:?}", out.notes);
    }

    #[test]
    fn refuses_pages_off_contract() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "<html><head></head><body><script src=\"app.js\"></script></body></html>",
                APP_JS,
                "only script",
            ),
            (
                "<html><head></head><body></body></html>",
                APP_JS,
                "no `<script type=\"module\" src=\"app.js\">",
            ),
            (
                &INDEX.replace("src=\"app.js\"", "src=\"resume-analyzer.js\""),
                APP_JS,
                "only script must be `<script type=\"module\" src=\"app.js\">",
            ),
            (
                &INDEX.replace("style.css", "https://cdn.example/x.css"),
                APP_JS,
                "not a local file",
            ),
            // The JS modules' own contract (crate::bundle) is enforced too.
            (INDEX, "const a = 1;\n", "no module after it imports it"),
        ];
        for (index, app, expected) in cases {
            let err = assemble_page(index, app, &[], None)
                .err()
                .unwrap_or_else(|| panic!("should fail: {expected}"));
            assert!(err.contains(expected), "{err:?} lacks {expected:?}");
        }
    }

    #[test]
    fn inlined_bytes_are_gzip_as_base64() {
        use flate2::read::GzDecoder;
        use std::io::Read as _;
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i % 7) as u8).collect();
        let text = inline(&bytes);
        let gzipped = STANDARD.decode(&text).unwrap();
        // gzip's magic bytes, which the page looks for before it inflates.
        assert_eq!(gzipped.get(..2), Some(&[0x1f, 0x8b][..]));
        assert!(gzipped.len() < bytes.len() / 10);
        let mut back = Vec::new();
        GzDecoder::new(&gzipped[..]).read_to_end(&mut back).unwrap();
        assert_eq!(back, bytes);
    }

    #[test]
    fn leaves_out_the_early_engine_start() {
        let index = INDEX.replacen(
            "<link rel=\"stylesheet\"",
            "<script async src=\"engine-start.js\"></script>\n  <link rel=\"stylesheet\"",
            1,
        );
        let out = plain(&index).expect("assembles");
        assert!(!out.html.contains("engine-start.js"));
        assert_eq!(out.html.matches("<script type=\"module\"").count(), 1);
        assert_eq!(out.notes.len(), 1, "{:?}", out.notes);
        assert!(out.notes[0].contains("dropped <script src=\"engine-start.js\">"));
        // Any other extra script still breaks the contract.
        let other = index.replace("engine-start.js", "boot.js");
        assert!(plain(&other).err().unwrap().contains("only script"));
    }

    #[test]
    fn multi_line_import_and_script_closers() {
        let app = "import {\n  analyze,\n  rules,\n} from \"./resume-analyzer.js\";\n\
                   const html = '</script>';\n";
        let out = assemble_page(INDEX, app, &[], None).expect("assembles");
        assert!(out.html.contains("const html = '<\\/script>';"));
        // Glue, wasm, its starter and the module: the page's own `</script>` stayed escaped.
        assert_eq!(out.html.matches("</script>").count(), 4);
    }

    #[test]
    fn missing_csp_is_added_and_stray_links_noted() {
        let index = INDEX
            .replace(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">",
                "",
            )
            .replace(
                "<main id=\"app\">",
                "<main id=\"app\"><a href=\"embed.html\">embed</a>",
            );
        let out = plain(&index).expect("assembles");
        assert!(out
            .html
            .contains("<head>\n<meta http-equiv=\"Content-Security-Policy\""));
        assert_eq!(out.notes.len(), 2, "{:?}", out.notes);
        assert!(out.notes.iter().any(|n| n.contains("embed.html")));
    }

    #[test]
    fn inlines_pdfjs_gzipped_after_the_module() {
        let main = "const s = '</script><!-- \"q\" \\';\nexport { s };\n";
        let worker = "\"use strict\";\nself.x = 1;\n";
        let pdfjs = InlinePdfJs {
            version: "6.5.438",
            main,
            worker,
        };
        let html = assemble_page(INDEX, APP_JS, &[], Some(pdfjs))
            .expect("assembles")
            .html;
        let global = html
            .find(&format!(
                "globalThis.__RESUME_ANALYZER_PDFJS__ = {{ version: \"6.5.438\", main: \"{}\", worker: \"{}\" }};",
                inline(main.as_bytes()),
                inline(worker.as_bytes())
            ))
            .expect("the PDF.js global");
        assert!(html.find("<script type=\"module\" async>").expect("module") < global);
        assert!(global < html.find("</body>").expect("body"));
        // Only the page's own four closers and the PDF.js script's.
        assert_eq!(html.matches("</script>").count(), 5);
        assert!(!html.contains("<!-- \\\"q"));
        // Without PDF.js there is no such global.
        assert!(!plain(INDEX).expect("assembles").html.contains(PDFJS_GLOBAL));
    }

    fn lazy<'a>(glue_js: &'a str, global: &'a str, inline_global: &'a str) -> InlineModule<'a> {
        InlineModule {
            glue_js,
            global,
            inline_global,
            description: "The DOCX/PDF readers",
            loaded_when: "a .docx or .pdf is opened",
            wasm: b"\0asm\x01",
        }
    }

    #[test]
    fn inlines_lazy_modules_in_order_under_their_own_globals() {
        let files = "let resume_analyzer_files = (function(exports) { return {}; })({});\n";
        let jd = "let jd_reader = (function(exports) { return {}; })({});\n";
        let modules = [
            lazy(files, "resume_analyzer_files", "__RESUME_ANALYZER_FILES__"),
            lazy(jd, "jd_reader", "__RESUME_ANALYZER_JD__"),
        ];
        let html = assemble_page(INDEX, APP_JS, &modules, None)
            .expect("assembles")
            .html;
        let engine_glue = html.find("let wasm_bindgen").expect("engine glue");
        let files_glue = html.find("<script>\n// The DOCX/PDF readers: wasm-bindgen --target no-modules glue (global `resume_analyzer_files`) and .wasm (base64),\n// instantiated only when a .docx or .pdf is opened.\nlet resume_analyzer_files").expect("files glue");
        let files_global = html
            .find(&format!("globalThis.__RESUME_ANALYZER_FILES__ = {{ init: resume_analyzer_files, wasm: \"{}\" }};\n</script>", inline(b"\0asm\x01")))
            .expect("the files global");
        let jd_global = html
            .find(&format!(
                "globalThis.__RESUME_ANALYZER_JD__ = {{ init: jd_reader, wasm: \"{}\" }};",
                inline(b"\0asm\x01")
            ))
            .expect("the second lazy module's global");
        let module = html.find("<script type=\"module\" async>").expect("module");
        assert!(engine_glue < module && module < files_glue && files_glue < files_global);
        assert!(files_global < jd_global);
        assert_eq!(html.matches("</script>").count(), 6);
        // Without a lazily loaded module there is no such global.
        assert!(!plain(INDEX)
            .expect("assembles")
            .html
            .contains("__RESUME_ANALYZER_FILES__"));

        for bad in [
            lazy(files, "wasm_bindgen", "__RESUME_ANALYZER_FILES__"),
            lazy(files, "not a name", "__RESUME_ANALYZER_FILES__"),
            lazy(files, "resume_analyzer_files", "not a name"),
            lazy("const s = '<!--';\n", "resume_analyzer_files", "__X__"),
        ] {
            let global = bad.global;
            assert!(
                assemble_page(INDEX, APP_JS, &[bad], None).is_err(),
                "{global}"
            );
        }
    }

    #[test]
    fn js_strings_are_inert_in_a_script() {
        assert_eq!(
            js_string("a\"b\\c\n</script>\u{2028}\u{1}"),
            "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\\u0001\""
        );
        assert_eq!(js_string("é😀"), "\"é😀\"");
    }

    #[test]
    fn local_paths() {
        assert_eq!(local_path("style.css").as_deref(), Some("style.css"));
        assert_eq!(local_path("./a/b.css?v=1").as_deref(), Some("a/b.css"));
        assert_eq!(local_path("/app.js").as_deref(), Some("app.js"));
        assert_eq!(local_path("a:b/c.js").as_deref(), None);
        assert_eq!(local_path("img/a:b.png").as_deref(), Some("img/a:b.png"));
        for remote in [
            "https://x/y.css",
            "//cdn/x.js",
            "data:,x",
            "#top",
            "",
            "mailto:a@b",
        ] {
            assert_eq!(local_path(remote), None, "{remote}");
        }
    }

    #[test]
    fn tag_scanner_reads_attributes() {
        let html = "<p>1 < 2</p><LINK REL=stylesheet href='a.css' disabled><script>if (a<b) x('<link href=\"no\">')</script><img alt=\"&quot;\" src=x.png>";
        let tags = tags(html);
        let names: Vec<&str> = tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["p", "link", "script", "img"]);
        assert_eq!(tags[1].attr("rel"), Some("stylesheet"));
        assert_eq!(tags[1].attr("href"), Some("a.css"));
        assert_eq!(tags[1].attr("disabled"), Some(""));
        assert_eq!(tags[3].attr("alt"), Some("\""));
        assert_eq!(tags[3].attr("src"), Some("x.png"));
    }
}
